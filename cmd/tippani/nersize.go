package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"tippani/ner"
)

// runNERSize quantizes the model again at every combination of the
// settings given and prints, for each, the stored rows, the file size raw
// and gzipped, and the held-out figures train prints.
func runNERSize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-size", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	dataDir := fs.String("data", defaultDataDir(), "directory with the held-out corpora")
	quants := fs.String("quant", "16,8", "weight precisions in bits, comma-separated")
	prunes := fs.String("prune", "0,0.5,1,2,4", "pruning thresholds, comma-separated")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	qs, err1 := numberList(*quants, strconv.Atoi)
	ps, err3 := numberList(*prunes, func(s string) (float64, error) { return strconv.ParseFloat(s, 64) })
	for _, err := range []error{err1, err3} {
		if err != nil {
			fmt.Fprintf(stderr, "ner-size: %v\n", err)
			return 2
		}
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "ner-size: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%-5s %6s %8s %10s %10s  %s\n", "quant", "prune", "rows", "bytes", "gzip", "held-out F1")
	for _, q := range qs {
		for _, p := range ps {
			s := m.Shrink(ner.Quantization{Bits: q, Prune: p})
			var buf bytes.Buffer
			if err := s.Encode(&buf); err != nil {
				fmt.Fprintf(stderr, "ner-size: %v\n", err)
				return 1
			}
			rows, _ := s.Size()
			_, figures := heldOut(s, *dataDir)
			fmt.Fprintf(stdout, "%-5d %6.2f %8d %10d %10d %s\n", q, p, rows, buf.Len(), gzipSize(buf.Bytes()), figures)
		}
	}
	return 0
}

// numberList parses a comma-separated list of numbers.
func numberList[T any](s string, parse func(string) (T, error)) ([]T, error) {
	var out []T
	for _, f := range strings.Split(s, ",") {
		v, err := parse(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("bad number %q in %q", f, s)
		}
		out = append(out, v)
	}
	return out, nil
}
