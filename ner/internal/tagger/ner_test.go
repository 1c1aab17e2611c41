package tagger

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/internal/testsupport"
	"tippani/ner/conll"
)

func readDev(t testing.TB) []conll.Sentence {
	t.Helper()
	return readCoNLL(t, testsupport.Path(t, testsupport.DevCorpus))
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

func TestEncodeDecodeRoundTrip(t *testing.T) {
	m := shipped(t)
	var a bytes.Buffer
	if err := m.Encode(&a); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), shippedBytes(t)) {
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
	data := shippedBytes(t)
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
	m := shipped(t)
	for _, s := range readDev(t)[:500] {
		tags := m.TagTokens(s.Tokens)
		if len(tags) != len(s.Tokens) {
			t.Fatalf("%d tags for %d tokens", len(tags), len(s.Tokens))
		}
		prev := "O"
		for i, tag := range tags {
			if LabelIndex(tag) == LabelO && tag != "O" {
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
	m := shipped(t)
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
	if got := shipped(t).Recognize("", nil); got != nil {
		t.Errorf("Recognize on empty text = %v", got)
	}
}

// A surname on its own is labelled in a text that names the person in
// full elsewhere, even when the sentence alone does not support it.
func TestDocumentConsistencyLabelsSurname(t *testing.T) {
	m := shipped(t)
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
		if got := LatinAcronym(key); got != c.latin {
			t.Errorf("LatinAcronym(%s) = %q, want %q", c.word, got, c.latin)
		}
	}
}

func TestRecognizeAllocationsDoNotGrowWithFeatures(t *testing.T) {
	text, toks := sampleText(t)
	m := shipped(t)
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
	m := shipped(t)
	words := []string{"विदेश", "मंत्री", "गिदोन", "सार", "ने", "तेल", "अवीव", "में", "कहा"}
	fresh := NewFeaturizer(m.gaz, m.known, m.bits)
	fresh.sentence(words, 0)
	want := append([]uint32(nil), fresh.feats...)

	full := NewFeaturizer(m.gaz, m.known, m.bits)
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
	want := shipped(t).Recognize(text, good)
	got := shipped(t).Recognize(text, bad)
	if len(got) != len(want) || len(want) == 0 {
		t.Fatalf("with bad tokens %+v, clean %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entity %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TagDocument reads sentences as one text: a name found in one sentence
// labels its mentions in the others, as Recognize does in an article,
// and no span runs from one sentence into the next.
func TestTagDocumentCarriesNamesAcrossSentences(t *testing.T) {
	m := shipped(t)
	sents := [][]string{
		strings.Fields("कप्तान ट्रैविस हेड ने शतक लगाया ।"),
		strings.Fields("बाद में ट्रैविस हेड ने कहा कि पिच अच्छी थी ।"),
		strings.Fields("उन्होंने कहा ट्रैविस"), // a name's first word ends this one …
		strings.Fields("हेड ने अच्छा खेला ।"),  // … and its last starts the next
	}
	if got := m.TagTokens(sents[1]); slices.Contains(got, "B-PER") {
		t.Fatalf("alone, the second sentence already has its name: %v", got)
	}
	want := [][]string{
		strings.Fields("O B-PER I-PER O O O O"),
		strings.Fields("O O B-PER I-PER O O O O O O O"),
		strings.Fields("O O O"),
		strings.Fields("B-PER O O O O"), // the surname alone, as a person's
	}
	got := m.TagDocument(sents)
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("sentence %d: %v, want %v", i+1, got[i], want[i])
		}
	}
	if got := m.TagDocument(nil); len(got) != 0 {
		t.Errorf("no sentences: %v", got)
	}
	if got := m.TagDocument([][]string{{}, strings.Fields("दिल्ली में")}); len(got[0]) != 0 || got[1][0] != "B-LOC" {
		t.Errorf("an empty sentence among others: %v", got)
	}
}
