package tagger

import "math"

// lattice holds everything Viterbi and forward-backward need for one
// sentence: per-token label scores (emissions) and the model's label
// transitions. Scores are float32 in weight units.
type lattice struct {
	n     int
	emit  []float32 // n × NumLabels
	start *[NumLabels]float32
	trans *[NumLabels][NumLabels]float32
	// scratch for decoding, reused across sentences: each token's seven
	// back pointers, three bits each
	back []uint32
}

const negInf = float32(-1e30)

// Under BIO an I-X label may follow only B-X (= I-X − 1) or I-X; O and
// the B labels may follow anything. Viterbi and forward-backward are
// written out for this structure, label by label, instead of testing
// allowed for every pair of labels.

// viterbi writes the best BIO-valid label sequence into out (len n).
func (l *lattice) viterbi(out []int) {
	n := l.n
	if n == 0 {
		return
	}
	if cap(l.back) < n {
		l.back = make([]uint32, n)
	}
	back := l.back[:n]
	emit := l.emit[:n*NumLabels]
	var first [NumLabels]float32
	for y := 0; y < NumLabels; y++ {
		if allowed(-1, y) {
			first[y] = l.start[y] + emit[y]
		} else {
			first[y] = negInf
		}
	}
	// The previous token's scores live in locals: under js/wasm every
	// array element read or written is a memory access on Go's stack,
	// and locals stay in wasm locals. Only the last token's scores are
	// needed at the end, so no per-token scores are stored at all, and a
	// token's seven back pointers (three bits each) are stored as one
	// word. Predecessors are tried in increasing order and replace the
	// best only when strictly better, so ties resolve to the lowest label.
	p0, p1, p2, p3, p4, p5, p6 := first[0], first[1], first[2], first[3], first[4], first[5], first[6]
	t := *l.trans // a copy on the stack: no nil check per token
	for i := 1; i < n; i++ {
		em := (*[NumLabels]float32)(emit[i*NumLabels:])
		c0, b0 := negInf, int8(0)
		c0, b0 = better(c0, b0, p0+t[0][0], 0)
		c0, b0 = better(c0, b0, p1+t[1][0], 1)
		c0, b0 = better(c0, b0, p2+t[2][0], 2)
		c0, b0 = better(c0, b0, p3+t[3][0], 3)
		c0, b0 = better(c0, b0, p4+t[4][0], 4)
		c0, b0 = better(c0, b0, p5+t[5][0], 5)
		c0, b0 = better(c0, b0, p6+t[6][0], 6)
		c1, b1 := negInf, int8(0)
		c1, b1 = better(c1, b1, p0+t[0][1], 0)
		c1, b1 = better(c1, b1, p1+t[1][1], 1)
		c1, b1 = better(c1, b1, p2+t[2][1], 2)
		c1, b1 = better(c1, b1, p3+t[3][1], 3)
		c1, b1 = better(c1, b1, p4+t[4][1], 4)
		c1, b1 = better(c1, b1, p5+t[5][1], 5)
		c1, b1 = better(c1, b1, p6+t[6][1], 6)
		c2, b2 := better(negInf, 0, p1+t[1][2], 1)
		c2, b2 = better(c2, b2, p2+t[2][2], 2)
		c3, b3 := negInf, int8(0)
		c3, b3 = better(c3, b3, p0+t[0][3], 0)
		c3, b3 = better(c3, b3, p1+t[1][3], 1)
		c3, b3 = better(c3, b3, p2+t[2][3], 2)
		c3, b3 = better(c3, b3, p3+t[3][3], 3)
		c3, b3 = better(c3, b3, p4+t[4][3], 4)
		c3, b3 = better(c3, b3, p5+t[5][3], 5)
		c3, b3 = better(c3, b3, p6+t[6][3], 6)
		c4, b4 := better(negInf, 0, p3+t[3][4], 3)
		c4, b4 = better(c4, b4, p4+t[4][4], 4)
		c5, b5 := negInf, int8(0)
		c5, b5 = better(c5, b5, p0+t[0][5], 0)
		c5, b5 = better(c5, b5, p1+t[1][5], 1)
		c5, b5 = better(c5, b5, p2+t[2][5], 2)
		c5, b5 = better(c5, b5, p3+t[3][5], 3)
		c5, b5 = better(c5, b5, p4+t[4][5], 4)
		c5, b5 = better(c5, b5, p5+t[5][5], 5)
		c5, b5 = better(c5, b5, p6+t[6][5], 6)
		c6, b6 := better(negInf, 0, p5+t[5][6], 5)
		c6, b6 = better(c6, b6, p6+t[6][6], 6)
		p0, p1, p2, p3, p4, p5, p6 = c0+em[0], c1+em[1], c2+em[2], c3+em[3], c4+em[4], c5+em[5], c6+em[6]
		back[i] = uint32(b0) | uint32(b1)<<3 | uint32(b2)<<6 | uint32(b3)<<9 | uint32(b4)<<12 | uint32(b5)<<15 | uint32(b6)<<18
	}

	last := [NumLabels]float32{p0, p1, p2, p3, p4, p5, p6}
	best, arg := negInf, 0
	for y := 0; y < NumLabels; y++ {
		if last[y] > best {
			best, arg = last[y], y
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i] >> (3 * arg) & 7)
	}
}

// better returns (s, p) when s beats best, else (best, arg).
func better(best float32, arg int8, s float32, p int8) (float32, int8) {
	if s > best {
		return s, p
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
	ahat, bhat []float64 // scaled forward and backward scores, n × NumLabels
	aOff, bOff []float64 // log scale of each position's ahat and bhat
	e          []float64 // exp(emission/T − shift) per token and label
	shift      []float64 // per-token maximum of emission/T
	logZ       float64
	l          *lattice
	inv        float64 // 1/temperature

	// exp(score/T) of the start and transition scores, cached across
	// sentences for as long as the scores and temperature stay the same.
	// expT is zero where BIO forbids the transition; rawExpT is not.
	cacheInv         float64
	cacheStart       [NumLabels]float32
	cacheTrans       [NumLabels][NumLabels]float32
	expStart         [NumLabels]float64
	expT, rawExpT    [NumLabels][NumLabels]float64
	cacheInitialized bool
}

// ln2 converts the power-of-two scale exponents to natural logs.
const ln2 = math.Ln2

// prepare runs the scaled forward and backward passes over l at a
// temperature, after which span answers span probabilities.
func (m *marginals) prepare(l *lattice, temperature float64) {
	m.l, m.n = l, l.n
	m.inv = 1 / temperature
	n, inv := l.n, m.inv
	size := n * NumLabels
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
		em := (*[NumLabels]float32)(emit[i*NumLabels:])
		mx := float64(em[0]) * inv
		for _, v := range em[1:] {
			// A plain comparison: math.Max is a function call under
			// js/wasm, and emissions are never NaN.
			if x := float64(v) * inv; x > mx {
				mx = x
			}
		}
		m.shift[i] = mx
		var x [NumLabels]float64
		for y, v := range em {
			x[y] = float64(v)*inv - mx
		}
		expNonPositive(m.e[i*NumLabels:(i+1)*NumLabels], x[:])
	}

	// The running scores live in locals (c0…c6), not in arrays: under
	// js/wasm every array element read or written is a memory access on
	// Go's stack. Sums are taken in label order, starting from zero.
	t := &m.expT
	var c0, c1, c2, c3, c4, c5, c6 float64
	off := 0.0
	for i := 0; i < n; i++ {
		e := (*[NumLabels]float64)(m.e[i*NumLabels:])
		if i == 0 {
			st := &m.expStart
			c0, c1, c2, c3, c4, c5, c6 = st[0]*e[0], st[1]*e[1], st[2]*e[2], st[3]*e[3], st[4]*e[4], st[5]*e[5], st[6]*e[6]
		} else {
			// O and the B labels may follow any label; I-X only B-X and I-X.
			n0 := (0 + c0*t[0][0] + c1*t[1][0] + c2*t[2][0] + c3*t[3][0] + c4*t[4][0] + c5*t[5][0] + c6*t[6][0]) * e[0]
			n1 := (0 + c0*t[0][1] + c1*t[1][1] + c2*t[2][1] + c3*t[3][1] + c4*t[4][1] + c5*t[5][1] + c6*t[6][1]) * e[1]
			n3 := (0 + c0*t[0][3] + c1*t[1][3] + c2*t[2][3] + c3*t[3][3] + c4*t[4][3] + c5*t[5][3] + c6*t[6][3]) * e[3]
			n5 := (0 + c0*t[0][5] + c1*t[1][5] + c2*t[2][5] + c3*t[3][5] + c4*t[4][5] + c5*t[5][5] + c6*t[6][5]) * e[5]
			n2 := (c1*t[1][2] + c2*t[2][2]) * e[2]
			n4 := (c3*t[3][4] + c4*t[4][4]) * e[4]
			n6 := (c5*t[5][6] + c6*t[6][6]) * e[6]
			c0, c1, c2, c3, c4, c5, c6 = n0, n1, n2, n3, n4, n5, n6
		}
		mult, k := powerOfTwoScale(0 + c0 + c1 + c2 + c3 + c4 + c5 + c6)
		off += float64(k)*ln2 + m.shift[i]
		m.aOff[i] = off
		c0, c1, c2, c3, c4, c5, c6 = c0*mult, c1*mult, c2*mult, c3*mult, c4*mult, c5*mult, c6*mult
		a := (*[NumLabels]float64)(m.ahat[i*NumLabels:])
		a[0], a[1], a[2], a[3], a[4], a[5], a[6] = c0, c1, c2, c3, c4, c5, c6
	}
	m.logZ = math.Log(0+c0+c1+c2+c3+c4+c5+c6) + off

	b := (*[NumLabels]float64)(m.bhat[(n-1)*NumLabels:])
	for y := range b {
		b[y] = 1
	}
	c0, c1, c2, c3, c4, c5, c6 = 1, 1, 1, 1, 1, 1, 1
	m.bOff[n-1] = 0
	off = 0
	for i := n - 2; i >= 0; i-- {
		e := (*[NumLabels]float64)(m.e[(i+1)*NumLabels:])
		e0, e1, e2, e3, e4, e5, e6 := e[0]*c0, e[1]*c1, e[2]*c2, e[3]*c3, e[4]*c4, e[5]*c5, e[6]*c6
		// Leaving label p: to O or any B, or to I-X when p is B-X or I-X.
		o0 := t[0][0]*e0 + t[0][1]*e1 + t[0][3]*e3 + t[0][5]*e5
		o1 := t[1][0]*e0 + t[1][1]*e1 + t[1][3]*e3 + t[1][5]*e5
		o2 := t[2][0]*e0 + t[2][1]*e1 + t[2][3]*e3 + t[2][5]*e5
		o3 := t[3][0]*e0 + t[3][1]*e1 + t[3][3]*e3 + t[3][5]*e5
		o4 := t[4][0]*e0 + t[4][1]*e1 + t[4][3]*e3 + t[4][5]*e5
		o5 := t[5][0]*e0 + t[5][1]*e1 + t[5][3]*e3 + t[5][5]*e5
		o6 := t[6][0]*e0 + t[6][1]*e1 + t[6][3]*e3 + t[6][5]*e5
		c0 = o0
		c1 = o1 + t[1][2]*e2
		c2 = o2 + t[2][2]*e2
		c3 = o3 + t[3][4]*e4
		c4 = o4 + t[4][4]*e4
		c5 = o5 + t[5][6]*e6
		c6 = o6 + t[6][6]*e6
		mult, k := powerOfTwoScale(0 + c0 + c1 + c2 + c3 + c4 + c5 + c6)
		off += float64(k)*ln2 + m.shift[i+1]
		m.bOff[i] = off
		c0, c1, c2, c3, c4, c5, c6 = c0*mult, c1*mult, c2*mult, c3*mult, c4*mult, c5*mult, c6*mult
		b := (*[NumLabels]float64)(m.bhat[i*NumLabels:])
		b[0], b[1], b[2], b[3], b[4], b[5], b[6] = c0, c1, c2, c3, c4, c5, c6
	}
}

// cacheExps fills expStart, expT and rawExpT for the lattice's start and
// transition scores at 1/temperature inv, unless they are already there.
func (m *marginals) cacheExps(l *lattice, inv float64) {
	if m.cacheInitialized && m.cacheInv == inv && m.cacheStart == *l.start && m.cacheTrans == *l.trans {
		return
	}
	m.cacheInv, m.cacheStart, m.cacheTrans = inv, *l.start, *l.trans
	for y := 0; y < NumLabels; y++ {
		m.expStart[y] = 0
		if allowed(-1, y) {
			m.expStart[y] = math.Exp(float64(l.start[y]) * inv)
		}
		for p := 0; p < NumLabels; p++ {
			m.rawExpT[p][y] = math.Exp(float64(l.trans[p][y]) * inv)
			m.expT[p][y] = 0
			if allowed(p, y) {
				m.expT[p][y] = m.rawExpT[p][y]
			}
		}
	}
	m.cacheInitialized = true
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
// Calibration was fitted on.
func (m *marginals) span(s, e, b int) float64 {
	l, inv := m.l, m.inv
	in := b + 1
	lp := math.Log(m.ahat[s*NumLabels+b]) + m.aOff[s]
	prev := b
	for k := s + 1; k < e; k++ {
		lp += float64(l.trans[prev][in]+l.emit[k*NumLabels+in]) * inv
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
	eb := e * NumLabels
	var t float64
	for y := 0; y < NumLabels; y++ {
		if y != in {
			t += m.rawExpT[prev][y] * m.e[eb+y] * m.bhat[eb+y]
		}
	}
	if t > 0 && !math.IsInf(t, 1) {
		return math.Log(t) + m.shift[e] + m.bOff[e]
	}
	// Underflow or overflow in probability space: redo it with logs.
	l, inv := m.l, m.inv
	var buf [NumLabels]float64
	k := 0
	for y := 0; y < NumLabels; y++ {
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
