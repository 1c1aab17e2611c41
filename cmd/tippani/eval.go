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
	seenDir := fs.String("seen", defaultDataDir(), "directory of the training corpora: sentences found there are also left out for a second, unseen-only table (\"\" for none)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: tippani eval [-model FILE] [-reliability] [-seen DIR] FILE")
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
	var pred func(conll.Sentence) []string
	switch {
	case withPred == len(sents):
		pred = func(s conll.Sentence) []string { return conll.MapTags(s.Pred) }
		fmt.Fprintln(stdout, "scoring the last column against the second")
	case withPred == 0:
		m, err := loadModel(*modelPath)
		if err != nil {
			fmt.Fprintf(stderr, "eval: %v\n", err)
			return 1
		}
		pred = func(s conll.Sentence) []string { return m.TagTokens(s.Tokens) }
		fmt.Fprintln(stdout, "scoring the model against the second column")
		if *reliability {
			defer writeReliability(stdout, m, sents)
		}
	default:
		fmt.Fprintf(stderr, "eval: %d of %d sentences have a prediction column; need all or none\n", withPred, len(sents))
		return 1
	}
	rep, unseen := scoreSplit(sents, pred, seen)
	rep.WriteTable(stdout)
	if seen != nil {
		fmt.Fprintf(stdout, "\nunseen: the %d of %d sentences that occur in no training corpus\n", unseen.Sentences, rep.Sentences)
		unseen.WriteTable(stdout)
	}
	return 0
}
