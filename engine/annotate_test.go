package engine

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

// find returns the entities whose text is exactly s.
func find(res *Result, s string) []Entity {
	var out []Entity
	for _, e := range res.Entities {
		if e.Text == s {
			out = append(out, e)
		}
	}
	return out
}

func TestAnnotateSampleArticle(t *testing.T) {
	res, err := Annotate(testsupport.Sample(t))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, res)
	want := []struct{ text, typ string }{
		{"04 नवंबर, 2025, 11:14 अपराह्न IST", "DATE"},
		{"मंगलवार", "DATE"},
		{"तीन दिवसीय", "NUM"},
	}
	for _, w := range want {
		got := find(res, w.text)
		if len(got) == 0 || got[0].Type != w.typ {
			t.Errorf("%q: want one %s entity, got %+v", w.text, w.typ, got)
		}
	}
	// The statistical model must contribute people and places.
	types := map[string][]string{}
	for _, e := range res.Entities {
		types[e.Type] = append(types[e.Type], e.Text)
	}
	for _, typ := range []string{"PER", "LOC"} {
		if len(types[typ]) == 0 {
			t.Errorf("no %s entity in the sample article; entities: %v", typ, types)
		}
	}
	t.Logf("entities by type: %v", types)
}

// checkInvariants verifies the Result contract: entities sorted and
// disjoint, code point offsets inside Text, Text between them.
func checkInvariants(t *testing.T, res *Result) {
	t.Helper()
	runes := []rune(res.Text)
	last := 0
	for i, e := range res.Entities {
		if e.Start < last || e.End <= e.Start || e.End > len(runes) {
			t.Fatalf("entity %d %+v: bad offsets (previous end %d, text %d code points)", i, e, last, len(runes))
		}
		if got := string(runes[e.Start:e.End]); got != e.Text {
			t.Fatalf("entity %d: text %q but offsets select %q", i, e.Text, got)
		}
		if e.Score < 0 || e.Score > 1 {
			t.Fatalf("entity %d: score %v outside [0,1]", i, e.Score)
		}
		last = e.End
	}
	if !utf8.ValidString(res.Text) {
		t.Fatal("display text is not valid UTF-8")
	}
}

func TestAnnotateCodePointOffsets(t *testing.T) {
	// Text before the date is Devanagari (3 bytes per code point) and an
	// astral emoji (4 bytes, one code point, two UTF-16 units).
	raw := "नमस्ते 🙂 बैठक 5 मार्च 2024 को"
	res, err := Annotate(raw)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, res)
	got := find(res, "5 मार्च 2024")
	if len(got) != 1 {
		t.Fatalf("date not found: %+v", res.Entities)
	}
	if want := len([]rune("नमस्ते 🙂 बैठक ")); got[0].Start != want {
		t.Errorf("start = %d code points, want %d", got[0].Start, want)
	}
}

func TestAnnotateInvalidUTF8(t *testing.T) {
	raw := "कल \xff बैठक"
	_, err := Annotate(raw)
	var bad *normalize.InvalidUTF8Error
	if !errors.As(err, &bad) || bad.Offset != len("कल ") {
		t.Fatalf("want InvalidUTF8Error at offset %d, got %v", len("कल "), err)
	}
	if !strings.Contains(err.Error(), "offset 7") {
		t.Errorf("error %q does not name the offset", err)
	}
	res, err := AnnotateLossy(raw)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, res)
	if !strings.Contains(res.Text, "\uFFFD") {
		t.Errorf("lossy text %q lacks U+FFFD", res.Text)
	}
	if len(find(res, "कल")) != 1 {
		t.Errorf("lossy mode lost the date: %+v", res.Entities)
	}
	found := false
	for _, rc := range res.Normalization.Rules {
		if rc.Rule == "invalid" && rc.Count == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("report does not count the invalid byte: %+v", res.Normalization)
	}
}

func TestAnnotateReportOffsets(t *testing.T) {
	// NBSP (2 bytes) becomes a space (1 byte); the removed ZWSP shifts
	// later offsets by one code point in the source only.
	raw := "क\u00a0ख\u200bग"
	res, err := Annotate(raw)
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != "क खग" {
		t.Fatalf("display text %q", res.Text)
	}
	want := []Change{
		{Start: 1, End: 2, SourceStart: 1, SourceEnd: 2, Rules: []string{"space"}},
		{Start: 3, End: 3, SourceStart: 3, SourceEnd: 4, Rules: []string{"zero-width-space"}},
	}
	got := res.Normalization.Edits
	if len(got) != len(want) {
		t.Fatalf("edits %+v, want %+v", got, want)
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.Start != w.Start || g.End != w.End || g.SourceStart != w.SourceStart || g.SourceEnd != w.SourceEnd ||
			strings.Join(g.Rules, "+") != strings.Join(w.Rules, "+") {
			t.Errorf("edit %d = %+v, want %+v", i, g, w)
		}
	}
	if res.Normalization.Changes != 2 {
		t.Errorf("changes = %d, want 2", res.Normalization.Changes)
	}
}

func TestAnnotateEmpty(t *testing.T) {
	res, err := Annotate("")
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != "" || len(res.Entities) != 0 || res.Entities == nil {
		t.Fatalf("empty input: %+v (entities must be an empty list, not null)", res)
	}
}

// Annotate reuses one scratch between calls and gives concurrent callers
// their own: results must not depend on which one a call got, nor on the
// call before. Run with -race to check the hand-over too.
func TestAnnotateConcurrentCallsAgree(t *testing.T) {
	texts := []string{testsupport.Sample(t), "मंगलवार को नई दिल्ली में सुनीता शर्मा ने 25 छात्रों से बात की।", ""}
	want := make([]string, len(texts))
	for i, text := range texts {
		res, err := Annotate(text)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = fmt.Sprint(res.Entities)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 6; k++ {
				i := (g + k) % len(texts)
				res, err := Annotate(texts[i])
				if err != nil {
					errs <- err.Error()
					return
				}
				if got := fmt.Sprint(res.Entities); got != want[i] {
					errs <- fmt.Sprintf("text %d: entities differ between calls", i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
