package annotation

import (
	"unicode/utf8"

	"tippani/internal/jsonwire"
)

// Unplaced is an annotation that could not be moved onto a revised text:
// the words it marked were deleted or changed beyond recognition. It is
// never dropped silently; it is kept, with the words it marked and a little
// of their surroundings in the text it was made on, so that a person can
// place it by hand or discard it.
//
// Annotation keeps the offsets it had in the earlier text. Quote is the
// text it covered there, Prefix and Suffix a few words before and after it
// (as a W3C TextQuoteSelector has them).
type Unplaced struct {
	Annotation Annotation `json:"annotation"`
	Quote      string     `json:"quote"`
	Prefix     string     `json:"prefix,omitempty"`
	Suffix     string     `json:"suffix,omitempty"`
}

// unplacedFields is the table of an unplaced annotation's members.
func unplacedFields(u *Unplaced) []field {
	return []field{
		{"annotation", true, func(v jsonwire.Value, path string) error {
			return readAnnotationInto(v, path, annotationFields(&u.Annotation))
		}},
		{"quote", true, stringInto(&u.Quote)},
		{"prefix", false, stringInto(&u.Prefix)},
		{"suffix", false, stringInto(&u.Suffix)},
	}
}

// check validates an unplaced annotation on its own, since its offsets
// belong to a text the document no longer holds: a non-empty span with a
// declared type, a valid source, score and note, and a non-empty quote of
// valid UTF-8.
func (u Unplaced) check(path string, limits Limits, custom []CustomType) error {
	a := u.Annotation
	at := path + ".annotation"
	if a.Start < 0 || a.End <= a.Start {
		return newError(CodeEmptySpan, at, "%s covers no text: end %d must be greater than start %d ≥ 0", at, a.End, a.Start)
	}
	if !declared(a.Type, custom) {
		return newError(CodeUnknownType, at+".type", "%s.type %q is not one of %s", at, string(a.Type), typeList(custom))
	}
	if err := validateFields(a, limits, at); err != nil {
		return err
	}
	for _, s := range []struct{ name, v string }{{"quote", u.Quote}, {"prefix", u.Prefix}, {"suffix", u.Suffix}} {
		if !utf8.ValidString(s.v) {
			return newError(CodeInvalidUTF8, path+"."+s.name, "%s.%s is not valid UTF-8", path, s.name)
		}
	}
	if u.Quote == "" {
		return newError(CodeMissingField, path+".quote", "%s.quote is empty; it must hold the text the annotation covered", path)
	}
	return nil
}

// write writes u as a JSON object.
func (u Unplaced) write(e *jsonwire.Encoder) {
	e.BeginObject()
	e.Key("annotation")
	WriteAnnotation(e, u.Annotation)
	e.StringMember("quote", u.Quote)
	if u.Prefix != "" {
		e.StringMember("prefix", u.Prefix)
	}
	if u.Suffix != "" {
		e.StringMember("suffix", u.Suffix)
	}
	e.EndObject()
}
