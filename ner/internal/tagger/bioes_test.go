//go:build bioes

package tagger

import (
	"bytes"
	"math"
	"math/rand"
	"slices"
	"testing"
	"tippani/ner/gazetteer"
)

func TestBIOESConversionRoundTrips(t *testing.T) {
	bio := []int8{0, 1, 2, 2, 0, 3, 5, 6, 0, 1}
	got := toBIOES(nil, bio)
	want := []int8{0, 1, 2, labelEPER, 0, labelSLOC, 5, labelEORG, 0, labelSPER}
	if !useE {
		want[3], want[7] = labelIPER, labelIORG
	}
	if !useS {
		want[5], want[9] = labelBLOC, labelBPER
	}
	if !slices.Equal(got, want) {
		t.Fatalf("toBIOES %v, want %v", got, want)
	}
	back := make([]int, len(got))
	for i, y := range got {
		back[i] = int(y)
	}
	fromBIOES(back)
	for i := range bio {
		if back[i] != int(bio[i]) {
			t.Fatalf("fromBIOES %v, want %v", back, bio)
		}
	}
}

// everyPath calls fn with every label sequence of length n that BIOES
// allows, and its score.
func everyPath(l *lattice, fn func(path []int, score float64)) {
	path := make([]int, l.n)
	var rec func(i int, score float64)
	rec = func(i int, score float64) {
		if i == l.n {
			if endAllowed(path[i-1]) {
				fn(path, score)
			}
			return
		}
		for y := 0; y < NumLabels; y++ {
			s := score + float64(l.emit[i*NumLabels+y])
			if i == 0 {
				if !allowed(-1, y) {
					continue
				}
				s += float64(l.start[y])
			} else {
				if !allowed(path[i-1], y) {
					continue
				}
				s += float64(l.trans[path[i-1]][y])
			}
			path[i] = y
			rec(i+1, s)
		}
	}
	rec(0, 0)
}

func TestBIOESDecodingMatchesEnumeration(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for trial := 0; trial < 20; trial++ {
		n := 1 + trial%4
		start, trans := randomTransitions(rng, 2)
		emit := randomScores(rng, n*NumLabels, 3)
		l := &lattice{n: n, emit: emit, start: &start, trans: &trans}
		best, bestPath := math.Inf(-1), []int(nil)
		const temp = 2.0
		var z float64
		spanMass := map[[3]int]float64{}
		everyPath(l, func(path []int, score float64) {
			if score > best {
				best, bestPath = score, slices.Clone(path)
			}
			p := math.Exp(score / temp)
			z += p
			bio := slices.Clone(path)
			fromBIOES(bio)
			for _, sp := range spansOfInt(bio) {
				spanMass[sp] += p
			}
		})
		got := make([]int, n)
		l.viterbi(got)
		if !slices.Equal(got, bestPath) {
			t.Fatalf("n=%d: viterbi %v, best path %v", n, got, bestPath)
		}
		var m marginals
		m.prepare(l, temp)
		if math.Abs(m.logZ-math.Log(z)) > 1e-6 {
			t.Fatalf("n=%d: logZ %v, enumeration %v", n, m.logZ, math.Log(z))
		}
		for s := 0; s < n; s++ {
			for e := s + 1; e <= n; e++ {
				for b := labelBPER; b < bioLabels; b += 2 {
					want := spanMass[[3]int{s, e, b}] / z
					if got := m.span(s, e, b); math.Abs(got-want) > 1e-6 {
						t.Fatalf("n=%d span %d,%d,%d: %v, enumeration %v", n, s, e, b, got, want)
					}
				}
			}
		}
	}
}

func TestBIOESModelFileRoundTrips(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	lp := Params{W: make([]float32, (1<<12)*NumLabels)}
	for i := range lp.W {
		if rng.Intn(4) == 0 {
			lp.W[i] = float32(rng.NormFloat64() * 3)
		}
	}
	lp.Start, lp.Trans = randomTransitions(rng, 2)
	m := lp.Model(Build{Quant: Quantization{Bits: 8, Prune: 1}, Mined: gazetteer.New(), Known: NewKnownWords()})
	var buf bytes.Buffer
	if err := m.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m2.quantBits() != 8 || m2.start != m.start || m2.trans != m.trans {
		t.Fatal("header changed in a round trip")
	}
	nonZero := 0
	for r := 0; r < 1<<12; r++ {
		for y := 0; y < NumLabels; y++ {
			a, b := m.weight(r*rowStride+y), m2.weight(r*rowStride+y)
			if a != b {
				t.Fatalf("row %d label %d: %d, after a round trip %d", r, y, a, b)
			}
			if a != 0 {
				nonZero++
			}
		}
	}
	if nonZero < 1000 {
		t.Fatalf("only %d non-zero weights", nonZero)
	}
}
