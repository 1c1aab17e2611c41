package annotation

import (
	"errors"
	"strconv"
)

// ErrorCode is a stable, machine-readable reason for rejecting input.
// Codes never change meaning; clients may switch on them.
type ErrorCode string

// Error codes. The HTTP status each one maps to is given by ErrorCode.Status.
const (
	CodeBadJSON            ErrorCode = "bad_json"             // body is not a JSON object
	CodeBadField           ErrorCode = "bad_field"            // a field has the wrong JSON type or an impossible value
	CodeMissingField       ErrorCode = "missing_field"        // a required field is absent
	CodeInvalidUTF8        ErrorCode = "invalid_utf8"         // a string is not valid UTF-8
	CodeTextTooLarge       ErrorCode = "text_too_large"       // text exceeds Limits.TextBytes
	CodeTooManyAnnotations ErrorCode = "too_many_annotations" // more than Limits.Annotations
	CodeTextNotNormalized  ErrorCode = "text_not_normalized"  // text differs from normalize.String(text)
	CodeOffsetOutOfRange   ErrorCode = "offset_out_of_range"  // an offset lies outside the text
	CodeEmptySpan          ErrorCode = "empty_span"           // end is not after start
	CodeSplitsCharacter    ErrorCode = "splits_character"     // an offset cuts a letter from its marks
	CodeOverlap            ErrorCode = "overlap"              // two annotations share a code point
	CodeUnknownType        ErrorCode = "unknown_type"         // type is not one of Types
	CodeTypeNotAllowed     ErrorCode = "type_not_allowed"     // type is valid but not part of the exercise
	CodeBadSource          ErrorCode = "bad_source"           // source is neither "model" nor "person"
	CodeBadScore           ErrorCode = "bad_score"            // score outside [0,1] or on a person's annotation
	CodeNoteTooLong        ErrorCode = "note_too_long"        // note exceeds Limits.NoteChars
	CodeTitleTooLong       ErrorCode = "title_too_long"       // title exceeds Limits.TitleChars
	CodeBadTitle           ErrorCode = "bad_title"            // title with control, invisible or bidi control characters
	CodeBadName            ErrorCode = "bad_name"             // submission name empty, too long, or with control, invisible or bidi control characters
	CodeLoneSurrogate      ErrorCode = "lone_surrogate"       // a \u escape encodes half a surrogate pair
	CodeBadCustomType      ErrorCode = "bad_custom_type"      // a custom type breaks a rule (code, name, colour, key, count)
	CodeBadFormat          ErrorCode = "bad_format"           // not a Tippani document
	CodeUnsupportedVersion ErrorCode = "unsupported_version"  // document from a newer, incompatible format version
)

// Status is the HTTP status a server should answer with for this code:
// 400 for malformed requests, 413 for requests over a size limit (text,
// annotation count, note length), 422 for
// well-formed requests whose content breaks a rule.
//
// The numbers are written out rather than taken from net/http: this package
// ships in the browser engine, and importing net/http for three constants
// would add well over a megabyte to every reader's download.
func (c ErrorCode) Status() int {
	const (
		statusBadRequest            = 400
		statusRequestEntityTooLarge = 413
		statusUnprocessableEntity   = 422
	)
	switch c {
	case CodeBadJSON, CodeBadField, CodeMissingField, CodeInvalidUTF8, CodeBadFormat:
		return statusBadRequest
	case CodeTextTooLarge, CodeTooManyAnnotations, CodeNoteTooLong:
		return statusRequestEntityTooLarge
	default:
		return statusUnprocessableEntity
	}
}

// Error is the only error type this package returns for bad input.
type Error struct {
	Code ErrorCode `json:"code"`
	// Field is the JSON path of the offending value, such as
	// "annotations[3].start", or "" when the error concerns the whole input.
	Field string `json:"field,omitempty"`
	// Message is a sentence for people; it names the field and the rule.
	Message string `json:"message"`
}

// Error returns the message prefixed by the code.
func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Status is the HTTP status hint for this error (see ErrorCode.Status).
func (e *Error) Status() int { return e.Code.Status() }

// CodeOf returns the code of the *Error in err's chain, or "" if there is none.
func CodeOf(err error) ErrorCode {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// Errorf returns an *Error with the given code and field path and a
// message formatted from format and args. Importers in other packages use
// it so that every rejection in Tippani has the same shape.
//
// The format understands the verbs %s, %v, %d and %q (as fmt does) and %%,
// for arguments that are strings or have a string kind (Type, ErrorCode),
// integers, float64 values (%v writes the shortest form), errors and
// values with a String method. This package formats its own messages so
// that the browser engine need not link fmt and reflect.
func Errorf(code ErrorCode, field, format string, args ...any) *Error {
	return newError(code, field, format, args...)
}

func newError(code ErrorCode, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: sprintf(format, args...)}
}

// sprintf formats the verbs Errorf documents.
func sprintf(format string, args ...any) string {
	b := make([]byte, 0, len(format)+32)
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		if format[i] == '%' {
			b = append(b, '%')
			continue
		}
		var arg any
		if next < len(args) {
			arg = args[next]
			next++
		}
		b = appendArg(b, format[i], arg)
	}
	return string(b)
}

func appendArg(b []byte, verb byte, arg any) []byte {
	var s string
	switch v := arg.(type) {
	case string:
		s = v
	case Type:
		s = string(v)
	case ErrorCode:
		s = string(v)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case float64:
		return strconv.AppendFloat(b, v, 'g', -1, 64)
	case error:
		s = v.Error()
	case interface{ String() string }:
		s = v.String()
	default:
		s = "?"
	}
	if verb == 'q' {
		return strconv.AppendQuote(b, s)
	}
	return append(b, s...)
}
