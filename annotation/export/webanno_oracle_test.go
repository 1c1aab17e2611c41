package export

import (
	"bytes"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"testing"

	"tippani/annotation"
)

// This file keeps the W3C writer as it was written with encoding/json and
// fmt, as the oracle for the one the browser engine links now: both must
// write the same bytes.

// The structs below mirror the Web Annotation vocabulary; their field
// names are the model's property names.

type annotationCollection struct {
	Context string         `json:"@context"`
	ID      string         `json:"id"`
	Type    string         `json:"type"`
	Label   string         `json:"label"`
	Total   int            `json:"total"`
	About   *textResource  `json:"schema:about,omitempty"`
	Last    string         `json:"last"`
	First   annotationPage `json:"first"`
}

type textResource struct {
	ID       string `json:"id"`
	Type     string `json:"type"`
	Format   string `json:"format"`
	Language string `json:"language"`
	Value    string `json:"value"`
}

type annotationPage struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	PartOf     string    `json:"partOf"`
	StartIndex int       `json:"startIndex"`
	Items      []webAnno `json:"items"`
}

type webAnno struct {
	ID         string        `json:"id"`
	Type       string        `json:"type"`
	Motivation string        `json:"motivation"`
	Created    string        `json:"created,omitempty"`
	Creator    *agent        `json:"creator,omitempty"`
	Body       []textualBody `json:"body"`
	Target     target        `json:"target"`
}

type agent struct {
	ID   string `json:"id,omitempty"`
	Type string `json:"type"`
	Name string `json:"name,omitempty"`
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

func webAnnotationsViaEncodingJSON(doc *annotation.Document, opts WebAnnotationOptions) ([]byte, error) {
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
		Label:   collectionLabel(doc),
		Total:   len(anns),
		About:   &textResource{ID: source, Type: "Text", Format: "text/plain", Language: doc.Language, Value: doc.Text},
		First:   annotationPage{Type: "AnnotationPage", Items: make([]webAnno, 0, len(anns))},
	}
	created := ""
	if !doc.Created.IsZero() {
		created = doc.Created.UTC().Format("2006-01-02T15:04:05Z07:00")
	}
	// The collection's id derives from everything it holds.
	content := sha1.New()
	io.WriteString(content, source)
	for _, a := range anns {
		key := fmt.Sprintf("%s\x00%d\x00%d\x00%s", source, a.Start, a.End, a.Type)
		fmt.Fprintf(content, "\x00%s\x00%q", key, a.Note)
		wa := webAnno{
			ID:         nameUUID("annotation\x00" + key),
			Type:       "Annotation",
			Motivation: "tagging",
			Created:    created,
			Body: []textualBody{{
				Type: "TextualBody", Purpose: "tagging", Value: string(a.Type), Format: "text/plain",
			}},
		}
		if a.Note != "" {
			wa.Body = append(wa.Body, textualBody{Type: "TextualBody", Purpose: "commenting", Value: a.Note, Format: "text/plain", Language: doc.Language})
		}
		switch a.Source {
		case annotation.SourceModel:
			wa.Creator = &agent{ID: SoftwareID, Type: "Software", Name: "Tippani"}
		case annotation.SourcePerson:
			wa.Creator = &agent{Type: "Person"}
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
	collection.First.PartOf, collection.Last = collection.ID, collection.First.ID
	return json.MarshalIndent(collection, "", "  ")
}

func TestWebAnnotationsMatchEncodingJSON(t *testing.T) {
	doc := sampleDoc(t)
	doc.Annotations[1].Note = "<b>\"quoted\"</b> & \u2028"
	doc.CustomTypes = []annotation.CustomType{{Code: "WORK", Name: "work", Color: "#aa3377"}}
	doc.Annotations[2].Type = "WORK"
	for _, opts := range []WebAnnotationOptions{{}, {Source: "https://tippani.example/s/abc"}} {
		got, err := WebAnnotations(doc, opts)
		if err != nil {
			t.Fatal(err)
		}
		want, err := webAnnotationsViaEncodingJSON(doc, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("own writer:\n%.2000s\nencoding/json:\n%.2000s", got, want)
		}
	}
}
