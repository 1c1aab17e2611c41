package tagger

// Which weights a lesson changes.
//
// A reader's decision about a name should carry to that name wherever it
// appears, and to names that share its stem, without shifting what the
// model thinks of other words. So a lesson changes, for each token the
// model labelled wrongly, only three features of the token's own word:
// the word itself (its matching key), its first four letters and its
// last five. Everything that fires on a large share of all tokens (bias,
// shape, length, short affixes and character trigrams, the context
// features of word classes, lists, titles and neighbouring words) stays
// as shipped: a lesson there moved the model's answers on unrelated text
// (measured in MODEL.md, "A personal layer").
//
// And only a rare word's features change: a word the training corpora
// hold often (the model's known-word set) has well-estimated weights, and
// where a reader's labelling of such a word differs (सरकार, समिति inside
// an organisation's name) the difference is about the phrase, not the
// word, so teaching the word would spread the phrase's label to its every
// other use.

// lessonBuckets returns the buckets of the features a lesson may change
// for a word with matching key key and cached info wi: the word's own,
// then its four-letter prefix and five-letter suffix when the word has
// them (Devanagari words longer than those), as appendWordFeatures
// computes them.
func lessonBuckets(key string, wi *wordInfo, bits uint) []uint32 {
	out := make([]uint32, 1, 3)
	out[0] = bucket(feat(tWord, wi.key), 0, bits)
	if wi.shape != shapeDeva && wi.shape != shapeMixed {
		return out
	}
	var starts [6]int
	n := 0
	for i := range key {
		if n < len(starts) {
			starts[n] = i
		}
		n++
	}
	if n > 4 {
		out = append(out, bucket(feat2(tPrefix, 4, strHash(key[:starts[4]])), 0, bits))
	}
	if n > 5 && n <= 40 {
		out = append(out, bucket(feat2(tSuffix, 5, strHash(lastRunes(key, 5))), 0, bits))
	}
	return out
}
