package export

import (
	"fmt"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"tippani/annotation"
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
	if !utf8.Valid(data) || !gjson.ValidBytes(data) {
		return nil, annotation.Errorf(annotation.CodeBadJSON, "", "the file is not valid UTF-8 JSON")
	}
	root := gjson.ParseBytes(data)
	var items gjson.Result
	switch {
	case root.IsArray():
		items = root
	case hasType(root, "AnnotationCollection"):
		items = root.Get("first.items")
		if !items.IsArray() {
			return nil, annotation.Errorf(annotation.CodeBadFormat, "first", "the collection does not embed its first page with items")
		}
		// Refuse rather than silently drop annotations on pages that
		// would have to be fetched.
		total := root.Get("total")
		if n := len(items.Array()); root.Get("first.next").Exists() || (total.Exists() && total.Int() > int64(n)) {
			return nil, annotation.Errorf(annotation.CodeBadFormat, "first.next",
				"the collection has %d annotations on several pages; save it as a single page (%d are embedded)", total.Int(), n)
		}
	case hasType(root, "AnnotationPage"):
		items = root.Get("items")
	case hasType(root, "Annotation"):
		items = gjson.Parse("[" + root.Raw + "]")
	default:
		return nil, annotation.Errorf(annotation.CodeBadFormat, "type", "not Web Annotation JSON: expected an Annotation, AnnotationPage or AnnotationCollection")
	}
	index := textpos.New(text)
	var anns []annotation.Annotation
	var err error
	i := 0
	items.ForEach(func(_, item gjson.Result) bool {
		var a annotation.Annotation
		a, err = readWebAnnotation(item, fmt.Sprintf("items[%d]", i), text, index)
		anns = append(anns, a)
		i++
		return err == nil
	})
	if err != nil {
		return nil, err
	}
	if err := annotation.Validate(text, anns, annotation.FileLimits()); err != nil {
		return nil, err
	}
	return annotation.Sorted(anns), nil
}

// hasType reports whether v's "type" is t or an array containing t.
func hasType(v gjson.Result, t string) bool {
	found := false
	v.Get("type").ForEach(func(_, x gjson.Result) bool {
		found = x.String() == t
		return !found
	})
	return found || v.Get("type").String() == t
}

// values returns v as a list: its elements when it is an array, else v.
func values(v gjson.Result) []gjson.Result {
	if v.IsArray() {
		return v.Array()
	}
	if v.Exists() {
		return []gjson.Result{v}
	}
	return nil
}

func readWebAnnotation(item gjson.Result, path, text string, index *textpos.Index) (annotation.Annotation, error) {
	var a annotation.Annotation
	if !item.IsObject() {
		return a, annotation.Errorf(annotation.CodeBadField, path, "%s must be an object", path)
	}
	bodies := values(item.Get("body"))
	for _, preferTag := range []bool{true, false} {
		for _, b := range bodies {
			purpose := b.Get("purpose").String()
			if preferTag && purpose != "tagging" && purpose != "classifying" {
				continue
			}
			if t, ok := annotation.ParseType(b.Get("value").String()); ok && a.Type == "" {
				a.Type = t
			}
		}
	}
	for _, b := range bodies {
		if b.Get("purpose").String() == "commenting" {
			a.Note = b.Get("value").String()
			break
		}
	}
	// bodyValue is the model's shorthand for a plain-text body.
	if v := item.Get("bodyValue"); v.Type == gjson.String {
		if t, ok := annotation.ParseType(v.Str); ok && a.Type == "" {
			a.Type = t
		} else if a.Note == "" {
			a.Note = v.Str
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
				if s.Type == gjson.Number && e.Type == gjson.Number {
					start, end, havePosition = int(s.Int()), int(e.Int()), true
				}
			case hasType(sel, "TextQuoteSelector"):
				quote = &Quote{Exact: sel.Get("exact").String(), Prefix: sel.Get("prefix").String(), Suffix: sel.Get("suffix").String()}
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
