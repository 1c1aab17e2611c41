package anchor

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
	"tippani/hindi/normalize"
)

// spanOf returns the code point span of the n-th (from 0) occurrence of
// word in text.
func spanOf(t *testing.T, text, word string, n int) Span {
	t.Helper()
	at := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[at:], word)
		if i < 0 {
			t.Fatalf("%q does not occur %d more times", word, n+1)
		}
		at += i + len(word)
	}
	s := len([]rune(text[:at-len(word)]))
	return Span{s, s + len([]rune(word))}
}

func TestOccurrencesOfBharatInTheSample(t *testing.T) {
	text, _ := sharedtest.Sample(t)
	runes := []rune(text)
	for _, n := range []int{0, 4, 8} {
		given := spanOf(t, text, "भारत", n)
		got, err := Occurrences(text, given.Start, given.End)
		if err != nil {
			t.Fatal(err)
		}
		// भारत stands alone six times and before a hyphen three times
		// (भारत-इज़राइल); never inside भारतीय or the like.
		if len(got) != 9 || !slices.Contains(got, given) {
			t.Fatalf("from mention %d: %d spans %v, want nine including %v", n, len(got), got, given)
		}
		for i, s := range got {
			if w := string(runes[s.Start:s.End]); w != "भारत" || (i > 0 && s.Start < got[i-1].End) {
				t.Errorf("span %v says %q or is out of order", s, w)
			}
		}
	}
}

func TestOccurrencesMatchByKeyAndWholeTokens(t *testing.T) {
	// Nukta or not, anusvara or half nasal, the same name; not inside a
	// longer word, not across a line break.
	text := normalize.String("इज़राइल और इजराइल। हिन्दी हिंदी। तेल अवीव में तेल  अवीव, तेल\nअवीव नहीं। इज़राइली")
	cases := []struct {
		word string
		n    int
		want []string
	}{
		{"इज़राइल", 0, []string{"इज़राइल", "इजराइल"}},
		{"हिंदी", 0, []string{"हिन्दी", "हिंदी"}},
		{"तेल अवीव", 0, []string{"तेल अवीव", "तेल  अवीव"}},
	}
	runes := []rune(text)
	for _, c := range cases {
		given := spanOf(t, text, normalize.String(c.word), c.n)
		got, err := Occurrences(text, given.Start, given.End)
		if err != nil {
			t.Fatal(err)
		}
		var words []string
		for _, s := range got {
			words = append(words, string(runes[s.Start:s.End]))
		}
		if !slices.Equal(words, c.want) {
			t.Errorf("%s: got %q, want %q", c.word, words, c.want)
		}
	}
}

func TestOccurrencesKeepsAGivenSpanOffTokenBoundaries(t *testing.T) {
	text := "महाभारत और भारत"
	got, err := Occurrences(text, 3, 7) // भारत inside महाभारत
	if err != nil {
		t.Fatal(err)
	}
	if want := []Span{{3, 7}, {11, 15}}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	// A repeated phrase whose mentions would overlap: every other one.
	text = "बहुत बहुत बहुत बहुत"
	got, _ = Occurrences(text, 0, 9)
	if want := []Span{{0, 9}, {10, 19}}; !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestOccurrencesRefusesBadSpans(t *testing.T) {
	for _, c := range []struct {
		start, end int
		code       annotation.ErrorCode
		field      string
	}{
		{-1, 2, annotation.CodeOffsetOutOfRange, "start"},
		{0, 99, annotation.CodeOffsetOutOfRange, "end"},
		{2, 2, annotation.CodeEmptySpan, ""},
		{0, 1, annotation.CodeSplitsCharacter, "end"},
	} {
		_, err := Occurrences("भारत", c.start, c.end)
		var e *annotation.Error
		if !errors.As(err, &e) || e.Code != c.code || e.Field != c.field {
			t.Errorf("%d–%d: error %v, want %s on %q", c.start, c.end, err, c.code, c.field)
		}
	}
}
