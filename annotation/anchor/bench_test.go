package anchor

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// benchText returns a text of at least n code points made of numbered
// copies of the sample article, and 5,000 annotations spread over it:
// every eighth word, one to two words long.
func benchText(tb testing.TB, n int) ([]rune, []annotation.Annotation) {
	tb.Helper()
	sample, _ := sharedtest.Sample(tb)
	var text []rune
	for i := 1; len(text) < n; i++ {
		text = append(text, []rune("अनुच्छेद "+strconv.Itoa(i)+"\n"+sample+"\n")...)
	}
	text = text[:n]
	words := wordSpans(text)
	anns := make([]annotation.Annotation, 0, 5000)
	step := len(words) / 5000
	for i := 0; len(anns) < 5000; i += step {
		end := words[i].End
		if i%3 == 0 {
			end = words[i+1].End
		}
		anns = append(anns, annotation.Annotation{Start: words[i].Start, End: end, Type: annotation.Types[i%5], Source: annotation.SourcePerson})
	}
	return text, anns
}

// BenchmarkReanchor re-anchors 5,000 annotations onto an edited text of
// 200,000 code points (and of 100,000, an article's worth in the browser):
// one typo fixed, 200 random edits (a revised version), and, at 200,000, a
// text with nothing in common (the cost bound of the diff and the search).
func BenchmarkReanchor(b *testing.B) {
	for _, n := range []int{200_000, 100_000} {
		old, anns := benchText(b, n)
		rng := rand.New(rand.NewPCG(15, 16))
		oldText := string(old)
		cases := []struct {
			name  string
			edits []edit
		}{
			{"typo", randomEdits(rng, old, anns, 1)},
			{"revised", randomEdits(rng, old, anns, 200)},
		}
		if n == 200_000 {
			cases = append(cases, struct {
				name  string
				edits []edit
			}{"rewritten", []edit{{0, len(old), []rune(strings.Repeat("बिलकुल दूसरा लेख है। ", len(old)/21))}}})
		}
		for _, c := range cases {
			newText := string(applyEdits(old, c.edits))
			b.Run(strconv.Itoa(n/1000)+"k/"+c.name, func(b *testing.B) {
				var res Result
				for b.Loop() {
					res = Reanchor(oldText, newText, anns)
				}
				b.ReportMetric(float64(len(anns)), "annotations")
				b.ReportMetric(float64(res.Counts.Unplaced), "unplaced")
			})
		}
	}
}
