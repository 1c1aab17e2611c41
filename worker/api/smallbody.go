package api

import (
	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// member reads one member of a small request body (see readMembers).
type member func(v jsonwire.Value, name string) error

// readMembers reads a small JSON object body whose members are all in
// known: each known member is handed to its reader once; a repeated or
// unknown member is refused (a teacher's typo, "close": true, must not
// look like success), and so is a body with none of them. The body is read
// by jsonwire, whose single pass bounds nesting and size before anything
// looks inside. want names the members for the message ("closed and/or
// revealKey").
func readMembers(body []byte, want string, known map[string]member) error {
	root, err := jsonwire.Parse(string(body))
	if err != nil {
		if e, ok := err.(*jsonwire.Error); ok && (e.Fault == jsonwire.TooDeep || e.Fault == jsonwire.TooManyTokens) {
			return annotation.Errorf(annotation.CodeBadJSON, "", "request body is refused: %s", e.Error())
		}
		return annotation.Errorf(annotation.CodeBadJSON, "", "request body is not valid JSON: %s", err.Error())
	}
	if root.Kind() != jsonwire.Object {
		return annotation.Errorf(annotation.CodeBadJSON, "", "request body must be a JSON object")
	}
	seen := map[string]bool{}
	for name, v := range root.Members() {
		if seen[name] {
			return annotation.Errorf(annotation.CodeBadJSON, name, "%s appears twice", name)
		}
		seen[name] = true
		read, ok := known[name]
		if !ok {
			return annotation.Errorf(annotation.CodeBadField, name, "%q is not understood here; send %s", name, want)
		}
		if err := read(v, name); err != nil {
			return err
		}
	}
	if len(seen) == 0 {
		return annotation.Errorf(annotation.CodeMissingField, "", "send %s", want)
	}
	return nil
}

// stringMember reads a string member into dst.
func stringMember(dst *string) member {
	return func(v jsonwire.Value, name string) error {
		if v.Kind() != jsonwire.String {
			return annotation.Errorf(annotation.CodeBadField, name, "%s must be a string", name)
		}
		*dst = v.Str()
		return nil
	}
}
