package conllfile

import (
	"strings"
	"testing"
)

func TestParseTag(t *testing.T) {
	for _, c := range []struct {
		tag    string
		inside bool
		name   string
	}{
		{"O", false, ""}, {"o", false, ""}, {"-", false, ""}, {"", false, ""}, {"  ", false, ""},
		{"B-PER", false, "PER"}, {"I-PER", true, "PER"}, {"i_loc", true, "loc"}, {"E-ORG", true, "ORG"},
		{"S-NEN", false, "NEN"}, {"U-X", false, "X"}, {"L-NETI", true, "NETI"}, {"M-A", true, "A"},
		{"-NEP", false, "NEP"}, {"PERSON", false, "PERSON"}, {"NUM_RANGE", false, "NUM_RANGE"}, {"BX-PER", false, "BX-PER"},
	} {
		if inside, name := ParseTag(c.tag); inside != c.inside || name != c.name {
			t.Errorf("ParseTag(%q) = %v %q, want %v %q", c.tag, inside, name, c.inside, c.name)
		}
	}
}

func TestReadKeepsLinesAndColumns(t *testing.T) {
	sents, err := Read(strings.NewReader("\ufeffराम\tB-PER\tO\r\nने  O\n\n\nसीता\n"))
	if err != nil || len(sents) != 2 {
		t.Fatalf("%v %v", sents, err)
	}
	if s := sents[0]; s.Line != 1 || s.Tokens[1] != "ने" || s.Gold[1] != "O" || s.Pred[0] != "O" || s.HasPred() {
		t.Errorf("first sentence %+v", s)
	}
	if s := sents[1]; s.Line != 5 || s.Gold[0] != "" {
		t.Errorf("second sentence %+v", s)
	}
	if _, err := Read(strings.NewReader(strings.Repeat("x", 2<<20))); err == nil || !strings.HasPrefix(err.Error(), "conll: line 1:") {
		t.Errorf("a line over 1 MiB: %v", err)
	}
}
