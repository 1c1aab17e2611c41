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

// Anchor finds q in text and returns its code point span. It looks for the
// full prefix+exact+suffix first and, if the text has changed around the
// quote, for exact alone. When the quote occurs more than once, the
// occurrence nearest to hint (a code point offset, such as the
// TextPositionSelector's start) wins; with hint < 0, a repeated quote is
// ambiguous and Anchor reports false.
func Anchor(text string, q Quote, hint int) (start, end int, ok bool) {
	return anchorIn(text, textpos.New(text), q, hint)
}

// anchorIn is Anchor with the text's index built once by the caller.
func anchorIn(text string, index *textpos.Index, q Quote, hint int) (start, end int, ok bool) {
	if q.Exact == "" {
		return 0, 0, false
	}
	for _, pattern := range []struct{ s, lead string }{
		{q.Prefix + q.Exact + q.Suffix, q.Prefix},
		{q.Exact, ""},
	} {
		best, found, tie := -1, 0, false
		for at := 0; at <= len(text); {
			i := strings.Index(text[at:], pattern.s)
			if i < 0 {
				break
			}
			cand := index.RuneOffset(at + i + len(pattern.lead))
			found++
			switch {
			case best < 0 || (hint >= 0 && abs(cand-hint) < abs(best-hint)):
				best, tie = cand, false
			case hint >= 0 && abs(cand-hint) == abs(best-hint):
				tie = true
			}
			at += i + 1
		}
		if found == 0 {
			continue
		}
		if (hint < 0 && found > 1) || tie {
			return 0, 0, false
		}
		startByte := index.ByteOffset(best)
		return best, index.RuneOffset(startByte + len(q.Exact)), true
	}
	return 0, 0, false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
