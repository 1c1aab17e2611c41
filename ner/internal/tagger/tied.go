package tagger

// Type-shared emission weights, an experiment. Under BIO a word's
// evidence is split between B-X and I-X: a surname seen only after a
// first name has learned I-PER and says nothing for B-PER when it stands
// alone. A tied feature is a salted duplicate of a feature whose B-X and
// I-X weights the perceptron keeps equal (every step adds the same amount
// to both), so it says "this is part of a PER", wherever in the name.
// The weight table keeps its seven columns and prediction is unchanged:
// the duplicate is one more feature whose row happens to hold equal B and
// I weights.

// A TiedMode says which features get a tied duplicate.
type TiedMode int

const (
	TiedOff  TiedMode = iota
	TiedWord          // the whole-word feature
	TiedLex           // the whole word and every letter feature: affixes, trigrams (all but bias, shape, length)
	TiedOwn           // every feature of the word itself (bias, shape and length too)
	TiedAll           // every feature, context included (the salted copy, tiedSalt)
	// The same without a duplicate: the feature itself is tied, so its
	// B-X and I-X weights are one.
	TiedWordOnly // the whole-word feature
	TiedLexOnly  // the whole word and every letter feature
)

// Tied is the tying in force, for training and prediction alike; the
// training lab sets it before featurizing anything.
var Tied TiedMode

// tiedModes are the names SetTied takes.
var tiedModes = map[string]TiedMode{"": TiedOff, "word": TiedWord, "lex": TiedLex, "own": TiedOwn,
	"all": TiedAll, "word-only": TiedWordOnly, "lex-only": TiedLexOnly}

// SetTied sets Tied by name (word, lex, own, all, word-only, lex-only;
// "" for none) and TiedPEROnly by types ("per" or ""), and reports
// whether it knew both.
func SetTied(mode, types string) bool {
	m, ok := tiedModes[mode]
	Tied, TiedPEROnly = m, types == "per"
	return ok && (types == "" || types == "per")
}

// TiedPEROnly ties B-PER and I-PER alone; a tied duplicate's LOC and ORG
// weights move as an ordinary feature's do.
var TiedPEROnly bool

// TiedSalt is the salt of the tied copy of every feature under TiedAll:
// sentences are featurized with it, and the model predicts with it.
const TiedSalt = 0x4cf5ad432745937f

// tiedHash is the hash of the tied duplicate of feature h.
func tiedHash(h uint64) uint64 { return mix64(h ^ 0x2d358dccaa6c78a5) }

// appendTied appends to the word's own features, arena[from:], a tied
// duplicate of each that the mode ties, and returns how many it added.
// The whole-word duplicate, when there is one, comes first, so that word
// dropout can hide it with the word.
func appendTied(arena []uint64, from int32, key uint64) ([]uint64, int32) {
	own := arena[from:]
	n0 := len(arena)
	switch Tied {
	case TiedWord:
		arena = append(arena, tiedHash(feat(tWord, key)))
	case TiedLex:
		arena = append(arena, tiedHash(feat(tWord, key)))
		for _, h := range own[4:] { // after bias, word, shape, length (appendWordFeatures)
			arena = append(arena, tiedHash(h))
		}
	case TiedOwn:
		arena = append(arena, tiedHash(feat(tWord, key)))
		for k, h := range own {
			if k != 1 {
				arena = append(arena, tiedHash(h))
			}
		}
	}
	return arena, int32(len(arena) - n0)
}

// twin is the label that shares a tied weight with y: B-X for I-X and
// I-X for B-X; O has none (-1).
func twin(y int) int {
	switch {
	case y == LabelO, TiedPEROnly && entityTypes[y] != "PER":
		return -1
	case isInside(y):
		return y - 1
	}
	return y + 1
}
