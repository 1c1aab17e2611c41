package grapheme

import (
	"strings"
	"testing"
	"unicode"
)

// clusters splits s at every boundary Boundary reports.
func clusters(s string) []string {
	runes := []rune(s)
	var out []string
	start := 0
	for i := 1; i <= len(runes); i++ {
		if Boundary(runes, i) {
			out = append(out, string(runes[start:i]))
			start = i
		}
	}
	return out
}

// TestRules checks one case per rule of UAX #29 (and the Brahmic
// tailoring), written from the annex's rules and examples; "|" marks the
// expected boundaries inside each string.
func TestRules(t *testing.T) {
	cases := []struct{ rule, marked string }{
		{"GB3 CR LF", "a|\r\n|b"},
		{"GB4 after control", "\r|\u0301"},
		{"GB4 after LF", "\n|\u0308"},
		{"GB5 before control", "a|\u0007|b"},
		{"GB5 before a format control", "a|\u200b|b"},
		{"GB6 L × V", "\u1100\u1161|\u1100\u1161"},
		{"GB6 L × LV", "\u1100\uac00|a"},
		{"GB7 LV × T", "\uac00\u11a8|a"},
		{"GB8 LVT × T", "\uac01\u11a8|\u1100"},
		{"GB9 × Extend", "e\u0301|x"},
		{"GB9 × ZWJ", "a\u200d|b"},
		{"GB9 × ZWNJ (Extend)", "क\u200c|ख"},
		{"GB9a × SpacingMark", "क\u093e|ख"},
		{"GB9a × visarga", "द\u0903|क"},
		{"GB9b Prepend ×", "\u0600१|x"},
		{"GB9 skin tone modifier", "👍🏽|👍"},
		{"GB9 variation selector", "❤\ufe0f|x"},
		{"GB11 ZWJ sequence", "👨\u200d👩\u200d👧|x"},
		{"GB11 with Extend before ZWJ", "👩🏽\u200d🚀|a"},
		{"GB11 not after a letter", "a\u200d|👩"},
		{"GB12 one flag", "🇮🇳|x"},
		{"GB13 two flags", "🇮🇳|🇮🇱"},
		{"GB13 odd indicator", "🇮🇳|🇮🇱|🇦"},
		{"GB9 tag sequence", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F|x"},
		{"GB999 letters", "a|b|c"},
		{"GB999 Devanagari letters", "र|म"},
		{"Brahmic conjunct", "क्ष|त्रि|य"},
		{"Brahmic conjunct with ZWJ", "क्\u200dष|a"},
		{"Brahmic conjunct with ZWNJ", "क्\u200cष|a"},
		{"virama before a space", "क्| |ख"},
		{"nukta", "क\u093c|x"},
		{"Bengali conjunct", "ক্ষ|a"},
		{"space then mark", " \u0301|a"},
	}
	for _, c := range cases {
		want := strings.Split(c.marked, "|")
		got := clusters(strings.ReplaceAll(c.marked, "|", ""))
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s: %q splits as %q, want %q", c.rule, strings.ReplaceAll(c.marked, "|", ""), got, want)
		}
	}
}

func TestEdges(t *testing.T) {
	r := []rune("ab")
	for i, want := range map[int]bool{-1: false, 0: true, 1: true, 2: true, 3: false} {
		if Boundary(r, i) != want {
			t.Errorf("Boundary(%q, %d) = %v", string(r), i, !want)
		}
	}
	if !Boundary(nil, 0) {
		t.Error("an empty text has a boundary at 0")
	}
}

// TestTablesAgreeWithUnicodePackage cross-checks the generated classes
// with Go's own tables where the annex derives a class from them.
func TestTablesAgreeWithUnicodePackage(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		c := classOf(r)
		switch {
		case unicode.In(r, unicode.Mn, unicode.Me) && c != extend:
			t.Fatalf("U+%04X is a nonspacing or enclosing mark, class %d", r, c)
		case unicode.Is(unicode.Cc, r) && c != control && c != cr && c != lf:
			t.Fatalf("U+%04X is a control character, class %d", r, c)
		case '\U0001F1E6' <= r && r <= '\U0001F1FF' && c != regionalIndicator:
			t.Fatalf("U+%04X is a regional indicator, class %d", r, c)
		case 0xAC00 <= r && r <= 0xD7A3 && (c != hangulLV && c != hangulLVT || (c == hangulLV) != ((r-0xAC00)%28 == 0)):
			t.Fatalf("Hangul syllable U+%04X has class %d", r, c)
		}
	}
	if classOf('\u200d') != zwj || classOf('\U0001F600') != extPict || classOf('\u094d') != extend || classOf('\u093e') != spacingMark {
		t.Error("ZWJ, 😀, virama or the aa sign has the wrong class")
	}
}

func BenchmarkBoundaryDevanagari(b *testing.B) {
	runes := []rune(strings.Repeat("प्रधानमंत्री नरेंद्र मोदी ने इज़राइल की यात्रा की। ", 100))
	b.SetBytes(int64(len(runes)))
	for b.Loop() {
		for i := range runes {
			Boundary(runes, i)
		}
	}
}
