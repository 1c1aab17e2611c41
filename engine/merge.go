package engine

import (
	"slices"
	"sort"

	"tippani/ner"
	"tippani/ner/datenum"
)

// span is an entity in byte offsets, before conversion to code points.
type span struct {
	start, end int
	typ        string
	score      float64
}

// appendMerged combines model spans and rule spans into one sorted,
// non-overlapping list, following the precedence in the package
// documentation. Rule spans arrive sorted and disjoint (datenum
// guarantees it); model spans are sorted here in case they are not.
//
// The list is appended to dst; *drop is scratch, grown when short and
// kept for the next call. Both are there so repeated calls can reuse
// their memory (a nil drop allocates afresh).
func appendMerged(dst []span, drop *[]bool, names []ner.Entity, rules []datenum.Span) []span {
	if !sort.SliceIsSorted(names, func(i, j int) bool { return names[i].Start < names[j].Start }) {
		sort.SliceStable(names, func(i, j int) bool { return names[i].Start < names[j].Start })
	}
	out := slices.Grow(dst, len(names)+len(rules))
	var buf []bool
	if drop != nil {
		buf = *drop
	}
	if cap(buf) < len(names)+len(rules) {
		buf = make([]bool, len(names)+len(rules))
		if drop != nil {
			*drop = buf
		}
	}
	buf = buf[:len(names)+len(rules)]
	clear(buf)
	dropName, dropRule := buf[:len(names)], buf[len(names):]
	// First the rule spans that win remove the model spans they overlap;
	// then a rule span inside a surviving model span gives way to it. The
	// two passes keep a rule span whose enclosing name was itself removed
	// by another rule span.
	overlaps(names, rules, func(n, r int, inside bool) {
		if !inside {
			dropName[n] = true
		}
	})
	overlaps(names, rules, func(n, r int, inside bool) {
		if inside && !dropName[n] {
			dropRule[r] = true
		}
	})
	i, j := 0, 0
	lastEnd := 0
	add := func(s span) {
		if s.start < lastEnd || s.end <= s.start {
			return // never emit an overlap, whatever the inputs did
		}
		out = append(out, s)
		lastEnd = s.end
	}
	for i < len(names) || j < len(rules) {
		if i < len(names) && dropName[i] {
			i++
			continue
		}
		if j < len(rules) && dropRule[j] {
			j++
			continue
		}
		if j >= len(rules) || i < len(names) && names[i].Start < rules[j].Start {
			n := names[i]
			add(span{n.Start, n.End, n.Type, n.Score})
			i++
		} else {
			r := rules[j]
			add(span{r.Start, r.End, r.Type, r.Score})
			j++
		}
	}
	return out
}

// overlaps calls fn for every overlapping pair of a model span and a rule
// span, telling whether the rule span lies strictly inside the model span
// (inside it and shorter). Both lists are sorted by start, so a sliding
// window finds every pair in one pass.
func overlaps(names []ner.Entity, rules []datenum.Span, fn func(n, r int, inside bool)) {
	first := 0
	for r, rs := range rules {
		for first < len(names) && names[first].End <= rs.Start {
			first++
		}
		for n := first; n < len(names) && names[n].Start < rs.End; n++ {
			m := names[n]
			if m.End <= rs.Start {
				continue
			}
			inside := m.Start <= rs.Start && rs.End <= m.End && (m.Start < rs.Start || rs.End < m.End)
			fn(n, r, inside)
		}
	}
}
