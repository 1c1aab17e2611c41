package export

import (
	"bytes"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

func largeDoc(b *testing.B) *annotation.Document {
	text, anns := sharedtest.Large(b)
	return &annotation.Document{Text: text, Annotations: anns}
}

func BenchmarkWebAnnotationsLarge(b *testing.B) {
	doc := largeDoc(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := WebAnnotations(doc, WebAnnotationOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(doc.Annotations)), "annotations")
}

func BenchmarkReadWebAnnotationsLarge(b *testing.B) {
	doc := largeDoc(b)
	data, err := WebAnnotations(doc, WebAnnotationOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := ReadWebAnnotations(data, doc.Text, ReadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCoNLLLarge(b *testing.B) {
	doc := largeDoc(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := CoNLL(&bytes.Buffer{}, doc.Text, doc.Annotations); err != nil {
			b.Fatal(err)
		}
	}
}
