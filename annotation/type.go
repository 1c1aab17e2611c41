package annotation

import "strings"

// Type is an entity type. Its value is the short code used in JSON, CoNLL
// tags and CSV ("PER", "LOC", ...). The zero value is not a valid type.
type Type string

// The entity types Tippani knows, in their canonical order.
const (
	PER  Type = "PER"  // a person
	LOC  Type = "LOC"  // a place
	ORG  Type = "ORG"  // an organisation
	DATE Type = "DATE" // a date or time expression
	NUM  Type = "NUM"  // a number or quantity
)

// Types lists every valid type in canonical order. Callers must not modify it.
var Types = []Type{PER, LOC, ORG, DATE, NUM}

type typeNames struct{ english, hindi string }

var names = map[Type]typeNames{
	PER:  {"person", "व्यक्ति"},
	LOC:  {"place", "स्थान"},
	ORG:  {"organisation", "संगठन"},
	DATE: {"date or time", "तिथि/समय"},
	NUM:  {"number", "संख्या"},
}

// Valid reports whether t is one of Types.
func (t Type) Valid() bool {
	_, ok := names[t]
	return ok
}

// Label is the English label shown to readers ("person", "place", ...);
// it is "" for an invalid type.
func (t Type) Label() string { return names[t].english }

// HindiLabel is the Hindi label shown to readers ("व्यक्ति", "स्थान", ...);
// it is "" for an invalid type.
func (t Type) HindiLabel() string { return names[t].hindi }

// Rank is the position of t in Types, or len(Types) for an invalid type, so
// that sorting by Rank puts types in canonical order.
func (t Type) Rank() int {
	for i, known := range Types {
		if known == t {
			return i
		}
	}
	return len(Types)
}

// ParseType reads a type written by a person or another tool: the code in
// any letter case ("per"), an English label ("person", "organization" with a
// z too), a Hindi label ("व्यक्ति", "तिथि", "समय"), or a CoNLL-corpus tag name
// ("PERSON", "LOCATION", "ORGANIZATION", "TIMEX", "NUMEX", "NEP", "NEL",
// "NEO", "NETI", "NEN"). It reports false for anything else.
func ParseType(s string) (Type, bool) {
	s = strings.TrimSpace(s)
	if t, ok := aliases[strings.ToLower(s)]; ok {
		return t, true
	}
	return "", false
}

// aliases maps lower-cased spellings to types.
var aliases = func() map[string]Type {
	m := map[string]Type{
		"organization": ORG, "date": DATE, "time": DATE,
		"तिथि": DATE, "समय": DATE,
		"person": PER, "location": LOC, "timex": DATE, "numex": NUM,
		"nep": PER, "nel": LOC, "neo": ORG, "neti": DATE, "nen": NUM,
	}
	for t, n := range names {
		m[strings.ToLower(string(t))] = t
		m[n.english] = t
		m[n.hindi] = t
	}
	return m
}()
