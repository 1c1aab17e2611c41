package anchor

import (
	"slices"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// ann marks the n-th occurrence of word in text.
func ann(t *testing.T, text, word string, n int, typ annotation.Type, note, source string) annotation.Annotation {
	t.Helper()
	s := spanOf(t, text, word, n)
	return annotation.Annotation{Start: s.Start, End: s.End, Type: typ, Note: note, Source: source}
}

// say returns the words each placed annotation covers, by note.
func say(text string, placed []annotation.Annotation) map[string]string {
	runes := []rune(text)
	out := map[string]string{}
	for _, a := range placed {
		out[a.Note] = string(runes[a.Start:a.End])
	}
	return out
}

// The story: corrections on the sample article, then the text is
// edited in three places (inside an annotated name, before every
// annotation, and a deleted sentence holding an annotation).
func TestReanchorTheEditedSample(t *testing.T) {
	text, _ := sharedtest.Sample(t)
	anns := []annotation.Annotation{
		ann(t, text, "राजेश कुमार सिंह", 0, annotation.PER, "रक्षा सचिव", annotation.SourcePerson),
		ann(t, text, "गिदोन सार", 0, annotation.PER, "विदेश मंत्री", annotation.SourceModel),
		ann(t, text, "अमीर बरम", 0, annotation.ORG, "retyped", annotation.SourcePerson),
		ann(t, text, "मंगलवार", 0, annotation.DATE, "deleted sentence", annotation.SourcePerson),
		ann(t, text, "भारत", 8, annotation.LOC, "last", annotation.SourceModel),
	}
	anns[1].Score = 0.9
	revised := strings.Replace(text, "राजेश कुमार सिंह", "राजेश कुमार सिन्हा", 1)
	revised = "संपादित संस्करण\n" + strings.Replace(revised, "आखरी", "आखिरी", 1)
	i := strings.Index(revised, "भारत और इज़राइल ने मंगलवार")
	revised = revised[:i] + revised[i+strings.Index(revised[i:], "। ")+len("। "):]

	res := Reanchor(text, revised, anns)
	got := say(revised, res.Placed)
	want := map[string]string{"रक्षा सचिव": "राजेश कुमार सिन्हा", "विदेश मंत्री": "गिदोन सार", "retyped": "अमीर बरम", "last": "भारत"}
	for note, words := range want {
		if got[note] != words {
			t.Errorf("%s: placed on %q, want %q", note, got[note], words)
		}
	}
	if len(res.Unplaced) != 1 || res.Unplaced[0].Annotation != anns[3] || res.Unplaced[0].Quote != "मंगलवार" ||
		!strings.HasSuffix(res.Unplaced[0].Prefix, "इज़राइल ने ") || !strings.HasPrefix(res.Unplaced[0].Suffix, " को एक") {
		t.Errorf("unplaced: %+v", res.Unplaced)
	}
	if c := res.Counts; c != (Counts{Exact: 3, Fuzzy: 1, Unplaced: 1}) {
		t.Errorf("counts %+v", c)
	}
	// Every field but the offsets is kept.
	for _, p := range res.Placed {
		if p.Note == "विदेश मंत्री" && (p.Score != 0.9 || p.Source != annotation.SourceModel || p.Type != annotation.PER) {
			t.Errorf("fields changed: %+v", p)
		}
	}
}

func TestReanchorRepeatedQuotes(t *testing.T) {
	old := "भारत ने कहा। फिर भारत आया। अंत में भारत गया।"
	// The middle mention's surroundings change on both sides: of the three
	// भारत, the one where the diff puts it wins.
	a := ann(t, old, "भारत", 1, annotation.LOC, "middle", annotation.SourcePerson)
	revised := strings.Replace(old, "फिर भारत आया", "तब भारत लौटा", 1)
	res := Reanchor(old, revised, []annotation.Annotation{a})
	if len(res.Placed) != 1 || res.Placed[0].Start != spanOf(t, revised, "भारत", 1).Start || res.Counts.Moved != 1 {
		t.Errorf("placed %+v, counts %+v", res.Placed, res.Counts)
	}
	// Its sentence deleted, it does not jump to another mention.
	revised = strings.Replace(old, " फिर भारत आया।", "", 1)
	res = Reanchor(old, revised, []annotation.Annotation{a})
	if len(res.Placed) != 0 || len(res.Unplaced) != 1 || res.Unplaced[0].Quote != "भारत" {
		t.Errorf("placed %+v, unplaced %+v", res.Placed, res.Unplaced)
	}
}

func TestReanchorFollowsAMovedParagraph(t *testing.T) {
	p1 := "पहला अनुच्छेद राजेश कुमार सिंह के बारे में है।"
	p2 := "दूसरा अनुच्छेद तेल अवीव की बैठक के बारे में है।"
	p3 := "तीसरा अनुच्छेद समझौते के बारे में है।"
	old := p1 + "\n" + p2 + "\n" + p3
	anns := []annotation.Annotation{
		ann(t, old, "राजेश कुमार सिंह", 0, annotation.PER, "p1", annotation.SourcePerson),
		ann(t, old, "तेल अवीव", 0, annotation.LOC, "p2", annotation.SourcePerson),
	}
	revised := p2 + "\n" + p3 + "\n" + p1
	res := Reanchor(old, revised, anns)
	got := say(revised, res.Placed)
	if got["p1"] != "राजेश कुमार सिंह" || got["p2"] != "तेल अवीव" || len(res.Unplaced) != 0 {
		t.Errorf("placed %v, unplaced %+v", got, res.Unplaced)
	}
}

func TestReanchorPrefersAPersonWhenTwoWouldOverlap(t *testing.T) {
	old := "कल राजेश कुमार मिले। परसों कुमार सिंह मिले।"
	person := ann(t, old, "राजेश कुमार", 0, annotation.PER, "person", annotation.SourcePerson)
	model := ann(t, old, "कुमार सिंह", 0, annotation.PER, "model", annotation.SourceModel)
	// Both sentences become one name: each annotation finds its words in
	// the expected stretch, and they overlap.
	revised := "कल राजेश कुमार सिंह मिले।"
	res := Reanchor(old, revised, []annotation.Annotation{model, person})
	if got := say(revised, res.Placed); len(got) != 1 || got["person"] != "राजेश कुमार" {
		t.Errorf("placed %v", got)
	}
	if len(res.Unplaced) != 1 || res.Unplaced[0].Annotation != model {
		t.Errorf("unplaced %+v", res.Unplaced)
	}
}

func TestReanchorWidensToCharacterBoundaries(t *testing.T) {
	// A vowel sign added after the name: the quote still matches letter
	// for letter, but ending before the sign would cut the last letter
	// from it. The span takes the sign (a fuzzy match).
	old := "यह भारत है और वह भी भारत है।"
	a := ann(t, old, "भारत", 0, annotation.LOC, "", annotation.SourcePerson)
	revised := "यह भारती है और वह भी भारत है।"
	res := Reanchor(old, revised, []annotation.Annotation{a})
	if len(res.Placed) != 1 || say(revised, res.Placed)[""] != "भारती" || res.Counts.Fuzzy != 1 {
		t.Errorf("placed %v counts %+v", say(revised, res.Placed), res.Counts)
	}
	if err := annotation.Validate(revised, res.Placed, annotation.FileLimits()); err != nil {
		t.Error(err)
	}
}

func TestReanchorListsWhatItCannotQuote(t *testing.T) {
	old, revised := "राम अयोध्या गए।", "राम अयोध्या गए।"
	anns := []annotation.Annotation{
		{Start: 0, End: 3, Type: annotation.PER},
		{Start: 4, End: 99, Type: annotation.LOC, Note: "out of range"},
		{Start: 5, End: 5, Type: annotation.LOC, Note: "empty"},
	}
	res := Reanchor(old, revised, anns)
	if len(res.Placed) != 1 || len(res.Unplaced) != 2 || res.Unplaced[0].Annotation != anns[1] || res.Unplaced[0].Quote != "" {
		t.Errorf("placed %+v unplaced %+v", res.Placed, res.Unplaced)
	}
}

func TestReanchorEdgesOfTheText(t *testing.T) {
	old := "भारत और इज़राइल ने आज समझौता किया"
	anns := []annotation.Annotation{
		ann(t, old, "भारत", 0, annotation.LOC, "first", ""),
		ann(t, old, "किया", 0, annotation.NUM, "last", ""),
	}
	// The edge of the text is context: text added before the first word
	// changes its surroundings, so it is found by quote, not position.
	for _, c := range []struct {
		revised string
		counts  Counts
	}{
		{"नया: " + old, Counts{Exact: 1, Moved: 1}},
		{old + "।", Counts{Exact: 1, Moved: 1}},
		{"", Counts{Unplaced: 2}},
		{old, Counts{Exact: 2}},
	} {
		res := Reanchor(old, c.revised, anns)
		got := say(c.revised, res.Placed)
		if res.Counts != c.counts || (c.revised != "" && (got["first"] != "भारत" || got["last"] != "किया")) {
			t.Errorf("%q: placed %v, counts %+v, want %+v", c.revised, got, res.Counts, c.counts)
		}
	}
}

func TestSpansDropWhatIsGone(t *testing.T) {
	old := "कल राजेश आए और कल सुरेश गए।"
	rev := NewRevision(old, "कल सुरेश गए।")
	moved, dropped := rev.Spans([]Span{spanOf(t, old, "राजेश", 0), spanOf(t, old, "सुरेश", 0), spanOf(t, old, "सुरेश", 0)})
	if want := []Span{spanOf(t, "कल सुरेश गए।", "सुरेश", 0)}; !slices.Equal(moved, want) || dropped != 1 {
		t.Errorf("moved %v dropped %d", moved, dropped)
	}
}

// An edit windowLen code points away leaves an annotation's window
// intact; one closer does not, and the annotation is found by quote.
func TestReanchorWindowIsEightCodePoints(t *testing.T) {
	old := "abcdefghij XYZ abcdefghij"
	a := annotation.Annotation{Start: 11, End: 14, Type: annotation.ORG}
	for _, c := range []struct {
		at   int // where a letter is changed
		want Counts
	}{
		{11 - windowLen - 1, Counts{Exact: 1}},
		{11 - windowLen, Counts{Moved: 1}},
		{14 + windowLen - 1, Counts{Moved: 1}},
		{14 + windowLen, Counts{Exact: 1}},
	} {
		revised := []rune(old)
		revised[c.at] = 'Q'
		if res := Reanchor(old, string(revised), []annotation.Annotation{a}); res.Counts != c.want || res.Placed[0].Start != 11 {
			t.Errorf("change at %d: %+v, want %+v", c.at, res, c.want)
		}
	}
}

// A change inside an annotation whose surroundings are unchanged keeps
// the annotation on the changed words, even past the 64 code points the
// fuzzy search handles.
func TestReanchorAChangeInsideALongAnnotation(t *testing.T) {
	name := "भारत-इज़राइल संयुक्त कार्य समूह की रक्षा सहयोग बैठक में भाग लेने वाले प्रतिनिधि"
	old := "कल " + name + " आए।"
	a := ann(t, old, name, 0, annotation.ORG, "long", annotation.SourcePerson)
	changed := strings.Replace(name, "सहयोग", "सहयोगी", 1)
	revised := "कल " + changed + " आए।"
	res := Reanchor(old, revised, []annotation.Annotation{a})
	if say(revised, res.Placed)["long"] != changed || res.Counts.Fuzzy != 1 {
		t.Errorf("placed %v, counts %+v", say(revised, res.Placed), res.Counts)
	}
}

func TestAgreementCountsTheTextEdgeAsContext(t *testing.T) {
	old := []rune("भारत ने कहा")
	q := quoteAt(old, 0, 4)
	for _, c := range []struct {
		text          string
		s             int
		before, after int
	}{
		{"भारत ने कहा", 0, contextLen, contextLen}, // both edges reached on both sides
		{"भारत ने माना", 0, contextLen, 4},
		{"और भारत ने कहा", 3, 0, contextLen}, // something before it now
		{"भारत ने कहा था", 0, contextLen, 7},
	} {
		before, after := q.agreement([]rune(c.text), c.s, c.s+4)
		if before != c.before || after != c.after {
			t.Errorf("%q: agreement %d, %d, want %d, %d", c.text, before, after, c.before, c.after)
		}
	}
}

// A sentence printed twice (as news pages repeat a photo caption in the
// body): the annotated copy's surroundings change on one side, and it
// stays on that copy rather than moving to the other, whose context now
// matches better.
func TestReanchorStaysWhereTheDiffPutsIt(t *testing.T) {
	caption := "रक्षा सहयोग पर भारत-इज़राइल समूह की बैठक हुई।"
	old := caption + "\nआज की खबर।\n" + caption
	a := ann(t, old, "भारत", 1, annotation.LOC, "second", annotation.SourcePerson)
	revised := caption + "\nआज की खबर।\n" + strings.Replace(caption, "भारत-इज़राइल", "भारत-अमेरिका", 1)
	res := Reanchor(old, revised, []annotation.Annotation{a})
	if want := spanOf(t, revised, "भारत", 1); len(res.Placed) != 1 || res.Placed[0].Start != want.Start {
		t.Errorf("placed %+v, want at %d", res.Placed, want.Start)
	}
}
