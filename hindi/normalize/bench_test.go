package normalize

import (
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"tippani/hindi/benchcorpus"
)

var (
	corpusOnce sync.Once
	corpusRaw  string
	corpusErr  error
)

// benchCorpus returns the ~3 MB raw Hindi corpus (IL-NER train sentences
// joined back into text) and its display form.
func benchCorpus(b *testing.B) (raw, display string) {
	corpusOnce.Do(func() {
		var data []byte
		data, corpusErr = benchcorpus.Corpus()
		corpusRaw = string(data)
	})
	if corpusErr != nil {
		b.Fatal(corpusErr)
	}
	return corpusRaw, String(corpusRaw)
}

// BenchmarkDisplay measures the display form with its offset map and report
// on raw corpus text (which holds precomposed nukta letters, joiners and
// curly quotes to repair).
func BenchmarkDisplay(b *testing.B) {
	raw, _ := benchCorpus(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Display(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDisplayClean measures Display on text already in display form:
// the common case of clean news text, where only the fast path runs.
func BenchmarkDisplayClean(b *testing.B) {
	_, clean := benchCorpus(b)
	b.SetBytes(int64(len(clean)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Display(clean); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKey measures the matching key per token-sized word.
func BenchmarkKey(b *testing.B) {
	words := []string{"इज़राइल", "भारत", "हिन्दी", "संयुक्त", "JWG", "२०२५", "समझौता", "प्रौद्योगिकी"}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			Key(w)
		}
	}
}

// BenchmarkLinearity runs Display on 1 KB of the raw corpus and on that
// kilobyte repeated to 1 MB, in one run, and reports the per-byte cost of
// each and their ratio; a ratio near 1 means the cost is linear in the input
// size (the 1 MB input no longer fits the fastest caches, so somewhat above
// 1 is expected).
func BenchmarkLinearity(b *testing.B) {
	raw, _ := benchCorpus(b)
	prefix := func(n int) string {
		for n > 0 && !utf8.RuneStart(raw[n]) {
			n--
		}
		return raw[:n]
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
			DisplayLossy(s)
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
