package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"

	"tippani/annotation"
	"tippani/annotation/export"
	"tippani/internal/jsonwire"
)

// runExport reads one annotated text from FILE (or stdin) and writes it in
// the chosen format. The input may be a Tippani document, a share body
// ({"title"?, "text", "annotations"}) or the output of `tippani annotate`
// ({"text", "entities"}, read as model annotations), so
//
//	tippani annotate < article.txt | tippani export -format conll
//
// works. With -from conll the input is a CoNLL file instead (read by
// export.ReadCoNLL), so corpus files convert too. CoNLL alignment and
// reading counts go to stderr.
//
// With -text FILE the annotations are first moved onto the revised text in
// FILE (see reanchorOnto); those that could not be placed are listed on
// stderr and make the exit status 3, after the output is written.
func runExport(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "tippani", "output format: tippani, w3c, conll or csv")
	source := fs.String("source", "", "IRI of the annotated text for w3c output (default: derived from the text)")
	title := fs.String("title", "", "title for input that has none")
	from := fs.String("from", "json", "input format: json (document, share or annotate output) or conll")
	revised := fs.String("text", "", "move the annotations onto the revised text in this `file` (normalized to display form) first")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tippani export [-from json|conll] [-format tippani|w3c|conll|csv] [-source IRI] [-title T] [-text revised.txt] [FILE]")
		fs.PrintDefaults()
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
	data, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	var doc *annotation.Document
	switch *from {
	case "json":
		doc, err = documentFromInput(data, time.Now())
	case "conll":
		var text string
		var anns []annotation.Annotation
		var stats export.CoNLLReadStats
		text, anns, stats, err = export.ReadCoNLL(bytes.NewReader(data))
		if err == nil {
			doc = annotation.NewDocument("", text, anns, time.Now())
			fmt.Fprintf(stderr, "export: read %d sentences, %d tokens, %d entities (%d tags of other types read as O)\n",
				stats.Sentences, stats.Tokens, stats.Entities, stats.Unmapped)
		}
	default:
		fmt.Fprintf(stderr, "export: unknown input format %q (want json or conll)\n", *from)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
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
	var out []byte
	switch *format {
	case "tippani":
		out, err = annotation.MarshalDocument(doc)
		out = append(out, '\n')
	case "w3c":
		out, err = export.WebAnnotations(doc, export.WebAnnotationOptions{Source: *source})
		out = append(out, '\n')
	case "conll":
		var buf bytes.Buffer
		var stats export.CoNLLStats
		stats, err = export.CoNLL(&buf, doc.Text, doc.Annotations, doc.CustomTypes...)
		out = buf.Bytes()
		if err == nil {
			fmt.Fprintf(stderr, "export: %d tokens, %d sentences; %d entities: %d on token boundaries, %d widened, %d dropped\n",
				stats.Tokens, stats.Sentences, stats.Entities, stats.Aligned, stats.Widened, stats.Dropped)
		}
	case "csv":
		var buf bytes.Buffer
		err = export.CSV(&buf, doc.Text, doc.Annotations, doc.CustomTypes...)
		out = buf.Bytes()
	default:
		fmt.Fprintf(stderr, "export: unknown format %q (want tippani, w3c, conll or csv)\n", *format)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "export: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "export: writing output: %v\n", err)
		return 1
	}
	if unplaced > 0 {
		return 3
	}
	return 0
}

// readInput reads the named file, or stdin when name is "" or "-".
func readInput(name string, stdin io.Reader) ([]byte, error) {
	if name == "" || name == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(name)
}

// documentFromInput accepts a Tippani document, a share body or the output
// of `tippani annotate`, and returns a validated document.
func documentFromInput(data []byte, now time.Time) (*annotation.Document, error) {
	root, err := jsonwire.Parse(string(data))
	switch {
	case err != nil || root.Get("format").Exists():
		return annotation.UnmarshalDocument(data) // which says what is wrong
	case root.Get("entities").Exists() && !root.Get("annotations").Exists():
		return readAnnotateOutput(root, now)
	default:
		share, err := annotation.ParseShare(data)
		if err != nil {
			return nil, err
		}
		d := annotation.NewDocument(share.Title, share.Text, share.Annotations, now)
		d.CustomTypes = share.CustomTypes
		return d, nil
	}
}

// readAnnotateOutput reads `tippani annotate` output, {"text", "entities":
// [{"start", "end", "type", "score", ...}]}, as model annotations.
func readAnnotateOutput(root jsonwire.Value, now time.Time) (*annotation.Document, error) {
	text := root.Get("text")
	if text.Kind() != jsonwire.String {
		return nil, annotation.Errorf(annotation.CodeMissingField, "text", "annotate output must have a text string")
	}
	var anns []annotation.Annotation
	for i, e := range root.Get("entities").Elements() {
		start, err1 := e.Get("start").Float()
		end, err2 := e.Get("end").Float()
		score, _ := e.Get("score").Float()
		if err1 != nil || err2 != nil || e.Get("type").Kind() != jsonwire.String {
			return nil, annotation.Errorf(annotation.CodeBadField, "entities["+strconv.Itoa(i)+"]", "entities[%d] needs numeric start and end and a type", i)
		}
		anns = append(anns, annotation.Annotation{Start: int(start), End: int(end), Type: annotation.Type(e.Get("type").Str()),
			Source: annotation.SourceModel, Score: score})
	}
	if err := annotation.Validate(text.Str(), anns, annotation.DefaultLimits()); err != nil {
		return nil, err
	}
	return annotation.NewDocument("", text.Str(), anns, now), nil
}
