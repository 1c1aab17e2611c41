package normalize

import (
	"tippani/hindi/deva"

	"strings"
	"unicode"
	"unicode/utf8"
)

// Key returns the matching key of s: an aggressive fold for look-ups and
// model features that is never shown to a reader. See the package
// documentation for the rules. Key is meant for display-form text but also
// folds the precomposed nukta letters of raw text, so every spelling of
// इज़राइल gets the key इजराइल. Key is idempotent, and returns s itself,
// without allocating, when s is already a key.
func Key(s string) string {
	i := firstKeyChange(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	// appendKeyAt's logic, written into the builder directly: this loop
	// is the allocating path of every key (the fuzz test holds the two
	// to the same output).
	for i < len(s) {
		if n, ok := nasalBeforeClassConsonant(s, i); ok {
			b.WriteRune(anusvara)
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(s[i]) // not UTF-8: kept, as the fast path keeps it
			i++
			continue
		}
		i += size
		if k := keyBase(r); k >= 0 {
			b.WriteRune(k)
		}
	}
	return b.String()
}

// nasalBeforeClassConsonant reports whether s[i:] starts with a nasal
// consonant and a virama followed by a consonant of the nasal's class, and
// returns the length of the nasal and virama, which the key writes as one
// anusvara. It looks through everything the key drops (nuktas, joiners) and
// judges letters by their folded form, so that the fold gives the same
// result on a key as on the text it came from.
func nasalBeforeClassConsonant(s string, i int) (int, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	nasal := keyBase(r)
	if !isNasal(nasal) {
		return 0, false
	}
	j := skipDropped(s, i+size)
	r, size = utf8.DecodeRuneInString(s[j:])
	if r != virama {
		return 0, false
	}
	j = skipDropped(s, j+size)
	if j == len(s) {
		return 0, false
	}
	next, _ := utf8.DecodeRuneInString(s[j:])
	if !isClassNasal(nasal, keyBase(next)) {
		return 0, false
	}
	return j - i, true
}

// skipDropped returns the offset of the first rune at or after j that the
// key keeps.
func skipDropped(s string, j int) int {
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if keyBase(r) >= 0 {
			break
		}
		j += size
	}
	return j
}

func isNasal(r rune) bool {
	return r == 0x0919 || r == 0x091E || r == 0x0923 || r == 0x0928 || r == 0x092E
}

const (
	nukta        = deva.Nukta
	anusvara     = 0x0902
	chandrabindu = 0x0901
)

// keyBase folds one rune for the key, or returns -1 when the rune is dropped.
func keyBase(r rune) rune {
	switch {
	case r == nukta, r == zwj, r == zwnj:
		return -1
	case r == chandrabindu:
		return anusvara
	case r >= 0x0958 && r <= 0x095F:
		return nuktaBase[r-0x0958]
	case r == 0x0929:
		return 0x0928 // ऩ → न
	case r == 0x0931:
		return 0x0930 // ऱ → र
	case r == 0x0934:
		return 0x0933 // ऴ → ळ
	case r >= 0x0966 && r <= 0x096F:
		return '0' + (r - 0x0966)
	case r == '\u2018' || r == '\u2019' || r == '\u201A' || r == '\u201B':
		return '\''
	case r == '\u201C' || r == '\u201D' || r == '\u201E' || r == '\u201F':
		return '"'
	case 'A' <= r && r <= 'Z':
		return r + ('a' - 'A')
	case r >= 0x80 && unicode.Is(unicode.Latin, r) && unicode.IsUpper(r):
		return unicode.ToLower(r)
	}
	return r
}

// nuktaBase maps U+0958–U+095F (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) to their base letters.
var nuktaBase = [8]rune{0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F}

// isClassNasal reports whether nasal is the nasal consonant of the varga
// (class) that consonant belongs to: ङ for क ख ग घ, ञ for च छ ज झ, ण for
// ट ठ ड ढ, न for त थ द ध, म for प फ ब भ.
func isClassNasal(nasal, consonant rune) bool {
	switch nasal {
	case 0x0919: // ङ
		return consonant >= 0x0915 && consonant <= 0x0918
	case 0x091E: // ञ
		return consonant >= 0x091A && consonant <= 0x091D
	case 0x0923: // ण
		return consonant >= 0x091F && consonant <= 0x0922
	case 0x0928: // न
		return consonant >= 0x0924 && consonant <= 0x0927
	case 0x092E: // म
		return consonant >= 0x092A && consonant <= 0x092D
	}
	return false
}

// firstKeyChange returns the offset of the first byte Key would change, or
// len(s). It is the allocation-free fast path of Key.
func firstKeyChange(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		if r, ok := deva.At(s, i); ok {
			// Devanagari: a table says which runes fold or may start a
			// nasal + virama sequence.
			if !keptAsIs(s, i, r) {
				if devanagariKeyClass[r-0x0900] == keyFolds {
					return i
				}
				if _, ok := nasalBeforeClassConsonant(s, i); ok {
					return i
				}
			}
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if keyBase(r) != r {
			return i
		}
		i += size
	}
	return len(s)
}

const (
	keyKeeps = iota
	keyFolds
	keyNasal
)

// devanagariKeyClass classifies U+0900–U+097F for the fast path of Key.
var devanagariKeyClass = func() (t [128]uint8) {
	for r := rune(0x0900); r < 0x0980; r++ {
		switch {
		case keyBase(r) != r:
			t[r-0x0900] = keyFolds
		case isNasal(r):
			t[r-0x0900] = keyNasal
		}
	}
	return t
}()
