package anchor

import (
	"math/rand/v2"
	"testing"
)

// lcs is the length of a longest common subsequence, by dynamic
// programming: the number of code points a minimal diff keeps.
func lcs(a, b []rune) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// checkRuns fails unless runs is a valid alignment of a and b: in order,
// not overlapping, each run's code points equal on both sides, the first
// starting at (0,0) and the last ending at (len(a), len(b)). It returns
// the number of code points kept.
func checkRuns(t *testing.T, a, b []rune, runs []run) int {
	t.Helper()
	if len(runs) == 0 || runs[0].a != 0 || runs[0].b != 0 {
		t.Fatalf("runs do not start at (0,0): %v", runs)
	}
	last := runs[len(runs)-1]
	if last.a+last.n != len(a) || last.b+last.n != len(b) {
		t.Fatalf("runs do not end at (%d,%d): %v", len(a), len(b), runs)
	}
	kept := 0
	for i, r := range runs {
		if r.n < 0 || (i > 0 && (r.a < runs[i-1].a+runs[i-1].n || r.b < runs[i-1].b+runs[i-1].n)) {
			t.Fatalf("run %d out of order: %v", i, runs)
		}
		if string(a[r.a:r.a+r.n]) != string(b[r.b:r.b+r.n]) {
			t.Fatalf("run %v joins different text %q and %q", r, string(a[r.a:r.a+r.n]), string(b[r.b:r.b+r.n]))
		}
		kept += r.n
	}
	return kept
}

func randomRunes(rng *rand.Rand, n int, alphabet []rune) []rune {
	out := make([]rune, n)
	for i := range out {
		out[i] = alphabet[rng.IntN(len(alphabet))]
	}
	return out
}

func TestAlignIsMinimalWithinBounds(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("कखग ािअ")
	for trial := range 3000 {
		a := randomRunes(rng, rng.IntN(30), alphabet)
		b := randomRunes(rng, rng.IntN(30), alphabet)
		if trial%2 == 0 { // a related pair: b is a lightly edited copy of a
			b = mutate(rng, a, alphabet)
		}
		got := checkRuns(t, a, b, align(a, b))
		if want := lcs(a, b); got != want {
			t.Fatalf("%q → %q: the alignment keeps %d code points, a minimal one %d", string(a), string(b), got, want)
		}
	}
}

// mutate returns a copy of a with a few random insertions, deletions and
// replacements.
func mutate(rng *rand.Rand, a, alphabet []rune) []rune {
	b := append([]rune(nil), a...)
	for range rng.IntN(4) + 1 {
		at := rng.IntN(len(b) + 1)
		switch rng.IntN(3) {
		case 0:
			b = append(b[:at], append(randomRunes(rng, rng.IntN(3)+1, alphabet), b[at:]...)...)
		case 1:
			b = append(b[:at], b[min(len(b), at+rng.IntN(3)+1):]...)
		default:
			end := min(len(b), at+rng.IntN(3)+1)
			b = append(b[:at], append(randomRunes(rng, rng.IntN(3)+1, alphabet), b[end:]...)...)
		}
	}
	return b
}

func TestAlignStaysValidWhenTheSearchIsCut(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("abcdefgh")
	for range 2000 {
		a := randomRunes(rng, rng.IntN(200), alphabet)
		b := mutate(rng, a, alphabet)
		for _, bounds := range [][2]int{{1, 1 << 20}, {2, 1 << 20}, {8, 50}, {4, 0}} {
			checkRuns(t, a, b, alignWithin(a, b, bounds[0], bounds[1]))
		}
	}
}

func TestAlignKeepsLongEqualStretchesWithManyScatteredEdits(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []rune("कखगघङचछजझञटठडढणतथदधन ािीुूेैोौ")
	a := randomRunes(rng, 20000, alphabet)
	b := append([]rune(nil), a...)
	// 400 one-letter replacements, every 50 code points: a diff cut into
	// pieces by the search bound must still keep nearly everything.
	for at := 25; at < len(b); at += 50 {
		b[at] = 'X'
	}
	kept := checkRuns(t, a, b, alignWithin(a, b, 16, 1<<30))
	if kept < len(a)-len(a)/50-10 {
		t.Errorf("kept %d of %d code points", kept, len(a))
	}
}
