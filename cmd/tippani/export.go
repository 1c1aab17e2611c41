package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"tippani/annotation/export"
)

// runExport reads one annotated text from FILE (or stdin) and writes it in
// the chosen format of the registry in package export. The input may be a
// Tippani document, a share body ({"title"?, "text", "annotations"}) or the
// output of `tippani annotate` ({"text", "entities"}, read as model
// annotations), so
//
//	tippani annotate < article.txt | tippani export -format conll
//
// works. With -from F the input is a file of format F instead (see
// `tippani import`), so corpus files convert too. What the readers and
// writers report (CoNLL alignment, converted units) goes to stderr.
//
// With -text FILE the annotations are first moved onto the revised text in
// FILE (see reanchorOnto); those that could not be placed are listed on
// stderr and make the exit status 3, after the output is written.
func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "tippani", "output `format`: "+export.Names())
	source := fs.String("source", "", "IRI of the annotated text for w3c and hypothesis output (default: derived from the text)")
	title := fs.String("title", "", "title for input that has none")
	from := fs.String("from", "tippani", "input `format`: "+export.Names()+" (json is tippani)")
	revised := fs.String("text", "", "move the annotations onto the revised text in this `file` (normalized to display form) first")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tippani export [-from F] [-format F] [-source IRI] [-title T] [-text revised.txt] [FILE]")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "brat is written as a zip of document.txt, document.ann and annotation.conf.")
		fmt.Fprintln(stderr, "With -text, each annotation that could not be placed on the revised text is listed on stderr")
		fmt.Fprintln(stderr, "(quote, type, note), followed by a count. Exit status: 0 done; 1 bad input; 2 bad usage;")
		fmt.Fprintln(stderr, "3 written, but some annotations could not be placed.")
	}
	if err := fs.Parse(args); err != nil || fs.NArg() > 1 {
		if err == nil {
			fs.Usage()
		}
		return 2
	}
	if *from == "json" {
		*from = "tippani"
	}
	if f := export.Lookup(*from); f == nil || f.Read == nil {
		fmt.Fprintf(stderr, "export: unknown input format %q (want one of %s)\n", *from, export.Names())
		return 2
	}
	if f := export.Lookup(*format); f == nil || f.Write == nil {
		fmt.Fprintf(stderr, "export: unknown format %q (want one of %s)\n", *format, export.Names())
		return 2
	}
	data, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	name := fs.Arg(0)
	if name == "" || name == "-" {
		name = "stdin"
	}
	doc, _, rep, err := export.Open(*from, []export.File{{Name: name, Data: data}}, export.ReadOptions{Title: *title, Now: time.Now()})
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	printReport(stderr, "export", rep)
	if doc.Title == "" {
		doc.Title = *title
	}
	unplaced := 0
	if *revised != "" {
		if unplaced, err = reanchorOnto(doc, *revised, time.Now(), stderr); err != nil {
			fmt.Fprintf(stderr, "export: %v\n", err)
			return 1
		}
	}
	out, _, rep, err := export.Save(*format, doc, export.WriteOptions{Source: *source})
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	printReport(stderr, "export", rep)
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "export: writing output: %v\n", err)
		return 1
	}
	if unplaced > 0 {
		return 3
	}
	return 0
}

// printReport writes what a reader or writer reported, a line each.
func printReport(w io.Writer, verb string, rep export.Report) {
	for _, line := range rep.Lines() {
		fmt.Fprintf(w, "%s: %s\n", verb, line)
	}
}

// readInput reads the named file, or stdin when name is "" or "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "" || name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}
