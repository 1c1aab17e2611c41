//go:build js && wasm

package main

import (
	"tippani/engine"
	"tippani/internal/jsonwire"
)

// annotateMethod: {"text"} (the raw pasted text) → {"text", "entities",
// "normalization", "tokens"}: the display form, its entities (code point
// offsets, sorted, never overlapping), what the Unicode clean-up changed,
// and the display text's tokens as in tokensMethod.
func annotateMethod(arg string) string {
	raw, bad := textRequest(arg)
	if bad != "" {
		return bad
	}
	// Strings from JavaScript always arrive as valid UTF-8 (a lone
	// surrogate becomes U+FFFD on the way), so the lossy variant only
	// guards against the impossible.
	res, err := engine.AnnotateLossy(raw)
	if err != nil {
		return fromError(err)
	}
	e := jsonwire.Encoder{B: make([]byte, 0, 2*len(res.Text)+64*len(res.Entities)+1024)}
	e.BeginObject()
	res.WriteMembers(&e)
	e.Key("tokens")
	writeTokens(&e, res.Text)
	e.EndObject()
	return string(e.B)
}
