package tokenize

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"tippani/hindi/benchcorpus"
	"tippani/hindi/normalize"
)

func benchText(b *testing.B) string {
	raw, err := benchcorpus.Corpus()
	if err != nil {
		b.Fatal(err)
	}
	return normalize.String(string(raw))
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
	prefix := func(n int) string {
		for n > 0 && !utf8.RuneStart(text[n]) {
			n--
		}
		return text[:n]
	}
	// The 1 MB input is the 1 KB input repeated, so both hold the same
	// mix of clean and changed text and only the size differs.
	small := prefix(1 << 10)
	large := strings.Repeat(small, 1<<10)
	// testing.Benchmark cannot run inside a benchmark, so each size is
	// timed by hand: repeat until a fixed time has passed.
	perByte := func(s string) float64 {
		n, start := 0, time.Now()
		for time.Since(start) < 300*time.Millisecond {
			Tokens(s)
			n++
		}
		return float64(time.Since(start).Nanoseconds()) / float64(n*len(s))
	}
	for b.Loop() {
		smallNs, largeNs := perByte(small), perByte(large)
		b.ReportMetric(smallNs, "ns/byte-1KB")
		b.ReportMetric(largeNs, "ns/byte-1MB")
		b.ReportMetric(largeNs/smallNs, "ratio-1MB/1KB")
	}
}
