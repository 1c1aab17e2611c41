package tokenize

import (
	"strings"
	"unicode/utf8"
)

// scanLatinRun reads Latin letters and ASCII digits, with an apostrophe
// between letters (don't, India's).
func scanLatinRun(text string, j int) int {
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isLatinLetter(r) || isASCIIDigit(r) {
			j += size
			continue
		}
		if r == '\'' || r == '\u2019' {
			if r2, _ := utf8.DecodeRuneInString(text[j+size:]); isLatinLetter(r2) && j+size < len(text) {
				j += size
				continue
			}
		}
		// Combining marks belong to the letter before them.
		if isExtender(r) && r != 0x200D && r != 0x200C {
			j += size
			continue
		}
		break
	}
	return j
}

// scanLatin reads a Latin word. Letter-period sequences (U.S., e.g.), a
// single capital with a period (an initial) and known abbreviations take
// their period as an abbreviation token.
func scanLatin(text string, i int) (int, Kind) {
	if end, ok := scanDottedLetters(text, i); ok {
		return end, Abbrev
	}
	end := scanLatinRun(text, i)
	if end < len(text) && text[end] == '.' {
		word := text[i:end]
		if (len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z') || latinAbbrevs[strings.ToLower(word)] {
			return end + 1, Abbrev
		}
	}
	return end, Latin
}

// scanDottedLetters matches two or more single ASCII letters each followed
// by a period: U.S., U.K., e.g., i.e.
func scanDottedLetters(text string, i int) (int, bool) {
	j, n := i, 0
	for j+1 < len(text) && isASCIILetter(rune(text[j])) && text[j+1] == '.' {
		j += 2
		if n++; n > maxDottedLetters {
			return 0, false // not an abbreviation; also bounds the look-ahead
		}
	}
	if n < 2 {
		return 0, false
	}
	// "U.S.A" without the last period still ends at the last period seen;
	// a letter glued after it would be a different word.
	if j < len(text) && isASCIILetter(rune(text[j])) {
		return 0, false
	}
	return j, true
}

// maxDottedLetters is the longest letter-period run read as one
// abbreviation (U.S.A. has three).
const maxDottedLetters = 8

// latinAbbrevs are English abbreviations common in Indian news copy, lower
// case, without their period.
var latinAbbrevs = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true,
	"jr": true, "sr": true, "vs": true, "etc": true, "inc": true, "ltd": true,
	"co": true, "corp": true, "no": true, "gen": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "govt": true, "dept": true, "rs": true,
	"approx": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "pvt": true, "hon": true, "smt": true,
	"shri": true, "sh": true,
}
