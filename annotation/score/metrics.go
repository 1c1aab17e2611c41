package score

// Metrics are the counts and ratios of one comparison.
//
// Precision = TP/(TP+FP), Recall = TP/(TP+FN), F1 their harmonic mean.
// When a denominator is zero the ratio is defined, not NaN: it is 1 if the
// key and the submission are both empty (nothing to find, nothing wrongly
// marked: full marks), and 0 otherwise. So an empty key scores P = R = F1 =
// 0 against any marks, and an empty submission scores 0 against a non-empty
// key. F1 is 0 when precision and recall are both 0.
type Metrics struct {
	TruePositives  int     `json:"truePositives"`
	FalsePositives int     `json:"falsePositives"`
	FalseNegatives int     `json:"falseNegatives"`
	Precision      float64 `json:"precision"`
	Recall         float64 `json:"recall"`
	F1             float64 `json:"f1"`
}

// newMetrics computes the ratios for tp, fp, fn under the rules above.
func newMetrics(tp, fp, fn int) Metrics {
	m := Metrics{TruePositives: tp, FalsePositives: fp, FalseNegatives: fn}
	bothEmpty := tp+fp == 0 && tp+fn == 0
	m.Precision = ratio(tp, tp+fp, bothEmpty)
	m.Recall = ratio(tp, tp+fn, bothEmpty)
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

func ratio(num, den int, bothEmpty bool) float64 {
	if den == 0 {
		if bothEmpty {
			return 1
		}
		return 0
	}
	return float64(num) / float64(den)
}
