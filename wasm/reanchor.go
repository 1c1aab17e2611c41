//go:build js && wasm && !core

package main

import (
	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/hindi/normalize"
	"tippani/internal/jsonwire"
)

// reanchorMethod: {"oldText", "newText", "annotations", "rejected"?,
// "customTypes"?} → {"annotations", "rejected", "unplaced", "counts"}.
//
// Both texts are display text; the annotations are checked on oldText as a
// share would be (with the custom types the document declares). They come
// back moved onto newText (same fields, sorted by start), with the removed
// suggestions in "rejected" ({start, end}) moved too; annotations that
// could not be placed are listed in "unplaced" with their old offsets,
// quote and context (prefix and suffix always present, "" at the text's
// edges), never dropped. counts says how they were placed: exact, moved,
// fuzzy, unplaced, and dropped (removed suggestions whose text is gone).
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
	// The annotations are read and checked on the old text.
	share, bad := annotationsOn(root, "oldText")
	if bad != "" {
		return bad
	}
	rejected, bad := spansField(root, "rejected", oldText)
	if bad != "" {
		return bad
	}
	rev := anchor.NewRevision(oldText, newText)
	res := rev.Annotations(share.Annotations)
	moved, dropped := rev.Spans(rejected)

	e := jsonwire.Encoder{B: make([]byte, 0, 256+64*len(res.Placed))}
	e.BeginObject()
	e.Key("annotations")
	annotation.WriteAnnotations(&e, res.Placed)
	e.Key("rejected")
	writeSpans(&e, moved)
	e.Key("unplaced")
	e.BeginArray()
	for _, u := range res.Unplaced {
		e.BeginObject()
		e.Key("annotation")
		annotation.WriteAnnotation(&e, u.Annotation)
		e.StringMember("quote", u.Quote)
		e.StringMember("prefix", u.Prefix)
		e.StringMember("suffix", u.Suffix)
		e.EndObject()
	}
	e.EndArray()
	e.Key("counts")
	e.BeginObject()
	e.IntMember("exact", res.Counts.Exact)
	e.IntMember("moved", res.Counts.Moved)
	e.IntMember("fuzzy", res.Counts.Fuzzy)
	e.IntMember("unplaced", res.Counts.Unplaced)
	e.IntMember("dropped", dropped)
	e.EndObject()
	e.EndObject()
	return string(e.B)
}

// annotationsOn reads the request's "annotations" and "customTypes" on
// its text member textName, checked by the same validator every host uses
// (types, offsets, boundaries, overlaps), as a share would be.
func annotationsOn(root jsonwire.Value, textName string) (*annotation.Share, string) {
	var body jsonwire.Encoder
	body.BeginObject()
	body.Key("text")
	body.Raw(root.Get(textName).Raw())
	for _, name := range []string{"annotations", "customTypes"} {
		if v := root.Get(name); v.Exists() {
			body.Key(name)
			body.Raw(v.Raw())
		}
	}
	body.EndObject()
	share, err := localLimits().ParseShare(body.B)
	if err != nil {
		return nil, fromError(err)
	}
	return share, ""
}

// displayField reads a required string member that must already be in
// display form, since offsets are only meaningful against it.
func displayField(root jsonwire.Value, name string) (string, string) {
	text, bad := stringField(root, name)
	if bad == "" && normalize.String(text) != text {
		bad = errorFieldJSON(string(annotation.CodeTextNotNormalized), name,
			name+" is not in display form; normalize it first and compute offsets on the normalized text")
	}
	return text, bad
}
