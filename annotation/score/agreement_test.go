package score

import (
	"math"
	"testing"
)

func TestFleissKappaPublishedExample(t *testing.T) {
	// Fleiss' worked example as reproduced in the Wikipedia article
	// "Fleiss' kappa": 10 items, 14 raters, 5 categories; P̄ = 0.378,
	// P̄e = 0.213, κ = 0.210.
	counts := [][]int{
		{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
		{7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
	}
	a := FleissKappa(counts)
	if a.Kappa == nil || math.Abs(*a.Kappa-0.210) > 0.0005 || math.Abs(a.Observed-0.378) > 0.0005 || math.Abs(a.Expected-0.213) > 0.0005 {
		t.Fatalf("got %+v (kappa %v)", a, a.Kappa)
	}
	if a.Items != 10 || a.Raters != 14 {
		t.Errorf("items %d raters %d", a.Items, a.Raters)
	}
}

func TestFleissKappaByHand(t *testing.T) {
	// Two raters, four items, categories O and PER: both O, both PER,
	// split, both O. P_i = 1, 1, 0, 1 so P̄ = 3/4; p_O = 5/8, p_PER = 3/8 so
	// P̄e = 34/64; κ = (3/4 − 34/64) / (1 − 34/64) = 14/30 = 7/15.
	a := FleissKappa([][]int{{2, 0}, {0, 2}, {1, 1}, {2, 0}})
	if a.Kappa == nil || math.Abs(*a.Kappa-7.0/15) > 1e-12 {
		t.Fatalf("got %+v", a)
	}
	// Perfect agreement across two categories is 1.
	if a := FleissKappa([][]int{{3, 0}, {0, 3}}); a.Kappa == nil || *a.Kappa != 1 {
		t.Errorf("perfect agreement: %+v", a)
	}
}

func TestFleissKappaUndefined(t *testing.T) {
	cases := map[string][][]int{
		"no items":       nil,
		"one rater":      {{1, 0}, {0, 1}},
		"one category":   {{3, 0}, {3, 0}},
		"uneven raters":  {{2, 0}, {1, 2}},
		"uneven columns": {{2, 0}, {2}},
	}
	for name, counts := range cases {
		if a := FleissKappa(counts); a.Kappa != nil || a.Reason == "" {
			t.Errorf("%s: got %+v, want undefined with a reason", name, a)
		}
	}
}
