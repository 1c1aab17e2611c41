package gazetteer

import (
	"strings"
	"testing"

	"tippani/hindi/normalize"
)

func lookup(s *Set, phrase string) Kind {
	h := Start()
	for _, w := range strings.Fields(phrase) {
		h = Extend(h, WordHash(normalize.Key(normalize.String(w))))
	}
	return s.Get(h)
}

func TestBuiltinLists(t *testing.T) {
	s := Builtin()
	cases := []struct {
		phrase string
		want   Kind
	}{
		{"भारत", Country},
		{"इज़राइल", Country},
		{"इजराइल", Country}, // nukta folded by the matching key
		{"इजरायल", Country},
		{"अल सल्वाडोर", Country},
		{"हिन्दी", Language},
		{"उत्तर प्रदेश", IndianState},
		{"मुंबई", IndianCity},
		{"बम्बई", IndianCity},
		{"तेल अवीव", WorldCity},
	}
	for _, c := range cases {
		if got := lookup(s, c.phrase); got&c.want == 0 {
			t.Errorf("%s: lists %v, want %v", c.phrase, got, c.want)
		}
	}
	if got := lookup(s, "रक्षा मंत्रालय"); got != 0 {
		t.Errorf("रक्षा मंत्रालय found in %v", got)
	}
	if s.MaxLen() < 3 {
		t.Errorf("longest phrase %d words; CLDR has longer names", s.MaxLen())
	}
}

func TestGeneratedCLDRListsAreSubstantial(t *testing.T) {
	if len(cldrCountries) < 200 || len(cldrLanguages) < 100 || len(cldrTerritories) < 10 {
		t.Errorf("CLDR lists too short: %d countries, %d languages, %d territories",
			len(cldrCountries), len(cldrLanguages), len(cldrTerritories))
	}
}

func TestMultiWordPlacesHoldOnlyPhrases(t *testing.T) {
	s := MultiWordPlaces()
	if lookup(s, "भारत") != 0 {
		t.Error("single word in the multi-word list")
	}
	if lookup(s, "तेल अवीव") == 0 || lookup(s, "संयुक्त अरब अमीरात") == 0 {
		t.Error("multi-word place missing")
	}
}

func TestSetMergeAndKinds(t *testing.T) {
	a, b := New(), New()
	a.AddPhrase("राम नाथ", MinedPER)
	b.AddPhrase("राम नाथ", MinedORG)
	b.AddPhrase("एक दो तीन चार", MinedLOC)
	a.Merge(b)
	if got := lookup(a, "राम नाथ"); got != MinedPER|MinedORG {
		t.Errorf("merged kinds %v", got)
	}
	if a.MaxLen() != 4 || a.Len() != 2 {
		t.Errorf("MaxLen %d Len %d", a.MaxLen(), a.Len())
	}
	a.AddPhrase(strings.Repeat("क ", MaxWords+1), MinedPER)
	if a.Len() != 2 {
		t.Error("over-long phrase stored")
	}
	if k := (MinedPER | Country).String(); k != "country+mined-per" {
		t.Errorf("Kind.String = %q", k)
	}
}

// TestMayStartKnowsEveryFirstWord checks that the first-word filter
// never rules out a phrase's first word, survives Merge, and gives up
// (answers yes) once a phrase arrives by hash alone.
func TestMayStartKnowsEveryFirstWord(t *testing.T) {
	key := func(w string) uint64 { return WordHash(normalize.Key(normalize.String(w))) }
	s := MultiWordPlaces()
	for _, list := range [][]string{cldrCountries, countryVariants, cldrTerritories, indianStates, indianCities, worldCities} {
		for _, p := range list {
			if words := strings.Fields(p); len(words) >= 2 && !s.MayStart(key(words[0])) {
				t.Fatalf("MayStart(%q) = false, but %q starts with it", words[0], p)
			}
		}
	}
	// Most words start no multi-word place; the filter must say so for
	// most of them or it saves nothing.
	passed := 0
	common := strings.Fields("के में की है और को से पर ने कहा भी एक यह था किया गया लिए कि साथ बाद")
	for _, w := range common {
		if s.MayStart(key(w)) {
			passed++
		}
	}
	if passed > len(common)/4 {
		t.Errorf("filter passes %d of %d common words", passed, len(common))
	}

	a, b := New(), New()
	b.AddPhrase("तेल अवीव", Country)
	if a.MayStart(key("तेल")) {
		t.Error("empty set may start a phrase")
	}
	a.Merge(b)
	if !a.MayStart(key("तेल")) {
		t.Error("merged set lost a first word")
	}
	a.Put(Extend(Start(), key("कोई")), MinedLOC, 1)
	if !a.MayStart(key("कुछ")) {
		t.Error("a set with phrases of unknown words must not rule any word out")
	}
}

func TestFrozenSetAnswersLikeTheMap(t *testing.T) {
	s := Builtin()
	phrases := append(append([]string{}, cldrCountries...), indianCities...)
	phrases = append(phrases, "रक्षा मंत्रालय", "कोई नहीं", "तेल")
	want := make([]Kind, len(phrases))
	for i, p := range phrases {
		want[i] = lookup(s, p)
	}
	s.Freeze()
	for i, p := range phrases {
		if got := lookup(s, p); got != want[i] {
			t.Errorf("%s: frozen %v, map %v", p, got, want[i])
		}
	}
	s.AddPhrase("नया नाम", MinedPER)
	if lookup(s, "नया नाम") != MinedPER {
		t.Error("phrase added after Freeze not found")
	}
}
