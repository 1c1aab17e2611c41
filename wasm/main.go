//go:build js && wasm

// Command wasm is Tippani's browser engine: the Go text pipeline compiled to
// WebAssembly and run inside a Web Worker (www/engine-worker.js), never on
// the page's main thread.
//
// It installs one global object, tippaniEngine, whose methods each take one
// JSON string and return one JSON string, so the JavaScript side never
// touches Go values and every call is a single copy in each direction. The
// methods, with the request each reads and the answer it writes, are the
// tables in core.go and methods.go; which of them a build installs is
// chosen by build tag (engines.go): the core engine a first visit
// downloads, the tools engine fetched after it, or both.
//
// Arguments are read by internal/jsonwire (nesting at most 32 deep, no
// lone surrogates) and answers written by it; the engine links neither
// encoding/json nor fmt (see deps_test.go). Errors come back as
// {"error": {"code", "message", "field"?}} instead of thrown exceptions, so
// the worker forwards them to the page unchanged.
package main

import (
	"syscall/js"
)

func main() {
	engine := js.Global().Get("Object").New()
	for _, m := range methods {
		engine.Set(m.name, js.FuncOf(wrap(m.run)))
	}
	js.Global().Set("tippaniEngine", engine)
	warmUp()
	// Tell the loader the engine is ready, then park: the functions above
	// stay callable for as long as the worker lives.
	if ready := js.Global().Get("tippaniEngineReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// wrap adapts a string → string method to a js.Func body. A wrong call shape
// and a panic inside a method both come back in the JSON error form, so one
// bad input can never take the engine down for the rest of the session.
func wrap(fn func(string) string) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) (result any) {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return errorJSON("bad_call", "expected one string argument")
		}
		defer func() {
			if r := recover(); r != nil {
				result = errorJSON("internal", "the engine failed on this input")
			}
		}()
		return fn(args[0].String())
	}
}
