package annotation

import "testing"

func TestParseType(t *testing.T) {
	cases := []struct {
		in   string
		want Type
		ok   bool
	}{
		{"PER", PER, true}, {"per", PER, true}, {" LOC ", LOC, true},
		{"person", PER, true}, {"Organisation", ORG, true}, {"organization", ORG, true},
		{"व्यक्ति", PER, true}, {"स्थान", LOC, true}, {"संगठन", ORG, true},
		{"तिथि/समय", DATE, true}, {"समय", DATE, true}, {"संख्या", NUM, true},
		{"date or time", DATE, true}, {"NEP", PER, true}, {"TIMEX", DATE, true},
		{"", "", false}, {"MISC", "", false}, {"B-PER", "", false},
	}
	for _, c := range cases {
		got, ok := ParseType(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("ParseType(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestTypeLabelsAndRank(t *testing.T) {
	for i, typ := range Types {
		if !typ.Valid() || typ.Label() == "" || typ.HindiLabel() == "" {
			t.Errorf("%s lacks a label", typ)
		}
		if typ.Rank() != i {
			t.Errorf("%s.Rank() = %d, want %d", typ, typ.Rank(), i)
		}
		for _, label := range []string{typ.Label(), typ.HindiLabel()} {
			if back, ok := ParseType(label); !ok || back != typ {
				t.Errorf("ParseType(%q) = %q, %v; want %q", label, back, ok, typ)
			}
		}
	}
	if Type("X").Valid() || Type("X").Rank() != len(Types) {
		t.Error("an unknown type must be invalid and rank last")
	}
}
