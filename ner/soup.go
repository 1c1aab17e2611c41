package ner

import (
	"math/rand"

	"tippani/ner/gazetteer"
)

// soup is a "model soup": several averaged perceptrons trained on the
// same features from different shuffling orders (and word-dropout
// draws), whose float parameters are averaged into one linear model
// before quantization. The average of linear scorers is itself a linear
// scorer of the same shape, so the ensemble costs nothing at prediction
// and nothing in the file; it smooths out the order-dependence of any one
// perceptron run (the seed spread MODEL.md records).
type soup struct {
	bits    uint
	members int
	sum     linearParams
}

func newSoup(bits uint, members int) *soup {
	return &soup{bits: bits, members: members}
}

// train trains the members one after another. The first uses rng as a
// single perceptron would, so a one-member soup is exactly the plain
// perceptron; each further member draws its own seed from rng.
// afterEpoch is reported for the first member only.
func (s *soup) train(d *featData, opts TrainOptions, rng *rand.Rand, skip func(int) bool, afterEpoch func(int)) {
	s.sum = linearParams{w: make([]float32, (1<<s.bits)*numLabels)}
	for k := 0; k < s.members; k++ {
		r := rng
		if k > 0 {
			r = rand.New(rand.NewSource(rng.Int63()))
			afterEpoch = nil
		}
		p := newPerceptron(s.bits)
		p.train(d, opts, r, skip, afterEpoch)
		lp := p.params()
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
	return s.params().model(s.bits, opts, mined)
}
