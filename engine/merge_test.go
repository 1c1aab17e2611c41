package engine

import (
	"fmt"
	"testing"

	"tippani/ner"
	"tippani/ner/datenum"
)

func nm(start, end int, typ string, score float64) ner.Entity {
	return ner.Entity{Start: start, End: end, Type: typ, Score: score}
}

func TestMergePrecedence(t *testing.T) {
	cases := []struct {
		name  string
		names []ner.Entity
		rules []datenum.Span
		want  string
	}{
		{"disjoint", []ner.Entity{nm(0, 5, "PER", 0.9)}, []datenum.Span{{Start: 6, End: 9, Type: "DATE", Score: 0.9}},
			"PER[0,5) DATE[6,9)"},
		{"rule inside name: name wins", []ner.Entity{nm(0, 10, "ORG", 0.8)}, []datenum.Span{{Start: 0, End: 4, Type: "DATE", Score: 0.9}},
			"ORG[0,10)"},
		{"equal: rule wins", []ner.Entity{nm(0, 4, "PER", 0.8)}, []datenum.Span{{Start: 0, End: 4, Type: "DATE", Score: 0.9}},
			"DATE[0,4)"},
		{"rule contains name: rule wins", []ner.Entity{nm(3, 6, "LOC", 0.8)}, []datenum.Span{{Start: 0, End: 10, Type: "DATE", Score: 0.9}},
			"DATE[0,10)"},
		{"crossing: rule wins", []ner.Entity{nm(0, 6, "LOC", 0.8)}, []datenum.Span{{Start: 4, End: 10, Type: "NUM", Score: 0.9}},
			"NUM[4,10)"},
		{"unsorted overlapping names", []ner.Entity{nm(10, 14, "LOC", 0.8), nm(0, 5, "PER", 0.7), nm(3, 8, "ORG", 0.6)}, nil,
			"PER[0,5) LOC[10,14)"},
		{"name removed by a crossing rule frees the rule inside it", []ner.Entity{nm(0, 10, "ORG", 0.8)},
			[]datenum.Span{{Start: 2, End: 4, Type: "NUM"}, {Start: 8, End: 12, Type: "DATE"}},
			"NUM[2,4) DATE[8,12)"},
		{"one name, two rules inside", []ner.Entity{nm(0, 20, "ORG", 0.8)}, []datenum.Span{{Start: 0, End: 3, Type: "NUM"}, {Start: 10, End: 20, Type: "DATE"}},
			"ORG[0,20)"},
	}
	for _, c := range cases {
		got := ""
		for i, s := range appendMerged(nil, nil, c.names, c.rules) {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%s[%d,%d)", s.typ, s.start, s.end)
		}
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}
