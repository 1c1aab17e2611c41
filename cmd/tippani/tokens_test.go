package main

import (
	"encoding/json"
	"strings"
	"testing"

	"tippani/internal/testsupport"
)

type tokenJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
	Text  string `json:"text"`
}

func parseTokenLines(t *testing.T, out string) []tokenJSON {
	t.Helper()
	var toks []tokenJSON
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var tok tokenJSON
		if err := json.Unmarshal([]byte(line), &tok); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		toks = append(toks, tok)
	}
	return toks
}

func TestTokensVerb(t *testing.T) {
	// Raw input: NBSP and a precomposed ज़ are normalized before tokenizing,
	// and offsets count code points of the display form (😀 is one).
	out, errs, code := runTextVerb(t, "😀 इ\u095Bराइल\u00A0ने 11:14 पर|", "tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got := parseTokenLines(t, out)
	want := []tokenJSON{
		{0, 1, "emoji", "😀"},
		{2, 9, "word", "इज\u093Cराइल"},
		{10, 12, "word", "ने"},
		{13, 18, "time", "11:14"},
		{19, 21, "word", "पर"},
		{21, 22, "punct", "।"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d tokens %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestTokensVerbInvalidUTF8(t *testing.T) {
	_, errs, code := runTextVerb(t, "ab\xffc", "tokens")
	if code == 0 || !strings.Contains(errs, "byte offset 2") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	out, _, code := runTextVerb(t, "ab\xffc", "tokens", "-lossy")
	if code != 0 {
		t.Fatalf("lossy exit %d", code)
	}
	toks := parseTokenLines(t, out)
	if len(toks) != 3 || toks[1].Text != "\uFFFD" || toks[1].Start != 2 {
		t.Errorf("lossy tokens %+v", toks)
	}
}

// TestTokensVerbSample checks that the offsets printed for the sample
// article point at the printed text in the display form.
func TestTokensVerbSample(t *testing.T) {
	raw := testsupport.File(t, testsupport.SampleArticle)
	disp, _, _ := runTextVerb(t, string(raw), "normalize")
	runes := []rune(disp)
	out, errs, code := runTextVerb(t, string(raw), "tokens")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	toks := parseTokenLines(t, out)
	if len(toks) < 500 {
		t.Fatalf("only %d tokens in the sample article", len(toks))
	}
	kinds := map[string]int{}
	for _, tok := range toks {
		if string(runes[tok.Start:tok.End]) != tok.Text {
			t.Fatalf("token %+v does not match display text %q", tok, string(runes[tok.Start:tok.End]))
		}
		kinds[tok.Kind]++
	}
	for _, k := range []string{"word", "latin", "number", "time", "punct"} {
		if kinds[k] == 0 {
			t.Errorf("no %s token in the sample article", k)
		}
	}
}
