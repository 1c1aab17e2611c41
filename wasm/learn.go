//go:build js && wasm

package main

import (
	"encoding/base64"

	"tippani/annotation"
	"tippani/hindi/tokenize"
	"tippani/internal/jsonwire"
	"tippani/ner"
	"tippani/textpos"
)

// The reader's personal layer lives here, in the engine worker, added to
// the shipped model that annotate uses. The page keeps it (IndexedDB) and
// hands it back with setLayer when the engine starts; nothing here is
// ever sent anywhere else.
var personal *ner.Layer

func layer() *ner.Layer {
	if personal == nil {
		personal = ner.NewLayer(ner.Default())
	}
	return personal
}

// learnMethod: {"text", "annotations", "customTypes"?, "touched",
// "document"?, "decisions"?} → {"sentences", "changed", "layer", "stats",
// "names"}.
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
	l := layer()
	res := l.Learn(m, ner.LessonsIn(text, tokenize.Tokens(text), names, ranges), docID, decisions)
	m.SetLayer(l)
	var e jsonwire.Encoder
	e.BeginObject()
	e.IntMember("sentences", res.Sentences)
	e.IntMember("changed", res.Changed)
	e.StringMember("layer", base64.StdEncoding.EncodeToString(l.Encode()))
	writeLayerInfo(&e, l)
	e.EndObject()
	return string(e.B)
}

// setLayerMethod: {"layer": base64 | null} → {"stats", "names"}.
//
// Installs a layer file the page kept or the reader imported, replacing
// the one in use; null or "" forgets everything, so annotate answers as
// the shipped model does. A file that is not a layer, was learned on
// another model or is damaged is refused whole (bad_layer), and the layer
// in use stays.
func setLayerMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	v := root.Get("layer")
	m := ner.Default()
	switch {
	case v.Kind() == jsonwire.Null || v.Kind() == jsonwire.String && v.Str() == "":
		personal = ner.NewLayer(m)
	case v.Kind() == jsonwire.String:
		data, err := base64.StdEncoding.DecodeString(v.Str())
		if err != nil {
			return errorFieldJSON("bad_layer", "layer", "the layer is not base64: "+err.Error())
		}
		l, err := ner.DecodeLayer(m, data)
		if err != nil {
			return errorFieldJSON("bad_layer", "layer", err.Error())
		}
		personal = l
	default:
		return errorFieldJSON(string(annotation.CodeMissingField), "layer", "layer must be a base64 string or null")
	}
	m.SetLayer(personal)
	var e jsonwire.Encoder
	e.BeginObject()
	writeLayerInfo(&e, personal)
	e.EndObject()
	return string(e.B)
}

// writeLayerInfo writes "stats" ({lessons, decisions, documents, rows,
// maxRows}) and "names" ([{text, type}], most recent first).
func writeLayerInfo(e *jsonwire.Encoder, l *ner.Layer) {
	st := l.Stats()
	e.Key("stats")
	e.BeginObject()
	e.IntMember("lessons", st.Lessons)
	e.IntMember("decisions", st.Decisions)
	e.IntMember("documents", st.Documents)
	e.IntMember("rows", st.Rows)
	e.IntMember("maxRows", ner.MaxLayerRows)
	e.EndObject()
	e.Key("names")
	e.BeginArray()
	for _, n := range l.Names() {
		e.BeginObject()
		e.StringMember("text", n.Text)
		e.StringMember("type", n.Type)
		e.EndObject()
	}
	e.EndArray()
}
