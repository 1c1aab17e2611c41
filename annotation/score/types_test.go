package score

import (
	"bytes"
	"strings"
	"testing"

	"tippani/annotation"
)

// TestCustomTypesCount: an exercise's custom types are scored, listed in
// the score sheet, drawn in the heat map and counted in agreement like the
// built-in ones.
func TestCustomTypesCount(t *testing.T) {
	text := "राम ने रामायण पढ़ी और सीता ने महाभारत।"
	key := []annotation.Annotation{{Start: 0, End: 3, Type: annotation.PER}, {Start: 7, End: 13, Type: "WORK"}, {Start: 29, End: 36, Type: "WORK"}}
	good := key
	partial := []annotation.Annotation{{Start: 0, End: 3, Type: annotation.PER}, {Start: 7, End: 13, Type: "WORK"}}
	r := Submission(key, partial, nil)
	var work *TypeResult
	for i := range r.ByType {
		if r.ByType[i].Type == "WORK" {
			work = &r.ByType[i]
		}
	}
	if work == nil || work.Exact.Recall != 0.5 || work.Exact.Precision != 1 {
		t.Fatalf("WORK result %+v in %+v", work, r.ByType)
	}
	if got := typeOrder(key, []annotation.Annotation{{Type: "AWARD"}, {Type: annotation.LOC}}); strings.Join(typeNames(got), " ") != "PER LOC AWARD WORK" {
		t.Errorf("type order %v", got)
	}
	var sheet bytes.Buffer
	if err := WriteCSV(&sheet, []Row{{Name: "a", Result: r}}); err != nil {
		t.Fatal(err)
	}
	if header, _, _ := strings.Cut(sheet.String(), "\r\n"); !strings.HasSuffix(header, ",PER_f1,WORK_f1") {
		t.Errorf("score sheet header %q", header)
	}
	c := ClassReport(text, key, [][]annotation.Annotation{good, partial})
	found := false
	for _, h := range c.Heat {
		if h.Start == 7 && h.Counts["WORK"] == 2 {
			found = true
		}
	}
	if !found {
		t.Errorf("heat map lacks WORK marked by two students: %+v", c.Heat)
	}
	if k := c.Agreement.Kappa; k == nil || *k >= 1 {
		t.Errorf("students disagree on महाभारत, yet kappa is %v (%s)", k, c.Agreement.Reason)
	}
}

func typeNames(ts []annotation.Type) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = string(t)
	}
	return out
}
