package score

import (
	"math/rand/v2"
	"slices"
	"testing"

	"tippani/annotation"
)

// TestSpanIndexMatchesBruteForce compares the index with a scan of every
// span, on random spans that overlap and nest freely.
func TestSpanIndexMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 200; round++ {
		var spans []span
		for range rng.IntN(30) {
			start := rng.IntN(50)
			spans = append(spans, span{start, start + 1 + rng.IntN(15), annotation.Types[rng.IntN(3)]})
		}
		slices.SortFunc(spans, compareSpans)
		x := newSpanIndex(spans)
		for range 20 {
			start := rng.IntN(60)
			q := span{start, start + 1 + rng.IntN(10), annotation.PER}
			var got, want []int
			x.overlapping(q, func(i int) bool { got = append(got, i); return true })
			for i, s := range spans {
				if s.overlap(q) > 0 {
					want = append(want, i)
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("overlapping(%v) = %v, want %v in %v", q, got, want, spans)
			}
			from, to := x.sameSpan(q)
			for i, s := range spans {
				same := s.start == q.start && s.end == q.end
				if same != (from <= i && i < to) {
					t.Fatalf("sameSpan(%v) = [%d,%d) in %v", q, from, to, spans)
				}
			}
		}
	}
}
