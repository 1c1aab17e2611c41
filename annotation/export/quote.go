package export

import (
	"strings"

	"tippani/annotation"
	"tippani/textpos"
)

// contextChars is how many code points of text a TextQuoteSelector keeps
// before and after the quote when that is enough to make it unique.
const contextChars = 32

// maxContextChars bounds how far the context grows to tell apart a quote
// that repeats (a byline or refrain printed twice). Beyond it the
// TextPositionSelector alone decides.
const maxContextChars = 256

// Quote is a W3C TextQuoteSelector: the exact text of an entity and the
// text immediately before and after it.
type Quote struct {
	Exact  string
	Prefix string
	Suffix string
}

// quoter builds quotes for many spans of one text.
type quoter struct {
	text  string
	runes []rune
	index *textpos.Index
}

func newQuoter(text string) *quoter {
	return &quoter{text: text, runes: []rune(text), index: textpos.New(text)}
}

// quote returns the selector for code points [start, end): exact text plus
// contextChars of context each side (fewer at the text's edges), grown by
// doubling until prefix+exact+suffix occurs once in the text or the context
// reaches maxContextChars. Context never begins or ends inside a character
// (a letter with its marks), so it reads cleanly.
func (q *quoter) quote(start, end int) Quote {
	n := len(q.runes)
	for width := contextChars; ; width *= 2 {
		from := max(0, start-width)
		for from > 0 && !annotation.RuneBoundaryOK(q.runes, from) {
			from--
		}
		to := min(n, end+width)
		for to < n && !annotation.RuneBoundaryOK(q.runes, to) {
			to++
		}
		b := func(r int) int { return q.index.ByteOffset(r) }
		sel := Quote{
			Prefix: q.text[b(from):b(start)],
			Exact:  q.text[b(start):b(end)],
			Suffix: q.text[b(end):b(to)],
		}
		if width >= maxContextChars || (from == 0 && to == n) || occurrences(q.text, sel.Prefix+sel.Exact+sel.Suffix, 2) == 1 {
			return sel
		}
	}
}

// occurrences counts the (possibly overlapping) occurrences of s in text,
// stopping at limit.
func occurrences(text, s string, limit int) int {
	count := 0
	for at := 0; count < limit; count++ {
		i := strings.Index(text[at:], s)
		if i < 0 {
			break
		}
		at += i + 1
	}
	return count
}
