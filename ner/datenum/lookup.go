package datenum

// The lexicon is an open-addressing hash table keyed by folded word forms.
// A Go map would do the same job, but this table is probed once per token
// on the hot path, and under js/wasm a map lookup with its string hashing
// costs several times a simple FNV loop over the bytes.

// Folding: lookups ignore the nukta (U+093C), ZWJ/ZWNJ and ASCII case, and
// read chandrabindu (U+0901) as anusvara (U+0902). These are the spelling
// variations Hindi news text shows for the same word (फ़ीसदी/फीसदी,
// पाँच/पांच); the display form the engine feeds in keeps them, so the
// recognizer absorbs them here instead of requiring a second normalization.

const maxWordBytes = 48 // longer tokens are never lexicon words

type slot struct {
	hash  uint64 // foldHash of key, compared before the bytes
	key   string // folded form; "" marks an empty slot
	entry lexEntry
}

var table []slot
var tableMask uint64

func init() {
	size := 1
	for size < 4*len(words) {
		size <<= 1
	}
	table = make([]slot, size)
	tableMask = uint64(size - 1)
	for _, w := range words {
		key := foldString(w.form)
		h := foldHash(key)
		for i := h & tableMask; ; i = (i + 1) & tableMask {
			s := &table[i]
			if s.key == "" {
				s.hash, s.key = h, key
				s.entry = lexEntry{flags: w.flags, val: w.val}
				break
			}
			if s.key == key {
				// A form listed twice keeps every role it was given.
				s.entry.flags |= w.flags
				if s.entry.val == 0 {
					s.entry.val = w.val
				}
				break
			}
		}
	}
}

// lookup returns the lexicon entry for a token's text, or a zero entry.
func lookup(s string) lexEntry {
	if len(s) == 0 || len(s) > maxWordBytes {
		return lexEntry{}
	}
	h := foldHash(s)
	for i := h & tableMask; ; i = (i + 1) & tableMask {
		sl := &table[i]
		if sl.key == "" {
			return lexEntry{}
		}
		if sl.hash == h && foldEqual(s, sl.key) {
			return sl.entry
		}
	}
}

// foldStep reads the folded byte stream of s: it returns the next byte to
// emit at position i (or -1 when the position is dropped) and the position
// after it. All folds act on whole UTF-8 sequences so the stream stays
// valid UTF-8.
func foldStep(s string, i int) (b int, next int) {
	c := s[i]
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c + 'a' - 'A'), i + 1
	case c == 0xE0 && i+2 < len(s) && s[i+1] == 0xA4:
		switch s[i+2] {
		case 0xBC: // U+093C nukta: dropped
			return -1, i + 3
		case 0x81: // U+0901 chandrabindu: emitted as U+0902 anusvara
			return -2, i + 3
		}
	case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x8C || s[i+2] == 0x8D):
		return -1, i + 3 // ZWNJ, ZWJ
	}
	return int(c), i + 1
}

// anusvara is U+0902 in UTF-8.
const anusvara = "\u0902"

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// foldHash is FNV-1a over the folded byte stream of s. It is foldStep
// unrolled by hand: this loop runs over every byte of every word token.
// A three-byte sequence folding keeps (most Devanagari letters) is
// hashed in one loop trip: under js/wasm each trip costs several times
// its arithmetic. Its continuation bytes could not start a fold, so the
// hash is the same as byte by byte.
func foldHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 0xE0 && i+2 < len(s) {
			b1, b2 := s[i+1], s[i+2]
			if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 && !(b1 == 0xA4 && (b2 == 0xBC || b2 == 0x81)) {
				h = (h ^ 0xE0) * fnvPrime
				h = (h ^ uint64(b1)) * fnvPrime
				h = (h ^ uint64(b2)) * fnvPrime
				i += 2
				continue
			}
		}
		switch {
		case c == 0xE0 && i+2 < len(s) && s[i+1] == 0xA4 && (s[i+2] == 0xBC || s[i+2] == 0x81):
			if s[i+2] == 0x81 { // chandrabindu hashes as anusvara
				h = (h ^ 0xE0) * fnvPrime
				h = (h ^ 0xA4) * fnvPrime
				h = (h ^ 0x82) * fnvPrime
			}
			i += 2
			continue
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x8C || s[i+2] == 0x8D):
			i += 2
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// foldEqual reports whether s folds to key, which is already folded.
func foldEqual(s, key string) bool {
	if s == key {
		return true
	}
	k := 0
	for i := 0; i < len(s); {
		b, next := foldStep(s, i)
		i = next
		switch b {
		case -1:
			continue
		case -2:
			if k+len(anusvara) > len(key) || key[k:k+len(anusvara)] != anusvara {
				return false
			}
			k += len(anusvara)
			continue
		}
		if k >= len(key) || key[k] != byte(b) {
			return false
		}
		k++
	}
	return k == len(key)
}

func foldString(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		b, next := foldStep(s, i)
		i = next
		switch b {
		case -1:
		case -2:
			out = append(out, anusvara...)
		default:
			out = append(out, byte(b))
		}
	}
	return string(out)
}
