package tagger

import (
	"unicode"
	"unicode/utf8"

	"tippani/hindi/normalize"
	"tippani/ner/gazetteer"
	"tippani/ner/internal/hashtab"
)

// Feature templates. The numbers are part of the model file's meaning:
// renumbering them invalidates trained weights (bump featureVersion).
const (
	tBias = iota + 1
	tWord
	tWordM1
	tWordM2
	tWordP1
	tWordP2
	tBigramM1
	tBigramP1
	tPrefix
	tSuffix
	tShape
	tLength
	tShapeM1
	tShapeP1
	tShapeM1P1
	tLetters
	tNukta
	tTrigram
	tTitleM1
	tTitleM2
	tPostpP1
	tPostpM1
	tGazB
	tGazI
	tGazM1
	tGazP1
	tSuffixM1
	tSuffixP1
	tWordP1P2
	tLatinCase
	tCluster   // unused; kept so later template numbers stay stable
	tClusterM1 // unused
	tClusterP1 // unused
	tAhead
	tBehind
	tFirst
	tBigramM2M1
	tParen
	tTitleShape
	tSuffix3M1 // unused; kept so later template numbers stay stable
	tSuffix3P1 // unused; kept so later template numbers stay stable
	tDemonym
	tPlace
	tRare
	tListM
	tListP
)

// featureVersion identifies the feature set a model was trained with.
const featureVersion = 1

// Word classes by script and shape, for context features.
const (
	shapeDeva = iota
	shapeLatinCap
	shapeLatinLower
	shapeLatinUpper
	shapeNumber
	shapePunct
	shapeMixed
	shapeOther
	shapeBoundary
)

// boundaryKey stands for the word beyond either end of a sentence.
var boundaryKey = strHash("\x00boundary")

// wordRoles are the hashes of the context features a word contributes to
// its neighbours, and the first halves of the pair features it is part
// of. They depend on the word alone, so they are computed once per word
// instead of once per neighbouring token.
type wordRoles struct {
	m1, m2, p1, p2 uint64 // feat(tWordM1, key) … feat(tWordP2, key)
	sufM1, sufP1   uint64 // feat(tSuffixM1, suffix2), feat(tSuffixP1, suffix2)
	bigramM1Left   uint64 // feat(tBigramM1, key): the word before the token
	bigramP1Left   uint64 // feat(tBigramP1, key): the token itself
	p1p2Left       uint64 // feat(tWordP1P2, key): the word after the token
	m2m1Left       uint64 // feat(tBigramM2M1, key): two words before the token
}

func rolesOf(key, suffix2 uint64) wordRoles {
	return wordRoles{
		m1: feat(tWordM1, key), m2: feat(tWordM2, key), p1: feat(tWordP1, key), p2: feat(tWordP2, key),
		sufM1: feat(tSuffixM1, suffix2), sufP1: feat(tSuffixP1, suffix2),
		bigramM1Left: feat(tBigramM1, key), bigramP1Left: feat(tBigramP1, key),
		p1p2Left: feat(tWordP1P2, key), m2m1Left: feat(tBigramM2M1, key),
	}
}

// boundaryRoles are the roles of the word beyond either end of a
// sentence. Its suffix features are never emitted.
var boundaryRoles = rolesOf(boundaryKey, 0)

// wordInfo is everything about a word that does not depend on its
// neighbours, computed once per distinct word and cached.
type wordInfo struct {
	key       uint64 // strHash of the matching key; also the gazetteer word hash
	suffix2   uint64 // hash of the last two runes of the key
	shape     uint8
	title     bool
	postp     bool
	ban       labelBan       // labels this word may never take; see labelBan
	cue       wordCue        // the word's bits for the rules after decoding
	rare      bool           // not in the known-word set
	conj      bool           // joins list members: comma, और, तथा, एवं, व
	demonym   gazetteer.Kind // lists holding the place this word derives from (इजरायली → इजरायल)
	letters   uint8          // Latin letter names the key spells out (एसबीआई → 3), 0 when not only letter names
	propagate bool           // may be labelled by document consistency alone; see propagatable
	from, to  int32          // this word's own features in featurizer.arena
	roles     wordRoles

	// The buckets of the word's own features under salt bucketSalt, in
	// featurizer.buckets from bucketsAt: room for two per feature (the
	// general and the salted copy), filled on first use.
	bucketsAt     int32
	bucketsFilled bool
	bucketSalt    uint64

	// The buckets of roles (the context features the word gives its
	// neighbours) under salt rolesSalt, filled on first use; see
	// fillRoles.
	roleBk      roleBuckets
	rolesFilled bool
	rolesSalt   uint64
}

// featurizer turns sentences into weight-table buckets. It caches per
// word, reuses every buffer, and is not safe for concurrent use.
type Featurizer struct {
	gaz   *gazetteer.Set
	known KnownWords // nil: every word counts as known
	bits  uint

	cache      hashtab.Table[string, int32] // display-form word (by wordHash) → index into infos
	generation uint64                       // counts resets of the word cache; indexes are reused across them
	infos      []wordInfo
	arena      []uint64
	buckets    []uint32 // per word, the buckets of its arena features (see fillOwnBuckets)

	idx        []int32
	keys       []uint64 // key hashes of the current sentence's words
	gazB, gazI []gazetteer.Kind
	feats      []uint32     // buckets of the current sentence, flattened (withOwn)
	pairs      []bucketPair // context bucket pairs of the current sentence (not withOwn)
	offs       []int32      // token i owns feats (or pairs) [offs[i]:offs[i+1]]

	stop []bool // per token: a postposition or punctuation, which ends a phrase
	// per token, the cues of its word for the rules after decoding
	// (rules.go), and all of them or'ed together
	cues   []wordCue
	cueAny wordCue
	edge   wordInfo // the word beyond either end of a sentence

	static     *staticBuckets // statics[staticSalt]
	staticSalt uint64
	statics    map[uint64]*staticBuckets // by extra salt
}

// maxCachedWords bounds the word cache of a long-lived featurizer.
const maxCachedWords = 200000

func NewFeaturizer(gaz *gazetteer.Set, known KnownWords, bits uint) *Featurizer {
	return &Featurizer{gaz: gaz, known: known, bits: bits}
}

// reserve empties the word cache when n more words could push it past
// maxCachedWords. It runs only between sentences, because a sentence's
// tokens hold indexes into the cache.
func (f *Featurizer) reserve(n int) {
	if len(f.infos)+n > maxCachedWords {
		f.cache.Reset()
		f.generation++
		f.infos = f.infos[:0]
		f.arena = f.arena[:0]
		f.buckets = f.buckets[:0]
	}
}

// infoMiss computes and caches the index of a display-form word not in
// the word cache (featurize looks it up first); h is its wordHash.
func (f *Featurizer) infoMiss(word string, h uint64) int32 {
	key := normalize.Key(word)
	wi := wordInfo{
		key:   gazetteer.WordHash(key),
		shape: shapeOf(word),
		title: titleKeys[key],
		postp: postpKeys[key],
		ban:   banOf(key),
		from:  int32(len(f.arena)),
	}
	wi.suffix2 = strHash(lastRunes(key, 2))
	wi.roles = rolesOf(wi.key, wi.suffix2)
	wi.demonym = f.demonymOf(key)
	wi.rare = !f.known.has(wi.key)
	wi.conj = listJoinerKeys[key]
	if wi.shape == shapeDeva || wi.shape == shapeMixed { // every word with a Devanagari letter
		wi.letters = uint8(min(letterSyllables(key), 255))
	}
	wi.propagate = propagatable(word, &wi)
	var lists gazetteer.Kind
	if f.gaz != nil {
		lists = f.gaz.Get(gazetteer.Extend(gazetteer.Start(), wi.key))
	}
	wi.cue = cueOf(&wi, key, lists)
	f.arena = appendWordFeatures(f.arena, word, key, wi)
	wi.to = int32(len(f.arena))
	wi.bucketsAt = int32(len(f.buckets))
	f.buckets = append(f.buckets, make([]uint32, 2*(wi.to-wi.from))...)
	i := int32(len(f.infos))
	f.infos = append(f.infos, wi)
	*f.cache.Value(h, word) = i
	return i
}

// appendWordFeatures adds the neighbour-independent features of a word.
func appendWordFeatures(dst []uint64, word, key string, wi wordInfo) []uint64 {
	dst = append(dst, feat(tBias, 0), feat(tWord, wi.key), feat(tShape, uint64(wi.shape)))
	var starts [40]int
	n := 0
	for i := range key {
		if n == len(starts) {
			break
		}
		starts[n] = i
		n++
	}
	runes := utf8.RuneCountInString(key)
	lengthClass := runes
	if lengthClass > 8 {
		lengthClass = 8 + (runes-8)/4
	}
	dst = append(dst, feat2(tLength, uint64(wi.shape), uint64(lengthClass)))
	if wi.shape == shapeDeva || wi.shape == shapeMixed {
		for k := 1; k <= 4 && k < runes; k++ {
			dst = append(dst, feat2(tPrefix, uint64(k), strHash(key[:starts[k]])))
		}
		for k := 1; k <= 5 && k < runes && k <= n; k++ {
			dst = append(dst, feat2(tSuffix, uint64(k), strHash(key[starts[n-k]:])))
		}
		// Character trigrams with word-boundary marks, for names never
		// seen whole: transliterations share pieces such as ्य, ॉ, ्ट.
		if n < len(starts) && runes >= 3 {
			for i := 0; i+3 <= n; i++ {
				end := len(key)
				if i+3 < n {
					end = starts[i+3]
				}
				dst = append(dst, feat(tTrigram, strHash(key[starts[i]:end])))
			}
			dst = append(dst, feat2(tTrigram, 1, strHash(key[:starts[2]])))
			dst = append(dst, feat2(tTrigram, 2, strHash(key[starts[n-2]:])))
		}
		if s := wi.letters; s > 0 {
			dst = append(dst, feat(tLetters, uint64(min(s, 4))))
		}
		for _, r := range word {
			if r == '\u093C' { // nukta: mostly Perso-Arabic and English loans
				dst = append(dst, feat(tNukta, 1))
				break
			}
		}
	}
	if wi.shape == shapeLatinCap || wi.shape == shapeLatinUpper || wi.shape == shapeLatinLower {
		for k := 1; k <= 3 && k < runes; k++ {
			dst = append(dst, feat2(tSuffix, uint64(k)+16, strHash(key[starts[n-k]:])))
		}
		dst = append(dst, feat2(tLatinCase, uint64(wi.shape), uint64(min(runes, 6))))
	}
	return dst
}

// lastRunes returns the last n runes of s.
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// shapeOf classifies a display-form word by script and letter case.
func shapeOf(w string) uint8 {
	var deva, upper, lower, digit, punct, other int
	for _, r := range w {
		switch {
		case r >= 0x0900 && r <= 0x097F:
			if r >= 0x0966 && r <= 0x096F {
				digit++
			} else if r == 0x0964 || r == 0x0965 {
				punct++
			} else {
				deva++
			}
		case unicode.IsDigit(r):
			digit++
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			punct++
		case r == 0x200C || r == 0x200D:
		default:
			other++
		}
	}
	latin := upper + lower
	switch {
	case deva > 0 && latin == 0 && digit == 0:
		return shapeDeva
	case latin > 0 && deva == 0 && digit == 0:
		if lower == 0 {
			return shapeLatinUpper
		}
		first, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(first) {
			return shapeLatinCap
		}
		return shapeLatinLower
	case digit > 0 && deva == 0 && latin == 0:
		return shapeNumber
	case punct > 0 && deva+latin+digit+other == 0:
		return shapePunct
	case deva+latin+digit > 0:
		return shapeMixed
	}
	return shapeOther
}

// sentence computes the buckets of every token of a sentence given in
// display form. Each feature is looked up once under the general salt
// and, when extra is non-zero, once more under extra (the corpus-specific
// copy used in training for domain adaptation).
func (f *Featurizer) sentence(words []string, extra uint64) {
	f.featurize(words, extra, true)
}

// featurize is sentence, but with withOwn false a token's buckets are
// only those of its context features: the buckets of its word's own
// features are left in f.buckets (see fillOwnBuckets), where a caller
// that caches their weight sum per word reads them, instead of being
// copied for every token, and the context buckets are left as pairs in
// f.pairs rather than flattened into f.feats.
func (f *Featurizer) featurize(words []string, extra uint64, withOwn bool) {
	n := len(words)
	f.reserve(n)
	f.idx = f.idx[:0]
	for _, w := range words {
		// info's cache hit, taken here without the call.
		h := wordHash(w)
		i, ok := f.cache.Find(h, w)
		if !ok {
			i = f.infoMiss(w, h)
		}
		f.idx = append(f.idx, i)
	}
	f.matchGazetteer(n)
	f.feats = f.feats[:0]
	if cap(f.offs) < n+1 {
		f.offs = make([]int32, n+1)
	}
	offs := f.offs[:n+1]
	offs[0] = 0
	f.offs = offs
	st := f.staticFor(extra)
	// The loop below slides a window of five words (m2, m1, wi, p1, p2:
	// two before the token, the token, two after) along the sentence in
	// locals; edge stands for the words beyond either end, so neighbours
	// need no range test. Building the window as a slice of pointers
	// first cost more under js/wasm than the rest of the loop: a
	// pointer store per token, each with its write-barrier test. The
	// pointers stay valid: every info call is done above. stop marks
	// the words that end a phrase for the nearby-name features.
	f.edge = wordInfo{key: boundaryKey, shape: shapeBoundary, roles: boundaryRoles,
		roleBk: st.boundary, rolesFilled: true, rolesSalt: extra}
	edge := &f.edge
	idx := f.idx[:n]
	stop := resizeBools(f.stop, n)
	f.stop = stop
	if cap(f.cues) < n {
		f.cues = make([]wordCue, n)
	}
	cues := f.cues[:n]
	f.cues = cues
	var cueAny wordCue
	for i, x := range idx {
		if i > 0 && x == idx[i-1] {
			cueAny |= cueDoubled
		}
		wi := &f.infos[x]
		if !wi.rolesFilled || wi.rolesSalt != extra {
			f.fillRoles(wi, extra)
		}
		if !wi.bucketsFilled || wi.bucketSalt != extra {
			f.fillOwnBuckets(wi, extra)
		}
		stop[i] = wi.postp || wi.shape == shapePunct
		cues[i] = wi.cue
		cueAny |= wi.cue
	}
	f.cueAny = cueAny
	at := func(j int) *wordInfo {
		if j < n {
			return &f.infos[idx[j]]
		}
		return edge
	}
	m2, m1, wi, p1, p2 := edge, edge, at(0), at(1), at(2)
	gazB, gazI := f.gazB[:n], f.gazI[:n]
	// Context buckets are written by index into a fixed-size window
	// rather than appended: under js/wasm every append site is a
	// possible call, which splits the loop and spills its locals to Go's
	// stack. Without withOwn the window is the tail of f.pairs itself,
	// so a token's pairs are kept by moving pos past them, with no copy.
	// The buffer has a full window for every token, so the loop needs
	// no test for room (and no call to grow it, which would keep its
	// values on Go's stack under js/wasm).
	if need := (n + 1) * (ctxMask + 1); cap(f.pairs) < need {
		f.pairs = make([]bucketPair, need)
	}
	pairs := f.pairs[:cap(f.pairs)]
	pos := 0
	for i := 0; i < n; i++ {
		ctx := (*[ctxMask + 1]bucketPair)(pairs[pos:])
		// The pair features are feat2 with their first half from the
		// roles: feat2(t, a, b) == pairFeat(feat(t, a), b).
		ctx[0], ctx[1], ctx[2], ctx[3] = m1.roleBk.m1, m2.roleBk.m2, p1.roleBk.p1, p2.roleBk.p2
		ctx[4] = pairOf(pairFeat(m1.roles.bigramM1Left, wi.key), extra, f.bits)
		ctx[5] = pairOf(pairFeat(wi.roles.bigramP1Left, p1.key), extra, f.bits)
		ctx[6] = pairOf(pairFeat(p1.roles.p1p2Left, p2.key), extra, f.bits)
		ctx[7], ctx[8] = st.shapeM1[m1.shape], st.shapeP1[p1.shape]
		ctx[9] = st.shapeM1P1[(int(m1.shape)*numShapes+int(wi.shape))*numShapes+int(p1.shape)]
		c := 10
		if i > 0 {
			ctx[c&ctxMask] = m1.roleBk.sufM1
			c++
			if m1.title {
				ctx[c&ctxMask] = st.titleM1
				c++
			}
			if m1.postp {
				ctx[c&ctxMask] = st.postpM1
				c++
			}
		}
		if i > 1 && m2.title {
			ctx[c&ctxMask] = st.titleM2
			c++
		}
		if i+1 < n {
			ctx[c&ctxMask] = p1.roleBk.sufP1
			c++
			if p1.postp {
				ctx[c&ctxMask] = st.postpP1
				c++
			}
		}
		c = putKindPairs(ctx, c, &st.kinds[slotGazB], gazB[i])
		c = putKindPairs(ctx, c, &st.kinds[slotGazI], gazI[i])
		// One feature for every place list together, so a list that is
		// rare in training (world cities) borrows the weight the common
		// ones (countries) earn.
		if gazB[i]&placeKinds != 0 {
			ctx[c&ctxMask] = st.placeB
			c++
		}
		if gazI[i]&placeKinds != 0 {
			ctx[c&ctxMask] = st.placeI
			c++
		}
		if i > 0 {
			c = putKindPairs(ctx, c, &st.kinds[slotGazM1], gazB[i-1]|gazI[i-1])
		}
		if i+1 < n {
			c = putKindPairs(ctx, c, &st.kinds[slotGazP1], gazB[i+1])
		}
		// Name words nearby within the same phrase (no postposition or
		// punctuation between): the head of a long organization name
		// (…आयोग, …विश्वविद्यालय) informs the words before it.
		for d := 1; d <= 3 && i+d < n; d++ {
			if stop[i+d] {
				break
			}
			c = putKindPairs(ctx, c, &st.kinds[slotAhead1+d-1], (gazB[i+d]|gazI[i+d])&wordKinds)
		}
		for d := 1; d <= 3 && i-d >= 0; d++ {
			if stop[i-d] {
				break
			}
			c = putKindPairs(ctx, c, &st.kinds[slotBehind1+d-1], (gazB[i-d]|gazI[i-d])&wordKinds)
		}
		if i == 0 {
			ctx[c&ctxMask] = st.first[wi.shape]
			c++
		}
		if wi.rare && (wi.shape == shapeDeva || wi.shape == shapeLatinCap || wi.shape == shapeLatinUpper) {
			var cue uint64
			if i > 0 && m1.title {
				cue |= 1
			}
			if i > 1 && m2.title {
				cue |= 2
			}
			if i+1 < n && p1.postp {
				cue |= 4
			}
			if i > 0 && m1.rare {
				cue |= 8
			}
			if i+1 < n && p1.rare {
				cue |= 16
			}
			ctx[c&ctxMask] = pairOf(feat2(tRare, uint64(wi.shape), cue), extra, f.bits)
			c++
			ctx[c&ctxMask] = st.rareAlone[wi.shape]
			c++
		}
		// Members of a list ("आस्ट्रेलिया , आस्ट्रिया , बेलजियम") share the
		// lists of the members beside them.
		if i > 1 && m1.conj {
			c = putKindPairs(ctx, c, &st.kinds[slotListM], gazB[i-2]|gazI[i-2])
		}
		if i+2 < n && p1.conj {
			c = putKindPairs(ctx, c, &st.kinds[slotListP], gazB[i+2])
		}
		if wi.demonym != 0 {
			c = putKindPairs(ctx, c, &st.kinds[slotDemonym], wi.demonym)
		}
		ctx[c&ctxMask] = pairOf(pairFeat(m2.roles.m2m1Left, m1.key), extra, f.bits)
		c++
		if i > 0 && i+1 < n && words[i-1] == "(" && words[i+1] == ")" {
			// An abbreviation glossing the name before it: "… बैंक ( ईबीआरडी )".
			ctx[c&ctxMask] = st.paren[wi.shape]
			c++
		}
		if i > 0 && m1.title {
			ctx[c&ctxMask] = st.titleShape[wi.shape]
			c++
		}
		// The tagger reads the pairs as they are, taking the salted
		// half only when there is a salt.
		pos += len(ctx[:c])
		offs[i+1] = int32(pos)
		m2, m1, wi, p1 = m1, wi, p1, p2
		if i+3 < n {
			p2 = &f.infos[idx[i+3]]
		} else {
			p2 = edge
		}
	}
	f.pairs = pairs[:pos]
	if withOwn {
		// Flattened, each token's own buckets first, outside the loop
		// above: its append calls made the loop keep its values on Go's
		// stack under js/wasm, even where they were never taken.
		from := int32(0) // token i's first pair; offs is rewritten as it goes
		for i := 0; i < n; i++ {
			wi := &f.infos[idx[i]]
			f.feats = append(f.feats, f.buckets[wi.bucketsAt:int(wi.bucketsAt)+ownLen(wi, extra)]...)
			f.feats = appendPairBuckets(f.feats, pairs[from:offs[i+1]], extra)
			from, offs[i+1] = offs[i+1], int32(len(f.feats))
		}
	}
}

// fillOwnBuckets computes the buckets of a word's own features, in the
// order sentence emits them: each feature under the general salt
// followed, when extra is non-zero, by its copy under extra. They are
// the same at every occurrence of the word, so they are computed once
// per word and salt rather than once per token; sentence reads them from
// f.buckets[wi.bucketsAt:][:ownLen(wi, extra)].
func (f *Featurizer) fillOwnBuckets(wi *wordInfo, extra uint64) {
	out := f.buckets[wi.bucketsAt : int(wi.bucketsAt)+ownLen(wi, extra)]
	appendBuckets(out[:0], f.arena[wi.from:wi.to], extra, f.bits)
	wi.bucketsFilled, wi.bucketSalt = true, extra
}

// ownLen is the number of buckets of a word's own features under extra.
func ownLen(wi *wordInfo, extra uint64) int {
	n := int(wi.to - wi.from)
	if extra != 0 {
		n *= 2
	}
	return n
}

// appendBuckets appends the bucket of every feature hash in hs, each
// followed, when extra is non-zero, by its bucket under extra. The two
// cases are separate loops so that the per-feature loop has no branch.
func appendBuckets(dst []uint32, hs []uint64, extra uint64, bits uint) []uint32 {
	if extra == 0 {
		for _, h := range hs {
			dst = append(dst, bucket(h, 0, bits))
		}
		return dst
	}
	for _, h := range hs {
		dst = append(dst, bucket(h, 0, bits), bucket(h, extra, bits))
	}
	return dst
}

// wordKinds are the mined single-word lists.
const wordKinds = gazetteer.MinedPERWord | gazetteer.MinedLOCWord | gazetteer.MinedORGWord

// matchGazetteer marks, for every token, the lists of every gazetteer
// phrase that starts (gazB) or continues (gazI) at it.
func (f *Featurizer) matchGazetteer(n int) {
	f.gazB = resizeKinds(f.gazB, n)
	f.gazI = resizeKinds(f.gazI, n)
	if f.gaz == nil {
		return
	}
	f.keys = f.keys[:0]
	for _, x := range f.idx[:n] {
		f.keys = append(f.keys, f.infos[x].key)
	}
	f.gaz.Match(f.keys, f.gazB, f.gazI)
}

func resizeBools(s []bool, n int) []bool {
	if cap(s) < n {
		return make([]bool, n)
	}
	return s[:n]
}

func resizeKinds(s []gazetteer.Kind, n int) []gazetteer.Kind {
	if cap(s) < n {
		return make([]gazetteer.Kind, n)
	}
	s = s[:n]
	clear(s)
	return s
}
