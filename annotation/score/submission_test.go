package score

import (
	"math"
	"testing"

	"tippani/annotation"
)

func ann(start, end int, t annotation.Type) annotation.Annotation {
	return annotation.Annotation{Start: start, End: end, Type: t}
}

const (
	PER = annotation.PER
	LOC = annotation.LOC
	ORG = annotation.ORG
)

// want is P, R, F1 and TP, FP, FN, each computed by hand.
type want struct {
	p, r, f    float64
	tp, fp, fn int
}

func checkMetrics(t *testing.T, name string, got Metrics, w want) {
	t.Helper()
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if !near(got.Precision, w.p) || !near(got.Recall, w.r) || !near(got.F1, w.f) ||
		got.TruePositives != w.tp || got.FalsePositives != w.fp || got.FalseNegatives != w.fn {
		t.Errorf("%s: got %+v, want %+v", name, got, w)
	}
}

func TestSubmissionTable(t *testing.T) {
	key := []annotation.Annotation{ann(0, 5, PER), ann(10, 15, LOC), ann(20, 30, ORG)}
	dup := ann(0, 5, PER)
	dup.Note, dup.Source = "दोबारा", annotation.SourcePerson
	cases := []struct {
		name           string
		key, sub       []annotation.Annotation
		exact, lenient want
		wrongType      int
	}{
		{"perfect", key, key, want{1, 1, 1, 3, 0, 0}, want{1, 1, 1, 3, 0, 0}, 0},
		{"both empty", nil, nil, want{1, 1, 1, 0, 0, 0}, want{1, 1, 1, 0, 0, 0}, 0},
		{"empty key", nil, []annotation.Annotation{ann(0, 5, PER)}, want{0, 0, 0, 0, 1, 0}, want{0, 0, 0, 0, 1, 0}, 0},
		{"empty submission", key, nil, want{0, 0, 0, 0, 0, 3}, want{0, 0, 0, 0, 0, 3}, 0},
		{"duplicates count once", key, []annotation.Annotation{ann(0, 5, PER), dup, ann(10, 15, LOC)},
			want{1, 2.0 / 3, 0.8, 2, 0, 1}, want{1, 2.0 / 3, 0.8, 2, 0, 1}, 0},
		{"type mismatch", key, []annotation.Annotation{ann(0, 5, LOC), ann(10, 15, LOC)},
			want{0.5, 1.0 / 3, 0.4, 1, 1, 2}, want{0.5, 1.0 / 3, 0.4, 1, 1, 2}, 1},
		{"partial spans", key, []annotation.Annotation{ann(0, 3, PER), ann(12, 18, LOC), ann(20, 25, ORG), ann(25, 30, ORG)},
			want{0, 0, 0, 0, 4, 3}, want{0.75, 1, 6.0 / 7, 3, 1, 0}, 0},
		{"exact matches are paired first",
			[]annotation.Annotation{ann(0, 10, PER), ann(12, 20, PER)},
			[]annotation.Annotation{ann(8, 19, PER), ann(12, 20, PER)},
			want{0.5, 0.5, 0.5, 1, 1, 1}, want{1, 1, 1, 2, 0, 0}, 0},
		{"one key entity matched once",
			[]annotation.Annotation{ann(0, 10, PER)},
			[]annotation.Annotation{ann(0, 4, PER), ann(5, 10, PER)},
			want{0, 0, 0, 0, 2, 1}, want{0.5, 1, 2.0 / 3, 1, 1, 0}, 0},
	}
	for _, c := range cases {
		r := Submission(c.key, c.sub, nil)
		checkMetrics(t, c.name+" exact", r.Exact, c.exact)
		checkMetrics(t, c.name+" lenient", r.Lenient, c.lenient)
		if r.WrongType != c.wrongType {
			t.Errorf("%s: wrongType = %d, want %d", c.name, r.WrongType, c.wrongType)
		}
	}
}

func TestSubmissionByType(t *testing.T) {
	key := []annotation.Annotation{ann(0, 5, PER), ann(10, 15, LOC), ann(20, 30, ORG)}
	sub := []annotation.Annotation{ann(0, 5, LOC), ann(10, 15, LOC)}
	r := Submission(key, sub, nil)
	if len(r.ByType) != 3 || r.ByType[0].Type != PER || r.ByType[1].Type != LOC || r.ByType[2].Type != ORG {
		t.Fatalf("byType = %+v, want PER, LOC, ORG", r.ByType)
	}
	checkMetrics(t, "PER", r.ByType[0].Exact, want{0, 0, 0, 0, 0, 1})
	checkMetrics(t, "LOC", r.ByType[1].Exact, want{0.5, 1, 2.0 / 3, 1, 1, 0})
	checkMetrics(t, "ORG", r.ByType[2].Exact, want{0, 0, 0, 0, 0, 1})

	// A type the exercise asks for that neither side used is full marks.
	r = Submission(key, sub, []annotation.Type{annotation.DATE})
	if len(r.ByType) != 1 {
		t.Fatalf("byType = %+v", r.ByType)
	}
	checkMetrics(t, "DATE", r.ByType[0].Exact, want{1, 1, 1, 0, 0, 0})
}
