package tokenize

import (
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

// TestSampleArticle tokenizes the shared news article in display form and
// checks the properties and the tokens a reader would expect.
func TestSampleArticle(t *testing.T) {
	raw := testsupport.File(t, testsupport.SampleArticle)
	text := normalize.String(string(raw))
	toks := Tokens(text)
	checkTokens(t, text, toks)
	seen := map[string]Kind{}
	for _, tok := range toks {
		seen[text[tok.Start:tok.End]] = tok.Kind
	}
	want := map[string]Kind{
		"इज़राइल": Word, "JWG": Latin, "MoU": Latin, "11:14": Time, "2025": Number,
		"04": Number, "।": Punct, "“": Punct, "”": Punct, "-": Punct, "IST": Latin,
		"…": Punct, "प्रौद्योगिकी": Word,
	}
	for s, k := range want {
		if got, ok := seen[s]; !ok || got != k {
			t.Errorf("token %q: kind %v (found %v), want %v", s, got, ok, k)
		}
	}
	// The compound भारत-इज़राइल is three tokens.
	if strings.Contains(render(text, toks), "word:भारत-इज़राइल") {
		t.Errorf("hyphenated compound not split")
	}

	spans := Sentences(text, toks)
	lines := 0
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) != "" {
			lines++
		}
	}
	// Every line is at least one sentence; the body paragraphs hold several.
	if len(spans) < lines+10 {
		t.Errorf("%d sentences for %d non-empty lines", len(spans), lines)
	}
	for _, sp := range spans {
		s := text[sp.Start:sp.End]
		if strings.Contains(s, "\n") {
			t.Errorf("sentence spans a line break: %q", s)
		}
		if strings.HasPrefix(s, "”") || strings.HasPrefix(s, ")") {
			t.Errorf("sentence starts with a closer: %q", s)
		}
	}
}
