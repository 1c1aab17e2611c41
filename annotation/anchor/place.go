package anchor

import (
	"cmp"
	"slices"
)

// method says how a span of the old text was found in the new one, from
// the surest to the least sure.
type method uint8

const (
	notFound   method = iota
	byPosition        // text and context unchanged
	byQuote           // text unchanged, found by quote
	byFuzzy           // text changed a little
)

// placement is where a span of the old text went.
type placement struct {
	start, end int
	how        method
}

const (
	// maxFuzzyWindow bounds the stretch of new text searched for a quote
	// that changed, so that each search costs little even when the diff
	// can only say "somewhere in this rewritten half".
	maxFuzzyWindow = 4096
	// fuzzyBudget bounds the code points all fuzzy searches of one
	// Revision may scan: a wholesale rewrite with thousands of
	// annotations then costs a few milliseconds, not a second, and the
	// annotations left over are found exactly or not at all.
	fuzzyBudget = 1 << 20
)

// placeAll finds the spans of the old text in the new one, in two rounds:
// first those whose surroundings are unchanged, by position; then the
// others, which may not take text the first round placed unless they are
// expected there or both sides of their context agree (see policy).
func (r *Revision) placeAll(spans []Span) []placement {
	out := make([]placement, len(spans))
	pol := &policy{nearby: true}
	for i, s := range spans {
		if s.Start < 0 || s.End > len(r.old) || s.Start >= s.End {
			continue
		}
		if ns, ok := r.al.window(s.Start, s.End, windowLen); ok {
			ns, ne := widen(r.loc.runes, ns, ns+s.End-s.Start)
			out[i] = placement{ns, ne, byPosition}
			pol.taken = append(pol.taken, Span{ns, ne})
		}
	}
	slices.SortFunc(pol.taken, func(a, b Span) int { return cmp.Compare(a.Start, b.Start) })
	for i, s := range spans {
		if out[i].how == notFound && s.Start >= 0 && s.End <= len(r.old) && s.Start < s.End {
			out[i] = r.search(s.Start, s.End, pol)
		}
	}
	return out
}

// search finds old[s:e], whose surroundings changed, by steps 2 and 3 of
// Annotations.
func (r *Revision) search(s, e int, pol *policy) placement {
	q := quoteAt(r.old, s, e)
	if p, ok := r.inner(s, e, &q); ok {
		return p
	}
	lo, hi, guess := r.al.image(s, e)
	ex := expectation{lo: lo, hi: hi, guess: guess}
	if c, ok := r.loc.exact(&q, string(q.exact), ex, pol); ok {
		return placement{c.start, c.end, byQuote}
	}
	from, to := fuzzyWindow(ex, len(q.exact), len(r.loc.runes))
	if to-from > r.fuzzyLeft {
		return placement{}
	}
	r.fuzzyLeft -= to - from
	if c, ok := r.loc.fuzzy(&q, ex, from, to, pol); ok {
		return placement{c.start, c.end, byFuzzy}
	}
	return placement{}
}

// inner handles a change inside old[s:e] whose surroundings are unchanged:
// the span becomes whatever lies between them now, if that is within
// maxErrors edits of what it was.
func (r *Revision) inner(s, e int, q *quoteRunes) (placement, bool) {
	ns, ok := r.al.before(s, windowLen)
	if !ok {
		return placement{}, false
	}
	ne, ok := r.al.after(e, windowLen)
	if !ok || ne <= ns {
		return placement{}, false
	}
	ns, ne = widen(r.loc.runes, ns, ne)
	k := maxErrors(len(q.exact))
	d := editDistance(q.exact, r.loc.runes[ns:ne], k)
	switch {
	case d > k:
		return placement{}, false
	case d == 0:
		return placement{ns, ne, byQuote}, true
	}
	return placement{ns, ne, byFuzzy}, true
}

// fuzzyWindow is the stretch of new text (n code points) searched for a
// changed quote of m code points: the expected stretch with a margin, or,
// when that is wider than maxFuzzyWindow, that many code points around
// the guess.
func fuzzyWindow(ex expectation, m, n int) (from, to int) {
	pad := m + maxErrors(m) + contextLen
	from, to = ex.lo-pad, ex.hi+pad
	if to-from > maxFuzzyWindow {
		from, to = ex.guess-maxFuzzyWindow/2, ex.guess+maxFuzzyWindow/2
	}
	return max(0, from), min(n, to)
}
