//go:build js && wasm && !tools

package main

// coreMethods are what pressing Annotate needs: the core engine (built
// with -tags core) answers only these, and is all a first visit downloads
// before a reader can annotate.
var coreMethods = []method{
	{"normalize", `{"text"}`, `{"text"}`, normalizeMethod},
	{"annotate", `{"text"}`, `{"text", "entities", "normalization", "tokens"}`, annotateMethod},
	{"tokens", `{"text"}`, `{"tokens": [[start, end, start16, end16], ...]}`, tokensMethod},
	{"setLayer", `{"layer": base64 | null}`, `{"stats", "names"}`, setLayerMethod},
}
