package ner

// A labelBan is the set of entity labels a word may never take, whatever
// its scores: a title that IL-NER puts before a person's name and never
// inside it may not be PER, and a word that is never part of a name
// (बैठक, एमओयू) may not be any entity. Decoding gives banned labels a
// score of minus infinity, so Viterbi finds the best sequence without
// them (मेजर जनरल अमीर बरम → अमीर बरम) rather than cutting a span after
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

// apply sets the banned labels' scores in em to minus infinity.
func (b labelBan) apply(em *[numLabels]float32) {
	if b&(banPerson|banName) != 0 {
		em[labelBPER], em[labelIPER] = negInf, negInf
	}
	if b&banName != 0 {
		em[labelBLOC], em[labelILOC], em[labelBORG], em[labelIORG] = negInf, negInf, negInf, negInf
	}
}
