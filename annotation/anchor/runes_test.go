package anchor

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestDecodeRunesIsTheConversion(t *testing.T) {
	cases := []string{"", "abc", "भारत और इज़राइल", "😀👨‍👩‍👧", "\xff\xe0\xa4", "\xe0\x80\x80", "\xed\xa0\x80x", "क\xe0\xa4", "é€𐍈"}
	rng := rand.New(rand.NewPCG(17, 18))
	pieces := []string{"क", "ि", "a", "😀", "\xe0", "\xa4", "\x80", "\xed\xa0\x80", "\xef\xbf\xbd", " "}
	for range 2000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := decodeRunes(s), []rune(s); !slices.Equal(got, want) {
			t.Fatalf("%q: %U, want %U", s, got, want)
		}
	}
}

func BenchmarkDecodeRunes(b *testing.B) {
	text, _ := benchText(b, 200_000)
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.Run("decodeRunes", func(b *testing.B) {
		for b.Loop() {
			decodeRunes(s)
		}
	})
	b.Run("conversion", func(b *testing.B) {
		for b.Loop() {
			_ = []rune(s)
		}
	})
}
