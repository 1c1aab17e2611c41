//go:build js && wasm

package main

import (
	"github.com/tidwall/gjson"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/hindi/normalize"
)

// unplacedJSON is an annotation that could not be re-anchored, as the page
// receives it: the annotation as sent (old offsets), its quote, and the
// context around it, which is always present ("" at the text's edges).
type unplacedJSON struct {
	Annotation annotation.Annotation `json:"annotation"`
	Quote      string                `json:"quote"`
	Prefix     string                `json:"prefix"`
	Suffix     string                `json:"suffix"`
}

// reanchorCounts says how the annotations were placed (anchor.Counts) and
// how many removed suggestions were dropped because their text is gone.
type reanchorCounts struct {
	anchor.Counts
	Dropped int `json:"dropped"`
}

// reanchorMethod: {"oldText", "newText", "annotations", "rejected"?} →
// {"annotations", "rejected", "unplaced", "counts"}.
//
// Both texts are display text; the annotations are checked on oldText as a
// share would be. They come back moved onto newText (same fields, sorted by
// start), with the removed suggestions in "rejected" ({start, end}) moved
// too; annotations that could not be placed are listed in "unplaced" with
// their old offsets and quote, never dropped.
func reanchorMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	oldText, bad := displayField(root, "oldText")
	if bad != "" {
		return bad
	}
	newText, bad := displayField(root, "newText")
	if bad != "" {
		return bad
	}
	// The annotations are read and checked on the old text by the same
	// validator every host uses (types, offsets, boundaries, overlaps).
	anns := root.Get("annotations").Raw
	if anns == "" {
		anns = "[]"
	}
	share, err := localLimits().ParseShare([]byte(`{"text":` + root.Get("oldText").Raw + `,"annotations":` + anns + `}`))
	if err != nil {
		return fromError(err)
	}
	rejected, bad := spansField(root, "rejected", oldText)
	if bad != "" {
		return bad
	}
	rev := anchor.NewRevision(oldText, newText)
	res := rev.Annotations(share.Annotations)
	moved, dropped := rev.Spans(rejected)
	unplaced := make([]unplacedJSON, len(res.Unplaced))
	for i, u := range res.Unplaced {
		unplaced[i] = unplacedJSON{u.Annotation, u.Quote, u.Prefix, u.Suffix}
	}
	return toJSON(struct {
		Annotations []annotation.Annotation `json:"annotations"`
		Rejected    []anchor.Span           `json:"rejected"`
		Unplaced    []unplacedJSON          `json:"unplaced"`
		Counts      reanchorCounts          `json:"counts"`
	}{res.Placed, moved, unplaced, reanchorCounts{res.Counts, dropped}})
}

// displayField reads a required string member that must already be in
// display form, since offsets are only meaningful against it.
func displayField(root gjson.Result, name string) (string, string) {
	text, bad := stringField(root, name)
	if bad == "" && normalize.String(text) != text {
		bad = errorFieldJSON(string(annotation.CodeTextNotNormalized), name,
			name+" is not in display form; normalize it first and compute offsets on the normalized text")
	}
	return text, bad
}
