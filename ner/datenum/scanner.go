package datenum

import "tippani/hindi/tokenize"

// scanner holds one text's tokens and their classification while the
// DATE and NUM passes run. Matchers never look at tokens at or beyond hi,
// so the NUM pass cannot reach into a DATE span found before it.
type scanner struct {
	text string
	toks []tokenize.Token
	info []tokInfo
	hi   int

	// lastDateEnd is the token index after the last DATE piece found, so
	// a pattern can tell whether a date stands right before it.
	lastDateEnd int
}

func (s *scanner) f(i int) flag {
	if i < 0 || i >= s.hi {
		return 0
	}
	return s.info[i].flags
}

func (s *scanner) is(i int, fl flag) bool { return s.f(i)&fl != 0 }

// num returns the number shape of token i; not ok beyond the bounds.
func (s *scanner) num(i int) *numShape {
	if i < 0 || i >= s.hi {
		return &noNumber
	}
	return &s.info[i].num
}

var noNumber numShape

// near reports whether tokens i and i+1 both exist (below hi) and are
// separated by nothing or by a few horizontal spaces: an expression never
// crosses a line break or a wide gap.
func (s *scanner) near(i int) bool {
	if i < 0 || i+1 >= s.hi || s.info[i].skip || s.info[i+1].skip {
		return false
	}
	gap := s.text[s.toks[i].End:s.toks[i+1].Start]
	if len(gap) > 8 {
		return false
	}
	for j := 0; j < len(gap); j++ {
		switch gap[j] {
		case ' ', '\t':
		case 0xC2: // U+00A0 no-break space
			if j+1 < len(gap) && gap[j+1] == 0xA0 {
				j++
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

// tight reports whether token i+1 starts exactly where token i ends.
func (s *scanner) tight(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// isLetters reports whether token i is a word, Devanagari or Latin.
func (s *scanner) isLetters(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	k := s.toks[i].Kind
	return k == tokenize.Word || k == tokenize.Latin
}

// glued reports whether digit token i is part of a name such as
// "COVID-19", "G20" or "कोविड-19": glued without space to letters before,
// directly or through a hyphen. Such numbers are not quantities.
func (s *scanner) glued(i int) bool {
	if s.tight(i - 1) {
		if s.isLetters(i - 1) {
			return true
		}
		if i >= 2 && s.text[s.toks[i-1].Start:s.toks[i-1].End] == "-" && s.tight(i-2) && s.isLetters(i-2) {
			return true
		}
	}
	return false
}

// tokenEndingAt returns the index of the token at or after i that ends at
// byte offset end, or -1.
func (s *scanner) tokenEndingAt(i, end int) int {
	for j := i; j < s.hi && s.toks[j].Start < end; j++ {
		if s.toks[j].End == end {
			return j
		}
	}
	return -1
}

// textFrom returns the text from the start of token i.
func (s *scanner) textFrom(i int) string { return s.text[s.toks[i].Start:] }

func (s *scanner) word(i int) string {
	if i < 0 || i >= s.hi {
		return ""
	}
	return s.text[s.toks[i].Start:s.toks[i].End]
}

// ordinalEnd returns the token index after a digit ordinal starting at i
// ("21वीं" as one token, or "21" "वीं" split by the tokenizer), or 0.
func (s *scanner) ordinalEnd(i int) int {
	n := s.num(i)
	if !n.ok || n.decimal || n.grouped {
		return 0
	}
	if n.ordinal {
		return i + 1
	}
	if s.tight(i) && s.is(i+1, fOrdSuffix) {
		return i + 2
	}
	return 0
}

// eraEnd returns the token index after an era marker starting at i
// ("ई.", "ई.पू.", "ई." "पू.", "ईसा पूर्व", "AD"), or 0.
func (s *scanner) eraEnd(i int) int {
	switch {
	case s.is(i, fEra):
		if s.near(i) && s.is(i+1, fEraTail) {
			return i + 2
		}
		return i + 1
	case s.is(i, fEraHead) && s.near(i) && s.is(i+1, fEraTail):
		return i + 2
	}
	return 0
}
