package export

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/annotation/internal/sheet"
	"tippani/textpos"
)

// CSVHeader is the first record of every entity CSV.
var CSVHeader = []string{"start", "end", "type", "text", "source", "score", "note"}

// CSV writes one record per annotation, in document order, under
// CSVHeader: code point start and end, type code (a custom type's code
// too), the entity's text, source, score (empty unless the model gave one,
// else shortest decimal form) and note. Quoting follows RFC 4180 with CRLF
// line ends, as encoding/csv writes it: a field is quoted when it holds a
// comma, a quotation mark or a line break or starts with white space, and
// a line break inside a quoted field is written as CRLF.
//
// The file starts with a UTF-8 byte order mark so that Excel shows
// Devanagari correctly, and free-text cells that a spreadsheet would run as
// formulas are prefixed with an apostrophe (see package sheet); readers
// should drop the BOM and may reverse the prefix with the same rule. The
// annotations are validated first, under annotation.FileLimits.
func CSV(w io.Writer, text string, anns []annotation.Annotation, custom ...annotation.CustomType) error {
	if err := annotation.Validate(text, anns, annotation.FileLimits(), custom...); err != nil {
		return err
	}
	b := []byte(sheet.BOM)
	b = appendRecord(b, CSVHeader...)
	index := textpos.New(text)
	for _, a := range annotation.Sorted(anns) {
		score := ""
		if a.Score != 0 {
			score = strconv.FormatFloat(a.Score, 'f', -1, 64)
		}
		surface := text[index.ByteOffset(a.Start):index.ByteOffset(a.End)]
		b = appendRecord(b, strconv.Itoa(a.Start), strconv.Itoa(a.End), string(a.Type),
			sheet.Cell(surface), a.Source, score, sheet.Cell(a.Note))
	}
	_, err := w.Write(b)
	return err
}

// appendRecord appends one CSV record ending in CRLF.
func appendRecord(b []byte, fields ...string) []byte {
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		if !needsQuotes(f) {
			b = append(b, f...)
			continue
		}
		b = append(b, '"')
		for j := 0; j < len(f); j++ {
			switch c := f[j]; c {
			case '"':
				b = append(b, '"', '"')
			case '\r':
				// dropped: a line break is written as CRLF below
			case '\n':
				b = append(b, '\r', '\n')
			default:
				b = append(b, c)
			}
		}
		b = append(b, '"')
	}
	return append(b, '\r', '\n')
}

// needsQuotes reports whether a field must be quoted, by encoding/csv's
// rule: it holds a comma, quotation mark, CR or LF, starts with white
// space, or is exactly \. (which some readers take as end of data).
func needsQuotes(f string) bool {
	if f == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(f)
	return f == `\.` || unicode.IsSpace(first) || strings.ContainsAny(f, ",\"\r\n")
}
