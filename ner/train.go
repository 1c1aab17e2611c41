package ner

import (
	"fmt"
	"io"
	"math"
	"math/rand"
	"path/filepath"
	"time"

	"tippani/ner/conll"
	"tippani/ner/gazetteer"
)

// TrainOptions control Train. The zero value is not meaningful; start
// from DefaultTrainOptions.
type TrainOptions struct {
	DataDir     string  // directory with the CoNLL corpora
	Bits        uint    // weight table has 1<<Bits rows
	Epochs      int     // passes over the training data
	Seed        int64   // shuffling seed; same seed, same model
	Domain      Domain  // how the corpora are combined
	HiNERWeight float64 // perceptron step for HiNER sentences (IL-NER steps are 1)
	// AlignEdges rewrites HiNER's span edges into IL-NER's annotation
	// conventions, learned from the IL-NER training split, while loading
	// (align.go).
	AlignEdges bool
	// RepairSpans trims function words and lone brackets off the edges
	// of training spans (repair.go) before anything is learned from them.
	RepairSpans bool
	// MultiCoNERWeight is the perceptron step for MultiCoNER II training
	// sentences (types mapped to PER/LOC/ORG); 0 leaves the corpus out.
	MultiCoNERWeight float64
	// LatinRatio is the share of the training sentences holding a name
	// that are copied with their names in Latin script (romanize.go).
	LatinRatio float64
	Folds      int     // folds for out-of-fold mined gazetteers
	MinRatio   float64 // a mined phrase must be annotated in this share of its occurrences
	Calibrate  bool    // fit the confidence calibration on a held-out IL-NER fold
	Prune      float64 // weights with smaller magnitude are dropped from the file
	QuantBits  int     // 8 or 16 bit weights
	// OBias is subtracted from the O score at prediction; negative means
	// choose it on the held-out IL-NER fold (needs Calibrate).
	OBias float64
	// WordDropout is the probability that a token's whole-word feature
	// is hidden in a training step, so the model must also learn the
	// affix, shape, context and list features that carry over to names
	// it has never seen.
	WordDropout float64
	// Soup is the number of perceptrons, each trained on its own fold
	// split and data order, whose weights are averaged into the model
	// (1 = a single perceptron; see soup.go).
	Soup int
	Log  io.Writer
	// DevPath, when set, is scored after every epoch for the log only;
	// nothing is tuned on it.
	DevPath string
}

// DefaultTrainOptions are the settings the shipped model is trained with.
func DefaultTrainOptions(dataDir string) TrainOptions {
	return TrainOptions{
		DataDir:     dataDir,
		Bits:        18,
		Epochs:      8,
		Seed:        1,
		Domain:      Pooled,
		HiNERWeight: 1,
		AlignEdges:  true,
		RepairSpans: true,
		// MultiCoNER II train, and Latin-script copies of one in twenty
		// sentences with a name: see MODEL.md for what each costs and
		// gains on every held-out figure.
		MultiCoNERWeight: 1,
		LatinRatio:       0.05,
		Folds:            5,
		MinRatio:         0.5,
		Calibrate:        true,
		Prune:            1,
		OBias:            -1,
		QuantBits:        8,
		WordDropout:      0.2,
		Soup:             5,
		Log:              io.Discard,
	}
}

// A Domain says how the IL-NER and HiNER corpora are combined.
type Domain int

const (
	// Pooled trains on both corpora with shared features.
	Pooled Domain = iota
	// ILNEROnly leaves HiNER out.
	ILNEROnly
	// HiNERCopy gives HiNER sentences a HiNER-only copy of every feature
	// besides the general one (salted by hinerSalt). IL-NER sentences and
	// prediction use only the general copy, so the HiNER copy soaks up
	// what is peculiar to HiNER's guidelines.
	HiNERCopy
	// FEDA (feature augmentation) gives every sentence a copy salted by
	// its corpus, and prediction uses the general plus the IL-NER copy.
	FEDA
)

var domainNames = [...]string{"none", "ilner", "copy", "feda"}

func (d Domain) String() string {
	if d < 0 || int(d) >= len(domainNames) {
		return fmt.Sprintf("Domain(%d)", int(d))
	}
	return domainNames[d]
}

// Set reads a Domain by the name String gives it, so that a Domain is a
// flag.Value.
func (d *Domain) Set(s string) error {
	for k, n := range domainNames {
		if n == s {
			*d = Domain(k)
			return nil
		}
	}
	return fmt.Errorf("unknown domain mode %q (want none, ilner, copy or feda)", s)
}

// The salts of the corpus-specific feature copies (HiNERCopy, FEDA).
const (
	hinerSalt = 0x5bd1e9955bd1e995
	ilnerSalt = 0x27d4eb2f165667c5
)

// featData is a featurized corpus held in flat arrays.
type featData struct {
	feats   []uint32 // buckets of all tokens
	tokOff  []int32  // token t owns feats[tokOff[t]:tokOff[t+1]]
	sentOff []int32  // sentence s owns tokens sentOff[s]:sentOff[s+1]
	gold    []int8
	step    []float32 // perceptron step per sentence
	corpus  []int8
	fold    []int8
	// salted marks the sentences featurized with a salted copy of every
	// feature; see wordFeature
	salted []bool
}

// wordFeature is where the whole-word feature of a token of sentence s
// sits among its buckets: at index at, with width copies (the general
// one, and the salted one when the sentence has a copy), since each
// own feature is followed by its salted copy.
func (d *featData) wordFeature(s int) (at, width int32) {
	if d.salted[s] {
		return 2, 2
	}
	return 1, 1
}

func (d *featData) sentences() int { return len(d.sentOff) - 1 }

// Train learns a model from the corpora in opts.DataDir: the IL-NER
// training split and the HiNER validation split. It is deterministic for
// a given set of options.
func Train(opts TrainOptions) (*Model, error) {
	began := time.Now()
	logf := func(format string, args ...any) {
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "[%6.1fs] ", time.Since(began).Seconds())
			fmt.Fprintf(opts.Log, format+"\n", args...)
		}
	}
	if opts.Bits < 12 || opts.Bits > 24 {
		return nil, fmt.Errorf("ner: table bits %d outside 12..24", opts.Bits)
	}
	if opts.Folds < 2 {
		return nil, fmt.Errorf("ner: need at least 2 folds, got %d", opts.Folds)
	}
	if opts.QuantBits != 8 && opts.QuantBits != 16 {
		return nil, fmt.Errorf("ner: quantization must be 8 or 16 bits, got %d", opts.QuantBits)
	}
	if opts.Soup < 1 {
		return nil, fmt.Errorf("ner: soup needs at least 1 member, got %d", opts.Soup)
	}
	if opts.Domain < Pooled || opts.Domain > FEDA {
		return nil, fmt.Errorf("ner: unknown domain mode %v", opts.Domain)
	}

	il, err := loadExamples(filepath.Join(opts.DataDir, ILNERTrain), corpusILNER)
	if err != nil {
		return nil, err
	}
	repair := func(name string, exs []example) {
		if !opts.RepairSpans {
			return
		}
		n := 0
		for _, ex := range exs {
			n += repairSpans(ex.words, ex.gold)
		}
		logf("repaired %d spans of %s", n, name)
	}
	repair(ILNERTrain, il)
	exs := il
	if opts.Domain != ILNEROnly {
		hi, err := loadExamples(filepath.Join(opts.DataDir, HiNERValid), corpusHiNER)
		if err != nil {
			return nil, err
		}
		repair(HiNERValid, hi)
		if opts.AlignEdges {
			st := learnConventions(il).align(hi)
			logf("aligned HiNER to IL-NER: %d edge words trimmed, %d taken in", st.Trimmed, st.Extended)
			for _, r := range st.Edges {
				logf("  %s", r)
			}
		}
		exs = append(exs, hi...)
	}
	if opts.MultiCoNERWeight > 0 {
		mc, err := loadExamples(filepath.Join(opts.DataDir, MultiCoNERTrain), corpusMultiCoNER)
		if err != nil {
			return nil, err
		}
		repair(MultiCoNERTrain, mc)
		exs = append(exs, mc...)
	}
	if opts.LatinRatio > 0 {
		// Its own generator, so that the copies do not shift the data
		// order the seed gives the rest of training.
		lat := latinCopies(exs, opts.LatinRatio, rand.New(rand.NewSource(opts.Seed^0x1a7)))
		logf("%d Latin-script copies", len(lat))
		exs = append(exs, lat...)
	}
	rng := rand.New(rand.NewSource(opts.Seed))
	logf("loaded %d sentences (%d IL-NER)", len(exs), len(il))
	builtin := gazetteer.Builtin()
	data, mi, wordCounts := foldedData(exs, rng, builtin, opts)
	mined := mi.set(-1, opts.MinRatio)
	logf("mined %d phrases (all folds)", mined.Len())
	known := buildKnownWords(wordCounts, -1)
	logf("featurized %d tokens, %d features", len(data.gold), len(data.feats))

	var dev []example
	if opts.DevPath != "" {
		if dev, err = loadExamples(opts.DevPath, corpusILNER); err != nil {
			return nil, err
		}
	}
	build := func(p interface {
		model(TrainOptions, *gazetteer.Set) *Model
	}) *Model {
		m := p.model(opts, mined)
		m.known = known
		// finish again: the per-model buffers it prepares hold a
		// featurizer that must see the known words.
		m.finish()
		return m
	}
	logEpoch := func(p *perceptron) func(int) {
		return func(epoch int) {
			if dev != nil {
				m := build(p)
				m.oBias = float32(max(opts.OBias, 0))
				rep := m.evaluateExamples(dev)
				micro := rep.Micro()
				logf("epoch %d: dev P %.4f R %.4f F1 %.4f", epoch, micro.Precision(), micro.Recall(), micro.F1())
			} else {
				logf("epoch %d done", epoch)
			}
		}
	}
	// The calibration model never sees IL-NER fold 0 (of the first fold
	// assignment); it scores that fold, and its span marginals against the
	// truth fit the calibration. In a soup, every calibration member skips
	// those same sentences, whatever its own fold split.
	held := func(s int) bool { return data.corpus[s] == corpusILNER && data.fold[s] == 0 }
	var p, q interface {
		model(TrainOptions, *gazetteer.Set) *Model
	}
	if opts.Soup == 1 {
		t := newPerceptron(opts.Bits)
		t.train(data, opts, rng, nil, logEpoch(t))
		p = t
		if opts.Calibrate {
			t := newPerceptron(opts.Bits)
			t.train(data, opts, rand.New(rand.NewSource(opts.Seed+1)), held, nil)
			q = t
		}
	} else {
		ps, qs := newSoup(opts.Bits), newSoup(opts.Bits)
		for k := 0; k < opts.Soup; k++ {
			d, r, rq := data, rng, rand.New(rand.NewSource(opts.Seed+1))
			t := newPerceptron(opts.Bits)
			var after func(int)
			if k == 0 {
				after = logEpoch(t) // the first member alone, for the log
			} else {
				seed := memberSeed(opts.Seed, k)
				r, rq = rand.New(rand.NewSource(seed)), rand.New(rand.NewSource(seed+1))
				d, _, _ = foldedData(exs, r, builtin, opts)
			}
			t.train(d, opts, r, nil, after)
			ps.add(t.params())
			if opts.Calibrate {
				t := newPerceptron(opts.Bits)
				t.train(d, opts, rq, held, nil)
				qs.add(t.params())
			}
			logf("soup member %d of %d trained", k+1, opts.Soup)
		}
		p, q = ps, qs
	}
	m := build(p)
	m.oBias = float32(max(opts.OBias, 0))

	if opts.Calibrate {
		qm := build(q)
		if opts.OBias < 0 {
			m.oBias = chooseOBias(qm, data, held)
			qm.oBias = m.oBias
			logf("O bias %.3g chosen on the held-out fold", m.oBias)
		} else {
			qm.oBias = m.oBias
		}
		m.calib = fitCalibration(qm, data, held)
		logf("calibration: temperature %.3g, a %.3f, b %.3f (from %d held-out entities)", m.calib.Temperature, m.calib.A, m.calib.B, m.calib.n)
	}
	m.Info = opts.describe()
	logf("done")
	return m, nil
}

// describe names the corpora and every setting, for the model file's
// provenance (Model.Info).
func (opts TrainOptions) describe() string {
	corpora := ILNERTrain
	if opts.Domain != ILNEROnly {
		corpora += " + " + HiNERValid
	}
	if opts.MultiCoNERWeight > 0 {
		corpora += " + " + MultiCoNERTrain
	}
	return fmt.Sprintf("trained on %s; bits=%d epochs=%d seed=%d domain=%v hiner-weight=%g multiconer=%g "+
		"align-edges=%v repair-spans=%v latin=%g folds=%d min-ratio=%g prune=%g quant=%d "+
		"word-dropout=%g soup=%d",
		corpora, opts.Bits, opts.Epochs, opts.Seed, opts.Domain, opts.HiNERWeight, opts.MultiCoNERWeight,
		opts.AlignEdges, opts.RepairSpans, opts.LatinRatio, opts.Folds, opts.MinRatio, opts.Prune,
		opts.QuantBits, opts.WordDropout, opts.Soup)
}

// foldedData assigns every example a fold drawn from rng, mines names
// and counts words per fold, and featurizes each sentence with the lists
// and known words of the other folds only.
func foldedData(exs []example, rng *rand.Rand, builtin *gazetteer.Set, opts TrainOptions) (*featData, *miner, map[uint64][]int32) {
	for i := range exs {
		exs[i].fold = rng.Intn(opts.Folds)
	}
	mi := newMiner(opts.Folds)
	mi.addEntities(exs)
	mi.countOccurrences(exs)
	foldGaz := make([]*gazetteer.Set, opts.Folds)
	for k := range foldGaz {
		foldGaz[k] = builtin.Clone()
		foldGaz[k].Merge(mi.set(k, opts.MinRatio))
		foldGaz[k].Freeze()
	}
	// Word counts per fold: a sentence's rare-word features come from the
	// other folds, as its gazetteer features do.
	wordCounts := map[uint64][]int32{}
	for _, ex := range exs {
		if ex.corpus == corpusLatin {
			continue
		}
		for _, h := range mi.keyHashes(ex.words) {
			c := wordCounts[h]
			if c == nil {
				c = make([]int32, opts.Folds)
				wordCounts[h] = c
			}
			c[ex.fold]++
		}
	}
	return featurize(exs, foldGaz, wordCounts, opts), mi, wordCounts
}

// featurize computes every sentence's buckets with its fold's gazetteer.
func featurize(exs []example, foldGaz []*gazetteer.Set, wordCounts map[uint64][]int32, opts TrainOptions) *featData {
	d := &featData{tokOff: []int32{0}, sentOff: []int32{0}}
	fz := make([]*featurizer, len(foldGaz))
	for k, g := range foldGaz {
		fz[k] = newFeaturizer(g, buildKnownWords(wordCounts, k), opts.Bits)
	}
	for _, ex := range exs {
		f := fz[ex.fold]
		var salt uint64
		step := float32(1)
		if ex.corpus == corpusMultiCoNER {
			step = float32(opts.MultiCoNERWeight)
		}
		if ex.corpus == corpusHiNER {
			step = float32(opts.HiNERWeight)
			if opts.Domain == HiNERCopy || opts.Domain == FEDA {
				salt = hinerSalt
			}
		} else if opts.Domain == FEDA {
			salt = ilnerSalt
		}
		f.sentence(ex.words, salt)
		base := int32(len(d.feats))
		d.feats = append(d.feats, f.feats...)
		for i := 1; i < len(f.offs); i++ {
			d.tokOff = append(d.tokOff, base+f.offs[i])
		}
		d.gold = append(d.gold, ex.gold...)
		d.sentOff = append(d.sentOff, int32(len(d.gold)))
		d.step = append(d.step, step)
		d.corpus = append(d.corpus, int8(ex.corpus))
		d.fold = append(d.fold, int8(ex.fold))
		d.salted = append(d.salted, salt != 0)
	}
	return d
}

// perceptron is an averaged structured perceptron over hashed features.
// Averaging uses the usual trick: alongside the weights w it keeps
// u = Σ c·Δw, where c counts examples seen, so the average is w − u/c
// without touching every weight on every step.
type perceptron struct {
	bits    uint
	w       []float32
	u       []float64
	start   [numLabels]float32
	su      [numLabels]float64
	trans   [numLabels][numLabels]float32
	transU  [numLabels][numLabels]float64
	c       float64
	emit    []float32
	pred    []int
	lat     lattice
	dropout float64
	rng     *rand.Rand
	drop    []bool
}

func newPerceptron(bits uint) *perceptron {
	size := (1 << bits) * numLabels
	return &perceptron{bits: bits, w: make([]float32, size), u: make([]float64, size), c: 1}
}

// train runs opts.Epochs passes over data in a seeded random order,
// skipping sentences for which skip returns true.
func (p *perceptron) train(d *featData, opts TrainOptions, rng *rand.Rand, skip func(int) bool, afterEpoch func(int)) {
	order := make([]int, 0, d.sentences())
	for s := 0; s < d.sentences(); s++ {
		if skip == nil || !skip(s) {
			order = append(order, s)
		}
	}
	p.dropout, p.rng = opts.WordDropout, rng
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
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
func (p *perceptron) scores(d *featData, s int, w []float32) int {
	t0, t1 := int(d.sentOff[s]), int(d.sentOff[s+1])
	n := t1 - t0
	if cap(p.emit) < n*numLabels {
		p.emit = make([]float32, n*numLabels)
	}
	p.emit = p.emit[:n*numLabels]
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
		em := p.emit[i*numLabels : (i+1)*numLabels]
		for k, b := range d.feats[d.tokOff[t0+i]:d.tokOff[t0+i+1]] {
			if p.drop[i] && int32(k) >= wordAt && int32(k) < wordAt+wordWidth {
				continue
			}
			row := w[int(b)*numLabels : int(b)*numLabels+numLabels]
			for y := range em {
				em[y] += row[y]
			}
		}
	}
	return n
}

func (p *perceptron) step(d *featData, s int) {
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
				gi, yi := int(b)*numLabels+g, int(b)*numLabels+y
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
func (p *perceptron) averaged() []float32 {
	avg := make([]float32, len(p.w))
	for i, w := range p.w {
		avg[i] = float32(float64(w) - p.u[i]/p.c)
	}
	return avg
}

// params returns the averaged weights, start and transition scores.
func (p *perceptron) params() linearParams {
	var lp linearParams
	for y := 0; y < numLabels; y++ {
		lp.start[y] = float32(float64(p.start[y]) - p.su[y]/p.c)
		for z := 0; z < numLabels; z++ {
			lp.trans[y][z] = float32(float64(p.trans[y][z]) - p.transU[y][z]/p.c)
		}
	}
	lp.w = p.averaged()
	return lp
}

// model quantizes the averaged weights into a Model.
func (p *perceptron) model(opts TrainOptions, mined *gazetteer.Set) *Model {
	return p.params().model(p.bits, opts, mined)
}

// linearParams are the float parameters of the linear-chain model before
// quantization: emission weights (stride numLabels), start and
// transition scores.
type linearParams struct {
	w     []float32
	start [numLabels]float32
	trans [numLabels][numLabels]float32
}

// model quantizes the parameters into a Model.
func (lp linearParams) model(bits uint, opts TrainOptions, mined *gazetteer.Set) *Model {
	m := &Model{bits: bits, mined: mined, calib: defaultCalibration, start: lp.start, trans: lp.trans}
	if opts.Domain == FEDA {
		m.salt = ilnerSalt
	}
	m.setWeights(lp.w, opts.QuantBits, float32(opts.Prune))
	m.finish()
	return m
}

// setWeights quantizes float weights (stride numLabels) to qbits-bit
// integers, dropping those whose magnitude is below prune.
func (m *Model) setWeights(w []float32, qbits int, prune float32) {
	var maxAbs float32
	for _, v := range w {
		if a := float32(math.Abs(float64(v))); a > maxAbs {
			maxAbs = a
		}
	}
	levels := float32(int(1)<<(qbits-1) - 1)
	m.scale = maxAbs / levels
	if m.scale == 0 {
		m.scale = 1
	}
	rows := len(w) / numLabels
	m.weights = make([]int16, rows*rowStride)
	for r := 0; r < rows; r++ {
		for y := 0; y < numLabels; y++ {
			v := w[r*numLabels+y]
			if float32(math.Abs(float64(v))) < prune {
				continue
			}
			m.weights[r*rowStride+y] = int16(math.Round(float64(v / m.scale)))
		}
	}
}

// evaluateExamples scores a model on already-normalized examples.
func (m *Model) evaluateExamples(exs []example) *conll.Report {
	rep := conll.NewReport()
	w := m.getWork()
	defer m.putWork(w)
	for _, ex := range exs {
		m.decode(w, ex.words)
		rep.Add(labelStrings(ex.gold), labelStringsInt(w.labels))
	}
	return rep
}

func labelStringsInt(ls []int) []string {
	out := make([]string, len(ls))
	for i, y := range ls {
		out[i] = labelNames[y]
	}
	return out
}
