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

// Under BIO an I-X label may follow only B-X (= I-X − 1) or I-X; O and
// the B labels may follow anything. Viterbi and forward-backward are
// written out for this structure instead of testing allowed for every
// pair of labels.
var (
	openLabels   = [...]int{labelO, labelBPER, labelBLOC, labelBORG}
	insideLabels = [...]int{labelIPER, labelILOC, labelIORG}
)

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
	emit := l.emit[:n*numLabels]
	trans := l.trans
	for y := 0; y < numLabels; y++ {
		if allowed(-1, y) {
			delta[y] = l.start[y] + emit[y]
		} else {
			delta[y] = negInf
		}
	}
	for i := 1; i < n; i++ {
		// Fixed-size views let the compiler drop the bounds checks of the
		// 7 × 7 inner loop.
		prev := (*[numLabels]float32)(delta[(i-1)*numLabels:])
		cur := (*[numLabels]float32)(delta[i*numLabels:])
		em := (*[numLabels]float32)(emit[i*numLabels:])
		bk := (*[numLabels]int8)(back[i*numLabels:])
		// The labels are constants in these calls, so once inlined the
		// compiler drops every bounds check.
		cur[labelO], bk[labelO] = bestFromAny(prev, trans, labelO)
		cur[labelBPER], bk[labelBPER] = bestFromAny(prev, trans, labelBPER)
		cur[labelBLOC], bk[labelBLOC] = bestFromAny(prev, trans, labelBLOC)
		cur[labelBORG], bk[labelBORG] = bestFromAny(prev, trans, labelBORG)
		cur[labelIPER], bk[labelIPER] = bestInside(prev, trans, labelIPER)
		cur[labelILOC], bk[labelILOC] = bestInside(prev, trans, labelILOC)
		cur[labelIORG], bk[labelIORG] = bestInside(prev, trans, labelIORG)
		for y := range cur {
			cur[y] += em[y]
		}
	}
	last := (*[numLabels]float32)(delta[(n-1)*numLabels:])
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

// bestFromAny returns the best score of reaching label y, which may
// follow any label, and the label it comes from. Predecessors are tried
// in increasing order and replace the best only when strictly better, so
// ties resolve to the lowest label.
func bestFromAny(prev *[numLabels]float32, trans *[numLabels][numLabels]float32, y int) (float32, int8) {
	best, arg := negInf, int8(0)
	for p := 0; p < numLabels; p++ {
		if s := prev[p] + trans[p][y]; s > best {
			best, arg = s, int8(p)
		}
	}
	return best, arg
}

// bestInside is bestFromAny for an I label, which only its B label (y−1)
// and itself may precede.
func bestInside(prev *[numLabels]float32, trans *[numLabels][numLabels]float32, y int) (float32, int8) {
	best, arg := negInf, int8(0)
	if s := prev[y-1] + trans[y-1][y]; s > best {
		best, arg = s, int8(y-1)
	}
	if s := prev[y] + trans[y][y]; s > best {
		best, arg = s, int8(y)
	}
	return best, arg
}

// marginals holds the forward and backward scores of one sentence at a
// temperature, for span probabilities.
//
// The recursions run in probability space, rescaled at every position by
// a power of two so nothing overflows: the scaled forward score of label
// y at token i is ahat[i][y], and the true log forward score is
// log(ahat[i][y]) + aOff[i]; likewise bhat and bOff backward. Scaling by
// powers of two is exact, and keeping the offsets apart means the passes
// need one exp per token and label and no log per token; logs are taken
// only for the few spans whose probability is asked for.
type marginals struct {
	n          int
	ahat, bhat []float64 // scaled forward and backward scores, n × numLabels
	aOff, bOff []float64 // log scale of each position's ahat and bhat
	e          []float64 // exp(emission/T − shift) per token and label
	shift      []float64 // per-token maximum of emission/T
	logZ       float64
	l          *lattice
	inv        float64 // 1/temperature

	// Log-space forward and backward scores, filled by reset (the
	// training code reads them) but not by prepare.
	alpha, beta []float64

	// exp(score/T) of the start and transition scores, cached across
	// sentences for as long as the scores and temperature stay the same.
	// expT is zero where BIO forbids the transition; rawExpT is not.
	cacheInv         float64
	cacheStart       [numLabels]float32
	cacheTrans       [numLabels][numLabels]float32
	expStart         [numLabels]float64
	expT, rawExpT    [numLabels][numLabels]float64
	cacheInitialized bool
}

// ln2 converts the power-of-two scale exponents to natural logs.
const ln2 = math.Ln2

// reset runs forward-backward like prepare and also fills the log-space
// tables alpha and beta.
func (m *marginals) reset(l *lattice, temperature float64) {
	m.prepare(l, temperature)
	size := m.n * numLabels
	if cap(m.alpha) < size {
		m.alpha = make([]float64, size)
		m.beta = make([]float64, size)
	}
	m.alpha, m.beta = m.alpha[:size], m.beta[:size]
	for i := 0; i < m.n; i++ {
		for y := 0; y < numLabels; y++ {
			m.alpha[i*numLabels+y] = math.Log(m.ahat[i*numLabels+y]) + m.aOff[i]
			m.beta[i*numLabels+y] = math.Log(m.bhat[i*numLabels+y]) + m.bOff[i]
		}
	}
}

// prepare runs the scaled forward and backward passes over l at a
// temperature, after which span answers span probabilities.
func (m *marginals) prepare(l *lattice, temperature float64) {
	m.l, m.n = l, l.n
	m.inv = 1 / temperature
	n, inv := l.n, m.inv
	size := n * numLabels
	if cap(m.ahat) < size {
		m.ahat = make([]float64, size)
		m.bhat = make([]float64, size)
		m.e = make([]float64, size)
	}
	if cap(m.shift) < n {
		m.shift = make([]float64, n)
		m.aOff = make([]float64, n)
		m.bOff = make([]float64, n)
	}
	m.ahat, m.bhat, m.e = m.ahat[:size], m.bhat[:size], m.e[:size]
	m.shift, m.aOff, m.bOff = m.shift[:n], m.aOff[:n], m.bOff[:n]
	m.cacheExps(l, inv)
	if n == 0 {
		m.logZ = 0
		return
	}

	emit := l.emit[:size]
	for i := 0; i < n; i++ {
		em := (*[numLabels]float32)(emit[i*numLabels:])
		mx := float64(em[0]) * inv
		for _, v := range em[1:] {
			// A plain comparison: math.Max is a function call under
			// js/wasm, and emissions are never NaN.
			if x := float64(v) * inv; x > mx {
				mx = x
			}
		}
		m.shift[i] = mx
		var x [numLabels]float64
		for y, v := range em {
			x[y] = float64(v)*inv - mx
		}
		expNonPositive(m.e[i*numLabels:(i+1)*numLabels], x[:])
	}

	expT := &m.expT
	var cur, prev [numLabels]float64
	off := 0.0
	for i := 0; i < n; i++ {
		e := (*[numLabels]float64)(m.e[i*numLabels:])
		if i == 0 {
			for y := 0; y < numLabels; y++ {
				cur[y] = m.expStart[y] * e[y]
			}
		} else {
			for _, y := range openLabels {
				var t float64
				for p := 0; p < numLabels; p++ {
					t += prev[p] * expT[p][y]
				}
				cur[y] = t * e[y]
			}
			for _, y := range insideLabels {
				cur[y] = (prev[y-1]*expT[y-1][y] + prev[y]*expT[y][y]) * e[y]
			}
		}
		s := 0.0
		for _, v := range cur {
			s += v
		}
		mult, k := powerOfTwoScale(s)
		off += float64(k)*ln2 + m.shift[i]
		m.aOff[i] = off
		a := (*[numLabels]float64)(m.ahat[i*numLabels:])
		for y := range cur {
			cur[y] *= mult
			a[y] = cur[y]
		}
		prev = cur
	}
	m.logZ = math.Log(sum7(&cur)) + off

	b := (*[numLabels]float64)(m.bhat[(n-1)*numLabels:])
	for y := range cur {
		cur[y] = 1
		b[y] = 1
	}
	m.bOff[n-1] = 0
	off = 0
	for i := n - 2; i >= 0; i-- {
		e := (*[numLabels]float64)(m.e[(i+1)*numLabels:])
		var ne [numLabels]float64
		for y := range ne {
			ne[y] = e[y] * cur[y]
		}
		// Leaving label p: to O or any B, or to I-X when p is B-X or I-X.
		var open [numLabels]float64
		for p := 0; p < numLabels; p++ {
			open[p] = expT[p][labelO]*ne[labelO] + expT[p][labelBPER]*ne[labelBPER] +
				expT[p][labelBLOC]*ne[labelBLOC] + expT[p][labelBORG]*ne[labelBORG]
		}
		cur[labelO] = open[labelO]
		for _, y := range insideLabels {
			cur[y-1] = open[y-1] + expT[y-1][y]*ne[y]
			cur[y] = open[y] + expT[y][y]*ne[y]
		}
		s := sum7(&cur)
		mult, k := powerOfTwoScale(s)
		off += float64(k)*ln2 + m.shift[i+1]
		m.bOff[i] = off
		b := (*[numLabels]float64)(m.bhat[i*numLabels:])
		for p := range cur {
			cur[p] *= mult
			b[p] = cur[p]
		}
	}
}

// cacheExps fills expStart, expT and rawExpT for the lattice's start and
// transition scores at 1/temperature inv, unless they are already there.
func (m *marginals) cacheExps(l *lattice, inv float64) {
	if m.cacheInitialized && m.cacheInv == inv && m.cacheStart == *l.start && m.cacheTrans == *l.trans {
		return
	}
	m.cacheInv, m.cacheStart, m.cacheTrans = inv, *l.start, *l.trans
	for y := 0; y < numLabels; y++ {
		m.expStart[y] = 0
		if allowed(-1, y) {
			m.expStart[y] = math.Exp(float64(l.start[y]) * inv)
		}
		for p := 0; p < numLabels; p++ {
			m.rawExpT[p][y] = math.Exp(float64(l.trans[p][y]) * inv)
			m.expT[p][y] = 0
			if allowed(p, y) {
				m.expT[p][y] = m.rawExpT[p][y]
			}
		}
	}
	m.cacheInitialized = true
}

func sum7(v *[numLabels]float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

// powerOfTwoScale returns mult = 2^−k and k such that s·mult lies in
// [0.5, 1). A sum that is zero, subnormal or not finite is left alone
// (mult 1, k 0): the scores it came from carry no usable mass.
func powerOfTwoScale(s float64) (mult float64, k int) {
	bits := math.Float64bits(s)
	field := int(bits>>52) & 0x7ff
	if s <= 0 || field == 0 || field > 2044 {
		return 1, 0
	}
	k = field - 1022
	return math.Float64frombits(uint64(1023-k) << 52), k
}

// span returns the probability that tokens [s, e) form exactly one
// entity whose B label is b (I label b+1): B at s, I through e-1, and no
// I of the same type at e. The token after the span may take any other
// label, even one BIO forbids there, which keeps the confidences the
// calibration was fitted on.
func (m *marginals) span(s, e, b int) float64 {
	l, inv := m.l, m.inv
	in := b + 1
	lp := math.Log(m.ahat[s*numLabels+b]) + m.aOff[s]
	prev := b
	for k := s + 1; k < e; k++ {
		lp += float64(l.trans[prev][in]+l.emit[k*numLabels+in]) * inv
		prev = in
	}
	if e < m.n {
		lp += m.exitLog(prev, in, e)
	}
	p := math.Exp(lp - m.logZ)
	if p > 1 {
		p = 1
	}
	return p
}

// exitLog is the log of the total backward score leaving label prev at
// token e−1 for any label at e other than in.
func (m *marginals) exitLog(prev, in, e int) float64 {
	eb := e * numLabels
	var t float64
	for y := 0; y < numLabels; y++ {
		if y != in {
			t += m.rawExpT[prev][y] * m.e[eb+y] * m.bhat[eb+y]
		}
	}
	if t > 0 && !math.IsInf(t, 1) {
		return math.Log(t) + m.shift[e] + m.bOff[e]
	}
	// Underflow or overflow in probability space: redo it with logs.
	l, inv := m.l, m.inv
	var buf [numLabels]float64
	k := 0
	for y := 0; y < numLabels; y++ {
		if y == in {
			continue
		}
		buf[k] = float64(l.trans[prev][y]+l.emit[eb+y])*inv + math.Log(m.bhat[eb+y]) + m.bOff[e]
		k++
	}
	return logSumExp(buf[:k])
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
