package benchcorpus

import (
	"strings"
	"testing"
)

func TestFromCoNLL(t *testing.T) {
	conll := "भारत\tB-NEL\nऔर\tO\nइज़राइल\tB-NEL\n\n\nवह\tO\nआया\t-\n"
	if got, want := string(FromCoNLL([]byte(conll))), "भारत और इज़राइल\nवह आया\n"; got != want {
		t.Errorf("FromCoNLL = %q, want %q", got, want)
	}
}

func TestCorpus(t *testing.T) {
	text, err := Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(text) < 3_000_000 {
		t.Errorf("corpus is %d bytes, want about 3 MB", len(text))
	}
	if lines := strings.Count(string(text), "\n"); lines < 10_000 {
		t.Errorf("corpus has %d sentences, want the whole training split", lines)
	}
}
