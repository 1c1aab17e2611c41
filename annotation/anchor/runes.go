package anchor

import "unicode/utf8"

// decodeRunes returns []rune(s), decoding ASCII and three-byte sequences
// (all of Devanagari) inline. Go's own conversion calls the general decoder
// for every code point, which costs several times more under js/wasm, where
// decoding a long text is a visible part of re-anchoring. Invalid bytes
// become U+FFFD one byte at a time, exactly as []rune(s) does.
func decodeRunes(s string) []rune {
	out := make([]rune, utf8.RuneCountInString(s))
	j := 0
	for i := 0; i < len(s); j++ {
		c := s[i]
		if c < utf8.RuneSelf {
			out[j] = rune(c)
			i++
			continue
		}
		if c&0xF0 == 0xE0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) { // not overlong, not a surrogate
				out[j] = r
				i += 3
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		out[j] = r
		i += size
	}
	return out
}
