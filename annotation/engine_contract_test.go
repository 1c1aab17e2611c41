package annotation_test

import (
	"testing"

	"tippani/annotation"
	"tippani/engine"
	"tippani/internal/testsupport"
)

// TestEngineOutputIsValid checks the contract between the recognizer and
// the annotation model: whatever the engine predicts, on a real article and
// on the IL-NER development text, is a valid annotation set (known types,
// scores in [0,1], no overlaps, no offsets inside a character), so the
// browser can save and share it unchanged.
func TestEngineOutputIsValid(t *testing.T) {
	corpus := testsupport.RunningText(testsupport.File(t, testsupport.DevCorpus))
	inputs := map[string]string{
		"sample": string(testsupport.File(t, testsupport.SampleArticle)),
		"ilner":  string(corpus),
	}
	for name, raw := range inputs {
		res, err := engine.Annotate(raw)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		anns := make([]annotation.Annotation, 0, len(res.Entities))
		for _, e := range res.Entities {
			anns = append(anns, annotation.Annotation{Start: e.Start, End: e.End, Type: annotation.Type(e.Type), Source: annotation.SourceModel, Score: e.Score})
		}
		if len(anns) < 10 {
			t.Errorf("%s: only %d entities predicted", name, len(anns))
		}
		if err := annotation.Validate(res.Text, anns, annotation.FileLimits()); err != nil {
			t.Errorf("%s: the engine's %d entities are not a valid set: %v", name, len(anns), err)
		}
	}
}
