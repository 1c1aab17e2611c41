package gazetteer

import (
	"strings"
	"testing"

	"tippani/hindi/normalize"
)

// Match must mark what probing Get for every start and length marks.
func TestMatchAgreesWithGet(t *testing.T) {
	s := Builtin()
	s.AddPhrase("भारत और इज़राइल", MinedORG)
	// Phrases of four and five words, which Match finds in its four-at-a-
	// time loop and its tail.
	s.AddPhrase("उत्तर प्रदेश और मुंबई", MinedLOC)
	s.AddPhrase("भारत और इज़राइल ने तेल", MinedPER)
	unfrozen := s.Clone()
	s.Freeze()
	text := "कल भारत और इज़राइल ने तेल अवीव में उत्तर प्रदेश और मुंबई के बारे में संयुक्त अरब अमीरात से बात की"
	var words []uint64
	for _, w := range splitKeys(text) {
		words = append(words, WordHash(w))
	}
	n := len(words)
	wantB, wantI := make([]Kind, n), make([]Kind, n)
	for i := range n {
		h := Start()
		for j := i; j < n && j-i < s.MaxLen(); j++ {
			h = Extend(h, words[j])
			k := s.Get(h)
			wantB[i] |= k
			for t := i + 1; t <= j; t++ {
				wantI[t] |= k
			}
		}
	}
	gotB, gotI := make([]Kind, n), make([]Kind, n)
	s.Match(words, gotB, gotI)
	plainB, plainI := make([]Kind, n), make([]Kind, n)
	unfrozen.Match(words, plainB, plainI)
	for i := range n {
		if plainB[i] != wantB[i] || plainI[i] != wantI[i] {
			t.Errorf("word %d: Match without the filter gave %v/%v, Get gives %v/%v", i, plainB[i], plainI[i], wantB[i], wantI[i])
		}
	}
	marked := 0
	for i := range n {
		if gotB[i] != wantB[i] || gotI[i] != wantI[i] {
			t.Errorf("word %d: Match gave %v/%v, Get gives %v/%v", i, gotB[i], gotI[i], wantB[i], wantI[i])
		}
		if wantB[i] != 0 {
			marked++
		}
	}
	if marked < 5 {
		t.Fatalf("only %d phrases found: the test text no longer exercises Match", marked)
	}
}

// splitKeys splits display text on spaces into matching keys.
func splitKeys(text string) []string {
	words := strings.Fields(text)
	for i, w := range words {
		words[i] = normalize.Key(normalize.String(w))
	}
	return words
}
