package anchor

// This file finds a pattern in a text allowing a few edits, with Myers'
// bit-parallel algorithm (1999): one 64-bit word holds a whole column of
// the edit-distance table, so each code point of text costs a dozen word
// operations whatever the pattern's length, up to 64 code points.

// maxApproxLen is the longest pattern findApprox handles: one word of bits.
const maxApproxLen = 64

// hit is an approximate occurrence: text[start:end] is within errors edits
// (insertions, deletions, substitutions of code points) of the pattern.
type hit struct{ start, end, errors int }

// maxErrors is how many edits a quote of n code points may have suffered
// and still be recognised: a quarter of it, so none for quotes under four
// code points (a short word changed by one letter is another word).
func maxErrors(n int) int { return n / 4 }

// peqTable maps a code point to the bit mask of the pattern positions that
// hold it: a small open-addressing table, since patterns have at most 64
// distinct code points and lookups are the inner loop.
type peqTable struct {
	keys  [128]rune
	masks [128]uint64
}

func (t *peqTable) build(pattern []rune) {
	for i := range t.keys {
		t.keys[i], t.masks[i] = -1, 0
	}
	for i, r := range pattern {
		h := int(r) & 127
		for t.keys[h] != -1 && t.keys[h] != r {
			h = (h + 1) & 127
		}
		t.keys[h] = r
		t.masks[h] |= 1 << i
	}
}

func (t *peqTable) get(r rune) uint64 {
	for h := int(r) & 127; ; h = (h + 1) & 127 {
		switch t.keys[h] {
		case r:
			return t.masks[h]
		case -1:
			return 0
		}
	}
}

// findApprox appends to hits the approximate occurrences of pattern (1 to
// maxApproxLen code points) in text[lo:hi] with at most k errors: for each
// stretch of end positions within k errors, the end with the fewest, and
// the start that makes the occurrence closest to the pattern.
func findApprox(hits []hit, t *peqTable, pattern, text []rune, lo, hi, k int) []hit {
	m := len(pattern)
	t.build(pattern)
	top := uint64(1) << (m - 1)
	pv, mv := ^uint64(0), uint64(0)
	score := m
	bestEnd, bestScore := -1, k+1
	for j := lo; j < hi; j++ {
		eq := t.get(text[j])
		xv := eq | mv
		xh := (((eq & pv) + pv) ^ pv) | eq
		ph := mv | ^(xh | pv)
		mh := pv & xh
		if ph&top != 0 {
			score++
		} else if mh&top != 0 {
			score--
		}
		ph <<= 1
		mh <<= 1
		pv = mh | ^(xv | ph)
		mv = ph & xv
		switch {
		case score < bestScore:
			bestEnd, bestScore = j+1, score
		case score > k && bestEnd >= 0:
			hits = append(hits, startOf(pattern, text, lo, bestEnd, bestScore))
			bestEnd, bestScore = -1, k+1
		}
	}
	if bestEnd >= 0 {
		hits = append(hits, startOf(pattern, text, lo, bestEnd, bestScore))
	}
	return hits
}

// startOf completes an occurrence of pattern ending at text position end
// with errors edits: it aligns the pattern backwards from end and picks
// the start with the fewest edits, preferring a length nearest the
// pattern's. The start is not before lo.
func startOf(pattern, text []rune, lo, end, errors int) hit {
	m := len(pattern)
	w := min(end-lo, m+errors) // the occurrence spans at most m+errors code points
	// prev[j] is the edit distance between the last i code points of the
	// pattern and text[end-j:end].
	var buf [2 * (2*maxApproxLen + 1)]int
	prev, cur := buf[:w+1], buf[w+1:2*(w+1)]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= m; i++ {
		cur[0] = i
		pc := pattern[m-i]
		for j := 1; j <= w; j++ {
			d := prev[j-1]
			if text[end-j] != pc {
				d++
			}
			cur[j] = min(d, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	best := 0
	for j := 1; j <= w; j++ {
		if prev[j] < prev[best] || (prev[j] == prev[best] && abs(j-m) < abs(best-m)) {
			best = j
		}
	}
	return hit{start: end - best, end: end, errors: prev[best]}
}

// editDistance returns the number of code point edits between a and b, or
// k+1 when it is more than k. Only the band of the table within k of the
// diagonal is filled; the cell just right of the band is kept at k+1 so
// the next row never reads a stale value.
func editDistance(a, b []rune, k int) int {
	inf := k + 1
	if abs(len(a)-len(b)) > k {
		return inf
	}
	prev := make([]int, len(b)+2)
	cur := make([]int, len(b)+2)
	for j := range prev {
		prev[j] = min(j, inf)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(0, i-k), min(len(b), i+k)
		rowMin := inf
		for j := lo; j <= hi; j++ {
			d := i // column 0: delete all of a[:i]
			if j > 0 {
				d = prev[j-1]
				if a[i-1] != b[j-1] {
					d++
				}
				d = min(d, prev[j]+1)
				if j > lo {
					d = min(d, cur[j-1]+1)
				}
			}
			cur[j] = min(d, inf)
			rowMin = min(rowMin, cur[j])
		}
		cur[hi+1] = inf
		if rowMin == inf {
			return inf
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
