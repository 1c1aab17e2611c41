package jsonwire

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Encoder appends one JSON value to B: call the Begin/End, Key and value
// methods in the order the value is written, and read B when done. It
// places commas, colons and (with Indent) line breaks itself. Nesting
// deeper than 64 is a programming error and panics.
//
// Its methods are kept out of line (go:noinline): writers call them from
// hundreds of places, and inlined copies made the browser engine's code
// noticeably larger for no measurable speed.
//
// The output matches encoding/json's Marshal (MarshalIndent with prefix ""
// when Indent is set) for the same values, member order and all.
type Encoder struct {
	B      []byte
	Indent string // one level of indentation; "" writes compact JSON

	depth    int
	started  uint64 // bit d: the container at depth d has an element
	afterKey bool
}

// BeginObject opens an object.
//
//go:noinline
func (e *Encoder) BeginObject() { e.open('{') }

// EndObject closes the innermost object.
//
//go:noinline
func (e *Encoder) EndObject() { e.close('}') }

// BeginArray opens an array.
//
//go:noinline
func (e *Encoder) BeginArray() { e.open('[') }

// EndArray closes the innermost array.
//
//go:noinline
func (e *Encoder) EndArray() { e.close(']') }

// Key writes an object member's name; the next value written is its value.
//
//go:noinline
func (e *Encoder) Key(name string) {
	e.element()
	e.B = AppendString(e.B, name)
	e.B = append(e.B, ':')
	if e.Indent != "" {
		e.B = append(e.B, ' ')
	}
	e.afterKey = true
}

// String writes s as a JSON string (see AppendString).
//
//go:noinline
func (e *Encoder) String(s string) {
	e.element()
	e.B = AppendString(e.B, s)
}

// Int writes an integer.
//
//go:noinline
func (e *Encoder) Int(n int) {
	e.element()
	e.B = strconv.AppendInt(e.B, int64(n), 10)
}

// Float writes f as encoding/json does (see AppendFloat).
//
//go:noinline
func (e *Encoder) Float(f float64) {
	e.element()
	e.B = AppendFloat(e.B, f)
}

// Bool writes true or false.
//
//go:noinline
func (e *Encoder) Bool(b bool) {
	e.element()
	e.B = strconv.AppendBool(e.B, b)
}

// Null writes null.
//
//go:noinline
func (e *Encoder) Null() {
	e.element()
	e.B = append(e.B, "null"...)
}

// Raw writes JSON text that is already a complete, valid value, such as a
// Value's Raw. With Indent set it is copied as it is, not re-indented.
//
//go:noinline
func (e *Encoder) Raw(json string) {
	e.element()
	e.B = append(e.B, json...)
}

// StringMember, IntMember and BoolMember write a member in one call.
//
//go:noinline
func (e *Encoder) StringMember(name, s string) { e.Key(name); e.String(s) }

// IntMember writes a member whose value is an integer.
//
//go:noinline
func (e *Encoder) IntMember(name string, n int) { e.Key(name); e.Int(n) }

// BoolMember writes a member whose value is true or false.
//
//go:noinline
func (e *Encoder) BoolMember(name string, b bool) { e.Key(name); e.Bool(b) }

func (e *Encoder) open(c byte) {
	e.element()
	e.B = append(e.B, c)
	e.depth++
	e.started &^= 1 << e.depth
}

func (e *Encoder) close(c byte) {
	if e.started&(1<<e.depth) != 0 {
		e.newline(e.depth - 1)
	}
	e.depth--
	e.B = append(e.B, c)
}

// element writes what must come before a value: nothing after a member
// name, else a comma after an earlier element and, when indenting, a line
// break and indentation.
func (e *Encoder) element() {
	if e.afterKey {
		e.afterKey = false
		return
	}
	if e.depth == 0 {
		return
	}
	if e.started&(1<<e.depth) != 0 {
		e.B = append(e.B, ',')
	}
	e.started |= 1 << e.depth
	e.newline(e.depth)
}

func (e *Encoder) newline(depth int) {
	if e.Indent == "" {
		return
	}
	e.B = append(e.B, '\n')
	for range depth {
		e.B = append(e.B, e.Indent...)
	}
}

const hexDigits = "0123456789abcdef"

// AppendString appends s as a quoted JSON string, escaped as encoding/json
// escapes it: quotation mark, reverse solidus and control characters
// (\b \f \n \r \t by name, others as \u00XX), the HTML-significant <, >
// and & as \u003c, \u003e and \u0026, the line and paragraph separators
// U+2028 and U+2029 (which end a line in older JavaScript), and each byte
// of invalid UTF-8 as \ufffd.
func AppendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// AppendFloat appends f as encoding/json writes a float64: the shortest
// decimal that reads back to f, in exponent form only below 1e-6 or from
// 1e21 up, with a one-digit exponent written as such (1e-7, not 1e-07).
// JSON has no NaN or infinity; they are written as null.
func AppendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
