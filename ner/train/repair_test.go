package train

import (
	"strings"
	"testing"

	"tippani/ner/internal/tagger"
)

func TestRepairSpans(t *testing.T) {
	for _, c := range []struct{ words, gold, want string }{
		// A postposition absorbed at the end is trimmed.
		{"कवि पम्पा के कार्यों", "O B-PER I-PER O", "O B-PER O O"},
		// An opening initial that spells a postposition stays.
		{"के वी बालासुब्रमण्यन :", "B-PER I-PER I-PER O", "B-PER I-PER I-PER O"},
		// A trailing joiner or comma goes.
		{"गोवा और तेलंगाना", "B-LOC I-LOC B-LOC", "B-LOC O B-LOC"},
		// Brackets around the whole span go; a pair after the name stays.
		{"झील ( गोहाना ताल ) ,", "O B-LOC I-LOC I-LOC I-LOC O", "O O B-LOC I-LOC O O"},
		{"आयोग ( यूपीएससी ) की", "B-ORG I-ORG I-ORG I-ORG O", "B-ORG I-ORG I-ORG I-ORG O"},
		// A lone closing bracket goes.
		{"( देवगिरी ) से", "O B-LOC I-LOC O", "O B-LOC O O"},
		// A span of junk alone becomes O.
		{"नापसन्द से किसी", "O B-PER O", "O O O"},
	} {
		words := strings.Fields(c.words)
		var gold []int8
		for _, g := range strings.Fields(c.gold) {
			gold = append(gold, int8(tagger.LabelIndex(g)))
		}
		changed := repairSpans(words, gold)
		var got []string
		for _, y := range gold {
			got = append(got, tagger.LabelNames[y])
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%s: got %s, want %s", c.words, strings.Join(got, " "), c.want)
		}
		if (changed > 0) != (c.gold != c.want) {
			t.Errorf("%s: %d spans reported changed", c.words, changed)
		}
	}
}
