package tagger

import (
	"math"
	"math/rand"
	"testing"
)

// referenceMarginals is the textbook log-space forward-backward, kept to
// check the rescaled implementation against.
func referenceMarginals(l *lattice, temperature float64) (alpha, beta []float64, logZ float64) {
	n, inv := l.n, 1/temperature
	alpha = make([]float64, n*NumLabels)
	beta = make([]float64, n*NumLabels)
	var buf [NumLabels]float64
	for y := 0; y < NumLabels; y++ {
		alpha[y] = math.Inf(-1)
		if allowed(-1, y) {
			alpha[y] = float64(l.start[y]+l.emit[y]) * inv
		}
	}
	for i := 1; i < n; i++ {
		for y := 0; y < NumLabels; y++ {
			k := 0
			for p := 0; p < NumLabels; p++ {
				if allowed(p, y) {
					buf[k] = alpha[(i-1)*NumLabels+p] + float64(l.trans[p][y])*inv
					k++
				}
			}
			alpha[i*NumLabels+y] = logSumExp(buf[:k]) + float64(l.emit[i*NumLabels+y])*inv
		}
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < NumLabels; p++ {
			k := 0
			for y := 0; y < NumLabels; y++ {
				if allowed(p, y) {
					buf[k] = float64(l.trans[p][y]+l.emit[(i+1)*NumLabels+y])*inv + beta[(i+1)*NumLabels+y]
					k++
				}
			}
			beta[i*NumLabels+p] = logSumExp(buf[:k])
		}
	}
	return alpha, beta, logSumExp(alpha[(n-1)*NumLabels:])
}

// randomTransitions draws start and transition scores from a normal
// distribution of the given spread, start and transitions to each label
// in turn.
func randomTransitions(rng *rand.Rand, spread float64) (start [NumLabels]float32, trans [NumLabels][NumLabels]float32) {
	for y := range start {
		start[y] = float32(rng.NormFloat64() * spread)
		for z := range trans[y] {
			trans[y][z] = float32(rng.NormFloat64() * spread)
		}
	}
	return start, trans
}

// randomScores draws n scores from a normal distribution of the given spread.
func randomScores(rng *rand.Rand, n int, spread float64) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(rng.NormFloat64() * spread)
	}
	return s
}

func TestMarginalsMatchLogSpaceReference(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	start, trans := randomTransitions(rng, 5)
	for _, n := range []int{1, 2, 5, 40} {
		for _, temp := range []float64{1, 64} {
			emit := randomScores(rng, n*NumLabels, 30)
			l := &lattice{n: n, emit: emit, start: &start, trans: &trans}
			var m marginals
			gotAlpha, gotBeta := m.reset(l, temp)
			alpha, beta, logZ := referenceMarginals(l, temp)
			if math.Abs(m.logZ-logZ) > 1e-6*math.Max(1, math.Abs(logZ)) {
				t.Fatalf("n=%d T=%v: logZ %v, reference %v", n, temp, m.logZ, logZ)
			}
			for i := range alpha {
				for _, pair := range [][2]float64{{gotAlpha[i], alpha[i]}, {gotBeta[i], beta[i]}} {
					got, want := pair[0], pair[1]
					if math.IsInf(want, -1) != math.IsInf(got, -1) || (!math.IsInf(want, -1) && math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want))) {
						t.Fatalf("n=%d T=%v cell %d: %v, reference %v", n, temp, i, got, want)
					}
				}
			}
			// Span probabilities over all entities of every length sum,
			// with the all-O path, to at most 1 per start.
			for s := 0; s < n; s++ {
				for b := labelBPER; b < NumLabels; b += 2 {
					for e := s + 1; e <= n; e++ {
						if p := m.span(s, e, b); p < 0 || p > 1 || math.IsNaN(p) {
							t.Fatalf("span probability %v", p)
						}
					}
				}
			}
		}
	}
}

// referenceSpan is the span probability computed from log-space forward
// and backward scores, term by term as its definition reads.
func referenceSpan(l *lattice, temperature float64, s, e, b int) float64 {
	alpha, beta, logZ := referenceMarginals(l, temperature)
	inv := 1 / temperature
	in := b + 1
	lp := alpha[s*NumLabels+b]
	prev := b
	for k := s + 1; k < e; k++ {
		lp += float64(l.trans[prev][in]+l.emit[k*NumLabels+in]) * inv
		prev = in
	}
	if e < l.n {
		var buf []float64
		for y := 0; y < NumLabels; y++ {
			if y != in {
				buf = append(buf, float64(l.trans[prev][y]+l.emit[e*NumLabels+y])*inv+beta[e*NumLabels+y])
			}
		}
		lp += logSumExp(buf)
	}
	return math.Min(math.Exp(lp-logZ), 1)
}

func TestSpanMatchesLogSpaceReference(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	start, trans := randomTransitions(rng, 3)
	var m marginals // reused, as the tagger reuses it across sentences
	for _, n := range []int{1, 3, 17, 60} {
		for _, temp := range []float64{1, 8, 64} {
			emit := randomScores(rng, n*NumLabels, 10)
			l := &lattice{n: n, emit: emit, start: &start, trans: &trans}
			m.prepare(l, temp)
			for s := 0; s < n; s++ {
				for e := s + 1; e <= n && e <= s+4; e++ {
					for b := labelBPER; b < NumLabels; b += 2 {
						got, want := m.span(s, e, b), referenceSpan(l, temp, s, e, b)
						// The reference adds start and emission scores in
						// float32 first, which alone moves it by ~1e-7.
						if math.Abs(got-want) > 1e-5 {
							t.Fatalf("n=%d T=%v span [%d,%d) label %d: %v, reference %v", n, temp, s, e, b, got, want)
						}
					}
				}
			}
		}
	}
}

// bruteForceBest scores every BIO-valid label sequence of a short
// lattice and returns the best score.
func bruteForceBest(l *lattice) float32 {
	best := float32(math.Inf(-1))
	labels := make([]int, l.n)
	var walk func(i int, score float32)
	walk = func(i int, score float32) {
		if i == l.n {
			best = max(best, score)
			return
		}
		for y := 0; y < NumLabels; y++ {
			prev := -1
			if i > 0 {
				prev = labels[i-1]
			}
			if !allowed(prev, y) {
				continue
			}
			labels[i] = y
			s := score + l.emit[i*NumLabels+y]
			if i == 0 {
				s += l.start[y]
			} else {
				s += l.trans[prev][y]
			}
			walk(i+1, s)
		}
	}
	walk(0, 0)
	return best
}

func TestViterbiFindsBestValidPath(t *testing.T) {
	rng := rand.New(rand.NewSource(13))
	for trial := 0; trial < 200; trial++ {
		n := 1 + rng.Intn(5)
		var start [NumLabels]float32
		var trans [NumLabels][NumLabels]float32
		for y := range start {
			start[y] = float32(rng.Intn(7) - 3)
			for z := range trans[y] {
				trans[y][z] = float32(rng.Intn(7) - 3)
			}
		}
		emit := make([]float32, n*NumLabels)
		for i := range emit {
			emit[i] = float32(rng.Intn(11) - 5) // small integers: many ties
		}
		l := &lattice{n: n, emit: emit, start: &start, trans: &trans}
		out := make([]int, n)
		l.viterbi(out)
		score := start[out[0]] + emit[out[0]]
		for i := 1; i < n; i++ {
			if !allowed(out[i-1], out[i]) {
				t.Fatalf("trial %d: %v breaks BIO", trial, out)
			}
			score += trans[out[i-1]][out[i]] + emit[i*NumLabels+out[i]]
		}
		if !allowed(-1, out[0]) {
			t.Fatalf("trial %d: %v starts inside an entity", trial, out)
		}
		if want := bruteForceBest(l); score != want {
			t.Fatalf("trial %d: path %v scores %v, best is %v", trial, out, score, want)
		}
	}
}

// reset runs forward-backward like prepare and returns the log-space
// forward and backward tables, which the tests compare with a direct
// computation.
func (m *marginals) reset(l *lattice, temperature float64) (alpha, beta []float64) {
	m.prepare(l, temperature)
	size := m.n * NumLabels
	alpha, beta = make([]float64, size), make([]float64, size)
	for i := 0; i < m.n; i++ {
		for y := 0; y < NumLabels; y++ {
			alpha[i*NumLabels+y] = math.Log(m.ahat[i*NumLabels+y]) + m.aOff[i]
			beta[i*NumLabels+y] = math.Log(m.bhat[i*NumLabels+y]) + m.bOff[i]
		}
	}
	return alpha, beta
}
