package normalize

import (
	"testing"

	"tippani/internal/testsupport"
)

// benchCorpus returns the ~3 MB raw Hindi corpus (IL-NER train sentences
// joined back into text) and its display form.
func benchCorpus(b *testing.B) (raw, display string) {
	raw = testsupport.Corpus(b, testsupport.TrainCorpus, 0)
	return raw, String(raw)
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
	testsupport.ReportLinearity(b, raw, func(s string) { DisplayLossy(s) })
}
