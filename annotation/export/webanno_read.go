package export

import (
	"strconv"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/internal/jsonwire"
)

// w3cFormat is W3C Web Annotation JSON-LD.
var w3cFormat = &Format{
	Name: "w3c", Title: "W3C Web Annotation", MediaType: "application/ld+json", Extension: ".jsonld",
	Write: func(doc *annotation.Document, opts WriteOptions) ([]byte, Report, error) {
		out, err := WebAnnotations(doc, WebAnnotationOptions{Source: opts.Source})
		return append(out, '\n'), Report{}, err
	},
	Read: func(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
		data, text, err := annotationsAndText(files)
		if err != nil {
			return nil, Report{}, err
		}
		return ReadWebAnnotations(data, text, opts)
	},
}

// annotationsAndText picks, from the files a person opened, the one with
// the annotations and the text file beside it: with two files, the .txt
// one is the text (or the second, when neither or both are); with one,
// there is no text ("").
func annotationsAndText(files []File) ([]byte, string, error) {
	for _, f := range files {
		if err := validUTF8(f.Name, f.Data); err != nil {
			return nil, "", err
		}
	}
	switch {
	case len(files) == 1:
		return files[0].Data, "", nil
	case len(files) != 2:
		return nil, "", annotation.Errorf(annotation.CodeBadField, "files", "open the annotations and the text they annotate: two files, not %d", len(files))
	case hasExt(files[0].Name, ".txt") && !hasExt(files[1].Name, ".txt"):
		return files[1].Data, trimBOM(string(files[0].Data)), nil
	}
	return files[0].Data, trimBOM(string(files[1].Data)), nil
}

// ReadWebAnnotations reads W3C Web Annotations as a document: an
// AnnotationCollection with an embedded first page, an AnnotationPage, a
// JSON array of annotations or a single Annotation, so that it reads
// WebAnnotations' output and that of other tools. A collection spread over
// several pages is refused, since the other pages would have to be
// fetched.
//
// The annotated text is text when not "", else the one the collection
// carries (see WebAnnotations); a file with neither is refused. For each
// annotation:
//
//   - the label comes from the first body with purpose "tagging" or
//     "classifying", else the first body that is not "commenting", else
//     bodyValue; a label that is not one of Tippani's types (see
//     annotation.ParseType) becomes a custom type; the note comes from the
//     first body with purpose "commenting", or a bodyValue that is not the
//     label;
//   - the position comes from the TextPositionSelector when the text there
//     equals the TextQuoteSelector's exact (or there is no quote);
//     otherwise the quote is found in the text (anchor.Locate), near the
//     stated position when there is one;
//   - a creator of type "Software" makes the source "model", anything
//     else "person".
//
// An annotation with no label (a comment or highlight on no entity) is
// left out and counted in Report.Ignored. Errors are *annotation.Error
// values naming the item, e.g. "items[3]".
func ReadWebAnnotations(data []byte, text string, opts ReadOptions) (*annotation.Document, Report, error) {
	var rep Report
	root, err := parseJSON(data)
	if err != nil {
		return nil, rep, err
	}
	title := opts.Title
	var items []jsonwire.Value
	switch {
	case root.Kind() == jsonwire.Array:
		items = values(root)
	case hasType(root, "AnnotationCollection"):
		first := root.Get("first")
		if first.Get("items").Kind() != jsonwire.Array {
			return nil, rep, annotation.Errorf(annotation.CodeBadFormat, "first", "the collection does not embed its first page with items")
		}
		items = values(first.Get("items"))
		// Refuse rather than silently drop annotations on pages that
		// would have to be fetched.
		total, _ := root.Get("total").Float()
		if n := len(items); first.Get("next").Exists() || total > float64(n) {
			return nil, rep, annotation.Errorf(annotation.CodeBadFormat, "first.next",
				"the collection has %d annotations on several pages; save it as a single page (%d are embedded)", int(total), n)
		}
		if l := root.Get("label").Str(); l != "" && title == "" {
			title = l
		}
		if text == "" {
			text = root.Get(textSourceKey).Get("value").Str()
		}
	case hasType(root, "AnnotationPage"):
		items = values(root.Get("items"))
	case hasType(root, "Annotation"):
		items = []jsonwire.Value{root}
	default:
		return nil, rep, annotation.Errorf(annotation.CodeBadFormat, "type", "not Web Annotation JSON: expected an Annotation, AnnotationPage or AnnotationCollection")
	}
	if text == "" {
		return nil, rep, annotation.Errorf(annotation.CodeMissingField, "text",
			"these annotations do not carry the text they annotate; open the text (a .txt file) together with them")
	}
	p, err := newPlacer(text, CodePoints, nil, &rep)
	if err != nil {
		return nil, rep, err
	}
	for i, item := range items {
		f, err := webAnnotationSpan(item, "items["+strconv.Itoa(i)+"]")
		if annotation.CodeOf(err) == annotation.CodeUnknownType && item.Kind() == jsonwire.Object {
			rep.Ignored++ // a comment or highlight on no entity
			continue
		}
		if err != nil {
			return nil, rep, err
		}
		if err := p.add(f); err != nil {
			return nil, rep, err
		}
	}
	doc, err := p.document(title, opts.Now)
	return doc, rep, err
}

// webAnnotationSpan reads what one Web Annotation says about an entity:
// its label, note, source, positions and quote (see ReadWebAnnotations).
// path names it in errors.
func webAnnotationSpan(item jsonwire.Value, path string) (foreign, error) {
	f := foreign{Record: path}
	if item.Kind() != jsonwire.Object {
		return f, annotation.Errorf(annotation.CodeBadField, path, "%s must be an object", path)
	}
	bodies := values(item.Get("body"))
	label, haveLabel := "", false
	for _, pass := range []int{0, 1} {
		for _, b := range bodies {
			purpose := b.Get("purpose").Str()
			tagging := purpose == "tagging" || purpose == "classifying"
			if haveLabel || (pass == 0 && !tagging) || purpose == "commenting" || b.Get("value").Kind() != jsonwire.String {
				continue
			}
			label, haveLabel = b.Get("value").Str(), true
		}
	}
	for _, b := range bodies {
		if b.Get("purpose").Str() == "commenting" {
			f.Note = b.Get("value").Str()
			break
		}
	}
	// bodyValue is the model's shorthand for a plain-text body.
	if v := item.Get("bodyValue"); v.Kind() == jsonwire.String {
		if _, ok := annotation.ParseType(v.Str()); (ok || f.Note != "") && !haveLabel {
			label, haveLabel = v.Str(), true
		} else if f.Note == "" {
			f.Note = v.Str()
		}
	}
	if !haveLabel {
		return f, annotation.Errorf(annotation.CodeUnknownType, path+".body", "%s has no body naming an entity type (PER, LOC, ORG, DATE, NUM or a label of its own)", path)
	}
	f.Label = label
	f.Source = annotation.SourcePerson
	for _, c := range values(item.Get("creator")) {
		if hasType(c, "Software") {
			f.Source = annotation.SourceModel
		}
	}
	for _, t := range values(item.Get("target")) {
		for _, sel := range values(t.Get("selector")) {
			switch {
			case hasType(sel, "TextPositionSelector"):
				s, e := sel.Get("start"), sel.Get("end")
				if s.Kind() == jsonwire.Number && e.Kind() == jsonwire.Number {
					f.Start, f.End, f.HasPos = intOf(s), intOf(e), true
				}
			case hasType(sel, "TextQuoteSelector"):
				f.Quote = &anchor.Quote{Exact: sel.Get("exact").Str(), Prefix: sel.Get("prefix").Str(), Suffix: sel.Get("suffix").Str()}
			}
		}
	}
	return f, nil
}

// hasType reports whether v's "type" is t or an array containing t.
func hasType(v jsonwire.Value, t string) bool {
	for _, x := range values(v.Get("type")) {
		if x.Str() == t {
			return true
		}
	}
	return false
}

// values returns v as a list: its elements when it is an array, else v
// alone, or nothing when it is missing.
func values(v jsonwire.Value) []jsonwire.Value {
	switch v.Kind() {
	case jsonwire.Missing:
		return nil
	case jsonwire.Array:
		out := make([]jsonwire.Value, 0, 4)
		for _, e := range v.Elements() {
			out = append(out, e)
		}
		return out
	}
	return []jsonwire.Value{v}
}

// intOf reads a number as an int, truncating a fraction; a number beyond
// int32's range reads as -1, which no position accepts.
func intOf(v jsonwire.Value) int {
	f, err := v.Float()
	if err != nil || f < -1 || f > 1<<31 {
		return -1
	}
	return int(f)
}
