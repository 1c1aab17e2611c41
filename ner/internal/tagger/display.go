package tagger

import "tippani/hindi/normalize"

// DisplayWords appends the display form of each raw token to dst.
// Tokens that are already in display form are appended as they are (the
// normalizer returns its input unchanged), so this allocates only for
// tokens that change.
func DisplayWords(dst []string, tokens []string) []string {
	for _, t := range tokens {
		dst = append(dst, normalize.String(t))
	}
	return dst
}
