package normalize

import "fmt"

// Result is the display form of a source text with its offset map and the
// record of what changed.
type Result struct {
	// Text is the display form: valid UTF-8, NFC, stable under Display.
	Text string
	// Edits is the offset map and the list of changed positions; see Edit.
	Edits []Edit
	// Counts holds how many times each rule fired, indexed by Rule.
	Counts [numRules]int
}

// Changes returns the total number of rule applications.
func (r *Result) Changes() int {
	n := 0
	for _, c := range r.Counts {
		n += c
	}
	return n
}

// InvalidUTF8Error reports source text that is not valid UTF-8. Nothing is
// lost: the caller still holds the source and may retry in lossy mode.
type InvalidUTF8Error struct {
	Offset int // byte offset of the first invalid byte
	Byte   byte
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8: byte 0x%02x at offset %d", e.Byte, e.Offset)
}
