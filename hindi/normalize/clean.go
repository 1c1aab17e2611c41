package normalize

import "tippani/hindi/deva"

// firstDirty returns the offset of the first byte at or after pos that
// either stage might change or needs context to decide on, or len(s). It is
// the single fast scan that clean text costs: ASCII other than controls, CR,
// "|" and ":"; Devanagari runes that are NFC on their own (and nuktas after
// a consonant they cannot compose with); and the General Punctuation
// characters no rule touches (dashes, curly quotes, ellipsis, ...).
func firstDirty(s string, pos int) int {
	i := pos
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if !plainASCII[c] {
				return i
			}
			i++
			continue
		}
		if r, ok := deva.At(s, i); ok {
			if (devanagariClean[r-0x0900] && r != virama) || fastNFC(s, i, r) {
				i += 3
				continue
			}
			return i
		}
		if c == 0xE2 && i+2 < len(s) && s[i+2]&0xC0 == 0x80 &&
			((s[i+1] == 0x80 && s[i+2] >= 0x90) || (s[i+1] == 0x81 && s[i+2] <= 0x9E)) {
			// U+2010–U+205E: excluded are U+2028/U+2029 (line breaks),
			// U+202A–U+202E (bidi controls, left as they are but checked by
			// x/text) and U+202F (a space).
			if r := rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F) | 0x2000; r < 0x2028 || r >= 0x2030 {
				i += 3
				continue
			}
		}
		return i
	}
	return len(s)
}

// devanagariClean marks U+0900–U+097F runes that neither stage changes.
var devanagariClean = func() (t [128]bool) {
	for r := rune(0x0900); r < 0x0980; r++ {
		t[r-0x0900] = nfcSafeDevanagari(r)
	}
	return t
}()
