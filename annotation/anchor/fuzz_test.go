package anchor

import (
	"testing"

	"tippani/annotation"
	"tippani/hindi/normalize"
)

// FuzzReanchor re-anchors annotations on every word of one text onto
// another and checks that nothing is lost and everything placed is valid.
// Both texts are first put in display form, as callers must.
func FuzzReanchor(f *testing.F) {
	for _, seed := range [][2]string{
		{"राम अयोध्या गए।", "राम अयोध्या गए।"},
		{"भारत और इज़राइल ने समझौता किया।", "भारत और इजराइल ने कल समझौता किया।"},
		{"क्षत्रिय क्‍ष क्‌ष", "क्ष त्रिय"},
		{"", "भारत"},
		{"भारत भारत भारत", "भारत"},
		{"👨‍👩‍👧 परिवार 🇮🇳", "परिवार 👨‍👩‍👧"},
		{"a\u0301b\u0301c", "ab\u0301c\u0301"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, oldText, newText string) {
		oldText, newText = normalize.String(oldText), normalize.String(newText)
		old := []rune(oldText)
		var anns []annotation.Annotation
		for i, w := range wordSpans(old) {
			s, e := widen(old, w.Start, w.End)
			if len(anns) > 0 && s < anns[len(anns)-1].End {
				continue
			}
			anns = append(anns, annotation.Annotation{Start: s, End: e, Type: annotation.PER, Note: string(rune('a' + i%26)), Source: []string{"", annotation.SourceModel, annotation.SourcePerson}[i%3]})
		}
		res := Reanchor(oldText, newText, anns)
		if len(res.Placed)+len(res.Unplaced) != len(anns) {
			t.Fatalf("%d annotations in, %d placed and %d unplaced", len(anns), len(res.Placed), len(res.Unplaced))
		}
		if err := annotation.Validate(newText, res.Placed, annotation.FileLimits()); err != nil {
			t.Fatalf("placed annotations are invalid: %v", err)
		}
		if oldText == newText && res.Counts.Exact != len(anns) {
			t.Fatalf("the text did not change, yet %+v", res.Counts)
		}
		for _, w := range wordSpans(old) {
			spans, err := Occurrences(oldText, w.Start, w.End)
			if err == nil && len(spans) == 0 {
				t.Fatalf("Occurrences of %v left out the span itself", w)
			}
		}
	})
}
