//go:build js && wasm

package main

import "tippani/hindi/normalize"

// normalizeMethod: {"text"} → {"text": display form}.
func normalizeMethod(arg string) string {
	text, bad := textRequest(arg)
	if bad != "" {
		return bad
	}
	return toJSON(struct {
		Text string `json:"text"`
	}{normalize.String(text)})
}
