package score

import (
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// classOf returns the large sample as a key and 30 students who each drop
// and retype a different share of it.
func classOf(b *testing.B) (string, []annotation.Annotation, [][]annotation.Annotation) {
	text, key := sharedtest.Large(b)
	var subs [][]annotation.Annotation
	for s := range 30 {
		var sub []annotation.Annotation
		for i, k := range key {
			switch {
			case (i+s)%5 == 0:
			case (i+s)%7 == 0:
				k.Type = annotation.NUM
				sub = append(sub, k)
			default:
				sub = append(sub, k)
			}
		}
		subs = append(subs, sub)
	}
	return text, key, subs
}

func BenchmarkSubmissionLarge(b *testing.B) {
	_, key, subs := classOf(b)
	b.ResetTimer()
	for b.Loop() {
		Submission(key, subs[0], nil)
	}
	b.ReportMetric(float64(len(key)), "entities")
}

func BenchmarkClassReportLarge(b *testing.B) {
	text, key, subs := classOf(b)
	b.ResetTimer()
	for b.Loop() {
		ClassReport(text, key, subs)
	}
	b.ReportMetric(float64(len(subs)), "students")
}
