//go:build js && wasm

package main

// methods are the engine's entry points by their JavaScript name. Each takes
// one JSON object (or, for normalize, the plain text) and returns JSON; a
// failure is {"error": {"code", "message", "field"?}} and never a panic
// across the bridge.
var methods = map[string]func(string) string{
	"normalize": normalizeMethod,
	"annotate":  annotateMethod,
	"tokens":    tokensMethod,
	"validate":  validateMethod,
	"export":    exportMethod,
	"import":    importMethod,

	"reanchor":    reanchorMethod,
	"occurrences": occurrencesMethod,
}
