package export

import (
	"strconv"
	"time"

	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// tippaniFormat is the project's own document. Its reader also takes a
// share body ({"title"?, "text", "annotations"?, "customTypes"?}) and the
// output of `tippani annotate` ({"text", "entities"}, read as the model's
// annotations), so whatever Tippani itself wrote opens.
var tippaniFormat = &Format{
	Name: "tippani", Title: "Tippani document", MediaType: "application/json", Extension: ".tippani.json",
	Write: func(doc *annotation.Document, _ WriteOptions) ([]byte, Report, error) {
		out, err := annotation.MarshalDocument(doc)
		return append(out, '\n'), Report{}, err
	},
	Read: func(files []File, opts ReadOptions) (*annotation.Document, Report, error) {
		doc, err := ReadTippani(files[0].Data, opts.Now)
		if err == nil && doc.Title == "" {
			doc.Title = opts.Title
		}
		return doc, Report{}, err
	},
}

// ReadTippani reads a Tippani document, a share body or `tippani annotate`
// output as a validated document stamped with now (a document keeps its
// own times).
func ReadTippani(data []byte, now time.Time) (*annotation.Document, error) {
	root, err := jsonwire.Parse(string(data))
	switch {
	case err != nil || root.Get("format").Exists():
		return annotation.UnmarshalDocument(data) // which says what is wrong
	case root.Get("entities").Exists() && !root.Get("annotations").Exists():
		return readAnnotateOutput(root, now)
	default:
		share, err := annotation.FileLimits().ParseShare(data)
		if err != nil {
			return nil, err
		}
		d := annotation.NewDocument(share.Title, share.Text, share.Annotations, now)
		d.CustomTypes = share.CustomTypes
		return d, nil
	}
}

// readAnnotateOutput reads `tippani annotate` output, {"text", "entities":
// [{"start", "end", "type", "score", ...}]}, as model annotations.
func readAnnotateOutput(root jsonwire.Value, now time.Time) (*annotation.Document, error) {
	text := root.Get("text")
	if text.Kind() != jsonwire.String {
		return nil, annotation.Errorf(annotation.CodeMissingField, "text", "annotate output must have a text string")
	}
	var anns []annotation.Annotation
	for i, e := range root.Get("entities").Elements() {
		start, err1 := e.Get("start").Float()
		end, err2 := e.Get("end").Float()
		score, _ := e.Get("score").Float()
		if err1 != nil || err2 != nil || e.Get("type").Kind() != jsonwire.String {
			return nil, annotation.Errorf(annotation.CodeBadField, "entities["+strconv.Itoa(i)+"]", "entities[%d] needs numeric start and end and a type", i)
		}
		anns = append(anns, annotation.Annotation{Start: int(start), End: int(end), Type: annotation.Type(e.Get("type").Str()),
			Source: annotation.SourceModel, Score: score})
	}
	if err := annotation.Validate(text.Str(), anns, annotation.FileLimits()); err != nil {
		return nil, err
	}
	return annotation.NewDocument("", text.Str(), anns, now), nil
}
