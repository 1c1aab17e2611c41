package tagger

import "os"

// Word-class transitions (an experiment, behind TIPPANI_CLASS_TRANS=1):
// the score of moving from label p to label y at token i is
// trans[p][y] + classTrans[class(i)][p][y], so the model can learn, say,
// that an organisation's name runs on across एवं but a list of places
// breaks there, or that a name ends before a postposition.

// numClasses is the number of word classes classOf returns.
const numClasses = 8

// Word classes, checked in this order.
const (
	classOther = iota
	classJoiner
	classPostp
	classPunct
	classTitle
	classLatin
	classRare
	classDigit
)

// classMode is TIPPANI_CLASS_TRANS: "1" learns class transitions over
// the eight classes, "few" over joiner, postposition and punctuation
// only (the rest count as other), "joiner" over the list joiners only,
// "prev" the eight classes plus a second matrix by the class of the
// previous token. Unset, training is the shipped one. With
// TIPPANI_CLASS_TRANS_DECODE=0 the matrices are learned but the model
// decodes without them.
var classMode = os.Getenv("TIPPANI_CLASS_TRANS")

// classTransOn says whether training learns class transitions; prevClass
// whether they also depend on the previous token's class.
var (
	classTransOn = classMode == "1" || classMode == "few" || classMode == "joiner" || classMode == "prev"
	prevClass    = classMode == "prev"
)

// ClassTrans holds one transition matrix per class of the token (the
// first numClasses) and, under prevClass, one per class of the token
// before it.
type ClassTrans = [2 * numClasses][NumLabels][NumLabels]float32

// classOf is the class of a word, from what the featurizer knows of it.
func classOf(wi *wordInfo) uint8 {
	few := classMode == "few"
	switch {
	case wi.conj:
		return classJoiner
	case classMode == "joiner":
		return classOther
	case wi.postp:
		return classPostp
	case wi.shape == shapePunct:
		return classPunct
	case few:
		return classOther
	case wi.title:
		return classTitle
	case wi.shape == shapeNumber:
		return classDigit
	case wi.shape == shapeLatinCap || wi.shape == shapeLatinLower || wi.shape == shapeLatinUpper:
		return classLatin
	case wi.rare:
		return classRare
	}
	return classOther
}

// appendClasses appends the class of every word of the featurizer's
// current sentence.
func (f *Featurizer) appendClasses(dst []uint8) []uint8 {
	for _, x := range f.idx {
		dst = append(dst, classOf(&f.infos[x]))
	}
	return dst
}
