package jsonwire

import "strconv"

// Limits on every input Parse accepts.
const (
	// MaxDepth is the deepest nesting of arrays and objects accepted:
	// [[1]] has depth 2. Tippani's own messages nest at most 4 deep.
	MaxDepth = 32
	// MaxTokens is the most values and member names one input may hold.
	// A share at the service's limit of 5,000 annotations holds about
	// 70,000.
	MaxTokens = 1 << 21
)

// Fault says which rule an input broke.
type Fault uint8

// The faults Parse reports.
const (
	Syntax        Fault = iota + 1 // not JSON
	TooDeep                        // nested deeper than MaxDepth
	TooManyTokens                  // more than MaxTokens values and names
	InvalidUTF8                    // a string that is not UTF-8
	LoneSurrogate                  // a \u escape encoding half a surrogate pair
)

// Error is the only error Parse returns.
type Error struct {
	Fault  Fault
	Offset int    // byte offset of the fault in the input
	Path   string // JSON path of the value holding the fault, "" at the top
	Detail string // what was wrong, for people
}

// Error returns a sentence naming the fault, its path and its offset.
func (e *Error) Error() string {
	s := e.Detail
	if e.Path != "" {
		s += " in " + e.Path
	}
	return s + " (byte " + strconv.Itoa(e.Offset) + ")"
}
