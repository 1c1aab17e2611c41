package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"tippani/ner/conll"
	"tippani/ner/train"
)

// runEval scores a CoNLL file. With three or more columns the second is
// gold and the last is the prediction; with two columns the model tags
// the tokens itself. Scores are exact-span, exact-type, CoNLL style. A
// second table scores only the sentences that occur verbatim in none of
// the training corpora (-seen), the figure that says how the model does
// on text it has not learned by heart.
func runEval(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file for 2-column input (default: the embedded model)")
	reliability := fs.Bool("reliability", false, "also print the confidence reliability table (2-column input)")
	docSize := docFlag(fs)
	seenDir := fs.String("seen", defaultDataDir(), "directory of the training corpora: sentences found there are also left out for a second, unseen-only table (\"\" for none)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || *docSize < 0 {
		fmt.Fprintln(stderr, "usage: tippani eval [-model FILE] [-doc N] [-reliability] [-seen DIR] FILE")
		return 2
	}
	var in io.Reader = stdin
	if name := fs.Arg(0); name != "-" {
		f, err := os.Open(name)
		if err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	sents, err := conll.Read(in)
	if err != nil {
		fmt.Fprintf(stderr, "eval: %v\n", err)
		return 1
	}
	if len(sents) == 0 {
		fmt.Fprintln(stderr, "eval: no sentences in input")
		return 1
	}
	withPred := 0
	for i := range sents {
		if sents[i].HasPred() {
			withPred++
		}
	}
	var seen train.SeenSet
	if *seenDir != "" {
		if seen, err = train.LoadSeen(*seenDir); err != nil {
			fmt.Fprintf(stderr, "eval: training corpora for the unseen-only table: %v\n", err)
			return 1
		}
	}
	var preds [][]string
	switch {
	case withPred == len(sents):
		for _, s := range sents {
			preds = append(preds, conll.MapTags(s.Pred))
		}
		fmt.Fprintln(stdout, "scoring the last column against the second")
	case withPred == 0:
		m, err := loadModel(*modelPath)
		if err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
		preds = train.TagRunning(m, sents, *docSize)
		fmt.Fprintf(stdout, "scoring the model against the second column, %s\n", readingOf(*docSize))
		if *reliability {
			defer writeReliability(stdout, m, sents)
		}
	default:
		fmt.Fprintf(stderr, "eval: %d of %d sentences have a prediction column; need all or none\n", withPred, len(sents))
		return 1
	}
	rep, unseen := scoreSplit(sents, preds, seen)
	rep.WriteTable(stdout)
	if seen != nil {
		fmt.Fprintf(stdout, "\nunseen: the %d of %d sentences that occur in no training corpus\n", unseen.Sentences, rep.Sentences)
		unseen.WriteTable(stdout)
	}
	return 0
}

// readingOf says how -doc N reads a file, for the line before the tables.
func readingOf(docSize int) string {
	switch docSize {
	case 0:
		return "each document read as one text (-doc 0: cut only at -DOCSTART-)"
	case 1:
		return "each sentence alone (-doc 1)"
	}
	return fmt.Sprintf("%d sentences at a time read as one text (-doc %d)", docSize, docSize)
}
