package jsonwire

import (
	"iter"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Kind is the JSON type of a Value.
type Kind uint8

// The kinds of Value. Missing is the zero Value: a member that is absent.
const (
	Missing Kind = iota
	Null
	Bool
	Number
	String
	Array
	Object
)

// Value is one JSON value inside an input Parse accepted: a view of its
// text, decoded only on request. The zero Value is Missing.
type Value struct {
	raw string // the value's text, validated by Parse
}

// Kind reports the value's JSON type.
func (v Value) Kind() Kind {
	if v.raw == "" {
		return Missing
	}
	switch v.raw[0] {
	case 'n':
		return Null
	case 't', 'f':
		return Bool
	case '"':
		return String
	case '[':
		return Array
	case '{':
		return Object
	}
	return Number
}

// Exists reports whether the value is present (even if null).
func (v Value) Exists() bool { return v.raw != "" }

// Raw is the value's JSON text as it appeared in the input.
func (v Value) Raw() string { return v.raw }

// Bool is true for the literal true and false for anything else.
func (v Value) Bool() bool { return v.raw == "true" }

// Str is the decoded string for a String and "" for any other kind. A
// string written without escapes is returned as part of the input, with no
// copy.
func (v Value) Str() string {
	if v.Kind() != String {
		return ""
	}
	body := v.raw[1 : len(v.raw)-1]
	if strings.IndexByte(body, '\\') < 0 {
		return body
	}
	return unescape(body)
}

// Float is the number's value as strconv.ParseFloat reads it, with its
// error for numbers beyond float64's range; 0 and an error for a value that
// is not a Number.
func (v Value) Float() (float64, error) {
	if v.Kind() != Number {
		return 0, strconv.ErrSyntax
	}
	return strconv.ParseFloat(v.raw, 64)
}

// Members yields an object's member names (decoded) and values in input
// order, repeated names included; nothing for any other kind.
func (v Value) Members() iter.Seq2[string, Value] {
	return func(yield func(string, Value) bool) {
		if v.Kind() != Object {
			return
		}
		s := v.raw
		i := skipSpace(s, 1)
		for s[i] != '}' {
			if s[i] == ',' {
				i = skipSpace(s, i+1)
			}
			end := stringEnd(s, i)
			name := s[i+1 : end-1]
			if strings.IndexByte(name, '\\') >= 0 {
				name = unescape(name)
			}
			i = skipSpace(s, skipSpace(s, end)+1) // past the colon
			end = valueEnd(s, i)
			if !yield(name, Value{s[i:end]}) {
				return
			}
			i = skipSpace(s, end)
		}
	}
}

// Elements yields an array's elements with their indexes; nothing for any
// other kind.
func (v Value) Elements() iter.Seq2[int, Value] {
	return func(yield func(int, Value) bool) {
		if v.Kind() != Array {
			return
		}
		s := v.raw
		i := skipSpace(s, 1)
		for n := 0; s[i] != ']'; n++ {
			if s[i] == ',' {
				i = skipSpace(s, i+1)
			}
			end := valueEnd(s, i)
			if !yield(n, Value{s[i:end]}) {
				return
			}
			i = skipSpace(s, end)
		}
	}
}

// Len is the number of elements of an array or members of an object, and
// 0 for any other kind. It scans the value once without decoding it.
func (v Value) Len() int {
	n := 0
	switch v.Kind() {
	case Array:
		for range v.Elements() {
			n++
		}
	case Object:
		for range v.Members() {
			n++
		}
	}
	return n
}

// Get returns the first member of an object with the given name, or the
// Missing value.
func (v Value) Get(name string) Value {
	for k, m := range v.Members() {
		if k == name {
			return m
		}
	}
	return Value{}
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the offset just past the string starting at s[i].
func stringEnd(s string, i int) int {
	for i++; ; i++ {
		switch s[i] {
		case '"':
			return i + 1
		case '\\':
			i++
		}
	}
}

// valueEnd returns the offset just past the value starting at s[i], which
// Parse has validated, counting brackets rather than recursing.
func valueEnd(s string, i int) int {
	switch s[i] {
	case '"':
		return stringEnd(s, i)
	case '[', '{':
		depth := 0
		for {
			switch s[i] {
			case '"':
				i = stringEnd(s, i)
				continue
			case '[', '{':
				depth++
			case ']', '}':
				if depth--; depth == 0 {
					return i + 1
				}
			}
			i++
		}
	}
	for i < len(s) {
		switch s[i] {
		case ',', ']', '}', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// unescape decodes the body of a validated string that holds escapes.
func unescape(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			b = append(b, c)
			i++
			continue
		}
		switch s[i+1] {
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, _ := hex4(s, i+2)
			if r >= 0xD800 && r < 0xDC00 {
				lo, _ := hex4(s, i+8)
				r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
				i += 6
			}
			b = utf8.AppendRune(b, r)
			i += 6
			continue
		default: // " \ /
			b = append(b, s[i+1])
		}
		i += 2
	}
	return string(b)
}
