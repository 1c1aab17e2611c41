package annotation

import (
	"net/http"
	"strings"
	"testing"
)

// text is in display form: "नरेंद्र मोदी ने इज़राइल की यात्रा की। 2026"
// Code points: न0 र1 े2 ं3 द4 ्5 र6 7(space) म8 ो9 द10 ी11 ...
const text = "नरेंद्र मोदी ने इज़राइल की यात्रा की। 2026"

func TestValidateAccepts(t *testing.T) {
	runes := []rune(text)
	cases := map[string][]Annotation{
		"none":     nil,
		"one":      {{Start: 0, End: 12, Type: PER}},
		"touching": {{Start: 0, End: 7, Type: PER}, {Start: 7, End: 12, Type: PER}},
		"whole":    {{Start: 0, End: len(runes), Type: ORG, Source: SourceModel, Score: 0.5}},
		"unsorted": {{Start: len(runes) - 4, End: len(runes), Type: NUM}, {Start: 0, End: 7, Type: PER, Note: "प्रधानमंत्री", Source: SourcePerson}},
		"score1":   {{Start: 0, End: 7, Type: PER, Source: SourceModel, Score: 1}},
	}
	for name, anns := range cases {
		if err := Validate(text, anns, DefaultLimits()); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestValidateRejects(t *testing.T) {
	n := len([]rune(text))
	long := strings.Repeat("अ", 2001)
	cases := []struct {
		name  string
		text  string
		anns  []Annotation
		code  ErrorCode
		field string
	}{
		{"negative start", text, []Annotation{{Start: -1, End: 3, Type: PER}}, CodeOffsetOutOfRange, "annotations[0].start"},
		{"end past text", text, []Annotation{{Start: 0, End: n + 1, Type: PER}}, CodeOffsetOutOfRange, "annotations[0].end"},
		{"empty", text, []Annotation{{Start: 4, End: 4, Type: PER}}, CodeEmptySpan, "annotations[0]"},
		{"reversed", text, []Annotation{{Start: 7, End: 0, Type: PER}}, CodeEmptySpan, "annotations[0]"},
		{"unknown type", text, []Annotation{{Start: 0, End: 7, Type: "MISC"}}, CodeUnknownType, "annotations[0].type"},
		{"lower-case type", text, []Annotation{{Start: 0, End: 7, Type: "per"}}, CodeUnknownType, "annotations[0].type"},
		{"overlap", text, []Annotation{{Start: 8, End: 12, Type: PER}, {Start: 0, End: 7, Type: PER}, {Start: 0, End: 12, Type: PER}}, CodeOverlap, "annotations[2]"},
		{"duplicate", text, []Annotation{{Start: 0, End: 7, Type: PER}, {Start: 0, End: 7, Type: LOC}}, CodeOverlap, "annotations[1]"},
		{"nested", text, []Annotation{{Start: 0, End: 12, Type: PER}, {Start: 8, End: 12, Type: PER}}, CodeOverlap, "annotations[1]"},
		{"cuts matra", text, []Annotation{{Start: 0, End: 2, Type: PER}}, CodeSplitsCharacter, "annotations[0].end"},
		{"cuts conjunct", text, []Annotation{{Start: 0, End: 6, Type: PER}}, CodeSplitsCharacter, "annotations[0].end"},
		{"starts on mark", text, []Annotation{{Start: 3, End: 7, Type: PER}}, CodeSplitsCharacter, "annotations[0].start"},
		{"bad source", text, []Annotation{{Start: 0, End: 7, Type: PER, Source: "teacher"}}, CodeBadSource, "annotations[0].source"},
		{"score on person", text, []Annotation{{Start: 0, End: 7, Type: PER, Source: SourcePerson, Score: 0.3}}, CodeBadScore, "annotations[0].score"},
		{"score above 1", text, []Annotation{{Start: 0, End: 7, Type: PER, Source: SourceModel, Score: 1.5}}, CodeBadScore, "annotations[0].score"},
		{"long note", text, []Annotation{{Start: 0, End: 7, Type: PER, Note: long}}, CodeNoteTooLong, "annotations[0].note"},
		{"note utf8", text, []Annotation{{Start: 0, End: 7, Type: PER, Note: "\xff"}}, CodeInvalidUTF8, "annotations[0].note"},
		{"text utf8", "ab\xc0", nil, CodeInvalidUTF8, "text"},
		{"text size", strings.Repeat("a", 200<<10+1), nil, CodeTextTooLarge, "text"},
		{"not normalized", "\u0958", nil, CodeTextNotNormalized, "text"},
		{"too many", "abcdef", []Annotation{{0, 1, PER, "", "", 0}, {1, 2, PER, "", "", 0}, {2, 3, PER, "", "", 0}}, CodeTooManyAnnotations, "annotations"},
	}
	for _, c := range cases {
		limits := DefaultLimits()
		if c.name == "too many" {
			limits.Annotations = 2
		}
		err := Validate(c.text, c.anns, limits)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%s: got %v, want an *Error with code %s", c.name, err, c.code)
			continue
		}
		if e.Code != c.code || e.Field != c.field {
			t.Errorf("%s: got code %s field %q (%s); want %s %q", c.name, e.Code, e.Field, e.Message, c.code, c.field)
		}
		if !strings.Contains(e.Message, c.field) {
			t.Errorf("%s: message %q does not name the field %q", c.name, e.Message, c.field)
		}
		if s := e.Status(); s != http.StatusBadRequest && s != http.StatusRequestEntityTooLarge && s != http.StatusUnprocessableEntity {
			t.Errorf("%s: status %d", c.name, s)
		}
	}
}

func TestStatusHints(t *testing.T) {
	want := map[ErrorCode]int{
		CodeBadJSON: 400, CodeBadField: 400, CodeMissingField: 400, CodeInvalidUTF8: 400,
		CodeTextTooLarge: 413, CodeTooManyAnnotations: 413, CodeNoteTooLong: 413,
		CodeOverlap: 422, CodeTextNotNormalized: 422, CodeUnknownType: 422,
	}
	for code, status := range want {
		if got := code.Status(); got != status {
			t.Errorf("%s.Status() = %d, want %d", code, got, status)
		}
	}
}

func TestBoundaryOK(t *testing.T) {
	// "क्षत्रिय क़" : क0 ्1 ष2 त3 ्4 र5 ि6 य7 space8 क9 ़10
	s := "क्षत्रिय क़"
	want := []bool{true, false, false, true, false, false, false, true, true, true, false, true}
	for i, w := range want {
		if got := BoundaryOK(s, i); got != w {
			t.Errorf("BoundaryOK(%q, %d) = %v, want %v", s, i, got, w)
		}
	}
	if BoundaryOK(s, -1) || BoundaryOK(s, len(want)) {
		t.Error("offsets outside the text must not be boundaries")
	}
	// A virama before a space or the end is a word-final half letter: fine.
	if !BoundaryOK("क् ख", 2) {
		t.Error("offset after a word-final virama must be a boundary")
	}
	// Half forms written with a joiner: क ् ZWJ ष and क ् ZWNJ ष are one
	// cluster each; no offset inside them is a boundary.
	for _, s := range []string{"क्‍ष", "क्‌ष"} {
		for i := 1; i <= 3; i++ {
			if BoundaryOK(s, i) {
				t.Errorf("BoundaryOK(%q, %d) = true inside a conjunct", s, i)
			}
		}
	}
	// A skin-tone modifier stays with its emoji.
	if BoundaryOK("👍🏽", 1) || !BoundaryOK("👍🏽 ", 2) {
		t.Error("emoji modifier boundaries")
	}
}

// TestSelectionsDoNotCutGraphemeClusters: a span may not start or end
// inside a flag, a ZWJ sequence or an emoji with a selector, as it may not
// inside a conjunct.
func TestSelectionsDoNotCutGraphemeClusters(t *testing.T) {
	// "भारत 🇮🇳 👨‍👩‍👧 ❤️ ok": भ0 ा1 र2 त3 ␠4 🇮5 🇳6 ␠7 👨8 ZWJ9 👩10 ZWJ11 👧12 ␠13 ❤14 VS15 ␠16 o17 k18
	s := "भारत 🇮🇳 👨‍👩‍👧 ❤️ ok"
	for _, c := range []struct {
		start, end int
		ok         bool
	}{
		{5, 7, true}, {6, 7, false}, {5, 6, false}, {8, 13, true}, {10, 13, false}, {8, 10, false}, {8, 12, false},
		{14, 16, true}, {14, 15, false}, {0, 4, true}, {0, 19, true},
	} {
		err := Validate(s, []Annotation{{Start: c.start, End: c.end, Type: LOC}}, DefaultLimits())
		if (err == nil) != c.ok || err != nil && CodeOf(err) != CodeSplitsCharacter {
			t.Errorf("span %d–%d: %v, want ok=%v", c.start, c.end, err, c.ok)
		}
	}
}

func TestSorted(t *testing.T) {
	in := []Annotation{{Start: 5, End: 9, Type: LOC}, {Start: 0, End: 3, Type: ORG}, {Start: 0, End: 3, Type: PER}, {Start: 0, End: 2, Type: NUM}}
	got := Sorted(in)
	want := []Annotation{{Start: 0, End: 2, Type: NUM}, {Start: 0, End: 3, Type: PER}, {Start: 0, End: 3, Type: ORG}, {Start: 5, End: 9, Type: LOC}}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("Sorted = %v, want %v", got, want)
		}
	}
	if in[0].Start != 5 {
		t.Error("Sorted modified its input")
	}
}
