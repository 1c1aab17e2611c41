package annotation_test

import (
	"encoding/json"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// TestSampleArticleShare runs a realistic share of the sample article
// through the request parser.
func TestSampleArticleShare(t *testing.T) {
	text, anns := sharedtest.Sample(t)
	body, err := json.Marshal(annotation.Share{Title: "भारत-इज़राइल रक्षा समझौता", Text: text, Annotations: anns})
	if err != nil {
		t.Fatal(err)
	}
	s, err := annotation.ParseShare(body)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Annotations) != len(anns) {
		t.Fatalf("got %d annotations, want %d", len(s.Annotations), len(anns))
	}
	for i := range anns {
		if s.Annotations[i] != anns[i] {
			t.Fatalf("annotations[%d] = %+v, want %+v", i, s.Annotations[i], anns[i])
		}
	}
}
