package annotation

import (
	"slices"
	"unicode/utf8"

	"tippani/internal/jsonwire"
)

// Exercise is a classroom task: students mark the entity types in Types on
// Text and are scored against Key. Hints lets the student page show the
// model's suggestions; RevealKey lets students see the key after submitting.
// CustomTypes declares the custom types Types and Key may use.
type Exercise struct {
	Title        string       `json:"title"`
	Instructions string       `json:"instructions,omitempty"`
	Text         string       `json:"text"`
	Types        []Type       `json:"types"`
	Key          []Annotation `json:"key"`
	Hints        bool         `json:"hints"`
	RevealKey    bool         `json:"revealKey"`
	CustomTypes  []CustomType `json:"customTypes,omitempty"`
}

// Allows reports whether students may mark type t in this exercise.
func (e *Exercise) Allows(t Type) bool { return slices.Contains(e.Types, t) }

// exerciseFields is the table of an exercise request body's members.
// Types are read as written and checked once the custom types are known.
func exerciseFields(e *Exercise, l Limits) []field {
	return []field{
		{"title", true, stringInto(&e.Title)},
		{"instructions", false, stringInto(&e.Instructions)},
		{"text", true, stringInto(&e.Text)},
		{"types", true, func(v jsonwire.Value, path string) error {
			return readArray(v, path, len(Types)+MaxCustomTypes, CodeBadField, func(elem jsonwire.Value, at string) error {
				s, err := readString(elem, at)
				e.Types = append(e.Types, Type(s))
				return err
			})
		}},
		{"key", true, annotationsInto(&e.Key, l)},
		{"hints", false, into(&e.Hints, readBool)},
		{"revealKey", false, into(&e.RevealKey, readBool)},
		{"customTypes", false, into(&e.CustomTypes, readCustomTypes)},
	}
}

// ParseExercise reads and validates an exercise request body under
// DefaultLimits.
func ParseExercise(body []byte) (*Exercise, error) { return DefaultLimits().ParseExercise(body) }

// ParseExercise reads an exercise request body,
// {"title","instructions"?,"text","types":[...],"key":[...],"hints"?,"revealKey"?,"customTypes"?}.
// The title is required (trimmed, at most l.TitleChars); instructions are
// optional text of at most l.InstructionChars; types is a non-empty list of
// distinct built-in or declared custom types in any order (stored with the
// built-in ones first in canonical order, then the custom ones as given);
// the key must pass Validate and use only the listed types; hints and
// revealKey default to false.
func (l Limits) ParseExercise(body []byte) (*Exercise, error) {
	root, err := parseObject(body, "request body")
	if err != nil {
		return nil, err
	}
	e := &Exercise{}
	if err := readFields(root, "", exerciseFields(e, l)); err != nil {
		return nil, err
	}
	if e.Title, err = l.cleanTitle(e.Title, "title", true); err != nil {
		return nil, err
	}
	if !utf8.ValidString(e.Instructions) {
		return nil, newError(CodeInvalidUTF8, "instructions", "instructions is not valid UTF-8")
	}
	if n := utf8.RuneCountInString(e.Instructions); exceeds(n, l.InstructionChars) {
		return nil, newError(CodeBadField, "instructions", "instructions has %d characters; the limit is %d", n, l.InstructionChars)
	}
	if e.Types, err = checkTypes(e.Types, "types", e.CustomTypes); err != nil {
		return nil, err
	}
	if err := validateAt(e.Text, e.Key, l, "key", e.CustomTypes); err != nil {
		return nil, err
	}
	if err := checkTypesAllowed(e.Key, e, "key"); err != nil {
		return nil, err
	}
	return e, nil
}

// checkTypes checks a non-empty list of distinct declared types and
// returns it in canonical order.
func checkTypes(types []Type, field string, custom []CustomType) ([]Type, error) {
	for i, t := range types {
		path := index(field, i)
		if !declared(t, custom) {
			return nil, newError(CodeUnknownType, path, "%s %q is not one of %s", path, t, typeList(custom))
		}
		if slices.Contains(types[:i], t) {
			return nil, newError(CodeBadField, path, "%s repeats %s", path, t)
		}
	}
	if len(types) == 0 {
		return nil, newError(CodeBadField, field, "%s must list at least one type", field)
	}
	slices.SortStableFunc(types, func(a, b Type) int { return a.Rank() - b.Rank() })
	return types, nil
}

// checkTypesAllowed refuses annotations whose type the exercise does not ask for.
func checkTypesAllowed(anns []Annotation, e *Exercise, path string) error {
	for i, a := range anns {
		if !e.Allows(a.Type) {
			field := index(path, i) + ".type"
			return newError(CodeTypeNotAllowed, field, "%s %s is not one of this exercise's types", field, a.Type)
		}
	}
	return nil
}

// StudentExercise is an exercise as students receive it: everything but
// the key.
type StudentExercise struct {
	Title        string       `json:"title"`
	Instructions string       `json:"instructions,omitempty"`
	Text         string       `json:"text"`
	Types        []Type       `json:"types"`
	Hints        bool         `json:"hints"`
	RevealKey    bool         `json:"revealKey"`
	CustomTypes  []CustomType `json:"customTypes,omitempty"`
}

// ForStudent returns the exercise without its key, for serving to
// students; the key is sent only after a submission, and only when
// RevealKey is set.
func (e *Exercise) ForStudent() StudentExercise {
	return StudentExercise{
		Title: e.Title, Instructions: e.Instructions, Text: e.Text,
		Types: slices.Clone(e.Types), Hints: e.Hints, RevealKey: e.RevealKey,
		CustomTypes: slices.Clone(e.CustomTypes),
	}
}
