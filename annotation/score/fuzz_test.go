package score

import (
	"testing"

	"tippani/annotation"
)

// spansFrom turns fuzz bytes into annotations on classText: three bytes
// each for start, length and type, deliberately allowing overlaps,
// duplicates and spans past the end.
func spansFrom(data []byte) []annotation.Annotation {
	var out []annotation.Annotation
	for i := 0; i+2 < len(data); i += 3 {
		start := int(data[i] % 26)
		out = append(out, ann(start, start+1+int(data[i+1]%8), annotation.Types[int(data[i+2])%len(annotation.Types)]))
	}
	return out
}

// FuzzSubmission checks the invariants of grading on arbitrary inputs:
// counts add up to the distinct entities on each side, ratios stay in
// [0,1], lenient matching finds at least the exact matches, and the class
// report never fails.
func FuzzSubmission(f *testing.F) {
	f.Add([]byte{0, 2, 0, 7, 3, 0}, []byte{0, 2, 0, 8, 3, 1})
	f.Add([]byte{}, []byte{1, 1, 1})
	f.Fuzz(func(t *testing.T, keyBytes, subBytes []byte) {
		key, sub := spansFrom(keyBytes), spansFrom(subBytes)
		r := Submission(key, sub, nil)
		nk, ns := len(spansOf(key)), len(spansOf(sub))
		for _, m := range []Metrics{r.Exact, r.Lenient} {
			if m.TruePositives+m.FalseNegatives != nk || m.TruePositives+m.FalsePositives != ns {
				t.Fatalf("counts %+v do not add up to %d key and %d marked entities", m, nk, ns)
			}
			for _, v := range []float64{m.Precision, m.Recall, m.F1} {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("ratio out of range: %+v", m)
				}
			}
		}
		if r.Lenient.TruePositives < r.Exact.TruePositives {
			t.Fatalf("lenient %d < exact %d", r.Lenient.TruePositives, r.Exact.TruePositives)
		}
		ClassReport(classText, key, [][]annotation.Annotation{sub, key})
	})
}
