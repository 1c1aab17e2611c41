package annotation_test

import (
	"testing"

	"tippani/annotation"
	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/internal/testsupport"
	"tippani/textpos"
)

// TestTokenEdgesAreBoundaries checks that every token edge the tokenizer
// produces is an offset Validate accepts, so that annotations aligned to
// tokens (all of the model's) are never refused as splitting a character.
// It runs over the sample article and the IL-NER development corpus,
// rebuilt as running text.
func TestTokenEdgesAreBoundaries(t *testing.T) {
	corpus := testsupport.RunningText(testsupport.File(t, testsupport.DevCorpus))
	texts := map[string]string{
		"sample": string(testsupport.File(t, testsupport.SampleArticle)),
		"ilner":  string(corpus),
	}
	for name, raw := range texts {
		text := normalize.String(raw)
		runes := []rune(text)
		index := textpos.New(text)
		bad := 0
		tokens := tokenize.Tokens(text)
		if len(tokens) < 500 {
			t.Fatalf("%s: only %d tokens; the data is not what this test expects", name, len(tokens))
		}
		t.Logf("%s: %d tokens checked", name, len(tokens))
		for _, tok := range tokens {
			for _, edge := range []int{tok.Start, tok.End} {
				if i := index.RuneOffset(edge); !annotation.RuneBoundaryOK(runes, i) {
					if bad++; bad <= 5 {
						t.Errorf("%s: token %q edge at code point %d is not a boundary (context %q)",
							name, text[tok.Start:tok.End], i, string(runes[max(0, i-3):min(len(runes), i+3)]))
					}
				}
			}
		}
		if bad > 5 {
			t.Errorf("%s: %d token edges in all", name, bad)
		}
	}
}
