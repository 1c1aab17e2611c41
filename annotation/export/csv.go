package export

import (
	"encoding/csv"
	"io"
	"strconv"

	"tippani/annotation"
	"tippani/annotation/internal/sheet"
	"tippani/textpos"
)

// CSVHeader is the first record of every entity CSV.
var CSVHeader = []string{"start", "end", "type", "text", "source", "score", "note"}

// CSV writes one record per annotation, in document order, under
// CSVHeader: code point start and end, type code, the entity's text,
// source, score (empty unless the model gave one, else shortest decimal
// form) and note. Quoting follows RFC 4180 (encoding/csv, CRLF line ends).
//
// The file starts with a UTF-8 byte order mark so that Excel shows
// Devanagari correctly, and free-text cells that a spreadsheet would run as
// formulas are prefixed with an apostrophe (see package sheet); readers
// should drop the BOM and may reverse the prefix with the same rule. The
// annotations are validated first, under annotation.FileLimits.
func CSV(w io.Writer, text string, anns []annotation.Annotation) error {
	if err := annotation.Validate(text, anns, annotation.FileLimits()); err != nil {
		return err
	}
	if _, err := io.WriteString(w, sheet.BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	index := textpos.New(text)
	for _, a := range annotation.Sorted(anns) {
		score := ""
		if a.Score != 0 {
			score = strconv.FormatFloat(a.Score, 'f', -1, 64)
		}
		surface := text[index.ByteOffset(a.Start):index.ByteOffset(a.End)]
		record := []string{
			strconv.Itoa(a.Start), strconv.Itoa(a.End), string(a.Type),
			sheet.Cell(surface), a.Source, score, sheet.Cell(a.Note),
		}
		if err := cw.Write(record); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
