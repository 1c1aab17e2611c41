package normalize

import (
	"strings"
	"testing"

	"tippani/internal/testsupport"
)

// TestSampleArticle normalizes the shared news article as a reader would
// paste it and checks the properties and the places that must not change.
func TestSampleArticle(t *testing.T) {
	raw := testsupport.File(t, testsupport.SampleArticle)
	src := string(raw)
	res, err := Display(src)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, src, res)
	for _, keep := range []string{"आखरी अपडेट:", "11:14", "भारत-इज़राइल", "(JWG)", "“एकीकृत दृष्टि और नीति दिशा”"} {
		if !strings.Contains(res.Text, String(keep)) {
			t.Errorf("display text lost %q", keep)
		}
	}
	if res.Counts[RuleVisarga] != 0 {
		t.Errorf("the label colon of 'आखरी अपडेट:' must not become a visarga")
	}
}

// TestCorpusProperties runs the property checks over the first sentences of
// the IL-NER corpus, raw text with precomposed nukta letters and joiners.
func TestCorpusProperties(t *testing.T) {
	corpus := testsupport.Corpus(t, testsupport.TrainCorpus, 0)
	lines := strings.SplitN(corpus, "\n", 401)
	text := strings.Join(lines[:400], "\n")
	res, err := Display(text)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, text, res)
	if res.Changes() == 0 {
		t.Errorf("expected the raw corpus to need repairs")
	}
}
