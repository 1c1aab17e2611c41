package score

import (
	"cmp"
	"maps"
	"slices"

	"tippani/annotation"
	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/textpos"
)

// MaxExtraSpans bounds how many distinct spans outside the key a Tally
// counts: past it, spans not seen before are no longer counted (and
// Class.ExtraCapped says so), so that a large class's summary stays within
// bounded memory.
const MaxExtraSpans = 50_000

// MaxExtraListed is how many of the most marked spans outside the key a
// Class lists.
const MaxExtraListed = 100

// Tally builds the Class view one submission at a time, so that a class is
// summarised in memory that grows with the text and the key, not with the
// number of students: a caller reads each student's work, adds it, and
// drops it.
type Tally struct {
	text     string
	index    *textpos.Index
	key      []span
	keyIndex spanIndex
	group    []int // key entity → its group
	groups   []MissedGroup
	types    []annotation.Type
	students int
	missed   []KeyEntity
	extra    map[span]int
	capped   bool
	delta    [][]int // type → change in students marking it at each code point
	tokens   [][2]int
	votes    [][]int // token → students per category (O, then types)
	seen     []bool  // group missed by the student being added
}

// NewTally starts a class summary of an exercise on text with key, whose
// submissions use only types (in the order the heat map and agreement list
// them; nil means the key's types).
func NewTally(text string, key []annotation.Annotation, types []annotation.Type) *Tally {
	if types == nil {
		types = typeOrder(key)
	}
	t := &Tally{text: text, index: textpos.New(text), key: spansOf(key), types: types, extra: map[span]int{}}
	t.keyIndex = newSpanIndex(t.key)
	n := t.index.Runes()
	t.missed = make([]KeyEntity, len(t.key))
	byName := map[groupKey]int{}
	for i, k := range t.key {
		words := t.surface(k.start, k.end)
		t.missed[i] = KeyEntity{Start: k.start, End: k.end, Type: k.typ, Text: words}
		g := groupKey{k.typ, normalize.Key(words)}
		at, ok := byName[g]
		if !ok {
			at = len(t.groups)
			byName[g] = at
			t.groups = append(t.groups, MissedGroup{Text: words, Type: k.typ, Start: k.start, End: k.end})
		}
		t.groups[at].Occurrences++
		t.group = append(t.group, at)
	}
	t.seen = make([]bool, len(t.groups))
	t.delta = make([][]int, len(types))
	for i := range t.delta {
		t.delta[i] = make([]int, n+1)
	}
	for _, tok := range tokenize.Tokens(text) {
		t.tokens = append(t.tokens, [2]int{t.index.RuneOffset(tok.Start), t.index.RuneOffset(tok.End)})
	}
	t.votes = make([][]int, len(t.tokens))
	for i := range t.votes {
		t.votes[i] = make([]int, 1+len(types))
	}
	return t
}

type groupKey struct {
	typ   annotation.Type
	words string
}

func (t *Tally) surface(start, end int) string {
	if start < 0 || end > t.index.Runes() || start > end {
		return "" // an invalid span must not take the report down
	}
	return t.text[t.index.ByteOffset(start):t.index.ByteOffset(end)]
}

// Add counts one student's submission, which must be valid for the
// exercise (ParseSubmission ensures it); a duplicate mark counts once.
func (t *Tally) Add(sub []annotation.Annotation) {
	t.students++
	marked := spansOf(sub)
	markedIndex := newSpanIndex(marked)
	clear(t.seen)
	for i, k := range t.key {
		if _, found := slices.BinarySearchFunc(marked, k, compareSpans); found {
			continue
		}
		t.missed[i].Missed++
		g := &t.groups[t.group[i]]
		g.Missed++
		t.seen[t.group[i]] = true
		markedIndex.overlapping(k, func(j int) bool {
			if marked[j].typ == k.typ {
				t.missed[i].Partial++
				return false
			}
			return true
		})
	}
	for i, missed := range t.seen {
		if missed {
			t.groups[i].MissedBy++
		}
	}
	for _, m := range marked {
		if _, found := slices.BinarySearchFunc(t.key, m, compareSpans); found {
			continue
		}
		if _, counted := t.extra[m]; counted || len(t.extra) < MaxExtraSpans {
			t.extra[m]++
		} else {
			t.capped = true
		}
	}
	n := t.index.Runes()
	for _, s := range marked {
		if ti := slices.Index(t.types, s.typ); ti >= 0 && 0 <= s.start && s.end <= n && s.start < s.end {
			t.delta[ti][s.start]++
			t.delta[ti][s.end]--
		}
	}
	anns := annotation.Sorted(sub)
	first := 0 // first annotation that may overlap the current token
	for i, tok := range t.tokens {
		for first < len(anns) && anns[first].End <= tok[0] {
			first++
		}
		t.votes[i][category(anns[first:], tok[0], tok[1], t.types)]++
	}
}

// Report returns the Class view of the submissions added so far.
func (t *Tally) Report() Class {
	// Lists are empty rather than nil so that JSON clients get [] not null.
	c := Class{Students: t.students, Missed: []KeyEntity{}, MissedGroups: []MissedGroup{}, Extra: []MarkedSpan{}, ExtraCapped: t.capped}
	for _, m := range t.missed {
		if m.Missed > 0 {
			c.Missed = append(c.Missed, m)
		}
	}
	slices.SortStableFunc(c.Missed, func(a, b KeyEntity) int { return cmp.Compare(b.Missed, a.Missed) })
	for _, g := range t.groups {
		if g.MissedBy > 0 {
			c.MissedGroups = append(c.MissedGroups, g)
		}
	}
	slices.SortStableFunc(c.MissedGroups, func(a, b MissedGroup) int {
		return cmp.Or(cmp.Compare(b.MissedBy, a.MissedBy), cmp.Compare(b.Missed, a.Missed))
	})
	for _, s := range slices.SortedFunc(maps.Keys(t.extra), compareSpans) {
		c.Extra = append(c.Extra, MarkedSpan{Start: s.start, End: s.end, Type: s.typ, Text: t.surface(s.start, s.end), Students: t.extra[s]})
	}
	slices.SortStableFunc(c.Extra, func(a, b MarkedSpan) int { return cmp.Compare(b.Students, a.Students) })
	if len(c.Extra) > MaxExtraListed {
		c.Extra = c.Extra[:MaxExtraListed]
	}
	c.Heat = runs(t.index.Runes(), t.delta, t.types)
	if len(t.tokens) == 0 {
		c.Agreement = FleissKappa(nil)
	} else {
		c.Agreement = FleissKappa(t.votes)
	}
	return c
}
