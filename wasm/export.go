//go:build js && wasm

package main

import (
	"bytes"

	"tippani/annotation"
	"tippani/annotation/export"
)

// exported is one downloadable file: its content, media type and the file
// name extension the page should give it.
type exported struct {
	Content   string `json:"content"`
	MediaType string `json:"mediaType"`
	Extension string `json:"extension"`
	// Stats is the CoNLL token alignment report (entities widened or
	// dropped to fit tokens), so the page can warn; nil for other formats.
	Stats *export.CoNLLStats `json:"stats,omitempty"`
}

// exportMethod: {"format", "document", "source"?} → exported.
//
// document is a Tippani document object (the "tippani" format); format is
// one of "tippani" (the project's versioned JSON), "w3c" (W3C Web
// Annotation JSON-LD; source, when given, is the annotated text's IRI such
// as a share link), "conll" (token and BIO tag per line) or "csv" (one
// entity per row). The document is validated before anything is written.
func exportMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	format, bad := stringField(root, "format")
	if bad != "" {
		return bad
	}
	docJSON := root.Get("document")
	if !docJSON.IsObject() {
		return errorFieldJSON("missing_field", "document", "document must be a Tippani document object")
	}
	doc, err := annotation.UnmarshalDocument([]byte(docJSON.Raw))
	if err != nil {
		return fromError(err)
	}
	var out exported
	switch format {
	case "tippani":
		b, err := annotation.MarshalDocument(doc)
		if err != nil {
			return fromError(err)
		}
		out = exported{Content: string(b), MediaType: "application/json", Extension: ".tippani.json"}
	case "w3c":
		b, err := export.WebAnnotations(doc, export.WebAnnotationOptions{Source: root.Get("source").String()})
		if err != nil {
			return fromError(err)
		}
		out = exported{Content: string(b), MediaType: "application/ld+json", Extension: ".jsonld"}
	case "conll":
		var buf bytes.Buffer
		stats, err := export.CoNLL(&buf, doc.Text, doc.Annotations)
		if err != nil {
			return fromError(err)
		}
		out = exported{Content: buf.String(), MediaType: "text/plain", Extension: ".conll", Stats: &stats}
	case "csv":
		var buf bytes.Buffer
		if err := export.CSV(&buf, doc.Text, doc.Annotations); err != nil {
			return fromError(err)
		}
		out = exported{Content: buf.String(), MediaType: "text/csv", Extension: ".csv"}
	default:
		return errorFieldJSON("bad_field", "format", "format must be one of tippani, w3c, conll, csv")
	}
	return toJSON(out)
}

// importMethod: {"content"} (a file the reader opened) → {"document"}: a
// Tippani document, checked as thoroughly as a share. A file of a newer
// format version, or one that is not a Tippani document, is refused with a
// message saying so; nothing is guessed.
func importMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	content, bad := stringField(root, "content")
	if bad != "" {
		return bad
	}
	doc, err := annotation.UnmarshalDocument([]byte(content))
	if err != nil {
		return fromError(err)
	}
	return toJSON(struct {
		Document *annotation.Document `json:"document"`
	}{doc})
}
