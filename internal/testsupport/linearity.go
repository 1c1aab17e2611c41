package testsupport

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// ReportLinearity times fn on the first kilobyte of text and on that
// kilobyte repeated to 1 MB, and reports the per-byte cost of both and
// their ratio as benchmark metrics, all from one run (this machine's load
// drifts too much to compare separate runs). A ratio near 1 means the cost
// is linear in the length. The 1 MB input repeats the 1 KB one, so both
// hold the same mix of clean and changed text and only the size differs.
func ReportLinearity(b *testing.B, text string, fn func(string)) {
	n := 1 << 10
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	small := text[:n]
	large := strings.Repeat(small, 1<<10)
	// testing.Benchmark cannot run inside a benchmark, so each size is
	// timed by hand: repeat until a fixed time has passed.
	perByte := func(s string) float64 {
		runs, start := 0, time.Now()
		for time.Since(start) < 300*time.Millisecond {
			fn(s)
			runs++
		}
		return float64(time.Since(start).Nanoseconds()) / float64(runs*len(s))
	}
	for b.Loop() {
		smallNs, largeNs := perByte(small), perByte(large)
		b.ReportMetric(smallNs, "ns/byte-1KB")
		b.ReportMetric(largeNs, "ns/byte-1MB")
		b.ReportMetric(largeNs/smallNs, "ratio-1MB/1KB")
	}
}
