package export

import (
	"path"
	"strconv"
	"strings"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/textpos"
)

// bratFormat is brat's standoff format: the text in a .txt file and its
// annotations in a .ann file beside it, written as a zip of the two (with
// an annotation.conf declaring the entity types, so brat shows them).
var bratFormat = &Format{
	Name: "brat", Title: "brat standoff", MediaType: "application/zip", Extension: ".brat.zip", Binary: true,
	Write: func(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
		ann, conf := BratAnn(doc)
		return writeZip([]File{
			{Name: "document.txt", Data: []byte(doc.Text)},
			{Name: "document.ann", Data: ann},
			{Name: "annotation.conf", Data: conf},
		}, doc.Modified), Report{}, nil
	},
	Read: readBrat,
}

// BratAnn writes doc's annotations as a brat .ann file on doc.Text, and
// the annotation.conf that declares their types: one "T<n><TAB>TYPE start
// end<TAB>text" line per annotation in text order (code point offsets, the
// entity's text with line breaks and tabs as spaces), and for each note an
// "#<n><TAB>AnnotatorNotes T<n><TAB>note" line (line breaks and tabs as
// spaces too, since brat keeps a note on one line). brat has no place for
// the source and score of an annotation; they are not written.
func BratAnn(doc *annotation.Document) (ann, conf []byte) {
	index := textpos.New(doc.Text)
	notes := 0
	for i, a := range annotation.Sorted(doc.Annotations) {
		id := "T" + strconv.Itoa(i+1)
		ann = append(ann, id+"\t"+string(a.Type)+" "+strconv.Itoa(a.Start)+" "+strconv.Itoa(a.End)+"\t"...)
		ann = append(ann, oneLine(doc.Text[index.ByteOffset(a.Start):index.ByteOffset(a.End)])...)
		ann = append(ann, '\n')
		if a.Note != "" {
			notes++
			ann = append(ann, "#"+strconv.Itoa(notes)+"\tAnnotatorNotes "+id+"\t"+oneLine(a.Note)+"\n"...)
		}
	}
	conf = []byte("[entities]\n")
	for _, t := range annotation.Types {
		conf = append(conf, string(t)+"\n"...)
	}
	for _, c := range doc.CustomTypes {
		conf = append(conf, string(c.Code)+"\n"...)
	}
	conf = append(conf, "[relations]\n\n[events]\n\n[attributes]\n"...)
	return ann, conf
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\r', '\t', '\u2028', '\u2029', '\u0085', '\v', '\f':
			return ' '
		}
		return r
	}, s)
}

// readBrat reads a brat .txt and .ann pair, given as two files or in a zip
// (the first .ann in it with a .txt of the same name).
func readBrat(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
	var rep Report
	if len(files) == 1 && isZip(files[0].Data) {
		var err error
		if files, err = readZip(files[0].Name, files[0].Data); err != nil {
			return nil, rep, err
		}
	}
	var txt, ann *File
	for i := range files {
		f := &files[i]
		if strings.Contains(f.Name, "__MACOSX/") {
			continue
		}
		if hasExt(f.Name, ".ann") && ann == nil {
			ann = f
		}
	}
	if ann != nil {
		stem := strings.TrimSuffix(ann.Name, path.Ext(ann.Name))
		for i := range files {
			if f := &files[i]; hasExt(f.Name, ".txt") && (txt == nil || strings.TrimSuffix(f.Name, path.Ext(f.Name)) == stem) {
				txt = f
			}
		}
	}
	if ann == nil || txt == nil {
		return nil, rep, annotation.Errorf(annotation.CodeMissingField, "files", "brat needs the .txt and the .ann file together (or a zip holding both)")
	}
	for _, f := range []*File{txt, ann} {
		if err := validUTF8(f.Name, f.Data); err != nil {
			return nil, rep, err
		}
	}
	spans, err := readAnn(ann.Name, string(ann.Data), &rep)
	if err != nil {
		return nil, rep, err
	}
	text := bratText(trimBOM(string(txt.Data)), spans)
	p, err := newPlacer(text, CodePoints, nil, &rep)
	if err != nil {
		return nil, rep, err
	}
	for _, f := range spans {
		if err := p.add(f); err != nil {
			return nil, rep, err
		}
	}
	title := opts.Title
	if title == "" {
		title = strings.TrimSuffix(path.Base(txt.Name), path.Ext(txt.Name))
	}
	doc, err := p.document(title, opts.Now)
	return doc, rep, err
}

// bratText returns the text as the .ann file counts it. brat itself reads
// the .txt byte for byte (a CRLF line break is two characters) while tools
// that write .ann files in Python 3 read it with universal newlines (one
// character): whichever reading puts more of the entities' own words at
// their offsets wins, and the text as it was when neither differs.
func bratText(raw string, spans []foreign) string {
	lf := lfOnly(raw)
	if lf == raw {
		return raw
	}
	if matches(lf, spans) > matches(raw, spans) {
		return lf
	}
	return raw
}

// matches counts the spans whose quote is the text at their offsets.
func matches(text string, spans []foreign) int {
	index := textpos.New(text)
	n := 0
	for _, f := range spans {
		if f.Quote != nil && f.End <= index.Runes() && f.Start < f.End &&
			text[index.ByteOffset(f.Start):index.ByteOffset(f.End)] == f.Quote.Exact {
			n++
		}
	}
	return n
}

// readAnn reads the text-bound annotations (T) of a .ann file and the notes
// (#... AnnotatorNotes) on them; relations, events, attributes and
// normalizations are counted in rep.Ignored. A discontinuous span is
// refused: Tippani marks one stretch of text per entity.
func readAnn(name, data string, rep *Report) ([]foreign, error) {
	var spans []foreign
	byID := map[string]int{}
	notes := map[string]string{}
	for lineNo, line := range strings.Split(trimBOM(data), "\n") {
		line = strings.TrimRight(line, "\r")
		where := name + " line " + strconv.Itoa(lineNo+1)
		if strings.TrimSpace(line) == "" {
			continue
		}
		cols := strings.SplitN(line, "\t", 3)
		switch {
		case line[0] == 'T':
			if len(cols) < 2 {
				return nil, annotation.Errorf(annotation.CodeBadFormat, where, "%s: a text-bound annotation needs an id, a type with offsets and the text, separated by tabs", where)
			}
			record := cols[0] + " (" + where + ")"
			fields := strings.Fields(cols[1])
			if strings.Contains(cols[1], ";") {
				return nil, annotation.Errorf(annotation.CodeBadFormat, record,
					"%s is a discontinuous span (%s); Tippani marks one stretch of text per entity, so join its parts or split it into entities in brat first", record, cols[1])
			}
			if len(fields) != 3 {
				return nil, annotation.Errorf(annotation.CodeBadFormat, record, "%s: %q should be a type, a start and an end", record, cols[1])
			}
			start, err1 := strconv.Atoi(fields[1])
			end, err2 := strconv.Atoi(fields[2])
			if err1 != nil || err2 != nil {
				return nil, annotation.Errorf(annotation.CodeBadField, record, "%s: offsets %q and %q must be whole numbers", record, fields[1], fields[2])
			}
			f := foreign{Record: record, Start: start, End: end, HasPos: true, Label: fields[0], Source: annotation.SourcePerson}
			if len(cols) == 3 {
				f.Quote = &anchor.Quote{Exact: cols[2]}
			}
			byID[cols[0]] = len(spans)
			spans = append(spans, f)
		case line[0] == '#' && len(cols) == 3 && strings.HasPrefix(cols[1], "AnnotatorNotes "):
			target := strings.TrimSpace(strings.TrimPrefix(cols[1], "AnnotatorNotes "))
			if notes[target] != "" {
				notes[target] += " "
			}
			notes[target] += cols[2]
		default:
			rep.Ignored++
		}
	}
	for id, note := range notes {
		if i, ok := byID[id]; ok {
			spans[i].Note = note
		} else {
			rep.Ignored++
		}
	}
	return spans, nil
}
