package tagger

import (
	"math/bits"
	"math/rand"
	"slices"
	"testing"

	"tippani/ner/gazetteer"
)

// nameDropoutSentence featurizes "नरेंद्र मोदी ने दिल्ली में कहा" with
// मोदी on a mined word list, "नरेंद्र मोदी" on a mined phrase list and
// दिल्ली both on a built-in list and a mined one.
func nameDropoutSentence(t *testing.T, salt uint64) (*FeatData, []int8) {
	t.Helper()
	gaz := gazetteer.New()
	gaz.AddPhrase("मोदी", gazetteer.MinedPERWord)
	gaz.AddPhrase("नरेंद्र मोदी", gazetteer.MinedPER)
	gaz.AddPhrase("दिल्ली", gazetteer.IndianCity|gazetteer.MinedLOC)
	gaz.Freeze()
	gold := []int8{labelBPER, labelIPER, LabelO, labelBLOC, LabelO, LabelO}
	d := NewFeatData()
	words := DisplayWords(nil, []string{"नरेंद्र", "मोदी", "ने", "दिल्ली", "में", "कहा"})
	d.Add(NewFeaturizer(gaz, nil, 16), Sentence{Words: words, Gold: gold, Step: 1, Salt: salt})
	return d, gold
}

// listBuckets are, written out from the templates, the buckets of the
// mined-list features that token i of nameDropoutSentence fires itself.
func listBuckets(i int, salt uint64) []uint32 {
	kind := func(template uint64, k gazetteer.Kind) uint64 {
		return feat(template, uint64(bits.TrailingZeros16(uint16(k))))
	}
	var hs []uint64
	switch i {
	case 0: // starts "नरेंद्र मोदी"
		hs = []uint64{kind(tGazB, gazetteer.MinedPER)}
	case 1: // continues it, and is a mined word itself
		hs = []uint64{kind(tGazB, gazetteer.MinedPERWord), kind(tGazI, gazetteer.MinedPER)}
	case 3: // its place-list feature stays: a built-in list holds it too
		hs = []uint64{kind(tGazB, gazetteer.MinedLOC)}
	}
	var out []uint32
	for _, h := range hs {
		out = append(out, bucket(h, 0, 16))
		if salt != 0 {
			out = append(out, bucket(h, salt, 16))
		}
	}
	return out
}

func TestFeatDataMinedLists(t *testing.T) {
	for _, salt := range []uint64{0, 0x5bd1e9955bd1e995} {
		d, gold := nameDropoutSentence(t, salt)
		for i := range gold {
			got := d.lists[d.listOff[i]:d.listOff[i+1]]
			want := listBuckets(i, salt)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("salt %x, token %d: mined-list buckets %v, want %v", salt, i, got, want)
			}
			feats := d.feats[d.tokOff[i]:d.tokOff[i+1]]
			for _, b := range want {
				if !slices.Contains(feats, b) {
					t.Errorf("salt %x, token %d: mined-list bucket %d is not among its features", salt, i, b)
				}
			}
		}
	}
}

// With name dropout 1, each token of a name is scored without its
// whole-word and mined-list features and with every other feature; the
// tokens outside names keep them all.
func TestNameDropoutHidesOnlyNameFeatures(t *testing.T) {
	for _, salt := range []uint64{0, 0x5bd1e9955bd1e995} {
		d, gold := nameDropoutSentence(t, salt)
		p := NewPerceptron(16)
		rng := rand.New(rand.NewSource(1))
		for i := range p.w {
			p.w[i] = float32(rng.Intn(1000))
		}
		p.nameDropout, p.rng = 1, rng
		p.scores(d, 0, p.w)
		wordWidth := 1
		if salt != 0 {
			wordWidth = 2 // the general copy, then the salted one
		}
		for i, g := range gold {
			var want, all [NumLabels]float32
			hidden := listBuckets(i, salt)
			for k, b := range d.feats[d.tokOff[i]:d.tokOff[i+1]] {
				isWord := k >= 1*wordWidth && k < 2*wordWidth // bias first, then the word
				row := p.w[int(b)*NumLabels:][:NumLabels]
				for y := range row {
					all[y] += row[y]
					if g == LabelO || !(isWord || slices.Contains(hidden, b)) {
						want[y] += row[y]
					}
				}
			}
			got := [NumLabels]float32(p.emit[i*NumLabels:][:NumLabels])
			if got != want {
				t.Errorf("salt %x, token %d (%s): scores %v, want %v", salt, i, LabelNames[g], got, want)
			}
			if g != LabelO && got == all {
				t.Errorf("salt %x, token %d: nothing hidden", salt, i)
			}
		}
		// Without dropout nothing is hidden, and no draw is made.
		p.nameDropout, p.rng = 0, nil
		p.scores(d, 0, p.w)
		for i := range gold {
			var all [NumLabels]float32
			for _, b := range d.feats[d.tokOff[i]:d.tokOff[i+1]] {
				for y := range all {
					all[y] += p.w[int(b)*NumLabels+y]
				}
			}
			if got := [NumLabels]float32(p.emit[i*NumLabels:][:NumLabels]); got != all {
				t.Errorf("salt %x, token %d without dropout: scores %v, want %v", salt, i, got, all)
			}
		}
	}
}
