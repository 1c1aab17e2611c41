package export

import (
	"strconv"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/internal/jsonwire"
)

// hypothesisFormat is the annotation object of the Hypothesis API: {"uri",
// "text" (the note), "tags": ["PER"], "target": [{"source", "selector":
// [TextQuoteSelector, TextPositionSelector]}], "document": {"title"}}. A
// file holds a list of them (or a search result, {"rows": [...]}).
// Positions count UTF-16 code units, as the browser extension does; the
// text itself is not in the file and is opened with it.
var hypothesisFormat = &Format{
	Name: "hypothesis", Title: "Hypothesis", MediaType: "application/json", Extension: ".hypothesis.json",
	Write: writeHypothesis,
	Read:  readHypothesis,
}

func writeHypothesis(doc *annotation.Document, opts WriteOptions) ([]byte, Report, error) {
	source := opts.Source
	if source == "" {
		source = nameUUID("text\x00" + doc.Text)
	}
	q := newQuoter(doc.Text)
	at := offsets{q.index, UTF16}
	e := jsonwire.Encoder{Indent: "  "}
	e.BeginArray()
	for _, a := range annotation.Sorted(doc.Annotations) {
		quote := q.quote(a.Start, a.End)
		e.BeginObject()
		e.StringMember("uri", source)
		e.StringMember("text", a.Note)
		e.Key("tags")
		e.BeginArray()
		e.String(string(a.Type))
		e.EndArray()
		e.Key("target")
		e.BeginArray()
		writeTarget(&e, source, quote, at.at(a.Start), at.at(a.End))
		e.EndArray()
		if doc.Title != "" {
			e.Key("document")
			e.BeginObject()
			e.Key("title")
			e.BeginArray()
			e.String(doc.Title)
			e.EndArray()
			e.EndObject()
		}
		e.EndObject()
	}
	e.EndArray()
	return jsonLine(&e), Report{UTF16: true}, nil
}

// readHypothesis reads Hypothesis annotations on the text opened with them.
// The label is the first tag that names a Tippani type, else the first
// tag; an annotation without tags is a note on nothing Tippani marks and
// is counted in Report.Ignored. Its text is the note.
func readHypothesis(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
	var rep Report
	data, text, err := annotationsAndText(files)
	if err != nil {
		return nil, rep, err
	}
	if text == "" {
		return nil, rep, annotation.Errorf(annotation.CodeMissingField, "text",
			"Hypothesis annotations do not carry the text they annotate; open the text (a .txt file) together with them")
	}
	root, err := parseJSON(data)
	if err != nil {
		return nil, rep, err
	}
	items, prefix := values(root), "annotations"
	if rows := root.Get("rows"); root.Kind() == jsonwire.Object && rows.Exists() {
		items, prefix = values(rows), "rows"
	}
	p, err := newPlacer(text, unitsOr(opts, UTF16), nil, &rep)
	if err != nil {
		return nil, rep, err
	}
	title := opts.Title
	for i, item := range items {
		record := prefix + "[" + strconv.Itoa(i) + "]"
		tags := values(item.Get("tags"))
		if len(tags) == 0 {
			rep.Ignored++
			continue
		}
		f := foreign{Record: record, Label: tags[0].Str(), Note: item.Get("text").Str(), Source: annotation.SourcePerson}
		for _, t := range tags {
			if _, ok := annotation.ParseType(t.Str()); ok {
				f.Label = t.Str()
				break
			}
		}
		for _, t := range values(item.Get("target")) {
			for _, sel := range values(t.Get("selector")) {
				switch sel.Get("type").Str() {
				case "TextPositionSelector":
					var ok1, ok2 bool
					f.Start, ok1 = intField(sel, "start")
					f.End, ok2 = intField(sel, "end")
					f.HasPos = ok1 && ok2
				case "TextQuoteSelector":
					f.Quote = &anchor.Quote{Exact: sel.Get("exact").Str(), Prefix: sel.Get("prefix").Str(), Suffix: sel.Get("suffix").Str()}
				}
			}
		}
		if err := p.add(f); err != nil {
			return nil, rep, err
		}
		if t := values(item.Get("document").Get("title")); title == "" && len(t) > 0 {
			title = t[0].Str()
		}
	}
	doc, err := p.document(title, opts.Now)
	return doc, rep, err
}
