package tagger

import (
	"strings"

	"tippani/ner/gazetteer"
)

// placeKinds are the gazetteer lists of places.
const placeKinds = gazetteer.Country | gazetteer.Territory | gazetteer.IndianState |
	gazetteer.IndianCity | gazetteer.WorldCity | gazetteer.MinedLOC

// demonymRules turn an adjective of origin back into its place name:
// इजरायली → इजरायल, अमेरिकी → अमेरिका, भारतीय → भारत, एशियाई → एशिया.
// Such adjectives share most of their letters with the place, so without
// this cue the character features pull them toward LOC.
var demonymRules = []struct{ suffix, replace string }{
	{"ीय", ""},
	{"ी", ""},
	{"ी", "ा"},
	{"ई", ""},
	{"ाई", "ा"},
}

// demonymOf returns the place lists of the place a word in matching-key
// form is an adjective of, or 0. It allocates only for words with a
// matching suffix, once per distinct word (the caller caches).
func (f *Featurizer) demonymOf(key string) gazetteer.Kind {
	if f.gaz == nil {
		return 0
	}
	var k gazetteer.Kind
	for _, r := range demonymRules {
		stem, ok := strings.CutSuffix(key, r.suffix)
		if !ok || len(stem) < 6 {
			continue
		}
		h := gazetteer.Extend(gazetteer.Start(), gazetteer.WordHash(stem+r.replace))
		k |= f.gaz.Get(h) & placeKinds
	}
	return k
}
