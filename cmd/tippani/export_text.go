package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/hindi/normalize"
)

// reanchorOnto moves doc onto the revised text in the file name: the text is
// read and put in display form, the annotations are re-anchored onto it
// (anchor.Reanchor) and doc takes the new text, the placed annotations and
// now as its modification time. Each annotation that could not be placed
// is reported on stderr on one line (quote, type, note), then a count of
// how the others were placed. It returns how many were not placed.
func reanchorOnto(doc *annotation.Document, name string, now time.Time, stderr io.Writer) (int, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return 0, err
	}
	revised, err := normalize.Display(string(src))
	var bad *normalize.InvalidUTF8Error
	if errors.As(err, &bad) {
		return 0, fmt.Errorf("%s is not valid UTF-8: byte 0x%02x at byte offset %d", name, bad.Byte, bad.Offset)
	}
	if err != nil {
		return 0, err
	}
	res := anchor.Reanchor(doc.Text, revised.Text, doc.Annotations)
	doc.Text, doc.Annotations = revised.Text, res.Placed
	doc.Modified = now.UTC().Truncate(time.Millisecond)
	for _, u := range res.Unplaced {
		fmt.Fprintf(stderr, "export: not placed: %q %s", u.Quote, u.Annotation.Type)
		if u.Annotation.Note != "" {
			fmt.Fprintf(stderr, " note %q", u.Annotation.Note)
		}
		fmt.Fprintln(stderr)
	}
	c := res.Counts
	fmt.Fprintf(stderr, "export: %d of %d annotations placed on %s (%d unchanged, %d found by quote, %d with changed text); %d not placed\n",
		len(res.Placed), len(res.Placed)+c.Unplaced, name, c.Exact, c.Moved, c.Fuzzy, c.Unplaced)
	return c.Unplaced, nil
}
