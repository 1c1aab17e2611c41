// Package jsonwire reads and writes the JSON messages that cross Tippani's
// boundaries: request bodies in the edge worker, files and arguments in the
// command line, and every call into the browser engine.
//
// # Reading
//
// Parse makes one pass over the whole input before anything else looks at
// it. The pass is a loop over an explicit stack, never a recursion, so no
// input can exhaust the Go stack however it is nested, and it refuses:
//
//   - text that is not JSON (RFC 8259), with the byte offset of the fault;
//   - nesting deeper than MaxDepth (32) arrays and objects;
//   - more than MaxTokens (2,097,152) values and member names;
//   - strings that are not UTF-8, or whose \u escapes encode a lone
//     surrogate (a high surrogate not followed by a low one, or a low one on
//     its own), which could not be stored as text without changing it.
//
// Each refusal is an *Error that says which limit or rule was broken and,
// when the fault is inside a member, the JSON path of the value ("annotations[3].note").
//
// After the pass, a Value is a view of a slice of the input: nothing is
// decoded until asked for, members are found by scanning, and a string
// without escapes is returned as a substring of the input with no
// allocation. Parse itself allocates nothing when the input is valid.
//
// Memory. Parsing allocates nothing in proportion to the input: the stack
// is a fixed array of MaxDepth frames. Reading a value allocates only for
// strings that hold escapes (their decoded copy, never longer than the
// escaped text). The budget of MaxTokens bounds what a caller building Go
// values from a document can be asked to allocate.
//
// # Writing
//
// Encoder appends JSON to a byte slice: objects, arrays, strings, integers,
// floats and booleans, compact or indented. Its strings and numbers are
// written exactly as encoding/json writes them (strings escaped for HTML
// embedding too: <, > and & as \u003c, \u003e and \u0026, and U+2028 and
// U+2029 escaped), so its output can be pasted into a page or a script
// without further escaping. The package uses neither reflection nor fmt,
// so the browser engine can link it without encoding/json's weight.
package jsonwire
