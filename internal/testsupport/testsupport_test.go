package testsupport

import (
	"strings"
	"testing"
)

func TestRunningText(t *testing.T) {
	conll := "भारत\tB-NEL\nऔर\tO\nइज़राइल\tB-NEL\n\n\nवह\tO\nआया\t-\n"
	if got, want := string(RunningText([]byte(conll))), "भारत और इज़राइल\nवह आया\n"; got != want {
		t.Errorf("RunningText = %q, want %q", got, want)
	}
}

func TestCorpus(t *testing.T) {
	text := Corpus(t, TrainCorpus, 0)
	if len(text) < 3_000_000 {
		t.Errorf("corpus is %d bytes, want about 3 MB", len(text))
	}
	if lines := strings.Count(text, "\n"); lines < 10_000 {
		t.Errorf("corpus has %d sentences, want the whole training split", lines)
	}
	dev := Corpus(t, DevCorpus, 0)
	for _, size := range []int{1, 10 << 10, len(dev), 5 << 20} {
		got := Corpus(t, DevCorpus, size)
		if len(got) < size || !strings.HasSuffix(got, "\n") || !strings.HasPrefix(dev+dev+dev+dev+dev+dev+dev+dev, got[:min(len(got), 8*len(dev))]) {
			t.Errorf("Corpus(dev, %d) is %d bytes, not the corpus cut at a sentence end after %d bytes", size, len(got), size)
		}
		if last := strings.LastIndexByte(got[:len(got)-1], '\n'); last+1 >= size {
			t.Errorf("Corpus(dev, %d) runs a sentence past the first end after %d bytes", size, size)
		}
	}
}
