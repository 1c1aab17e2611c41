package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// checkResult verifies the properties every Display result must have: valid
// UTF-8, NFC, stable under a second pass, and an offset map that is sorted,
// disjoint, monotonic, reproduces the display text from the source and
// round-trips at every position outside an edit.
func checkResult(t *testing.T, src string, res *Result) {
	t.Helper()
	text := res.Text
	if !utf8.ValidString(text) {
		t.Fatalf("display text of %q is not valid UTF-8: %q", src, text)
	}
	if !norm.NFC.IsNormalString(text) {
		t.Fatalf("display text of %q is not NFC: %q", src, text)
	}
	if again := String(text); again != text {
		t.Fatalf("not idempotent: %q → %q → %q", src, text, again)
	}
	prevEnd, prevSrcEnd := 0, 0
	for k, e := range res.Edits {
		if e.Start < prevEnd || e.SrcStart < prevSrcEnd || e.End < e.Start || e.SrcEnd < e.SrcStart {
			t.Fatalf("edit %d %+v out of order (previous ends %d/%d)", k, e, prevEnd, prevSrcEnd)
		}
		if text[prevEnd:e.Start] != src[prevSrcEnd:e.SrcStart] {
			t.Fatalf("unchanged stretch before edit %d differs: %q vs %q", k, text[prevEnd:e.Start], src[prevSrcEnd:e.SrcStart])
		}
		if e.End == e.Start && e.SrcEnd == e.SrcStart {
			t.Fatalf("empty edit %d", k)
		}
		prevEnd, prevSrcEnd = e.End, e.SrcEnd
	}
	if text[prevEnd:] != src[prevSrcEnd:] {
		t.Fatalf("unchanged tail differs: %q vs %q", text[prevEnd:], src[prevSrcEnd:])
	}
	lastStart, lastEnd := -1, -1
	for d := 0; d <= len(text); d++ {
		s, e := res.SourceStart(d), res.SourceEnd(d)
		if s < lastStart || e < lastEnd {
			t.Fatalf("map not monotonic at display %d: start %d end %d (previous %d %d)", d, s, e, lastStart, lastEnd)
		}
		lastStart, lastEnd = s, e
		if !insideEdit(res.Edits, d) {
			if back := res.DisplayStart(s); back != d {
				t.Fatalf("display %d → source %d → display %d", d, s, back)
			}
			if back := res.DisplayEnd(e); back != d {
				t.Fatalf("display end %d → source %d → display %d", d, e, back)
			}
		}
	}
	if res.SourceStart(0) < 0 || res.SourceEnd(len(text)) != len(src) && (len(res.Edits) == 0 || res.Edits[len(res.Edits)-1].End != len(text)) {
		t.Fatalf("ends do not map to ends: %d %d (source length %d)", res.SourceStart(0), res.SourceEnd(len(text)), len(src))
	}
}

// insideEdit reports display offsets strictly inside a replaced span, which
// have no exact source counterpart.
func insideEdit(edits []Edit, d int) bool {
	for _, e := range edits {
		if e.Start < d && d < e.End {
			return true
		}
	}
	return false
}

func FuzzDisplay(f *testing.F) {
	for _, c := range displayCases {
		f.Add(c.in)
	}
	for _, s := range []string{
		"\xff\xfe bad", "न\u200D\u093C|", "क\u093C\u094D\u200D", "||||", "अत::", "| अत: |",
		"\u0958\u093C\u094D", "a\u0301\u0327\u0308", "\r\r\n\n", "प्राय:\u200B\u00AD|",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkResult(t, src, DisplayLossy(src))
		if utf8.ValidString(src) {
			if _, err := Display(src); err != nil {
				t.Fatalf("valid input rejected: %v", err)
			}
		}
	})
}

// TestRandomProperties checks the properties on many strings built from
// the characters the rules care about, which a byte-level fuzzer rarely
// assembles: nuktas, viramas, joiners, pipes, colons, visarga words,
// invisible characters, line ends and combining marks of other scripts.
func TestRandomProperties(t *testing.T) {
	alphabet := []string{
		"न", "र", "ळ", "क", "ज", "\u093C", "\u094D", "\u200D", "\u200C", "|", "||", ":", " ",
		"अत", "प्राय", "\r", "\n", "\r\n", "\xff", "\u0958", "\u095B", "\u0929", "a", "A",
		"\u0301", "\u0327", "१", "0", "\u00A0", "\u200B", "\uFEFF", "\u00AD", "\u2060",
		"👍", "\u0951", "\u0952", "ा", "ि", "“", "”", "\u2028", "\x07", "\u0F71", "\u0F72",
		"\u1100", "\u1161", "가", "ب", "\u0334",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		src := b.String()
		checkResult(t, src, DisplayLossy(src))
	}
}

// TestNFCAgreesWithXText checks the fast paths against x/text: on text no
// character rule touches, the display form is exactly norm.NFC of the input.
func TestNFCAgreesWithXText(t *testing.T) {
	alphabet := []string{
		"न", "र", "ळ", "क", "ज", "\u093C", "\u094D", "\u0958", "\u095B", "\u095F", "\u0929",
		"\u0931", "\u0934", "a", "e", "\u0301", "\u0327", "\u0951", "\u0952", "ा", "ि", "ं",
		"\u0F71", "\u0F72", "\u0F74", "\u1100", "\u1161", "\u11A8", "가", "ب", "\u0334", "\u0653",
		"\u0627", "\u00C5", "\u212B", "\u0344", "\u2026", "“", " ", "\n",
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(10); k >= 0; k-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		src := b.String()
		if got, want := String(src), norm.NFC.String(src); got != want {
			t.Fatalf("String(%+q) = %+q, want NFC %+q", src, got, want)
		}
	}
}
