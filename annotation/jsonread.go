package annotation

import (
	"bytes"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// This file holds the small gjson readers the request parsers share. Each
// returns an *Error naming the field path, so callers only pass errors up.

// maxInt is the largest integer a request may carry (offsets, versions).
// Anything larger cannot be a code point offset into an allowed text.
const maxInt = math.MaxInt32

// parseObject checks that body is UTF-8 JSON whose top level is an object.
func parseObject(body []byte) (gjson.Result, error) {
	if !utf8.Valid(body) {
		return gjson.Result{}, newError(CodeInvalidUTF8, "", "request body is not valid UTF-8")
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return gjson.Result{}, newError(CodeBadJSON, "", "request body is empty; a JSON object is expected")
	}
	if !gjson.ValidBytes(body) {
		return gjson.Result{}, newError(CodeBadJSON, "", "request body is not valid JSON")
	}
	root := gjson.ParseBytes(body)
	if !root.IsObject() {
		return gjson.Result{}, newError(CodeBadJSON, "", "request body must be a JSON object")
	}
	return root, nil
}

// fields walks obj once and hands each member whose key is in known to set
// under its position in known. A repeated known key is an error, because
// JSON readers disagree about which copy wins. Unknown keys are ignored so
// that newer clients can add fields. null counts as absent.
func fields(obj gjson.Result, path string, known []string, set func(i int, v gjson.Result) error) error {
	var seen uint64 // bit i set once known[i] was met; len(known) ≤ 64
	var err error
	obj.ForEach(func(key, value gjson.Result) bool {
		for i, name := range known {
			if key.Str != name {
				continue
			}
			if seen&(1<<i) != 0 {
				err = newError(CodeBadJSON, join(path, name), "%s appears twice", join(path, name))
				return false
			}
			seen |= 1 << i
			if value.Type != gjson.Null {
				err = set(i, value)
			}
			return err == nil
		}
		return true
	})
	return err
}

// join builds a field path: join("", "text") = "text",
// join("annotations[2]", "end") = "annotations[2].end".
func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

func readString(v gjson.Result, field string) (string, error) {
	if v.Type != gjson.String {
		return "", newError(CodeBadField, field, "%s must be a string", field)
	}
	return v.Str, nil
}

func readBool(v gjson.Result, field string) (bool, error) {
	if v.Type != gjson.True && v.Type != gjson.False {
		return false, newError(CodeBadField, field, "%s must be true or false", field)
	}
	return v.Type == gjson.True, nil
}

// readCount reads a non-negative integer written without fraction or
// exponent, at most maxInt.
func readCount(v gjson.Result, field string) (int, error) {
	if v.Type != gjson.Number {
		return 0, newError(CodeBadField, field, "%s must be an integer", field)
	}
	raw := v.Raw
	digits := raw
	if len(raw) > 0 && raw[0] == '-' {
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

func readFloat(v gjson.Result, field string) (float64, error) {
	if v.Type != gjson.Number {
		return 0, newError(CodeBadField, field, "%s must be a number", field)
	}
	f, err := strconv.ParseFloat(v.Raw, 64)
	if err != nil {
		return 0, newError(CodeBadField, field, "%s is out of range", field)
	}
	return f, nil
}

// readArray checks that v is an array of at most limit elements (0 means
// unlimited) and calls each for every element, stopping at the first error.
// The count is checked before any element is read, so an oversized request
// is refused without decoding it.
func readArray(v gjson.Result, field string, limit int, code ErrorCode, each func(i int, elem gjson.Result) error) error {
	if !v.IsArray() {
		return newError(CodeBadField, field, "%s must be an array", field)
	}
	n := 0
	v.ForEach(func(_, _ gjson.Result) bool { n++; return true })
	if exceeds(n, limit) {
		return newError(code, field, "%s has %d elements; the limit is %d", field, n, limit)
	}
	i := 0
	var err error
	v.ForEach(func(_, elem gjson.Result) bool {
		err = each(i, elem)
		i++
		return err == nil
	})
	return err
}

// annotationKeys are the members of an annotation object, in the order the
// switch in readAnnotation expects.
var annotationKeys = []string{"start", "end", "type", "note", "source", "score"}

// readAnnotations reads a JSON array of annotation objects. It checks JSON
// shapes only; Validate checks them against the text.
func readAnnotations(v gjson.Result, field string, limits Limits) ([]Annotation, error) {
	var anns []Annotation
	err := readArray(v, field, limits.Annotations, CodeTooManyAnnotations, func(i int, elem gjson.Result) error {
		path := field + "[" + strconv.Itoa(i) + "]"
		a, err := readAnnotation(elem, path)
		anns = append(anns, a)
		return err
	})
	if err != nil {
		return nil, err
	}
	if anns == nil {
		anns = []Annotation{}
	}
	return anns, nil
}

func readAnnotation(obj gjson.Result, path string) (Annotation, error) {
	var a Annotation
	if !obj.IsObject() {
		return a, newError(CodeBadField, path, "%s must be an object", path)
	}
	var have [3]bool // start, end, type
	err := fields(obj, path, annotationKeys, func(i int, v gjson.Result) error {
		field := join(path, annotationKeys[i])
		var err error
		switch i {
		case 0:
			a.Start, err = readCount(v, field)
			have[0] = true
		case 1:
			a.End, err = readCount(v, field)
			have[1] = true
		case 2:
			var typ string
			typ, err = readString(v, field)
			a.Type = Type(typ)
			have[2] = true
		case 3:
			a.Note, err = readString(v, field)
		case 4:
			a.Source, err = readString(v, field)
		case 5:
			a.Score, err = readFloat(v, field)
		}
		return err
	})
	if err != nil {
		return a, err
	}
	for i, ok := range have {
		if !ok {
			return a, newError(CodeMissingField, join(path, annotationKeys[i]), "%s is required", join(path, annotationKeys[i]))
		}
	}
	return a, nil
}
