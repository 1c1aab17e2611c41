//go:build js && wasm

package main

import (
	"tippani/hindi/tokenize"
	"tippani/textpos"
)

// tokenSpans gives every token of text as [start, end, start16, end16]:
// code point offsets (the external convention) and UTF-16 offsets (what a
// JavaScript string and a DOM Range count), so the page can snap a selection
// to token boundaries without converting offsets itself.
func tokenSpans(text string) [][4]int {
	idx := textpos.New(text)
	toks := tokenize.Tokens(text)
	out := make([][4]int, len(toks))
	for i, t := range toks {
		s, e := idx.RuneOffset(t.Start), idx.RuneOffset(t.End)
		out[i] = [4]int{s, e, idx.UTF16Offset(s), idx.UTF16Offset(e)}
	}
	return out
}

// tokensMethod: {"text"} (display text) → {"tokens": [[start, end, start16, end16], ...]}.
func tokensMethod(arg string) string {
	text, bad := textRequest(arg)
	if bad != "" {
		return bad
	}
	return toJSON(struct {
		Tokens [][4]int `json:"tokens"`
	}{tokenSpans(text)})
}
