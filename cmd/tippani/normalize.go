package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"tippani/hindi/normalize"
)

// runNormalize writes the display form of stdin to stdout. With -report the
// change report goes to stderr as one JSON object (code point offsets). With
// -lossy invalid UTF-8 bytes become U+FFFD instead of stopping the command;
// without it an invalid byte is reported with its offset and nothing is
// written to stdout.
//
// Without -report the text alone is needed, so a large input is normalized
// on all cores (displayChunks); with it, one Display call keeps the single
// offset map the report is made from. Display scans clean lines once without
// copying and builds the output only around changes.
func runNormalize(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("normalize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	report := fs.Bool("report", false, "write the change report as JSON to stderr")
	lossy := fs.Bool("lossy", false, "replace invalid UTF-8 bytes with U+FFFD instead of failing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "tippani normalize: unexpected argument %q (input is read from stdin)\n", fs.Arg(0))
		return 2
	}
	if !*report {
		return writeDisplay(stdin, stdout, stderr, *lossy)
	}
	src, res, code := readDisplay("normalize", stdin, stderr, *lossy)
	if res == nil {
		return code
	}
	if _, err := io.WriteString(stdout, res.Text); err != nil {
		fmt.Fprintf(stderr, "tippani normalize: %v\n", err)
		return 1
	}
	{
		js, err := json.Marshal(res.Report(src))
		if err != nil {
			fmt.Fprintf(stderr, "tippani normalize: %v\n", err)
			return 1
		}
		stderr.Write(append(js, '\n'))
	}
	return 0
}

// writeDisplay writes the display form of all of stdin to stdout, nothing
// if the input is not valid UTF-8 (unless lossy).
func writeDisplay(stdin io.Reader, stdout, stderr io.Writer, lossy bool) int {
	src, err := readSource(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "tippani normalize: reading input: %v\n", err)
		return 1
	}
	pieces, err := displayChunks(src, lossy)
	var bad *normalize.InvalidUTF8Error
	if errors.As(err, &bad) {
		printInvalid(stderr, "normalize", bad)
		return 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "tippani normalize: %v\n", err)
		return 1
	}
	for _, p := range pieces {
		if _, err := io.WriteString(stdout, p); err != nil {
			fmt.Fprintf(stderr, "tippani normalize: %v\n", err)
			return 1
		}
	}
	return 0
}

// readSource reads all of r into a string. The bytes are read straight into
// the string's builder (sized from the file when r is a regular file), so a
// large input is held once, not once as bytes and again as a string.
func readSource(r io.Reader) (string, error) {
	var b strings.Builder
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			b.Grow(int(st.Size()))
		}
	}
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		b.Write(buf[:n])
		if err == io.EOF {
			return b.String(), nil
		}
		if err != nil {
			return "", err
		}
	}
}

func printInvalid(stderr io.Writer, verb string, bad *normalize.InvalidUTF8Error) {
	fmt.Fprintf(stderr, "tippani %s: input is not valid UTF-8: byte 0x%02x at byte offset %d (use -lossy to replace invalid bytes with U+FFFD)\n", verb, bad.Byte, bad.Offset)
}

// readDisplay reads all of stdin and computes its display form. On failure
// it prints a message naming the verb and returns a nil result and the exit
// code.
func readDisplay(verb string, stdin io.Reader, stderr io.Writer, lossy bool) (string, *normalize.Result, int) {
	src, err := readSource(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "tippani %s: reading input: %v\n", verb, err)
		return "", nil, 1
	}
	if lossy {
		return src, normalize.DisplayLossy(src), 0
	}
	res, err := normalize.Display(src)
	var bad *normalize.InvalidUTF8Error
	if errors.As(err, &bad) {
		printInvalid(stderr, verb, bad)
		return "", nil, 1
	}
	if err != nil {
		fmt.Fprintf(stderr, "tippani %s: %v\n", verb, err)
		return "", nil, 1
	}
	return src, res, 0
}
