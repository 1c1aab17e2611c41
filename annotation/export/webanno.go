package export

import (
	"strconv"
	"strings"
	"time"

	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// AnnoContext is the JSON-LD context of the W3C Web Annotation Data Model.
const AnnoContext = "http://www.w3.org/ns/anno.jsonld"

// SoftwareID is the IRI that names Tippani's recognizer as the creator of
// the annotations it predicted: a name-based urn:uuid, the same in every
// export.
var SoftwareID = nameUUID("software\x00Tippani")

// WebAnnotationOptions says where the annotated text lives.
type WebAnnotationOptions struct {
	// Source is the IRI of the annotated text, such as the share URL. When
	// empty, a urn:uuid derived from the text is used, so that two exports
	// of the same text name the same source.
	Source string
	// OmitText leaves the text itself out of the collection (see
	// WebAnnotations).
	OmitText bool
}

// textSourceKey is the collection's member that describes the annotated
// text and carries it, so that an export reopens on its own: schema.org's
// "about" (the anno.jsonld context defines the schema: prefix), holding a
// dctypes:Text with its id, format, language and, as rdf:value, the text.
const textSourceKey = "schema:about"

// WebAnnotations writes doc as one W3C Web Annotation AnnotationCollection
// whose first (and only) AnnotationPage holds every annotation, in document
// order. The collection has a label (the title, or the text's first words),
// total, first and last (the one page, which names the collection as its
// partOf) and, unless opts.OmitText, the annotated text under
// "schema:about" as {"id": source, "type": "Text", "format":
// "text/plain", "language", "value": text}, so that the file reopens
// without the article beside it. Each annotation has:
//
//   - a content-derived urn:uuid id and the motivation "tagging";
//   - a TextualBody with purpose "tagging" whose value is the type code
//     ("PER", or a custom type's code such as "WORK"), and, when the
//     annotation has a note, a second TextualBody with purpose
//     "commenting" holding it;
//   - a target on the source IRI with two alternative selectors: a
//     TextQuoteSelector (exact text with up to 32 code points of context,
//     more when needed to make the quote unique) and a
//     TextPositionSelector (code point start and end);
//   - a creator: for model predictions the Software named "Tippani"
//     (SoftwareID), for a person's annotations a Person;
//   - the note's body in the document's language.
//
// The model's confidence score has no property in the Web Annotation
// vocabulary and is left out. The document is validated first, under
// annotation.FileLimits.
func WebAnnotations(doc *annotation.Document, opts WebAnnotationOptions) ([]byte, error) {
	if err := doc.Validate(annotation.FileLimits()); err != nil {
		return nil, err
	}
	source := opts.Source
	if source == "" {
		source = nameUUID("text\x00" + doc.Text)
	}
	anns := annotation.Sorted(doc.Annotations)
	created := ""
	if !doc.Created.IsZero() {
		created = annotation.FormatTime(doc.Created.Truncate(time.Second))
	}
	// Each annotation's id derives from where it is and what it says; the
	// collection's from everything it holds.
	keys := make([]string, len(anns))
	content := newSHA1()
	content.writeString(source)
	for i, a := range anns {
		keys[i] = source + "\x00" + strconv.Itoa(a.Start) + "\x00" + strconv.Itoa(a.End) + "\x00" + string(a.Type)
		content.writeString("\x00" + keys[i] + "\x00" + strconv.Quote(a.Note))
	}
	sum := content.sum()
	var hex []byte
	for _, c := range sum {
		hex = appendHex(hex, c)
	}
	collectionID := nameUUID("collection\x00" + string(hex))

	q := newQuoter(doc.Text)
	e := jsonwire.Encoder{Indent: "  ", B: make([]byte, 0, 64+600*len(anns))}
	e.BeginObject()
	e.StringMember("@context", AnnoContext)
	e.StringMember("id", collectionID)
	e.StringMember("type", "AnnotationCollection")
	e.StringMember("label", collectionLabel(doc))
	e.IntMember("total", len(anns))
	if !opts.OmitText {
		e.Key(textSourceKey)
		e.BeginObject()
		e.StringMember("id", source)
		e.StringMember("type", "Text")
		e.StringMember("format", "text/plain")
		e.StringMember("language", doc.Language)
		e.StringMember("value", doc.Text)
		e.EndObject()
	}
	pageID := nameUUID("page\x00" + collectionID + "\x00" + strconv.Itoa(0))
	e.StringMember("last", pageID)
	e.Key("first")
	e.BeginObject()
	e.StringMember("id", pageID)
	e.StringMember("type", "AnnotationPage")
	e.StringMember("partOf", collectionID)
	e.IntMember("startIndex", 0)
	e.Key("items")
	e.BeginArray()
	for i, a := range anns {
		writeWebAnnotation(&e, a, AnnotationInfo{ID: nameUUID("annotation\x00" + keys[i]), Created: created, Source: source, Language: doc.Language}, q.quote(a.Start, a.End))
	}
	e.EndArray()
	e.EndObject()
	e.EndObject()
	return e.B, nil
}

// collectionLabel is the document's title or, without one, the first line
// of its text cut to 60 code points at a character boundary.
func collectionLabel(doc *annotation.Document) string {
	if doc.Title != "" {
		return doc.Title
	}
	line := doc.Text
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	runes := []rune(strings.TrimSpace(line))
	if len(runes) > 60 {
		cut := 60
		for cut > 0 && !annotation.RuneBoundaryOK(runes, cut) {
			cut--
		}
		return string(runes[:cut]) + "…"
	}
	if len(runes) == 0 {
		return "Tippani annotations"
	}
	return string(runes)
}

// AnnotationInfo is what one Web Annotation says besides its span and
// body: its IRI, when it was made, the IRI of the text and the language of
// its notes.
type AnnotationInfo struct {
	// Context, when set, is written as the annotation's @context (for an
	// annotation served on its own).
	Context                       string
	ID, Created, Source, Language string
	// Via is the id the annotation had where it came from, if any.
	Via string
}

// AnnotationWriter writes annotations on one text as Web Annotations, as
// an annotation container serves them. Build it once per text.
type AnnotationWriter struct{ q *quoter }

// NewAnnotationWriter prepares text (display form) for quoting.
func NewAnnotationWriter(text string) *AnnotationWriter {
	return &AnnotationWriter{q: newQuoter(text)}
}

// Write writes a as one Web Annotation (see WebAnnotations) with e.
func (w *AnnotationWriter) Write(e *jsonwire.Encoder, a annotation.Annotation, info AnnotationInfo) {
	writeWebAnnotation(e, a, info, w.q.quote(a.Start, a.End))
}

// writeWebAnnotation writes one Annotation of the collection.
func writeWebAnnotation(e *jsonwire.Encoder, a annotation.Annotation, info AnnotationInfo, quote Quote) {
	e.BeginObject()
	if info.Context != "" {
		e.StringMember("@context", info.Context)
	}
	e.StringMember("id", info.ID)
	e.StringMember("type", "Annotation")
	if info.Via != "" {
		e.StringMember("via", info.Via)
	}
	e.StringMember("motivation", "tagging")
	if info.Created != "" {
		e.StringMember("created", info.Created)
	}
	switch a.Source {
	case annotation.SourceModel:
		e.Key("creator")
		e.BeginObject()
		e.StringMember("id", SoftwareID)
		e.StringMember("type", "Software")
		e.StringMember("name", "Tippani")
		e.EndObject()
	case annotation.SourcePerson:
		e.Key("creator")
		e.BeginObject()
		e.StringMember("type", "Person")
		e.EndObject()
	}
	e.Key("body")
	e.BeginArray()
	writeTextualBody(e, "tagging", string(a.Type), "")
	if a.Note != "" {
		writeTextualBody(e, "commenting", a.Note, info.Language)
	}
	e.EndArray()
	e.Key("target")
	writeTarget(e, info.Source, quote, a.Start, a.End)
	e.EndObject()
}

// writeTarget writes a target on source with a TextQuoteSelector and a
// TextPositionSelector at start–end (in the unit the format counts).
func writeTarget(e *jsonwire.Encoder, source string, quote Quote, start, end int) {
	e.BeginObject()
	e.StringMember("source", source)
	e.Key("selector")
	e.BeginArray()
	e.BeginObject()
	e.StringMember("type", "TextQuoteSelector")
	e.StringMember("exact", quote.Exact)
	e.StringMember("prefix", quote.Prefix)
	e.StringMember("suffix", quote.Suffix)
	e.EndObject()
	e.BeginObject()
	e.StringMember("type", "TextPositionSelector")
	e.IntMember("start", start)
	e.IntMember("end", end)
	e.EndObject()
	e.EndArray()
	e.EndObject()
}

// writeTextualBody writes a plain-text body; language is left out when "".
func writeTextualBody(e *jsonwire.Encoder, purpose, value, language string) {
	e.BeginObject()
	e.StringMember("type", "TextualBody")
	e.StringMember("purpose", purpose)
	e.StringMember("value", value)
	e.StringMember("format", "text/plain")
	if language != "" {
		e.StringMember("language", language)
	}
	e.EndObject()
}
