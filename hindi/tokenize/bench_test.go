package tokenize

import (
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

func benchText(b *testing.B) string {
	return normalize.String(testsupport.Corpus(b, testsupport.TrainCorpus, 0))
}

// BenchmarkTokens measures tokenization of the ~3 MB corpus in display form.
func BenchmarkTokens(b *testing.B) {
	text := benchText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Tokens(text)
	}
}

// BenchmarkSentences measures sentence splitting given the tokens.
func BenchmarkSentences(b *testing.B) {
	text := benchText(b)
	toks := Tokens(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text, toks)
	}
}

// BenchmarkLinearity reports the per-byte cost of Tokens on 1 KB of the
// corpus and on that kilobyte repeated to 1 MB, and their ratio, from one run.
func BenchmarkLinearity(b *testing.B) {
	text := benchText(b)
	testsupport.ReportLinearity(b, text, func(s string) { Tokens(s) })
}
