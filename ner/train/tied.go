package train

import (
	"fmt"
	"os"

	"tippani/ner/internal/tagger"
)

// TIPPANI_TIED chooses the tied-feature experiment (tagger/tied.go) for
// training and for every model this process decodes: word, lex, own,
// all, word-only or lex-only. Unset, nothing is tied.
func init() {
	modes := map[string]tagger.TiedMode{"": tagger.TiedOff, "word": tagger.TiedWord, "lex": tagger.TiedLex,
		"own": tagger.TiedOwn, "all": tagger.TiedAll, "word-only": tagger.TiedWordOnly, "lex-only": tagger.TiedLexOnly}
	v := os.Getenv("TIPPANI_TIED")
	m, ok := modes[v]
	if !ok {
		fmt.Fprintf(os.Stderr, "TIPPANI_TIED=%q: want word, lex, own, all, word-only or lex-only\n", v)
		os.Exit(2)
	}
	tagger.Tied = m
	// TIPPANI_TIED_TYPES=per ties B-PER and I-PER alone.
	tagger.TiedPEROnly = os.Getenv("TIPPANI_TIED_TYPES") == "per"
}

// tiedSetting is the experiment's part of the settings string.
func tiedSetting() string {
	if tagger.Tied == tagger.TiedOff {
		return ""
	}
	return fmt.Sprintf(" tied=%s tied-types=%s", os.Getenv("TIPPANI_TIED"), os.Getenv("TIPPANI_TIED_TYPES"))
}
