package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"tippani/engine"
	"tippani/hindi/normalize"
)

// runAnnotate reads raw text from stdin and prints the engine's Result as
// one JSON object: {"text", "entities": [{"start","end","type","text",
// "score"}], "normalization"}, offsets in code points of "text".
//
// Input that is not valid UTF-8 is refused with the offset of the first
// bad byte (exit 1) unless -lossy asks for U+FFFD replacement.
func runAnnotate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lossy := fs.Bool("lossy", false, "replace invalid UTF-8 bytes with U+FFFD instead of failing")
	pretty := fs.Bool("pretty", false, "indent the JSON output")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: tippani annotate [-lossy] [-pretty] < article.txt")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "annotate: unexpected argument %q (the text is read from stdin)\n", fs.Arg(0))
		return 2
	}
	raw, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "annotate: reading stdin: %v\n", err)
		return 1
	}
	var res *engine.Result
	if *lossy {
		res, err = engine.AnnotateLossy(string(raw))
	} else {
		res, err = engine.Annotate(string(raw))
	}
	if err != nil {
		fmt.Fprintf(stderr, "annotate: %v\n", err)
		var bad *normalize.InvalidUTF8Error
		if errors.As(err, &bad) {
			fmt.Fprintln(stderr, "annotate: -lossy replaces invalid bytes with U+FFFD instead")
		}
		return 1
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(res); err != nil {
		fmt.Fprintf(stderr, "annotate: writing output: %v\n", err)
		return 1
	}
	return 0
}
