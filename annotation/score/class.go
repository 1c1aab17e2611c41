package score

import (
	"cmp"
	"maps"
	"slices"

	"tippani/annotation"
	"tippani/textpos"
)

// Class summarises every submission to one exercise for the teacher.
type Class struct {
	Students int `json:"students"`
	// Missed lists key entities that at least one student did not mark
	// exactly (same span and type), most missed first.
	Missed []KeyEntity `json:"missed"`
	// Extra lists spans with a type that students marked but the key does
	// not have, most marked first.
	Extra []MarkedSpan `json:"extra"`
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
func ClassReport(text string, key []annotation.Annotation, submissions [][]annotation.Annotation) Class {
	index := textpos.New(text)
	surface := func(start, end int) string {
		if start < 0 || end > index.Runes() || start > end {
			return "" // an invalid span must not take the report down
		}
		return text[index.ByteOffset(start):index.ByteOffset(end)]
	}
	keySpans := spansOf(key)
	// Lists are empty rather than nil so that JSON clients get [] not null.
	c := Class{Students: len(submissions), Missed: []KeyEntity{}, Extra: []MarkedSpan{}}

	missed := make([]KeyEntity, len(keySpans))
	for i, k := range keySpans {
		missed[i] = KeyEntity{Start: k.start, End: k.end, Type: k.typ, Text: surface(k.start, k.end)}
	}
	extra := map[span]int{}
	for _, sub := range submissions {
		marked := spansOf(sub)
		markedIndex := newSpanIndex(marked)
		for i, k := range keySpans {
			if _, found := slices.BinarySearchFunc(marked, k, compareSpans); found {
				continue
			}
			missed[i].Missed++
			markedIndex.overlapping(k, func(j int) bool {
				if marked[j].typ == k.typ {
					missed[i].Partial++
					return false
				}
				return true
			})
		}
		for _, m := range marked {
			if _, found := slices.BinarySearchFunc(keySpans, m, compareSpans); !found {
				extra[m]++
			}
		}
	}
	for _, m := range missed {
		if m.Missed > 0 {
			c.Missed = append(c.Missed, m)
		}
	}
	slices.SortStableFunc(c.Missed, func(a, b KeyEntity) int { return cmp.Compare(b.Missed, a.Missed) })
	for _, s := range slices.SortedFunc(maps.Keys(extra), compareSpans) {
		c.Extra = append(c.Extra, MarkedSpan{Start: s.start, End: s.end, Type: s.typ, Text: surface(s.start, s.end), Students: extra[s]})
	}
	slices.SortStableFunc(c.Extra, func(a, b MarkedSpan) int { return cmp.Compare(b.Students, a.Students) })
	c.Heat = heat(index.Runes(), submissions)
	c.Agreement = TokenAgreement(text, submissions)
	return c
}

// heat counts, per code point and type, the students marking it, and
// returns the run-length encoded non-zero stretches.
func heat(n int, submissions [][]annotation.Annotation) []HeatSegment {
	order := typeOrder(submissions...)
	types := len(order)
	// delta[t][i] is the change in students marking type t at code point i.
	delta := make([][]int, types)
	for t := range delta {
		delta[t] = make([]int, n+1)
	}
	for _, sub := range submissions {
		for _, s := range spansOf(sub) {
			if t := slices.Index(order, s.typ); t >= 0 && 0 <= s.start && s.end <= n && s.start < s.end {
				delta[t][s.start]++
				delta[t][s.end]--
			}
		}
	}
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
