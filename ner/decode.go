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
	alpha, beta []float64 // log forward and backward scores
	e           []float64 // exp(emission/T − shift) per token and label
	shift       []float64 // per-token maximum of emission/T
	logZ        float64
	l           *lattice
	inv         float64 // 1/temperature
}

func (m *marginals) reset(l *lattice, temperature float64) {
	m.l, m.n = l, l.n
	m.inv = 1 / temperature
	n, inv := l.n, m.inv
	size := n * numLabels
	if cap(m.alpha) < size {
		m.alpha = make([]float64, size)
		m.beta = make([]float64, size)
		m.e = make([]float64, size)
		m.shift = make([]float64, n)
	}
	m.alpha, m.beta, m.e, m.shift = m.alpha[:size], m.beta[:size], m.e[:size], m.shift[:n]

	// The recursions run in probability space, rescaled at every position
	// so nothing overflows, and the log of the running scale is carried
	// alongside: a handful of exp and log calls per token instead of one
	// per pair of labels.
	var expT [numLabels][numLabels]float64
	for p := 0; p < numLabels; p++ {
		for y := 0; y < numLabels; y++ {
			if allowed(p, y) {
				expT[p][y] = math.Exp(float64(l.trans[p][y]) * inv)
			}
		}
	}
	for i := 0; i < n; i++ {
		em := l.emit[i*numLabels : (i+1)*numLabels]
		mx := math.Inf(-1)
		for _, v := range em {
			mx = math.Max(mx, float64(v)*inv)
		}
		m.shift[i] = mx
		for y, v := range em {
			m.e[i*numLabels+y] = math.Exp(float64(v)*inv - mx)
		}
	}

	var cur, prev [numLabels]float64
	cum := 0.0
	for i := 0; i < n; i++ {
		e := m.e[i*numLabels : (i+1)*numLabels]
		for y := 0; y < numLabels; y++ {
			if i == 0 {
				if allowed(-1, y) {
					cur[y] = math.Exp(float64(l.start[y])*inv) * e[y]
				} else {
					cur[y] = 0
				}
				continue
			}
			var t float64
			for p := 0; p < numLabels; p++ {
				t += prev[p] * expT[p][y]
			}
			cur[y] = t * e[y]
		}
		s := 0.0
		for _, v := range cur {
			s += v
		}
		cum += math.Log(s) + m.shift[i]
		for y := range cur {
			cur[y] /= s
			m.alpha[i*numLabels+y] = math.Log(cur[y]) + cum
		}
		prev = cur
	}
	m.logZ = cum

	for y := range cur {
		cur[y] = 1
		m.beta[(n-1)*numLabels+y] = 0
	}
	cum = 0
	for i := n - 2; i >= 0; i-- {
		next := cur
		e := m.e[(i+1)*numLabels : (i+2)*numLabels]
		s := 0.0
		for p := 0; p < numLabels; p++ {
			var t float64
			for y := 0; y < numLabels; y++ {
				t += expT[p][y] * e[y] * next[y]
			}
			cur[p] = t
			s += t
		}
		cum += math.Log(s) + m.shift[i+1]
		for p := range cur {
			cur[p] /= s
			m.beta[i*numLabels+p] = math.Log(cur[p]) + cum
		}
	}
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
