package annotation

// Limits bounds what Validate and the parsers accept. The zero value of a
// field means "no limit"; use DefaultLimits for the service's limits.
type Limits struct {
	TextBytes        int // maximum text size in UTF-8 bytes
	Annotations      int // maximum number of annotations in one set
	NoteChars        int // maximum note length in code points
	TitleChars       int // maximum title length in code points
	InstructionChars int // maximum exercise instructions length in code points
	NameChars        int // maximum submission name length in code points
}

// DefaultLimits returns the limits the service applies to every share,
// exercise and submission: text up to 200 KB (204,800 bytes of UTF-8, about
// 70,000 Devanagari letters), 5,000 annotations, notes of 2,000 characters,
// titles of 200, instructions of 4,000 and student names of 80.
func DefaultLimits() Limits {
	return Limits{
		TextBytes:        200 << 10,
		Annotations:      5000,
		NoteChars:        2000,
		TitleChars:       200,
		InstructionChars: 4000,
		NameChars:        80,
	}
}

// FileLimits returns the limits for documents and exports, which stay on
// the reader's machine: DefaultLimits without the caps on text size and
// annotation count, so that a reader can save, reopen and export an article
// of any length. Only what is sent to the service is bounded in size.
func FileLimits() Limits {
	l := DefaultLimits()
	l.TextBytes, l.Annotations = 0, 0
	return l
}

// exceeds reports whether n is over a limit, where 0 means unlimited.
func exceeds(n, limit int) bool { return limit > 0 && n > limit }
