// Package ner recognizes person, location and organization names (PER,
// LOC, ORG) in Hindi text with a statistical sequence model that is small
// enough to ship inside the browser engine.
//
// The model is a first-order linear-chain tagger over BIO labels:
// hashed sparse features (word keys, affixes, character trigrams, script
// and shape, context words, postposition and title cues, gazetteer hits)
// score each token, label transitions score neighbours, and Viterbi finds
// the best sequence that obeys BIO. Weights are trained as an averaged
// structured perceptron (see Train) and stored as quantized integers in a
// model file; the default model is embedded in the binary (see Default).
//
// Entity confidences come from span marginals of a forward-backward pass
// over the same scores, mapped through a calibration fitted on held-out
// training folds, so a score of 0.9 means about nine in ten such entities
// are right.
package ner

import (
	"sync"

	"tippani/ner/gazetteer"
)

// A Model is a trained recognizer. It is safe for concurrent use.
type Model struct {
	bits  uint
	scale float32 // weight = int16 × scale
	// The weight table: (1<<bits) rows × rowStride, label-major within a
	// row. An 8-bit model keeps it in w8 (half the memory and cache
	// traffic), a 16-bit one in weights; exactly one is set.
	weights []int16
	w8      []int8
	start   [numLabels]float32
	trans   [numLabels][numLabels]float32

	mined    *gazetteer.Set // names learned from training data (stored in the file)
	gaz      *gazetteer.Set // built-in lists plus mined
	places   *gazetteer.Set // multi-word built-in place names, trusted outright
	known    knownWords
	clusters map[uint64]int32
	calib    calibration
	salt     uint64  // when non-zero, features also fire a copy under this salt
	oBias    float32 // subtracted from every O score: trades precision for recall

	// Info describes how the model was made; it is stored in the file.
	Info string

	pool sync.Pool // *work
}

// rowStride pads a weight row to 8 labels so rows align to 16 bytes.
const rowStride = 8

// work is the per-call scratch of tagging, pooled so repeated calls do
// not allocate.
type work struct {
	f      *featurizer
	lat    lattice
	emit   []float32
	acc    [numLabels]int32
	labels []int
	forced []bool // token labelled by a trusted list, not by the scores
	marg   marginals
	words  []string
}

func (m *Model) getWork() *work {
	if w, ok := m.pool.Get().(*work); ok {
		return w
	}
	return &work{f: newFeaturizer(m.gaz, m.clusters, m.known, m.bits)}
}

func (m *Model) putWork(w *work) { m.pool.Put(w) }

// decode tags one sentence of display-form words; the labels are left in
// w.labels and the scores in w.lat for marginals.
func (m *Model) decode(w *work, words []string) {
	w.f.sentence(words, m.salt)
	m.decodeBuckets(w, len(words), w.f.feats, w.f.offs, 0)
}

// decodeBuckets tags n tokens whose feature buckets are
// feats[offs[i]-base : offs[i+1]-base].
func (m *Model) decodeBuckets(w *work, n int, feats []uint32, offs []int32, base int32) {
	if cap(w.emit) < n*numLabels {
		w.emit = make([]float32, n*numLabels)
	}
	w.emit = w.emit[:n*numLabels]
	for i := 0; i < n; i++ {
		acc := &w.acc
		*acc = [numLabels]int32{}
		if m.w8 != nil {
			for _, b := range feats[offs[i]-base : offs[i+1]-base] {
				row := m.w8[int(b)*rowStride : int(b)*rowStride+numLabels : int(b)*rowStride+numLabels]
				acc[0] += int32(row[0])
				acc[1] += int32(row[1])
				acc[2] += int32(row[2])
				acc[3] += int32(row[3])
				acc[4] += int32(row[4])
				acc[5] += int32(row[5])
				acc[6] += int32(row[6])
			}
		} else {
			for _, b := range feats[offs[i]-base : offs[i+1]-base] {
				row := m.weights[int(b)*rowStride : int(b)*rowStride+numLabels : int(b)*rowStride+numLabels]
				acc[0] += int32(row[0])
				acc[1] += int32(row[1])
				acc[2] += int32(row[2])
				acc[3] += int32(row[3])
				acc[4] += int32(row[4])
				acc[5] += int32(row[5])
				acc[6] += int32(row[6])
			}
		}
		em := w.emit[i*numLabels : (i+1)*numLabels]
		for y := range em {
			em[y] = float32(acc[y]) * m.scale
		}
		em[labelO] -= m.oBias
	}
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
}

// forcePlaces labels as LOC every multi-word built-in place name that the
// scores left wholly outside any entity. The word keys come from the
// featurizer, which has just seen these tokens.
func (m *Model) forcePlaces(w *work, n int) {
	if cap(w.forced) < n {
		w.forced = make([]bool, n)
	}
	w.forced = w.forced[:n]
	clear(w.forced)
	if m.places == nil || len(w.f.idx) != n {
		return
	}
	maxLen := m.places.MaxLen()
	for i := 0; i < n; i++ {
		if w.labels[i] != labelO {
			continue
		}
		h := gazetteer.Start()
		match := 0
		for j := i; j < n && j-i < maxLen && w.labels[j] == labelO; j++ {
			h = gazetteer.Extend(h, w.f.infos[w.f.idx[j]].key)
			if j > i && m.places.Get(h) != 0 {
				match = j + 1 - i
			}
		}
		if match == 0 {
			continue
		}
		w.labels[i] = labelBLOC
		w.forced[i] = true
		for k := i + 1; k < i+match; k++ {
			w.labels[k] = labelILOC
			w.forced[k] = true
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
	w.words = displayWords(w.words[:0], tokens)
	m.decode(w, w.words)
	for i, y := range w.labels {
		out[i] = labelNames[y]
	}
	return out
}

// Size reports the number of weight rows that hold at least one non-zero
// weight and the number of mined gazetteer phrases.
func (m *Model) Size() (rows, phrases int) {
	for r := 0; r < m.rows(); r++ {
		for y := 0; y < numLabels; y++ {
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
	if m.w8 != nil {
		return len(m.w8) / rowStride
	}
	return len(m.weights) / rowStride
}

// weight reads entry i of the weight table, whichever width it has.
func (m *Model) weight(i int) int16 {
	if m.w8 != nil {
		return int16(m.w8[i])
	}
	return m.weights[i]
}

// narrow moves a table whose weights all fit in 8 bits to w8.
func (m *Model) narrow() {
	if m.weights == nil {
		return
	}
	for _, v := range m.weights {
		if v > 127 || v < -127 {
			return
		}
	}
	m.w8 = make([]int8, len(m.weights))
	for i, v := range m.weights {
		m.w8[i] = int8(v)
	}
	m.weights = nil
}
