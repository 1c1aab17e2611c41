package ner

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/ner/conll"
)

// devFloor is the dev micro F1 the shipped model must keep: the
// project's goal (MODEL.md records the measured value).
const devFloor = 0.78

// The floors of TestHeldOutFigures.
const (
	unseenFloor     = 0.77
	multiconerFloor = 0.80
	latinFloor      = 0.68
)

func readDev(t testing.TB) []conll.Sentence {
	t.Helper()
	return readCoNLL(t, sharedPath(t, "data/ner/"+ILNERDev))
}

// readCoNLL reads a whole CoNLL file, failing the test on any error.
func readCoNLL(t testing.TB, path string) []conll.Sentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conll.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

func TestEmbeddedModelDecodes(t *testing.T) {
	if err := DefaultErr(); err != nil {
		t.Fatal(err)
	}
	if Default().Info == "" {
		t.Error("embedded model carries no provenance string")
	}
}

func TestDevMicroF1(t *testing.T) {
	rep := Default().Evaluate(readDev(t))
	micro := rep.Micro()
	var b strings.Builder
	rep.WriteTable(&b)
	t.Log("\n" + b.String())
	if micro.TP+micro.FN < 600 {
		t.Fatalf("dev has %d gold entities; expected about 678 — wrong file?", micro.TP+micro.FN)
	}
	if f := micro.F1(); f < devFloor {
		t.Errorf("dev micro F1 %.4f below %.2f", f, devFloor)
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	m := Default()
	var a bytes.Buffer
	if err := m.Encode(&a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), embeddedModel) {
		t.Error("re-encoding the embedded model does not reproduce its bytes")
	}
	m2, err := Decode(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range readDev(t)[:300] {
		x, y := m.TagTokens(s.Tokens), m2.TagTokens(s.Tokens)
		if strings.Join(x, " ") != strings.Join(y, " ") {
			t.Fatalf("sentence %d tagged differently after a round trip", i)
		}
	}
}

func TestDecodeRejectsDamagedFiles(t *testing.T) {
	if _, err := Decode([]byte("not a model")); err == nil {
		t.Error("accepted a file without the magic")
	}
	data := embeddedModel
	for _, cut := range []int{len(fileMagic), len(fileMagic) + 1, 40, 200, len(data) / 2, len(data) - 1} {
		if _, err := Decode(data[:cut]); err == nil {
			t.Errorf("accepted the model truncated to %d of %d bytes", cut, len(data))
		}
	}
	extra := append(append([]byte{}, data...), 0)
	if _, err := Decode(extra); err == nil {
		t.Error("accepted trailing garbage")
	}
}

func TestTagTokensValidBIO(t *testing.T) {
	m := Default()
	for _, s := range readDev(t)[:500] {
		tags := m.TagTokens(s.Tokens)
		if len(tags) != len(s.Tokens) {
			t.Fatalf("%d tags for %d tokens", len(tags), len(s.Tokens))
		}
		prev := "O"
		for i, tag := range tags {
			if labelIndex(tag) == labelO && tag != "O" {
				t.Fatalf("unknown tag %q", tag)
			}
			if strings.HasPrefix(tag, "I-") && (prev == "O" || prev[2:] != tag[2:]) {
				t.Fatalf("token %d: %s after %s breaks BIO", i, tag, prev)
			}
			prev = tag
		}
	}
	if got := m.TagTokens(nil); len(got) != 0 {
		t.Errorf("TagTokens(nil) = %v", got)
	}
}

// Precomposed nukta letters and their decomposed spelling must be tagged
// alike: both reach the model through the same display form.
func TestTagTokensNormalizesInput(t *testing.T) {
	m := Default()
	precomposed := []string{"इ\u095Bराइल", "के", "प्रधानमंत्री", "ने", "कहा"}
	decomposed := []string{"इज\u093Cराइल", "के", "प्रधानमंत्री", "ने", "कहा"}
	a, b := m.TagTokens(precomposed), m.TagTokens(decomposed)
	if strings.Join(a, " ") != strings.Join(b, " ") {
		t.Errorf("precomposed %v, decomposed %v", a, b)
	}
	if a[0] != "B-LOC" {
		t.Errorf("इज़राइल tagged %s, want B-LOC", a[0])
	}
}

func TestRecognizeSpansAreWellFormed(t *testing.T) {
	text, ents := recognizeSample(t)
	toks := tokenize.Tokens(text)
	starts, ends := map[int]bool{}, map[int]bool{}
	for _, tk := range toks {
		starts[tk.Start], ends[tk.End] = true, true
	}
	last := -1
	for _, e := range ents {
		if !starts[e.Start] || !ends[e.End] || e.Start >= e.End {
			t.Errorf("entity %+v does not sit on token boundaries", e)
		}
		if e.Start < last {
			t.Errorf("entity %+v overlaps or is out of order", e)
		}
		last = e.End
		if e.Score < 0 || e.Score > 1 {
			t.Errorf("entity %+v score outside [0,1]", e)
		}
		if e.Type != "PER" && e.Type != "LOC" && e.Type != "ORG" {
			t.Errorf("entity %+v has type %q", e, e.Type)
		}
	}
	if got := Default().Recognize("", nil); got != nil {
		t.Errorf("Recognize on empty text = %v", got)
	}
}

// A surname on its own is labelled in a text that names the person in
// full elsewhere, even when the sentence alone does not support it.
func TestDocumentConsistencyLabelsSurname(t *testing.T) {
	m := Default()
	alone := "उसके बाद सार बोले ।"
	if tags := m.TagTokens(strings.Fields(alone)); tags[2] != "O" {
		t.Fatalf("premise failed: सार alone is already tagged %s", tags[2])
	}
	text := normalize.String("इजरायल के विदेश मंत्री गिदोन सार ने कहा कि दोनों देश मिलकर काम करेंगे ।\n" + alone)
	ents := m.Recognize(text, tokenize.Tokens(text))
	second := strings.LastIndex(text, "सार")
	for _, e := range ents {
		if e.Start == second {
			if e.Type != "PER" {
				t.Errorf("surname labelled %s, want PER", e.Type)
			}
			return
		}
	}
	t.Errorf("surname in the second sentence not labelled; entities %+v", ents)
}

func TestLetterNameAcronyms(t *testing.T) {
	cases := []struct {
		word  string
		n     int
		latin string
	}{
		{"ईबीआरडी", 4, "ebrd"},
		{"जेडब्ल्यूजी", 3, "jwg"}, // जे+डब्ल्यू+जी, the fewest-syllable reading
		{"एसएलडब्ल्यूएम", 4, "slwm"},
		{"पीटीआई", 3, "pti"},
		{"भारत", 0, ""},
		{"एस", 1, ""},
		{"", 0, ""},
	}
	for _, c := range cases {
		key := normalize.Key(normalize.String(c.word))
		if got := letterSyllables(key); got != c.n {
			t.Errorf("letterSyllables(%s) = %d, want %d", c.word, got, c.n)
		}
		if got := latinAcronym(key); got != c.latin {
			t.Errorf("latinAcronym(%s) = %q, want %q", c.word, got, c.latin)
		}
	}
}

func TestRecognizeAllocationsDoNotGrowWithFeatures(t *testing.T) {
	text, toks := sampleText(t)
	m := Default()
	m.Recognize(text, toks) // warm the word cache
	allocs := testing.AllocsPerRun(20, func() { m.Recognize(text, toks) })
	// Output slices and per-call maps allocate; features must not
	// (there are about forty per token).
	if allocs > float64(len(toks))/4 {
		t.Errorf("%.0f allocations for %d tokens", allocs, len(toks))
	}
	t.Logf("%.0f allocations per Recognize of %d tokens", allocs, len(toks))
}

// The word cache is emptied between sentences only, so a sentence that
// arrives when the cache is full is featurized exactly as with a fresh
// cache.
func TestWordCacheResetKeepsFeatures(t *testing.T) {
	m := Default()
	words := []string{"विदेश", "मंत्री", "गिदोन", "सार", "ने", "तेल", "अवीव", "में", "कहा"}
	fresh := newFeaturizer(m.gaz, m.known, m.bits)
	fresh.sentence(words, 0)
	want := append([]uint32(nil), fresh.feats...)

	full := newFeaturizer(m.gaz, m.known, m.bits)
	for i := 0; len(full.infos) < maxCachedWords-3; i++ {
		w := "शब्द" + strconv.Itoa(i)
		full.infoMiss(w, wordHash(w))
	}
	full.sentence(words, 0)
	if len(full.feats) != len(want) {
		t.Fatalf("%d features after a reset, %d fresh", len(full.feats), len(want))
	}
	for i := range want {
		if full.feats[i] != want[i] {
			t.Fatalf("feature %d differs after a cache reset", i)
		}
	}
}

func TestRecognizeIgnoresBadTokens(t *testing.T) {
	text := normalize.String("भारत और इज़राइल")
	good := tokenize.Tokens(text)
	bad := append([]tokenize.Token{{Start: -1, End: 3}, {Start: 5, End: 2}}, good...)
	bad = append(bad, tokenize.Token{Start: len(text) - 1, End: len(text) + 10}, good[0])
	want := Default().Recognize(text, good)
	got := Default().Recognize(text, bad)
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("with bad tokens %+v, clean %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entity %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// The held-out checks beyond IL-NER dev: its sentences found in no
// training corpus, MultiCoNER II dev (short encyclopedic sentences in
// another style, types mapped to PER/LOC/ORG), and the Latin-script
// names test written for Tippani. Each floor sits a little under the
// shipped model's figure (MODEL.md), so a model that regresses fails.
func TestHeldOutFigures(t *testing.T) {
	m := Default()
	seen, err := LoadSeen(sharedPath(t, "data/ner"))
	if err != nil {
		t.Fatal(err)
	}
	var unseen []conll.Sentence
	for _, s := range readDev(t) {
		if !seen.Has(s.Tokens) {
			unseen = append(unseen, s)
		}
	}
	if n := len(unseen); n < 1200 || n > 1300 {
		t.Fatalf("%d dev sentences in no training corpus; expected 1277", n)
	}
	for _, c := range []struct {
		name  string
		sents []conll.Sentence
		floor float64
	}{
		{"IL-NER dev, unseen sentences", unseen, unseenFloor},
		{"MultiCoNER II dev", readCoNLL(t, sharedPath(t, "data/ner/"+MultiCoNERDev)), multiconerFloor},
		{"Latin-script names", readCoNLL(t, "testdata/latin-hi.conll"), latinFloor},
	} {
		f := m.Evaluate(c.sents).Micro().F1()
		t.Logf("%s: micro F1 %.4f", c.name, f)
		if f < c.floor {
			t.Errorf("%s: micro F1 %.4f below %.2f", c.name, f, c.floor)
		}
	}
}
