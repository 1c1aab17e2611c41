package grapheme

import "unicode"

// isLetter is unicode.IsLetter, kept in its own file so that the tables it
// uses are the only ones the package needs from unicode.
func isLetter(r rune) bool { return unicode.IsLetter(r) }
