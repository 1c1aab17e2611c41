package main

import (
	"strings"

	"tippani/ner/conll"
)

// phraseTagging is how an annotated corpus tags a phrase: in how many
// of its occurrences (as consecutive tokens) it is one whole entity of
// each type.
type phraseTagging struct {
	occurrences int
	asType      map[string]int
}

// tagPhrases counts, for every phrase (tokens joined by one space), how
// the sentences of an annotated corpus tag it. Tokens are compared as
// the files write them.
func tagPhrases(sents []conll.Sentence, phrases []string) map[string]*phraseTagging {
	out := make(map[string]*phraseTagging, len(phrases))
	firsts := map[string]bool{} // the first token of every phrase
	maxLen := 0
	for _, p := range phrases {
		out[p] = &phraseTagging{asType: map[string]int{}}
		words := strings.Fields(p)
		firsts[words[0]] = true
		maxLen = max(maxLen, len(words))
	}
	for _, s := range sents {
		for i, tok := range s.Tokens {
			if !firsts[tok] {
				continue
			}
			for n := 1; n <= maxLen && i+n <= len(s.Tokens); n++ {
				if t, ok := out[strings.Join(s.Tokens[i:i+n], " ")]; ok {
					t.occurrences++
				}
			}
		}
		for _, sp := range conll.Spans(conll.MapTags(s.Gold)) {
			if t, ok := out[strings.Join(s.Tokens[sp.Start:sp.End], " ")]; ok {
				t.asType[sp.Type]++
			}
		}
	}
	return out
}

// mostly reports whether the corpus tags the phrase as one entity of the
// type in at least half of its occurrences.
func (t *phraseTagging) mostly(typ string) bool {
	return t.occurrences > 0 && 2*t.asType[typ] >= t.occurrences
}
