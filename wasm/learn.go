//go:build js && wasm && !core

package main

import (
	"encoding/base64"

	"tippani/annotation"
	"tippani/hindi/tokenize"
	"tippani/internal/jsonwire"
	"tippani/ner"
	"tippani/textpos"
)

// learnMethod: {"layer", "text", "annotations", "customTypes"?, "touched",
// "document"?, "decisions"?} → {"sentences", "changed", "layer", "stats",
// "names"}.
//
// Learning lives in the tools engine, not the core: the step's code is
// about 90 kB gzip that a first visit would otherwise wait for, and the
// core only needs to add a layer to its scores (setLayer). So learn keeps
// no state: it starts from the layer the request carries (base64, null
// or "" for none, as the page keeps it), learns, and answers the new
// layer, which the page keeps and hands to the core with setLayer.
//
// text is the document's display text and annotations all of its
// annotations as they stand after the reader's decisions (checked as a
// share would be); touched lists the code point ranges the decisions
// were made on. Every sentence a touched range overlaps is learned with
// the document's PER, LOC and ORG annotations as its truth; nothing else
// is. document identifies the document (only a hash of it is kept, to
// count documents) and decisions counts the decisions. The answer gives
// the sentences learned, how many changed the layer, the whole layer file
// in base64 for the page to keep, and what the layer now holds.
func learnMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	text, bad := displayField(root, "text")
	if bad != "" {
		return bad
	}
	doc, bad := annotationsOn(root, "text")
	if bad != "" {
		return bad
	}
	touched, bad := spansField(root, "touched", text)
	if bad != "" {
		return bad
	}
	if len(touched) == 0 {
		return errorFieldJSON(string(annotation.CodeMissingField), "touched", "touched must list the ranges the reader's decisions were made on")
	}
	docID := ""
	if v := root.Get("document"); v.Kind() == jsonwire.String {
		docID = v.Str()
	}
	decisions := 1
	if v := root.Get("decisions"); v.Exists() {
		if decisions, bad = intField(root, "decisions", "decisions"); bad != "" {
			return bad
		}
	}
	x := textpos.New(text)
	names := make([]ner.NameSpan, 0, len(doc.Annotations))
	for _, a := range doc.Annotations {
		names = append(names, ner.NameSpan{Start: x.ByteOffset(a.Start), End: x.ByteOffset(a.End), Type: string(a.Type)})
	}
	ranges := make([][2]int, len(touched))
	for i, s := range touched {
		ranges[i] = [2]int{x.ByteOffset(s.Start), x.ByteOffset(s.End)}
	}
	m := ner.Default()
	l, bad := layerField(root, m)
	if bad != "" {
		return bad
	}
	// Learning reads the layer itself; the model is not given it, since
	// this engine never annotates (the page hands the result to the core).
	res := l.Learn(m, ner.LessonsIn(text, tokenize.Tokens(text), names, ranges), docID, decisions)
	var e jsonwire.Encoder
	e.BeginObject()
	e.IntMember("sentences", res.Sentences)
	e.IntMember("changed", res.Changed)
	e.StringMember("layer", base64.StdEncoding.EncodeToString(l.Encode()))
	writeLayerInfo(&e, l)
	e.EndObject()
	return string(e.B)
}
