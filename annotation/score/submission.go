package score

import (
	"cmp"
	"slices"

	"tippani/annotation"
)

// Result grades one submission against the key.
type Result struct {
	// Exact counts a marked entity as correct only when its span and type
	// both equal a key entity's (CoNLL scoring).
	Exact Metrics `json:"exact"`
	// Lenient counts a marked entity as correct when it overlaps a key
	// entity of the same type (see Submission for the matching rule).
	Lenient Metrics `json:"lenient"`
	// WrongType counts marked spans that equal a key span exactly but
	// carry another type: the student found the entity and mislabelled it.
	WrongType int `json:"wrongType"`
	// ByType breaks both scores down by entity type.
	ByType []TypeResult `json:"byType"`
}

// TypeResult is the score restricted to one entity type.
type TypeResult struct {
	Type    annotation.Type `json:"type"`
	Exact   Metrics         `json:"exact"`
	Lenient Metrics         `json:"lenient"`
}

// span is an entity without its note, source or score, which grading
// ignores.
type span struct {
	start, end int
	typ        annotation.Type
}

func (s span) overlap(t span) int { return max(0, min(s.end, t.end)-max(s.start, t.start)) }

func compareSpans(a, b span) int {
	return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), cmp.Compare(a.typ.Rank(), b.typ.Rank()), cmp.Compare(a.typ, b.typ))
}

// spansOf returns the distinct spans of anns, sorted: an entity marked
// twice with the same span and type counts once.
func spansOf(anns []annotation.Annotation) []span {
	out := make([]span, 0, len(anns))
	for _, a := range anns {
		out = append(out, span{a.Start, a.End, a.Type})
	}
	slices.SortFunc(out, compareSpans)
	return slices.Compact(out)
}

// Submission grades submitted against key, overall and for each type in
// types (nil means every type that occurs in either, in canonical order).
// Notes, sources and scores are ignored; duplicates count once.
//
// Lenient matching pairs each key entity with at most one marked entity
// and vice versa: first every exact match is paired; then, taking the
// remaining marked entities in text order, each is paired with the
// unpaired key entity of the same type that it overlaps most (the earlier
// one on a tie). Paired entities are true positives, unpaired marked ones
// false positives, unpaired key ones false negatives.
func Submission(key, submitted []annotation.Annotation, types []annotation.Type) Result {
	k, s := spansOf(key), spansOf(submitted)
	if types == nil {
		types = typeOrder(key, submitted)
	}
	exactPairs, lenientPairs := match(k, s)
	r := Result{
		Exact:   newMetrics(len(exactPairs), len(s)-len(exactPairs), len(k)-len(exactPairs)),
		Lenient: newMetrics(len(lenientPairs), len(s)-len(lenientPairs), len(k)-len(lenientPairs)),
		ByType:  []TypeResult{}, // [] rather than null in JSON
	}
	keyIndex := newSpanIndex(k)
	for _, x := range s {
		from, to := keyIndex.sameSpan(x)
		for _, y := range k[from:to] {
			if y.typ != x.typ {
				r.WrongType++
				break
			}
		}
	}
	for _, t := range types {
		kt, st := countType(k, t), countType(s, t)
		et, lt := countPairs(exactPairs, k, t), countPairs(lenientPairs, k, t)
		r.ByType = append(r.ByType, TypeResult{
			Type:    t,
			Exact:   newMetrics(et, st-et, kt-et),
			Lenient: newMetrics(lt, st-lt, kt-lt),
		})
	}
	return r
}

// pair links key[k] with submitted[s].
type pair struct{ k, s int }

// match returns the exact pairs and the lenient pairs (which include the
// exact ones) of key and submitted, both sorted and distinct.
func match(key, submitted []span) (exact, lenient []pair) {
	keyIndex := newSpanIndex(key)
	keyUsed := make([]bool, len(key))
	subUsed := make([]bool, len(submitted))
	for si, s := range submitted {
		if ki, found := slices.BinarySearchFunc(key, s, compareSpans); found {
			exact = append(exact, pair{ki, si})
			keyUsed[ki], subUsed[si] = true, true
		}
	}
	lenient = slices.Clone(exact)
	for si, s := range submitted {
		if subUsed[si] {
			continue
		}
		best, bestOverlap := -1, 0
		keyIndex.overlapping(s, func(ki int) bool {
			if k := key[ki]; !keyUsed[ki] && k.typ == s.typ && s.overlap(k) > bestOverlap {
				best, bestOverlap = ki, s.overlap(k)
			}
			return true
		})
		if best >= 0 {
			lenient = append(lenient, pair{best, si})
			keyUsed[best], subUsed[si] = true, true
		}
	}
	return exact, lenient
}

func countType(spans []span, t annotation.Type) int {
	n := 0
	for _, s := range spans {
		if s.typ == t {
			n++
		}
	}
	return n
}

func countPairs(pairs []pair, key []span, t annotation.Type) int {
	n := 0
	for _, p := range pairs {
		if key[p.k].typ == t {
			n++
		}
	}
	return n
}
