package score

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"

	"tippani/annotation"
	"tippani/annotation/internal/sheet"
)

// Row is one student's line in a score sheet.
type Row struct {
	Name   string
	Result Result
}

// WriteCSV writes a score sheet: a header, then one record per row in the
// given order (see Sheet), with a column for the exact F1 of each type that
// appears in any row's ByType.
func WriteCSV(w io.Writer, rows []Row) error {
	var typed []annotation.Annotation // one per type some row has a result for
	for _, r := range rows {
		for _, tr := range r.Result.ByType {
			typed = append(typed, annotation.Annotation{Type: tr.Type})
		}
	}
	sh, err := NewSheet(w, typeOrder(typed))
	if err != nil {
		return err
	}
	for _, r := range rows {
		if err := sh.Write(r); err != nil {
			return err
		}
	}
	return sh.Flush()
}

// Sheet writes a score sheet row by row, so that a class of any size
// streams out: the student's name, exact and lenient precision, recall and
// F1, the exact counts, the wrong-type count, and the exact F1 of each of
// the sheet's types (columns "PER_f1", ... in canonical order, then custom
// types such as "WORK_f1" by code; empty for a row without that type).
// Ratios are written from 0 to 1 with three decimals. Like the entity
// export, the file starts with a UTF-8 BOM for Excel and names are
// protected from formula evaluation (package sheet).
type Sheet struct {
	cw    *csv.Writer
	types []annotation.Type
}

// NewSheet writes the BOM and the header for types (in any order; they are
// put in canonical order) and returns the sheet to write rows to.
func NewSheet(w io.Writer, types []annotation.Type) (*Sheet, error) {
	typed := make([]annotation.Annotation, len(types))
	for i, t := range types {
		typed[i].Type = t
	}
	sh := &Sheet{cw: csv.NewWriter(w), types: typeOrder(typed)}
	sh.cw.UseCRLF = true
	if _, err := io.WriteString(w, sheet.BOM); err != nil {
		return nil, err
	}
	header := []string{"name", "exact_precision", "exact_recall", "exact_f1", "lenient_precision", "lenient_recall", "lenient_f1",
		"true_positives", "false_positives", "false_negatives", "wrong_type"}
	for _, t := range sh.types {
		header = append(header, string(t)+"_f1")
	}
	return sh, sh.cw.Write(header)
}

// Write adds one student's row.
func (sh *Sheet) Write(r Row) error {
	e, l := r.Result.Exact, r.Result.Lenient
	record := []string{sheet.Cell(r.Name), ratio3(e.Precision), ratio3(e.Recall), ratio3(e.F1),
		ratio3(l.Precision), ratio3(l.Recall), ratio3(l.F1),
		strconv.Itoa(e.TruePositives), strconv.Itoa(e.FalsePositives), strconv.Itoa(e.FalseNegatives),
		strconv.Itoa(r.Result.WrongType)}
	for _, t := range sh.types {
		cell := ""
		if i := slices.IndexFunc(r.Result.ByType, func(tr TypeResult) bool { return tr.Type == t }); i >= 0 {
			cell = ratio3(r.Result.ByType[i].Exact.F1)
		}
		record = append(record, cell)
	}
	return sh.cw.Write(record)
}

// Flush writes out what is buffered and reports any error so far.
func (sh *Sheet) Flush() error {
	sh.cw.Flush()
	return sh.cw.Error()
}

func ratio3(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }
