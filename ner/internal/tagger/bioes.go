package tagger

import "math"

// The BIOES experiment (build tag bioes, labels_bioes.go): code that only
// runs when bioesScheme is true. In the BIO build it is compiled but
// never called. Labels bioLabels+2t and bioLabels+2t+1 are E-X and S-X
// of type t, whose BIO B label is 1+2t.
const bioLabels = 7

// endOf and singleOf return the E and S labels of the type whose BIO B
// label is b.
func endOf(b int) int    { return bioLabels + b - 1 }
func singleOf(b int) int { return bioLabels + b }

// toBIOES writes the BIOES reading of BIO labels into dst and returns it,
// with only the labels allowed uses (an unused S leaves a one-token name
// B-X, an unused E leaves a name's last token I-X).
func toBIOES(dst, bio []int8) []int8 {
	dst = append(dst[:0], bio...)
	for i, j, b := NextSpan(bio, 0); i < len(bio); i, j, b = NextSpan(bio, j) {
		if j-i == 1 {
			if allowed(-1, singleOf(b)) {
				dst[i] = int8(singleOf(b))
			}
			continue
		}
		if allowed(b, endOf(b)) {
			dst[j-1] = int8(endOf(b))
		}
	}
	return dst
}

// fromBIOES rewrites BIOES labels as BIO in place: E-X → I-X, S-X → B-X.
func fromBIOES(labels []int) {
	for i, y := range labels {
		if y >= bioLabels {
			if (y-bioLabels)%2 == 0 {
				labels[i] = y - bioLabels + 2
			} else {
				labels[i] = y - bioLabels
			}
		}
	}
}

// endAllowed reports whether a sentence may end on label y: not inside
// a name.
func endAllowed(y int) bool { return allowed(y, LabelO) }

// banBIOES gives the E and S labels of a banned type bannedSum.
func (b labelBan) banBIOES(acc *[NumLabels]int32) {
	for y := bioLabels; y < NumLabels; y++ {
		person := y-bioLabels < 2
		if b&banName != 0 || person && b&banPerson != 0 {
			acc[y] = bannedSum
		}
	}
}

// viterbiAny is Viterbi for any label set under allowed and endAllowed.
func (l *lattice) viterbiAny(out []int) {
	n := l.n
	if n == 0 {
		return
	}
	if cap(l.backAny) < n*NumLabels {
		l.backAny = make([]int8, n*NumLabels)
	}
	back := l.backAny[:n*NumLabels]
	var prev, cur [NumLabels]float32
	for y := 0; y < NumLabels; y++ {
		prev[y] = negInf
		if allowed(-1, y) {
			prev[y] = l.start[y] + l.emit[y]
		}
	}
	for i := 1; i < n; i++ {
		em := l.emit[i*NumLabels : (i+1)*NumLabels]
		for y := 0; y < NumLabels; y++ {
			best, arg := negInf, 0
			for p := 0; p < NumLabels; p++ {
				if !allowed(p, y) {
					continue
				}
				if s := prev[p] + l.trans[p][y]; s > best {
					best, arg = s, p
				}
			}
			cur[y] = best + em[y]
			back[i*NumLabels+y] = int8(arg)
		}
		prev = cur
	}
	best, arg := negInf, 0
	for y := 0; y < NumLabels; y++ {
		if endAllowed(y) && prev[y] > best {
			best, arg = prev[y], y
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = int(back[i*NumLabels+arg])
	}
}

// passesAny runs the scaled forward and backward passes of prepare (after
// m.e and m.shift are filled) for any label set, with the sentence's end
// restricted by endAllowed.
func (m *marginals) passesAny() {
	n := m.n
	t := &m.expT
	var c [NumLabels]float64
	off := 0.0
	for i := 0; i < n; i++ {
		e := m.e[i*NumLabels : (i+1)*NumLabels]
		var nc [NumLabels]float64
		for y := 0; y < NumLabels; y++ {
			if i == 0 {
				nc[y] = m.expStart[y] * e[y]
				continue
			}
			s := 0.0
			for p := 0; p < NumLabels; p++ {
				s += c[p] * t[p][y]
			}
			nc[y] = s * e[y]
		}
		sum := 0.0
		for _, v := range nc {
			sum += v
		}
		mult, k := powerOfTwoScale(sum)
		off += float64(k)*ln2 + m.shift[i]
		m.aOff[i] = off
		for y := range nc {
			c[y] = nc[y] * mult
			m.ahat[i*NumLabels+y] = c[y]
		}
	}
	z := 0.0
	for y := 0; y < NumLabels; y++ {
		if endAllowed(y) {
			z += c[y]
		}
	}
	m.logZ = math.Log(z) + off

	for y := 0; y < NumLabels; y++ {
		c[y] = 0
		if endAllowed(y) {
			c[y] = 1
		}
		m.bhat[(n-1)*NumLabels+y] = c[y]
	}
	m.bOff[n-1] = 0
	off = 0
	for i := n - 2; i >= 0; i-- {
		e := m.e[(i+1)*NumLabels : (i+2)*NumLabels]
		var ec, nc [NumLabels]float64
		for y := range ec {
			ec[y] = e[y] * c[y]
		}
		sum := 0.0
		for p := 0; p < NumLabels; p++ {
			s := 0.0
			for y := 0; y < NumLabels; y++ {
				s += t[p][y] * ec[y]
			}
			nc[p] = s
			sum += s
		}
		mult, k := powerOfTwoScale(sum)
		off += float64(k)*ln2 + m.shift[i+1]
		m.bOff[i] = off
		for p := range nc {
			c[p] = nc[p] * mult
			m.bhat[i*NumLabels+p] = c[p]
		}
	}
}

// spanBIOES is span under the BIOES labels in use: tokens [s, e) read
// as exactly one name of B label b (S-X, or B-X, I-X and E-X, as
// toBIOES writes it), and the token after it, if any, not continuing it.
func (m *marginals) spanBIOES(s, e, b int) float64 {
	l, inv := m.l, m.inv
	scheme := make([]int8, e-s)
	scheme[0] = int8(b)
	for k := 1; k < len(scheme); k++ {
		scheme[k] = int8(b + 1)
	}
	scheme = toBIOES(scheme[:0], scheme)
	prev := int(scheme[0])
	lp := math.Log(m.ahat[s*NumLabels+prev]) + m.aOff[s]
	for k := s + 1; k < e; k++ {
		y := int(scheme[k-s])
		lp += float64(l.trans[prev][y]+l.emit[k*NumLabels+y]) * inv
		prev = y
	}
	if e == m.n {
		lp += math.Log(m.bhat[(e-1)*NumLabels+prev]) + m.bOff[e-1]
	} else {
		eb := e * NumLabels
		var t float64
		for y := 0; y < NumLabels; y++ {
			if y != b+1 && y != endOf(b) {
				t += m.expT[prev][y] * m.e[eb+y] * m.bhat[eb+y]
			}
		}
		lp += math.Log(t) + m.shift[e] + m.bOff[e]
	}
	p := math.Exp(lp - m.logZ)
	if p > 1 {
		p = 1
	}
	return p
}

// addRowsAny adds 16-bit rows of any width to acc.
func (t *weightTable) addRowsAny(acc *[NumLabels]int32, buckets []uint32) {
	for _, b := range buckets {
		row := t.w16[t.find(b)*rowStride:]
		for y := range acc {
			acc[y] += int32(row[y])
		}
	}
}
