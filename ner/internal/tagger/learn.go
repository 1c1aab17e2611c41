package tagger

import (
	"math"

	"tippani/ner/gazetteer"
)

// The learning side of the model: a featurized corpus, the averaged
// structured perceptron that learns from it, and the step from float
// parameters to a quantized Model. The training lab (ner/train) drives
// them; they live here because they share the featurizer, the lattice and
// the weight layout with prediction, and because a reader's corrections
// can be learned by the same step.

// FeatData is a featurized corpus held in flat arrays.
type FeatData struct {
	feats   []uint32 // buckets of all tokens
	tokOff  []int32  // token t owns feats[tokOff[t]:tokOff[t+1]]
	sentOff []int32  // sentence s owns tokens sentOff[s]:sentOff[s+1]
	gold    []int8
	step    []float32 // perceptron step per sentence
	group   []int8
	fold    []int8
	// salted marks the sentences featurized with a salted copy of every
	// feature; see wordFeature
	salted []bool
}

// NewFeatData returns an empty featurized corpus.
func NewFeatData() *FeatData {
	return &FeatData{tokOff: []int32{0}, sentOff: []int32{0}}
}

// A Sentence is one training sentence as FeatData.Add takes it.
type Sentence struct {
	Words []string // display form (DisplayWords)
	Gold  []int8   // one label per word (LabelIndex)
	// Salt, when non-zero, gives every feature a second copy under it
	// (a corpus-specific copy; prediction uses a model's own salt).
	Salt uint64
	Step float32 // the perceptron's step for this sentence
	// Group and Fold are the caller's: its corpus and its fold, for
	// choosing held-out sentences (Group, Fold).
	Group, Fold int8
}

// Add featurizes s with f and appends it.
func (d *FeatData) Add(f *Featurizer, s Sentence) {
	f.sentence(s.Words, s.Salt)
	base := int32(len(d.feats))
	d.feats = append(d.feats, f.feats...)
	for i := 1; i < len(f.offs); i++ {
		d.tokOff = append(d.tokOff, base+f.offs[i])
	}
	d.gold = append(d.gold, s.Gold...)
	d.sentOff = append(d.sentOff, int32(len(d.gold)))
	d.step = append(d.step, s.Step)
	d.group = append(d.group, s.Group)
	d.fold = append(d.fold, s.Fold)
	d.salted = append(d.salted, s.Salt != 0)
}

// Sentences is the number of sentences added.
func (d *FeatData) Sentences() int { return len(d.sentOff) - 1 }

// Tokens is the number of tokens added; Features the number of feature
// buckets they hold.
func (d *FeatData) Tokens() int   { return len(d.gold) }
func (d *FeatData) Features() int { return len(d.feats) }

// Group and Fold return what Add was given for sentence s.
func (d *FeatData) Group(s int) int8 { return d.group[s] }
func (d *FeatData) Fold(s int) int8  { return d.fold[s] }

// wordFeature is where the whole-word feature of a token of sentence s
// sits among its buckets: at index at, with width copies (the general
// one, and the salted one when the sentence has a copy), since each
// own feature is followed by its salted copy.
func (d *FeatData) wordFeature(s int) (at, width int32) {
	if d.salted[s] {
		return 2, 2
	}
	return 1, 1
}

// Random is the randomness training draws on: data order and word
// dropout. *math/rand.Rand satisfies it.
type Random interface {
	Float64() float64
	Shuffle(n int, swap func(i, j int))
}

// Schedule says how a Perceptron is trained.
type Schedule struct {
	Epochs int // passes over the data
	// WordDropout is the probability that a token's whole-word feature
	// is hidden in a training step, so the model must also learn the
	// affix, shape, context and list features that carry over to names
	// it has never seen.
	WordDropout float64
}

// Perceptron is an averaged structured perceptron over hashed features.
// Averaging uses the usual trick: alongside the weights w it keeps
// u = Σ c·Δw, where c counts examples seen, so the average is w − u/c
// without touching every weight on every step.
type Perceptron struct {
	bits    uint
	w       []float32
	u       []float64
	start   [NumLabels]float32
	su      [NumLabels]float64
	trans   [NumLabels][NumLabels]float32
	transU  [NumLabels][NumLabels]float64
	c       float64
	emit    []float32
	pred    []int
	lat     lattice
	dropout float64
	rng     Random
	drop    []bool
}

// NewPerceptron returns a perceptron with a table of 1<<bits rows, all
// weights zero.
func NewPerceptron(bits uint) *Perceptron {
	size := (1 << bits) * NumLabels
	return &Perceptron{bits: bits, w: make([]float32, size), u: make([]float64, size), c: 1}
}

// Train runs sch.Epochs passes over d in an order drawn from rng,
// skipping sentences for which skip returns true, and calls afterEpoch
// (when not nil) after each pass.
func (p *Perceptron) Train(d *FeatData, sch Schedule, rng Random, skip func(int) bool, afterEpoch func(int)) {
	order := make([]int, 0, d.Sentences())
	for s := 0; s < d.Sentences(); s++ {
		if skip == nil || !skip(s) {
			order = append(order, s)
		}
	}
	p.dropout, p.rng = sch.WordDropout, rng
	for epoch := 1; epoch <= sch.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, s := range order {
			p.step(d, s)
			p.c++
		}
		if afterEpoch != nil {
			afterEpoch(epoch)
		}
	}
}

// scores fills p.emit for sentence s with the current weights.
func (p *Perceptron) scores(d *FeatData, s int, w []float32) int {
	t0, t1 := int(d.sentOff[s]), int(d.sentOff[s+1])
	n := t1 - t0
	if cap(p.emit) < n*NumLabels {
		p.emit = make([]float32, n*NumLabels)
	}
	p.emit = p.emit[:n*NumLabels]
	clear(p.emit)
	if cap(p.drop) < n {
		p.drop = make([]bool, n)
	}
	p.drop = p.drop[:n]
	for i := range p.drop {
		p.drop[i] = p.dropout > 0 && p.rng.Float64() < p.dropout
	}
	wordAt, wordWidth := d.wordFeature(s)
	for i := 0; i < n; i++ {
		em := p.emit[i*NumLabels : (i+1)*NumLabels]
		for k, b := range d.feats[d.tokOff[t0+i]:d.tokOff[t0+i+1]] {
			if p.drop[i] && int32(k) >= wordAt && int32(k) < wordAt+wordWidth {
				continue
			}
			row := w[int(b)*NumLabels : int(b)*NumLabels+NumLabels]
			for y := range em {
				em[y] += row[y]
			}
		}
	}
	return n
}

func (p *Perceptron) step(d *FeatData, s int) {
	n := p.scores(d, s, p.w)
	if n == 0 {
		return
	}
	if cap(p.pred) < n {
		p.pred = make([]int, n)
	}
	pred := p.pred[:n]
	wordAt, wordWidth := d.wordFeature(s)
	p.lat = lattice{n: n, emit: p.emit, start: &p.start, trans: &p.trans, back: p.lat.back}
	p.lat.viterbi(pred)
	t0 := int(d.sentOff[s])
	gold := d.gold[t0 : t0+n]
	eta := d.step[s]
	cη := float64(eta) * p.c
	for i := 0; i < n; i++ {
		g, y := int(gold[i]), pred[i]
		gp, yp := -1, -1
		if i > 0 {
			gp, yp = int(gold[i-1]), pred[i-1]
		}
		if g != y {
			for k, b := range d.feats[d.tokOff[t0+i]:d.tokOff[t0+i+1]] {
				if p.drop[i] && int32(k) >= wordAt && int32(k) < wordAt+wordWidth {
					continue
				}
				gi, yi := int(b)*NumLabels+g, int(b)*NumLabels+y
				p.w[gi] += eta
				p.u[gi] += cη
				p.w[yi] -= eta
				p.u[yi] -= cη
			}
		}
		if g != y || gp != yp {
			if i == 0 {
				p.start[g] += eta
				p.su[g] += cη
				p.start[y] -= eta
				p.su[y] -= cη
			} else {
				p.trans[gp][g] += eta
				p.transU[gp][g] += cη
				p.trans[yp][y] -= eta
				p.transU[yp][y] -= cη
			}
		}
	}
}

// averaged returns the averaged weights as float32.
func (p *Perceptron) averaged() []float32 {
	avg := make([]float32, len(p.w))
	for i, w := range p.w {
		avg[i] = float32(float64(w) - p.u[i]/p.c)
	}
	return avg
}

// Params returns the averaged weights, start and transition scores.
func (p *Perceptron) Params() Params {
	var lp Params
	for y := 0; y < NumLabels; y++ {
		lp.Start[y] = float32(float64(p.start[y]) - p.su[y]/p.c)
		for z := 0; z < NumLabels; z++ {
			lp.Trans[y][z] = float32(float64(p.trans[y][z]) - p.transU[y][z]/p.c)
		}
	}
	lp.W = p.averaged()
	return lp
}

// Params are the float parameters of the linear-chain model before
// quantization: emission weights (1<<bits rows of NumLabels), start and
// transition scores.
type Params struct {
	W     []float32
	Start [NumLabels]float32
	Trans [NumLabels][NumLabels]float32
}

// Build says how float parameters become a Model.
type Build struct {
	// Salt, when non-zero, makes every feature also fire its copy under
	// this salt at prediction (feature augmentation).
	Salt  uint64
	Quant Quantization
	Mined *gazetteer.Set
	Known KnownWords
}

// Model quantizes the parameters into a Model with the default
// calibration and no O bias.
func (lp Params) Model(b Build) *Model {
	bits := uint(0)
	for 1<<bits < len(lp.W)/NumLabels {
		bits++
	}
	m := &Model{bits: bits, mined: b.Mined, known: b.Known, salt: b.Salt, calib: defaultCalibration, start: lp.Start, trans: lp.Trans}
	m.setWeights(lp.W, b.Quant)
	m.finish()
	return m
}

// SetOBias sets the constant subtracted from every O score.
func (m *Model) SetOBias(b float32) { m.oBias = b }

// SetCalibration sets the mapping from span marginals to confidences.
func (m *Model) SetCalibration(c Calibration) { m.calib = c }

// Quantization says how float weights become the integers the model
// file stores and the table sums.
type Quantization struct {
	Bits int // 8 or 16 bit integers
	// Prune drops every weight of smaller magnitude (in float units);
	// rows left all zero are not stored.
	Prune float64
}

// setWeights quantizes float weights (stride NumLabels) as q says.
func (m *Model) setWeights(w []float32, q Quantization) {
	var maxAbs float32
	for _, v := range w {
		if a := float32(math.Abs(float64(v))); a > maxAbs {
			maxAbs = a
		}
	}
	levels := float32(int(1)<<(q.Bits-1) - 1)
	m.scale = maxAbs / levels
	if m.scale == 0 {
		m.scale = 1
	}
	rows := len(w) / NumLabels
	m.weights = make([]int16, rows*rowStride)
	for r := 0; r < rows; r++ {
		for y := 0; y < NumLabels; y++ {
			v := w[r*NumLabels+y]
			if math.Abs(float64(v)) < q.Prune {
				continue
			}
			m.weights[r*rowStride+y] = int16(math.Round(float64(v / m.scale)))
		}
	}
}
