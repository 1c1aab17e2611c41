package engine

import (
	"testing"
	"unicode/utf8"
)

// FuzzAnnotate checks the Result contract on arbitrary input: valid UTF-8
// through Annotate, anything through AnnotateLossy.
//
//	go test ./engine -run '^$' -fuzz FuzzAnnotate -fuzztime 20s
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"04 नवंबर, 2025, 11:14 अपराह्न IST", "भारत और इज़राइल ने मंगलवार को", "₹ 5,000 करोड़",
		"क\u00a0ख\u200bग", "a\xffb", "\r\n🙂 १९४७", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		if utf8.ValidString(raw) {
			res, err := Annotate(raw)
			if err != nil {
				t.Fatalf("valid input refused: %v", err)
			}
			checkInvariants(t, res)
		} else if _, err := Annotate(raw); err == nil {
			t.Fatal("invalid UTF-8 accepted without -lossy")
		}
		res, err := AnnotateLossy(raw)
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, res)
		for _, e := range res.Normalization.Edits {
			if e.Start > e.End || e.SourceStart > e.SourceEnd || e.End > utf8.RuneCountInString(res.Text) ||
				e.SourceEnd > utf8.RuneCountInString(raw) {
				t.Fatalf("edit %+v out of range", e)
			}
		}
	})
}
