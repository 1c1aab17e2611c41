package tagger

import (
	"math"

	"tippani/ner/internal/hashtab"
)

// A Layer is a reader's personal weights: a small, bounded table of
// emission weight deltas over the shipped model, learned online from the
// reader's own decisions (see Learn) and added to the shipped weights at
// prediction time once installed with Model.SetLayer. The shipped table
// is never changed: forgetting the layer gives back the shipped model's
// answers exactly.
//
// The deltas are keyed by weight-table bucket, so a lesson about one name
// moves the features that name shares with others (its affixes, character
// trigrams, the words around it), not a lookup of the string.
//
// A Layer is not safe for concurrent use; the view SetLayer installs is
// an immutable copy, so a model keeps tagging safely while its owner
// learns.
type Layer struct {
	model uint64 // fingerprint of the model the buckets belong to

	rows    hashtab.Table[struct{}, int32] // bucket → index into the row slices
	buckets []uint32
	raw     [][NumLabels]float32 // current deltas, in the model's integer weight units
	sums    [][NumLabels]float32 // end-of-lesson snapshots folded so far, for the average
	first   []uint32             // lesson in which the row was first changed
	folded  []uint32             // first lesson whose snapshot sums does not yet hold

	lessons   uint32 // lessons learned (sentences in which some decision was taught)
	decisions uint32 // decisions the lessons came from, as the caller counts them
	docs      []uint64
	names     []LearnedName
}

// A LearnedName is an entity a reader's decision taught the layer: its
// words as written and its type (PER, LOC or ORG).
type LearnedName struct {
	Text, Type string
}

// Bounds of a layer. At MaxLayerRows the rows with the smallest averaged
// deltas are dropped (a sixteenth of them at once), so the oldest,
// weakest evidence goes first and a new lesson always has room.
const (
	// MaxLayerRows bounds the buckets a layer holds (about 64 bytes each
	// encoded). A lesson adds at most three per token it corrects: all
	// 1,389 sentences of IL-NER dev learned in order leave 237.
	MaxLayerRows = 8192
	// maxWordDelta and maxAffixDelta bound each personal weight, in the
	// model's integer weight units (the shipped weights lie within
	// ±127): a word's own feature may carry a decision about that word
	// alone, an affix, shared with other words, only part of one.
	maxWordDelta  = 96
	maxAffixDelta = 48
	// MaxLayerNames and maxLayerDocs bound the lists the panel shows; the
	// oldest entries leave first.
	MaxLayerNames = 1000
	maxLayerDocs  = 4096
)

// NewLayer returns an empty layer for model m.
func NewLayer(m *Model) *Layer {
	return &Layer{model: m.fingerprint()}
}

// fingerprint identifies a model's weight-table layout: a layer learned
// on one model means nothing on another.
func (m *Model) fingerprint() uint64 {
	return mix64(strHash(m.Info) ^ uint64(m.bits)<<56 ^ uint64(math.Float32bits(m.scale)) ^ m.salt)
}

// LayerStats describe a layer for the reader.
type LayerStats struct {
	Lessons, Decisions, Documents, Rows int
}

// Stats reports what the layer holds.
func (l *Layer) Stats() LayerStats {
	return LayerStats{Lessons: int(l.lessons), Decisions: int(l.decisions), Documents: len(l.docs), Rows: len(l.buckets)}
}

// Names returns the names the layer was taught, most recent first,
// without repeats.
func (l *Layer) Names() []LearnedName {
	out := make([]LearnedName, len(l.names))
	for i, n := range l.names {
		out[len(out)-1-i] = n
	}
	return out
}

// Empty reports whether the layer has learned nothing.
func (l *Layer) Empty() bool { return l == nil || l.lessons == 0 }

// noteDocument counts a document the layer learned from, by a hash of the
// caller's id for it (never stored as given).
func (l *Layer) noteDocument(id string) {
	if id == "" {
		return
	}
	h := strHash(id)
	for _, d := range l.docs {
		if d == h {
			return
		}
	}
	if len(l.docs) == maxLayerDocs {
		l.docs = l.docs[1:]
	}
	l.docs = append(l.docs, h)
}

// noteName puts n last in the list of names taught, once.
func (l *Layer) noteName(n LearnedName) {
	for i, m := range l.names {
		if m == n {
			l.names = append(l.names[:i], l.names[i+1:]...)
			break
		}
	}
	if len(l.names) == MaxLayerNames {
		l.names = append(l.names[:0], l.names[1:]...)
	}
	l.names = append(l.names, n)
}

// row returns the index of bucket b's row, adding a zero row first
// changed in lesson t when there is none.
func (l *Layer) row(b uint32, t uint32) int {
	if i, ok := l.rows.Find(uint64(b), struct{}{}); ok {
		return int(i)
	}
	if len(l.buckets) >= MaxLayerRows {
		l.prune(MaxLayerRows - MaxLayerRows/16)
	}
	i := len(l.buckets)
	*l.rows.Value(uint64(b), struct{}{}) = int32(i)
	l.buckets = append(l.buckets, b)
	l.raw = append(l.raw, [NumLabels]float32{})
	l.sums = append(l.sums, [NumLabels]float32{})
	l.first = append(l.first, t)
	l.folded = append(l.folded, t)
	return i
}

// averaged returns row i's personal weights as prediction uses them: the
// mean of the row's values at the end of every lesson since the row was
// first changed. A feature that lessons pushed back and forth settles at
// its mean; a feature only one recent lesson touched (a new name's own
// features) counts in full at once, which plain averaging over every
// lesson would dilute by the number of lessons before it.
func (l *Layer) averaged(i int) [NumLabels]float32 {
	var out [NumLabels]float32
	t := l.lessons
	if t < l.first[i] {
		return out
	}
	span := float32(t - l.first[i] + 1)
	same := float32(t - l.folded[i] + 1) // snapshots equal to raw
	for y := range out {
		out[y] = (l.sums[i][y] + l.raw[i][y]*same) / span
	}
	return out
}

// add changes row i by d at label y during lesson t, folding the
// snapshots of the lessons since the row last changed first, and keeps
// the row within ±bound. It reports whether the row changed.
func (l *Layer) add(i int, y int, d float32, t uint32, bound float32) bool {
	if l.folded[i] < t {
		k := float32(t - l.folded[i])
		for z := range l.sums[i] {
			l.sums[i][z] += l.raw[i][z] * k
		}
		l.folded[i] = t
	}
	old := l.raw[i][y]
	l.raw[i][y] = max(-bound, min(bound, old+d))
	return l.raw[i][y] != old
}

// prune keeps the keep rows with the largest averaged deltas (sum of
// absolute values) and drops the rest.
func (l *Layer) prune(keep int) {
	n := len(l.buckets)
	if keep >= n {
		return
	}
	mass := make([]float32, n)
	for i := range mass {
		a := l.averaged(i)
		for _, v := range a {
			mass[i] += float32(math.Abs(float64(v)))
		}
	}
	// The keep-th largest mass is the threshold; ties are broken by
	// order, so exactly keep rows stay.
	sorted := append([]float32(nil), mass...)
	sortFloat32sDesc(sorted)
	cut := sorted[keep-1]
	above := 0
	for _, v := range mass {
		if v > cut {
			above++
		}
	}
	atCut := keep - above
	old := *l
	l.rows.Reset()
	l.buckets, l.raw, l.sums, l.first, l.folded = nil, nil, nil, nil, nil
	for i := 0; i < n; i++ {
		if mass[i] < cut || (mass[i] == cut && atCut == 0) {
			continue
		}
		if mass[i] == cut {
			atCut--
		}
		*l.rows.Value(uint64(old.buckets[i]), struct{}{}) = int32(len(l.buckets))
		l.buckets = append(l.buckets, old.buckets[i])
		l.raw = append(l.raw, old.raw[i])
		l.sums = append(l.sums, old.sums[i])
		l.first = append(l.first, old.first[i])
		l.folded = append(l.folded, old.folded[i])
	}
}

func sortFloat32sDesc(s []float32) {
	// Shell sort: no sort package in the engine's hot binary for one use.
	for gap := len(s) / 2; gap > 0; gap /= 2 {
		for i := gap; i < len(s); i++ {
			for j := i; j >= gap && s[j-gap] < s[j]; j -= gap {
				s[j-gap], s[j] = s[j], s[j-gap]
			}
		}
	}
}

// A layerView is the immutable form of a layer that prediction reads:
// the averaged deltas rounded to integer weight units, keyed by bucket,
// behind a bit set of the buckets present. Lessons change only a word's
// own features (lessonscope.go), so prediction adds the view to the sum
// of a word's own features alone, which it caches per word (wordSum):
// a token pays nothing for the layer, and a word one test per feature
// the first time it is seen.
type layerView struct {
	present []uint64 // bit b&mask set when some row's bucket is b (masked)
	mask    uint32
	rows    hashtab.Table[struct{}, [NumLabels]int32]
}

// maxViewBits bounds the presence bit set: 2^20 bits, 128 KiB; models
// with wider tables share bits between buckets, and the table decides.
const maxViewBits = 20

func (l *Layer) view(bits uint) *layerView {
	if l.Empty() {
		return nil
	}
	vb := min(bits, maxViewBits)
	v := &layerView{present: make([]uint64, (1<<vb)/64), mask: 1<<vb - 1}
	v.rows.Reserve(len(l.buckets))
	for i, b := range l.buckets {
		a := l.averaged(i)
		var r [NumLabels]int32
		nonzero := false
		for y, x := range a {
			r[y] = int32(math.Round(float64(x)))
			nonzero = nonzero || r[y] != 0
		}
		if !nonzero {
			continue
		}
		*v.rows.Value(uint64(b), struct{}{}) = r
		m := b & v.mask
		v.present[m>>6] |= 1 << (m & 63)
	}
	if v.rows.Len() == 0 {
		return nil
	}
	return v
}

// addRows adds the personal deltas of the given buckets to acc.
func (v *layerView) addRows(acc *[NumLabels]int32, buckets []uint32) {
	for _, b := range buckets {
		if m := b & v.mask; v.present[m>>6]>>(m&63)&1 != 0 {
			v.addRow(acc, b)
		}
	}
}

func (v *layerView) addRow(acc *[NumLabels]int32, b uint32) {
	if r, ok := v.rows.Find(uint64(b), struct{}{}); ok {
		for y := range acc {
			acc[y] += r[y]
		}
	}
}
