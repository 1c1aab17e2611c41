package normalize

import "sort"

// An Edit is one place where the display text differs from the source: the
// display bytes [Start, End) replace the source bytes [SrcStart, SrcEnd).
// A removal has Start == End. Edits of a Result are sorted, never overlap and
// never touch a byte twice; outside them display and source are identical
// byte for byte, shifted by the length changes of the edits before.
type Edit struct {
	Rules            RuleSet
	Start, End       int // display byte offsets
	SrcStart, SrcEnd int // source byte offsets
}

// The offset map is the edit list itself. Conversions below are exact at
// every position outside an edit and at both ends of each edit; a position
// strictly inside an edit (within a composed cluster, say) has no
// counterpart of its own and maps to the edit's start or end, as asked.

// SourceStart maps a display byte offset that begins a span to the source.
// Inside an edit it maps to the edit's source start; at a removal it maps past
// the removed bytes, so a span never gains characters it did not show.
func (r *Result) SourceStart(d int) int {
	return mapStart(r.Edits, d, displaySide)
}

// SourceEnd maps a display byte offset that ends a span to the source. Inside
// an edit it maps to the edit's source end; at a removal it maps before the
// removed bytes.
func (r *Result) SourceEnd(d int) int {
	return mapEnd(r.Edits, d, displaySide)
}

// DisplayStart maps a source byte offset that begins a span to the display
// text, the inverse of SourceStart.
func (r *Result) DisplayStart(s int) int {
	return mapStart(r.Edits, s, sourceSide)
}

// DisplayEnd maps a source byte offset that ends a span to the display text,
// the inverse of SourceEnd.
func (r *Result) DisplayEnd(s int) int {
	return mapEnd(r.Edits, s, sourceSide)
}

// side selects which coordinates of an edit a look-up starts from.
type side bool

const (
	displaySide side = true
	sourceSide  side = false
)

// from returns the edit's span on the side being looked up, to the span on
// the other side.
func (e *Edit) from(s side) (start, end, toStart, toEnd int) {
	if s == displaySide {
		return e.Start, e.End, e.SrcStart, e.SrcEnd
	}
	return e.SrcStart, e.SrcEnd, e.Start, e.End
}

// mapStart: after every edit that ends at or before p (removals at p
// included), then either inside the next edit (snap to its start) or in
// the unchanged gap.
func mapStart(edits []Edit, p int, s side) int {
	k := sort.Search(len(edits), func(i int) bool {
		_, end, _, _ := edits[i].from(s)
		return end > p
	})
	if k < len(edits) {
		if start, _, toStart, _ := edits[k].from(s); start < p {
			return toStart
		}
	}
	return gap(edits, k, p, s)
}

// mapEnd: before every edit that starts at or after p (removals at p
// included), snapping to the end of an edit that p lies inside or ends.
func mapEnd(edits []Edit, p int, s side) int {
	k := sort.Search(len(edits), func(i int) bool {
		_, end, _, _ := edits[i].from(s)
		return end >= p
	})
	if k < len(edits) {
		if start, _, _, toEnd := edits[k].from(s); start < p {
			return toEnd
		}
	}
	return gap(edits, k, p, s)
}

// gap maps p, which lies in the unchanged stretch after edits[k-1], by the
// shift accumulated up to that edit.
func gap(edits []Edit, k, p int, s side) int {
	if k == 0 {
		return p
	}
	_, end, _, toEnd := edits[k-1].from(s)
	return toEnd + (p - end)
}
