package score

import (
	"tippani/annotation"
)

// Class summarises every submission to one exercise for the teacher.
type Class struct {
	Students int `json:"students"`
	// Missed lists key entities that at least one student did not mark
	// exactly (same span and type), most missed first.
	Missed []KeyEntity `json:"missed"`
	// MissedGroups gathers the missed key entities by name: every mention
	// of the same words (by the matching key) with the same type is one
	// group, most students missing it first.
	MissedGroups []MissedGroup `json:"missedGroups"`
	// Extra lists spans with a type that students marked but the key does
	// not have, most marked first.
	// At most MaxExtraListed are listed.
	Extra []MarkedSpan `json:"extra"`
	// ExtraCapped says that more than MaxExtraSpans distinct spans were
	// marked outside the key, and later ones were not counted.
	ExtraCapped bool `json:"extraCapped,omitempty"`
	// Heat gives, for each stretch of text, how many students marked it
	// with each type (see HeatSegment).
	Heat []HeatSegment `json:"heat"`
	// Agreement is Fleiss' kappa between students over tokens.
	Agreement Agreement `json:"agreement"`
}

// KeyEntity is a key entity with how many students missed it.
type KeyEntity struct {
	Start  int             `json:"start"`
	End    int             `json:"end"`
	Type   annotation.Type `json:"type"`
	Text   string          `json:"text"`
	Missed int             `json:"missed"` // students with no exact match
	// Partial counts the students among Missed who marked an overlapping
	// span of the same type (found it, but with other boundaries).
	Partial int `json:"partial"`
}

// MissedGroup is one name of the key (its words and type) with how often
// it occurs in the key and how the class missed it.
type MissedGroup struct {
	Text        string          `json:"text"`
	Type        annotation.Type `json:"type"`
	Start       int             `json:"start"` // the first mention
	End         int             `json:"end"`
	Occurrences int             `json:"occurrences"` // mentions in the key
	MissedBy    int             `json:"missedBy"`    // students who missed at least one mention
	Missed      int             `json:"missed"`      // mentions missed, all students together
}

// MarkedSpan is a span and type some students marked.
type MarkedSpan struct {
	Start    int             `json:"start"`
	End      int             `json:"end"`
	Type     annotation.Type `json:"type"`
	Text     string          `json:"text"`
	Students int             `json:"students"`
}

// HeatSegment is a maximal stretch [Start, End) of code points over which
// the number of students marking each type is constant and not all zero.
// Counts maps type codes to student counts, leaving out zeros.
type HeatSegment struct {
	Start  int                     `json:"start"`
	End    int                     `json:"end"`
	Counts map[annotation.Type]int `json:"counts"`
}

// ClassReport builds the Class view of submissions to an exercise whose
// key and text are given. Submissions must be valid for the exercise
// (ParseSubmission ensures it); a student's duplicate marks count once.
// It is a Tally over the types of the key and the submissions.
func ClassReport(text string, key []annotation.Annotation, submissions [][]annotation.Annotation) Class {
	t := NewTally(text, key, typeOrder(append([][]annotation.Annotation{key}, submissions...)...))
	for _, sub := range submissions {
		t.Add(sub)
	}
	return t.Report()
}

// runs turns delta (per type, the change in students marking it at each
// code point of a text of n code points) into the run-length encoded
// non-zero stretches of the heat map.
func runs(n int, delta [][]int, order []annotation.Type) []HeatSegment {
	types := len(order)
	out := []HeatSegment{}
	level := make([]int, types)
	segStart := -1
	for i := 0; i <= n; i++ {
		changed := false
		for t := range level {
			if delta[t][i] != 0 {
				changed = true
			}
		}
		if !changed && i < n {
			continue
		}
		if segStart >= 0 {
			out = append(out, HeatSegment{Start: segStart, End: i, Counts: countsMap(level, order)})
		}
		nonzero := false
		for t := range level {
			level[t] += delta[t][i]
			nonzero = nonzero || level[t] != 0
		}
		segStart = -1
		if nonzero && i < n {
			segStart = i
		}
	}
	return out
}

func countsMap(level []int, order []annotation.Type) map[annotation.Type]int {
	m := map[annotation.Type]int{}
	for t, c := range level {
		if c != 0 {
			m[order[t]] = c
		}
	}
	return m
}
