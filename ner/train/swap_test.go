package train

import (
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"tippani/ner/gazetteer"
	"tippani/ner/internal/tagger"
)

func labels(tags ...string) []int8 {
	out := make([]int8, len(tags))
	for i, t := range tags {
		out[i] = int8(tagger.LabelIndex(t))
	}
	return out
}

// swapExamples are three sentences: two with names, one without.
func swapExamples() []example {
	return []example{
		{words: []string{"नरेंद्र", "मोदी", "ने", "दिल्ली", "में", "भाषण", "दिया"},
			gold: labels("B-PER", "I-PER", "O", "B-LOC", "O", "O", "O")},
		{words: []string{"कुछ", "नहीं", "हुआ"}, gold: labels("O", "O", "O")},
		{words: []string{"संयुक्त", "राष्ट्र", "सुरक्षा", "परिषद", "और", "ममता", "से", "मुंबई", "तक"},
			gold: labels("B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O", "B-LOC", "O")},
	}
}

// A swapped copy keeps every word outside a name, its labels are
// well-formed BIO, and each name is one of the pool's of the same type.
func TestSwapCopies(t *testing.T) {
	exs := swapExamples()
	pool := namePool(exs, false)
	if got := len(pool[tagger.LabelIndex("B-PER")]); got != 2 {
		t.Fatalf("pool holds %d people, want 2", got)
	}
	copies := swapCopies(exs, pool, 1, rand.New(rand.NewSource(7)))
	if len(copies) != 2 {
		t.Fatalf("%d copies, want 2 (the sentence without a name is not copied)", len(copies))
	}
	for _, c := range copies {
		src := exs[c.source]
		if c.corpus != corpusSwap || c.source == 1 || !c.copied() {
			t.Errorf("copy of corpus %d from sentence %d", c.corpus, c.source)
		}
		if len(c.words) != len(c.gold) {
			t.Fatalf("copy has %d words and %d labels", len(c.words), len(c.gold))
		}
		var outside, srcOutside []string
		for i, j := 0, 0; i < len(c.gold); i = j {
			j = i + 1
			if c.gold[i] == tagger.LabelO {
				outside = append(outside, c.words[i])
				continue
			}
			b := int(c.gold[i])
			if tagger.LabelNames[b][0] != 'B' {
				t.Fatalf("copy %v: a name starts with %s", c.words, tagger.LabelNames[b])
			}
			for j < len(c.gold) && int(c.gold[j]) == b+1 {
				j++
			}
			if !slices.ContainsFunc(pool[b], func(n []string) bool { return slices.Equal(n, c.words[i:j]) }) {
				t.Errorf("copy name %v (%s) is no %s of the pool", c.words[i:j], tagger.LabelNames[b], tagger.LabelNames[b])
			}
		}
		for i, w := range src.words {
			if src.gold[i] == tagger.LabelO {
				srcOutside = append(srcOutside, w)
			}
		}
		if !slices.Equal(outside, srcOutside) {
			t.Errorf("words outside names %v, source has %v", outside, srcOutside)
		}
	}
	if exs[0].words[0] != "नरेंद्र" || exs[0].gold[1] != int8(tagger.LabelIndex("I-PER")) {
		t.Error("the source sentence was changed")
	}
	again := swapCopies(swapExamples(), pool, 1, rand.New(rand.NewSource(7)))
	if !reflect.DeepEqual(copies, again) {
		t.Error("the same seed gave other copies")
	}
}

// Over many draws a copy's names take every length the pool offers, so
// labels are rebuilt for the new length rather than kept.
func TestSwapCopiesRebuildLabels(t *testing.T) {
	exs := swapExamples()
	pool := namePool(exs, false)
	lengths := map[int]bool{}
	rng := rand.New(rand.NewSource(1))
	for range 50 {
		for _, c := range swapCopies(exs[2:], pool, 1, rng) {
			i, j, _ := tagger.NextSpan(c.gold, 0)
			if c.gold[i] != int8(tagger.LabelIndex("B-ORG")) {
				t.Fatalf("first name of %v is %s", c.words, tagger.LabelNames[c.gold[i]])
			}
			lengths[j-i] = true
		}
	}
	if !lengths[4] || len(lengths) != 1 {
		// the pool has one organisation: four words
		t.Errorf("organisation lengths %v, want only 4", lengths)
	}
	pool[tagger.LabelIndex("B-ORG")] = append(pool[tagger.LabelIndex("B-ORG")], []string{"इसरो"})
	clear(lengths)
	for range 50 {
		for _, c := range swapCopies(exs[2:], pool, 1, rng) {
			i, j, _ := tagger.NextSpan(c.gold, 0)
			lengths[j-i] = true
		}
	}
	if !lengths[1] || !lengths[4] {
		t.Errorf("organisation lengths %v, want 1 and 4", lengths)
	}
}

// The rare pool keeps only names holding a word seen fewer than twice.
func TestNamePoolRare(t *testing.T) {
	exs := append(swapExamples(), example{words: []string{"दिल्ली", "और", "ममता"}, gold: labels("B-LOC", "O", "B-PER")})
	pool := namePool(exs, true)
	for b, names := range pool {
		for _, n := range names {
			if n[0] == "दिल्ली" || n[0] == "ममता" {
				t.Errorf("%s %v is in the rare pool though each word is seen twice", tagger.LabelNames[b], n)
			}
		}
	}
	if got := len(pool[tagger.LabelIndex("B-PER")]); got != 1 {
		t.Errorf("rare pool holds %d people, want 1 (नरेंद्र मोदी)", got)
	}
	if got := len(pool[tagger.LabelIndex("B-LOC")]); got != 1 {
		t.Errorf("rare pool holds %d places, want 1 (मुंबई)", got)
	}
}

// A swapped copy takes its source's fold, whatever fold the seed draws.
func TestSwapCopiesShareFold(t *testing.T) {
	exs := swapExamples()
	exs = append(exs, swapCopies(exs, namePool(exs, false), 1, rand.New(rand.NewSource(2)))...)
	opts := DefaultTrainOptions("")
	opts.Bits = 12
	for seed := range int64(5) {
		foldedData(exs, rand.New(rand.NewSource(seed)), gazetteer.Builtin(), opts)
		for _, ex := range exs[3:] {
			if ex.fold != exs[ex.source].fold {
				t.Fatalf("seed %d: copy in fold %d, its source in %d", seed, ex.fold, exs[ex.source].fold)
			}
		}
	}
}
