package train

import "tippani/ner/internal/tagger"

// A soup ("model soup") averages the float parameters of several
// averaged perceptrons into one linear model before quantization. Each
// member is trained on its own random split of the training data into
// folds — so on its own out-of-fold mined lists and rare-word sets — and
// in its own data order. The average of linear scorers is a linear
// scorer of the same shape: the ensemble costs nothing at prediction and
// nothing in the file, and it evens out how much any one split and order
// happen to favour (the seed spread MODEL.md records).
type soup struct {
	members int
	sum     tagger.Params
}

func newSoup(bits uint) *soup {
	return &soup{sum: tagger.Params{W: make([]float32, (1<<bits)*tagger.NumLabels)}}
}

// memberSeed is the seed of the k-th soup member (k ≥ 1); member 0 uses
// the training seed itself, so a one-member soup is the plain perceptron.
func memberSeed(seed int64, k int) int64 { return seed*1_000_003 + int64(k)*7_919 }

// add sums one member's parameters in.
func (s *soup) add(lp tagger.Params) {
	s.members++
	for i, v := range lp.W {
		s.sum.W[i] += v
	}
	for y := range lp.Start {
		s.sum.Start[y] += lp.Start[y]
		for z := range lp.Trans[y] {
			s.sum.Trans[y][z] += lp.Trans[y][z]
		}
	}
}

// Params returns the members' mean parameters.
func (s *soup) Params() tagger.Params {
	inv := 1 / float32(s.members)
	lp := tagger.Params{W: make([]float32, len(s.sum.W)), Start: s.sum.Start, Trans: s.sum.Trans}
	for i, v := range s.sum.W {
		lp.W[i] = v * inv
	}
	for y := range lp.Start {
		lp.Start[y] *= inv
		for z := range lp.Trans[y] {
			lp.Trans[y][z] *= inv
		}
	}
	return lp
}
