package ner

import "math"

// lattice holds everything Viterbi and forward-backward need for one
// sentence: per-token label scores (emissions) and the model's label
// transitions. Scores are float32 in weight units.
type lattice struct {
	n     int
	emit  []float32 // n × numLabels
	start *[numLabels]float32
	trans *[numLabels][numLabels]float32
	// scratch for decoding, reused across sentences
	back  []int8
	delta []float32
}

const negInf = float32(-1e30)

// viterbi writes the best BIO-valid label sequence into out (len n).
func (l *lattice) viterbi(out []int) {
	n := l.n
	if n == 0 {
		return
	}
	if cap(l.delta) < n*numLabels {
		l.delta = make([]float32, n*numLabels)
		l.back = make([]int8, n*numLabels)
	}
	delta := l.delta[:n*numLabels]
	back := l.back[:n*numLabels]
	for y := 0; y < numLabels; y++ {
		if allowed(-1, y) {
			delta[y] = l.start[y] + l.emit[y]
		} else {
			delta[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := delta[(i-1)*numLabels : i*numLabels]
		cur := delta[i*numLabels : (i+1)*numLabels]
		em := l.emit[i*numLabels : (i+1)*numLabels]
		for y := 0; y < numLabels; y++ {
			best, arg := negInf, 0
			for p := 0; p < numLabels; p++ {
				if !allowed(p, y) {
					continue
				}
				if s := prev[p] + l.trans[p][y]; s > best {
					best, arg = s, p
				}
			}
			cur[y] = best + em[y]
			back[i*numLabels+y] = int8(arg)
		}
	}
	last := delta[(n-1)*numLabels:]
	best, arg := negInf, 0
	for y := 0; y < numLabels; y++ {
		if last[y] > best {
			best, arg = last[y], y
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*numLabels+arg])
	}
}

// marginals holds forward and backward log scores of one sentence at a
// temperature, for span probabilities.
type marginals struct {
	n           int
	alpha, beta []float64
	logZ        float64
	l           *lattice
	inv         float64 // 1/temperature
}

func (m *marginals) reset(l *lattice, temperature float64) {
	m.l, m.n = l, l.n
	m.inv = 1 / temperature
	size := l.n * numLabels
	if cap(m.alpha) < size {
		m.alpha = make([]float64, size)
		m.beta = make([]float64, size)
	}
	m.alpha, m.beta = m.alpha[:size], m.beta[:size]
	n, inv := l.n, m.inv
	for y := 0; y < numLabels; y++ {
		if allowed(-1, y) {
			m.alpha[y] = float64(l.start[y]+l.emit[y]) * inv
		} else {
			m.alpha[y] = math.Inf(-1)
		}
	}
	var buf [numLabels]float64
	for i := 1; i < n; i++ {
		for y := 0; y < numLabels; y++ {
			k := 0
			for p := 0; p < numLabels; p++ {
				if allowed(p, y) {
					buf[k] = m.alpha[(i-1)*numLabels+p] + float64(l.trans[p][y])*inv
					k++
				}
			}
			m.alpha[i*numLabels+y] = logSumExp(buf[:k]) + float64(l.emit[i*numLabels+y])*inv
		}
	}
	for y := 0; y < numLabels; y++ {
		m.beta[(n-1)*numLabels+y] = 0
	}
	for i := n - 2; i >= 0; i-- {
		for p := 0; p < numLabels; p++ {
			k := 0
			for y := 0; y < numLabels; y++ {
				if allowed(p, y) {
					buf[k] = float64(l.trans[p][y]+l.emit[(i+1)*numLabels+y])*inv + m.beta[(i+1)*numLabels+y]
					k++
				}
			}
			m.beta[i*numLabels+p] = logSumExp(buf[:k])
		}
	}
	m.logZ = logSumExp(m.alpha[(n-1)*numLabels : n*numLabels])
}

// span returns the probability that tokens [s, e) form exactly one
// entity whose B label is b (I label b+1): B at s, I through e-1, and no
// I of the same type at e.
func (m *marginals) span(s, e, b int) float64 {
	l, inv := m.l, m.inv
	in := b + 1
	lp := m.alpha[s*numLabels+b]
	prev := b
	for k := s + 1; k < e; k++ {
		lp += float64(l.trans[prev][in]+l.emit[k*numLabels+in]) * inv
		prev = in
	}
	if e < m.n {
		var buf [numLabels]float64
		k := 0
		for y := 0; y < numLabels; y++ {
			if y == in {
				continue
			}
			buf[k] = float64(l.trans[prev][y]+l.emit[e*numLabels+y])*inv + m.beta[e*numLabels+y]
			k++
		}
		lp += logSumExp(buf[:k])
	}
	p := math.Exp(lp - m.logZ)
	if p > 1 {
		p = 1
	}
	return p
}

func logSumExp(xs []float64) float64 {
	mx := math.Inf(-1)
	for _, x := range xs {
		if x > mx {
			mx = x
		}
	}
	if math.IsInf(mx, -1) {
		return mx
	}
	s := 0.0
	for _, x := range xs {
		s += math.Exp(x - mx)
	}
	return mx + math.Log(s)
}
