package export

import (
	"strconv"
	"strings"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/annotation/internal/sheet"
)

// csvFormat is the entity CSV (see CSV). It is read with the text it was
// written on, since it holds only the entities' words.
var csvFormat = &Format{
	Name: "csv", Title: "CSV (entities)", MediaType: "text/csv", Extension: ".csv",
	Write: func(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
		var b strings.Builder
		err := CSV(&b, doc.Text, doc.Annotations, doc.CustomTypes...)
		return []byte(b.String()), Report{}, err
	},
	Read: readCSV,
}

// readCSV reads an entity CSV (a header naming at least start, end and
// type; text, source, score and note when present) on the text opened
// with it. A row's text column is its quote, so rows made on a slightly
// different text still find their words.
func readCSV(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
	var rep Report
	data, text, err := annotationsAndText(files)
	if err != nil {
		return nil, rep, err
	}
	if text == "" {
		return nil, rep, annotation.Errorf(annotation.CodeMissingField, "text",
			"an entity CSV does not carry the text it annotates; open the text (a .txt file) together with it")
	}
	records, err := parseCSV(trimBOM(string(data)))
	if err != nil {
		return nil, rep, err
	}
	if len(records) == 0 {
		return nil, rep, annotation.Errorf(annotation.CodeMissingField, "line 1", "the CSV file is empty")
	}
	col := map[string]int{}
	for i, name := range records[0] {
		col[strings.ToLower(strings.TrimSpace(name))] = i
	}
	for _, need := range []string{"start", "end", "type"} {
		if _, ok := col[need]; !ok {
			return nil, rep, annotation.Errorf(annotation.CodeMissingField, "line 1", "the CSV header has no %q column (it needs start, end and type)", need)
		}
	}
	cell := func(r []string, name string) string {
		if i, ok := col[name]; ok && i < len(r) {
			return r[i]
		}
		return ""
	}
	p, err := newPlacer(text, CodePoints, nil, &rep)
	if err != nil {
		return nil, rep, err
	}
	for i, r := range records[1:] {
		f := foreign{Record: "line " + strconv.Itoa(i+2), Label: cell(r, "type"), Note: sheet.Uncell(cell(r, "note")), Source: cell(r, "source"), HasPos: true}
		var err1, err2 error
		f.Start, err1 = strconv.Atoi(strings.TrimSpace(cell(r, "start")))
		f.End, err2 = strconv.Atoi(strings.TrimSpace(cell(r, "end")))
		if err1 != nil || err2 != nil {
			return nil, rep, annotation.Errorf(annotation.CodeBadField, f.Record, "%s: start and end must be whole numbers", f.Record)
		}
		if q := sheet.Uncell(cell(r, "text")); q != "" {
			f.Quote = &anchor.Quote{Exact: q}
		}
		if s := cell(r, "score"); s != "" {
			if f.Score, err1 = strconv.ParseFloat(s, 64); err1 != nil {
				return nil, rep, annotation.Errorf(annotation.CodeBadScore, f.Record, "%s: score %q is not a number", f.Record, s)
			}
		}
		if err := p.add(f); err != nil {
			return nil, rep, err
		}
	}
	doc, err := p.document(opts.Title, opts.Now)
	return doc, rep, err
}

// parseCSV splits RFC 4180 CSV into records: fields separated by commas,
// quoted fields with doubled quotation marks and line breaks inside, CRLF
// or LF line ends. A quoted field left open is an error naming its line.
func parseCSV(s string) ([][]string, error) {
	var records [][]string
	var record []string
	var field strings.Builder
	line, quoteLine := 1, 0
	inQuotes, quoted := false, false
	endField := func() {
		record = append(record, field.String())
		field.Reset()
		quoted = false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(s) && s[i+1] == '"':
			field.WriteByte('"')
			i++
		case inQuotes && c == '"':
			inQuotes = false
		case inQuotes:
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				continue // a CRLF inside a field is a line break
			}
			if c == '\n' {
				line++
			}
			field.WriteByte(c)
		case c == '"' && field.Len() == 0 && !quoted:
			inQuotes, quoted, quoteLine = true, true, line
		case c == ',':
			endField()
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
		case c == '\n':
			endField()
			records = append(records, record)
			record = nil
			line++
		default:
			field.WriteByte(c)
		}
	}
	if inQuotes {
		return nil, annotation.Errorf(annotation.CodeBadFormat, "line "+strconv.Itoa(quoteLine), "line %d opens a quoted field that never closes", quoteLine)
	}
	if field.Len() > 0 || len(record) > 0 {
		endField()
		records = append(records, record)
	}
	return records, nil
}
