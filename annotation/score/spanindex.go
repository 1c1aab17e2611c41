package score

import "sort"

// spanIndex finds the spans overlapping a given span in O(log n + k),
// without assuming the spans are free of overlaps.
type spanIndex struct {
	spans  []span // sorted by compareSpans
	maxEnd []int  // maxEnd[i] is the largest end among spans[:i+1]
}

func newSpanIndex(spans []span) spanIndex {
	x := spanIndex{spans: spans, maxEnd: make([]int, len(spans))}
	for i, s := range spans {
		x.maxEnd[i] = s.end
		if i > 0 {
			x.maxEnd[i] = max(x.maxEnd[i], x.maxEnd[i-1])
		}
	}
	return x
}

// overlapping calls fn with the index of each span sharing a code point
// with s, in order, until fn returns false.
func (x spanIndex) overlapping(s span, fn func(i int) bool) {
	// Spans before first all end at or before s.start: maxEnd is monotone.
	first := sort.Search(len(x.spans), func(i int) bool { return x.maxEnd[i] > s.start })
	for i := first; i < len(x.spans) && x.spans[i].start < s.end; i++ {
		if x.spans[i].overlap(s) > 0 && !fn(i) {
			return
		}
	}
}

// sameSpan returns the index range of spans with exactly s's start and end
// (any type).
func (x spanIndex) sameSpan(s span) (from, to int) {
	from = sort.Search(len(x.spans), func(i int) bool {
		t := x.spans[i]
		return t.start > s.start || (t.start == s.start && t.end >= s.end)
	})
	to = from
	for to < len(x.spans) && x.spans[to].start == s.start && x.spans[to].end == s.end {
		to++
	}
	return from, to
}
