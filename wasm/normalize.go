//go:build js && wasm

package main

import "tippani/hindi/normalize"

// normalizeMethod: {"text"} → {"text": display form}.
func normalizeMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	text, bad := stringField(root, "text")
	if bad != "" {
		return bad
	}
	return toJSON(struct {
		Text string `json:"text"`
	}{normalize.String(text)})
}
