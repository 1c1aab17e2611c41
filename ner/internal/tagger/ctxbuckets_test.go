package tagger

import (
	"testing"

	"tippani/ner/gazetteer"
)

// hashedSentence is the featurizer's sentence loop written the plain
// way: every context feature hashed and bucketed at every token. The
// bucket tables of sentence must reproduce it exactly, or the shipped
// weights would be read from the wrong rows.
func hashedSentence(f *Featurizer, words []string, extra uint64) []uint32 {
	f.sentence(words, extra) // fills the word cache, idx and the gazetteer marks
	n := len(words)
	gazB := append([]gazetteer.Kind(nil), f.gazB...)
	gazI := append([]gazetteer.Kind(nil), f.gazI...)
	var out []uint32
	key := func(i int) uint64 {
		if i < 0 || i >= n {
			return boundaryKey
		}
		return f.infos[f.idx[i]].key
	}
	roles := func(i int) *wordRoles {
		if i < 0 || i >= n {
			return &boundaryRoles
		}
		return &f.infos[f.idx[i]].roles
	}
	shape := func(i int) uint64 {
		if i < 0 || i >= n {
			return shapeBoundary
		}
		return uint64(f.infos[f.idx[i]].shape)
	}
	var ctx []uint64
	for i := 0; i < n; i++ {
		wi := &f.infos[f.idx[i]]
		ctx = ctx[:0]
		m2, m1, p1, p2 := roles(i-2), roles(i-1), roles(i+1), roles(i+2)
		// The pair features are feat2 with their first half from the
		// roles: feat2(t, a, b) == pairFeat(feat(t, a), b).
		ctx = append(ctx,
			m1.m1, m2.m2, p1.p1, p2.p2,
			pairFeat(m1.bigramM1Left, wi.key), pairFeat(wi.roles.bigramP1Left, key(i+1)),
			pairFeat(p1.p1p2Left, key(i+2)),
			feat(tShapeM1, shape(i-1)), feat(tShapeP1, shape(i+1)),
			feat2(tShapeM1P1, shape(i-1)<<8|shape(i), shape(i+1)),
		)
		if i > 0 {
			p := &f.infos[f.idx[i-1]]
			ctx = append(ctx, p.roles.sufM1)
			if p.title {
				ctx = append(ctx, feat(tTitleM1, 1))
			}
			if p.postp {
				ctx = append(ctx, feat(tPostpM1, 1))
			}
		}
		if i > 1 && f.infos[f.idx[i-2]].title {
			ctx = append(ctx, feat(tTitleM2, 1))
		}
		if i+1 < n {
			q := &f.infos[f.idx[i+1]]
			ctx = append(ctx, q.roles.sufP1)
			if q.postp {
				ctx = append(ctx, feat(tPostpP1, 1))
			}
		}
		ctx = appendKinds(ctx, tGazB, gazB[i])
		ctx = appendKinds(ctx, tGazI, gazI[i])
		// One feature for every place list together, so a list that is
		// rare in training (world cities) borrows the weight the common
		// ones (countries) earn.
		if gazB[i]&placeKinds != 0 {
			ctx = append(ctx, feat(tPlace, 1))
		}
		if gazI[i]&placeKinds != 0 {
			ctx = append(ctx, feat(tPlace, 2))
		}
		if i > 0 {
			ctx = appendKinds(ctx, tGazM1, gazB[i-1]|gazI[i-1])
		}
		if i+1 < n {
			ctx = appendKinds(ctx, tGazP1, gazB[i+1])
		}
		// Name words nearby within the same phrase (no postposition or
		// punctuation between): the head of a long organization name
		// (…आयोग, …विश्वविद्यालय) informs the words before it.
		for d := 1; d <= 3 && i+d < n; d++ {
			q := &f.infos[f.idx[i+d]]
			if q.postp || q.shape == shapePunct {
				break
			}
			ctx = appendKinds(ctx, tAhead<<4|uint64(d), (gazB[i+d]|gazI[i+d])&wordKinds)
		}
		for d := 1; d <= 3 && i-d >= 0; d++ {
			q := &f.infos[f.idx[i-d]]
			if q.postp || q.shape == shapePunct {
				break
			}
			ctx = appendKinds(ctx, tBehind<<4|uint64(d), (gazB[i-d]|gazI[i-d])&wordKinds)
		}
		if i == 0 {
			ctx = append(ctx, feat(tFirst, uint64(wi.shape)))
		}
		if wi.rare && (wi.shape == shapeDeva || wi.shape == shapeLatinCap || wi.shape == shapeLatinUpper) {
			var cue uint64
			if i > 0 && f.infos[f.idx[i-1]].title {
				cue |= 1
			}
			if i > 1 && f.infos[f.idx[i-2]].title {
				cue |= 2
			}
			if i+1 < n && f.infos[f.idx[i+1]].postp {
				cue |= 4
			}
			if i > 0 && f.infos[f.idx[i-1]].rare {
				cue |= 8
			}
			if i+1 < n && f.infos[f.idx[i+1]].rare {
				cue |= 16
			}
			ctx = append(ctx, feat2(tRare, uint64(wi.shape), cue), feat(tRare, uint64(wi.shape)))
		}
		// Members of a list ("आस्ट्रेलिया , आस्ट्रिया , बेलजियम") share the
		// lists of the members beside them.
		if i > 1 && f.infos[f.idx[i-1]].conj {
			ctx = appendKinds(ctx, tListM, gazB[i-2]|gazI[i-2])
		}
		if i+2 < n && f.infos[f.idx[i+1]].conj {
			ctx = appendKinds(ctx, tListP, gazB[i+2])
		}
		if wi.demonym != 0 {
			ctx = appendKinds(ctx, tDemonym, wi.demonym)
		}
		ctx = append(ctx, pairFeat(m2.m2m1Left, key(i-1)))
		if i > 0 && i+1 < n && words[i-1] == "(" && words[i+1] == ")" {
			// An abbreviation glossing the name before it: "… बैंक ( ईबीआरडी )".
			ctx = append(ctx, feat(tParen, uint64(wi.shape)))
		}
		if i > 0 && f.infos[f.idx[i-1]].title {
			ctx = append(ctx, feat(tTitleShape, uint64(wi.shape)))
		}
		wi = &f.infos[f.idx[i]]
		out = appendBuckets(out, f.arena[wi.from:wi.to], extra, f.bits)
		out = appendBuckets(out, ctx, extra, f.bits)
	}
	return out
}

func appendKinds(dst []uint64, template uint64, k gazetteer.Kind) []uint64 {
	for b := 0; k != 0; b++ {
		if k&1 != 0 {
			dst = append(dst, feat(template, uint64(b)))
		}
		k >>= 1
	}
	return dst
}

func TestSentenceMatchesHashedFeatures(t *testing.T) {
	m := shipped(t)
	for _, extra := range []uint64{0, m.salt, 0x5eed} {
		f := NewFeaturizer(m.gaz, m.known, m.bits)
		for si, s := range readDev(t)[:400] {
			words := DisplayWords(nil, s.Tokens)
			want := hashedSentence(f, words, extra)
			f.sentence(words, extra)
			if len(f.feats) != len(want) {
				t.Fatalf("extra %#x sentence %d: %d buckets, hashed %d", extra, si, len(f.feats), len(want))
			}
			for i := range want {
				if f.feats[i] != want[i] {
					t.Fatalf("extra %#x sentence %d: bucket %d is %d, hashed %d", extra, si, i, f.feats[i], want[i])
				}
			}
		}
	}
}
