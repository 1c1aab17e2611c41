//go:build js && wasm && !core

package main

import "tippani/annotation"

// localLimits are the service's limits without the size caps: a reader may
// annotate an article of any length in the browser; only sharing it is
// bounded (the server answers 413 with a message the page shows).
func localLimits() annotation.Limits {
	l := annotation.DefaultLimits()
	l.TextBytes, l.Annotations = 0, 0
	return l
}

// validateMethod: {"title"?, "text", "annotations", "customTypes"?} →
// {"ok": true}, or the
// first rule the set breaks (an overlap, a span that cuts a letter from its
// marks, text not in display form, ...) with its stable code and field path.
func validateMethod(arg string) string {
	if _, err := localLimits().ParseShare([]byte(arg)); err != nil {
		return fromError(err)
	}
	return `{"ok":true}`
}
