package anchor

import (
	"testing"
)

func TestLocate(t *testing.T) {
	text := "भारत ने कहा। फिर भारत आया। अंत में भारती गई। राजेश कुमार सिन्हा आए।"
	second := spanOf(t, text, "भारत", 1)
	cases := []struct {
		name string
		q    Quote
		hint int
		want Match
		ok   bool
	}{
		{"unique", Quote{Exact: "अंत में"}, -1, Match{Start: spanOf(t, text, "अंत में", 0).Start, End: spanOf(t, text, "अंत में", 0).End}, true},
		{"context tells repeats apart", Quote{Exact: "भारत", Prefix: "फिर ", Suffix: " आया"}, -1, Match{Start: second.Start, End: second.End}, true},
		{"hint tells repeats apart", Quote{Exact: "भारत"}, second.Start + 3, Match{Start: second.Start, End: second.End}, true},
		{"repeat without context or hint", Quote{Exact: "भारत"}, -1, Match{}, false},
		{"fuzzy, with the changed letters", Quote{Exact: "राजेश कुमार सिंह"}, -1,
			Match{Start: spanOf(t, text, "राजेश कुमार सिन्हा", 0).Start, End: spanOf(t, text, "राजेश कुमार सिन्हा", 0).End, Errors: 3}, true},
		{"too different", Quote{Exact: "सुरेश"}, -1, Match{}, false},
		{"empty", Quote{}, 0, Match{}, false},
	}
	for _, c := range cases {
		got, ok := Locate(text, c.q, c.hint)
		if got != c.want || ok != c.ok {
			t.Errorf("%s: got %+v %v, want %+v %v", c.name, got, ok, c.want, c.ok)
		}
	}
}

func TestLocatorNeverCutsALetterFromItsMarks(t *testing.T) {
	// भारत occurs only as the start of भारती: not an exact match, and the
	// fuzzy one takes the vowel sign.
	l := NewLocator("यह भारती है")
	got, ok := l.Locate(Quote{Exact: "भारत"}, -1)
	if !ok || got != (Match{Start: 3, End: 8, Errors: 1}) {
		t.Errorf("got %+v %v", got, ok)
	}
}

// A quote is recognised with up to a quarter of its code points changed,
// not more.
func TestLocateAllowsAQuarterOfTheQuoteInEdits(t *testing.T) {
	q := Quote{Exact: "राजेश कुमार सिंह"} // 16 code points: 4 edits
	for _, c := range []struct {
		text string
		ok   bool
	}{
		{"कल राजेश कुमार सिन्हा आए", true}, // 3 edits
		{"कल राजेश कुमर सिन्हा आए", true},  // 4
		{"कल राजश कुमर सिन्हा आए", false},  // 5
		{"कल सुरेश कुमार गुप्ता आए", false},
	} {
		if _, ok := Locate(c.text, q, -1); ok != c.ok {
			t.Errorf("%q: found %v, want %v", c.text, ok, c.ok)
		}
	}
}

func TestLocateKeepsWholeWordsWhole(t *testing.T) {
	// कुमार as a word is not found inside राजकुमार; a name with letters
	// added in front is taken whole when the change is small enough.
	if m, ok := Locate("राजकुमार आए", Quote{Exact: "कुमार", Prefix: "श्री "}, -1); ok {
		t.Errorf("found %+v inside a longer word", m)
	}
	text := "कल सुराजेश कुमार सिंह आए"
	want := spanOf(t, text, "सुराजेश कुमार सिंह", 0)
	if m, ok := Locate(text, Quote{Exact: "राजेश कुमार सिंह"}, -1); !ok || m != (Match{want.Start, want.End, 2}) {
		t.Errorf("got %+v %v, want %v", m, ok, want)
	}
	// Part of a word stays part of a word.
	if m, ok := Locate("महाभारत", Quote{Exact: "भारत", Prefix: "महा"}, -1); !ok || m != (Match{3, 7, 0}) {
		t.Errorf("got %+v %v", m, ok)
	}
}
