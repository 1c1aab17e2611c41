//go:build js && wasm

package main

import (
	"encoding/json"

	"golang.org/x/text/unicode/norm"
)

// methods are the engine's entry points by their JavaScript name.
var methods = map[string]func(string) string{
	"normalize": normalize,
}

func normalize(text string) string {
	return toJSON(struct {
		Text string `json:"text"`
	}{norm.NFC.String(text)})
}

func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return errorJSON("internal", err.Error())
	}
	return string(b)
}

func errorJSON(code, message string) string {
	b, _ := json.Marshal(map[string]map[string]string{"error": {"code": code, "message": message}})
	return string(b)
}
