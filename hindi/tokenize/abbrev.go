package tokenize

import (
	"unicode/utf8"

	"tippani/hindi/normalize"
)

// devanagariAbbrevs holds, by matching key, the Devanagari words that are
// written with a period as abbreviations or initials: titles (डॉ. प्रो.),
// common short forms (सं. ई. पू. रु. नं.) and the Hindi spellings of Latin
// letter names used as initials (एस. के. जी.).
var devanagariAbbrevs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		// Titles and short forms.
		"डॉ", "डा", "प्रो", "सं", "ई", "पू", "क्र", "पं", "मि", "मो", "स्व",
		"कु", "सु", "रु", "नं", "जि", "प्र", "वि", "ता", "लि", "कं",
		// Letter names.
		"ए", "बी", "सी", "डी", "एफ", "जी", "एच", "आई", "जे", "के", "एल",
		"एम", "एन", "ओ", "पी", "क्यू", "आर", "एस", "टी", "यू", "वी",
		"डब्ल्यू", "डबल्यू", "एक्स", "वाई", "जेड", "ज़ेड", "ज़ेड",
	} {
		m[normalize.Key(w)] = true
	}
	return m
}()

func isDevanagariAbbrev(word string) bool {
	return devanagariAbbrevs[normalize.Key(word)]
}

// dottedDevanagari matches a chain of two or more short Devanagari parts
// each followed by a period, with no space between: कि.मी., मि.मी., ई.पू.
// The first part is text[i:end] and text[end] is its period. Parts are at
// most maxDottedPart code points, as abbreviated syllables are.
func dottedDevanagari(text string, i, end int) (int, bool) {
	parts := 0
	for {
		if utf8.RuneCountInString(text[i:end]) > maxDottedPart || end >= len(text) || text[end] != '.' {
			return 0, false
		}
		if parts++; parts > maxDottedParts {
			return 0, false // also bounds the look-ahead on long runs
		}
		i = end + 1
		end = i
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !isDevanagariWordRune(r) {
				break
			}
			end += size
		}
		if end == i { // no further part: the chain ends at the last period
			if parts >= 2 {
				return i, true
			}
			return 0, false
		}
	}
}

// maxDottedParts is the most parts a dotted abbreviation may have.
const maxDottedParts = 6

// maxDottedPart is the longest part of a dotted Devanagari abbreviation, in
// code points (डॉ has three).
const maxDottedPart = 4
