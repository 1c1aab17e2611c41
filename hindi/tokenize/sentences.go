package tokenize

import (
	"strings"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a text.
type Span struct {
	Start, End int
}

// Sentences groups the tokens of text (as returned by Tokens) into
// sentences and returns each sentence's span, from its first token's start
// to its last token's end.
//
// A sentence ends after । ॥ ? ! or a final period (a period token followed
// by white space or the end of the text), together with any further
// terminal marks and the closing quotes and brackets written right after
// them. A line break also ends a sentence: pasted news puts headlines,
// captions, bylines and paragraphs on their own lines, and a blank line
// always separates paragraphs. Periods inside abbreviations and initials
// (डॉ. U.S.), decimal numbers and URLs belong to those tokens and never
// split. A period after a number that opens a line ("1. ") marks a list item,
// not a sentence end.
func Sentences(text string, toks []Token) []Span {
	var spans []Span
	start := -1 // index of the first token of the open sentence
	closeAt := func(last int) {
		if start >= 0 && last >= start {
			spans = append(spans, Span{Start: toks[start].Start, End: toks[last].End})
		}
		start = -1
	}
	for k := 0; k < len(toks); k++ {
		if start >= 0 && strings.IndexByte(text[toks[k-1].End:toks[k].Start], '\n') >= 0 {
			closeAt(k - 1)
		}
		if start < 0 {
			start = k
		}
		if !endsSentence(text, toks, k, start) {
			continue
		}
		// Take further terminal marks and closers glued to the end.
		last := k
		for last+1 < len(toks) && toks[last+1].Start == toks[last].End && toks[last+1].Kind == Punct {
			r, _ := utf8.DecodeRuneInString(text[toks[last+1].Start:])
			if !isCloser(r) && !isTerminal(r) {
				break
			}
			last++
		}
		closeAt(last)
		k = last
	}
	if start >= 0 {
		closeAt(len(toks) - 1)
	}
	return spans
}

// isTerminal reports marks that end a sentence.
func isTerminal(r rune) bool {
	return r == 0x0964 || r == 0x0965 || r == '?' || r == '!' || r == '.'
}

// endsSentence reports whether token k, in a sentence that began at token
// first, ends it.
func endsSentence(text string, toks []Token, k, first int) bool {
	t := toks[k]
	if t.Kind != Punct {
		return false
	}
	s := text[t.Start:t.End]
	r, size := utf8.DecodeRuneInString(s)
	if !isTerminal(r) {
		return false
	}
	if r != '.' {
		return true
	}
	// Periods: a run of two or more is an ellipsis, not an end.
	if len(s) > size {
		return false
	}
	// "1." opening a line is a list number.
	if k == first+1 && toks[first].Kind == Number && toks[first].End == t.Start {
		return false
	}
	if t.End == len(text) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[t.End:])
	return isSpace(next) || isCloser(next)
}
