package annotation

import (
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/tidwall/gjson"
)

// Exercise is a classroom task: students mark the entity types in Types on
// Text and are scored against Key. Hints lets the student page show the
// model's suggestions; RevealKey lets students see the key after submitting.
type Exercise struct {
	Title        string       `json:"title"`
	Instructions string       `json:"instructions,omitempty"`
	Text         string       `json:"text"`
	Types        []Type       `json:"types"`
	Key          []Annotation `json:"key"`
	Hints        bool         `json:"hints"`
	RevealKey    bool         `json:"revealKey"`
}

// Allows reports whether students may mark type t in this exercise.
func (e *Exercise) Allows(t Type) bool { return slices.Contains(e.Types, t) }

var exerciseKeys = []string{"title", "instructions", "text", "types", "key", "hints", "revealKey"}

// ParseExercise reads and validates an exercise request body under
// DefaultLimits.
func ParseExercise(body []byte) (*Exercise, error) { return DefaultLimits().ParseExercise(body) }

// ParseExercise reads an exercise request body,
// {"title","instructions"?,"text","types":[...],"key":[...],"hints"?,"revealKey"?}.
// The title is required (trimmed, at most l.TitleChars); instructions are
// optional text of at most l.InstructionChars; types is a non-empty list of
// distinct valid types in any order (stored in canonical order); the key
// must pass Validate and use only the listed types; hints and revealKey
// default to false.
func (l Limits) ParseExercise(body []byte) (*Exercise, error) {
	root, err := parseObject(body)
	if err != nil {
		return nil, err
	}
	e := &Exercise{}
	var have [7]bool // indexed like exerciseKeys
	err = fields(root, "", exerciseKeys, func(i int, v gjson.Result) error {
		field := exerciseKeys[i]
		have[i] = true
		var err error
		switch i {
		case 0:
			e.Title, err = readString(v, field)
		case 1:
			e.Instructions, err = readString(v, field)
		case 2:
			e.Text, err = readString(v, field)
		case 3:
			e.Types, err = readTypes(v, field)
		case 4:
			e.Key, err = readAnnotations(v, field, l)
		case 5:
			e.Hints, err = readBool(v, field)
		case 6:
			e.RevealKey, err = readBool(v, field)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	for _, i := range []int{0, 2, 3, 4} {
		if !have[i] {
			return nil, newError(CodeMissingField, exerciseKeys[i], "%s is required", exerciseKeys[i])
		}
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
	if err := validateAt(e.Text, e.Key, l, "key"); err != nil {
		return nil, err
	}
	if err := checkTypesAllowed(e.Key, e, "key"); err != nil {
		return nil, err
	}
	return e, nil
}

// readTypes reads a non-empty array of distinct type codes and returns
// them in canonical order.
func readTypes(v gjson.Result, field string) ([]Type, error) {
	var types []Type
	err := readArray(v, field, len(Types), CodeBadField, func(i int, elem gjson.Result) error {
		path := fmt.Sprintf("%s[%d]", field, i)
		s, err := readString(elem, path)
		if err != nil {
			return err
		}
		t := Type(s)
		if !t.Valid() {
			return newError(CodeUnknownType, path, "%s %q is not one of PER, LOC, ORG, DATE, NUM", path, s)
		}
		if slices.Contains(types, t) {
			return newError(CodeBadField, path, "%s repeats %s", path, s)
		}
		types = append(types, t)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(types) == 0 {
		return nil, newError(CodeBadField, field, "%s must list at least one type", field)
	}
	slices.SortFunc(types, func(a, b Type) int { return a.Rank() - b.Rank() })
	return types, nil
}

// checkTypesAllowed refuses annotations whose type the exercise does not ask for.
func checkTypesAllowed(anns []Annotation, e *Exercise, path string) error {
	for i, a := range anns {
		if !e.Allows(a.Type) {
			field := fmt.Sprintf("%s[%d].type", path, i)
			return newError(CodeTypeNotAllowed, field, "%s %s is not one of this exercise's types", field, a.Type)
		}
	}
	return nil
}

// StudentExercise is an exercise as students receive it: everything but
// the key.
type StudentExercise struct {
	Title        string `json:"title"`
	Instructions string `json:"instructions,omitempty"`
	Text         string `json:"text"`
	Types        []Type `json:"types"`
	Hints        bool   `json:"hints"`
	RevealKey    bool   `json:"revealKey"`
}

// ForStudent returns the exercise without its key, for serving to
// students; the key is sent only after a submission, and only when
// RevealKey is set.
func (e *Exercise) ForStudent() StudentExercise {
	return StudentExercise{
		Title: e.Title, Instructions: e.Instructions, Text: e.Text,
		Types: slices.Clone(e.Types), Hints: e.Hints, RevealKey: e.RevealKey,
	}
}
