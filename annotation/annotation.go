package annotation

import (
	"cmp"
	"slices"
)

// Source says who made an annotation.
const (
	SourceModel  = "model"  // predicted by the NER model
	SourcePerson = "person" // made or confirmed by a reader
)

// Annotation marks the entity text[Start:End] (code point offsets into the
// display text, End exclusive) as an entity of the given Type.
//
// Source is SourceModel, SourcePerson or "" (unspecified, as in a plain
// share). Score is the model's confidence in [0,1]; it is meaningful only
// when Source is SourceModel and is omitted from JSON when zero.
type Annotation struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Type   Type    `json:"type"`
	Note   string  `json:"note,omitempty"`
	Source string  `json:"source,omitempty"`
	Score  float64 `json:"score,omitempty"`
}

// Len is the number of code points the annotation covers.
func (a Annotation) Len() int { return a.End - a.Start }

// Overlaps reports whether a and b share at least one code point.
// Annotations that only touch (a.End == b.Start) do not overlap.
func (a Annotation) Overlaps(b Annotation) bool {
	return a.Start < b.End && b.Start < a.End
}

// Compare orders annotations by Start, then End, then type rank, then
// source and note, so that Sort is deterministic.
func Compare(a, b Annotation) int {
	return cmp.Or(
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		cmp.Compare(a.Type.Rank(), b.Type.Rank()),
		cmp.Compare(a.Type, b.Type),
		cmp.Compare(a.Source, b.Source),
		cmp.Compare(a.Note, b.Note),
		cmp.Compare(a.Score, b.Score),
	)
}

// Sorted returns a sorted copy of anns (see Compare); anns is not modified.
func Sorted(anns []Annotation) []Annotation {
	out := slices.Clone(anns)
	slices.SortStableFunc(out, Compare)
	return out
}
