package shareddata

import (
	"strings"
	"testing"
)

func TestSampleArticleIsFound(t *testing.T) {
	b, err := Read(SampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "भारत") {
		t.Errorf("the sample article does not look like Hindi news: %.80q", b)
	}
}

func TestMissingFileNamesPath(t *testing.T) {
	_, err := Read("data/no-such-file.conll")
	if err == nil || !strings.Contains(err.Error(), "no-such-file.conll") {
		t.Errorf("error %v should name the missing path", err)
	}
}
