package export

import (
	"strings"
	"time"

	"tippani/annotation"
)

// File is one file given to a reader or written by a format: a name (only
// its extension matters to readers) and its bytes.
type File struct {
	Name string
	Data []byte
}

// WriteOptions are what a writer may need besides the document.
type WriteOptions struct {
	// Source is the IRI of the annotated text, such as the share URL
	// (W3C and Hypothesis); when empty one is derived from the text.
	Source string
}

// ReadOptions are what a reader may need besides the files.
type ReadOptions struct {
	// Record picks one document (1-based) of a file that holds several
	// (a Label Studio export, doccano JSONL, a list of spaCy docs); 0 is
	// the first.
	Record int
	// Units overrides the unit of positions where the format leaves it
	// open (doccano, Hypothesis); nil keeps the format's default.
	Units *Units
	// Title is used when the file names no title.
	Title string
	// Now stamps the document; the zero time means time.Now().
	Now time.Time
}

// Report says what a reader or writer did that a person may want to know.
// Zero fields have nothing to say.
type Report struct {
	// CoNLL is the token alignment of a CoNLL export.
	CoNLL *CoNLLStats
	// CoNLLRead is what a CoNLL import found.
	CoNLLRead *CoNLLReadStats
	// Records is the number of documents in a file that holds several,
	// Record the one read (1-based).
	Records, Record int
	// UTF16 says positions were read (or written) as UTF-16 code units
	// and converted.
	UTF16 bool
	// Reanchored counts entities placed by their quote because the text
	// at their stated position differed.
	Reanchored int
	// Overlapping counts entities kept as unplaced because they overlap
	// another.
	Overlapping int
	// Refused counts entities left out because their labels found no room
	// among the custom types (RefusedLabels names them).
	Refused       int
	RefusedLabels []string
	// Ignored counts records of kinds Tippani does not keep (brat
	// relations, events and attributes; Label Studio results that are
	// not spans).
	Ignored int
	// Predictions counts model predictions read alongside a person's
	// annotations (Label Studio); Superseded those left out because a
	// person's annotation covers the same words.
	Predictions, Superseded int
}

// Format is one file format Tippani reads, writes or both. Write is nil
// for a format that is only read, Read for one only written.
type Format struct {
	// Name is the format's name in the CLI (-format, -from) and the
	// engine's calls.
	Name string
	// Title names it for people.
	Title string
	// MediaType and Extension are those of the file Write makes.
	MediaType string
	Extension string
	// Binary says Write's output is bytes rather than UTF-8 text (a zip).
	Binary bool
	// Write writes a validated document.
	Write func(doc *annotation.Document, opts WriteOptions) ([]byte, Report, error)
	// Read reads the files a person opened (a brat .txt and .ann pair, an
	// annotation file and the text it annotates, or one file) into a
	// validated document.
	Read func(files []File, opts ReadOptions) (*annotation.Document, Report, error)
}

// Formats lists every format, in the order menus show them.
func Formats() []*Format {
	return []*Format{tippaniFormat, w3cFormat, bratFormat, labelStudioFormat, doccanoFormat, spacyFormat, hypothesisFormat, conllFormat, csvFormat}
}

// Lookup returns the format named name, or nil.
func Lookup(name string) *Format {
	for _, f := range Formats() {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Names lists the formats' names, comma separated, for messages.
func Names() string {
	var names []string
	for _, f := range Formats() {
		names = append(names, f.Name)
	}
	return strings.Join(names, ", ")
}

// Open reads files in the named format, or, when name is "", in the
// format Detect finds. Errors are *annotation.Error values.
func Open(name string, files []File, opts ReadOptions) (*annotation.Document, *Format, Report, error) {
	if len(files) == 0 {
		return nil, nil, Report{}, annotation.Errorf(annotation.CodeMissingField, "files", "no file to open")
	}
	if name == "" {
		name = Detect(files)
	}
	f := Lookup(name)
	if f == nil || f.Read == nil {
		return nil, nil, Report{}, annotation.Errorf(annotation.CodeBadFormat, "format", "cannot read %q files; the formats read are %s", name, Names())
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	doc, rep, err := f.Read(files, opts)
	return doc, f, rep, err
}

// Save writes doc in the named format.
func Save(name string, doc *annotation.Document, opts WriteOptions) ([]byte, *Format, Report, error) {
	f := Lookup(name)
	if f == nil || f.Write == nil {
		return nil, nil, Report{}, annotation.Errorf(annotation.CodeBadField, "format", "format must be one of %s", Names())
	}
	if err := doc.Validate(annotation.FileLimits()); err != nil {
		return nil, f, Report{}, err
	}
	out, rep, err := f.Write(doc, opts)
	return out, f, rep, err
}
