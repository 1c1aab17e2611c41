package tagger

import (
	"math/rand"

	"testing"
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
