package main

import (
	"bytes"
	"compress/flate"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"tippani/annotation"
	"tippani/annotation/export"
)

func init() {
	export.Inflate = inflate
}

// runImport reads FILE… in the format -from names (or the one export.Detect
// finds when -from is left out) and writes the Tippani document they make
// on stdout. brat takes the .txt and .ann pair (or a zip of them); the
// formats that do not carry their text (Hypothesis, CSV, W3C annotations
// from other tools) take the text file as a second FILE. What the reader
// reports (converted units, entities placed by their quotes, overlaps kept
// as unplaced, records left out) goes to stderr.
func runImport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	from := fs.String("from", "", "input `format`: "+export.Names()+" (default: found from the files)")
	record := fs.Int("record", 0, "which document to read from a file holding several (1-based; default the first)")
	units := fs.String("units", "", "what the file's positions count, for doccano and hypothesis: utf16 (their default) or codepoints")
	title := fs.String("title", "", "title for a file that names none")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tippani import [-from F] [-record N] [-units utf16|codepoints] [-title T] FILE...")
		fs.PrintDefaults()
		fmt.Fprintln(stderr, "brat: the .txt and the .ann file (or one zip); hypothesis and csv: the annotations and the .txt they annotate.")
		fmt.Fprintln(stderr, "Exit status: 0 done; 1 bad input; 2 bad usage.")
	}
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		if err == nil {
			fs.Usage()
		}
		return 2
	}
	opts := export.ReadOptions{Record: *record, Title: *title, Now: time.Now()}
	switch *units {
	case "":
	case "utf16", "codepoints":
		u := export.CodePoints
		if *units == "utf16" {
			u = export.UTF16
		}
		opts.Units = &u
	default:
		fmt.Fprintf(stderr, "import: -units must be utf16 or codepoints, not %q\n", *units)
		return 2
	}
	if *from != "" {
		if f := export.Lookup(*from); f == nil || f.Read == nil {
			fmt.Fprintf(stderr, "import: unknown format %q (want one of %s)\n", *from, export.Names())
			return 2
		}
	}
	var files []export.File
	for _, name := range fs.Args() {
		data, err := readInput(name, stdin)
		if err != nil {
			fmt.Fprintf(stderr, "import: %v\n", err)
			return 1
		}
		files = append(files, export.File{Name: filepath.Base(name), Data: data})
	}
	format := *from
	if format == "" {
		if format = export.Detect(files); format == "" {
			fmt.Fprintf(stderr, "import: cannot tell the format of %s; name it with -from (%s)\n", fs.Arg(0), export.Names())
			return 2
		}
		fmt.Fprintf(stderr, "import: reading %s as %s\n", fs.Arg(0), format)
	}
	doc, _, rep, err := export.Open(format, files, opts)
	if err != nil {
		fmt.Fprintf(stderr, "import: %v\n", err)
		return 1
	}
	printReport(stderr, "import", rep)
	out, err := annotation.MarshalDocument(doc)
	if err == nil {
		_, err = stdout.Write(append(out, '\n'))
	}
	if err != nil {
		fmt.Fprintf(stderr, "import: %v\n", err)
		return 1
	}
	return 0
}

// inflate unpacks a deflated zip entry for package export, which leaves
// the inflater out of the browser engine. It reads at most size+1 bytes,
// so an entry that says it is small cannot unpack to more.
func inflate(compressed []byte, size int) ([]byte, error) {
	return io.ReadAll(io.LimitReader(flate.NewReader(bytes.NewReader(compressed)), int64(size)+1))
}
