//go:build js && wasm

package main

// A method is one entry point of the engine: the name JavaScript calls it
// by, the JSON object it reads and the JSON it answers (the contract the
// pages rely on, kept here beside the code that honours it), and that code.
//
// Offsets are Unicode code points into the display text; tokens also carry
// UTF-16 offsets for DOM ranges. A failure is {"error": {"code", "message",
// "field"?}} and never a panic across the bridge.
type method struct {
	name, request, answer string
	run                   func(string) string
}

// methods is the one table of the engine's entry points; main installs
// each on the tippaniEngine object.
var methods = []method{
	{"normalize", `{"text"}`, `{"text"}`, normalizeMethod},
	{"annotate", `{"text"}`, `{"text", "entities", "normalization", "tokens"}`, annotateMethod},
	{"tokens", `{"text"}`, `{"tokens": [[start, end, start16, end16], ...]}`, tokensMethod},
	{"validate", `{"title"?, "text", "annotations", "customTypes"?}`, `{"ok": true}`, validateMethod},
	{"export", `{"format", "document", "source"?}`, `{"content", "mediaType", "extension", "stats"?}`, exportMethod},
	{"import", `{"content"}`, `{"document"}`, importMethod},
	{"reanchor", `{"oldText", "newText", "annotations", "rejected"?, "customTypes"?}`, `{"annotations", "rejected", "unplaced", "counts"}`, reanchorMethod},
	{"occurrences", `{"text", "start", "end"}`, `{"spans": [{"start", "end"}, ...]}`, occurrencesMethod},
	{"learn", `{"text", "annotations", "customTypes"?, "touched", "document"?, "decisions"?}`, `{"sentences", "changed", "layer", "stats", "names"}`, learnMethod},
	{"setLayer", `{"layer": base64 | null}`, `{"stats", "names"}`, setLayerMethod},
}
