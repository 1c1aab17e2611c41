//go:build js && wasm

package main

import "tippani/engine"

// annotated is the engine's result with the display text's tokens added,
// so the page can snap selections without a second call.
type annotated struct {
	*engine.Result
	Tokens [][4]int `json:"tokens"`
}

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
	return toJSON(annotated{res, tokenSpans(res.Text)})
}
