package api

import "testing"

func TestStudentCodeIsReadAsTyped(t *testing.T) {
	seen := map[string]bool{}
	for range 200 {
		c := newStudentCode()
		if len(c) != 14 || c[4] != '-' || c[9] != '-' {
			t.Fatalf("code %q is not three groups of four", c)
		}
		canon, ok := canonicalCode(c)
		if !ok || len(canon) != 12 {
			t.Fatalf("code %q does not read back", c)
		}
		if seen[canon] {
			t.Fatalf("code %q came twice in 200", c)
		}
		seen[canon] = true
	}
	a, _ := canonicalCode("7KQM-4XPD-2RVB")
	for _, typed := range []string{"7kqm4xpd2rvb", " 7KQM 4XPD 2RVB", "7kqm-4xpd-2rvb"} {
		if b, ok := canonicalCode(typed); !ok || b != a {
			t.Errorf("%q reads as %q, want %q", typed, b, a)
		}
	}
	if b, ok := canonicalCode("O0IL-0000-0000"); !ok || b != "0011"+"00000000" {
		t.Errorf("O, I and L read as %q", b)
	}
	for _, bad := range []string{"", "7KQM-4XPD-2RV", "7KQM-4XPD-2RVBX", "7KQM-4XPD-2RVU", "७KQM-4XPD-2RVB"} {
		if _, ok := canonicalCode(bad); ok {
			t.Errorf("%q accepted", bad)
		}
	}
	if codeSHA256("ex1", "7kqm4xpd2rvb") != codeSHA256("ex1", "7KQM-4XPD-2RVB") || codeSHA256("ex1", a) == codeSHA256("ex2", a) {
		t.Error("the stored form must follow the code and the exercise")
	}
}
