package anchor

import (
	"math/rand/v2"
	"testing"
)

// sellers returns, for each end position j of text, the fewest edits that
// turn pattern into some text[i:j]: the textbook table that findApprox
// computes a column at a time.
func sellers(pattern, text []rune) []int {
	col := make([]int, len(pattern)+1)
	for i := range col {
		col[i] = i
	}
	out := make([]int, len(text)+1)
	out[0] = len(pattern)
	for j := 1; j <= len(text); j++ {
		diag := col[0] // free start: row 0 stays 0
		for i := 1; i <= len(pattern); i++ {
			d := diag
			if pattern[i-1] != text[j-1] {
				d++
			}
			diag = col[i]
			col[i] = min(d, col[i]+1, col[i-1]+1)
		}
		out[j] = col[len(pattern)]
	}
	return out
}

// levenshtein is the plain full-table edit distance.
func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			d := prev[j-1]
			if a[i-1] != b[j-1] {
				d++
			}
			cur[j] = min(d, prev[j]+1, cur[j-1]+1)
		}
		prev = cur
	}
	return prev[len(b)]
}

func TestFindApproxAgreesWithTheTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	alphabet := []rune("कखगा्ि ")
	var table peqTable
	for range 3000 {
		pattern := randomRunes(rng, rng.IntN(maxApproxLen)+1, alphabet)
		text := randomRunes(rng, rng.IntN(120), alphabet)
		if rng.IntN(2) == 0 && len(text) > 0 { // plant a damaged copy
			at := rng.IntN(len(text))
			text = append(text[:at], append(mutate(rng, pattern, alphabet), text[at:]...)...)
		}
		k := rng.IntN(len(pattern)/2 + 1)
		want := sellers(pattern, text)
		hits := findApprox(nil, &table, pattern, text, 0, len(text), k)
		// Each stretch of ends within k errors has exactly one hit, at
		// its lowest score, and the hit's span really is that close.
		h := 0
		for j := 1; j <= len(text); {
			if want[j] > k {
				j++
				continue
			}
			bestJ := j
			for ; j <= len(text) && want[j] <= k; j++ {
				if want[j] < want[bestJ] {
					bestJ = j
				}
			}
			if h >= len(hits) || hits[h].end != bestJ || hits[h].errors != want[bestJ] {
				t.Fatalf("pattern %q text %q k %d: hits %v, want one ending at %d with %d errors", string(pattern), string(text), k, hits, bestJ, want[bestJ])
			}
			if d := levenshtein(pattern, text[hits[h].start:hits[h].end]); d != hits[h].errors {
				t.Fatalf("pattern %q text %q: hit %v spans text %d edits away", string(pattern), string(text), hits[h], d)
			}
			h++
		}
		if h != len(hits) {
			t.Fatalf("pattern %q text %q k %d: extra hits %v", string(pattern), string(text), k, hits[h:])
		}
	}
}

func TestEditDistanceIsLevenshteinUpToTheBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	alphabet := []rune("abcअआ")
	for range 5000 {
		a := randomRunes(rng, rng.IntN(20), alphabet)
		b := mutate(rng, a, alphabet)
		if rng.IntN(3) == 0 {
			b = randomRunes(rng, rng.IntN(20), alphabet)
		}
		k := rng.IntN(8)
		want := min(levenshtein(a, b), k+1)
		if got := editDistance(a, b, k); got != want {
			t.Fatalf("editDistance(%q, %q, %d) = %d, want %d", string(a), string(b), k, got, want)
		}
	}
}
