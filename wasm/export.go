//go:build js && wasm

package main

import (
	"bytes"

	"tippani/annotation"
	"tippani/annotation/export"
	"tippani/internal/jsonwire"
)

// exportMethod: {"format", "document", "source"?} → {"content",
// "mediaType", "extension", "stats"?}.
//
// document is a Tippani document object (the "tippani" format); format is
// one of "tippani" (the project's versioned JSON), "w3c" (W3C Web
// Annotation JSON-LD; source, when given, is the annotated text's IRI such
// as a share link), "conll" (token and BIO tag per line; stats is the token
// alignment report, entities widened or dropped to fit tokens, so the page
// can warn) or "csv" (one entity per row). Custom types travel as their
// codes. The document is validated before anything is written.
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
	if docJSON.Kind() != jsonwire.Object {
		return errorFieldJSON("missing_field", "document", "document must be a Tippani document object")
	}
	doc, err := annotation.UnmarshalDocument([]byte(docJSON.Raw()))
	if err != nil {
		return fromError(err)
	}
	var content []byte
	var mediaType, extension string
	var stats *export.CoNLLStats
	switch format {
	case "tippani":
		content, err = annotation.MarshalDocument(doc)
		mediaType, extension = "application/json", ".tippani.json"
	case "w3c":
		content, err = export.WebAnnotations(doc, export.WebAnnotationOptions{Source: root.Get("source").Str()})
		mediaType, extension = "application/ld+json", ".jsonld"
	case "conll":
		var buf bytes.Buffer
		var s export.CoNLLStats
		s, err = export.CoNLL(&buf, doc.Text, doc.Annotations, doc.CustomTypes...)
		content, stats = buf.Bytes(), &s
		mediaType, extension = "text/plain", ".conll"
	case "csv":
		var buf bytes.Buffer
		err = export.CSV(&buf, doc.Text, doc.Annotations, doc.CustomTypes...)
		content = buf.Bytes()
		mediaType, extension = "text/csv", ".csv"
	default:
		return errorFieldJSON("bad_field", "format", "format must be one of tippani, w3c, conll, csv")
	}
	if err != nil {
		return fromError(err)
	}
	e := jsonwire.Encoder{B: make([]byte, 0, len(content)+len(content)/8+256)}
	e.BeginObject()
	e.StringMember("content", string(content))
	e.StringMember("mediaType", mediaType)
	e.StringMember("extension", extension)
	if stats != nil {
		e.Key("stats")
		e.BeginObject()
		e.IntMember("tokens", stats.Tokens)
		e.IntMember("sentences", stats.Sentences)
		e.IntMember("entities", stats.Entities)
		e.IntMember("aligned", stats.Aligned)
		e.IntMember("widened", stats.Widened)
		e.IntMember("dropped", stats.Dropped)
		e.EndObject()
	}
	e.EndObject()
	return string(e.B)
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
	e := jsonwire.Encoder{B: make([]byte, 0, len(content)+256)}
	e.BeginObject()
	e.Key("document")
	annotation.WriteDocument(&e, doc)
	e.EndObject()
	return string(e.B)
}
