package train

import (
	"fmt"
	"io"
	"math/rand"
	"path/filepath"
	"time"

	"tippani/ner"
	"tippani/ner/conll"
	"tippani/ner/gazetteer"
	"tippani/ner/internal/tagger"
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
		// Pruned at 1.5: the weights of a model trained unpruned, pruned
		// at 1.0 and at 1.5, score alike on every held-out figure under
		// seeds 1-3, and the file is a quarter smaller (MODEL.md, "Size
		// against F1").
		Prune:       1.5,
		OBias:       -1,
		QuantBits:   8,
		WordDropout: 0.2,
		Soup:        5,
		Log:         io.Discard,
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

// Train learns a model from the corpora in opts.DataDir: the IL-NER
// training split and the HiNER validation split. It is deterministic for
// a given set of options.
func Train(opts TrainOptions) (*ner.Model, error) {
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
	known := tagger.BuildKnownWords(wordCounts, -1)
	logf("featurized %d tokens, %d features", data.Tokens(), data.Features())

	var dev []example
	if opts.DevPath != "" {
		if dev, err = loadExamples(opts.DevPath, corpusILNER); err != nil {
			return nil, err
		}
	}
	salt := uint64(0)
	if opts.Domain == FEDA {
		salt = ilnerSalt
	}
	build := func(lp tagger.Params) *ner.Model {
		return lp.Model(tagger.Build{Salt: salt, Quant: opts.quantization(), Mined: mined, Known: known})
	}
	sch := tagger.Schedule{Epochs: opts.Epochs, WordDropout: opts.WordDropout}
	logEpoch := func(p *tagger.Perceptron) func(int) {
		return func(epoch int) {
			if dev != nil {
				m := build(p.Params())
				m.SetOBias(float32(max(opts.OBias, 0)))
				micro := evaluateExamples(m, dev).Micro()
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
	held := func(s int) bool { return data.Group(s) == corpusILNER && data.Fold(s) == 0 }
	// A soup of one is the plain perceptron: member 0 uses the training
	// seed and data as a single perceptron would.
	ps, qs := newSoup(opts.Bits), newSoup(opts.Bits)
	for k := 0; k < opts.Soup; k++ {
		d, r, rq := data, rng, rand.New(rand.NewSource(opts.Seed+1))
		t := tagger.NewPerceptron(opts.Bits)
		var after func(int)
		if k == 0 {
			after = logEpoch(t) // the first member alone, for the log
		} else {
			seed := memberSeed(opts.Seed, k)
			r, rq = rand.New(rand.NewSource(seed)), rand.New(rand.NewSource(seed+1))
			d, _, _ = foldedData(exs, r, builtin, opts)
		}
		t.Train(d, sch, r, nil, after)
		ps.add(t.Params())
		if opts.Calibrate {
			t := tagger.NewPerceptron(opts.Bits)
			t.Train(d, sch, rq, held, nil)
			qs.add(t.Params())
		}
		logf("soup member %d of %d trained", k+1, opts.Soup)
	}
	m := build(ps.Params())
	oBias := float32(max(opts.OBias, 0))
	if opts.Calibrate {
		qm := build(qs.Params())
		if opts.OBias < 0 {
			oBias = qm.ChooseOBias(data, held)
			logf("O bias %.3g chosen on the held-out fold", oBias)
		}
		qm.SetOBias(oBias)
		c := qm.FitCalibration(data, held)
		m.SetCalibration(c)
		logf("calibration: temperature %.3g, a %.3f, b %.3f (from %d held-out entities)", c.Temperature, c.A, c.B, c.N)
	}
	m.SetOBias(oBias)
	m.Info = opts.describe()
	logf("done")
	return m, nil
}

func (opts TrainOptions) quantization() tagger.Quantization {
	return tagger.Quantization{Bits: opts.QuantBits, Prune: opts.Prune}
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
func foldedData(exs []example, rng *rand.Rand, builtin *gazetteer.Set, opts TrainOptions) (*tagger.FeatData, *miner, map[uint64][]int32) {
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
func featurize(exs []example, foldGaz []*gazetteer.Set, wordCounts map[uint64][]int32, opts TrainOptions) *tagger.FeatData {
	d := tagger.NewFeatData()
	fz := make([]*tagger.Featurizer, len(foldGaz))
	for k, g := range foldGaz {
		fz[k] = tagger.NewFeaturizer(g, tagger.BuildKnownWords(wordCounts, k), opts.Bits)
	}
	for _, ex := range exs {
		s := tagger.Sentence{Words: ex.words, Gold: ex.gold, Step: 1, Group: int8(ex.corpus), Fold: int8(ex.fold)}
		switch {
		case ex.corpus == corpusMultiCoNER:
			s.Step = float32(opts.MultiCoNERWeight)
		case ex.corpus == corpusHiNER:
			s.Step = float32(opts.HiNERWeight)
			if opts.Domain == HiNERCopy || opts.Domain == FEDA {
				s.Salt = hinerSalt
			}
		case opts.Domain == FEDA:
			s.Salt = ilnerSalt
		}
		d.Add(fz[ex.fold], s)
	}
	return d
}

// evaluateExamples scores a model on already-normalized examples.
func evaluateExamples(m *ner.Model, exs []example) *conll.Report {
	rep := conll.NewReport()
	for _, ex := range exs {
		rep.Add(labelStrings(ex.gold), m.TagTokens(ex.words))
	}
	return rep
}
