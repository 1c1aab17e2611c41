package gazetteer

import (
	"math/rand"
	"strings"
	"testing"

	"tippani/hindi/normalize"
)

// The phrase table must answer exactly as a map would, including for a
// zero hash and for entries stored with no lists.
func TestPhraseTableMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var tab phraseTable
	ref := map[uint64]Kind{}
	hashes := []uint64{0, 1, 1 << 63}
	for range 20000 {
		hashes = append(hashes, rng.Uint64())
	}
	for i, h := range hashes {
		k := Kind(rng.Intn(1 << NumKinds))
		if i%5 == 0 { // the same phrase again, with more lists
			h = hashes[rng.Intn(i+1)]
		}
		tab.or(h, k)
		ref[h] |= k
	}
	if tab.n != len(ref) {
		t.Fatalf("%d entries, map has %d", tab.n, len(ref))
	}
	for h, k := range ref {
		if got := tab.get(h); got != k {
			t.Fatalf("get(%#x) = %v, want %v", h, got, k)
		}
	}
	for range 20000 {
		h := rng.Uint64()
		if got := tab.get(h); got != ref[h] {
			t.Fatalf("get(%#x) = %v, want %v", h, got, ref[h])
		}
	}
	seen := 0
	tab.each(func(h uint64, k Kind) {
		seen++
		if want, ok := ref[h]; !ok || want != k {
			t.Fatalf("each gave %#x %v, map has %v %v", h, k, want, ok)
		}
	})
	if seen != len(ref) {
		t.Fatalf("each visited %d entries, want %d", seen, len(ref))
	}
}

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
