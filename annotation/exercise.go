package annotation

import (
	"slices"
	"unicode/utf8"

	"tippani/internal/jsonwire"
)

// Exercise is a classroom task: students mark the entity types in Types on
// Text and are scored against Key. Hints lets the student page show the
// model's suggestions. The key is shown to everyone once RevealKey is set;
// KeyAfterHandIn shows it to each student in the answer to their own
// hand-in, and to no one else. CustomTypes declares the custom types Types
// and Key may use. Roster is the class list a teacher may paste, names in
// display form (see FoldName); students pick theirs.
type Exercise struct {
	Title          string       `json:"title"`
	Instructions   string       `json:"instructions,omitempty"`
	Text           string       `json:"text"`
	Types          []Type       `json:"types"`
	Key            []Annotation `json:"key"`
	Hints          bool         `json:"hints"`
	RevealKey      bool         `json:"revealKey"`
	KeyAfterHandIn bool         `json:"keyAfterHandIn"`
	CustomTypes    []CustomType `json:"customTypes,omitempty"`
	Roster         []string     `json:"roster,omitempty"`
}

// MaxStudents is how many students one exercise takes, roster names
// included: a hand-in that would be the next student is refused.
const MaxStudents = 500

// AfterHandIn is the value of revealKey that shows the key to each student
// only in the answer to their own hand-in.
const AfterHandIn = "afterHandIn"

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
		{"revealKey", false, func(v jsonwire.Value, path string) (err error) {
			e.RevealKey, e.KeyAfterHandIn, err = ReadRevealKey(v, path)
			return err
		}},
		{"customTypes", false, into(&e.CustomTypes, readCustomTypes)},
		{"roster", false, func(v jsonwire.Value, path string) error {
			return readArray(v, path, MaxStudents, CodeBadField, func(elem jsonwire.Value, at string) error {
				s, err := readString(elem, at)
				e.Roster = append(e.Roster, s)
				return err
			})
		}},
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
// revealKey default to false. revealKey is true (the key is shown to
// everyone now), false (kept until the teacher reveals it) or
// "afterHandIn" (see ReadRevealKey). roster is an optional list of at most
// MaxStudents distinct names (folded by FoldName, compared by key).
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
	if e.Roster, err = l.foldRoster(e.Roster); err != nil {
		return nil, err
	}
	return e, nil
}

// ReadRevealKey reads a revealKey member: true shows the key to everyone
// (reveal), false to no one, and "afterHandIn" to each student with their
// own hand-in (afterHandIn).
func ReadRevealKey(v jsonwire.Value, path string) (reveal, afterHandIn bool, err error) {
	switch {
	case v.Kind() == jsonwire.Bool:
		return v.Bool(), false, nil
	case v.Kind() == jsonwire.String && v.Str() == AfterHandIn:
		return false, true, nil
	}
	return false, false, newError(CodeBadField, path, "%s must be true, false or %q", path, AfterHandIn)
}

// foldRoster folds every roster name and refuses two that are the same
// name (equal keys).
func (l Limits) foldRoster(names []string) ([]string, error) {
	keys := make(map[string]int, len(names))
	for i, n := range names {
		at := index("roster", i)
		display, key, err := l.FoldName(n, at)
		if err != nil {
			return nil, err
		}
		if j, dup := keys[key]; dup {
			return nil, newError(CodeBadName, at, "%s %q is the same name as roster[%d]", at, display, j)
		}
		keys[key] = i
		names[i] = display
	}
	return names, nil
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
