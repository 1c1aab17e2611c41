package main

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"tippani/ner/conll"
	"tippani/ner/train"
)

// runNERErrors tags a gold CoNLL file with the model and sorts every
// missed gold entity into one of three kinds — no predicted entity
// overlaps it, one overlaps with other boundaries, or the span is right
// and the type wrong — and counts the predicted entities that overlap no
// gold entity at all. Up to -n examples of each kind are listed as
// "TYPE text" (with the overlapping predictions for boundary errors).
// With -train FILE, each predicted entity that overlaps no gold entity
// also says how that annotated file tags the same phrase ("train: 17 of
// 22"), and a last line counts those it tags so in at least half of
// their occurrences: names the file under test leaves unmarked where
// the training annotation marks them.
func runNERErrors(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-errors", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	limit := fs.Int("n", 20, "examples listed per kind")
	docSize := docFlag(fs)
	trainPath := fs.String("train", "", "annotated CoNLL file to compare the false positives with")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || *docSize < 0 {
		fmt.Fprintln(stderr, "usage: tippani ner-errors [-model FILE] [-n N] [-doc N] [-train FILE] FILE")
		return 2
	}
	sents, err := conll.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "ner-errors: %v\n", err)
		return 1
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "ner-errors: %v\n", err)
		return 1
	}
	kinds := []string{"missed, no overlapping prediction", "missed, wrong boundaries", "missed, right span but wrong type", "predicted, overlapping no gold entity"}
	examples := make([][]string, len(kinds))
	counts := make([]int, len(kinds))
	note := func(k int, s string) {
		counts[k]++
		if len(examples[k]) < *limit {
			examples[k] = append(examples[k], s)
		}
	}
	var falsePos []conll.Span // predicted entities overlapping no gold one, as type and phrase
	var falsePhrases []string
	overlaps := func(a, b conll.Span) bool { return a.Start < b.End && b.Start < a.End }
	preds := train.TagRunning(m, sents, *docSize)
	for i, s := range sents {
		gold := conll.Spans(conll.MapTags(s.Gold))
		pred := conll.Spans(preds[i])
		text := func(sp conll.Span) string { return sp.Type + " " + strings.Join(s.Tokens[sp.Start:sp.End], " ") }
		for _, g := range gold {
			var over []string
			exact := false
			for _, p := range pred {
				if p == g {
					exact = true
					break
				}
				if overlaps(p, g) {
					over = append(over, text(p))
					if p.Start == g.Start && p.End == g.End {
						exact = true // same span, other type
					}
				}
			}
			switch {
			case exact && len(over) == 0:
				// correct
			case exact:
				note(2, text(g)+" → "+strings.Join(over, " | "))
			case len(over) == 0:
				note(0, text(g))
			default:
				note(1, text(g)+" → "+strings.Join(over, " | "))
			}
		}
		for _, p := range pred {
			alone := true
			for _, g := range gold {
				if overlaps(p, g) {
					alone = false
					break
				}
			}
			if alone {
				falsePos = append(falsePos, p)
				falsePhrases = append(falsePhrases, strings.Join(s.Tokens[p.Start:p.End], " "))
			}
		}
	}
	var tagging map[string]*phraseTagging
	if *trainPath != "" {
		trainSents, err := conll.ReadFile(*trainPath)
		if err != nil {
			fmt.Fprintf(stderr, "ner-errors: %v\n", err)
			return 1
		}
		tagging = tagPhrases(trainSents, falsePhrases)
	}
	taggedSo := 0
	for i, p := range falsePos {
		e := p.Type + " " + falsePhrases[i]
		if t := tagging[falsePhrases[i]]; t != nil {
			e += fmt.Sprintf("   (train: %d of %d)", t.asType[p.Type], t.occurrences)
			if t.mostly(p.Type) {
				taggedSo++
			}
		}
		note(3, e)
	}
	for k, name := range kinds {
		fmt.Fprintf(stdout, "%4d %s\n", counts[k], name)
		for _, e := range examples[k] {
			fmt.Fprintf(stdout, "       %s\n", e)
		}
	}
	if tagging != nil {
		fmt.Fprintf(stdout, "%4d of the %d predicted entities overlapping no gold entity are tagged so in at least half of their occurrences in %s\n",
			taggedSo, len(falsePos), filepath.Base(*trainPath))
	}
	return 0
}
