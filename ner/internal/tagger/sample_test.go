package tagger

import (
	"os"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/internal/testsupport"
)

// sampleText is the sample article in display form, with its tokens.
func sampleText(t *testing.T) (string, []tokenize.Token) {
	t.Helper()
	raw, err := os.ReadFile(testsupport.Path(t, testsupport.SampleArticle))
	if err != nil {
		t.Fatal(err)
	}
	text := normalize.String(string(raw))
	return text, tokenize.Tokens(text)
}

func recognizeSample(t *testing.T) (string, []Entity) {
	t.Helper()
	text, toks := sampleText(t)
	return text, shipped(t).Recognize(text, toks)
}

func TestSampleArticleEntities(t *testing.T) {
	text, ents := recognizeSample(t)
	found := map[string]string{} // matching key of the surface → type
	for _, e := range ents {
		found[normalize.Key(text[e.Start:e.End])] = e.Type
		t.Logf("%s %q %.2f", e.Type, text[e.Start:e.End], e.Score)
	}
	// Each line lists the spellings of one name in the article; finding
	// any of them with the right type is enough, as an entity of its own
	// or inside a longer entity of that type (IL-NER includes a gloss in
	// parentheses: संयुक्त कार्य समूह (JWG)).
	want := []struct {
		names []string
		typ   string
	}{
		{[]string{"राजेश कुमार सिंह"}, "PER"},
		{[]string{"अमीर बरम"}, "PER"},
		{[]string{"गिदोन सार"}, "PER"},
		{[]string{"एस जयशंकर"}, "PER"},
		{[]string{"बेंजामिन नेतन्याहू"}, "PER"},
		{[]string{"भारत"}, "LOC"},
		{[]string{"इज़राइल", "इजरायल"}, "LOC"},
		{[]string{"तेल अवीव"}, "LOC"},
		{[]string{"रक्षा मंत्रालय"}, "ORG"},
		{[]string{"पीटीआई"}, "ORG"},
		{[]string{"JWG", "जेडब्ल्यूजी"}, "ORG"},
	}
	for _, w := range want {
		ok := false
		for _, name := range w.names {
			k := normalize.Key(normalize.String(name))
			if got, found := found[k]; found {
				if got != w.typ {
					t.Errorf("%s found as %s, want %s", name, got, w.typ)
				}
				ok = ok || got == w.typ
			}
			for _, e := range ents {
				if e.Type == w.typ && strings.Contains(text[e.Start:e.End], normalize.String(name)) {
					ok = true
				}
			}
		}
		if !ok {
			t.Errorf("none of %v found as %s", w.names, w.typ)
		}
	}
	// A rank, an agreement and a meeting are never inside a name.
	for _, e := range ents {
		for _, w := range []string{"मेजर", "जनरल", "एमओयू", "MoU", "बैठक"} {
			if strings.Contains(text[e.Start:e.End], w) {
				t.Errorf("%s %q holds %s", e.Type, text[e.Start:e.End], w)
			}
		}
	}
	for _, e := range ents {
		if normalize.Key(text[e.Start:e.End]) == normalize.Key("इजरायली") {
			t.Errorf("adjective इजरायली tagged as %s at %d", e.Type, e.Start)
		}
	}
}
