package annotation_test

import (
	"encoding/json"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// BenchmarkParseShareLarge parses and validates a share at the size limit.
func BenchmarkParseShareLarge(b *testing.B) {
	text, anns := sharedtest.Large(b)
	body, err := json.Marshal(annotation.Share{Text: text, Annotations: anns})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := annotation.ParseShare(body); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(anns)), "annotations")
}
