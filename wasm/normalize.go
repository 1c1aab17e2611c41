//go:build js && wasm

package main

import (
	"tippani/hindi/normalize"
	"tippani/internal/jsonwire"
)

// normalizeMethod: {"text"} → {"text": display form}.
func normalizeMethod(arg string) string {
	text, bad := textRequest(arg)
	if bad != "" {
		return bad
	}
	var e jsonwire.Encoder
	e.BeginObject()
	e.StringMember("text", normalize.String(text))
	e.EndObject()
	return string(e.B)
}
