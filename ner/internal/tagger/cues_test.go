package tagger

import (
	"math/rand"
	"testing"

	"tippani/hindi/normalize"
)

// referenceLetterParse is the letter-name segmentation written the plain
// way, probing a map for every substring; letterSyllables and
// LatinAcronym must agree with it on every word.
func referenceLetterParse(key string) (syllables int, latin string) {
	if len(key) == 0 || len(key) > 64 {
		return 0, ""
	}
	best := make([]int, len(key)+1)
	from := make([]int, len(key)+1)
	letter := make([]byte, len(key)+1)
	for i := range best {
		best[i] = -1
	}
	best[0] = 0
	for i := 0; i < len(key); i++ {
		if best[i] < 0 {
			continue
		}
		for j := i + 1; j <= len(key); j++ {
			l, ok := letterKeys[key[i:j]]
			if ok && (best[j] < 0 || best[i]+1 < best[j]) {
				best[j], from[j], letter[j] = best[i]+1, i, l
			}
		}
	}
	n := best[len(key)]
	if n < 2 {
		return max(n, 0), ""
	}
	out := make([]byte, n)
	for j := len(key); j > 0; j = from[j] {
		n--
		out[n] = letter[j]
	}
	return best[len(key)], string(out)
}

func TestLetterParsersMatchReference(t *testing.T) {
	var keys []string
	for _, s := range readDev(t) {
		for _, w := range s.Tokens {
			keys = append(keys, normalize.Key(normalize.String(w)))
		}
	}
	// Made-up acronyms, with and without stray letters, so the parsers
	// see many segmentations and ties.
	var names []string
	for k := range letterKeys {
		names = append(names, k)
	}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		w := ""
		for range 1 + rng.Intn(5) {
			w += names[rng.Intn(len(names))]
		}
		if rng.Intn(4) == 0 {
			w += "्"
		}
		keys = append(keys, w)
	}
	acronyms := 0
	for _, k := range keys {
		wantN, wantLatin := referenceLetterParse(k)
		if got := letterSyllables(k); got != wantN {
			t.Fatalf("letterSyllables(%q) = %d, want %d", k, got, wantN)
		}
		if got := LatinAcronym(k); got != wantLatin {
			t.Fatalf("LatinAcronym(%q) = %q, want %q", k, got, wantLatin)
		}
		if wantLatin != "" {
			acronyms++
		}
	}
	if acronyms < 1000 {
		t.Fatalf("only %d acronyms among %d words: the test words are not exercising the parsers", acronyms, len(keys))
	}
}
