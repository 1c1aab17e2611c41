//go:build js && wasm && !core

package main

import (
	"tippani/annotation/anchor"
	"tippani/internal/jsonwire"
)

// occurrencesMethod: {"text", "start", "end"} → {"spans": [{"start", "end"}, ...]}:
// every mention of what text[start:end] says, by matching key over whole
// tokens, in text order and including the span itself (anchor.Occurrences).
func occurrencesMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	text, bad := stringField(root, "text")
	if bad != "" {
		return bad
	}
	start, bad := intField(root, "start", "start")
	if bad != "" {
		return bad
	}
	end, bad := intField(root, "end", "end")
	if bad != "" {
		return bad
	}
	spans, err := anchor.Occurrences(text, start, end)
	if err != nil {
		return fromError(err)
	}
	var e jsonwire.Encoder
	e.BeginObject()
	e.Key("spans")
	writeSpans(&e, spans)
	e.EndObject()
	return string(e.B)
}
