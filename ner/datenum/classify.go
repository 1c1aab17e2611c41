package datenum

import "tippani/hindi/tokenize"

// tokInfo is what the recognizer knows about one token: its lexicon roles
// and, for digit tokens, the number's shape.
type tokInfo struct {
	flags flag
	num   numShape
	val   int32
	skip  bool // url, email, mention, hashtag: never part of an expression
	plObl bool // a Devanagari word ending in the oblique plural -ों
	digit bool // starts with a digit (a number, or a time such as "11:14")
}

// ooSuffix is the oblique plural ending "ों" (U+094B U+0902).
const ooSuffix = "\u094b\u0902"

func classify(text string, toks []tokenize.Token, out []tokInfo) {
	for i, t := range toks {
		s := text[t.Start:t.End]
		ti := tokInfo{}
		switch t.Kind {
		case tokenize.URL, tokenize.Email, tokenize.Mention, tokenize.Hashtag:
			ti.skip = true
			out[i] = ti
			continue
		}
		if len(s) > 0 {
			if _, w := digitAt(s, 0); w > 0 {
				ti.digit = true
				ti.num = parseNum(s)
			}
		}
		if !ti.num.ok {
			e := lookup(s)
			ti.flags, ti.val = e.flags, e.val
			if len(s) > len(ooSuffix) && s[len(s)-len(ooSuffix):] == ooSuffix {
				ti.plObl = true
			}
		}
		out[i] = ti
	}
}
