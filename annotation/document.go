package annotation

import (
	"time"

	"tippani/internal/jsonwire"
)

// FormatName and FormatVersion identify Tippani's document format.
//
// Version is a major version: a reader of version N opens every file of
// version N, including files written by later releases that added fields
// (unknown fields are ignored), and refuses files of a higher version with
// CodeUnsupportedVersion instead of guessing at their meaning.
const (
	FormatName    = "tippani"
	FormatVersion = 1
)

// Document is a saved annotation project: the display text, its
// annotations, the custom types they may use, the annotations that could
// not be placed on the text after it was revised, and when it was made. It
// is the "project JSON" export, and it reads back to an identical Document.
type Document struct {
	Format      string       `json:"format"`  // always FormatName
	Version     int          `json:"version"` // FormatVersion when written
	Title       string       `json:"title,omitempty"`
	Language    string       `json:"language"` // BCP 47 tag of the text, "hi"
	Text        string       `json:"text"`
	CustomTypes []CustomType `json:"customTypes,omitempty"`
	Annotations []Annotation `json:"annotations"`
	// Unplaced are annotations kept for a person to place by hand or
	// discard; their offsets refer to an earlier text (see Unplaced).
	Unplaced []Unplaced `json:"unplaced,omitempty"`
	Created  time.Time  `json:"created"`  // when the document was first made, UTC
	Modified time.Time  `json:"modified"` // when it was last saved, UTC
}

// NewDocument returns a version-1 document for text and anns, stamped with
// now as both creation and modification time (in UTC, to the millisecond,
// as JavaScript clocks give it). The annotations are stored sorted.
func NewDocument(title, text string, anns []Annotation, now time.Time) *Document {
	now = now.UTC().Truncate(time.Millisecond)
	return &Document{
		Format:      FormatName,
		Version:     FormatVersion,
		Title:       title,
		Language:    "hi",
		Text:        text,
		Annotations: Sorted(anns),
		Created:     now,
		Modified:    now,
	}
}

// Validate checks the document as a share would be checked: title within
// limits, custom types by their rules, text in display form, annotations
// valid on it (with the document's custom types), and each unplaced
// annotation complete (see Unplaced).
func (d *Document) Validate(limits Limits) error {
	if _, err := limits.cleanTitle(d.Title, "title", false); err != nil {
		return err
	}
	if _, err := CheckCustomTypes(d.CustomTypes, "customTypes"); err != nil {
		return err
	}
	if err := Validate(d.Text, d.Annotations, limits, d.CustomTypes...); err != nil {
		return err
	}
	for i, u := range d.Unplaced {
		if err := u.check(index("unplaced", i), limits, d.CustomTypes); err != nil {
			return err
		}
	}
	return nil
}

// MarshalDocument writes d as indented JSON with sorted annotations and
// the current format name and version. It refuses a document that fails
// Validate under FileLimits, so every file written can be read back.
func MarshalDocument(d *Document) ([]byte, error) {
	if err := d.Validate(FileLimits()); err != nil {
		return nil, err
	}
	e := jsonwire.Encoder{Indent: "  "}
	WriteDocument(&e, d)
	return e.B, nil
}

// WriteDocument writes d as a document object into e, as MarshalDocument
// does but without validating it: the caller has (UnmarshalDocument's
// result, or a document MarshalDocument accepted).
func WriteDocument(e *jsonwire.Encoder, d *Document) {
	e.BeginObject()
	e.StringMember("format", FormatName)
	e.IntMember("version", FormatVersion)
	if d.Title != "" {
		e.StringMember("title", d.Title)
	}
	e.StringMember("language", d.Language)
	e.StringMember("text", d.Text)
	writeCustomTypes(e, d.CustomTypes)
	e.Key("annotations")
	WriteAnnotations(e, Sorted(d.Annotations))
	if len(d.Unplaced) > 0 {
		e.Key("unplaced")
		e.BeginArray()
		for _, u := range d.Unplaced {
			u.write(e)
		}
		e.EndArray()
	}
	e.StringMember("created", formatTime(d.Created))
	e.StringMember("modified", formatTime(d.Modified))
	e.EndObject()
}

// WriteAnnotations writes anns as a JSON array, in the order given.
func WriteAnnotations(e *jsonwire.Encoder, anns []Annotation) {
	e.BeginArray()
	for _, a := range anns {
		WriteAnnotation(e, a)
	}
	e.EndArray()
}

// WriteAnnotation writes a as a JSON object with the members its json tags
// name: start, end, type, and note, source and score when they are set.
func WriteAnnotation(e *jsonwire.Encoder, a Annotation) {
	e.BeginObject()
	e.IntMember("start", a.Start)
	e.IntMember("end", a.End)
	e.StringMember("type", string(a.Type))
	if a.Note != "" {
		e.StringMember("note", a.Note)
	}
	if a.Source != "" {
		e.StringMember("source", a.Source)
	}
	if a.Score != 0 {
		e.Key("score")
		e.Float(a.Score)
	}
	e.EndObject()
}

// documentFields is the table of a document's members.
func documentFields(d *Document, l Limits) []field {
	return []field{
		{"format", true, stringInto(&d.Format)},
		{"version", true, func(v jsonwire.Value, path string) (err error) {
			d.Version, err = readCount(v, path)
			if err == nil && (d.Version < 1 || d.Version > FormatVersion) {
				err = newError(CodeUnsupportedVersion, path,
					"this document uses format version %d; this version of Tippani reads version %d (update Tippani to open it)",
					d.Version, FormatVersion)
			}
			return err
		}},
		{"title", false, stringInto(&d.Title)},
		{"language", false, stringInto(&d.Language)},
		{"text", true, stringInto(&d.Text)},
		{"customTypes", false, into(&d.CustomTypes, readCustomTypes)},
		{"annotations", false, annotationsInto(&d.Annotations, l)},
		{"unplaced", false, func(v jsonwire.Value, path string) error {
			return readArray(v, path, 0, CodeBadField, func(elem jsonwire.Value, at string) error {
				var u Unplaced
				if elem.Kind() != jsonwire.Object {
					return newError(CodeBadField, at, "%s must be an object", at)
				}
				err := readFields(elem, at, unplacedFields(&u))
				d.Unplaced = append(d.Unplaced, u)
				return err
			})
		}},
		{"created", false, timeInto(&d.Created)},
		{"modified", false, timeInto(&d.Modified)},
	}
}

// UnmarshalDocument reads a document file under FileLimits. It first
// checks that the data is a Tippani document ("format": "tippani", code
// CodeBadFormat otherwise) of a version it understands (CodeUnsupportedVersion
// for a newer one, with a message saying so), then reads the fields and
// validates the whole document. Missing times read as the zero time.
func UnmarshalDocument(data []byte) (*Document, error) {
	limits := FileLimits()
	root, err := parseObject(data, "document")
	if err != nil {
		return nil, err
	}
	if f := root.Get("format"); f.Kind() != jsonwire.String || f.Str() != FormatName {
		return nil, newError(CodeBadFormat, "format", "this is not a Tippani document (it has no \"format\": \"tippani\")")
	}
	d := &Document{Annotations: []Annotation{}}
	if err := readFields(root, "", documentFields(d, limits)); err != nil {
		return nil, err
	}
	if err := d.Validate(limits); err != nil {
		return nil, err
	}
	return d, nil
}

func timeInto(dst *time.Time) func(jsonwire.Value, string) error {
	return func(v jsonwire.Value, field string) error {
		s, err := readString(v, field)
		if err != nil {
			return err
		}
		t, ok := parseTime(s)
		if !ok {
			return newError(CodeBadField, field, "%s must be an RFC 3339 time such as %q", field, "2026-11-29T10:00:00Z")
		}
		*dst = t
		return nil
	}
}
