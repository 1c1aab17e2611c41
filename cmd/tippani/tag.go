package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"tippani/ner"
	"tippani/ner/conll"
)

// runTag tags CoNLL input sentence by sentence with the embedded model
// (or -model FILE) and prints token, gold and predicted tag. Tokens are
// tagged as given; blank lines between sentences are kept.
func runTag(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tag", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	in := stdin
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "tag: at most one input file")
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
	bw := bufio.NewWriter(stdout)
	defer bw.Flush()
	first := true
	err = conll.Scan(in, func(s conll.Sentence) error {
		if !first {
			bw.WriteByte('\n')
		}
		first = false
		pred := m.TagTokens(s.Tokens)
		for i, tok := range s.Tokens {
			bw.WriteString(tok)
			bw.WriteByte('\t')
			bw.WriteString(s.Gold[i])
			bw.WriteByte('\t')
			bw.WriteString(pred[i])
			bw.WriteByte('\n')
		}
		return nil
	})
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
