package anchor

import "sort"

// alignment maps code points of an old text to a new one through the
// equal runs of their diff. Code point c of old is either kept (inside a
// run, with one image in new) or in a gap between two runs, replaced by
// the new text between those runs (possibly none).
type alignment struct {
	runs   []run // from align: first at (0,0), last ending at (oldLen, newLen)
	oldLen int
	newLen int
}

// find returns the index of the last run starting at or before old
// position p.
func (al *alignment) find(p int) int {
	rs := al.runs
	return sort.Search(len(rs), func(i int) bool { return rs[i].a > p }) - 1
}

// kept reports whether old[lo:hi] (non-empty) is unchanged in new together
// with the text edges it touches: it lies within one run, and where lo is 0
// (or hi is oldLen) the run is pinned to the start (end) of new as well, so
// that "nothing before it" still holds. It returns the new position of lo.
func (al *alignment) kept(lo, hi int) (int, bool) {
	r := al.runs[al.find(lo)]
	if hi > r.a+r.n || (lo == 0 && r.b != 0) || (hi == al.oldLen && r.b+r.n != al.newLen) {
		return 0, false
	}
	return r.b + lo - r.a, true
}

// window reports whether old[s:e] and c code points on each side of it
// (fewer at the text's edges, which then count as context) are kept, and
// returns the new position of s.
func (al *alignment) window(s, e, c int) (int, bool) {
	lo, hi := max(0, s-c), min(al.oldLen, e+c)
	ns, ok := al.kept(lo, hi)
	return ns + s - lo, ok
}

// image returns the stretch of new that old[s:e] (non-empty) became: from
// the image of code point s, or the start of the change that replaced it,
// to the image of code point e-1, or the end of the change that replaced
// it. guess is where s most likely went: its image, or its proportional
// place within the change.
func (al *alignment) image(s, e int) (lo, hi, guess int) {
	i := al.find(s)
	if r := al.runs[i]; s < r.a+r.n {
		lo = r.b + s - r.a
		guess = lo
	} else {
		next := al.runs[i+1] // exists: the last run ends at oldLen > s
		ga, gb := r.a+r.n, r.b+r.n
		lo = gb
		guess = gb + (s-ga)*(next.b-gb)/(next.a-ga)
	}
	j := al.find(e - 1)
	if r := al.runs[j]; e-1 < r.a+r.n {
		hi = r.b + e - r.a
	} else {
		hi = al.runs[j+1].b
	}
	return lo, max(lo, hi), guess
}

// before reports whether the c code points before old position s (fewer
// at the start of the text, which then counts as context) are kept, and
// returns the new position of s.
func (al *alignment) before(s, c int) (int, bool) {
	if s == 0 {
		return 0, al.runs[al.find(0)].b == 0 // nothing was inserted at the start
	}
	lo := max(0, s-c)
	ns, ok := al.kept(lo, s)
	return ns + s - lo, ok
}

// after reports whether the c code points after old position e (fewer at
// the end of the text, which then counts as context) are kept, and returns
// the new position of e. e is at least 1.
func (al *alignment) after(e, c int) (int, bool) {
	if e == al.oldLen {
		// Nothing was appended: the last code point is kept at the end.
		r := al.runs[al.find(e-1)]
		return al.newLen, e-1 < r.a+r.n && r.b+r.n == al.newLen
	}
	return al.kept(e, min(al.oldLen, e+c))
}
