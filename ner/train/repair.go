package train

import (
	"tippani/hindi/normalize"
	"tippani/ner/internal/tagger"
)

// Span repair. A few dozen training spans begin or end on a word that no
// name holds at its edge: a postposition ("पम्पा के", "मैकॉले की"), a list
// joiner or comma ("गोवा और", "किंग्स कॉलेज ,"), a quote or dash, or a
// bracket without its partner ("( गोहाना ताल )", "( एफएफसी )"). Left in,
// they teach the model to absorb the word after a name. repairSpans
// trims such edge words by these rules (evidence in MODEL.md, "Clean
// training spans"):
//
//  1. A closing edge word that is a postposition, joiner, comma, quote,
//     dash, colon or danda is trimmed, repeatedly.
//  2. An opening edge word that is a joiner, comma, quote, dash, colon or
//     danda is trimmed. A postposition is not: "के" opens "के वी
//     बालासुब्रमण्यन" as the initial K.
//  3. A span opening on "(" and closing on ")" loses both; an opening "("
//     or closing ")" with no partner inside the span is trimmed. A
//     bracket pair inside the span stays, as IL-NER keeps an
//     abbreviation or a place in brackets after a name in the span
//     ("संघ लोक सेवा आयोग ( यूपीएससी )").
//  4. A span left empty becomes O (a lone "से" or "," tagged as a name).
//
// It returns the number of spans changed.
func repairSpans(words []string, gold []int8) int {
	changed := 0
	for i, j, b := tagger.NextSpan(gold, 0); i < len(gold); i, j, b = tagger.NextSpan(gold, j) {
		s, e := i, j
		for {
			before := e - s
			for e > s && edgeJunk(words[e-1], true) {
				e--
			}
			for e > s && edgeJunk(words[s], false) {
				s++
			}
			if e-s >= 2 && words[s] == "(" && words[e-1] == ")" {
				s, e = s+1, e-1
			}
			if e > s && words[s] == "(" && !holds(words[s+1:e], ")") {
				s++
			}
			if e > s && words[e-1] == ")" && !holds(words[s:e-1], "(") {
				e--
			}
			if e-s == before {
				break
			}
		}
		if s == i && e == j {
			continue
		}
		changed++
		for k := i; k < j; k++ {
			gold[k] = tagger.LabelO
		}
		if e > s {
			gold[s] = int8(b)
			for k := s + 1; k < e; k++ {
				gold[k] = int8(b + 1)
			}
		}
	}
	return changed
}

// edgeJunk reports whether a word may not stand at a name's edge:
// punctuation that only separates, a list joiner, and at the closing
// edge a postposition too.
func edgeJunk(w string, closing bool) bool {
	switch w {
	case ",", "\"", "'", "-", "–", "—", ":", ";", "।", "‘", "’", "“", "”":
		return true
	}
	k := normalize.Key(w)
	return tagger.IsListJoiner(k) || (closing && tagger.IsPostposition(k) && k != normalize.Key("जी"))
}

func holds(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}
