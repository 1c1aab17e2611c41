package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/ner"
	"tippani/ner/conll"
)

// runNERDump prints everything the recognizer decides about the given
// files, so that two builds can be checked to decide the same: for a
// CoNLL file (name ending in .conll) each sentence's tags (TagTokens) and
// scored entities (Entities), then the entities of all its sentences as
// running text (Recognize); for any other file the entities of its text.
// Entity lines are "<kind> <start> <end> <type> <score>" with token
// offsets for sentences and byte offsets for running text.
//
// With -compare OLD the dump is not printed but checked against OLD (a
// dump made earlier, typically by another build with the same -model):
// the verb fails if any tag or span differs or a score moves by more
// than -tolerance, and prints the largest score difference.
func runNERDump(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ner-dump", flag.ContinueOnError)
	fs.SetOutput(stderr)
	modelPath := fs.String("model", "", "model file (default: the embedded model)")
	compare := fs.String("compare", "", "an earlier dump to compare with instead of printing")
	tolerance := fs.Float64("tolerance", 1e-3, "largest score difference -compare accepts")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "ner-dump: name at least one CoNLL or text file")
		return 2
	}
	m, err := loadModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "ner-dump: %v\n", err)
		return 1
	}
	var sb strings.Builder
	for _, path := range fs.Args() {
		if err := dumpFile(&sb, m, path); err != nil {
			fmt.Fprintf(stderr, "ner-dump: %v\n", err)
			return 1
		}
	}
	if *compare == "" {
		io.WriteString(stdout, sb.String())
		return 0
	}
	old, err := os.ReadFile(*compare)
	if err != nil {
		fmt.Fprintf(stderr, "ner-dump: %v\n", err)
		return 1
	}
	return compareDumps(string(old), sb.String(), *tolerance, stdout)
}

func dumpFile(sb *strings.Builder, m *ner.Model, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	fmt.Fprintf(sb, "# %s\n", path)
	if !strings.HasSuffix(path, ".conll") {
		raw, err := io.ReadAll(bufio.NewReader(f))
		if err != nil {
			return err
		}
		dumpText(sb, m, string(raw))
		return nil
	}
	var text strings.Builder
	err = conll.Scan(f, func(s conll.Sentence) error {
		sb.WriteString(strings.Join(m.TagTokens(s.Tokens), " "))
		sb.WriteByte('\n')
		for _, e := range m.Entities(s.Tokens) {
			fmt.Fprintf(sb, "E %d %d %s %.6f\n", e.Start, e.End, e.Type, e.Score)
		}
		text.WriteString(strings.Join(s.Tokens, " "))
		text.WriteByte('\n')
		return nil
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	dumpText(sb, m, text.String())
	return nil
}

func dumpText(sb *strings.Builder, m *ner.Model, raw string) {
	text := normalize.String(raw)
	for _, e := range m.Recognize(text, tokenize.Tokens(text)) {
		fmt.Fprintf(sb, "R %d %d %s %.6f\n", e.Start, e.End, e.Type, e.Score)
	}
}

// compareDumps reports whether two dumps agree line by line, with entity
// scores allowed to differ by at most tolerance.
func compareDumps(old, cur string, tolerance float64, stdout io.Writer) int {
	a, b := strings.Split(old, "\n"), strings.Split(cur, "\n")
	if len(a) != len(b) {
		fmt.Fprintf(stdout, "differ: %d lines before, %d now\n", len(a), len(b))
		return 1
	}
	worst, diffs := 0.0, 0
	for i := range a {
		if a[i] == b[i] {
			continue
		}
		x, y := strings.Fields(a[i]), strings.Fields(b[i])
		ok := len(x) == 5 && len(y) == 5 && (x[0] == "E" || x[0] == "R") &&
			strings.Join(x[:4], " ") == strings.Join(y[:4], " ")
		if ok {
			p, err1 := strconv.ParseFloat(x[4], 64)
			q, err2 := strconv.ParseFloat(y[4], 64)
			ok = err1 == nil && err2 == nil
			worst = math.Max(worst, math.Abs(p-q))
		}
		if !ok {
			diffs++
			if diffs <= 10 {
				fmt.Fprintf(stdout, "line %d differs:\n  before %s\n  now    %s\n", i+1, a[i], b[i])
			}
		}
	}
	fmt.Fprintf(stdout, "%d lines, %d tag or span differences, largest score difference %.2g\n", len(a), diffs, worst)
	if diffs > 0 || worst > tolerance {
		return 1
	}
	return 0
}
