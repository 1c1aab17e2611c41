package train

import (
	"strings"
	"testing"

	"tippani/ner/internal/tagger"
)

// ex builds an example from "word/TAG" items (TAG is a BIO label, O when
// absent).
func ex(t *testing.T, s string, corpus int) example {
	t.Helper()
	e := example{corpus: corpus}
	for _, item := range strings.Fields(s) {
		word, tag, ok := strings.Cut(item, "/")
		if !ok {
			tag = "O"
		}
		y := tagger.LabelIndex(tag)
		if y == tagger.LabelO && tag != "O" {
			t.Fatalf("bad tag %q", tag)
		}
		e.words = append(e.words, word)
		e.gold = append(e.gold, int8(y))
	}
	return e
}

func tags(e example) string { return strings.Join(labelStrings(e.gold), " ") }

func TestAlignTrimsAndExtendsEdgesByILNERHabit(t *testing.T) {
	var il []example
	for i := 0; i < 3; i++ {
		// IL-NER leaves श्री outside person names and keeps महात्मा inside
		il = append(il,
			ex(t, "श्री राम/B-PER कुमार/I-PER ने कहा", corpusILNER),
			ex(t, "महात्मा/B-PER गांधी/I-PER आए", corpusILNER))
	}
	hi := []example{
		ex(t, "श्री/B-PER मोहन/I-PER लाल/I-PER ने", corpusHiNER),
		ex(t, "महात्मा बुद्ध/B-PER का", corpusHiNER),
		ex(t, "श्री/B-PER ने", corpusHiNER), // a one-word span is never emptied
	}
	st := learnConventions(il).align(hi)
	want := []string{"O B-PER I-PER O", "B-PER I-PER O", "B-PER O"}
	for i, e := range hi {
		if got := tags(e); got != want[i] {
			t.Errorf("sentence %d: got %s, want %s", i, got, want[i])
		}
	}
	if st.Trimmed != 1 || st.Extended != 1 {
		t.Errorf("stats %+v, want 1 trimmed and 1 extended", st)
	}
}
