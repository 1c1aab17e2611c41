package anchor

import (
	"cmp"
	"slices"

	"tippani/annotation"
)

// Span is a stretch of a text: code points [Start, End).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Counts says how the annotations of one re-anchoring were placed. Every
// annotation is counted once.
type Counts struct {
	Exact    int `json:"exact"`    // its text and a little context unchanged: moved by position
	Moved    int `json:"moved"`    // its text unchanged, found by its quote where the surroundings changed
	Fuzzy    int `json:"fuzzy"`    // its own text changed a little (at most a quarter of it)
	Unplaced int `json:"unplaced"` // listed in Result.Unplaced
}

// Result is the outcome of re-anchoring: every annotation given is either
// in Placed, at its new offsets, or in Unplaced, at its old offsets with
// its quote. Placed is sorted (annotation.Compare), valid on the new text
// and free of overlaps; Unplaced keeps the order the annotations were
// given in.
type Result struct {
	Placed   []annotation.Annotation
	Unplaced []annotation.Unplaced
	Counts   Counts
}

// Revision moves spans from an old text onto a revised one. It aligns the
// two texts once; Annotations and Spans may then be called any number of
// times. A Revision is not safe for concurrent use.
type Revision struct {
	old       []rune
	al        alignment
	loc       *Locator
	fuzzyLeft int // of fuzzyBudget
}

// NewRevision aligns oldText with newText, both valid UTF-8 in display
// form. The cost is linear in their length plus, for texts that differ in
// many places, a bounded search: texts that have little in common are
// aligned only partly, and what is not aligned is found by quote.
func NewRevision(oldText, newText string) *Revision {
	loc := NewLocator(newText)
	old := decodeRunes(oldText)
	return &Revision{
		old:       old,
		al:        alignment{runs: align(old, loc.runes), oldLen: len(old), newLen: len(loc.runes)},
		loc:       loc,
		fuzzyLeft: fuzzyBudget,
	}
}

// Reanchor moves anns, made on oldText, onto newText: it is
// NewRevision(oldText, newText).Annotations(anns).
func Reanchor(oldText, newText string, anns []annotation.Annotation) Result {
	return NewRevision(oldText, newText).Annotations(anns)
}

// Annotations moves anns, made on the old text, onto the new one. Every
// field but the offsets is kept. Each annotation is tried in turn:
//
//  1. If its text and 8 code points on each side (or the text's edge) are
//     unchanged, it moves by position (Counts.Exact).
//  2. If only its own text changed, and by at most a quarter of its code
//     points, it takes the changed text between its unchanged
//     surroundings (Counts.Fuzzy; Counts.Moved if the text is the same).
//  3. Otherwise its quote is looked for as Locate does, with the place the
//     alignment puts it as the expected one, first exactly (Counts.Moved)
//     and then within a quarter of its length in edits near there
//     (Counts.Fuzzy). A candidate away from the expected place is taken
//     only when its context vouches for it and it overlaps no annotation
//     moved by step 1, so a note on a deleted sentence's name does not
//     jump to another mention of the name.
//  4. Otherwise it is Unplaced.
//
// Spans are widened to character boundaries. When two placed annotations
// would overlap, a person's (source "person" or unspecified) wins over the
// model's, then the one found more surely (in the order above), then the
// earlier given; the other is Unplaced. Annotations whose offsets are not
// a non-empty span of the old text are Unplaced with an empty quote.
func (r *Revision) Annotations(anns []annotation.Annotation) Result {
	spans := make([]Span, len(anns))
	for i, a := range anns {
		spans[i] = Span{a.Start, a.End}
	}
	found := make([]placed, 0, len(anns))
	var lost []int
	for i, p := range r.placeAll(spans) {
		a := anns[i]
		if p.how == notFound {
			lost = append(lost, i)
			continue
		}
		found = append(found, placed{placement: p, index: i, person: a.Source != annotation.SourceModel})
	}
	kept, beaten := resolve(found) // in text order, disjoint: sorted as annotation.Compare sorts
	lost = append(lost, beaten...)
	slices.Sort(lost)

	res := Result{Placed: make([]annotation.Annotation, 0, len(kept)), Unplaced: make([]annotation.Unplaced, 0, len(lost))}
	for _, k := range kept {
		a := anns[k.index]
		a.Start, a.End = k.start, k.end
		res.Placed = append(res.Placed, a)
		switch k.how {
		case byPosition:
			res.Counts.Exact++
		case byQuote:
			res.Counts.Moved++
		default:
			res.Counts.Fuzzy++
		}
	}
	for _, i := range lost {
		res.Unplaced = append(res.Unplaced, r.unplaced(anns[i]))
	}
	res.Counts.Unplaced = len(lost)
	return res
}

// Spans moves spans of the old text, such as the model's suggestions a
// reader removed, onto the new text by the same steps as Annotations,
// without resolving overlaps. It returns the moved spans sorted and
// without duplicates, and how many spans were dropped because their text
// is gone (or they were not a non-empty span of the old text).
func (r *Revision) Spans(spans []Span) (moved []Span, dropped int) {
	moved = make([]Span, 0, len(spans))
	for _, p := range r.placeAll(spans) {
		if p.how == notFound {
			dropped++
			continue
		}
		moved = append(moved, Span{p.start, p.end})
	}
	slices.SortFunc(moved, func(a, b Span) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	return slices.Compact(moved), dropped
}

// unplaced describes a, which could not be placed, by its quote in the old
// text.
func (r *Revision) unplaced(a annotation.Annotation) annotation.Unplaced {
	u := annotation.Unplaced{Annotation: a}
	if a.Start >= 0 && a.Start < a.End && a.End <= len(r.old) {
		q := quoteAt(r.old, a.Start, a.End).quote()
		u.Quote, u.Prefix, u.Suffix = q.Exact, q.Prefix, q.Suffix
	}
	return u
}
