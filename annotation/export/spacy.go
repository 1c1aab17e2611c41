package export

import (
	"strconv"

	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// spacyFormat is displaCy's manual format, which spaCy's Doc.to_json
// shares: {"text", "ents": [{"start", "end", "label"}], "title"}, code
// points as Python counts them.
var spacyFormat = &Format{
	Name: "spacy", Title: "spaCy / displaCy", MediaType: "application/json", Extension: ".spacy.json",
	Write: func(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
		e := jsonwire.Encoder{Indent: "  "}
		e.BeginObject()
		e.StringMember("text", doc.Text)
		e.Key("ents")
		e.BeginArray()
		for _, a := range annotation.Sorted(doc.Annotations) {
			e.BeginObject()
			e.IntMember("start", a.Start)
			e.IntMember("end", a.End)
			e.StringMember("label", string(a.Type))
			e.EndObject()
		}
		e.EndArray()
		if doc.Title != "" {
			e.StringMember("title", doc.Title)
		}
		e.EndObject()
		return jsonLine(&e), Report{}, nil
	},
	Read: func(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
		var rep Report
		rec, path, p, err := textRecord(files[0].Data, opts, &rep, "docs", CodePoints,
			`a displaCy document is {"text", "ents": [{"start", "end", "label"}]}`)
		if err != nil {
			return nil, rep, err
		}
		for i, ent := range values(rec.Get("ents")) {
			f := foreign{Record: path + "ents[" + strconv.Itoa(i) + "]", Label: ent.Get("label").Str()}
			var ok1, ok2 bool
			f.Start, ok1 = intField(ent, "start")
			f.End, ok2 = intField(ent, "end")
			if f.HasPos = ok1 && ok2; !f.HasPos {
				return nil, rep, annotation.Errorf(annotation.CodeBadField, f.Record, "%s needs whole-number start and end", f.Record)
			}
			if err := p.add(f); err != nil {
				return nil, rep, err
			}
		}
		title := rec.Get("title").Str()
		if title == "" {
			title = opts.Title
		}
		doc, err := p.document(title, opts.Now)
		return doc, rep, err
	},
}
