//go:build js && wasm

package main

// A method is one entry point of the engine: the name JavaScript calls it
// by, the JSON object it reads and the JSON it answers (the contract the
// pages rely on, kept beside the code that honours it), and that code.
//
// Offsets are Unicode code points into the display text; tokens also carry
// UTF-16 offsets for DOM ranges. A failure is {"error": {"code", "message",
// "field"?}} and never a panic across the bridge.
type method struct {
	name, request, answer string
	run                   func(string) string
}
