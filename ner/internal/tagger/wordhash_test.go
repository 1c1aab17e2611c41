package tagger

import (
	"strconv"
	"testing"

	"tippani/ner/internal/hashtab"
)

// The word cache's table must answer exactly as a map would, across growth and
// resets, for the words of a real corpus and for made-up ones.
func TestWordTableMatchesMap(t *testing.T) {
	var words []string
	for _, s := range readDev(t) {
		words = append(words, s.Tokens...)
	}
	for i := range 5000 {
		words = append(words, "शब्द"+strconv.Itoa(i), strconv.Itoa(i), "")
	}
	var tab hashtab.Table[string, int32]
	ref := map[string]int32{}
	for round := range 2 {
		for _, w := range words {
			h := wordHash(w)
			got, ok := tab.Find(h, w)
			want, wantOK := ref[w]
			if ok != wantOK || got != want {
				t.Fatalf("round %d: find(%q) = %d, %v; map has %d, %v", round, w, got, ok, want, wantOK)
			}
			if !ok {
				v := int32(len(ref))
				*tab.Value(h, w) = v
				ref[w] = v
			}
		}
		if tab.Len() != len(ref) {
			t.Fatalf("round %d: %d words stored, map has %d", round, tab.Len(), len(ref))
		}
		if 2*tab.Len() > tab.Slots() {
			t.Fatalf("table more than half full: %d of %d", tab.Len(), tab.Slots())
		}
		tab.Reset()
		clear(ref)
		if _, ok := tab.Find(wordHash(words[0]), words[0]); ok {
			t.Fatal("a word was found after reset")
		}
	}
}

// wordHash reads words eight bytes at a time; the tail and the length
// must still count, or short words sharing a prefix would always share
// a probe sequence.
func TestWordHashSeesEveryByte(t *testing.T) {
	long := "अंतरराष्ट्रीय" // 36 bytes: four full blocks and a tail
	seen := map[uint64]string{}
	// Every tail length (0–7 bytes after the full blocks), every byte.
	for _, base := range []string{long, long[:16], long[:17], long[:18], long[:19], long[:20], long[:21], long[:22], long[:23]} {
		if prev, dup := seen[wordHash(base)]; dup {
			t.Fatalf("%q and %q hash alike", base, prev)
		}
		seen[wordHash(base)] = base
		for i := range len(base) {
			b := []byte(base)
			b[i] ^= 1
			w := string(b)
			if prev, dup := seen[wordHash(w)]; dup {
				t.Fatalf("%q and %q hash alike", w, prev)
			}
			seen[wordHash(w)] = w
		}
	}
	for _, w := range []string{"", "\x00", "\x00\x00", "a", "a\x00", "abcdefgh", "abcdefgh\x00"} {
		if prev, dup := seen[wordHash(w)]; dup {
			t.Fatalf("%q and %q hash alike", w, prev)
		}
		seen[wordHash(w)] = w
	}
}

// The per-word roles stand in for features the sentence loop used to
// compute per token; each must be the very feature it replaces, or the
// shipped weights would be read from the wrong buckets.
func TestWordRolesAreTheFeaturesTheyReplace(t *testing.T) {
	for _, w := range []string{"भारत", "ने", "Tel", ","} {
		key, suf := strHash(w), strHash(lastRunes(w, 2))
		r, other := rolesOf(key, suf), strHash("और")
		checks := []struct {
			name      string
			got, want uint64
		}{
			{"m1", r.m1, feat(tWordM1, key)}, {"m2", r.m2, feat(tWordM2, key)},
			{"p1", r.p1, feat(tWordP1, key)}, {"p2", r.p2, feat(tWordP2, key)},
			{"sufM1", r.sufM1, feat(tSuffixM1, suf)}, {"sufP1", r.sufP1, feat(tSuffixP1, suf)},
			{"bigramM1", pairFeat(r.bigramM1Left, other), feat2(tBigramM1, key, other)},
			{"bigramP1", pairFeat(r.bigramP1Left, other), feat2(tBigramP1, key, other)},
			{"p1p2", pairFeat(r.p1p2Left, other), feat2(tWordP1P2, key, other)},
			{"m2m1", pairFeat(r.m2m1Left, other), feat2(tBigramM2M1, key, other)},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s: role %s = %#x, feature %#x", w, c.name, c.got, c.want)
			}
		}
	}
}
