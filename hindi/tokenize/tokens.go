package tokenize

import (
	"tippani/hindi/deva"

	"unicode"
	"unicode/utf8"
)

// Token is one token of a text: the bytes text[Start:End] and their kind.
type Token struct {
	Start, End int // byte offsets into the text given to Tokens
	Kind       Kind
}

// Tokens splits text, which should already be in display form
// (normalize.String), into tokens. Tokens are in order, never overlap, never
// split a grapheme cluster (combining marks, joiners, variation selectors and
// emoji modifiers stay with the character before them) and together cover
// every character that is not white space. A combining mark with nothing but
// white space before it starts a token of its own.
func Tokens(text string) []Token {
	// Hindi news averages about one token per 7 bytes.
	return AppendTokens(make([]Token, 0, len(text)/7+1), text)
}

// AppendTokens is Tokens appending to toks, so that a caller tokenizing
// text after text can reuse one buffer instead of leaving a new one
// behind for the garbage collector each time.
func AppendTokens(toks []Token, text string) []Token {
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' {
			i++
			continue
		}
		var end int
		var kind Kind
		if r, ok := deva.At(text, i); ok && isDevanagariWordRune(r) {
			// Most tokens of Hindi text: straight to the word scanner,
			// without decoding the rune again or going through scan.
			end, kind = scanDevanagari(text, i)
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			if isSpace(r) {
				i += size
				continue
			}
			end, kind = scan(text, i, r, size)
		}
		if end < len(text) && text[end] >= utf8.RuneSelf {
			end = extend(text, end) // no ASCII character extends a cluster
		}
		toks = append(toks, Token{Start: i, End: end, Kind: kind})
		i = end
	}
	return toks
}

// extend moves end past grapheme extenders, so no token ends inside a
// cluster.
func extend(text string, end int) int {
	for end < len(text) {
		if text[end] < utf8.RuneSelf {
			break // no ASCII character extends a cluster
		}
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isExtender(r) {
			break
		}
		end += size
	}
	return end
}

// scan reads the token starting with rune r at text[i:] and returns its end
// and kind.
func scan(text string, i int, r rune, size int) (int, Kind) {
	if c := text[i] | 0x20; c == 'h' || c == 'w' {
		if end, ok := scanURL(text, i); ok {
			return end, URL
		}
	}
	switch {
	case isDevanagariWordRune(r):
		return scanDevanagari(text, i)
	case (isASCIIDigit(r) || r == '#' || r == '*') && isKeycapTail(text, i+1):
		return i + 1, Emoji // 1️⃣ #️⃣: extend takes the selector and keycap
	case r == 0x0964 || r == 0x0965: // danda, double danda
		return punctRun(text, i, r, size), Punct
	case isASCIIDigit(r) || isDevanagariDigit(r):
		return scanNumber(text, i, r)
	case isLatinLetter(r):
		if end, ok := scanEmail(text, i); ok {
			return end, Email
		}
		return scanLatin(text, i)
	case r == '@':
		if end := scanName(text, i+1); end > i+1 {
			return end, Mention
		}
		return i + 1, Punct
	case r == '#':
		if end := scanName(text, i+1); end > i+1 {
			return end, Hashtag
		}
		return i + 1, Punct
	case isRegionalIndicator(r):
		end := i + size
		if r2, s2 := utf8.DecodeRuneInString(text[end:]); isRegionalIndicator(r2) {
			end += s2
		}
		return end, Emoji
	case isEmojiBase(r) || followedByEmojiPresentation(text, i+size):
		return scanEmoji(text, i+size), Emoji
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return scanForeign(text, i), Foreign
	case isPunct(r):
		return punctRun(text, i, r, size), Punct
	}
	return i + size, Symbol
}

// punctRun returns the end of a run of the punctuation mark r starting at
// text[i:]: a run of one mark stays together ("...", "!!", "।।").
func punctRun(text string, i int, r rune, size int) int {
	end := i + size
	for end < len(text) {
		r2, s2 := utf8.DecodeRuneInString(text[end:])
		if r2 != r {
			break
		}
		end += s2
	}
	return end
}

func isPunct(r rune) bool {
	return r == 0x0964 || r == 0x0965 || r == 0x0970 || unicode.IsPunct(r)
}

// isKeycapTail reports a keycap sequence tail (U+FE0F U+20E3, or U+20E3)
// at text[j:].
func isKeycapTail(text string, j int) bool {
	rest := text[j:]
	return len(rest) >= 3 && (rest[:3] == "\u20E3" || len(rest) >= 6 && rest[:6] == "\uFE0F\u20E3")
}

// followedByEmojiPresentation reports a VS16 (emoji presentation selector)
// at text[j:], which turns ©, ❤, digits for keycaps and similar into emoji.
func followedByEmojiPresentation(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return r == 0xFE0F
}

// scanEmoji reads the rest of an emoji sequence after its first pictograph:
// modifiers and selectors, then any ZWJ-joined pictographs.
func scanEmoji(text string, j int) int {
	for {
		j = extendNoJoiner(text, j)
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != 0x200D {
			return j
		}
		r2, s2 := utf8.DecodeRuneInString(text[j+size:])
		if !isEmojiBase(r2) {
			return j
		}
		j += size + s2
	}
}

// extendNoJoiner is extend without ZWJ, which scanEmoji treats as a link.
func extendNoJoiner(text string, end int) int {
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if r == 0x200D || !isExtender(r) {
			break
		}
		end += size
	}
	return end
}

// scanDevanagari reads a Devanagari word and, when it is a known
// abbreviation or a spelled-out letter followed by a period or the
// abbreviation sign ॰, takes the period too.
func scanDevanagari(text string, i int) (int, Kind) {
	end := i
	for end < len(text) {
		// Fast path for the Devanagari block (E0 A4 xx, E0 A5 xx), two
		// letters per loop trip where it can (trips are costly under
		// js/wasm).
		if r, ok := deva.At(text, end); ok {
			if !isDevanagariWordRune(r) {
				break
			}
			end += 3
			if r2, ok := deva.At(text, end); ok && isDevanagariWordRune(r2) {
				end += 3
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[end:])
		if !isDevanagariWordRune(r) {
			break
		}
		end += size
	}
	if end < len(text) {
		if text[end] == '.' {
			if chain, ok := dottedDevanagari(text, i, end); ok {
				return chain, Abbrev
			}
		}
		if text[end] == '.' && isDevanagariAbbrev(text[i:end]) {
			return end + 1, Abbrev
		}
		if r, size := utf8.DecodeRuneInString(text[end:]); r == 0x0970 {
			return end + size, Abbrev
		}
	}
	return end, Word
}

// scanForeign reads letters and marks of scripts other than Devanagari and
// Latin.
func scanForeign(text string, i int) int {
	end := i
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if isDevanagariWordRune(r) || isLatinLetter(r) || !(unicode.IsLetter(r) || unicode.IsMark(r)) {
			break
		}
		end += size
	}
	if end == i {
		_, size := utf8.DecodeRuneInString(text[i:])
		end += size
	}
	return end
}

// scanName reads the name after @ or #: letters, marks, digits and
// underscores of any script. It returns j when there is none.
func scanName(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) || r == 0x200C || r == 0x200D) {
			break
		}
		j += size
	}
	return j
}
