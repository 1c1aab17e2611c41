package annotation

import (
	"math"
	"strconv"
	"unicode/utf8"

	"tippani/internal/jsonwire"
)

// This file holds the readers every request body and document shares: the
// one parse of a whole body, the table-driven object reader and the small
// readers of members. Each returns an *Error naming the field path, so
// callers only pass errors up.

// maxInt is the largest integer a request may carry (offsets, versions).
// Anything larger cannot be a code point offset into an allowed text.
const maxInt = math.MaxInt32

// parseObject checks that body is UTF-8 JSON within jsonwire's limits
// (nesting depth 32, 2,097,152 values and names) whose top level is an
// object. what names the body in messages ("request body", "document").
func parseObject(body []byte, what string) (jsonwire.Value, error) {
	if !utf8.Valid(body) {
		return jsonwire.Value{}, newError(CodeInvalidUTF8, "", "%s is not valid UTF-8", what)
	}
	root, err := jsonwire.Parse(string(body))
	if err != nil {
		e := err.(*jsonwire.Error)
		switch e.Fault {
		case jsonwire.LoneSurrogate:
			return jsonwire.Value{}, newError(CodeLoneSurrogate, e.Path,
				"%s holds an escaped lone surrogate (%s), which is not text; send the character itself or its full surrogate pair", fieldName(e.Path), e.Detail)
		case jsonwire.TooDeep, jsonwire.TooManyTokens:
			return jsonwire.Value{}, newError(CodeBadJSON, "", "%s is refused: %s", what, e.Error())
		}
		if len(body) == 0 || root.Kind() == jsonwire.Missing && isSpace(body) {
			return jsonwire.Value{}, newError(CodeBadJSON, "", "%s is empty; a JSON object is expected", what)
		}
		return jsonwire.Value{}, newError(CodeBadJSON, "", "%s is not valid JSON: %s", what, e.Error())
	}
	if root.Kind() != jsonwire.Object {
		return jsonwire.Value{}, newError(CodeBadJSON, "", "%s must be a JSON object", what)
	}
	return root, nil
}

func isSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// fieldName is path, or "the body" for the top level.
func fieldName(path string) string {
	if path == "" {
		return "the body"
	}
	return path
}

// field is one member an object may have: its name, whether it must be
// there, and how to read it into the value being built (a setter bound to
// that value). A member that is null counts as absent, so a null required
// member is missing_field. Tables are built by a function of the value they
// fill (shareFields(s, l), ...), so that reading needs neither reflection
// nor generic code per type.
type field struct {
	name     string
	required bool
	set      func(v jsonwire.Value, path string) error
}

// readFields reads obj by table: each member named in table is handed to
// its setter once; a repeated known name is refused (JSON readers disagree
// about which copy wins); unknown names are ignored so that newer clients
// can add members; a required member that is absent or null is
// missing_field. len(table) ≤ 64.
func readFields(obj jsonwire.Value, path string, table []field) error {
	var seen, present uint64
	for name, v := range obj.Members() {
		i := 0
		for i < len(table) && table[i].name != name {
			i++
		}
		if i == len(table) {
			continue
		}
		bit := uint64(1) << i
		if seen&bit != 0 {
			return newError(CodeBadJSON, join(path, name), "%s appears twice", join(path, name))
		}
		seen |= bit
		if v.Kind() == jsonwire.Null {
			continue
		}
		present |= bit
		if err := table[i].set(v, join(path, name)); err != nil {
			return err
		}
	}
	for i, f := range table {
		if f.required && present&(1<<i) == 0 {
			return newError(CodeMissingField, join(path, f.name), "%s is required", join(path, f.name))
		}
	}
	return nil
}

// into binds a member reader to the place its value goes: the setter most
// table entries need.
func into[T any](dst *T, read func(jsonwire.Value, string) (T, error)) func(jsonwire.Value, string) error {
	return func(v jsonwire.Value, path string) (err error) {
		*dst, err = read(v, path)
		return err
	}
}

func stringInto(dst *string) func(jsonwire.Value, string) error { return into(dst, readString) }

func annotationsInto(dst *[]Annotation, l Limits) func(jsonwire.Value, string) error {
	return into(dst, func(v jsonwire.Value, path string) ([]Annotation, error) { return readAnnotations(v, path, l) })
}

// join builds a field path: join("", "text") = "text",
// join("annotations[2]", "end") = "annotations[2].end".
func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// index builds an element path: index("key", 3) = "key[3]".
func index(path string, i int) string {
	return path + "[" + strconv.Itoa(i) + "]"
}

func readString(v jsonwire.Value, field string) (string, error) {
	if v.Kind() != jsonwire.String {
		return "", newError(CodeBadField, field, "%s must be a string", field)
	}
	return v.Str(), nil
}

func readBool(v jsonwire.Value, field string) (bool, error) {
	if v.Kind() != jsonwire.Bool {
		return false, newError(CodeBadField, field, "%s must be true or false", field)
	}
	return v.Bool(), nil
}

// readCount reads a non-negative integer written without fraction or
// exponent, at most maxInt.
func readCount(v jsonwire.Value, field string) (int, error) {
	if v.Kind() != jsonwire.Number {
		return 0, newError(CodeBadField, field, "%s must be an integer", field)
	}
	raw := v.Raw()
	digits := raw
	if raw[0] == '-' {
		digits = raw[1:]
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, newError(CodeBadField, field, "%s must be an integer", field)
		}
	}
	if len(digits) != len(raw) {
		return 0, newError(CodeBadField, field, "%s must not be negative", field)
	}
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil || n > maxInt {
		return 0, newError(CodeBadField, field, "%s is too large", field)
	}
	return int(n), nil
}

func readFloat(v jsonwire.Value, field string) (float64, error) {
	if v.Kind() != jsonwire.Number {
		return 0, newError(CodeBadField, field, "%s must be a number", field)
	}
	f, err := v.Float()
	if err != nil {
		return 0, newError(CodeBadField, field, "%s is out of range", field)
	}
	return f, nil
}

// readArray checks that v is an array of at most limit elements (0 means
// unlimited) and calls each for every element with its path, stopping at
// the first error. The count is checked before any element is read, so an
// oversized request is refused without decoding it.
func readArray(v jsonwire.Value, field string, limit int, code ErrorCode, each func(elem jsonwire.Value, path string) error) error {
	if v.Kind() != jsonwire.Array {
		return newError(CodeBadField, field, "%s must be an array", field)
	}
	if limit > 0 {
		if n := v.Len(); n > limit {
			return newError(code, field, "%s has %d elements; the limit is %d", field, n, limit)
		}
	}
	for i, elem := range v.Elements() {
		if err := each(elem, index(field, i)); err != nil {
			return err
		}
	}
	return nil
}

// readAnnotations reads a JSON array of annotation objects. It checks JSON
// shapes only; Validate checks them against the text.
func readAnnotations(v jsonwire.Value, field string, limits Limits) ([]Annotation, error) {
	anns := []Annotation{}
	if v.Kind() == jsonwire.Array && limits.Annotations == 0 {
		anns = make([]Annotation, 0, v.Len())
	}
	var a Annotation
	table := annotationFields(&a)
	err := readArray(v, field, limits.Annotations, CodeTooManyAnnotations, func(elem jsonwire.Value, path string) error {
		a = Annotation{}
		err := readAnnotationInto(elem, path, table)
		anns = append(anns, a)
		return err
	})
	if err != nil {
		return nil, err
	}
	return anns, nil
}

// annotationFields is the table of an annotation object's members.
func annotationFields(a *Annotation) []field {
	return []field{
		{"start", true, into(&a.Start, readCount)},
		{"end", true, into(&a.End, readCount)},
		{"type", true, stringInto((*string)(&a.Type))},
		{"note", false, stringInto(&a.Note)},
		{"source", false, stringInto(&a.Source)},
		{"score", false, into(&a.Score, readFloat)},
	}
}

// readAnnotationInto reads one annotation object by its table.
func readAnnotationInto(obj jsonwire.Value, path string, table []field) error {
	if obj.Kind() != jsonwire.Object {
		return newError(CodeBadField, path, "%s must be an object", path)
	}
	return readFields(obj, path, table)
}
