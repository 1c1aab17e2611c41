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

type clusterEntry struct {
	hash uint64
	id   int32
}

func sortedClusters(m map[uint64]int32) []clusterEntry {
	out := make([]clusterEntry, 0, len(m))
	for h, id := range m {
		out = append(out, clusterEntry{h, id})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].hash < out[j].hash })
	return out
}
