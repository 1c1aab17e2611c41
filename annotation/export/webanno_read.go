package export

import (
	"strconv"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/internal/jsonwire"
	"tippani/textpos"
)

// ReadWebAnnotations reads W3C Web Annotations about text (the display
// text) and returns them as Tippani annotations, validated and sorted.
//
// It accepts an AnnotationCollection with an embedded first page, an
// AnnotationPage, a JSON array of annotations or a single Annotation, so
// that it reads WebAnnotations' output and that of other tools. A
// collection spread over several pages is refused, since the other pages
// would have to be fetched. For each annotation:
//
//   - the type comes from a body whose value annotation.ParseType accepts
//     (a "tagging" or "classifying" body first, then any body, then
//     bodyValue); the note from the first body with purpose "commenting",
//     or else from a bodyValue that is not a type;
//   - the position comes from the TextPositionSelector when the text there
//     equals the TextQuoteSelector's exact (or there is no quote);
//     otherwise the quote is re-anchored in the text (see Anchor), near the
//     stated position when there is one;
//   - a creator of type "Software" makes the source "model", anything
//     else "person".
//
// The result must pass annotation.Validate under annotation.FileLimits.
// Errors are *annotation.Error values naming the item, e.g. "items[3]".
func ReadWebAnnotations(data []byte, text string) ([]annotation.Annotation, error) {
	if !utf8.Valid(data) {
		return nil, annotation.Errorf(annotation.CodeInvalidUTF8, "", "the file is not valid UTF-8")
	}
	root, err := jsonwire.Parse(string(data))
	if err != nil {
		return nil, annotation.Errorf(annotation.CodeBadJSON, "", "the file is not valid JSON: %s", err)
	}
	var items []jsonwire.Value
	switch {
	case root.Kind() == jsonwire.Array:
		items = values(root)
	case hasType(root, "AnnotationCollection"):
		first := root.Get("first")
		if first.Get("items").Kind() != jsonwire.Array {
			return nil, annotation.Errorf(annotation.CodeBadFormat, "first", "the collection does not embed its first page with items")
		}
		items = values(first.Get("items"))
		// Refuse rather than silently drop annotations on pages that
		// would have to be fetched.
		total, _ := root.Get("total").Float()
		if n := len(items); first.Get("next").Exists() || total > float64(n) {
			return nil, annotation.Errorf(annotation.CodeBadFormat, "first.next",
				"the collection has %d annotations on several pages; save it as a single page (%d are embedded)", int(total), n)
		}
	case hasType(root, "AnnotationPage"):
		items = values(root.Get("items"))
	case hasType(root, "Annotation"):
		items = []jsonwire.Value{root}
	default:
		return nil, annotation.Errorf(annotation.CodeBadFormat, "type", "not Web Annotation JSON: expected an Annotation, AnnotationPage or AnnotationCollection")
	}
	index := textpos.New(text)
	anns := make([]annotation.Annotation, 0, len(items))
	for i, item := range items {
		a, err := readWebAnnotation(item, "items["+strconv.Itoa(i)+"]", text, index)
		if err != nil {
			return nil, err
		}
		anns = append(anns, a)
	}
	if err := annotation.Validate(text, anns, annotation.FileLimits()); err != nil {
		return nil, err
	}
	return annotation.Sorted(anns), nil
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

func readWebAnnotation(item jsonwire.Value, path, text string, index *textpos.Index) (annotation.Annotation, error) {
	var a annotation.Annotation
	if item.Kind() != jsonwire.Object {
		return a, annotation.Errorf(annotation.CodeBadField, path, "%s must be an object", path)
	}
	bodies := values(item.Get("body"))
	for _, preferTag := range []bool{true, false} {
		for _, b := range bodies {
			purpose := b.Get("purpose").Str()
			if preferTag && purpose != "tagging" && purpose != "classifying" {
				continue
			}
			if t, ok := annotation.ParseType(b.Get("value").Str()); ok && a.Type == "" {
				a.Type = t
			}
		}
	}
	for _, b := range bodies {
		if b.Get("purpose").Str() == "commenting" {
			a.Note = b.Get("value").Str()
			break
		}
	}
	// bodyValue is the model's shorthand for a plain-text body.
	if v := item.Get("bodyValue"); v.Kind() == jsonwire.String {
		if t, ok := annotation.ParseType(v.Str()); ok && a.Type == "" {
			a.Type = t
		} else if a.Note == "" {
			a.Note = v.Str()
		}
	}
	if a.Type == "" {
		return a, annotation.Errorf(annotation.CodeUnknownType, path+".body", "%s has no body naming an entity type (PER, LOC, ORG, DATE, NUM)", path)
	}
	a.Source = annotation.SourcePerson
	for _, c := range values(item.Get("creator")) {
		if hasType(c, "Software") {
			a.Source = annotation.SourceModel
		}
	}

	var quote *Quote
	start, end, havePosition := -1, -1, false
	for _, t := range values(item.Get("target")) {
		for _, sel := range values(t.Get("selector")) {
			switch {
			case hasType(sel, "TextPositionSelector"):
				s, e := sel.Get("start"), sel.Get("end")
				if s.Kind() == jsonwire.Number && e.Kind() == jsonwire.Number {
					start, end, havePosition = intOf(s), intOf(e), true
				}
			case hasType(sel, "TextQuoteSelector"):
				quote = &Quote{Exact: sel.Get("exact").Str(), Prefix: sel.Get("prefix").Str(), Suffix: sel.Get("suffix").Str()}
			}
		}
	}
	if havePosition && 0 <= start && start < end && end <= index.Runes() {
		if quote == nil || text[index.ByteOffset(start):index.ByteOffset(end)] == quote.Exact {
			a.Start, a.End = start, end
			return a, nil
		}
	}
	if quote != nil {
		if s, e, ok := anchorIn(text, index, *quote, start); ok {
			a.Start, a.End = s, e
			return a, nil
		}
		return a, annotation.Errorf(annotation.CodeOffsetOutOfRange, path+".target",
			"%s quotes %q, which cannot be found (or is ambiguous) in this text", path, quote.Exact)
	}
	if havePosition {
		return a, annotation.Errorf(annotation.CodeOffsetOutOfRange, path+".target", "%s position %d–%d does not fit this text", path, start, end)
	}
	return a, annotation.Errorf(annotation.CodeMissingField, path+".target", "%s has neither a TextPositionSelector nor a TextQuoteSelector", path)
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
