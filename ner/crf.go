package ner

import (
	"math"
	"math/rand"

	"tippani/ner/gazetteer"
)

// crf trains the same linear-chain model as the perceptron, but as a
// conditional random field: stochastic gradient ascent on the
// log-likelihood with L2 regularization, gradients from forward-backward
// marginals under the BIO constraints. Train uses it when Algorithm is
// "crf"; MODEL.md records how it compares with the perceptron on dev.
type crf struct {
	bits  uint
	v     []float32 // weights = scale × v (lazy L2 decay)
	scale float64
	start [numLabels]float64
	trans [numLabels][numLabels]float64

	emit   []float32
	startF [numLabels]float32
	transF [numLabels][numLabels]float32
	lat    lattice
	marg   marginals
}

func newCRF(bits uint) *crf {
	return &crf{bits: bits, v: make([]float32, (1<<bits)*numLabels), scale: 1}
}

func (c *crf) train(d *featData, opts TrainOptions, rng *rand.Rand, skip func(int) bool, afterEpoch func(int)) {
	order := make([]int, 0, d.sentences())
	for s := 0; s < d.sentences(); s++ {
		if skip == nil || !skip(s) {
			order = append(order, s)
		}
	}
	n := float64(len(order))
	lambda := opts.L2 / n
	t := 0.0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, s := range order {
			lr := opts.LearningRate / (1 + opts.LearningRate*lambda*t)
			c.step(d, s, lr*float64(d.step[s]), lr*lambda)
			t++
		}
		if afterEpoch != nil {
			afterEpoch(epoch)
		}
	}
}

func (c *crf) step(d *featData, s int, lr, decay float64) {
	t0, t1 := int(d.sentOff[s]), int(d.sentOff[s+1])
	n := t1 - t0
	if n == 0 {
		return
	}
	c.scale *= 1 - decay
	if c.scale < 1e-4 {
		for i := range c.v {
			c.v[i] *= float32(c.scale)
		}
		c.scale = 1
	}
	if cap(c.emit) < n*numLabels {
		c.emit = make([]float32, n*numLabels)
	}
	c.emit = c.emit[:n*numLabels]
	sc := float32(c.scale)
	for i := 0; i < n; i++ {
		em := c.emit[i*numLabels : (i+1)*numLabels]
		clear(em)
		for _, b := range d.feats[d.tokOff[t0+i]:d.tokOff[t0+i+1]] {
			row := c.v[int(b)*numLabels : int(b)*numLabels+numLabels]
			for y := range em {
				em[y] += row[y]
			}
		}
		for y := range em {
			em[y] *= sc
		}
	}
	for y := 0; y < numLabels; y++ {
		c.startF[y] = float32(c.start[y])
		for z := 0; z < numLabels; z++ {
			c.transF[y][z] = float32(c.trans[y][z])
		}
	}
	c.lat = lattice{n: n, emit: c.emit, start: &c.startF, trans: &c.transF}
	c.marg.reset(&c.lat, 1)
	m := &c.marg
	gold := d.gold[t0:t1]
	step := float32(lr / c.scale)
	var g [numLabels]float32
	for i := 0; i < n; i++ {
		for y := 0; y < numLabels; y++ {
			p := math.Exp(m.alpha[i*numLabels+y] + m.beta[i*numLabels+y] - m.logZ)
			g[y] = -float32(p)
		}
		g[gold[i]] += 1
		for _, b := range d.feats[d.tokOff[t0+i]:d.tokOff[t0+i+1]] {
			row := c.v[int(b)*numLabels : int(b)*numLabels+numLabels]
			for y := range row {
				row[y] += step * g[y]
			}
		}
		if i == 0 {
			for y := 0; y < numLabels; y++ {
				c.start[y] += lr * float64(g[y])
			}
			continue
		}
		for a := 0; a < numLabels; a++ {
			for b := 0; b < numLabels; b++ {
				if !allowed(a, b) {
					continue
				}
				p := math.Exp(m.alpha[(i-1)*numLabels+a] + float64(c.transF[a][b]+c.emit[i*numLabels+b]) + m.beta[i*numLabels+b] - m.logZ)
				gr := -p
				if int(gold[i-1]) == a && int(gold[i]) == b {
					gr += 1
				}
				c.trans[a][b] += lr * gr
			}
		}
	}
}

func (c *crf) model(opts TrainOptions, mined *gazetteer.Set) *Model {
	m := &Model{bits: c.bits, mined: mined, calib: defaultCalibration}
	if opts.Domain == "feda" {
		m.salt = ilnerSalt
	}
	for y := 0; y < numLabels; y++ {
		m.start[y] = float32(c.start[y])
		for z := 0; z < numLabels; z++ {
			m.trans[y][z] = float32(c.trans[y][z])
		}
	}
	w := make([]float32, len(c.v))
	for i, x := range c.v {
		w[i] = x * float32(c.scale)
	}
	m.setWeights(w, opts.QuantBits, float32(opts.Prune))
	m.finish()
	return m
}
