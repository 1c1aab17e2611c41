// Package gazetteer holds name lists for the named-entity recognizer and
// matches them against token sequences without allocating.
//
// Phrases are stored by a fingerprint of the 64-bit hash of their words'
// matching keys (normalize.Key of the display form): its top 32 bits, so
// that the model file, which stores thousands of mined phrases, spends
// four bytes on each rather than eight, and less once they are sorted
// and delta-coded. A lookup of the phrase starting at some token costs
// one table probe per candidate length, and variants that differ only in
// nukta, chandrabindu, digits, quotes or Latin case are the same entry.
// A phrase that is not in a set of n phrases matches one by accident with
// probability n/2³² — about one in 200,000 candidate phrases for the
// 20,000 held here, a few times in a long book.
package gazetteer

import (
	"strings"

	"tippani/hindi/normalize"
	"tippani/ner/internal/hashtab"
)

// Kind is a bit set of the lists a phrase belongs to.
type Kind uint16

// The lists. Built-in lists come from CLDR and the hand-curated Indian
// names; Mined lists are learned from training data and stored with the
// model.
const (
	Country Kind = 1 << iota
	Territory
	Language
	IndianState
	IndianCity
	MinedPER
	MinedLOC
	MinedORG
	// Mined word lists: single words annotated as part of a name of the
	// type in most of their occurrences (first names, surnames, the
	// heads of organization names).
	MinedPERWord
	MinedLOCWord
	MinedORGWord
	WorldCity
	numKinds = iota
)

// NumKinds is the number of distinct list bits in Kind.
const NumKinds = numKinds

var kindNames = [...]string{"country", "territory", "language", "in-state", "in-city", "mined-per", "mined-loc", "mined-org", "per-word", "loc-word", "org-word", "world-city"}

// String names the lists in k, joined by "+".
func (k Kind) String() string {
	var parts []string
	for i := 0; i < numKinds; i++ {
		if k&(1<<i) != 0 {
			parts = append(parts, kindNames[i])
		}
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "+")
}

// MaxWords bounds the length of a phrase in words; longer phrases are
// ignored by Add.
const MaxWords = 8

// A Set maps phrases to the lists they belong to. The zero value is not
// usable; call New. A Set is safe for concurrent reads once built.
type Set struct {
	entries  hashtab.Table[struct{}, Kind] // phrase hash → lists; the hash is the whole key
	maxWords int
	// filter, once built by Freeze, has a bit set for every stored hash;
	// most candidate phrases are absent, and a clear bit answers for them
	// without probing the table.
	filter *[1 << filterBits / 64]uint64
	// firstWords has a bit for the first word of every phrase added by
	// its words, so a caller can skip, with one test, the positions where
	// no phrase starts (see MayStart). Phrases restored by hash alone
	// (Put) have unknown words and turn the test off.
	firstWords    [1 << firstWordBits / 64]uint64
	firstsUnknown bool
}

const (
	filterBits    = 18
	firstWordBits = 12
)

// firstWordBit returns the word and bit of firstWords that hold word.
func firstWordBit(word uint64) (int, uint64) {
	b := (word * 0x9e3779b97f4a7c15) >> (64 - firstWordBits)
	return int(b / 64), 1 << (b % 64)
}

// MayStart reports whether some phrase of the set may begin with the word
// whose WordHash is word. False means none does; true may be wrong.
func (s *Set) MayStart(word uint64) bool {
	i, bit := firstWordBit(word)
	return s.firstsUnknown || s.firstWords[i]&bit != 0
}

// Freeze builds the lookup filter. Call it once the set is complete;
// adding to a frozen set drops the filter (Get stays correct either way).
func (s *Set) Freeze() {
	s.filter = new([1 << filterBits / 64]uint64)
	s.entries.Each(func(h uint64, _ struct{}, _ Kind) {
		b := h >> (64 - filterBits)
		s.filter[b/64] |= 1 << (b % 64)
	})
}

// New returns an empty set.
func New() *Set { return &Set{} }

// Len is the number of distinct phrases.
func (s *Set) Len() int { return s.entries.Len() }

// MaxLen is the word count of the longest phrase.
func (s *Set) MaxLen() int { return s.maxWords }

// AddKeys adds a phrase given as words already in matching-key form.
// Empty phrases and phrases longer than MaxWords are ignored.
func (s *Set) AddKeys(keys []string, k Kind) {
	if len(keys) == 0 || len(keys) > MaxWords {
		return
	}
	h := Start()
	for _, w := range keys {
		h = Extend(h, WordHash(w))
	}
	i, bit := firstWordBit(WordHash(keys[0]))
	s.firstWords[i] |= bit
	s.filter = nil
	s.add(h, k)
	if len(keys) > s.maxWords {
		s.maxWords = len(keys)
	}
}

// AddPhrase adds a phrase written as display text; it is split on white
// space and each word is reduced to its matching key.
func (s *Set) AddPhrase(phrase string, k Kind) {
	words := strings.Fields(phrase)
	for i, w := range words {
		words[i] = normalize.Key(normalize.String(w))
	}
	s.AddKeys(words, k)
}

// Get returns the lists of the phrase whose running hash is h (see Start
// and Extend), or 0.
func (s *Set) Get(h uint64) Kind {
	if s.filter != nil && !s.mayHold(h) {
		return 0
	}
	return s.lists(h)
}

// mayHold reports whether the filter has the bit of h; false means the set
// does not hold h. The filter must be built.
func (s *Set) mayHold(h uint64) bool {
	b := h >> (64 - filterBits)
	return s.filter[b/64]&(1<<(b%64)) != 0
}

// Match marks the phrases found in a sequence of words given by their
// WordHash: for every phrase of the set that starts at word i and ends at
// word j, its lists are added to starts[i] and to continues[i+1..j]. Both
// slices must be as long as words; they are added to, not cleared. It is
// the per-sentence loop of the recognizer, kept here so that the filter
// test runs inline for every candidate.
func (s *Set) Match(words []uint64, starts, continues []Kind) {
	n := len(words)
	starts, continues = starts[:n], continues[:n]
	if s.filter == nil {
		for i := range n {
			h := Start()
			for j := i; j < min(n, i+s.maxWords); j++ {
				h = Extend(h, words[j])
				s.record(h, i, j, starts, continues)
			}
		}
		return
	}
	for i := range n {
		end := min(n, i+s.maxWords)
		h := Start()
		j := i
		// Four lengths per trip. The filter turns away all but a few
		// per cent of the candidates, so a trip is mostly four hashes
		// and four bit tests, and under js/wasm, where each trip of a
		// loop is costly, four to a trip is much the cheaper.
		for ; j+4 <= end; j += 4 {
			w := words[j : j+4 : j+4]
			h0 := Extend(h, w[0])
			h1 := Extend(h0, w[1])
			h2 := Extend(h1, w[2])
			h3 := Extend(h2, w[3])
			if s.mayHold(h0) {
				s.record(h0, i, j, starts, continues)
			}
			if s.mayHold(h1) {
				s.record(h1, i, j+1, starts, continues)
			}
			if s.mayHold(h2) {
				s.record(h2, i, j+2, starts, continues)
			}
			if s.mayHold(h3) {
				s.record(h3, i, j+3, starts, continues)
			}
			h = h3
		}
		for ; j < end; j++ {
			h = Extend(h, words[j])
			if s.mayHold(h) {
				s.record(h, i, j, starts, continues)
			}
		}
	}
}

// record adds the lists of the phrase with hash h, if stored, to the
// phrase of words i..j: to starts[i] and to continues[i+1..j].
func (s *Set) record(h uint64, i, j int, starts, continues []Kind) {
	k := s.lists(h)
	if k == 0 {
		return
	}
	starts[i] |= k
	for t := i + 1; t <= j; t++ {
		continues[t] |= k
	}
}

// Fingerprint is what a set keeps of a phrase hash: its top 32 bits
// (the low 32 are zero). Range reports fingerprints; Put takes a hash or
// a fingerprint.
func Fingerprint(h uint64) uint64 { return h &^ (1<<32 - 1) }

// add adds the lists k to the phrase with hash h, storing it when absent
// (with no lists when k is 0).
func (s *Set) add(h uint64, k Kind) { *s.entries.Value(Fingerprint(h), struct{}{}) |= k }

// lists returns the lists of the phrase with hash h, or 0.
func (s *Set) lists(h uint64) Kind {
	k, _ := s.entries.Find(Fingerprint(h), struct{}{})
	return k
}

// Range calls fn for every stored phrase fingerprint and its lists, in
// no order.
func (s *Set) Range(fn func(h uint64, k Kind)) {
	s.entries.Each(func(h uint64, _ struct{}, k Kind) { fn(h, k) })
}

// Put stores lists for a raw phrase hash with the given word count; it is
// how a serialized set is restored.
func (s *Set) Put(h uint64, k Kind, words int) {
	s.filter = nil
	s.firstsUnknown = true
	s.add(h, k)
	if words > s.maxWords {
		s.maxWords = words
	}
}

// Start is the running hash of the empty phrase.
func Start() uint64 { return 0x9e3779b97f4a7c15 }

// Extend appends one word (by its WordHash) to a running phrase hash.
func Extend(h, word uint64) uint64 {
	h ^= word
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 31
	return h
}

// PhraseHash is the hash of a phrase given by its words' WordHash.
func PhraseHash(words []uint64) uint64 {
	h := Start()
	for _, w := range words {
		h = Extend(h, w)
	}
	return h
}

// WordHash hashes one word by its matching key: normalize.KeyHash, the
// FNV-1a hash of normalize.Key(word), so the word may be passed in any
// form, its key included.
func WordHash(word string) uint64 { return normalize.KeyHash(word) }

// Builtin returns a new set holding the CLDR country, territory and
// language names, the hand-curated Indian states, territories and cities,
// common country spellings and major world cities.
func Builtin() *Set {
	s := New()
	for _, l := range []struct {
		phrases []string
		kind    Kind
	}{
		{cldrCountries, Country},
		{countryVariants, Country},
		{cldrTerritories, Territory},
		{cldrLanguages, Language},
		{indianStates, IndianState},
		{indianCities, IndianCity},
		{worldCities, WorldCity},
	} {
		for _, p := range l.phrases {
			s.AddPhrase(p, l.kind)
		}
	}
	return s
}

// Merge adds every phrase of o to s.
func (s *Set) Merge(o *Set) {
	s.filter = nil
	s.entries.Reserve(s.entries.Len() + o.entries.Len())
	o.entries.Each(func(h uint64, _ struct{}, k Kind) { s.add(h, k) })
	for i, w := range o.firstWords {
		s.firstWords[i] |= w
	}
	s.firstsUnknown = s.firstsUnknown || o.firstsUnknown
	if o.maxWords > s.maxWords {
		s.maxWords = o.maxWords
	}
}

// Clone returns an independent copy of s.
func (s *Set) Clone() *Set {
	c := New()
	c.Merge(s)
	return c
}

// PlaceKinds are the built-in lists of places.
const PlaceKinds = Country | Territory | IndianState | IndianCity | WorldCity

// MultiWordPlaces returns the built-in place names of two or more words
// (तेल अवीव, उत्तर प्रदेश, संयुक्त अरब अमीरात). Unlike single words
// (गया is a town and "went"), such phrases are almost never anything
// but the place, so the recognizer may trust them outright.
func MultiWordPlaces() *Set {
	s := New()
	add := func(list []string, k Kind) {
		for _, p := range list {
			if len(strings.Fields(p)) >= 2 {
				s.AddPhrase(p, k)
			}
		}
	}
	add(cldrCountries, Country)
	add(countryVariants, Country)
	add(cldrTerritories, Territory)
	add(indianStates, IndianState)
	add(indianCities, IndianCity)
	add(worldCities, WorldCity)
	return s
}
