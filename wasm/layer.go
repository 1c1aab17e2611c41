//go:build js && wasm

package main

import (
	"encoding/base64"

	"tippani/annotation"
	"tippani/internal/jsonwire"
	"tippani/ner"
)

// The reader's personal layer is kept by the page (IndexedDB) and never
// sent anywhere else. The core engine adds it to the shipped model's
// scores for annotate (setLayer, in the core); the tools engine learns
// from a layer the page hands it and answers the next one (learn).

// layerField reads the request's "layer": a layer file in base64, or null
// or "" for an empty layer. A file that is not a layer, was learned on
// another model or is damaged is refused whole (bad_layer).
func layerField(root jsonwire.Value, m *ner.Model) (*ner.Layer, string) {
	v := root.Get("layer")
	switch {
	case !v.Exists() || v.Kind() == jsonwire.Null || v.Kind() == jsonwire.String && v.Str() == "":
		return ner.NewLayer(m), ""
	case v.Kind() == jsonwire.String:
		data, err := base64.StdEncoding.DecodeString(v.Str())
		if err != nil {
			return nil, errorFieldJSON("bad_layer", "layer", "the layer is not base64: "+err.Error())
		}
		l, err := ner.DecodeLayer(m, data)
		if err != nil {
			return nil, errorFieldJSON("bad_layer", "layer", err.Error())
		}
		return l, ""
	default:
		return nil, errorFieldJSON(string(annotation.CodeMissingField), "layer", "layer must be a base64 string or null")
	}
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
