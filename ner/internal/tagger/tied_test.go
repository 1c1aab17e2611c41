package tagger

import (
	"math/rand"
	"os"
	"strings"

	"testing"
	"tippani/hindi/normalize"
	"tippani/ner/gazetteer"
)

// Under every tying mode, a tied duplicate's B-X and I-X weights stay
// equal, and the surname that was only ever inside a name (I-PER) gets
// B-PER weight from its tied duplicate.
func TestTiedRowsKeepBAndIEqual(t *testing.T) {
	defer func(m TiedMode) { Tied = m }(Tied)
	for _, mode := range []TiedMode{TiedWord, TiedLex, TiedOwn, TiedAll, TiedWordOnly, TiedLexOnly} {
		Tied = mode
		const bits = 16
		f := NewFeaturizer(nil, nil, bits)
		d := NewFeatData()
		B, I, O := int8(labelBPER), int8(labelIPER), int8(LabelO)
		salt := uint64(0)
		if mode == TiedAll {
			salt = TiedSalt
		}
		for r := 0; r < 5; r++ {
			d.Add(f, Sentence{Words: []string{"व्लादिमीर", "पुतिन", "ने", "कहा"}, Gold: []int8{B, I, O, O}, Step: 1, Salt: salt})
			d.Add(f, Sentence{Words: []string{"मोदी", "ने", "कहा"}, Gold: []int8{B, O, O}, Step: 1, Salt: salt})
		}
		p := NewPerceptron(bits)
		p.Train(d, Schedule{Epochs: 3}, rand.New(rand.NewSource(1)), nil, nil)
		w := p.Params().W
		h := tiedHash(feat(tWord, gazetteer.WordHash("पुतिन")))
		row := int(bucket(h, 0, bits))
		own := int(bucket(feat(tWord, gazetteer.WordHash("पुतिन")), 0, bits))
		switch mode {
		case TiedAll:
			row = int(bucket(feat(tWord, gazetteer.WordHash("पुतिन")), TiedSalt, bits))
		case TiedWordOnly, TiedLexOnly:
			row, own = own, -1
		}
		bp, ip := w[row*NumLabels+labelBPER], w[row*NumLabels+labelIPER]
		if bp != ip || bp <= 0 {
			t.Errorf("mode %d: tied row of पुतिन has B-PER %v, I-PER %v; want equal and positive", mode, bp, ip)
		}
		if own >= 0 && w[own*NumLabels+labelBPER] == w[own*NumLabels+labelIPER] {
			t.Errorf("mode %d: the untied word row has equal B and I weights", mode)
		}
	}
}

// putinScores decodes "प्रधानमंत्री मोदी और राष्ट्रपति पुतिन …" with m and
// returns पुतिन's emission scores, its label, and the weights of its
// whole-word row and of that row's tied duplicate.
func putinScores(m *Model) (emit []float32, label int, word, tied [NumLabels]float32) {
	words := strings.Fields("प्रधानमंत्री मोदी और राष्ट्रपति पुतिन नियमित रूप से संपर्क में रहे हैं ।")
	for i := range words {
		words[i] = normalize.String(words[i])
	}
	w := m.getWork()
	defer m.putWork(w)
	m.decode(w, words)
	const at = 4
	key := w.f.infos[w.f.idx[at]].key
	for y := 0; y < NumLabels; y++ {
		word[y] = float32(m.weight(int(bucket(feat(tWord, key), 0, m.bits))*rowStride+y)) * m.scale
		tied[y] = float32(m.weight(int(bucket(tiedHash(feat(tWord, key)), 0, m.bits))*rowStride+y)) * m.scale
	}
	return append([]float32(nil), w.emit[at*NumLabels:(at+1)*NumLabels]...), w.labels[at], word, tied
}

// Why the shipped model leaves पुतिन O after राष्ट्रपति: its own scores
// favour B-PER over O, but the O→O transition outweighs the difference,
// and its whole-word row is empty. The perceptron learns only from its
// mistakes, and it made none on पुतिन as I-PER after व्लादिमीर, so the
// word has no weight for a tied duplicate to share. TIPPANI_TIED_MODEL
// names a model trained under TIPPANI_TIED (and TIPPANI_TIED_TYPES),
// set alike, to log its scores beside.
func TestPutinAfterATitle(t *testing.T) {
	m := shipped(t)
	emit, label, word, _ := putinScores(m)
	t.Logf("shipped: emission %.2f, label %s, word row %.2f, O→O %.2f, O→B-PER %.2f, B-PER→O %.2f",
		emit, LabelNames[label], word, m.trans[LabelO][LabelO], m.trans[LabelO][labelBPER], m.trans[labelBPER][LabelO])
	if label != LabelO || emit[labelBPER] <= emit[LabelO] || word != [NumLabels]float32{} {
		t.Errorf("shipped model: पुतिन is %s with scores %v and word row %v; want O, B-PER over O, an empty row",
			LabelNames[label], emit, word)
	}
	if path := os.Getenv("TIPPANI_TIED_MODEL"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		tm, err := Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		defer func(m TiedMode, per bool) { Tied, TiedPEROnly = m, per }(Tied, TiedPEROnly)
		if !SetTied(os.Getenv("TIPPANI_TIED"), os.Getenv("TIPPANI_TIED_TYPES")) {
			t.Fatal("unknown TIPPANI_TIED or TIPPANI_TIED_TYPES")
		}
		emit, label, word, tied := putinScores(tm)
		t.Logf("%s: emission %.2f, label %s, word row %.2f, tied row %.2f, O→O %.2f", path, emit,
			LabelNames[label], word, tied, tm.trans[LabelO][LabelO])
	}
}
