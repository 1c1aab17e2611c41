package anchor

import (
	"strings"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
)

// Occurrences returns every mention in text of what text[start:end] says,
// for "mark every occurrence": the spans of whole tokens (tokenize.Tokens)
// whose matching keys (normalize.Key, which ignores nuktas, nasal spelling
// and digit script) equal, token by token, those of the span's own tokens,
// with nothing but spaces between them (a line break ends a mention). The
// given span is always included, even when it does not start or end on a
// token boundary; mentions overlapping it or an earlier mention are left
// out. The spans are in text order.
//
// text must be valid UTF-8 in display form; start and end are code point
// offsets. An error (an *annotation.Error) says why the span is not a
// non-empty span of text on character boundaries.
func Occurrences(text string, start, end int) ([]Span, error) {
	if err := checkSpan(text, start, end); err != nil {
		return nil, err
	}
	toks := tokenize.Tokens(text)
	at := runeOffsets(text, toks)
	given := Span{start, end}
	pattern := spanKeys(text, toks, at, given)
	out := []Span{}
	if len(pattern) == 0 {
		return append(out, given), nil
	}
	keys := make([]string, len(toks)) // filled as needed
	key := func(i int) string {
		if keys[i] == "" {
			keys[i] = normalize.Key(text[toks[i].Start:toks[i].End])
		}
		return keys[i]
	}
	added := false
	for i := 0; i+len(pattern) <= len(toks); i++ {
		if key(i) != pattern[0] || !mentionAt(text, toks, i, pattern, key) {
			continue
		}
		s := Span{at[i].Start, at[i+len(pattern)-1].End}
		if !added && s.Start >= given.Start {
			out, added = append(out, given), true
		}
		if s.Start < given.End && given.Start < s.End {
			continue
		}
		if len(out) > 0 && s.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, s)
		i += len(pattern) - 1
	}
	if !added {
		out = append(out, given)
	}
	return out, nil
}

// mentionAt reports whether the tokens from i on have the keys of pattern
// (the first already matched) with only spaces between them.
func mentionAt(text string, toks []tokenize.Token, i int, pattern []string, key func(int) string) bool {
	for j := 1; j < len(pattern); j++ {
		if strings.ContainsRune(text[toks[i+j-1].End:toks[i+j].Start], '\n') || key(i+j) != pattern[j] {
			return false
		}
	}
	return true
}

// spanKeys returns the keys of the tokens span says: the text's own tokens
// when the span starts and ends on token boundaries, else the tokens of the
// span's text taken alone.
func spanKeys(text string, toks []tokenize.Token, at []Span, span Span) []string {
	var keys []string
	first := -1
	for i, s := range at {
		if s.End <= span.Start {
			continue
		}
		if s.Start >= span.End {
			break
		}
		if first < 0 {
			first = i
		}
		keys = append(keys, normalize.Key(text[toks[i].Start:toks[i].End]))
	}
	if first >= 0 && at[first].Start == span.Start && at[first+len(keys)-1].End == span.End {
		return keys
	}
	// Not on token boundaries: tokenize the span's own text.
	lo := byteOffset(text, span.Start)
	own := text[lo : lo+byteOffset(text[lo:], span.End-span.Start)]
	keys = keys[:0]
	for _, t := range tokenize.Tokens(own) {
		keys = append(keys, normalize.Key(own[t.Start:t.End]))
	}
	return keys
}

// runeOffsets returns the code point span of each token.
func runeOffsets(text string, toks []tokenize.Token) []Span {
	out := make([]Span, len(toks))
	b, r := 0, 0
	for i, t := range toks {
		r += utf8.RuneCountInString(text[b:t.Start])
		start := r
		r += utf8.RuneCountInString(text[t.Start:t.End])
		b = t.End
		out[i] = Span{start, r}
	}
	return out
}

// byteOffset returns the byte offset of code point n of s.
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// checkSpan reports why [start, end) is not a non-empty span of text on
// character boundaries, in the error shape of package annotation.
func checkSpan(text string, start, end int) error {
	runes := decodeRunes(text)
	n := len(runes)
	switch {
	case start < 0 || start > n:
		return annotation.Errorf(annotation.CodeOffsetOutOfRange, "start", "start %d is outside the text (0–%d code points)", start, n)
	case end < 0 || end > n:
		return annotation.Errorf(annotation.CodeOffsetOutOfRange, "end", "end %d is outside the text (0–%d code points)", end, n)
	case end <= start:
		return annotation.Errorf(annotation.CodeEmptySpan, "", "the span covers no text: end %d must be greater than start %d", end, start)
	case !annotation.RuneBoundaryOK(runes, start):
		return annotation.Errorf(annotation.CodeSplitsCharacter, "start", "start %d falls inside a character (between a letter and its marks)", start)
	case !annotation.RuneBoundaryOK(runes, end):
		return annotation.Errorf(annotation.CodeSplitsCharacter, "end", "end %d falls inside a character (between a letter and its marks)", end)
	}
	return nil
}
