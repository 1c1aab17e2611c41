package ner

import "tippani/ner/gazetteer"

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
	sum     linearParams
}

func newSoup(bits uint) *soup {
	return &soup{sum: linearParams{w: make([]float32, (1<<bits)*numLabels)}}
}

// memberSeed is the seed of the k-th soup member (k ≥ 1); member 0 uses
// the training seed itself, so a one-member soup is the plain perceptron.
func memberSeed(seed int64, k int) int64 { return seed*1_000_003 + int64(k)*7_919 }

// add sums one member's parameters in.
func (s *soup) add(lp linearParams) {
	s.members++
	for i, v := range lp.w {
		s.sum.w[i] += v
	}
	for y := range lp.start {
		s.sum.start[y] += lp.start[y]
		for z := range lp.trans[y] {
			s.sum.trans[y][z] += lp.trans[y][z]
		}
	}
}

// params returns the members' mean parameters.
func (s *soup) params() linearParams {
	inv := 1 / float32(s.members)
	lp := linearParams{w: make([]float32, len(s.sum.w)), start: s.sum.start, trans: s.sum.trans}
	for i, v := range s.sum.w {
		lp.w[i] = v * inv
	}
	for y := range lp.start {
		lp.start[y] *= inv
		for z := range lp.trans[y] {
			lp.trans[y][z] *= inv
		}
	}
	return lp
}

func (s *soup) model(opts TrainOptions, mined *gazetteer.Set) *Model {
	bits := uint(0)
	for 1<<bits < len(s.sum.w)/numLabels {
		bits++
	}
	return s.params().model(bits, opts, mined)
}
