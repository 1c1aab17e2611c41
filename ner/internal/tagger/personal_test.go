package tagger

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"tippani/hindi/tokenize"
)

// A film beat: three names the shipped model gets wrong (एटली, the
// made-up कुंचाकोबोबन and the studio होम्बले फिल्म्स, all missed), taught once
// in one sentence.
var (
	lessonText = "निर्देशक एटली की नई फिल्म में कुंचाकोबोबन मुख्य भूमिका में हैं और इसे होम्बले फिल्म्स बना रहा है ।"
	lessonTags = "O B-PER O O O O B-PER O O O O O O B-ORG I-ORG O O O O"
	// Other sentences that mention them, in other contexts, with their
	// truth.
	laterTexts = []struct{ text, tags string }{
		{"एटली ने कहा कि कुंचाकोबोबन के साथ काम करना अच्छा रहा ।", "B-PER O O O B-PER O O O O O O O"},
		{"होम्बले फिल्म्स की अगली फिल्म अगले साल आएगी ।", "B-ORG I-ORG O O O O O O O"},
		{"फिल्म की शूटिंग चेन्नई में हुई और एटली ने होम्बले फिल्म्स को धन्यवाद दिया ।", "O O O B-LOC O O O B-PER O B-ORG I-ORG O O O O"},
		{"कल कुंचाकोबोबन और एटली ने मुंबई में बात की ।", "O B-PER O B-PER O B-LOC O O O O"},
	}
)

func freshModel(t testing.TB) *Model {
	t.Helper()
	m, err := Decode(shippedBytes(t))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func teachFilmBeat(t testing.TB, m *Model) *Layer {
	t.Helper()
	l := NewLayer(m)
	res := l.Learn(m, []Lesson{{Tokens: strings.Fields(lessonText), Tags: strings.Fields(lessonTags)}}, "doc-1", 3)
	if res.Sentences != 1 || res.Changed != 1 {
		t.Fatalf("Learn = %+v, want one sentence the model got wrong", res)
	}
	m.SetLayer(l)
	return l
}

func TestLessonCarriesToOtherSentences(t *testing.T) {
	frozen := shipped(t)
	m := freshModel(t)
	wrong := 0
	for _, s := range laterTexts {
		if !slices.Equal(frozen.TagTokens(strings.Fields(s.text)), strings.Fields(s.tags)) {
			wrong++
		}
	}
	if wrong < 3 {
		t.Fatalf("the shipped model already gets %d of %d later sentences right: the test teaches nothing", len(laterTexts)-wrong, len(laterTexts))
	}
	teachFilmBeat(t, m)
	if got := m.TagTokens(strings.Fields(lessonText)); !slices.Equal(got, strings.Fields(lessonTags)) {
		t.Errorf("the taught sentence: %v, want %v", got, lessonTags)
	}
	for _, s := range laterTexts {
		if got := m.TagTokens(strings.Fields(s.text)); !slices.Equal(got, strings.Fields(s.tags)) {
			t.Errorf("%s\n got %v\nwant %v", s.text, got, s.tags)
		}
	}
}

func TestLessonReachesSimilarNames(t *testing.T) {
	// The name with an honorific glued on shares the taught word's
	// first four letters, not the word itself.
	toks := strings.Fields("कल कुंचाकोबोबनजी मुंबई पहुंचे ।")
	if got := shipped(t).TagTokens(toks); got[1] == "B-PER" {
		t.Fatalf("the shipped model already finds कुंचाकोबोबनजी: %v", got)
	}
	m := freshModel(t)
	teachFilmBeat(t, m)
	if got := m.TagTokens(toks); got[1] != "B-PER" {
		t.Errorf("कुंचाकोबोबनजी: %v", got)
	}
}

func TestLessonLeavesCommonWordsAlone(t *testing.T) {
	// नयनतारा is frequent in the training corpora: a reader's label for
	// it changes nothing, so no common word's weights move either.
	m := freshModel(t)
	l := NewLayer(m)
	toks := strings.Fields("कल नयनतारा और सरकार की बैठक हुई ।")
	tags := strings.Fields("O B-ORG O B-ORG O O O O")
	l.Learn(m, []Lesson{{Tokens: toks, Tags: tags}}, "d", 1)
	if st := l.Stats(); st.Rows != 0 || st.Lessons != 1 {
		t.Errorf("Stats = %+v, want one lesson and no rows", st)
	}
}

func TestForgettingGivesTheShippedModelBack(t *testing.T) {
	m := freshModel(t)
	text := strings.Join([]string{lessonText, laterTexts[0].text, laterTexts[2].text}, " ")
	before := m.TagTokens(strings.Fields(text))
	teachFilmBeat(t, m)
	if slices.Equal(m.TagTokens(strings.Fields(text)), before) {
		t.Fatal("the layer changed nothing")
	}
	m.SetLayer(nil)
	if got := m.TagTokens(strings.Fields(text)); !slices.Equal(got, before) {
		t.Errorf("after SetLayer(nil): %v, want %v", got, before)
	}
	m.SetLayer(NewLayer(m))
	if got := m.TagTokens(strings.Fields(text)); !slices.Equal(got, before) {
		t.Errorf("with an empty layer: %v, want %v", got, before)
	}
}

func TestLayerStatsAndNames(t *testing.T) {
	m := freshModel(t)
	l := teachFilmBeat(t, m)
	l.Learn(m, []Lesson{{Tokens: strings.Fields(laterTexts[0].text), Tags: strings.Fields(laterTexts[0].tags)}}, "doc-2", 1)
	l.Learn(m, []Lesson{{Tokens: strings.Fields(laterTexts[1].text), Tags: strings.Fields(laterTexts[1].tags)}}, "doc-1", 1)
	st := l.Stats()
	if st.Lessons != 3 || st.Decisions != 5 || st.Documents != 2 {
		t.Errorf("Stats = %+v, want 3 lessons, 5 decisions, 2 documents", st)
	}
	want := []LearnedName{{"होम्बले फिल्म्स", "ORG"}, {"कुंचाकोबोबन", "PER"}, {"एटली", "PER"}}
	if got := l.Names(); !slices.Equal(got, want) {
		t.Errorf("Names = %v, want %v", got, want)
	}
}

func TestLayerFileRoundTrip(t *testing.T) {
	m := freshModel(t)
	l := teachFilmBeat(t, m)
	data := l.Encode()
	m2 := freshModel(t)
	l2, err := DecodeLayer(m2, data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(l2.Encode(), data) {
		t.Error("decode and encode do not give the same file")
	}
	m2.SetLayer(l2)
	for _, s := range laterTexts {
		toks := strings.Fields(s.text)
		if a, b := m.TagTokens(toks), m2.TagTokens(toks); !slices.Equal(a, b) {
			t.Errorf("%s: %v after the round trip, %v before", s.text, b, a)
		}
	}
	if l2.Stats() != l.Stats() || !slices.Equal(l2.Names(), l.Names()) {
		t.Errorf("stats or names changed: %+v %v", l2.Stats(), l2.Names())
	}
}

func TestDecodeLayerRejectsDamagedFiles(t *testing.T) {
	m := freshModel(t)
	data := teachFilmBeat(t, m).Encode()
	for n := 0; n < len(data); n++ {
		if _, err := DecodeLayer(m, data[:n]); err == nil {
			t.Fatalf("a file cut to %d of %d bytes was accepted", n, len(data))
		}
	}
	if _, err := DecodeLayer(m, append(slices.Clone(data), 0)); err != ErrLayerDamage {
		t.Errorf("trailing byte: %v", err)
	}
	if _, err := DecodeLayer(m, []byte("{\"not\": \"a layer\"}")); err != ErrLayerFormat {
		t.Errorf("JSON: %v", err)
	}
	other := slices.Clone(data)
	other[len(layerMagic)+1] ^= 1 // the model fingerprint
	if _, err := DecodeLayer(m, other); err != ErrLayerModel {
		t.Errorf("another model's layer: %v", err)
	}
	// A delta beyond the bound: the last float of the file is a snapshot
	// sum, the seven before it the deltas.
	huge := slices.Clone(data)
	copy(huge[len(huge)-4:], []byte{0, 0, 0x80, 0x7f}) // +Inf
	if _, err := DecodeLayer(m, huge); err != ErrLayerDamage {
		t.Errorf("infinite sum: %v", err)
	}
}

func TestLayerStaysWithinItsBound(t *testing.T) {
	m := freshModel(t)
	l := NewLayer(m)
	l.lessons = 1
	strength := func(b int) float32 { return float32(1 + b*7%maxAffixDelta) }
	for b := 0; b < MaxLayerRows; b++ {
		l.add(l.row(uint32(b), 1), labelBPER, strength(b), 1, maxAffixDelta)
	}
	// One row more: the weakest sixteenth make room, the new row stays.
	newest := uint32(MaxLayerRows)
	l.add(l.row(newest, 1), labelBPER, 1, 1, maxAffixDelta)
	if n := len(l.buckets); n > MaxLayerRows || n < MaxLayerRows-MaxLayerRows/16 {
		t.Fatalf("%d rows after pruning, bound %d", n, MaxLayerRows)
	}
	if _, ok := l.rows.Find(uint64(newest), struct{}{}); !ok {
		t.Error("the row being added was dropped")
	}
	weakestKept, strongestDropped := float32(maxAffixDelta), float32(0)
	for b := 0; b < MaxLayerRows; b++ {
		if _, ok := l.rows.Find(uint64(b), struct{}{}); ok {
			weakestKept = min(weakestKept, strength(b))
		} else {
			strongestDropped = max(strongestDropped, strength(b))
		}
	}
	if strongestDropped > weakestKept {
		t.Errorf("a row of strength %v was dropped while one of %v was kept", strongestDropped, weakestKept)
	}
	if _, err := DecodeLayer(m, l.Encode()); err != nil {
		t.Errorf("a layer at its bound does not decode: %v", err)
	}
}

func TestLearnSkipsWhatItCannotUse(t *testing.T) {
	m := freshModel(t)
	l := NewLayer(m)
	res := l.Learn(m, []Lesson{{Tokens: []string{"a", "b"}, Tags: []string{"O"}}, {}}, "d", 1)
	if res.Sentences != 0 || !l.Empty() {
		t.Errorf("Learn = %+v on lessons with no usable sentence", res)
	}
}

func TestLessonsInTakesOnlyTouchedSentences(t *testing.T) {
	text := "निर्देशक एटली की फिल्म आई ।\nकल कुंचाकोबोबन मुंबई पहुंचे । आज बारिश हुई ।"
	toks := tokenize.Tokens(text)
	at := func(s string) NameSpan {
		i := strings.Index(text, s)
		return NameSpan{Start: i, End: i + len(s)}
	}
	atli, kunch, mumbai := at("एटली"), at("कुंचाकोबोबन"), at("मुंबई")
	atli.Type, kunch.Type, mumbai.Type = "PER", "PER", "DATE"
	names := []NameSpan{atli, kunch, mumbai}
	got := LessonsIn(text, toks, names, [][2]int{{kunch.Start, kunch.End}})
	if len(got) != 1 {
		t.Fatalf("%d lessons, want the one touched sentence: %+v", len(got), got)
	}
	want := Lesson{
		Tokens: strings.Fields("कल कुंचाकोबोबन मुंबई पहुंचे ।"),
		Tags:   strings.Fields("O B-PER O O O"), // a date is no name
	}
	if !slices.Equal(got[0].Tokens, want.Tokens) || !slices.Equal(got[0].Tags, want.Tags) {
		t.Errorf("got %+v, want %+v", got[0], want)
	}
	// A removal leaves an empty range where the name was.
	got = LessonsIn(text, toks, nil, [][2]int{{atli.Start, atli.Start}})
	if len(got) != 1 || !slices.Equal(got[0].Tags, strings.Fields("O O O O O O")) {
		t.Errorf("removal: %+v", got)
	}
	// A two-word name is B then I; two names side by side stay apart.
	two := []NameSpan{{at("कल").Start, kunch.End, "ORG"}, {mumbai.Start, mumbai.End, "LOC"}}
	got = LessonsIn(text, toks, two, [][2]int{{0, len(text)}})
	if len(got) != 3 || !slices.Equal(got[1].Tags, strings.Fields("B-ORG I-ORG B-LOC O O")) {
		t.Errorf("whole text: %+v", got)
	}
}

// TestLayerReachesRareWordsOnly gives a layer rows that push every own
// feature of a word to LOC, as far as a word's own row may go, and checks
// that prediction lets them move a rare word and never a common one: a
// common word shares its affixes with the rare names whose lessons move
// them.
func TestLayerReachesRareWordsOnly(t *testing.T) {
	for _, c := range []struct {
		sentence string
		at       int
		rare     bool
	}{
		{"कल कुंचाकोबोबन ने बैठक बुलाई ।", 1, true},
		{"कल सरकार ने बैठक बुलाई ।", 1, false},
	} {
		m := freshModel(t)
		toks := strings.Fields(c.sentence)
		before := m.TagTokens(toks)
		l := NewLayer(m)
		l.lessons = 1
		w := m.getWork()
		w.f.sentence(DisplayWords(nil, toks), 0)
		wi := &w.f.infos[w.f.idx[c.at]]
		if wi.rare != c.rare {
			m.putWork(w)
			t.Fatalf("%s: rare = %v, the test needs %v", toks[c.at], wi.rare, c.rare)
		}
		from := w.f.offs[c.at]
		for _, b := range w.f.feats[from : from+int32(ownLen(wi, 0))] {
			r := l.row(b, 1)
			l.add(r, LabelIndex("B-LOC"), maxWordDelta, 1, maxWordDelta)
			l.add(r, LabelO, -maxWordDelta, 1, maxWordDelta)
		}
		m.putWork(w)
		m.SetLayer(l)
		after := m.TagTokens(toks)
		if moved := after[c.at] != before[c.at]; moved != c.rare {
			t.Errorf("%s (rare %v): %s with the layer, %s without", toks[c.at], c.rare, after[c.at], before[c.at])
		}
	}
}

func TestConfirmedReadingTeachesNoWordOutOfContext(t *testing.T) {
	// चमन is a first name in "प्रोफेसर चमन लाल" and the word for a garden
	// in a novel's title. The shipped model reads both sentences as the
	// annotation does; confirming the first must not make चमन a person
	// in the second.
	name := Lesson{Tokens: strings.Fields("इसे प्रोफेसर चमन लाल ने संपादित किया है ।"), Tags: strings.Fields("O O B-PER I-PER O O O O O")}
	title := strings.Fields("उनके उपन्यासों में गर्दिश - ए - रंग - ए - चमन काफी मशहूर है ।")
	frozen := shipped(t)
	if got := frozen.TagTokens(name.Tokens); !slices.Equal(got, name.Tags) {
		t.Fatalf("the shipped model misreads the name (%v): the test needs one it reads rightly", got)
	}
	if got := frozen.TagTokens(title); got[11] != "O" {
		t.Fatalf("the shipped model already reads चमन in the title as %s", got[11])
	}
	m := freshModel(t)
	l := NewLayer(m)
	l.Learn(m, []Lesson{name}, "doc-1", 1)
	m.SetLayer(l)
	if got := m.TagTokens(title); got[11] != "O" {
		t.Errorf("after confirming प्रोफेसर चमन लाल, चमन in the title reads %s, want O", got[11])
	}
	if got := m.TagTokens(name.Tokens); !slices.Equal(got, name.Tags) {
		t.Errorf("the confirmed sentence now reads %v", got)
	}
}

func TestCorrectedTokens(t *testing.T) {
	l := func(tags string) []int { return goldLabels(strings.Fields(tags)) }
	for _, c := range []struct{ pred, gold, want string }{
		{"O B-PER I-PER O", "O B-PER I-PER O", "0000"},
		{"O B-PER O O", "O B-PER I-PER O", "0110"},     // cut short: both words taught
		{"O B-LOC I-LOC O", "O B-PER I-PER O", "0110"}, // retyped
		{"B-ORG O O O", "O O O O", "1000"},             // removed
		{"O O O B-LOC", "O B-PER O B-LOC", "0100"},     // one name right, one missed
	} {
		got := correctedTokens(l(c.pred), l(c.gold))
		var b strings.Builder
		for _, v := range got {
			b.WriteByte("01"[btoi(v)])
		}
		if b.String() != c.want {
			t.Errorf("pred %q gold %q: %s, want %s", c.pred, c.gold, b.String(), c.want)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
