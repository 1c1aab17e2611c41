package export

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"tippani/annotation"
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

// The structs below mirror the Web Annotation vocabulary; their field
// names are the model's property names.

type annotationCollection struct {
	Context string         `json:"@context"`
	ID      string         `json:"id"`
	Type    string         `json:"type"`
	Label   string         `json:"label,omitempty"`
	Total   int            `json:"total"`
	First   annotationPage `json:"first"`
}

type annotationPage struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	StartIndex int       `json:"startIndex"`
	Items      []webAnno `json:"items"`
}

type webAnno struct {
	ID      string        `json:"id"`
	Type    string        `json:"type"`
	Created string        `json:"created,omitempty"`
	Creator *agent        `json:"creator,omitempty"`
	Body    []textualBody `json:"body"`
	Target  target        `json:"target"`
}

type agent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

type textualBody struct {
	Type     string `json:"type"`
	Purpose  string `json:"purpose"`
	Value    string `json:"value"`
	Format   string `json:"format"`
	Language string `json:"language,omitempty"`
}

type target struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

type textQuoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

type textPositionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// WebAnnotations writes doc as one W3C Web Annotation AnnotationCollection
// whose first (and only) AnnotationPage holds every annotation, in document
// order. Each annotation has:
//
//   - a content-derived urn:uuid id;
//   - a TextualBody with purpose "tagging" whose value is the type code
//     ("PER", ...), and, when the annotation has a note, a second
//     TextualBody with purpose "commenting" holding it;
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
	q := newQuoter(doc.Text)
	collection := annotationCollection{
		Context: AnnoContext,
		Type:    "AnnotationCollection",
		Label:   doc.Title,
		Total:   len(anns),
		First:   annotationPage{Type: "AnnotationPage", Items: make([]webAnno, 0, len(anns))},
	}
	created := ""
	if !doc.Created.IsZero() {
		created = doc.Created.UTC().Format("2006-01-02T15:04:05Z07:00")
	}
	// The collection's id derives from everything it holds.
	content := sha256.New()
	io.WriteString(content, source)
	for _, a := range anns {
		key := fmt.Sprintf("%s\x00%d\x00%d\x00%s", source, a.Start, a.End, a.Type)
		fmt.Fprintf(content, "\x00%s\x00%q", key, a.Note)
		wa := webAnno{
			ID:      nameUUID("annotation\x00" + key),
			Type:    "Annotation",
			Created: created,
			Body: []textualBody{{
				Type: "TextualBody", Purpose: "tagging", Value: string(a.Type), Format: "text/plain",
			}},
		}
		if a.Note != "" {
			wa.Body = append(wa.Body, textualBody{Type: "TextualBody", Purpose: "commenting", Value: a.Note, Format: "text/plain"})
		}
		if a.Source == annotation.SourceModel {
			wa.Creator = &agent{Type: "Software", Name: "Tippani"}
		}
		quote := q.quote(a.Start, a.End)
		wa.Target = target{Source: source, Selector: []any{
			textQuoteSelector{Type: "TextQuoteSelector", Exact: quote.Exact, Prefix: quote.Prefix, Suffix: quote.Suffix},
			textPositionSelector{Type: "TextPositionSelector", Start: a.Start, End: a.End},
		}}
		collection.First.Items = append(collection.First.Items, wa)
	}
	collection.ID = nameUUID(fmt.Sprintf("collection\x00%x", content.Sum(nil)))
	collection.First.ID = nameUUID("page\x00" + collection.ID + "\x00" + strconv.Itoa(0))
	return json.MarshalIndent(collection, "", "  ")
}
