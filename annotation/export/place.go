package export

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/hindi/normalize"
	"tippani/internal/jsonwire"
	"tippani/textpos"
)

// Units says what the positions in another tool's file count.
type Units int

const (
	// CodePoints: Unicode code points, as Python, brat, spaCy, Label
	// Studio and W3C TextPositionSelectors count.
	CodePoints Units = iota
	// UTF16: UTF-16 code units, as JavaScript counts (doccano's web
	// client, Hypothesis).
	UTF16
)

func (u Units) String() string {
	if u == UTF16 {
		return "UTF-16 code units"
	}
	return "code points"
}

// foreign is one entity as another tool's file gives it, before it is
// placed on Tippani's display text.
type foreign struct {
	// Record names the entity in messages: "T3 (line 4)", "label[2]".
	Record string
	// Start and End are positions in the file's text, in the file's
	// units, when HasPos.
	Start, End int
	HasPos     bool
	// Quote is the text the file says the entity covers, with context
	// when the format has it, as written in the file's text.
	Quote  *anchor.Quote
	Label  string
	Note   string
	Source string
	Score  float64
}

// placer puts the entities of one file on the display form of its text:
// positions are converted to code points of the display text through the
// normalizer's offset map, and wherever the file quotes the entity's words
// and the words at the stated position differ (positions in another unit,
// or a text that changed), the quote is looked for instead (anchor.Locate,
// near the stated position). Nothing is placed silently elsewhere: an
// entity that fits neither way is an error naming its record.
type placer struct {
	raw      string
	rawIndex *textpos.Index
	units    Units
	display  *normalize.Result
	index    *textpos.Index
	locator  *anchor.Locator
	labels   *labeler
	anns     []annotation.Annotation
	records  []string
	report   *Report
}

// newPlacer prepares raw, the text as the file has it (any form; CRLF
// already turned into LF where the format counts a line break as one
// character).
func newPlacer(raw string, units Units, declared []annotation.CustomType, report *Report) (*placer, error) {
	display, err := normalize.Display(raw)
	if err != nil {
		off := 0
		if e, ok := err.(*normalize.InvalidUTF8Error); ok {
			off = e.Offset
		}
		return nil, annotation.Errorf(annotation.CodeInvalidUTF8, "text", "the text is not valid UTF-8 (byte %d)", off)
	}
	if units == UTF16 {
		report.UTF16 = true
	}
	return &placer{
		raw: raw, rawIndex: textpos.New(raw), units: units,
		display: display, index: textpos.New(display.Text), locator: anchor.NewLocator(display.Text),
		labels: newLabeler(declared), report: report,
	}, nil
}

// add places f, or returns an error naming f.Record. An entity whose label
// found no room among the custom types is left out and counted.
func (p *placer) add(f foreign) error {
	typ, ok := p.labels.typeOf(f.Label)
	if !ok {
		if strings.TrimSpace(f.Label) == "" {
			return annotation.Errorf(annotation.CodeMissingField, f.Record, "%s has no label", f.Record)
		}
		return nil
	}
	start, end, err := p.locate(f)
	if err != nil {
		return err
	}
	p.anns = append(p.anns, annotation.Annotation{Start: start, End: end, Type: typ, Note: f.Note, Source: f.Source, Score: f.Score})
	p.records = append(p.records, f.Record)
	return nil
}

// length is the raw text's length in the file's units.
func (p *placer) length() int {
	if p.units == UTF16 {
		return p.rawIndex.UTF16()
	}
	return p.rawIndex.Runes()
}

// rawByte converts a position in the file's units to a byte offset of the
// raw text, or -1 when it falls inside a surrogate pair.
func (p *placer) rawByte(pos int) int {
	if p.units == UTF16 {
		r := p.rawIndex.RuneFromUTF16(pos)
		if p.rawIndex.UTF16Offset(r) != pos {
			return -1
		}
		return p.rawIndex.ByteOffset(r)
	}
	return p.rawIndex.ByteOffset(pos)
}

// displayRune maps a raw byte offset that starts (or ends) a span to a code
// point of the display text.
func (p *placer) displayRune(b int, end bool) int {
	if end {
		return p.index.RuneOffset(p.display.DisplayEnd(b))
	}
	return p.index.RuneOffset(p.display.DisplayStart(b))
}

func (p *placer) locate(f foreign) (int, int, error) {
	hint := -1
	if f.HasPos && 0 <= f.Start && f.Start < f.End && f.End <= p.length() {
		bs, be := p.rawByte(f.Start), p.rawByte(f.End)
		if bs >= 0 && be >= 0 {
			s, e := p.displayRune(bs, false), p.displayRune(be, true)
			if f.Quote == nil || sameWords(f.Quote.Exact, p.raw[bs:be]) {
				if s >= e {
					return 0, 0, annotation.Errorf(annotation.CodeEmptySpan, f.Record,
						"%s covers only characters that the display form of the text leaves out", f.Record)
				}
				return s, e, nil
			}
			hint = s
		}
	}
	if f.Quote != nil && f.Quote.Exact != "" {
		q := anchor.Quote{Exact: normalize.String(f.Quote.Exact), Prefix: normalize.String(f.Quote.Prefix), Suffix: normalize.String(f.Quote.Suffix)}
		// A quote with its whole context found once is certain, however
		// much context it took to be unique; else Locate weighs the
		// candidates (and allows a few edits).
		text := p.display.Text
		whole := q.Prefix + q.Exact + q.Suffix
		if i := strings.Index(text, whole); i >= 0 && !strings.Contains(text[i+1:], whole) && q.Prefix+q.Suffix != "" {
			s := p.index.RuneOffset(i + len(q.Prefix))
			p.report.Reanchored++
			return s, s + utf8.RuneCountInString(q.Exact), nil
		}
		if m, ok := p.locator.Locate(q, hint); ok {
			p.report.Reanchored++
			return m.Start, m.End, nil
		}
		return 0, 0, annotation.Errorf(annotation.CodeOffsetOutOfRange, f.Record,
			"%s quotes %q, which is not in the text (or is repeated and the file does not say which)", f.Record, f.Quote.Exact)
	}
	if f.HasPos {
		return 0, 0, annotation.Errorf(annotation.CodeOffsetOutOfRange, f.Record,
			"%s at %d–%d does not fit the text, which has %d %s", f.Record, f.Start, f.End, p.length(), p.units.String())
	}
	return 0, 0, annotation.Errorf(annotation.CodeMissingField, f.Record, "%s has neither positions nor a quote", f.Record)
}

// document validates what was placed and returns it as a document. Errors
// about one annotation name its record. Entities that overlap one placed
// before them (in text order) are kept as unplaced annotations, for a
// person to place or discard, since a Tippani document holds no overlaps.
func (p *placer) document(title string, now time.Time) (*annotation.Document, error) {
	custom := p.labels.Custom()
	text := p.display.Text
	if err := annotation.Validate(text, nil, annotation.FileLimits()); err != nil {
		return nil, err
	}
	// A person's annotations are placed before the model's, so that
	// where a prediction overlaps a person's annotation the person's
	// stands and the prediction is left out (counted as superseded);
	// annotations of the same rank that overlap are kept as unplaced.
	order := make([]int, len(p.anns))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return annotation.Compare(p.anns[a], p.anns[b]) })
	var kept []annotation.Annotation
	var keptRecords []string
	var unplaced []annotation.Unplaced
	q := newQuoter(text)
	for _, model := range []bool{false, true} {
		for _, i := range order {
			a := p.anns[i]
			if (a.Source == annotation.SourceModel) != model {
				continue
			}
			j, _ := slices.BinarySearchFunc(kept, a, func(k, a annotation.Annotation) int { return k.Start - a.Start })
			if (j > 0 && kept[j-1].End > a.Start) || (j < len(kept) && kept[j].Start < a.End) {
				if model {
					p.report.Superseded++
					continue
				}
				sel := q.quote(a.Start, a.End)
				unplaced = append(unplaced, annotation.Unplaced{Annotation: a, Quote: sel.Exact, Prefix: sel.Prefix, Suffix: sel.Suffix})
				continue
			}
			kept = slices.Insert(kept, j, a)
			keptRecords = slices.Insert(keptRecords, j, p.records[i])
		}
	}
	if err := annotation.Validate(text, kept, annotation.FileLimits(), custom...); err != nil {
		return nil, renameRecord(err, keptRecords)
	}
	p.report.Overlapping = len(unplaced)
	p.report.Refused = p.labels.Refused
	p.report.RefusedLabels = p.labels.RefusedLabels
	doc := annotation.NewDocument(title, text, kept, now)
	doc.CustomTypes = custom
	doc.Unplaced = unplaced
	err := doc.Validate(annotation.FileLimits())
	if e, ok := err.(*annotation.Error); ok && e.Field == "title" {
		// A title another tool allowed but Tippani does not (a control
		// character, say) is left out rather than refusing the file.
		doc.Title = ""
		err = doc.Validate(annotation.FileLimits())
	}
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// parseJSON reads a JSON file, refusing bytes that are not UTF-8 or JSON
// with a message saying so.
func parseJSON(data []byte) (jsonwire.Value, error) {
	if err := validUTF8("the file", data); err != nil {
		return jsonwire.Value{}, err
	}
	root, err := jsonwire.Parse(trimBOM(string(data)))
	if err != nil {
		return root, annotation.Errorf(annotation.CodeBadJSON, "", "the file is not valid JSON: %s", err)
	}
	return root, nil
}

// trimBOM drops a leading byte order mark, which Windows editors write.
func trimBOM(s string) string { return strings.TrimPrefix(s, "\ufeff") }

// hasExt reports whether name ends in ext, ignoring case.
func hasExt(name, ext string) bool {
	return len(name) >= len(ext) && strings.EqualFold(name[len(name)-len(ext):], ext)
}

// renameRecord rewrites an error about "annotations[i]" to name the
// record the annotation came from.
func renameRecord(err error, records []string) error {
	e, ok := err.(*annotation.Error)
	if !ok || !strings.HasPrefix(e.Field, "annotations[") {
		return err
	}
	close := strings.IndexByte(e.Field, ']')
	i, convErr := strconv.Atoi(e.Field[len("annotations["):max(close, len("annotations["))])
	if convErr != nil || i < 0 || i >= len(records) {
		return err
	}
	return &annotation.Error{Code: e.Code, Field: records[i], Message: records[i] + ": " + e.Message}
}

// sameWords reports whether a and b are the same text up to white space:
// formats that keep an entity on one line write its line breaks as spaces.
func sameWords(a, b string) bool {
	return a == b || strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// lfOnly turns CRLF and lone CR line breaks into LF, as brat and Python's
// text files read them, so that positions count a line break as one
// character.
func lfOnly(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// validUTF8 refuses data that is not UTF-8, naming the file.
func validUTF8(name string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	n := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			break
		}
		data, n = data[size:], n+size
	}
	return annotation.Errorf(annotation.CodeInvalidUTF8, name, "%s is not valid UTF-8 (byte %d)", name, n)
}
