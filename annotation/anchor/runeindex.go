package anchor

// runeIndex lists, for each bucket of code points, the positions of the
// text that hold one, in increasing order. Finding a quote then means
// checking only the positions of its rarest code point, instead of
// scanning the whole text once per quote.
type runeIndex struct {
	start []int32 // positions of bucket b are pos[start[b]:start[b+1]]
	pos   []int32
}

// bucketBits sets the number of buckets: enough that the letters of one
// script rarely share one.
const bucketBits = 12

func bucketOf(r rune) uint32 { return uint32(r) * 2654435761 >> (32 - bucketBits) }

func newRuneIndex(text []rune) *runeIndex {
	x := &runeIndex{start: make([]int32, 1<<bucketBits+1), pos: make([]int32, len(text))}
	for _, r := range text {
		x.start[bucketOf(r)+1]++
	}
	for b := 1; b < len(x.start); b++ {
		x.start[b] += x.start[b-1]
	}
	next := make([]int32, 1<<bucketBits)
	copy(next, x.start)
	for i, r := range text {
		b := bucketOf(r)
		x.pos[next[b]] = int32(i)
		next[b]++
	}
	return x
}

// positions returns the positions whose code point shares r's bucket.
func (x *runeIndex) positions(r rune) []int32 {
	b := bucketOf(r)
	return x.pos[x.start[b]:x.start[b+1]]
}

// find calls yield with each start at which text holds pattern (not
// empty), in increasing order.
func (x *runeIndex) find(text, pattern []rune, yield func(start int)) {
	// Anchor on the pattern's rarest code point.
	at := 0
	for i := 1; i < len(pattern); i++ {
		if len(x.positions(pattern[i])) < len(x.positions(pattern[at])) {
			at = i
		}
	}
	n := len(pattern)
	for _, p := range x.positions(pattern[at]) {
		s := int(p) - at
		if s < 0 || s+n > len(text) || text[p] != pattern[at] {
			continue
		}
		if equalRunes(text[s:s+n], pattern) {
			yield(s)
		}
	}
}

func equalRunes(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
