//go:build js && wasm

package main

import (
	"tippani/hindi/tokenize"
	"tippani/internal/jsonwire"
	"tippani/textpos"
)

// writeTokens writes every token of text as [start, end, start16, end16]:
// code point offsets (the external convention) and UTF-16 offsets (what a
// JavaScript string and a DOM Range count), so the page can snap a selection
// to token boundaries without converting offsets itself.
func writeTokens(e *jsonwire.Encoder, text string) {
	idx := textpos.New(text)
	e.BeginArray()
	for _, t := range tokenize.Tokens(text) {
		s, end := idx.RuneOffset(t.Start), idx.RuneOffset(t.End)
		e.BeginArray()
		e.Int(s)
		e.Int(end)
		e.Int(idx.UTF16Offset(s))
		e.Int(idx.UTF16Offset(end))
		e.EndArray()
	}
	e.EndArray()
}

// tokensMethod: {"text"} (display text) → {"tokens": [[start, end, start16, end16], ...]}.
func tokensMethod(arg string) string {
	text, bad := textRequest(arg)
	if bad != "" {
		return bad
	}
	var e jsonwire.Encoder
	e.BeginObject()
	e.Key("tokens")
	writeTokens(&e, text)
	e.EndObject()
	return string(e.B)
}
