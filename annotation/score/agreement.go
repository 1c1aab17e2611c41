package score

import (
	"slices"
	"tippani/annotation"
	"tippani/hindi/tokenize"
	"tippani/textpos"
)

// Agreement is Fleiss' kappa for a set of raters labelling the same items.
type Agreement struct {
	// Kappa is (Observed − Expected) / (1 − Expected): 1 for perfect
	// agreement, 0 for agreement no better than chance, negative for worse.
	// It is absent when undefined; Reason then says why.
	Kappa    *float64 `json:"kappa,omitempty"`
	Observed float64  `json:"observed"` // mean pairwise agreement per item, P̄
	Expected float64  `json:"expected"` // agreement expected by chance, P̄e
	Items    int      `json:"items"`
	Raters   int      `json:"raters"`
	Reason   string   `json:"reason,omitempty"`
}

// FleissKappa computes Fleiss' kappa from counts[i][j], the number of
// raters who put item i in category j. Every item must have been rated by
// the same number of raters; an item with a different total makes the
// result undefined, as do fewer than two raters, no items, or every rating
// in a single category (chance agreement 1, so kappa is 0/0).
func FleissKappa(counts [][]int) Agreement {
	var a Agreement
	a.Items = len(counts)
	if a.Items == 0 {
		a.Reason = "there is nothing to agree on"
		return a
	}
	for _, c := range counts[0] {
		a.Raters += c
	}
	if a.Raters < 2 {
		a.Reason = "agreement needs at least two raters"
		return a
	}
	n := float64(a.Raters)
	totals := make([]float64, len(counts[0]))
	sumP := 0.0
	for _, row := range counts {
		raters, agreeing := 0, 0
		for j, c := range row {
			raters += c
			agreeing += c * (c - 1)
			totals[j] += float64(c)
		}
		if raters != a.Raters || len(row) != len(totals) {
			a.Reason = "every item must be rated by every rater in the same categories"
			return a
		}
		sumP += float64(agreeing) / (n * (n - 1))
	}
	a.Observed = sumP / float64(a.Items)
	for _, t := range totals {
		p := t / (float64(a.Items) * n)
		a.Expected += p * p
	}
	if a.Expected >= 1 {
		a.Reason = "every rating falls in one category, so chance agreement is total and kappa is undefined"
		return a
	}
	k := (a.Observed - a.Expected) / (1 - a.Expected)
	a.Kappa = &k
	return a
}

// TokenAgreement is Fleiss' kappa between students over the tokens of text
// (tokenize.Tokens; every token, punctuation included). Each student gives
// each token one category: the type of the annotation that overlaps it
// most (the earlier one on a tie), or O when none does. The categories are
// O and every type the students marked (built-in and custom). Submissions are taken as valid (no two
// annotations of one student overlap), as ParseSubmission ensures.
func TokenAgreement(text string, submissions [][]annotation.Annotation) Agreement {
	index := textpos.New(text)
	tokens := tokenize.Tokens(text)
	order := typeOrder(submissions...)
	counts := make([][]int, len(tokens))
	for i := range counts {
		counts[i] = make([]int, 1+len(order))
	}
	for _, anns := range submissions {
		anns = annotation.Sorted(anns)
		first := 0 // first annotation that may overlap the current token
		for i, tok := range tokens {
			start, end := index.RuneOffset(tok.Start), index.RuneOffset(tok.End)
			for first < len(anns) && anns[first].End <= start {
				first++
			}
			counts[i][category(anns[first:], start, end, order)]++
		}
	}
	return FleissKappa(counts)
}

// category returns 0 for O or 1 + the index in order of the type of the
// annotation in anns (sorted, not overlapping) that overlaps [start, end)
// most.
func category(anns []annotation.Annotation, start, end int, order []annotation.Type) int {
	best, bestOverlap := 0, 0
	for _, a := range anns {
		if a.Start >= end {
			break
		}
		if o := min(a.End, end) - max(a.Start, start); o > bestOverlap {
			if t := slices.Index(order, a.Type); t >= 0 {
				best, bestOverlap = 1+t, o
			}
		}
	}
	return best
}
