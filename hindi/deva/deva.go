// Package deva holds the byte-level facts of the Devanagari block
// (U+0900–U+097F) in UTF-8 that the normalizer and the tokenizer test on
// nearly every byte of a text, so that both read one definition.
//
// Every rune of the block is three bytes: Lead, then Mid0 (U+0900–U+093F)
// or Mid1 (U+0940–U+097F), then a continuation byte (10xxxxxx).
package deva

// Bytes of a Devanagari rune in UTF-8.
const (
	Lead = 0xE0 // first byte of every rune of the block
	Mid0 = 0xA4 // second byte of U+0900–U+093F
	Mid1 = 0xA5 // second byte of U+0940–U+097F
)

// Marks the normalizer and the tokenizer treat specially.
const (
	Nukta  = '\u093C' // the dot below that makes ज़ of ज; Mid0 0xBC
	Virama = '\u094D' // the halant that joins consonants; Mid1 0x8D
)

// At decodes the rune at s[i] when it is a well-formed rune of the
// Devanagari block, and reports whether it is. It is small enough to be
// inlined into the byte loops that call it.
func At(s string, i int) (rune, bool) {
	if i+2 < len(s) && s[i] == Lead && (s[i+1] == Mid0 || s[i+1] == Mid1) && s[i+2]&0xC0 == 0x80 {
		return rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), true
	}
	return 0, false
}

// EndsWith reports whether s ends with the Devanagari rune r (which
// must be in the block), without decoding it.
func EndsWith(s string, r rune) bool {
	n := len(s)
	return n >= 3 && s[n-3] == Lead && s[n-2] == byte(0x80|r>>6&0x3F) && s[n-1] == byte(0x80|r&0x3F)
}
