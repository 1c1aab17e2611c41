package tagger

import (
	"math/rand"
	"testing"
)

// Viterbi with word-class transitions finds the best path when each
// token's transitions are the global ones plus its class's.
func TestViterbiWithClassTransitions(t *testing.T) {
	rng := rand.New(rand.NewSource(17))
	small := func() float32 { return float32(rng.Intn(7) - 3) } // integers: sums are exact
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.Intn(5)
		var start [NumLabels]float32
		var trans [NumLabels][NumLabels]float32
		ct := new(ClassTrans)
		for y := range start {
			start[y] = small()
			for z := range trans[y] {
				trans[y][z] = small()
				for c := range ct {
					ct[c][y][z] = small()
				}
			}
		}
		emit := make([]float32, n*NumLabels)
		class := make([]uint8, n)
		for i := range emit {
			emit[i] = float32(rng.Intn(11) - 5)
		}
		for i := range class {
			class[i] = uint8(rng.Intn(numClasses))
		}
		l := &lattice{n: n, emit: emit, start: &start, trans: &trans, ctrans: ct, class: class}
		out := make([]int, n)
		l.viterbi(out)
		pathScore := func(labels []int) float32 {
			s := start[labels[0]] + emit[labels[0]]
			for i := 1; i < n; i++ {
				s += trans[labels[i-1]][labels[i]] + ct[class[i]][labels[i-1]][labels[i]] + emit[i*NumLabels+labels[i]]
			}
			return s
		}
		best := float32(-1e30)
		labels := make([]int, n)
		var walk func(i int)
		walk = func(i int) {
			if i == n {
				best = max(best, pathScore(labels))
				return
			}
			for y := 0; y < NumLabels; y++ {
				prev := -1
				if i > 0 {
					prev = labels[i-1]
				}
				if allowed(prev, y) {
					labels[i] = y
					walk(i + 1)
				}
			}
		}
		walk(0)
		if got := pathScore(out); got != best {
			t.Fatalf("trial %d: path %v scores %v, best is %v", trial, out, got, best)
		}
	}
}
