package tagger

import (
	"sync"
	"sync/atomic"

	"tippani/ner/gazetteer"
)

// A Model is a trained recognizer. It is safe for concurrent use.
type Model struct {
	bits  uint
	scale float32 // weight = integer weight × scale
	// weights is the full table, (1<<bits) rows × rowStride, as training
	// quantizes it; finish moves it into table, which prediction reads.
	weights []int16
	table   weightTable
	start   [NumLabels]float32
	trans   [NumLabels][NumLabels]float32

	mined  *gazetteer.Set // names learned from training data (stored in the file)
	gaz    *gazetteer.Set // built-in lists plus mined
	places *gazetteer.Set // multi-word built-in place names, trusted outright
	known  KnownWords
	calib  Calibration
	salt   uint64  // when non-zero, features also fire a copy under this salt
	oBias  float32 // subtracted from every O score: trades precision for recall

	// Info describes how the model was made; it is stored in the file.
	Info string

	personal atomic.Pointer[layerView] // a reader's personal layer; see SetLayer

	pool      sync.Pool   // *work
	owned     *work       // scratch that outlives garbage collections; see getWork
	ownedBusy atomic.Bool // a call holds owned
}

// rowStride pads a weight row to 8 labels so rows align to 16 bytes.
const rowStride = 8

// work is the per-call scratch of tagging, pooled so repeated calls do
// not allocate.
type work struct {
	f      *Featurizer
	lat    lattice
	emit   []float32
	labels []int
	forced []labelSource // per token: what labelled it, when not the scores alone
	marg   marginals
	words  []string
	// Recognize's document-level scratch: word key hash, traits and
	// whether an entity covers it, per token; the remembered names, with
	// filters over their first words and their hashes.
	keys    []uint64
	traits  []wordTraits
	covered []bool
	spans   []scoredSpan
	merged  []scoredSpan
	// wordSums caches per featurizer word index; see Model.wordSum.
	wordSums []wordSum
	firsts   wordFilter
	phrases  wordFilter
	names    map[uint64]knownName
	// layer is the personal layer wordSums were computed with.
	layer *layerView
}

// getWork returns scratch for one call: the model's own when no other
// call holds it, else one from the pool. The pool alone is not enough: a
// garbage collection empties it, and with it the featurizer's word cache,
// which then has to be rebuilt word by word. Under js/wasm, where the
// pipeline's garbage triggers a collection every call or two, that
// rebuild cost more than the tagging itself. The owned scratch survives
// collections, so a single-threaded caller keeps its cache warm.
func (m *Model) getWork() *work {
	if m.owned != nil && m.ownedBusy.CompareAndSwap(false, true) {
		return m.owned
	}
	if w, ok := m.pool.Get().(*work); ok {
		return w
	}
	return m.newWork()
}

func (m *Model) newWork() *work {
	return &work{f: NewFeaturizer(m.gaz, m.known, m.bits)}
}

func (m *Model) putWork(w *work) {
	if w == m.owned && w != nil {
		m.ownedBusy.Store(false)
		return
	}
	m.pool.Put(w)
}

// decode tags one sentence of display-form words; the labels are left in
// w.labels and the scores in w.lat for marginals.
//
// A token's buckets are those of its word's own features (the same
// wherever the word occurs) and those of its context features. The
// featurizer hands over only the context buckets per token; the own
// ones stay in its per-word cache, and their weight sum is cached per
// word too (see wordSum).
func (m *Model) decode(w *work, words []string) {
	f := w.f
	f.featurize(words, m.salt, false)
	if lv := m.personal.Load(); lv != w.layer {
		// Cached word sums hold the layer they were summed with.
		w.layer = lv
		f.generation++
	}
	n := len(words)
	m.sizeEmissions(w, n)
	// The common cases are taken here rather than through calls (a
	// cached word sum, 8-bit weights without a salt): under js/wasm a
	// call costs far more than natively, and this loop runs per token.
	salted := m.salt != 0
	fast8 := m.table.w8 != nil && !salted
	gen := f.generation
	sc := m.scale
	for i := 0; i < n; i++ {
		idx := f.idx[i]
		var acc [NumLabels]int32
		if int(idx) < len(w.wordSums) && w.wordSums[idx].set && w.wordSums[idx].generation == gen {
			acc = w.wordSums[idx].sum
		} else {
			wi := &f.infos[idx]
			acc = m.wordSum(w, idx, f.buckets[wi.bucketsAt:int(wi.bucketsAt)+ownLen(wi, m.salt)])
		}
		pairs := f.pairs[f.offs[i]:f.offs[i+1]]
		if fast8 && len(pairs) <= maxSWARRows {
			addRows8(&m.table, &acc, pairs)
		} else {
			m.table.addPairs(&acc, pairs, salted)
		}
		// setEmission, written out: a seven-trip loop costs more in
		// jumps than in arithmetic under js/wasm.
		em := (*[NumLabels]float32)(w.emit[i*NumLabels:])
		em[0], em[1], em[2], em[3], em[4], em[5], em[6] = float32(acc[0])*sc, float32(acc[1])*sc,
			float32(acc[2])*sc, float32(acc[3])*sc, float32(acc[4])*sc, float32(acc[5])*sc, float32(acc[6])*sc
		em[LabelO] -= m.oBias
	}
	m.finishDecode(w, n)
}

// A wordSum caches the weight sum of one word's own features, valid
// while the featurizer's word cache is in the generation it was computed
// in.
type wordSum struct {
	generation uint64
	sum        [NumLabels]int32
	set        bool
}

// wordSum returns the weight sum of the buckets of a word's own features
// (ownBk, as the featurizer cached them: each under the general salt
// and, when the model has one, its extra salt), cached under the word's
// featurizer index. The featurizer may empty its word cache and reuse
// the index for another word; it then starts a new generation, and
// entries from older ones are recomputed.
func (m *Model) wordSum(w *work, idx int32, ownBk []uint32) [NumLabels]int32 {
	if int(idx) >= len(w.wordSums) {
		w.wordSums = append(w.wordSums, make([]wordSum, int(idx)+1-len(w.wordSums))...)
	}
	e := &w.wordSums[idx]
	if e.set && e.generation == w.f.generation {
		return e.sum
	}
	var acc [NumLabels]int32
	m.table.addRows(&acc, ownBk)
	// The reader's layer reaches rare words only, the words its lessons
	// may teach: a common word shares its affixes with the rare names
	// that moved them, and would otherwise change with every such lesson.
	if w.layer != nil && w.f.infos[idx].rare {
		w.layer.addRows(&acc, ownBk)
	}
	if ban := w.f.infos[idx].ban; ban != 0 {
		ban.apply(&acc)
	}
	*e = wordSum{generation: w.f.generation, sum: acc, set: true}
	return acc
}

// decodeBuckets tags n tokens whose feature buckets are
// feats[offs[i]-base : offs[i+1]-base].
func (m *Model) decodeBuckets(w *work, n int, feats []uint32, offs []int32, base int32) {
	m.sizeEmissions(w, n)
	for i := 0; i < n; i++ {
		var acc [NumLabels]int32
		m.table.addRows(&acc, feats[offs[i]-base:offs[i+1]-base])
		m.setEmission(w, i, &acc)
	}
	// No words were featurized for these buckets: the word-level rules
	// of finishDecode must not read an earlier sentence's words.
	w.f.idx, w.f.cues = w.f.idx[:0], w.f.cues[:0]
	m.finishDecode(w, n)
}

func (m *Model) sizeEmissions(w *work, n int) {
	if cap(w.emit) < n*NumLabels {
		w.emit = make([]float32, n*NumLabels)
	}
	w.emit = w.emit[:n*NumLabels]
}

// setEmission turns token i's weight sums into its label scores.
func (m *Model) setEmission(w *work, i int, acc *[NumLabels]int32) {
	em := (*[NumLabels]float32)(w.emit[i*NumLabels:])
	for y := range em {
		em[y] = float32(acc[y]) * m.scale
	}
	em[LabelO] -= m.oBias
}

// finishDecode runs Viterbi over the emissions of n tokens and applies
// the trusted place lists.
func (m *Model) finishDecode(w *work, n int) {
	w.lat.n = n
	w.lat.emit = w.emit
	w.lat.start = &m.start
	w.lat.trans = &m.trans
	if cap(w.labels) < n {
		w.labels = make([]int, n)
	}
	w.labels = w.labels[:n]
	w.lat.viterbi(w.labels)
	m.forcePlaces(w, n)
	applyRules(w, n)
}

// forcePlaces labels as LOC every multi-word built-in place name that the
// scores left wholly outside any entity. The word keys come from the
// featurizer, which has just seen these tokens.
func (m *Model) forcePlaces(w *work, n int) {
	if cap(w.forced) < n {
		w.forced = make([]labelSource, n)
	}
	w.forced = w.forced[:n]
	clear(w.forced)
	if m.places == nil || len(w.f.idx) != n {
		return
	}
	maxLen := m.places.MaxLen()
	for i := 0; i < n; i++ {
		if w.labels[i] != LabelO || !m.places.MayStart(w.f.infos[w.f.idx[i]].key) {
			continue
		}
		h := gazetteer.Start()
		match := 0
		for j := i; j < n && j-i < maxLen && w.labels[j] == LabelO; j++ {
			h = gazetteer.Extend(h, w.f.infos[w.f.idx[j]].key)
			if j > i && m.places.Get(h) != 0 {
				match = j + 1 - i
			}
		}
		if match == 0 {
			continue
		}
		w.labels[i] = labelBLOC
		w.forced[i] = byList
		for k := i + 1; k < i+match; k++ {
			w.labels[k] = labelILOC
			w.forced[k] = byList
		}
		i += match - 1
	}
}

// TagTokens returns BIO tags (B-PER, I-PER, B-LOC, I-LOC, B-ORG, I-ORG,
// O) for one pre-tokenized sentence. Tokens are raw text; each is brought
// to display form (normalize.String) first, exactly as in training. The
// result has one tag per token; no document-level consistency is applied.
func (m *Model) TagTokens(tokens []string) []string {
	out := make([]string, len(tokens))
	if len(tokens) == 0 {
		return out
	}
	w := m.getWork()
	defer m.putWork(w)
	w.words = DisplayWords(w.words[:0], tokens)
	m.decode(w, w.words)
	for i, y := range w.labels {
		out[i] = LabelNames[y]
	}
	return out
}

// Size reports the number of weight rows that hold at least one non-zero
// weight and the number of mined gazetteer phrases.
func (m *Model) Size() (rows, phrases int) {
	for r := 0; r < m.rows(); r++ {
		for y := 0; y < NumLabels; y++ {
			if m.weight(r*rowStride+y) != 0 {
				rows++
				break
			}
		}
	}
	return rows, m.mined.Len()
}

// rows is the number of rows of the weight table.
func (m *Model) rows() int {
	if m.weights != nil {
		return len(m.weights) / rowStride
	}
	return m.table.numRows()
}

// weight reads entry i (row i/rowStride, label i%rowStride) of the
// weight table.
func (m *Model) weight(i int) int16 {
	if m.weights != nil {
		return m.weights[i]
	}
	return m.table.at(i/rowStride, i%rowStride)
}
