package normalize

import (
	"unicode/utf8"

	"tippani/hindi/deva"
)

// FNV-1a, the hash KeyHash computes over a key's bytes.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// KeyHash returns the 64-bit FNV-1a hash of Key(s), computed as the key
// is folded, without building it: KeyHash(s) == KeyHash(Key(s)) for every
// s, and look-up tables keyed by matching keys (the gazetteers, the
// date and number lexicon) hash raw and display-form words alike without
// allocating. The common runes, ASCII and Devanagari letters the key
// keeps, take one loop trip each.
func KeyHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		if r, ok := deva.At(s, i); ok && keptAsIs(s, i, r) {
			h = (h ^ deva.Lead) * fnvPrime
			h = (h ^ uint64(s[i+1])) * fnvPrime
			h = (h ^ uint64(s[i+2])) * fnvPrime
			i += 3
			continue
		}
		var buf [utf8.UTFMax]byte
		out, n := appendKeyAt(buf[:0], s, i)
		i += n
		for _, b := range out {
			h = (h ^ uint64(b)) * fnvPrime
		}
	}
	return h
}

// KeyEqual reports whether Key(s) == key, without building Key(s).
func KeyEqual(s, key string) bool {
	if s == key {
		return firstKeyChange(key) == len(key) // key is its own key
	}
	k := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !('A' <= c && c <= 'Z') {
			if k >= len(key) || key[k] != c {
				return false
			}
			i, k = i+1, k+1
			continue
		}
		if r, ok := deva.At(s, i); ok && keptAsIs(s, i, r) {
			if k+3 > len(key) || key[k:k+3] != s[i:i+3] {
				return false
			}
			i, k = i+3, k+3
			continue
		}
		var buf [utf8.UTFMax]byte
		out, n := appendKeyAt(buf[:0], s, i)
		i += n
		for _, b := range out {
			if k >= len(key) || key[k] != b {
				return false
			}
			k++
		}
	}
	return k == len(key)
}

// keptAsIs reports whether the key writes the Devanagari rune r at s[i]
// as it is: a rune the key keeps, or a nasal that is not followed by a
// virama (nor by a nukta or joiner the key would look through), which
// the common nasal letters न and म nearly always are.
func keptAsIs(s string, i int, r rune) bool {
	switch devanagariKeyClass[r-0x0900] {
	case keyKeeps:
		return true
	case keyNasal:
		next, ok := deva.At(s, i+3)
		return i+3 == len(s) || (ok && next != deva.Virama && next != deva.Nukta)
	}
	return false
}

// appendKeyAt appends what the key writes for the text at s[i] to dst
// and returns it with the number of bytes of s consumed: a nasal and
// virama before a consonant of the nasal's class become one anusvara,
// every other rune is folded by keyBase (or dropped), and a byte that is
// not UTF-8 is kept as it is, as Key's fast path keeps it. It is Key's
// loop body.
func appendKeyAt(dst []byte, s string, i int) ([]byte, int) {
	if n, ok := nasalBeforeClassConsonant(s, i); ok {
		return utf8.AppendRune(dst, anusvara), n
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size == 1 {
		return append(dst, s[i]), 1
	}
	if k := keyBase(r); k >= 0 {
		return utf8.AppendRune(dst, k), size
	}
	return dst, size
}
