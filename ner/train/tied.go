package train

import (
	"fmt"
	"os"

	"tippani/ner/internal/tagger"
)

// TIPPANI_TIED chooses the tied-feature experiment (tagger/tied.go) for
// training and for every model this process decodes: word, lex, own,
// all, word-only or lex-only; TIPPANI_TIED_TYPES=per ties B-PER and
// I-PER alone. Unset, nothing is tied.
func init() {
	if !tagger.SetTied(os.Getenv("TIPPANI_TIED"), os.Getenv("TIPPANI_TIED_TYPES")) {
		fmt.Fprintf(os.Stderr, "TIPPANI_TIED=%q TIPPANI_TIED_TYPES=%q: want word, lex, own, all, word-only or lex-only, and per or nothing\n",
			os.Getenv("TIPPANI_TIED"), os.Getenv("TIPPANI_TIED_TYPES"))
		os.Exit(2)
	}
}

// tiedSetting is the experiment's part of the settings string.
func tiedSetting() string {
	if tagger.Tied == tagger.TiedOff {
		return ""
	}
	return fmt.Sprintf(" tied=%s tied-types=%s", os.Getenv("TIPPANI_TIED"), os.Getenv("TIPPANI_TIED_TYPES"))
}
