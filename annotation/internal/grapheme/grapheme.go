// Package grapheme finds extended grapheme cluster boundaries (Unicode
// Standard Annex #29): the edges of what a reader sees as one character,
// such as a letter with its marks, a flag made of two regional indicators
// (🇮🇳) or a family emoji joined with ZWJ (👨‍👩‍👧).
//
// The rules are UAX #29's for the Unicode version of Go's unicode package,
// with one tailoring for Brahmic scripts: a virama (possibly followed by
// ZWJ or ZWNJ) stays with the letter after it, so that the halves of a
// conjunct such as क्ष are one cluster, as readers see them (Unicode 15.1
// later added the same rule for some scripts as GB9c). The break classes
// come from tables.go, which gen.go writes from the Unicode Character
// Database (go generate; see gen.go).
package grapheme

//go:generate go run gen.go

// class is a Grapheme_Cluster_Break value, with Extended_Pictographic as
// one more (no code point has both it and another class).
type class uint8

const (
	other class = iota
	cr
	lf
	control
	extend
	zwj
	regionalIndicator
	prepend
	spacingMark
	hangulL
	hangulV
	hangulT
	hangulLV
	hangulLVT
	extPict
)

// devanagari caches the classes of the Devanagari block, which Tippani's
// texts are mostly made of, so that they cost one load instead of a
// binary search.
var devanagari = func() (t [0x80]class) {
	for i := range t {
		t[i] = search(0x900 + rune(i))
	}
	return t
}()

// classOf returns r's class.
func classOf(r rune) class {
	if 0x900 <= r && r < 0x980 {
		return devanagari[r-0x900]
	}
	return search(r)
}

// search looks r up in the generated runs.
func search(r rune) class {
	if r < 0x7f {
		switch {
		case r == '\r':
			return cr
		case r == '\n':
			return lf
		case r < 0x20:
			return control
		}
		return other
	}
	lo, hi := 0, len(runs)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if rune(runs[mid]>>8) <= r {
			lo = mid
		} else {
			hi = mid
		}
	}
	return class(runs[lo] & 0xff)
}

// Boundary reports whether a grapheme cluster boundary lies before
// runes[i]; there is always one at 0 and at len(runes), and never outside
// them.
func Boundary(runes []rune, i int) bool {
	if i <= 0 || i >= len(runes) {
		return i == 0 || i == len(runes)
	}
	before, after := runes[i-1], runes[i]
	if before < 0x300 && after < 0x300 { // Latin and ASCII: no rule joins them but CR LF
		return !(before == '\r' && after == '\n')
	}
	a, b := classOf(before), classOf(after)
	switch {
	case a == cr && b == lf: // GB3
		return false
	case a == control || a == cr || a == lf: // GB4
		return true
	case b == control || b == cr || b == lf: // GB5
		return true
	case a == hangulL && (b == hangulL || b == hangulV || b == hangulLV || b == hangulLVT): // GB6
		return false
	case (a == hangulLV || a == hangulV) && (b == hangulV || b == hangulT): // GB7
		return false
	case (a == hangulLVT || a == hangulT) && b == hangulT: // GB8
		return false
	case b == extend || b == zwj || b == spacingMark: // GB9, GB9a
		return false
	case a == prepend: // GB9b
		return false
	case a == zwj && b == extPict: // GB11: ExtPict Extend* ZWJ × ExtPict
		j := i - 2
		for j >= 0 && classOf(runes[j]) == extend {
			j--
		}
		return !(j >= 0 && classOf(runes[j]) == extPict)
	case a == regionalIndicator && b == regionalIndicator: // GB12, GB13: pairs
		n := 0
		for j := i - 1; j >= 0 && classOf(runes[j]) == regionalIndicator; j-- {
			n++
		}
		return n%2 == 0
	}
	return !joinsConjunct(runes, i)
}

// joinsConjunct is the Brahmic tailoring: runes[i] is a letter and the
// character before it, past any ZWJ or ZWNJ, is a virama.
func joinsConjunct(runes []rune, i int) bool {
	j := i - 1
	for j > 0 && (runes[j] == '\u200c' || runes[j] == '\u200d') {
		j--
	}
	return isVirama(runes[j]) && isBrahmicLetter(runes[i])
}

// isVirama reports whether r is the virama of a Brahmic script of India
// (canonical combining class 9); Devanagari's is U+094D.
func isVirama(r rune) bool {
	switch r {
	case '\u094d', '\u09cd', '\u0a4d', '\u0acd', '\u0b4d', '\u0bcd', '\u0c4d', '\u0ccd', '\u0d4d':
		return true
	}
	return false
}

// isBrahmicLetter reports whether r is a letter of the blocks those viramas
// belong to (Devanagari to Malayalam, U+0900–U+0D7F).
func isBrahmicLetter(r rune) bool {
	return '\u0900' <= r && r <= '\u0d7f' && classOf(r) == other && isLetter(r)
}
