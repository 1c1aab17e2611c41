package tagger

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/ner/gazetteer"
)

// An Entity is a recognized name in display text. Start and End are byte
// offsets (half-open) into the text passed to Recognize; Type is "PER",
// "LOC" or "ORG"; Score is a calibrated confidence in [0, 1].
type Entity struct {
	Start, End int
	Type       string
	Score      float64
}

// A TokenEntity is a recognized name over a token sequence: tokens
// [Start, End), with type and calibrated confidence.
type TokenEntity struct {
	Start, End int
	Type       string
	Score      float64
}

// Entities tags one pre-tokenized sentence like TagTokens and returns
// its entities with calibrated confidences.
func (m *Model) Entities(tokens []string) []TokenEntity {
	if len(tokens) == 0 {
		return nil
	}
	w := m.getWork()
	defer m.putWork(w)
	w.words = DisplayWords(w.words[:0], tokens)
	var out []TokenEntity
	m.scoredSpans(w, w.words, func(s, e, b int, score float64) {
		out = append(out, TokenEntity{s, e, entityTypes[b], score})
	})
	return out
}

// scoredSpans decodes a sentence and reports each entity with its
// calibrated span confidence.
func (m *Model) scoredSpans(w *work, words []string, fn func(s, e, b int, score float64)) {
	m.decode(w, words)
	first := true
	last := 0.0 // the score of the entity before
	for i, j, b := NextSpan(w.labels, 0); i < len(w.labels); i, j, b = NextSpan(w.labels, j) {
		switch w.forced[i] {
		case byList:
			last = listConfidence
		case byGloss:
			// as sure as the name it glosses
		default:
			if first {
				w.marg.prepare(&w.lat, m.calib.Temperature)
				first = false
			}
			last = m.calib.apply(w.marg.span(i, j, b))
		}
		fn(i, j, b, last)
	}
}

// Document-level consistency: a name recognized with at least
// consistencyMin confidence labels its other, unrecognized mentions in
// the same text, and a person's multi-word name also labels the surname
// alone. Propagated mentions get consistencyDecay times the source
// confidence, since the context at those places did not support them.
const (
	// listConfidence is the score of a name labelled by a trusted
	// multi-word place list rather than by the model.
	listConfidence   = 0.9
	consistencyMin   = 0.6
	consistencyDecay = 0.9
	maxSentenceWords = 300
)

// Recognize finds the names in text, which must be in display form
// (normalize.String), tokenized by tokenize.Tokens. Sentences are split
// at sentence punctuation and line breaks; each is tagged, then
// document-level consistency is applied. Entities come back sorted by
// start offset and never overlap. Tokens whose offsets fall outside text
// or overlap the token before are ignored rather than trusted.
func (m *Model) Recognize(text string, toks []tokenize.Token) []Entity {
	return m.AppendRecognize(nil, text, toks)
}

// AppendRecognize is Recognize appending to dst, so that a caller can
// reuse one buffer across texts.
func (m *Model) AppendRecognize(dst []Entity, text string, toks []tokenize.Token) []Entity {
	toks = validTokens(text, toks)
	if len(toks) == 0 {
		return dst
	}
	w := m.getWork()
	defer m.putWork(w)
	words := w.words[:0]
	for _, t := range toks {
		words = append(words, text[t.Start:t.End])
	}
	w.words = words
	spans := m.documentSpans(w, words, func(start, i int) bool {
		if i == len(toks)-1 || i-start+1 >= maxSentenceWords || endsSentence(words[i]) {
			return true
		}
		// A line break between two tokens ends a sentence. The gap is
		// nearly always one space, checked without a call.
		gap := text[toks[i].End:toks[i+1].Start]
		return !(len(gap) == 1 && gap[0] == ' ') && strings.ContainsAny(gap, "\n\r\u2028\u2029")
	})
	out := slices.Grow(dst, len(spans))
	for _, sp := range spans {
		out = append(out, Entity{toks[sp.s].Start, toks[sp.e-1].End, entityTypes[sp.b], sp.score})
	}
	return out
}

// TagDocument tags sentences that follow one another in one text, as
// Recognize reads an article: each sentence as TagTokens would, then the
// document-level consistency pass over all of them (a name recognized in
// one sentence labels its unlabelled mentions in the others). It returns
// one BIO tag per token, no span crossing from one sentence to the next.
func (m *Model) TagDocument(sentences [][]string) [][]string {
	out := make([][]string, len(sentences))
	n := 0
	for i, s := range sentences {
		out[i] = make([]string, len(s))
		for k := range s {
			out[i][k] = LabelNames[LabelO]
		}
		n += len(s)
	}
	if n == 0 {
		return out
	}
	w := m.getWork()
	defer m.putWork(w)
	words := w.words[:0]
	ends := make([]bool, 0, n)
	sentOf := make([]int32, 0, n)
	first := make([]int, len(sentences)) // token index of each sentence's first word
	for i, s := range sentences {
		first[i] = len(words)
		words = DisplayWords(words, s)
		for k := range s {
			ends = append(ends, k == len(s)-1)
			sentOf = append(sentOf, int32(i))
		}
	}
	w.words = words
	for _, sp := range m.documentSpans(w, words, func(_, i int) bool { return ends[i] }) {
		si := sentOf[sp.s]
		for k := sp.s; k < sp.e; k++ {
			y := sp.b
			if k > sp.s {
				y++ // the I- label follows its B-
			}
			out[si][k-first[si]] = LabelNames[y]
		}
	}
	return out
}

// documentSpans tags words sentence by sentence, a sentence ending at
// token i when ends(start, i) says so (start is the sentence's first
// token), then applies document-level consistency over all of them. It
// returns every entity in token order, none overlapping another or
// crossing from one sentence to the next; the slice is w's scratch.
func (m *Model) documentSpans(w *work, words []string, ends func(start, i int) bool) []scoredSpan {
	spans := w.spans[:0]
	keys := w.keys[:0]
	traits := w.traits[:0]
	start := 0
	for i := range words {
		if !ends(start, i) {
			continue
		}
		m.scoredSpans(w, words[start:i+1], func(s, e, b int, score float64) {
			spans = append(spans, scoredSpan{start + s, start + e, b, score})
		})
		// The featurizer has just looked up every word of the sentence;
		// keep their keys now rather than looking each word up again.
		for k, x := range w.f.idx {
			wi := &w.f.infos[x]
			keys = append(keys, wi.key)
			traits = append(traits, wordTraits{acronym: wi.letters >= 2, propagate: wi.propagate, title: wi.title, conj: wi.conj, last: k == len(w.f.idx)-1})
		}
		start = i + 1
	}

	// Consistency pass over the whole text.
	modelSpans := len(spans)
	covered := w.covered[:0]
	covered = append(covered, make([]bool, len(words))...)
	w.covered = covered
	for _, sp := range spans {
		for k := sp.s; k < sp.e; k++ {
			covered[k] = true
		}
	}
	w.keys, w.traits = keys, traits
	if w.names == nil {
		w.names = map[uint64]knownName{}
	}
	names := w.names
	clear(names)
	maxLen := 0
	// firsts holds the key hash of the first word of every remembered
	// name, so the scan below looks up only tokens that can start one;
	// phrases holds the hash of every remembered name, so that most
	// candidate phrases are turned away without a map lookup.
	firsts, phrases := &w.firsts, &w.phrases
	clear(firsts[:])
	clear(phrases[:])
	remember := func(first, h uint64, n, b int, score float64) {
		if k, ok := names[h]; !ok || score > k.score {
			names[h] = knownName{b, score}
		}
		maxLen = max(maxLen, n)
		firsts.add(first)
		phrases.add(h)
	}
	for k, sp := range spans {
		if sp.e-sp.s > gazetteer.MaxWords || (sp.score < consistencyMin && !vouchedFor(spans, k, traits)) {
			continue
		}
		remember(keys[sp.s], gazetteer.PhraseHash(keys[sp.s:sp.e]), sp.e-sp.s, sp.b, sp.score)
		// An acronym written in Devanagari letter names also names its
		// Latin spelling: जेडब्ल्यूजी ↔ JWG.
		for k := sp.s; k < sp.e; k++ {
			if !traits[k].acronym {
				continue
			}
			if latin := LatinAcronym(normalize.Key(words[k])); latin != "" {
				lk := gazetteer.WordHash(latin)
				remember(lk, gazetteer.Extend(gazetteer.Start(), lk), 1, sp.b, sp.score)
			}
		}
		if sp.b == labelBPER && sp.e-sp.s >= 2 && traits[sp.e-1].propagate {
			remember(keys[sp.e-1], keys[sp.e-1]^surnameSalt, 1, sp.b, sp.score)
		}
	}
	if len(names) > 0 {
		for i := 0; i < len(words); i++ {
			if covered[i] || !firsts.has(keys[i]) {
				continue
			}
			for n := min(maxLen, len(words)-i); n >= 1; n-- {
				if covered[i+n-1] || crossesSentence(traits, i, i+n) {
					continue
				}
				var k knownName
				ok := false
				if h := gazetteer.PhraseHash(keys[i : i+n]); phrases.has(h) {
					k, ok = names[h]
				}
				if sh := keys[i] ^ surnameSalt; !ok && n == 1 && phrases.has(sh) {
					k, ok = names[sh]
				}
				if !ok || (n == 1 && !traits[i].propagate) || crossesCover(covered, i, i+n) {
					continue
				}
				spans = append(spans, scoredSpan{i, i + n, k.b, k.score * consistencyDecay})
				for t := i; t < i+n; t++ {
					covered[t] = true
				}
				i += n - 1
				break
			}
		}
	}
	w.spans = spans
	// The model's spans and the consistency pass's are each in token
	// order and never overlap: merge them.
	merged := w.merged[:0]
	a, b := spans[:modelSpans], spans[modelSpans:]
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || (len(a) > 0 && a[0].s < b[0].s) {
			merged, a = append(merged, a[0]), a[1:]
		} else {
			merged, b = append(merged, b[0]), b[1:]
		}
	}
	w.merged = merged
	return merged
}

// crossesSentence reports whether tokens [s, e) run past the end of the
// sentence token s is in.
func crossesSentence(traits []wordTraits, s, e int) bool {
	for k := s; k < e-1; k++ {
		if traits[k].last {
			return true
		}
	}
	return false
}

// A knownName is a name the consistency pass remembers: its B label and
// the best confidence it was recognized with.
type knownName struct {
	b     int
	score float64
}

// wordFilter is a one-hash bit set over word key hashes: has may answer
// yes for a word never added, never no for one that was.
type wordFilter [256]uint64

func (f *wordFilter) slot(key uint64) (int, uint64) {
	b := (key * 0x9e3779b97f4a7c15) >> (64 - 14)
	return int(b / 64), 1 << (b % 64)
}

func (f *wordFilter) add(key uint64) {
	i, bit := f.slot(key)
	f[i] |= bit
}

func (f *wordFilter) has(key uint64) bool {
	i, bit := f.slot(key)
	return f[i]&bit != 0
}

// wordTraits are what the consistency pass needs to know of a token's
// word, copied from the featurizer's word cache while the sentence is
// tagged (the cache may be emptied between sentences).
type wordTraits struct {
	acronym   bool // the key spells two or more Latin letter names
	propagate bool // see propagatable
	title     bool // a title or office before a person's name
	conj      bool // joins list members
	last      bool // the last word of its sentence
}

// vouchedFor reports whether the context of spans[k] vouches for it
// whatever its score, so that it labels the name's other mentions: a
// person's name right after a title (मेजर जनरल अमीर बरम), or a member of
// a list whose neighbouring member, across a comma or conjunction, is a
// name of the same type ("नासिक , वर्धा और भंडारा").
func vouchedFor(spans []scoredSpan, k int, traits []wordTraits) bool {
	sp := spans[k]
	if sp.b == labelBPER && sp.s > 0 && traits[sp.s-1].title {
		return true
	}
	if k > 0 {
		if p := spans[k-1]; p.b == sp.b && p.e+1 == sp.s && traits[p.e].conj {
			return true
		}
	}
	if k+1 < len(spans) {
		if q := spans[k+1]; q.b == sp.b && sp.e+1 == q.s && traits[sp.e].conj {
			return true
		}
	}
	return false
}

// A scoredSpan is an entity over tokens [s, e) of a Recognize call, with
// its B label and confidence.
type scoredSpan struct {
	s, e, b int
	score   float64
}

// surnameSalt keeps the one-word surname entries apart from full names.
const surnameSalt = 0x2545f4914f6cdd1d

func crossesCover(covered []bool, s, e int) bool {
	for k := s; k < e; k++ {
		if covered[k] {
			return true
		}
	}
	return false
}

// propagatable reports whether a single word may be labelled by
// consistency alone: a Devanagari or Latin word of two or more letters
// that is not a postposition or title.
func propagatable(word string, wi *wordInfo) bool {
	if wi.postp || wi.title || wi.ban != 0 {
		return false
	}
	if wi.shape != shapeDeva && wi.shape != shapeLatinCap && wi.shape != shapeLatinUpper {
		return false
	}
	return utf8.RuneCountInString(word) >= 2
}

// endsSentence reports whether a token is sentence-final punctuation.
func endsSentence(word string) bool {
	// By length first: a plain switch on the strings does not inline
	// under js/wasm, and this runs for every token.
	switch len(word) {
	case 1:
		return word[0] == '.' || word[0] == '?' || word[0] == '!'
	case 3:
		return word == "।" || word == "॥" || word == "…"
	}
	return false
}

// validTokens returns toks unchanged when every token lies inside text,
// is non-empty and starts at or after the end of the one before; otherwise
// a copy without the offending tokens.
func validTokens(text string, toks []tokenize.Token) []tokenize.Token {
	ok := func(t tokenize.Token, prevEnd int) bool {
		return t.Start >= prevEnd && t.Start < t.End && t.End <= len(text)
	}
	prevEnd := 0
	for i, t := range toks {
		if !ok(t, prevEnd) {
			out := append([]tokenize.Token(nil), toks[:i]...)
			for _, u := range toks[i:] {
				if ok(u, prevEnd) {
					out = append(out, u)
					prevEnd = u.End
				}
			}
			return out
		}
		prevEnd = t.End
	}
	return toks
}
