package main

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

// TestParallelDisplayMatchesOneCall holds the concurrent path of `tippani
// normalize` to the single call it replaces, on a raw corpus large enough to
// be cut into chunks, with a changed spot planted right at each cut.
func TestParallelDisplayMatchesOneCall(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	corpus := testsupport.Corpus(t, testsupport.TrainCorpus, 0)
	// Lines that need repairs (CRLF, a danda pipe, a precomposed nukta
	// letter) everywhere, including around every possible cut.
	src := strings.Repeat(corpus+"अत: क़ानून |\r\n", 2)
	if len(src) < parallelMin {
		t.Fatalf("corpus of %d bytes is too small to exercise the parallel path", len(src))
	}
	pieces, err := displayChunks(src, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(pieces) < 2 {
		t.Fatalf("got %d piece(s), want the input cut into several", len(pieces))
	}
	want, err := normalize.Display(src)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(pieces, ""); got != want.Text {
		t.Fatalf("parallel display differs from one call (%d vs %d bytes)", len(got), len(want.Text))
	}
}

// TestParallelDisplayReportsTheFirstBadByte plants invalid bytes in two
// chunks and expects the earlier one, at its offset in the whole input.
func TestParallelDisplayReportsTheFirstBadByte(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	line := "भारत और इज़राइल ने समझौते पर हस्ताक्षर किए।\n"
	src := []byte(strings.Repeat(line, parallelMin/len(line)+1000))
	// Overwrite spaces, so each bad byte stands alone rather than breaking
	// the multi-byte letter around it.
	first := len(src)/2 + strings.IndexByte(string(src[len(src)/2:]), ' ')
	second := len(src) - 20 + strings.IndexByte(string(src[len(src)-20:]), ' ')
	src[first], src[second] = 0xff, 0xfe
	_, err := displayChunks(string(src), false)
	var bad *normalize.InvalidUTF8Error
	if !errors.As(err, &bad) {
		t.Fatalf("err = %v, want *InvalidUTF8Error", err)
	}
	if bad.Offset != first || bad.Byte != 0xff {
		t.Fatalf("reported byte 0x%02x at %d, want 0xff at %d", bad.Byte, bad.Offset, first)
	}
	pieces, err := displayChunks(string(src), true)
	if err != nil || strings.Count(strings.Join(pieces, ""), "\uFFFD") != 2 {
		t.Fatalf("lossy: err %v, want both bad bytes replaced", err)
	}
}
