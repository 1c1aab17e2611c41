package tokenize

import "unicode"

// isDevanagariWordRune reports runes a Devanagari word is made of: letters,
// vowel signs, nukta, virama, anusvara, chandrabindu, visarga, the Devanagari
// Extended block, and ZWJ/ZWNJ (which pick conjunct forms inside a word).
func isDevanagariWordRune(r rune) bool {
	return (r >= 0x0900 && r <= 0x0963) || (r >= 0x0971 && r <= 0x097F) ||
		(r >= 0xA8E0 && r <= 0xA8FF) || r == 0x200C || r == 0x200D
}

func isDevanagariDigit(r rune) bool { return r >= 0x0966 && r <= 0x096F }

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func isASCIILetter(r rune) bool { return 'a' <= r|0x20 && r|0x20 <= 'z' }

func isLatinLetter(r rune) bool {
	switch {
	case r < 0x80:
		return isASCIILetter(r)
	case r >= 0x0370 && r < 0x1D00:
		return false // Greek to Khmer and Devanagari between: no Latin letters
	}
	return unicode.Is(unicode.Latin, r)
}

// isExtender reports runes that never start a grapheme cluster after
// another character: combining marks, joiners, variation selectors, emoji
// modifiers and tag characters (UAX #29 Extend, SpacingMark and ZWJ).
func isExtender(r rune) bool {
	switch {
	case r < 0x300:
		return false
	case r == 0x200C || r == 0x200D:
		return true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	case r >= 0x1F3FB && r <= 0x1F3FF:
		return true
	case r >= 0xE0020 && r <= 0xE007F:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	if r < 0x1680 {
		// Below U+1680 (Ogham space) the only white space outside ASCII
		// is NEL and the no-break space. The early answer spares every
		// Devanagari token start a search of the White_Space table, which
		// costs far more under js/wasm than natively.
		return r == 0x85 || r == 0xA0
	}
	return unicode.IsSpace(r)
}

// isEmojiBase reports pictographs that start an emoji token. It covers the
// main emoji blocks; other astral characters become symbols.
func isEmojiBase(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF:
		return !(r >= 0x1F1E6 && r <= 0x1F1FF) // regional indicators handled as flags
	case r >= 0x2600 && r <= 0x27BF: // misc symbols and dingbats
		return true
	case r == 0x2B50 || r == 0x2B55 || r == 0x2B1B || r == 0x2B1C || r == 0x2934 || r == 0x2935:
		return true
	case r == 0x231A || r == 0x231B || r == 0x23F0 || r == 0x23F3 || (r >= 0x23E9 && r <= 0x23EC):
		return true
	case r == 0x00A9 || r == 0x00AE || r == 0x203C || r == 0x2049 || r == 0x2122:
		return false // keep ©, ® and ™ as symbols unless a VS16 follows
	}
	return false
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// isCloser reports closing quotes and brackets, which stay with the
// sentence they close.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '\u2019', '\u201D', '\u00BB', '\u203A':
		return true
	}
	return false
}
