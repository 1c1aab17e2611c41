package main

import (
	"fmt"
	"io"

	"tippani/ner"
	"tippani/ner/conll"
)

// writeReliability prints how well entity confidences are calibrated:
// predicted entities binned by score, with each bin's mean score and the
// share that exactly match a gold entity.
func writeReliability(w io.Writer, m *ner.Model, sents []conll.Sentence) {
	const bins = 10
	var count [bins]int
	var sum [bins]float64
	var right [bins]int
	for _, s := range sents {
		gold := map[conll.Span]bool{}
		for _, sp := range conll.Spans(conll.MapTags(s.Gold)) {
			gold[sp] = true
		}
		for _, e := range m.Entities(s.Tokens) {
			b := int(e.Score * bins)
			if b >= bins {
				b = bins - 1
			}
			count[b]++
			sum[b] += e.Score
			if gold[conll.Span{Start: e.Start, End: e.End, Type: e.Type}] {
				right[b]++
			}
		}
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "reliability (predicted entities by confidence):")
	fmt.Fprintf(w, "%-9s %7s %10s %9s\n", "bin", "count", "mean score", "accuracy")
	total, totalRight := 0, 0
	var ece float64
	for b := 0; b < bins; b++ {
		total += count[b]
		totalRight += right[b]
		if count[b] == 0 {
			fmt.Fprintf(w, "%.1f–%.1f %7d %10s %9s\n", float64(b)/bins, float64(b+1)/bins, 0, "-", "-")
			continue
		}
		mean := sum[b] / float64(count[b])
		acc := float64(right[b]) / float64(count[b])
		ece += float64(count[b]) * abs(mean-acc)
		fmt.Fprintf(w, "%.1f–%.1f %7d %10.3f %9.3f\n", float64(b)/bins, float64(b+1)/bins, count[b], mean, acc)
	}
	if total > 0 {
		fmt.Fprintf(w, "expected calibration error %.3f over %d entities\n", ece/float64(total), total)
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
