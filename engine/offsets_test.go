package engine

import (
	"testing"
	"unicode/utf8"
)

func TestRuneCounter(t *testing.T) {
	text := "ab नमस्ते 🙂 x"
	c := runeCounter{s: text}
	for b := 0; b <= len(text); b++ {
		if !utf8.RuneStart(text[min(b, len(text)-1)]) && b < len(text) {
			continue
		}
		if got, want := c.at(b), utf8.RuneCountInString(text[:b]); got != want {
			t.Fatalf("at(%d) = %d, want %d", b, got, want)
		}
	}
	raw := "a\xe0\xa4b\x80"
	r := runeCounter{s: raw, raw: true}
	if got := r.at(len(raw)); got != 5 {
		t.Fatalf("raw count = %d, want 5 (each invalid byte is one code point)", got)
	}
}
