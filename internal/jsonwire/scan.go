package jsonwire

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Parse checks that s is one JSON value, surrounded by nothing but white
// space, within MaxDepth and MaxTokens, with every string UTF-8 and free of
// lone surrogates, and returns a view of that value. On failure the error
// is an *Error and the Value is the zero Value.
func Parse(s string) (Value, error) {
	sc := scanner{s: s}
	if err := sc.run(); err != nil {
		return Value{}, err
	}
	return Value{raw: strings.Trim(s, " \t\r\n")}, nil
}

// frame is one open array or object during the scan.
type frame struct {
	array bool
	index int // elements before the current one (arrays)
	// key is the name of the member being read (objects), as written
	// between its quotes; keyOK is false between members.
	key   string
	keyOK bool
}

// scanner is Parse's state: the input, the read position and the stack of
// open containers.
type scanner struct {
	s      string
	i      int
	tokens int
	depth  int
	stack  [MaxDepth]frame
}

// run scans one whole input. It is a loop, not a recursion: an opened
// container pushes a frame and the loop goes on with its first element.
func (sc *scanner) run() error {
	for {
		opened, err := sc.value()
		if err != nil {
			return err
		}
		if opened {
			continue
		}
		// A value is complete: close containers until another value is due.
		for {
			sc.skipSpace()
			if sc.depth == 0 {
				if sc.i < len(sc.s) {
					return sc.fail(Syntax, "unexpected text after the JSON value")
				}
				return nil
			}
			if sc.i == len(sc.s) {
				return sc.fail(Syntax, "unexpected end of input")
			}
			f := &sc.stack[sc.depth-1]
			c := sc.s[sc.i]
			if c == ',' {
				sc.i++
				if f.array {
					f.index++
				} else if err := sc.member(); err != nil {
					return err
				}
				break
			}
			if f.array && c == ']' || !f.array && c == '}' {
				sc.i++
				sc.depth--
				continue
			}
			if f.array {
				return sc.fail(Syntax, "expected , or ] after an array element")
			}
			return sc.fail(Syntax, "expected , or } after an object member")
		}
	}
}

// value scans the value at the read position. For an array or object
// that is not empty it only opens the container and reports opened.
func (sc *scanner) value() (opened bool, err error) {
	sc.skipSpace()
	if sc.i == len(sc.s) {
		return false, sc.fail(Syntax, "unexpected end of input")
	}
	if sc.tokens++; sc.tokens > MaxTokens {
		return false, sc.fail(TooManyTokens, "more than "+strconv.Itoa(MaxTokens)+" values and names (the limit)")
	}
	switch c := sc.s[sc.i]; c {
	case '{', '[':
		if sc.depth == MaxDepth {
			return false, sc.fail(TooDeep, "arrays and objects nested more than "+strconv.Itoa(MaxDepth)+" deep (the limit)")
		}
		sc.stack[sc.depth] = frame{array: c == '['}
		sc.depth++
		sc.i++
		sc.skipSpace()
		if sc.i < len(sc.s) && sc.s[sc.i] == c+2 { // ']' is '['+2, '}' is '{'+2
			sc.i++
			sc.depth--
			return false, nil
		}
		if c == '{' {
			return true, sc.member()
		}
		return true, nil
	case '"':
		_, err := sc.str()
		return false, err
	case 't':
		return false, sc.literal("true")
	case 'f':
		return false, sc.literal("false")
	case 'n':
		return false, sc.literal("null")
	default:
		return false, sc.number()
	}
}

// member scans a member name and its colon, leaving the read position at
// the member's value.
func (sc *scanner) member() error {
	f := &sc.stack[sc.depth-1]
	f.keyOK = false
	sc.skipSpace()
	if sc.i == len(sc.s) || sc.s[sc.i] != '"' {
		return sc.fail(Syntax, "expected a member name in double quotes")
	}
	if sc.tokens++; sc.tokens > MaxTokens {
		return sc.fail(TooManyTokens, "more than "+strconv.Itoa(MaxTokens)+" values and names (the limit)")
	}
	start := sc.i
	if _, err := sc.str(); err != nil {
		return err
	}
	f.key, f.keyOK = sc.s[start+1:sc.i-1], true
	sc.skipSpace()
	if sc.i == len(sc.s) || sc.s[sc.i] != ':' {
		return sc.fail(Syntax, "expected : after a member name")
	}
	sc.i++
	return nil
}

// str scans a string and reports whether it holds escapes.
func (sc *scanner) str() (escaped bool, err error) {
	s := sc.s
	i := sc.i + 1
	for {
		for i < len(s) && s[i] >= 0x20 && s[i] < utf8.RuneSelf && s[i] != '"' && s[i] != '\\' {
			i++
		}
		if i == len(s) {
			return false, sc.fail(Syntax, "unterminated string")
		}
		switch c := s[i]; {
		case c == '"':
			sc.i = i + 1
			return escaped, nil
		case c == '\\':
			escaped = true
			n, err := sc.escape(i)
			if err != nil {
				return false, err
			}
			i += n
		case c < 0x20:
			sc.i = i
			return false, sc.fail(Syntax, "control character in a string (write it as an escape such as \\n)")
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				sc.i = i
				return false, sc.fail(InvalidUTF8, "a string is not valid UTF-8")
			}
			i += size
		}
	}
}

// escape checks the escape sequence at s[i] (a backslash) and returns its
// length. A \u escape of a high surrogate must be followed at once by one
// of a low surrogate; a low surrogate may not stand alone.
func (sc *scanner) escape(i int) (int, error) {
	s := sc.s
	if i+1 == len(s) {
		return 0, sc.failAt(i, Syntax, "unterminated string")
	}
	switch s[i+1] {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return 2, nil
	case 'u':
	default:
		return 0, sc.failAt(i, Syntax, "unknown escape \\"+string(rune(s[i+1])))
	}
	r, ok := hex4(s, i+2)
	if !ok {
		return 0, sc.failAt(i, Syntax, "\\u must be followed by four hexadecimal digits")
	}
	switch {
	case r >= 0xDC00 && r < 0xE000:
		return 0, sc.failAt(i, LoneSurrogate, "\\u"+s[i+2:i+6]+" is a lone low surrogate (half of a character)")
	case r >= 0xD800 && r < 0xDC00:
		if i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
			if lo, ok := hex4(s, i+8); ok && lo >= 0xDC00 && lo < 0xE000 {
				return 12, nil
			}
		}
		return 0, sc.failAt(i, LoneSurrogate, "\\u"+s[i+2:i+6]+" is a high surrogate not followed by a low one (half of a character)")
	}
	return 6, nil
}

// hex4 reads four hexadecimal digits at s[i:].
func hex4(s string, i int) (rune, bool) {
	if i+4 > len(s) {
		return 0, false
	}
	var r rune
	for _, c := range []byte(s[i : i+4]) {
		var d byte
		switch {
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= c && c <= 'f':
			d = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(d)
	}
	return r, true
}

func (sc *scanner) literal(word string) error {
	if !strings.HasPrefix(sc.s[sc.i:], word) {
		return sc.fail(Syntax, "expected a JSON value")
	}
	sc.i += len(word)
	return nil
}

// number scans -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.
func (sc *scanner) number() error {
	s, i := sc.s, sc.i
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		i = digits(s, i)
	default:
		return sc.fail(Syntax, "expected a JSON value")
	}
	if i < len(s) && s[i] == '.' {
		if j := digits(s, i+1); j > i+1 {
			i = j
		} else {
			return sc.failAt(i, Syntax, "a decimal point must be followed by digits")
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if k := digits(s, j); k > j {
			i = k
		} else {
			return sc.failAt(i, Syntax, "an exponent must have digits")
		}
	}
	sc.i = i
	return nil
}

func digits(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}

func (sc *scanner) skipSpace() {
	for sc.i < len(sc.s) {
		switch sc.s[sc.i] {
		case ' ', '\t', '\n', '\r':
			sc.i++
		default:
			return
		}
	}
}

func (sc *scanner) fail(f Fault, detail string) error { return sc.failAt(sc.i, f, detail) }

// failAt builds the error for a fault at byte offset at, with the path of
// the innermost value being read.
func (sc *scanner) failAt(at int, f Fault, detail string) error {
	size := 0
	for _, fr := range sc.stack[:sc.depth] {
		size += len(fr.key) + 12
	}
	path := make([]byte, 0, size)
	for _, fr := range sc.stack[:sc.depth] {
		if fr.array {
			path = append(path, '[')
			path = strconv.AppendInt(path, int64(fr.index), 10)
			path = append(path, ']')
			continue
		}
		if !fr.keyOK {
			break
		}
		if len(path) > 0 {
			path = append(path, '.')
		}
		path = append(path, unescape(fr.key)...)
	}
	return &Error{Fault: f, Offset: at, Path: string(path), Detail: detail}
}
