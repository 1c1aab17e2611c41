package train

import (
	"tippani/hindi/normalize"
	"tippani/ner/conll"
	"tippani/ner/gazetteer"
	"tippani/ner/internal/tagger"
)

// Mining names from the training data. A phrase enters the mined list of
// type X when it is annotated as X in at least minRatio of the places it
// occurs, so words that are only sometimes part of a name (सिंह, सरकार)
// do not become blanket name cues.
//
// For training, the lists are built out of fold: the features of a
// sentence in fold k come from names mined in the other folds only. A
// model trained on in-fold lists sees every training name in its list
// and learns to trust the list blindly; out of fold, it sees the list
// miss as often as it will on new text.

type phraseStats struct {
	ent [][3]int32 // per fold: PER, LOC, ORG annotations
	occ []int32    // per fold: occurrences as a word sequence
}

// total sums the counts over every fold but skip (-1 keeps all).
func (st *phraseStats) total(skip int) (ent [3]int32, occ int32) {
	for f := range st.occ {
		if f == skip {
			continue
		}
		for t := range ent {
			ent[t] += st.ent[f][t]
		}
		occ += st.occ[f]
	}
	return ent, occ
}

type miner struct {
	folds    int
	stats    map[uint64]*phraseStats
	words    map[uint64]*phraseStats // single words inside names
	maxWords int
	keys     map[string]uint64
}

func newMiner(folds int) *miner {
	return &miner{folds: folds, stats: map[uint64]*phraseStats{}, words: map[uint64]*phraseStats{}, keys: map[string]uint64{}}
}

func (mi *miner) keyHashes(words []string) []uint64 {
	out := make([]uint64, len(words))
	for i, w := range words {
		h, ok := mi.keys[w]
		if !ok {
			h = gazetteer.WordHash(normalize.Key(w))
			mi.keys[w] = h
		}
		out[i] = h
	}
	return out
}

// addEntities records the annotated names of every example.
// Latin-script training copies are left out: their names are made up.
func (mi *miner) addEntities(exs []example) {
	for _, ex := range exs {
		if ex.corpus == corpusLatin {
			continue
		}
		keys := mi.keyHashes(ex.words)
		for _, sp := range conll.Spans(labelStrings(ex.gold)) {
			if sp.End-sp.Start > gazetteer.MaxWords {
				continue
			}
			h := gazetteer.PhraseHash(keys[sp.Start:sp.End])
			st := mi.stats[h]
			if st == nil {
				st = &phraseStats{ent: make([][3]int32, mi.folds), occ: make([]int32, mi.folds)}
				mi.stats[h] = st
			}
			st.ent[ex.fold][typeIndex(sp.Type)]++
			for _, k := range keys[sp.Start:sp.End] {
				ws := mi.words[k]
				if ws == nil {
					ws = &phraseStats{ent: make([][3]int32, mi.folds), occ: make([]int32, mi.folds)}
					mi.words[k] = ws
				}
				ws.ent[ex.fold][typeIndex(sp.Type)]++
			}
			if n := sp.End - sp.Start; n > mi.maxWords {
				mi.maxWords = n
			}
		}
	}
}

// countOccurrences counts every occurrence of every recorded phrase.
func (mi *miner) countOccurrences(exs []example) {
	for _, ex := range exs {
		keys := mi.keyHashes(ex.words)
		for i := range keys {
			if ws := mi.words[keys[i]]; ws != nil {
				ws.occ[ex.fold]++
			}
			h := gazetteer.Start()
			for j := i; j < len(keys) && j-i < mi.maxWords; j++ {
				h = gazetteer.Extend(h, keys[j])
				if st := mi.stats[h]; st != nil {
					st.occ[ex.fold]++
				}
			}
		}
	}
}

// set returns the mined lists leaving out fold skip (-1 keeps all).
func (mi *miner) set(skip int, minRatio float64) *gazetteer.Set {
	s := gazetteer.New()
	kinds := [3]gazetteer.Kind{gazetteer.MinedPER, gazetteer.MinedLOC, gazetteer.MinedORG}
	for h, st := range mi.stats {
		ent, occ := st.total(skip)
		if occ == 0 {
			continue
		}
		for t, c := range ent {
			if c > 0 && float64(c) >= minRatio*float64(occ) {
				s.Put(h, kinds[t], mi.maxWords)
			}
		}
	}
	wordKinds := [3]gazetteer.Kind{gazetteer.MinedPERWord, gazetteer.MinedLOCWord, gazetteer.MinedORGWord}
	for w, st := range mi.words {
		ent, occ := st.total(skip)
		if occ < minWordOccurrences {
			continue
		}
		for t, c := range ent {
			if float64(c) >= minRatio*float64(occ) {
				s.Put(gazetteer.PhraseHash([]uint64{w}), wordKinds[t], 1)
			}
		}
	}
	return s
}

// minWordOccurrences keeps one-off words out of the word lists: a word
// seen once inside a name says little about the next time.
const minWordOccurrences = 2

func typeIndex(t string) int {
	switch t {
	case "PER":
		return 0
	case "LOC":
		return 1
	}
	return 2
}

func labelStrings(ls []int8) []string {
	out := make([]string, len(ls))
	for i, y := range ls {
		out[i] = tagger.LabelNames[y]
	}
	return out
}
