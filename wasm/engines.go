//go:build js && wasm && !core && !tools

package main

import "runtime"

// The engine comes in three builds of this one package, chosen by build
// tag, each installing its own table of methods:
//
//	-tags core   coreMethods (core.go): annotate, normalize, tokens and
//	             setLayer (the reader's personal layer added to the
//	             scores); the first download, www/engine.wasm
//	-tags tools  toolMethods (methods.go): validate, export, import,
//	             reanchor, occurrences and learn (which holds the model
//	             to learn from, never to annotate); fetched and warmed
//	             once the core is ready, www/engine-tools.wasm
//	no tag       every method (this file): what the package's tests and
//	             the engine's size comparisons build
//
// The page's engine client routes each call to the engine that answers
// it, so callers never know there are two. A method belongs in the core
// only if a reader needs it to press Annotate: every byte of the core is
// waited for on a first visit.
var methods = append(coreMethods[:len(coreMethods):len(coreMethods)], toolMethods...)

// warmUp runs what both engines would run at start-up.
func warmUp() {
	warmUpCore()
	warmUpTools()
	runtime.GC()
}
