//go:build js && wasm && core && !tools

package main

import "runtime"

// The core engine: what pressing Annotate needs (see engines.go).
var methods = coreMethods

func warmUp() {
	warmUpCore()
	runtime.GC()
}
