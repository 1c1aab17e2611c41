package export

import (
	"strconv"
	"time"

	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// AnnoContext is the JSON-LD context of the W3C Web Annotation Data Model.
const AnnoContext = "http://www.w3.org/ns/anno.jsonld"

// WebAnnotationOptions says where the annotated text lives.
type WebAnnotationOptions struct {
	// Source is the IRI of the annotated text, such as the share URL. When
	// empty, a urn:uuid derived from the text is used, so that two exports
	// of the same text name the same source.
	Source string
}

// WebAnnotations writes doc as one W3C Web Annotation AnnotationCollection
// whose first (and only) AnnotationPage holds every annotation, in document
// order. Each annotation has:
//
//   - a content-derived urn:uuid id;
//   - a TextualBody with purpose "tagging" whose value is the type code
//     ("PER", or a custom type's code such as "WORK"), and, when the
//     annotation has a note, a second TextualBody with purpose
//     "commenting" holding it;
//   - a target on the source IRI with two alternative selectors: a
//     TextQuoteSelector (exact text with up to 32 code points of context,
//     more when needed to make the quote unique) and a
//     TextPositionSelector (code point start and end);
//   - for model predictions, a Software creator named "Tippani".
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
	if doc.Title != "" {
		e.StringMember("label", doc.Title)
	}
	e.IntMember("total", len(anns))
	e.Key("first")
	e.BeginObject()
	e.StringMember("id", nameUUID("page\x00"+collectionID+"\x00"+strconv.Itoa(0)))
	e.StringMember("type", "AnnotationPage")
	e.IntMember("startIndex", 0)
	e.Key("items")
	e.BeginArray()
	for i, a := range anns {
		writeWebAnnotation(&e, a, nameUUID("annotation\x00"+keys[i]), created, source, q.quote(a.Start, a.End))
	}
	e.EndArray()
	e.EndObject()
	e.EndObject()
	return e.B, nil
}

// writeWebAnnotation writes one Annotation of the collection.
func writeWebAnnotation(e *jsonwire.Encoder, a annotation.Annotation, id, created, source string, quote Quote) {
	e.BeginObject()
	e.StringMember("id", id)
	e.StringMember("type", "Annotation")
	if created != "" {
		e.StringMember("created", created)
	}
	if a.Source == annotation.SourceModel {
		e.Key("creator")
		e.BeginObject()
		e.StringMember("type", "Software")
		e.StringMember("name", "Tippani")
		e.EndObject()
	}
	e.Key("body")
	e.BeginArray()
	writeTextualBody(e, "tagging", string(a.Type))
	if a.Note != "" {
		writeTextualBody(e, "commenting", a.Note)
	}
	e.EndArray()
	e.Key("target")
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
	e.IntMember("start", a.Start)
	e.IntMember("end", a.End)
	e.EndObject()
	e.EndArray()
	e.EndObject()
	e.EndObject()
}

func writeTextualBody(e *jsonwire.Encoder, purpose, value string) {
	e.BeginObject()
	e.StringMember("type", "TextualBody")
	e.StringMember("purpose", purpose)
	e.StringMember("value", value)
	e.StringMember("format", "text/plain")
	e.EndObject()
}
