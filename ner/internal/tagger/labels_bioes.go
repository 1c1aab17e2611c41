//go:build bioes

package tagger

import "os"

// The BIOES experiment's label set: O, then B-/I- × PER, LOC, ORG at the
// BIO indexes, then E- (last token of a multi-token name) and S- (a
// one-token name) per type. A model learns and decodes over all thirteen;
// decoding rewrites its labels to BIO (E → I, S → B) before the rules,
// so everything after Viterbi sees the BIO labels at their usual indexes.
const bioesScheme = true

const (
	LabelO = iota
	labelBPER
	labelIPER
	labelBLOC
	labelILOC
	labelBORG
	labelIORG
	labelEPER
	labelSPER
	labelELOC
	labelSLOC
	labelEORG
	labelSORG
	NumLabels
)

// LabelNames are the tag strings, indexed by label.
var LabelNames = [NumLabels]string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG",
	"E-PER", "S-PER", "E-LOC", "S-LOC", "E-ORG", "S-ORG"}

// entityTypes names the entity type of each label ("" for O).
var entityTypes = [NumLabels]string{"", "PER", "PER", "LOC", "LOC", "ORG", "ORG",
	"PER", "PER", "LOC", "LOC", "ORG", "ORG"}

// LabelIndex maps a tag to its label; unknown tags are O.
func LabelIndex(tag string) int {
	for i, n := range LabelNames {
		if n == tag {
			return i
		}
	}
	return LabelO
}

// isInside reports whether label y is a BIO I- label (the rules after
// decoding see BIO labels only).
func isInside(y int) bool { return y == labelIPER || y == labelILOC || y == labelIORG }

// useE and useS say which of the E and S labels the experiment uses,
// from the environment variable TIPPANI_BIOES: "e" uses E alone (a
// one-token name stays B-X: BIOE), "s" S alone (a name of several tokens
// ends on I-X: BIOS), anything else both (BIOES). An unused label is
// never allowed, so it is never decoded or learned.
var useE, useS = bioesVariant()

func bioesVariant() (e, s bool) {
	switch os.Getenv("TIPPANI_BIOES") {
	case "e":
		return true, false
	case "s":
		return false, true
	}
	return true, true
}

// allowed reports whether label y may follow label prev (prev = -1 means
// sentence start): I-X and E-X only after B-X or I-X of the same type;
// after a label that must continue its name (B-X when S is used, I-X
// when E is), only I-X or E-X.
func allowed(prev, y int) bool {
	if y >= bioLabels && !(useE && (y-bioLabels)%2 == 0 || useS && (y-bioLabels)%2 == 1) {
		return false
	}
	open := prev > LabelO && prev < bioLabels
	mustContinue := open && (isInside(prev) && useE || !isInside(prev) && useS)
	continues := isInside(y) || y >= bioLabels && (y-bioLabels)%2 == 0
	if continues {
		return open && entityTypes[y] == entityTypes[prev]
	}
	return !mustContinue
}
