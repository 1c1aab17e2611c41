package anchor

import "unicode"

// Quote finds a span of text by what it says rather than where it is, as a
// W3C TextQuoteSelector does: Exact is the text of the span, Prefix and
// Suffix the text just before and after it.
type Quote struct {
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

const (
	// contextLen is how many code points of context a quote keeps on
	// each side, and the most context agreement counts.
	contextLen = 32
	// windowLen is "a little context": a span whose text and windowLen
	// code points on each side are unchanged is certainly itself.
	windowLen = 8
	// farContext is how much context must agree on one side before a
	// span is looked for away from where the diff says it went.
	farContext = 2 * windowLen
)

// quoteRunes is a quote as code points, with whether its context reaches
// the edges of the text it was taken from (so that "nothing before it" can
// agree with the start of another text).
type quoteRunes struct {
	exact, prefix, suffix []rune
	atStart, atEnd        bool
}

// wordEdges reports whether the quote starts and ends where words do:
// its context has no letter, mark or digit right against it.
func (q *quoteRunes) wordEdges() (start, end bool) {
	return len(q.prefix) == 0 || !inWord(q.prefix[len(q.prefix)-1]), len(q.suffix) == 0 || !inWord(q.suffix[0])
}

// inWord reports whether r belongs to a word: a letter, a mark or a digit.
func inWord(r rune) bool { return unicode.In(r, unicode.L, unicode.M, unicode.Nd) }

// toWordEdges widens runes[s:e] to whole words on the sides where the
// quote q starts or ends a word, so that a changed name is taken whole
// (सिन्हा, not its first letters).
func (q *quoteRunes) toWordEdges(runes []rune, s, e int) (int, int) {
	start, end := q.wordEdges()
	for start && s > 0 && inWord(runes[s-1]) {
		s--
	}
	for end && e < len(runes) && inWord(runes[e]) {
		e++
	}
	return s, e
}

// quoteAt returns the quote of runes[s:e]: contextLen code points on each
// side, widened so that the context never starts or ends inside a
// character (a letter with its marks). The slices share runes' memory.
func quoteAt(runes []rune, s, e int) quoteRunes {
	from, to := widen(runes, max(0, s-contextLen), min(len(runes), e+contextLen))
	return quoteRunes{
		exact: runes[s:e], prefix: runes[from:s], suffix: runes[e:to],
		atStart: from == 0, atEnd: to == len(runes),
	}
}

// quote returns q as strings.
func (q quoteRunes) quote() Quote {
	return Quote{Exact: string(q.exact), Prefix: string(q.prefix), Suffix: string(q.suffix)}
}

// agreement counts how many code points of q's context match the text
// around text[s:e]: before, going left from s, and after, going right
// from e. Each is capped at contextLen; context that reached the edge of
// its own text and matches up to the edge of this one counts in full.
func (q *quoteRunes) agreement(text []rune, s, e int) (before, after int) {
	for before < len(q.prefix) && before < s && q.prefix[len(q.prefix)-1-before] == text[s-1-before] {
		before++
	}
	if before == len(q.prefix) && q.atStart && before == s {
		before = contextLen
	}
	for after < len(q.suffix) && e+after < len(text) && q.suffix[after] == text[e+after] {
		after++
	}
	if after == len(q.suffix) && q.atEnd && e+after == len(text) {
		after = contextLen
	}
	return min(before, contextLen), min(after, contextLen)
}
