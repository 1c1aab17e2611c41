//go:build js && wasm && !core

package main

// toolMethods are the engine's document tools: checking, exporting,
// importing and re-anchoring a reader's work. Pressing Annotate needs none
// of them, so they live in the tools engine (built with -tags tools),
// which the page fetches once the core engine is ready (see engines.go).
var toolMethods = []method{
	{"validate", `{"title"?, "text", "annotations", "customTypes"?}`, `{"ok": true}`, validateMethod},
	{"export", `{"format", "document", "source"?}`, `{"content" | "contentBase64", "mediaType", "extension", "stats"?, "report"}`, exportMethod},
	{"import", `{"files": [{"name", "content" | "contentBase64"}], "format"?, "record"?, "units"?} or {"content"}`, `{"document", "format", "report"}`, importMethod},
	{"reanchor", `{"oldText", "newText", "annotations", "rejected"?, "customTypes"?}`, `{"annotations", "rejected", "unplaced", "counts"}`, reanchorMethod},
	{"occurrences", `{"text", "start", "end"}`, `{"spans": [{"start", "end"}, ...]}`, occurrencesMethod},
	{"learn", `{"layer", "text", "annotations", "customTypes"?, "touched", "document"?, "decisions"?}`, `{"sentences", "changed", "layer", "stats", "names"}`, learnMethod},
}
