package tagger

// A labelBan is the set of entity labels a word may never take, whatever
// its scores: a title that IL-NER puts before a person's name and never
// inside it may not be PER, and a word that is never part of a name
// (बैठक, एमओयू) may not be any entity. Decoding gives banned labels a
// score far below any other (bannedSum), so Viterbi finds the best
// sequence without them (मेजर जनरल अमीर बरम → अमीर बरम) rather than cutting a span after
// the fact.
type labelBan uint8

const (
	banPerson labelBan = 1 << iota // not B-PER or I-PER
	banName                        // no entity label at all
)

// banOf returns the ban of a word's matching key.
func banOf(key string) labelBan {
	var b labelBan
	if outsideKeys[key] {
		b |= banPerson
	}
	if notNameKeys[key] {
		b |= banName
	}
	return b
}

// bannedSum is the weight sum a banned label gets: far below any sum of
// real weights (a token has at most a few hundred features of at most
// 2^15 each), so no path through it can win, and still far from int32's
// limits when the context weights are added.
const bannedSum = -1 << 30

// apply gives the banned labels of a word's weight sum bannedSum. It is
// applied once per word, to the word's cached sum of its own features,
// so that decoding pays nothing per token for it.
func (b labelBan) apply(acc *[NumLabels]int32) {
	if b&(banPerson|banName) != 0 {
		acc[labelBPER], acc[labelIPER] = bannedSum, bannedSum
	}
	if b&banName != 0 {
		acc[labelBLOC], acc[labelILOC], acc[labelBORG], acc[labelIORG] = bannedSum, bannedSum, bannedSum, bannedSum
	}
}
