package annotation

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tippani/internal/jsonwire"
)

// CustomType is an entity type a reader adds to the five built-in ones,
// such as WORK for films and books. Documents, shares and exercises carry
// the custom types their annotations use; the recognizer never predicts
// them.
type CustomType struct {
	// Code is what annotations carry in "type" and exports carry as the
	// label (B-WORK): 2–16 upper-case ASCII letters, digits and
	// underscores, starting with a letter, and not a built-in code.
	Code Type `json:"code"`
	// Name is the English label shown to readers, 1–40 characters of
	// visible text; NameHi the Hindi one, optional.
	Name   string `json:"name"`
	NameHi string `json:"nameHi,omitempty"`
	// Color is the highlight colour as lower-case #rrggbb.
	Color string `json:"color"`
	// Key is the keyboard key that marks the type, one ASCII letter or
	// digit, unique among the types (case-insensitive; the digits 1–5 mark
	// the built-in types); optional.
	Key string `json:"key,omitempty"`
}

// MaxCustomTypes is how many custom types one document, share or exercise
// may declare.
const MaxCustomTypes = 12

// customNameChars is the longest name of a custom type, in code points.
const customNameChars = 40

// ValidCustomCode reports whether code may name a custom type: it matches
// ^[A-Z][A-Z0-9_]{1,15}$ and is not one of the built-in types.
func ValidCustomCode(code Type) bool {
	if len(code) < 2 || len(code) > 16 || code[0] < 'A' || code[0] > 'Z' || code.Valid() {
		return false
	}
	for i := 1; i < len(code); i++ {
		c := code[i]
		if !('A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// declared reports whether t is a built-in type or one of custom.
func declared(t Type, custom []CustomType) bool {
	return t.Valid() || slices.ContainsFunc(custom, func(c CustomType) bool { return c.Code == t })
}

// typeList names the types an annotation may have, for messages.
func typeList(custom []CustomType) string {
	var b strings.Builder
	b.WriteString("PER, LOC, ORG, DATE, NUM")
	for _, c := range custom {
		b.WriteString(", ")
		b.WriteString(string(c.Code))
	}
	return b.String()
}

// CheckCustomTypes checks a list of custom types by the rules on
// CustomType and MaxCustomTypes; path is the list's JSON name. It returns
// the list with names trimmed. Errors have code bad_custom_type.
func CheckCustomTypes(list []CustomType, path string) ([]CustomType, error) {
	if len(list) > MaxCustomTypes {
		return nil, newError(CodeBadCustomType, path, "%s has %d types; the limit is %d", path, len(list), MaxCustomTypes)
	}
	out := make([]CustomType, len(list))
	for i, c := range list {
		at := index(path, i)
		if !ValidCustomCode(c.Code) {
			why := "must be 2–16 upper-case letters, digits or _ starting with a letter"
			if c.Code.Valid() {
				why = "is a built-in type"
			}
			return nil, newError(CodeBadCustomType, at+".code", "%s.code %q %s", at, c.Code, why)
		}
		for j := range i {
			if list[j].Code == c.Code {
				return nil, newError(CodeBadCustomType, at+".code", "%s.code %s repeats %s[%d]", at, c.Code, path, j)
			}
		}
		var err error
		if c.Name, err = customName(c.Name, at+".name", true); err != nil {
			return nil, err
		}
		if c.NameHi, err = customName(c.NameHi, at+".nameHi", false); err != nil {
			return nil, err
		}
		if !validColor(c.Color) {
			return nil, newError(CodeBadCustomType, at+".color", "%s.color %q must be lower-case #rrggbb", at, c.Color)
		}
		if c.Key != "" {
			if err := checkKey(c.Key, at+".key", list[:i]); err != nil {
				return nil, err
			}
		}
		out[i] = c
	}
	return out, nil
}

func customName(name, field string, required bool) (string, error) {
	name, err := cleanLine(name, field, CodeBadCustomType)
	if err != nil {
		return "", err
	}
	n := utf8.RuneCountInString(name)
	if n == 0 && required {
		return "", newError(CodeBadCustomType, field, "%s is required", field)
	}
	if n > customNameChars {
		return "", newError(CodeBadCustomType, field, "%s has %d characters; the limit is %d", field, n, customNameChars)
	}
	return name, nil
}

func validColor(c string) bool {
	if len(c) != 7 || c[0] != '#' {
		return false
	}
	for i := 1; i < 7; i++ {
		if !('0' <= c[i] && c[i] <= '9' || 'a' <= c[i] && c[i] <= 'f') {
			return false
		}
	}
	return true
}

func checkKey(key, field string, earlier []CustomType) error {
	c := key[0]
	if len(key) != 1 || !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
		return newError(CodeBadCustomType, field, "%s %q must be one ASCII letter or digit", field, key)
	}
	if '1' <= c && c <= '5' {
		return newError(CodeBadCustomType, field, "%s %s marks a built-in type", field, key)
	}
	for _, e := range earlier {
		if strings.EqualFold(e.Key, key) {
			return newError(CodeBadCustomType, field, "%s %s is already the key of %s", field, key, e.Code)
		}
	}
	return nil
}

// customTypeFields is the table of a custom type object's members.
func customTypeFields(c *CustomType) []field {
	return []field{
		{"code", true, stringInto((*string)(&c.Code))},
		{"name", true, stringInto(&c.Name)},
		{"nameHi", false, stringInto(&c.NameHi)},
		{"color", true, stringInto(&c.Color)},
		{"key", false, stringInto(&c.Key)},
	}
}

// readCustomTypes reads and checks a "customTypes" list.
func readCustomTypes(v jsonwire.Value, field string) ([]CustomType, error) {
	var list []CustomType
	err := readArray(v, field, MaxCustomTypes, CodeBadCustomType, func(elem jsonwire.Value, path string) error {
		var c CustomType
		if elem.Kind() != jsonwire.Object {
			return newError(CodeBadField, path, "%s must be an object", path)
		}
		err := readFields(elem, path, customTypeFields(&c))
		list = append(list, c)
		return err
	})
	if err != nil {
		return nil, err
	}
	return CheckCustomTypes(list, field)
}

// writeCustomTypes writes list as the "customTypes" member, or nothing
// when it is empty.
func writeCustomTypes(e *jsonwire.Encoder, list []CustomType) {
	if len(list) == 0 {
		return
	}
	e.Key("customTypes")
	e.BeginArray()
	for _, c := range list {
		e.BeginObject()
		e.StringMember("code", string(c.Code))
		e.StringMember("name", c.Name)
		if c.NameHi != "" {
			e.StringMember("nameHi", c.NameHi)
		}
		e.StringMember("color", c.Color)
		if c.Key != "" {
			e.StringMember("key", c.Key)
		}
		e.EndObject()
	}
	e.EndArray()
}
