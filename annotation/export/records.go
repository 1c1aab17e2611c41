package export

import (
	"strconv"

	"tippani/annotation"
	"tippani/internal/jsonwire"
	"tippani/textpos"
)

// pickRecord returns the document opts.Record names from a file that may
// hold several (a JSON array, a JSONL file), with the path that names it in
// messages ("" for a lone object), and notes the count in rep.
func pickRecord(list []jsonwire.Value, prefix string, opts ReadOptions, rep *Report) (jsonwire.Value, string, error) {
	n := opts.Record
	if n == 0 {
		n = 1
	}
	if len(list) == 0 {
		return jsonwire.Value{}, "", annotation.Errorf(annotation.CodeMissingField, "", "the file holds no document")
	}
	if n < 1 || n > len(list) {
		return jsonwire.Value{}, "", annotation.Errorf(annotation.CodeBadField, "record", "record %d asked for; the file holds %d", n, len(list))
	}
	if len(list) > 1 {
		rep.Records, rep.Record = len(list), n
	}
	if prefix == "" {
		return list[n-1], "", nil
	}
	return list[n-1], prefix + "[" + strconv.Itoa(n-1) + "].", nil
}

// textRecord reads the document opts.Record picks from a JSON, JSON array
// or JSON Lines file of {"text", ...} records (the array named many in
// messages, "" for lines), and prepares a placer on its text, whose
// positions count units. shape describes a record for the message when
// its text is missing.
func textRecord(data []byte, opts ReadOptions, rep *Report, many string, units Units, shape string) (jsonwire.Value, string, *placer, error) {
	list, prefix, err := jsonDocuments(data)
	if err != nil {
		return jsonwire.Value{}, "", nil, err
	}
	if prefix == "" && len(list) > 1 {
		prefix = many
	}
	rec, path, err := pickRecord(list, prefix, opts, rep)
	if err != nil {
		return rec, path, nil, err
	}
	if prefix == "line" {
		path = "line " + strconv.Itoa(max(opts.Record, 1)) + ": "
	}
	text := rec.Get("text")
	if text.Kind() != jsonwire.String {
		return rec, path, nil, annotation.Errorf(annotation.CodeMissingField, path+"text", "%stext is missing: %s", path, shape)
	}
	p, err := newPlacer(text.Str(), units, nil, rep)
	return rec, path, p, err
}

// jsonDocuments reads a JSON file that holds one document (an object) or
// several (an array of objects), or JSON Lines, one document a line.
func jsonDocuments(data []byte) ([]jsonwire.Value, string, error) {
	root, err := parseJSON(data)
	if err == nil {
		if root.Kind() == jsonwire.Array {
			return values(root), "", nil
		}
		return []jsonwire.Value{root}, "", nil
	}
	// JSON Lines: each non-blank line a document.
	var list []jsonwire.Value
	text := trimBOM(string(data))
	line := 0
	for start := 0; start < len(text); line++ {
		end := start
		for end < len(text) && text[end] != '\n' {
			end++
		}
		s := text[start:end]
		start = end + 1
		if len(s) > 0 && s[len(s)-1] == '\r' {
			s = s[:len(s)-1]
		}
		if isBlank(s) {
			continue
		}
		v, lineErr := jsonwire.Parse(s)
		if lineErr != nil {
			if line == 0 {
				return nil, "", err
			}
			return nil, "", annotation.Errorf(annotation.CodeBadJSON, "line "+strconv.Itoa(line+1), "line %d is not valid JSON: %s", line+1, lineErr)
		}
		list = append(list, v)
	}
	return list, "line", nil
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' {
			return false
		}
	}
	return true
}

// intField reads member name of v as a position, or -1 when it is missing
// or not a number.
func intField(v jsonwire.Value, name string) (int, bool) {
	x := v.Get(name)
	if x.Kind() != jsonwire.Number {
		return -1, false
	}
	return intOf(x), true
}

// offsets converts code points of text to the unit a format writes.
type offsets struct {
	index *textpos.Index
	units Units
}

func (o offsets) at(r int) int {
	if o.units == UTF16 {
		return o.index.UTF16Offset(r)
	}
	return r
}

// unitsOr returns the unit opts asks for, or def.
func unitsOr(opts ReadOptions, def Units) Units {
	if opts.Units != nil {
		return *opts.Units
	}
	return def
}

// entityText returns the text of a.
func entityText(text string, index *textpos.Index, a annotation.Annotation) string {
	return text[index.ByteOffset(a.Start):index.ByteOffset(a.End)]
}

// jsonLine ends a document of a JSON or JSONL file.
func jsonLine(e *jsonwire.Encoder) []byte { return append(e.B, '\n') }
