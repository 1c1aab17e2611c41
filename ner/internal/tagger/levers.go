package tagger

// Context-feature levers measured in ner/MODEL.md ("This round"), chosen
// by the TIPPANI_LEVERS environment variable, a comma-separated list of
// w3 bg3 aff3 suf3 pre3 sufswap conj conjp conjs2 lat4 latcase pos; unset,
// the features are the shipped ones. Kept in one commit for rerunning
// (TIPPANI_LEVERS=suf3 scripts/ner-compare -q) and removed in the next,
// since none was kept.

import (
	"os"
	"strings"
	"unicode/utf8"
)

const (
	tWordM3 = iota + 100
	tWordP3
	tBigramM3M2
	tBigramP2P3
	tPrefix3M1
	tPrefix3P1
	tSuf3M1
	tSuf3P1
	tConjP
	tConjM
	tLatinCased
	tLatinSuffix4
	tPosRare
)

var (
	levW3, levBg3, levAff3, levSuf3, levPre3, levSufSwap, levConjP, levConjS2, levConj, levLat4, levLatCase, levPos bool
	levAny                                                                                                          bool
)

func init() {
	for _, l := range strings.Split(os.Getenv("TIPPANI_LEVERS"), ",") {
		switch l {
		case "w3":
			levW3 = true
		case "bg3":
			levBg3 = true
		case "aff3":
			levAff3 = true
		case "suf3":
			levSuf3 = true
		case "pre3":
			levPre3 = true
		case "sufswap":
			levSufSwap = true
		case "conjp":
			levConjP = true
		case "conjs2":
			levConjS2 = true
		case "conj":
			levConj = true
		case "lat4":
			levLat4 = true
		case "latcase":
			levLatCase = true
		case "pos":
			levPos = true
		case "":
		default:
			panic("unknown lever " + l)
		}
	}
	levAny = levW3 || levBg3 || levAff3 || levSuf3 || levPre3 || levConj || levConjP || levConjS2 || levPos
}

func firstRunes(s string, n int) string {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// leverOwn appends the lever features of a word itself.
func leverOwn(dst []uint64, word, key string, wi wordInfo) []uint64 {
	latin := wi.shape == shapeLatinCap || wi.shape == shapeLatinUpper || wi.shape == shapeLatinLower
	if !latin {
		return dst
	}
	if levLatCase {
		dst = append(dst, feat(tLatinCased, strHash(word)))
	}
	if levLat4 && utf8.RuneCountInString(key) > 4 {
		dst = append(dst, feat(tLatinSuffix4, strHash(lastRunes(key, 4))))
	}
	return dst
}

func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’", "«", "»":
		return true
	}
	return false
}

// leverCtx writes the lever context features of token i at ctx[c…] and
// returns the new count.
func (f *Featurizer) leverCtx(ctx *[ctxMask + 1]bucketPair, c, i int, words []string, wi, m1, m2, p1, p2 *wordInfo, extra uint64) int {
	n := len(words)
	at := func(j int) *wordInfo {
		if j >= 0 && j < n {
			return &f.infos[f.idx[j]]
		}
		return &f.edge
	}
	put := func(h uint64) {
		ctx[c&ctxMask] = pairOf(h, extra, f.bits)
		c++
	}
	if levW3 || levBg3 {
		m3, p3 := at(i-3), at(i+3)
		if levW3 {
			put(feat(tWordM3, m3.key))
			put(feat(tWordP3, p3.key))
		}
		if levBg3 {
			put(feat2(tBigramM3M2, m3.key, m2.key))
			put(feat2(tBigramP2P3, p2.key, p3.key))
		}
	}
	if levAff3 || levSuf3 {
		if i > 0 {
			put(feat(tSuf3M1, m1.suffix3))
		}
		if i+1 < n {
			put(feat(tSuf3P1, p1.suffix3))
		}
	}
	if levAff3 || levPre3 {
		if i > 0 {
			put(feat(tPrefix3M1, m1.prefix3))
		}
		if i+1 < n {
			put(feat(tPrefix3P1, p1.prefix3))
		}
	}
	if levConj || levConjP || levConjS2 {
		if i+1 < n && p1.postp {
			put(feat2(tConjP, wi.suffix2<<1, p1.key))
			if !levConjS2 {
				put(feat2(tConjP, wi.suffix3<<1|1, p1.key))
			}
		}
		if i > 0 && (m1.postp || m1.title) && !levConjP {
			put(feat2(tConjM, wi.suffix2<<1, m1.key))
			if !levConjS2 {
				put(feat2(tConjM, wi.suffix3<<1|1, m1.key))
			}
		}
	}
	if levPos {
		class := uint64(0)
		switch {
		case i == 0:
			class = 1
		case words[i-1] == ":" || words[i-1] == "-" || words[i-1] == "–" || words[i-1] == "—":
			class = 2
		default:
			q := 0
			for _, w := range words[:i] {
				if isQuote(w) {
					q++
				}
			}
			if q%2 == 1 {
				class = 3
			}
		}
		if class != 0 {
			r := uint64(0)
			if wi.rare {
				r = 1
			}
			put(feat2(tPosRare, class, r<<4|uint64(wi.shape)))
		}
	}
	return c
}
