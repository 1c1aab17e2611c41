package tagger

import (
	"math/bits"

	"tippani/ner/gazetteer"
)

// A bucketPair holds a feature's weight-table bucket under the general
// salt (low 32 bits) and, when the sentence has an extra salt, under that
// salt (high 32 bits). One integer rather than a [2]uint32: Go keeps
// arrays of more than one element in memory, never in registers, so under
// js/wasm every copy of a two-element pair went through Go's stack, while
// a uint64 is a single local.
type bucketPair uint64

// pairOf buckets feature h under the general salt and under extra. When
// extra is zero the second bucket is computed but never used; the
// function is kept free of branches so that it inlines.
func pairOf(h, extra uint64, bits uint) bucketPair {
	// bucket(h, 0, bits) | bucket(h, extra, bits)<<32 (each half fits 32
	// bits: models have at most 26), spelled so that it fits the
	// inliner's budget, since it runs several times per token.
	return bucketPair(mix64(h)>>(64-bits) | mix64(h^extra)>>(64-bits)<<32)
}

// general and salted return the two buckets of a pair.
func (p bucketPair) general() uint32 { return uint32(p) }
func (p bucketPair) salted() uint32  { return uint32(p >> 32) }

// kindBits is the width of gazetteer.Kind: a list feature fires for
// every set bit.
const kindBits = 16

// numShapes counts the word classes, the sentence boundary included.
const numShapes = shapeBoundary + 1

// kindTemplates are the templates of the list features, one bucket per list
// bit; the slot constants below index them in staticBuckets.kinds.
var kindTemplates = [...]uint64{
	tGazB, tGazI, tGazM1, tGazP1,
	tAhead<<4 | 1, tAhead<<4 | 2, tAhead<<4 | 3,
	tBehind<<4 | 1, tBehind<<4 | 2, tBehind<<4 | 3,
	tListM, tListP, tDemonym,
}

const (
	slotGazB = iota
	slotGazI
	slotGazM1
	slotGazP1
	slotAhead1 // slotAhead1 + d - 1 for distance d
	_
	_
	slotBehind1 // slotBehind1 + d - 1 for distance d
	_
	_
	slotListM
	slotListP
	slotDemonym
)

// staticBuckets are the buckets of every context feature whose value
// comes from a small set (a word class, a list bit, a flag), for one
// extra salt. The sentence loop reads them instead of hashing the same
// few features again at every token: each bucket costs two 64-bit mixes,
// and a token has dozens of context features.
type staticBuckets struct {
	shapeM1, shapeP1         [numShapes]bucketPair
	shapeM1P1                [numShapes * numShapes * numShapes]bucketPair // by (m1·numShapes + self)·numShapes + p1
	first, paren, titleShape [numShapes]bucketPair
	rareAlone                [numShapes]bucketPair
	titleM1, titleM2         bucketPair
	postpM1, postpP1         bucketPair
	placeB, placeI           bucketPair
	kinds                    [len(kindTemplates)][kindBits]bucketPair
	boundary                 roleBuckets
}

func newStaticBuckets(extra uint64, bits uint) *staticBuckets {
	s := new(staticBuckets)
	for a := uint64(0); a < numShapes; a++ {
		s.shapeM1[a] = pairOf(feat(tShapeM1, a), extra, bits)
		s.shapeP1[a] = pairOf(feat(tShapeP1, a), extra, bits)
		s.first[a] = pairOf(feat(tFirst, a), extra, bits)
		s.paren[a] = pairOf(feat(tParen, a), extra, bits)
		s.titleShape[a] = pairOf(feat(tTitleShape, a), extra, bits)
		s.rareAlone[a] = pairOf(feat(tRare, a), extra, bits)
		for b := uint64(0); b < numShapes; b++ {
			for c := uint64(0); c < numShapes; c++ {
				s.shapeM1P1[(a*numShapes+b)*numShapes+c] = pairOf(feat2(tShapeM1P1, a<<8|b, c), extra, bits)
			}
		}
	}
	s.titleM1 = pairOf(feat(tTitleM1, 1), extra, bits)
	s.titleM2 = pairOf(feat(tTitleM2, 1), extra, bits)
	s.postpM1 = pairOf(feat(tPostpM1, 1), extra, bits)
	s.postpP1 = pairOf(feat(tPostpP1, 1), extra, bits)
	s.placeB = pairOf(feat(tPlace, 1), extra, bits)
	s.placeI = pairOf(feat(tPlace, 2), extra, bits)
	for t, template := range kindTemplates {
		for b := range kindBits {
			s.kinds[t][b] = pairOf(feat(template, uint64(b)), extra, bits)
		}
	}
	s.boundary = roleBucketsOf(&boundaryRoles, extra, bits)
	return s
}

// roleBuckets are the buckets of the context features a word gives its
// neighbours, for one extra salt: wordRoles after bucketing.
type roleBuckets struct {
	m1, m2, p1, p2 bucketPair
	sufM1, sufP1   bucketPair
}

func roleBucketsOf(r *wordRoles, extra uint64, bits uint) roleBuckets {
	return roleBuckets{
		m1: pairOf(r.m1, extra, bits), m2: pairOf(r.m2, extra, bits),
		p1: pairOf(r.p1, extra, bits), p2: pairOf(r.p2, extra, bits),
		sufM1: pairOf(r.sufM1, extra, bits), sufP1: pairOf(r.sufP1, extra, bits),
	}
}

// staticFor returns the static buckets for an extra salt, building them
// on first use. Training alternates between a few salts (one per
// corpus), so each is built once.
func (f *Featurizer) staticFor(extra uint64) *staticBuckets {
	if f.static != nil && f.staticSalt == extra {
		return f.static
	}
	if f.statics == nil {
		f.statics = make(map[uint64]*staticBuckets)
	}
	s := f.statics[extra]
	if s == nil {
		s = newStaticBuckets(extra, f.bits)
		f.statics[extra] = s
	}
	f.static, f.staticSalt = s, extra
	return s
}

// fillRoles computes the role buckets of a cached word under extra.
func (f *Featurizer) fillRoles(wi *wordInfo, extra uint64) {
	wi.roleBk = roleBucketsOf(&wi.roles, extra, f.bits)
	wi.rolesFilled, wi.rolesSalt = true, extra
}

// appendPairBuckets appends the buckets of ps as appendBuckets does for
// the hashes they came from: each general bucket followed, when extra is
// non-zero, by its extra one.
func appendPairBuckets(dst []uint32, ps []bucketPair, extra uint64) []uint32 {
	if extra == 0 {
		for _, p := range ps {
			dst = append(dst, p.general())
		}
		return dst
	}
	for _, p := range ps {
		dst = append(dst, p.general(), p.salted())
	}
	return dst
}

// ctxMask bounds the context features of one token: ctxMask+1 is a
// power of two above the most a token can fire, 156: ten fixed ones;
// up to 4 from the previous word, 1 from the one before it and 3 from
// the next; 2 place, 2 rarity and 1 first-word features; the bigram of
// the two words before, the parenthesis and the title-shape feature; one
// per list bit (16) for each of the seven list templates (gazB, gazI,
// gazM1, gazP1, listM, listP, demonym); and 3 each for the three
// distances ahead and behind. The index is masked all the same, so no
// count could write outside the buffer.
const ctxMask = 255

// putKindPairs writes the bucket pair of every list bit set in k, from
// one row of staticBuckets.kinds, at ctx[c], ctx[c+1], … and returns the
// new count, in increasing bit order. It visits only the set bits (one
// trip per list, usually none or one), not every bit below the highest.
func putKindPairs(ctx *[ctxMask + 1]bucketPair, c int, row *[kindBits]bucketPair, k gazetteer.Kind) int {
	for ; k != 0; k &= k - 1 {
		ctx[c&ctxMask] = row[bits.TrailingZeros16(uint16(k))&(kindBits-1)]
		c++
	}
	return c
}
