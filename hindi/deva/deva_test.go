package deva

import (
	"testing"
	"unicode/utf8"
)

// At agrees with the UTF-8 decoder on every rune of the block and on
// text around it, and turns away truncated and malformed sequences.
func TestAtMatchesDecoder(t *testing.T) {
	for r := rune(0x0900); r < 0x0980; r++ {
		s := "a" + string(r) + "b"
		got, ok := At(s, 1)
		if !ok || got != r {
			t.Errorf("At(%U) = %U, %v", r, got, ok)
		}
		if !EndsWith("a"+string(r), r) || EndsWith("a"+string(r)+"b", r) {
			t.Errorf("EndsWith(%U) wrong", r)
		}
	}
	for _, s := range []string{"\xE0\xA4", "\xE0\xA4a", "\xE0\xA6\x95", "ক", "\xE0\xA4\xC0", "abc", "क"[:2]} {
		if r, ok := At(s, 0); ok {
			t.Errorf("At(%q) = %U, want not Devanagari", s, r)
		}
	}
	if r, _ := utf8.DecodeRuneInString(string(Nukta)); r != 0x093C || string(Virama) != "\u094D" {
		t.Error("mark constants")
	}
}

func BenchmarkAt(b *testing.B) {
	s := "भारत और इज़राइल ने रक्षा सहयोग पर समझौता किया"
	n := 0
	for i := 0; i < b.N; i++ {
		for j := 0; j < len(s); j++ {
			if _, ok := At(s, j); ok {
				n++
			}
		}
	}
	_ = n
}
