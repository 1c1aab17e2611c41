package sheet

import (
	"strings"
	"testing"
)

func TestCell(t *testing.T) {
	cases := map[string]string{
		"":                  "",
		"मोदी":              "मोदी",
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+91":               "'+91",
		"-5":                "'-5",
		"@x":                "'@x",
		"\t=1":              "'\t=1",
		"\r=1":              "'\r=1",
		"'=already":         "''=already",
		"'plain":            "'plain",
		"a=b":               "a=b",
		// First visible character after white space and invisible ones.
		"  =1+1":           "'  =1+1",
		"\u200b=1+1":       "'\u200b=1+1",
		"\ufeff=1+1":       "'\ufeff=1+1",
		"\u202e\u2066@SUM": "'\u202e\u2066@SUM",
		"\u3000+1":         "'\u3000+1",
		"\u3164=1":         "'\u3164=1",
		"\ufe0f-1":         "'\ufe0f-1",
		"\u200d\u200c राम": "\u200d\u200c राम",
		"\u00a0राम = नाम":  "\u00a0राम = नाम",
		// Compatibility forms.
		"＝1+1":   "'＝1+1",
		"＋91":    "'＋91",
		"－5":     "'－5",
		"＠SUM":   "'＠SUM",
		"﹦1":     "'﹦1",
		"﹢1":     "'﹢1",
		"﹣1":     "'﹣1",
		"﹫x":     "'﹫x",
		"−5":     "'−5",
		"₌1":     "'₌1",
		"≠1":     "≠1",
		"ｘ=1":    "ｘ=1",
		"\u200b": "\u200b",
		// A cell may start after a semicolon (the list separator in many
		// locales).
		";=1+1":                ";'=1+1",
		"x;=cmd|' /C calc'!A0": "x;'=cmd|' /C calc'!A0",
		"a; +1;b":              "a;' +1;b",
		"x;'=y":                "x;''=y",
		";":                    ";",
		"राम;श्याम":            "राम;श्याम",
		"=a;=b":                "'=a;'=b",
		"'a;'b":                "'a;'b",
	}
	for in, want := range cases {
		got := Cell(in)
		if got != want {
			t.Errorf("Cell(%q) = %q, want %q", in, got, want)
		}
		if back := Uncell(got); back != in {
			t.Errorf("Uncell(Cell(%q)) = %q", in, back)
		}
	}
}

// Every piece Cell leaves starts with an apostrophe or is not a formula,
// and Uncell reverses it, for strings built from the characters that
// matter.
func TestCellPiecesNeverStartAFormula(t *testing.T) {
	alphabet := []string{"=", "+", "-", "@", "'", ";", " ", "\t", "\u200b", "＝", "a", "क"}
	var walk func(prefix string, depth int)
	walk = func(prefix string, depth int) {
		got := Cell(prefix)
		if Uncell(got) != prefix {
			t.Fatalf("Uncell(Cell(%q)) = %q", prefix, Uncell(got))
		}
		for _, piece := range strings.Split(got, ";") {
			if risky(piece) && !strings.HasPrefix(piece, "'") {
				t.Fatalf("Cell(%q) = %q leaves the formula piece %q", prefix, got, piece)
			}
		}
		if depth == 0 {
			return
		}
		for _, c := range alphabet {
			walk(prefix+c, depth-1)
		}
	}
	walk("", 4)
}

func FuzzCellRoundTrip(f *testing.F) {
	for _, s := range []string{"", "=1", "x;=1", "'=a", "\u200b＝1", ";;'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got := Uncell(Cell(s)); got != s {
			t.Errorf("Uncell(Cell(%q)) = %q", s, got)
		}
	})
}
