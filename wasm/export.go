//go:build js && wasm && !core

package main

import (
	"encoding/base64"
	"strconv"

	"tippani/annotation"
	"tippani/annotation/export"
	"tippani/internal/jsonwire"
)

// exportMethod: {"format", "document", "source"?} → {"content" or
// "contentBase64", "mediaType", "extension", "stats"?, "report"}.
//
// document is a Tippani document object; format is the name of a format of
// the registry in package export (tippani, w3c, brat, labelstudio,
// doccano, spacy, hypothesis, conll, csv); source, when given, is the
// annotated text's IRI such as a share link (w3c, hypothesis). A text
// format comes back as content, a binary one (brat's zip) as
// contentBase64. stats is CoNLL's token alignment (entities widened or
// dropped to fit tokens) and report what else the writer says (see
// writeReport), so the page can tell the reader. Custom types travel as
// their codes. The document is validated before anything is written.
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
	content, f, rep, err := export.Save(format, doc, export.WriteOptions{Source: root.Get("source").Str()})
	if err != nil {
		return fromError(err)
	}
	e := jsonwire.Encoder{B: make([]byte, 0, len(content)+len(content)/3+256)}
	e.BeginObject()
	if f.Binary {
		e.StringMember("contentBase64", base64.StdEncoding.EncodeToString(content))
	} else {
		e.StringMember("content", string(content))
	}
	e.StringMember("mediaType", f.MediaType)
	e.StringMember("extension", f.Extension)
	if s := rep.CoNLL; s != nil {
		e.Key("stats")
		e.BeginObject()
		e.IntMember("tokens", s.Tokens)
		e.IntMember("sentences", s.Sentences)
		e.IntMember("entities", s.Entities)
		e.IntMember("aligned", s.Aligned)
		e.IntMember("widened", s.Widened)
		e.IntMember("dropped", s.Dropped)
		e.EndObject()
	}
	writeReport(&e, rep)
	e.EndObject()
	return string(e.B)
}

// importMethod: {"files": [{"name", "content" or "contentBase64"}],
// "format"?, "record"?, "units"?} → {"document", "format", "report"}; the
// older {"content"} is one file of unknown name.
//
// files are what the reader opened: one file, a brat .txt and .ann pair,
// or annotations with the .txt they annotate; a zip comes as
// contentBase64. format names the format, or is found from the files
// (export.Detect); "" found means the files are not annotations (plain text
// to annotate), answered as the error not_annotations. record picks one
// document of a file holding several (1-based); units ("utf16" or
// "codepoints") says what a doccano or Hypothesis file's positions count.
// The document is checked as thoroughly as a share; a file of a newer
// Tippani version, or one whose entities do not fit its text, is refused
// with a message naming the first bad record.
func importMethod(arg string) string {
	root, bad := request(arg)
	if bad != "" {
		return bad
	}
	var files []export.File
	if c := root.Get("content"); c.Kind() == jsonwire.String && !root.Get("files").Exists() {
		files = append(files, export.File{Name: "file.json", Data: []byte(c.Str())})
	}
	for i, f := range root.Get("files").Elements() {
		path := "files[" + strconv.Itoa(i) + "]"
		file := export.File{Name: f.Get("name").Str()}
		switch c, b := f.Get("content"), f.Get("contentBase64"); {
		case c.Kind() == jsonwire.String:
			file.Data = []byte(c.Str())
		case b.Kind() == jsonwire.String:
			data, err := base64.StdEncoding.DecodeString(b.Str())
			if err != nil {
				return errorFieldJSON("bad_field", path+".contentBase64", path+".contentBase64 is not base64")
			}
			file.Data = data
		default:
			return errorFieldJSON("missing_field", path+".content", path+" needs content or contentBase64")
		}
		files = append(files, file)
	}
	if len(files) == 0 {
		return errorFieldJSON("missing_field", "files", "files must list the files to open")
	}
	format := root.Get("format").Str()
	if format == "" {
		if format = export.Detect(files); format == "" {
			return errorJSON("not_annotations", "these files are not annotations in a format Tippani reads")
		}
	}
	opts := export.ReadOptions{}
	if n, err := root.Get("record").Float(); err == nil {
		opts.Record = int(n)
	}
	switch root.Get("units").Str() {
	case "utf16":
		u := export.UTF16
		opts.Units = &u
	case "codepoints":
		u := export.CodePoints
		opts.Units = &u
	}
	doc, f, rep, err := export.Open(format, files, opts)
	if err != nil {
		return fromError(err)
	}
	e := jsonwire.Encoder{B: make([]byte, 0, len(doc.Text)*2+256)}
	e.BeginObject()
	e.Key("document")
	annotation.WriteDocument(&e, doc)
	e.StringMember("format", f.Name)
	writeReport(&e, rep)
	e.EndObject()
	return string(e.B)
}

// writeReport writes what a reader or writer reported as "report":
// {"records", "record", "utf16", "reanchored", "overlapping",
// "superseded", "predictions", "refused", "refusedLabels", "ignored"},
// every member always present, and for a CoNLL import "conll": {"sentences",
// "tokens", "entities", "unmapped"}.
func writeReport(e *jsonwire.Encoder, r export.Report) {
	e.Key("report")
	e.BeginObject()
	e.IntMember("records", r.Records)
	e.IntMember("record", r.Record)
	e.BoolMember("utf16", r.UTF16)
	e.IntMember("reanchored", r.Reanchored)
	e.IntMember("overlapping", r.Overlapping)
	e.IntMember("superseded", r.Superseded)
	e.IntMember("predictions", r.Predictions)
	e.IntMember("refused", r.Refused)
	e.Key("refusedLabels")
	e.BeginArray()
	for _, l := range r.RefusedLabels {
		e.String(l)
	}
	e.EndArray()
	e.IntMember("ignored", r.Ignored)
	if c := r.CoNLLRead; c != nil {
		e.Key("conll")
		e.BeginObject()
		e.IntMember("sentences", c.Sentences)
		e.IntMember("tokens", c.Tokens)
		e.IntMember("entities", c.Entities)
		e.IntMember("unmapped", c.Unmapped)
		e.EndObject()
	}
	e.EndObject()
}
