package annotation

import (
	"encoding/json"
	"strconv"
	"time"

	"github.com/tidwall/gjson"
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
// annotations and when it was made. It is the "project JSON" export, and it
// reads back to an identical Document.
type Document struct {
	Format      string       `json:"format"`  // always FormatName
	Version     int          `json:"version"` // FormatVersion when written
	Title       string       `json:"title,omitempty"`
	Language    string       `json:"language"` // BCP 47 tag of the text, "hi"
	Text        string       `json:"text"`
	Annotations []Annotation `json:"annotations"`
	Created     time.Time    `json:"created"`  // when the document was first made, UTC
	Modified    time.Time    `json:"modified"` // when it was last saved, UTC
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
// limits, text in display form, annotations valid on it.
func (d *Document) Validate(limits Limits) error {
	if _, err := limits.cleanTitle(d.Title, "title", false); err != nil {
		return err
	}
	return Validate(d.Text, d.Annotations, limits)
}

// MarshalDocument writes d as indented JSON with sorted annotations and
// the current format name and version. It refuses a document that fails
// Validate under FileLimits, so every file written can be read back.
func MarshalDocument(d *Document) ([]byte, error) {
	if err := d.Validate(FileLimits()); err != nil {
		return nil, err
	}
	out := *d
	out.Format, out.Version = FormatName, FormatVersion
	out.Annotations = Sorted(d.Annotations)
	if out.Annotations == nil {
		out.Annotations = []Annotation{}
	}
	out.Created, out.Modified = d.Created.UTC(), d.Modified.UTC()
	return json.MarshalIndent(&out, "", "  ")
}

var documentKeys = []string{"format", "version", "title", "language", "text", "annotations", "created", "modified"}

// UnmarshalDocument reads a document file under FileLimits. It first
// checks that the data is a Tippani document ("format": "tippani", code
// CodeBadFormat otherwise) of a version it understands (CodeUnsupportedVersion
// for a newer one, with a message saying so), then reads the fields and
// validates the whole document. Missing times read as the zero time.
func UnmarshalDocument(data []byte) (*Document, error) {
	limits := FileLimits()
	root, err := parseObject(data)
	if err != nil {
		return nil, err
	}
	if f := root.Get("format"); f.Type != gjson.String || f.Str != FormatName {
		return nil, newError(CodeBadFormat, "format", "this is not a Tippani document (it has no \"format\": \"tippani\")")
	}
	d := &Document{Annotations: []Annotation{}}
	var haveText bool
	err = fields(root, "", documentKeys, func(i int, v gjson.Result) error {
		field := documentKeys[i]
		var err error
		switch i {
		case 0:
			d.Format = v.Str
		case 1:
			d.Version, err = readCount(v, field)
			if err == nil && (d.Version < 1 || d.Version > FormatVersion) {
				err = newError(CodeUnsupportedVersion, field,
					"this document uses format version %d; this version of Tippani reads version %d (update Tippani to open it)",
					d.Version, FormatVersion)
			}
		case 2:
			d.Title, err = readString(v, field)
		case 3:
			d.Language, err = readString(v, field)
		case 4:
			d.Text, err = readString(v, field)
			haveText = true
		case 5:
			d.Annotations, err = readAnnotations(v, field, limits)
		case 6, 7:
			var t time.Time
			t, err = readTime(v, field)
			if i == 6 {
				d.Created = t
			} else {
				d.Modified = t
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if d.Version == 0 {
		return nil, newError(CodeMissingField, "version", "version is required")
	}
	if !haveText {
		return nil, newError(CodeMissingField, "text", "text is required")
	}
	if err := d.Validate(limits); err != nil {
		return nil, err
	}
	return d, nil
}

func readTime(v gjson.Result, field string) (time.Time, error) {
	s, err := readString(v, field)
	if err != nil {
		return time.Time{}, err
	}
	t, perr := time.Parse(time.RFC3339Nano, s)
	if perr != nil {
		return time.Time{}, newError(CodeBadField, field, "%s must be an RFC 3339 time such as %s", field, strconv.Quote("2026-11-29T10:00:00Z"))
	}
	return t.UTC(), nil
}
