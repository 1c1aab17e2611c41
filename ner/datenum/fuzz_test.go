package datenum

import (
	"testing"
	"unicode/utf8"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
)

// FuzzRecognize checks the span contract on arbitrary text: sorted,
// disjoint, on token boundaries, typed and scored, and no panics.
//
//	go test ./ner/datenum -run '^$' -fuzz FuzzRecognize -fuzztime 20s
func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"04 नवंबर, 2025, 11:14 अपराह्न IST", "1 से 3 मार्च", "₹ 5,000 करोड़", "2018-19 में",
		"सुबह 10 बजे", "12/05/2024", "1:11,000", "3. पहला", "कोविड-19", "500 ई.पू.", "21 वीं",
		"साढ़े", "से लेकर", "पिछले", "₹", "2020\n", "-", "१९४७ में",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			return
		}
		text := normalize.String(raw)
		toks := tokenize.Tokens(text)
		starts := map[int]bool{}
		ends := map[int]bool{}
		for _, tk := range toks {
			starts[tk.Start] = true
			ends[tk.End] = true
		}
		last := 0
		for _, sp := range Recognize(text, toks) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(text) {
				t.Fatalf("bad span %+v after %d in %q", sp, last, text)
			}
			if !starts[sp.Start] || !ends[sp.End] {
				t.Fatalf("span %+v not on token boundaries in %q", sp, text)
			}
			if sp.Type != sp.Rule.Type() || sp.Score != sp.Rule.Score() || sp.Rule == RuleNone {
				t.Fatalf("span %+v: type or score does not match its rule", sp)
			}
			last = sp.End
		}
	})
}
