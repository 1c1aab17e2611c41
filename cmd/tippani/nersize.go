package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"tippani/ner"
)

// runNERSize re-quantizes and prunes the model at several settings and
// prints, for each, the stored rows, file size raw and gzipped, and
// micro F1 on the dev file.
func runNERSize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-size", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	dev := fs.String("dev", filepath.Join(defaultDataDir(), ner.ILNERDev), "CoNLL file to score")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "ner-size: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "%-5s %6s %8s %10s %10s %8s\n", "quant", "prune", "rows", "bytes", "gzip", "dev F1")
	for _, q := range []int{16, 8} {
		for _, p := range []float64{0, 0.5, 1, 2, 4} {
			s := m.Shrink(q, p)
			var buf bytes.Buffer
			if err := s.Encode(&buf); err != nil {
				fmt.Fprintf(stderr, "ner-size: %v\n", err)
				return 1
			}
			rows, _ := s.Size()
			rep, err := s.EvaluateFile(*dev)
			if err != nil {
				fmt.Fprintf(stderr, "ner-size: %v\n", err)
				return 1
			}
			fmt.Fprintf(stdout, "%-5d %6.1f %8d %10d %10d %8.4f\n", q, p, rows, buf.Len(), gzipSize(buf.Bytes()), rep.Micro().F1())
		}
	}
	return 0
}
