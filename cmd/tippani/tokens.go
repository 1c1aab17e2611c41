package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"unicode/utf8"

	"tippani/hindi/tokenize"
)

// tokenLine is one output line of `tippani tokens`. Offsets are code points
// into the display form.
type tokenLine struct {
	Start int           `json:"start"`
	End   int           `json:"end"`
	Kind  tokenize.Kind `json:"kind"`
	Text  string        `json:"text"`
}

// runTokens normalizes stdin to its display form, tokenizes it and prints
// one JSON object per token.
func runTokens(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("tokens", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lossy := fs.Bool("lossy", false, "replace invalid UTF-8 bytes with U+FFFD instead of failing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "tippani tokens: unexpected argument %q (input is read from stdin)\n", fs.Arg(0))
		return 2
	}
	_, res, code := readDisplay("tokens", stdin, stderr, *lossy)
	if res == nil {
		return code
	}
	text := res.Text
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	// Tokens come in order, so code point offsets are counted incrementally.
	bytePos, runePos := 0, 0
	toRunes := func(b int) int {
		runePos += utf8.RuneCountInString(text[bytePos:b])
		bytePos = b
		return runePos
	}
	for _, t := range tokenize.Tokens(text) {
		line := tokenLine{Start: toRunes(t.Start), End: toRunes(t.End), Kind: t.Kind, Text: text[t.Start:t.End]}
		if err := enc.Encode(line); err != nil {
			fmt.Fprintf(stderr, "tippani tokens: %v\n", err)
			return 1
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "tippani tokens: %v\n", err)
		return 1
	}
	return 0
}
