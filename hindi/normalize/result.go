package normalize

import "strconv"

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
	const hex = "0123456789abcdef"
	return "invalid UTF-8: byte 0x" + string([]byte{hex[e.Byte>>4], hex[e.Byte&15]}) + " at offset " + strconv.Itoa(e.Offset)
}
