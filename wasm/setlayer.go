//go:build js && wasm && !tools

package main

import (
	"tippani/internal/jsonwire"
	"tippani/ner"
)

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
	m := ner.Default()
	l, bad := layerField(root, m)
	if bad != "" {
		return bad
	}
	m.SetLayer(l)
	var e jsonwire.Encoder
	e.BeginObject()
	writeLayerInfo(&e, l)
	e.EndObject()
	return string(e.B)
}
