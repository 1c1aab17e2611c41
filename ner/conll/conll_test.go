package conll

import (
	"strings"
	"testing"
)

func TestMapTag(t *testing.T) {
	cases := map[string]string{
		"B-NEP": "B-PER", "I-NEP": "I-PER", "B-NEL": "B-LOC", "I-NEO": "I-ORG",
		"-NEP": "B-PER", "-NEO": "B-ORG", "-": "O", "": "O", "O": "O",
		"B-NETI": "O", "I-NEN": "O", "-NETI": "O", "B-NEAR": "O",
		"B-PERSON": "B-PER", "I-LOCATION": "I-LOC", "B-ORGANIZATION": "B-ORG",
		"B-TIMEX": "O", "B-LANGUAGE": "O", "B-MISC": "O",
		"b-nep": "B-PER", "S-PER": "B-PER", "E-LOC": "I-LOC", "PER": "B-PER", " B-NEL ": "B-LOC",
	}
	for in, want := range cases {
		if got := MapTag(in); got != want {
			t.Errorf("MapTag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMapTagsRepairsOrphanInside(t *testing.T) {
	got := MapTags([]string{"I-NEP", "I-NEP", "O", "B-NEL", "I-NEO", "-NEP"})
	want := []string{"B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-PER"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestReadKeepsEveryToken(t *testing.T) {
	in := "\ufeffराम\tB-NEP\r\nने\tO\n\n\n\nदिल्ली\n" + "a b c\n\nx\tB-NEL\tgold2\tB-LOC\n"
	sents, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3", len(sents))
	}
	if s := sents[0]; strings.Join(s.Tokens, "|") != "राम|ने" || s.Gold[0] != "B-NEP" || s.Line != 1 {
		t.Errorf("first sentence %+v", s)
	}
	if s := sents[1]; strings.Join(s.Tokens, "|") != "दिल्ली|a" || s.Gold[0] != "" || s.Gold[1] != "b" || s.Pred[1] != "c" {
		t.Errorf("second sentence %+v", s)
	}
	if sents[1].HasPred() {
		t.Error("sentence with a 1-column line reported as fully predicted")
	}
	if s := sents[2]; !s.HasPred() || s.Pred[0] != "B-LOC" {
		t.Errorf("third sentence %+v", s)
	}
}

func TestSpans(t *testing.T) {
	got := Spans([]string{"B-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG", "I-ORG"})
	want := []Span{{0, 2, "PER"}, {2, 3, "LOC"}, {4, 5, "ORG"}, {5, 7, "ORG"}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("span %d = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestReportExactMatch(t *testing.T) {
	r := NewReport()
	gold := []string{"B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG"}
	pred := []string{"B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG"}
	if err := r.Add(gold, pred); err != nil {
		t.Fatal(err)
	}
	// partial overlap counts as both a miss and a false alarm
	if err := r.Add([]string{"B-PER", "I-PER"}, []string{"B-PER", "O"}); err != nil {
		t.Fatal(err)
	}
	m := r.Micro()
	if m.TP != 2 || m.FP != 2 || m.FN != 2 {
		t.Errorf("micro %+v, want TP 2 FP 2 FN 2", m)
	}
	if p := r.ByType["PER"]; p.TP != 1 || p.FP != 1 || p.FN != 1 {
		t.Errorf("PER %+v", *p)
	}
	if f := m.F1(); f != 0.5 {
		t.Errorf("F1 %v, want 0.5", f)
	}
	if err := r.Add([]string{"O"}, nil); err == nil {
		t.Error("length mismatch accepted")
	}
	var sb strings.Builder
	r.WriteTable(&sb)
	if !strings.Contains(sb.String(), "micro") {
		t.Errorf("table lacks the micro row:\n%s", sb.String())
	}
}

func TestCountsOfNothingAreZero(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Error("empty counts should score 0")
	}
}

func TestMapTagMultiCoNER(t *testing.T) {
	for tag, want := range map[string]string{
		"B-Artist": "B-PER", "I-OtherPER": "I-PER", "B-HumanSettlement": "B-LOC",
		"I-Facility": "I-LOC", "B-Station": "B-LOC", "B-PublicCorp": "B-ORG",
		"I-SportsGRP": "I-ORG", "B-ORG": "B-ORG", "B-VisualWork": "O",
		"B-Medication/Vaccine": "O", "I-Food": "O",
	} {
		if got := MapTag(tag); got != want {
			t.Errorf("MapTag(%q) = %q, want %q", tag, got, want)
		}
	}
}
