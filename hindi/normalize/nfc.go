package normalize

import (
	"tippani/hindi/deva"

	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcSafeDevanagari reports Devanagari runes that are NFC as they stand and
// cannot combine with or reorder around a neighbour on their own: everything
// in the block except the nukta (composes with न र ळ and reorders before a
// virama), the stress marks U+0951–U+0954 (non-zero combining class) and
// the precomposed nukta letters U+0958–U+095F (excluded from composition).
// The virama has combining class 9 but only a nukta (class 7) could move
// before it, and a nukta always takes the careful path.
func nfcSafeDevanagari(r rune) bool {
	switch {
	case r == deva.Nukta:
		return false
	case r >= 0x0951 && r <= 0x0954:
		return false
	case r >= 0x0958 && r <= 0x095F:
		return false
	}
	return true
}

// nuktaStaysAfter reports whether a nukta following text is already in NFC
// position: directly after a consonant it cannot compose with. Only न र ळ
// compose with a nukta; the precomposed letters U+0958–U+095F are excluded
// from composition, so क़ stays क + nukta. A mark that would have to move
// before the nukta (combining class below 7) is not a safe rune and sends its
// own segment through x/text, which looks back to the consonant.
func nuktaStaysAfter(text string) bool {
	n := len(text)
	if n < 3 || text[n-3] != deva.Lead || text[n-2] != deva.Mid0 {
		return false
	}
	r := 0x0900 | rune(text[n-1]&0x3F)
	return r >= 0x0915 && r <= 0x0939 && r != 0x0928 && r != 0x0930 && r != 0x0933
}

// fastNFC reports whether the Devanagari rune r at s[i:i+3] is certainly in
// NFC position. Runs of combining marks are kept short on this path: x/text
// splits runs longer than 30 marks with U+034F (the Stream-Safe Text Format),
// so a third mark in a row goes through x/text with its whole run.
func fastNFC(s string, i int, r rune) bool {
	switch {
	case r == virama:
		return !twoMarksBefore(s[:i])
	case r == nukta:
		return nuktaStaysAfter(s[:i])
	}
	return nfcSafeDevanagari(r)
}

// twoMarksBefore reports whether text ends with two Devanagari nuktas or
// viramas.
func twoMarksBefore(text string) bool {
	n := len(text)
	return n >= 6 && isMarkBytes(text[n-3:]) && isMarkBytes(text[n-6:n-3])
}

func isMarkBytes(b string) bool {
	return deva.EndsWith(b, deva.Nukta) || deva.EndsWith(b, deva.Virama)
}

// applyNFC puts s into NFC. Runs that are certainly normalized (ASCII, the
// safe Devanagari runes, and other runes that x/text reports as NFC starters)
// are skipped without copying; only the normalization segments around other
// runes are run through x/text. Each changed segment becomes one edit whose
// source side is in s's coordinates.
func applyNFC(s string) (string, []Edit, int) {
	var (
		out     strings.Builder
		built   bool
		copied  int // s[copied:] not yet written to out
		edits   []Edit
		changed int
		segEnd  int // end of the last segment examined; segments never overlap
	)
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			i++
			continue
		}
		if r, ok := deva.At(s, i); ok {
			if fastNFC(s, i, r) {
				i += 3
				continue
			}
		} else {
			p := norm.NFC.PropertiesString(s[i:])
			size := p.Size()
			if size == 0 {
				size = 1
			}
			if p.BoundaryBefore() && norm.NFC.QuickSpanString(s[i:i+size]) == size {
				i += size
				continue
			}
		}
		start := segmentStart(s, i, segEnd)
		end := runEnd(s, i)
		segEnd = end
		seg := s[start:end]
		if norm.NFC.IsNormalString(seg) {
			i = end
			continue
		}
		if !built {
			built = true
			out.Grow(len(s) + 16)
		}
		out.WriteString(s[copied:start])
		dStart := out.Len()
		out.WriteString(norm.NFC.String(seg))
		edits = append(edits, Edit{Rules: setOf(RuleNFC), Start: dStart, End: out.Len(), SrcStart: start, SrcEnd: end})
		changed++
		copied = end
		i = end
	}
	if !built {
		return s, nil, 0
	}
	out.WriteString(s[copied:])
	return out.String(), edits, changed
}

// runEnd returns the end of the rune at s[i] and every following rune that
// could interact with it (no normalization boundary before it), so that
// x/text sees whole runs of combining marks.
func runEnd(s string, i int) int {
	p := norm.NFC.PropertiesString(s[i:])
	end := i + max(p.Size(), 1)
	for end < len(s) {
		p = norm.NFC.PropertiesString(s[end:])
		if p.BoundaryBefore() {
			break
		}
		end += max(p.Size(), 1)
	}
	return end
}

// segmentStart returns where the normalization segment holding s[i] begins:
// the nearest rune at or before i that has a normalization boundary before
// it, but never before floor (the end of the previous segment).
func segmentStart(s string, i, floor int) int {
	j := i
	for j > floor {
		if norm.NFC.PropertiesString(s[j:]).BoundaryBefore() {
			return j
		}
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
	}
	return floor
}
