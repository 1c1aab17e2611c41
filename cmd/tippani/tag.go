package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"tippani/ner"
	"tippani/ner/conll"
	"tippani/ner/train"
)

// runTag tags CoNLL input with the embedded model (or -model FILE) and
// prints token, gold and predicted tag. Sentences are read -doc at a time
// as one text, as the annotator reads an article (see train.TagRunning);
// tokens are tagged as given; blank lines between sentences are kept.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	docSize := docFlag(fs)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	in := stdin
	if fs.NArg() > 1 || *docSize < 0 {
		fmt.Fprintln(stderr, "usage: tippani tag [-model FILE] [-doc N] [FILE]")
		return 2
	}
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			fmt.Fprintf(stderr, "tag: %v\n", err)
			return 1
		}
		defer f.Close()
		in = f
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "tag: %v\n", err)
		return 1
	}
	// Sentences are held only until their text is complete, so a file
	// of any length streams through in texts of -doc sentences.
	bw := bufio.NewWriter(stdout)
	defer bw.Flush()
	var text []conll.Sentence
	first := true
	flush := func() {
		for i, pred := range train.TagRunning(m, text, *docSize) {
			if !first {
				bw.WriteByte('\n')
			}
			first = false
			for k, tok := range text[i].Tokens {
				bw.WriteString(tok)
				bw.WriteByte('\t')
				bw.WriteString(text[i].Gold[k])
				bw.WriteByte('\t')
				bw.WriteString(pred[k])
				bw.WriteByte('\n')
			}
		}
		text = text[:0]
	}
	inText := 0 // sentences of text that are not a -DOCSTART- marker
	err = conll.Scan(in, func(s conll.Sentence) error {
		marker := conll.IsDocStart(s)
		if marker || *docSize > 0 && inText == *docSize {
			flush()
			inText = 0
		}
		text = append(text, s)
		if !marker {
			inText++
		}
		return nil
	})
	flush()
	if err != nil {
		bw.Flush()
		fmt.Fprintf(stderr, "tag: %v\n", err)
		return 1
	}
	return 0
}

// loadModel returns the embedded model, or the model in path.
func loadModel(path string) (*ner.Model, error) {
	if path == "" {
		if err := ner.DefaultErr(); err != nil {
			return nil, err
		}
		return ner.Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := ner.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}
