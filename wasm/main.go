//go:build js && wasm

// Command wasm is Tippani's browser engine: the Go text pipeline compiled to
// WebAssembly and run inside a Web Worker (www/engine-worker.js), never on
// the page's main thread.
//
// It installs one global object, tippaniEngine, whose methods take and return
// plain strings (JSON where the answer is structured), so the JavaScript side
// never touches Go values and every call is a single copy in each direction:
//
//	tippaniEngine.normalize(text) → JSON {"text": display form}
//
// Errors come back as JSON {"error": {"code", "message"}} instead of thrown
// exceptions, so the worker can forward them to the page unchanged.
package main

import (
	"syscall/js"
)

func main() {
	engine := js.Global().Get("Object").New()
	for name, fn := range methods {
		engine.Set(name, js.FuncOf(wrap(fn)))
	}
	js.Global().Set("tippaniEngine", engine)
	// Tell the loader the engine is ready, then park: the functions above
	// stay callable for as long as the worker lives.
	if ready := js.Global().Get("tippaniEngineReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// wrap adapts a string → string method to a js.Func body, turning a wrong
// call shape into the same JSON error form the methods use.
func wrap(fn func(string) string) func(js.Value, []js.Value) any {
	return func(_ js.Value, args []js.Value) any {
		if len(args) != 1 || args[0].Type() != js.TypeString {
			return errorJSON("bad_call", "expected one string argument")
		}
		return fn(args[0].String())
	}
}
