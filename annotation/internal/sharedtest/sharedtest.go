// Package sharedtest gives the annotation packages' tests a realistic
// annotated article built from the shared sample (internal/testsupport
// finds and reads it). It is imported by tests only.
package sharedtest

import (
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

// entities are names a reader would mark in the sample article, with
// their types. Every occurrence is marked unless it overlaps one already
// marked or would cut a character.
var entities = []struct {
	surface string
	typ     annotation.Type
	note    string
}{
	{"राजेश कुमार सिंह", annotation.PER, "रक्षा सचिव"},
	{"अमीर बरम", annotation.PER, ""},
	{"गिदोन सार", annotation.PER, "इज़राइल के विदेश मंत्री"},
	{"एस जयशंकर", annotation.PER, ""},
	{"बेंजामिन नेतन्याहू", annotation.PER, "=प्रधान मंत्री, \"इज़राइल\"\nदूसरी पंक्ति"},
	{"रक्षा मंत्रालय", annotation.ORG, ""},
	{"पीटीआई", annotation.ORG, ""},
	{"JWG", annotation.ORG, ""},
	{"तेल अवीव", annotation.LOC, ""},
	{"इज़राइल", annotation.LOC, ""},
	{"भारत", annotation.LOC, ""},
	{"04 नवंबर, 2025", annotation.DATE, ""},
	{"मंगलवार", annotation.DATE, ""},
	{"तीन", annotation.NUM, ""},
}

// Sample returns the display form of the shared sample article and a
// valid, sorted annotation set on it: every occurrence of the names above,
// marked by a person, with notes on some (one note starts with "=" and
// holds a comma, quotes and a line break, to exercise CSV quoting).
func Sample(tb testing.TB) (string, []annotation.Annotation) {
	tb.Helper()
	text := normalize.String(string(testsupport.File(tb, testsupport.SampleArticle)))
	runes := []rune(text)
	taken := make([]bool, len(runes))
	var anns []annotation.Annotation
	for _, e := range entities {
		surface := []rune(normalize.String(e.surface))
		for at := 0; at+len(surface) <= len(runes); at++ {
			end := at + len(surface)
			if string(runes[at:end]) != string(surface) || !annotation.RuneBoundaryOK(runes, at) ||
				!annotation.RuneBoundaryOK(runes, end) || anyTrue(taken[at:end]) {
				continue
			}
			for i := at; i < end; i++ {
				taken[i] = true
			}
			anns = append(anns, annotation.Annotation{Start: at, End: end, Type: e.typ, Note: e.note, Source: annotation.SourcePerson})
		}
	}
	if len(anns) < 20 || !strings.Contains(text, "तेल अवीव") {
		tb.Fatalf("the sample article has changed: only %d entities found", len(anns))
	}
	if err := annotation.Validate(text, anns, annotation.DefaultLimits()); err != nil {
		tb.Fatalf("sample annotations are invalid: %v", err)
	}
	return text, annotation.Sorted(anns)
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// Large returns the sample article repeated, one copy per line, as many
// times as fits within DefaultLimits (text bytes and annotation count),
// with every copy's entities marked. Every quote in it repeats, which is
// the worst case for quote disambiguation.
func Large(tb testing.TB) (string, []annotation.Annotation) {
	tb.Helper()
	text, anns := Sample(tb)
	limits := annotation.DefaultLimits()
	step := len([]rune(text)) + 1
	var sb strings.Builder
	var all []annotation.Annotation
	for i := 0; sb.Len()+len(text)+1 <= limits.TextBytes && len(all)+len(anns) <= limits.Annotations; i++ {
		sb.WriteString(text)
		sb.WriteString("\n")
		for _, a := range anns {
			a.Start += i * step
			a.End += i * step
			all = append(all, a)
		}
	}
	return sb.String(), all
}
