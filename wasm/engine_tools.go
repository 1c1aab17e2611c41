//go:build js && wasm && tools && !core

package main

import "runtime"

// The tools engine: the document tools, fetched once the core engine is
// ready (see engines.go).
var methods = toolMethods

func warmUp() {
	warmUpTools()
	runtime.GC()
}
