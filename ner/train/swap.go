package train

import (
	"math/rand"

	"tippani/hindi/normalize"
	"tippani/ner/internal/tagger"
)

// Mention replacement. About four in five of the names the model misses
// on dev are names it never saw in training, while every training name
// sits in the same sentence every epoch, so the model can lean on the
// name itself. Swapped copies put other names of the same type into a
// sentence's context: copies of some sentences that hold a name, each
// PER, LOC and ORG span replaced by a span of the same type drawn from
// the training corpora, its labels rebuilt for the new length.

// spanPool holds the training corpora's names by type (the B- label).
type spanPool map[int][][]string

// namePool collects every name of the examples by type. With rareOnly it
// keeps only names holding a word seen fewer than twice in all of them,
// the names a model trained on them would not know.
func namePool(exs []example, rareOnly bool) spanPool {
	var seen map[string]int
	if rareOnly {
		seen = map[string]int{}
		for _, ex := range exs {
			for _, w := range ex.words {
				seen[normalize.Key(w)]++
			}
		}
	}
	pool := spanPool{}
	for _, ex := range exs {
		for i, j, b := tagger.NextSpan(ex.gold, 0); i < len(ex.gold); i, j, b = tagger.NextSpan(ex.gold, j) {
			if rareOnly && !holdsRare(ex.words[i:j], seen) {
				continue
			}
			pool[b] = append(pool[b], ex.words[i:j])
		}
	}
	return pool
}

// holdsRare reports whether a name has a word seen fewer than twice.
func holdsRare(name []string, seen map[string]int) bool {
	for _, w := range name {
		if seen[normalize.Key(w)] < 2 {
			return true
		}
	}
	return false
}

// swapCopies returns copies of a share ratio of the examples that hold a
// name, each name replaced by one of its type drawn from pool (a type
// the pool lacks keeps its names). Copies are of corpus corpusSwap and
// remember their source's index, whose fold they take: they are trained
// on like their source, but names are not mined from them and they are
// not held out for calibration.
func swapCopies(exs []example, pool spanPool, ratio float64, rng *rand.Rand) []example {
	var out []example
	for s, ex := range exs {
		if rng.Float64() >= ratio {
			continue
		}
		if i, _, _ := tagger.NextSpan(ex.gold, 0); i == len(ex.gold) {
			continue
		}
		cp := example{corpus: corpusSwap, source: s}
		last := 0
		for i, j, b := tagger.NextSpan(ex.gold, 0); i < len(ex.gold); i, j, b = tagger.NextSpan(ex.gold, j) {
			cp.words = append(cp.words, ex.words[last:i]...)
			cp.gold = append(cp.gold, ex.gold[last:i]...)
			name := ex.words[i:j]
			if names := pool[b]; len(names) > 0 {
				name = names[rng.Intn(len(names))]
			}
			cp.words = append(cp.words, name...)
			for k := range name {
				cp.gold = append(cp.gold, int8(b+min(k, 1)))
			}
			last = j
		}
		cp.words = append(cp.words, ex.words[last:]...)
		cp.gold = append(cp.gold, ex.gold[last:]...)
		out = append(out, cp)
	}
	return out
}
