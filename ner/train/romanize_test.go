package train

import (
	"math/rand"
	"testing"

	"tippani/ner/internal/tagger"
)

func TestRomanize(t *testing.T) {
	for w, want := range map[string]string{
		"दिल्ली": "Dilli", "पुलिस": "Pulis", "मुंबई": "Mumbai", "भारत": "Bharat", "इसरो": "Isro",
		"नरेन्द्र": "Narendra", "शाहरुख़": "Shahrukh", "चंपारण": "Champaran", "ज़": "Za", "JWG": "JWG",
	} {
		if got := romanize(w, nil); got != want {
			t.Errorf("romanize(%s) = %s, want %s", w, got, want)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for w, want := range map[string]string{"ईबीआरडी": "EBRD", "डीआरडीओ": "DRDO"} {
		if got := latinName(w, rng); got != want {
			t.Errorf("latinName(%s) = %s, want %s", w, got, want)
		}
	}
}

// Copies keep every label and rewrite only words inside names.
func TestLatinCopies(t *testing.T) {
	bORG, iORG := int8(tagger.LabelIndex("B-ORG")), int8(tagger.LabelIndex("I-ORG"))
	ex := example{words: []string{"दिल्ली", "पुलिस", "ने", "ईबीआरडी", "को", "लिखा"},
		gold: []int8{bORG, iORG, tagger.LabelO, bORG, tagger.LabelO, tagger.LabelO}}
	copies := latinCopies([]example{ex, {words: []string{"कुछ", "नहीं"}, gold: []int8{tagger.LabelO, tagger.LabelO}}}, 1, rand.New(rand.NewSource(3)))
	if len(copies) != 1 {
		t.Fatalf("%d copies, want 1 (the sentence without a name is not copied)", len(copies))
	}
	c := copies[0]
	if c.corpus != corpusLatin || &c.gold[0] != &ex.gold[0] {
		t.Errorf("copy corpus %d, labels not shared", c.corpus)
	}
	for i, w := range c.words {
		if ex.gold[i] == tagger.LabelO && w != ex.words[i] {
			t.Errorf("word %d outside a name rewritten: %s", i, w)
		}
	}
	if ex.words[0] != "दिल्ली" {
		t.Error("the source sentence was changed")
	}
}
