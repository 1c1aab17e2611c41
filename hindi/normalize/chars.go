package normalize

// Character classes used by the display rules.

import (
	"tippani/hindi/deva"

	"unicode"

	"golang.org/x/text/unicode/norm"
)

const (
	virama = deva.Virama
	zwnj   = 0x200C
	zwj    = 0x200D
)

// isDevanagariLetterOrSign reports letters, vowel signs, nukta, virama,
// anusvara, chandrabindu and visarga of the Devanagari block: the runes a
// Devanagari word is made of. Digits, danda and double danda are excluded.
func isDevanagariLetterOrSign(r rune) bool {
	return (r >= 0x0900 && r <= 0x0963) || (r >= 0x0971 && r <= 0x097F)
}

// spaceRune reports the Unicode space separators (other than U+0020) that
// the display form turns into a plain space.
func spaceRune(r rune) bool {
	switch r {
	case 0x00A0, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// lineBreakRune reports line and paragraph separators other than LF and CR
// (CR is handled with CRLF): they become LF so that lines are never glued.
func lineBreakRune(r rune) bool {
	switch r {
	case 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// controlRune reports control characters that are removed: C0 except tab,
// LF and CR, DEL, and C1 except NEL.
func controlRune(r rune) bool {
	return (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && !lineBreakRune(r)) ||
		(r >= 0x7F && r <= 0x9F && !lineBreakRune(r))
}

// invisibleRule returns the removal rule for an invisible formatting
// character, or false.
func invisibleRule(r rune) (Rule, bool) {
	switch r {
	case 0xFEFF:
		return RuleBOM, true
	case 0x2060:
		return RuleWordJoiner, true
	case 0x00AD:
		return RuleSoftHyphen, true
	case 0x200B:
		return RuleZeroWidthSpace, true
	}
	return 0, false
}

// vanishes reports runes the display form always removes when they follow
// something other than a virama. Context checks of the danda and visarga
// rules look past them so that a rule decides the same on the source as on
// its own output.
func vanishes(r rune) bool {
	if _, ok := invisibleRule(r); ok {
		return true
	}
	return r == zwj || r == zwnj || controlRune(r)
}

// joinerMeaningfulAfter reports whether a ZWJ or ZWNJ after the character
// prev (a character with combining class 0, the base of the marks before the
// joiner) changes what the reader sees, so the display form keeps it: inside
// emoji sequences (👨‍👩‍👧) and after letters or marks of scripts other than
// Devanagari and Latin (Persian and Urdu spell words with ZWNJ). Joiners
// after a virama are kept by the caller. After anything else a joiner is an
// invisible leftover of copy and paste.
func joinerMeaningfulAfter(prev rune) bool {
	switch {
	case prev < 0x0300:
		return false
	case isVirama(prev):
		return true
	case isEmojiPart(prev):
		return true
	case isDevanagariLetterOrSign(prev) || unicode.Is(unicode.Latin, prev):
		return false
	}
	return unicode.IsLetter(prev) || unicode.IsMark(prev)
}

// isVirama reports the viramas (halants) of the Indic scripts, which all
// have canonical combining class 9; the Devanagari one is U+094D.
func isVirama(r rune) bool {
	return r == virama || (r >= 0x0900 && r <= 0x0DFF && norm.NFC.PropertiesString(string(r)).CCC() == 9)
}

// isEmojiPart reports pictographs and the characters that modify them.
func isEmojiPart(r rune) bool {
	return (r >= 0x1F000 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) ||
		r == 0xFE0F || r == 0x20E3 || (r >= 0xE0020 && r <= 0xE007F) || r == 0x2640 || r == 0x2642
}

// continuesWord reports runes that, right after a colon, show it is not at
// the end of a word: letters, marks and digits of any script.
func continuesWord(r rune) bool {
	return isLetterMarkDigit(r)
}

// closesPhrase reports characters that may directly follow a sentence-final
// danda typed as a pipe: closing quotes and brackets.
func closesPhrase(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '\u2019', '\u201D', '\u00BB':
		return true
	}
	return false
}

func isLetterMarkDigit(r rune) bool {
	if r < 0x80 {
		return 'a' <= r|0x20 && r|0x20 <= 'z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}
