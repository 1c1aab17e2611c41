package export

import (
	"strconv"

	"tippani/annotation"
	"tippani/internal/jsonwire"
	"tippani/textpos"
)

// doccanoFormat is doccano's JSONL for sequence labelling: one document a
// line, {"text", "label": [[start, end, "PER"], ...]}. doccano's web client
// counts positions in UTF-16 code units (JavaScript's), so they are
// written and read so, converted from and to code points; ReadOptions.Units
// reads a file made by a script that counted code points.
var doccanoFormat = &Format{
	Name: "doccano", Title: "doccano JSONL", MediaType: "application/jsonl", Extension: ".jsonl",
	Write: func(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
		at := offsets{textpos.New(doc.Text), UTF16}
		e := jsonwire.Encoder{}
		e.BeginObject()
		e.StringMember("text", doc.Text)
		e.Key("label")
		e.BeginArray()
		for _, a := range annotation.Sorted(doc.Annotations) {
			e.BeginArray()
			e.Int(at.at(a.Start))
			e.Int(at.at(a.End))
			e.String(string(a.Type))
			e.EndArray()
		}
		e.EndArray()
		e.EndObject()
		return jsonLine(&e), Report{UTF16: true}, nil
	},
	Read: func(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
		var rep Report
		rec, path, p, err := textRecord(files[0].Data, opts, &rep, "", unitsOr(opts, UTF16),
			`a doccano record is {"text", "label": [[start, end, label], ...]}`)
		if err != nil {
			return nil, rep, err
		}
		labels, name := rec.Get("label"), "label"
		if !labels.Exists() {
			labels, name = rec.Get("entities"), "entities"
		}
		for i, l := range values(labels) {
			f := foreign{Record: path + name + "[" + strconv.Itoa(i) + "]", HasPos: true}
			if l.Kind() == jsonwire.Array && l.Len() == 3 {
				// [start, end, label]
				parts := values(l)
				f.Start, f.End, f.Label = intOf(parts[0]), intOf(parts[1]), parts[2].Str()
				f.HasPos = parts[0].Kind() == jsonwire.Number && parts[1].Kind() == jsonwire.Number
			} else {
				// doccano's newer export: {"start_offset", "end_offset", "label"}
				var ok1, ok2 bool
				f.Start, ok1 = intField(l, "start_offset")
				f.End, ok2 = intField(l, "end_offset")
				f.Label, f.HasPos = l.Get("label").Str(), ok1 && ok2
			}
			if !f.HasPos {
				return nil, rep, annotation.Errorf(annotation.CodeBadField, f.Record, "%s must be [start, end, label] with whole-number positions", f.Record)
			}
			if err := p.add(f); err != nil {
				return nil, rep, err
			}
		}
		doc, err := p.document(opts.Title, opts.Now)
		return doc, rep, err
	},
}
