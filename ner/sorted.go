package ner

import (
	"sort"

	"tippani/ner/gazetteer"
)

type phraseEntry struct {
	hash uint64
	kind gazetteer.Kind
}

// sortedPhrases lists a set's entries by hash so model files are
// byte-for-byte reproducible.
func sortedPhrases(s *gazetteer.Set) []phraseEntry {
	out := make([]phraseEntry, 0, s.Len())
	s.Range(func(h uint64, k gazetteer.Kind) { out = append(out, phraseEntry{h, k}) })
	sort.Slice(out, func(i, j int) bool { return out[i].hash < out[j].hash })
	return out
}
