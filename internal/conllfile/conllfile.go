// Package conllfile reads CoNLL-style files, one token per line with
// tab-separated columns (token first, gold tag second, optionally more
// columns, the last of which is a prediction) and a blank line between
// sentences, and the tags in them. It is the project's one reader of these
// files: the recognizer's corpora and scores (package ner/conll) and the
// annotator's CoNLL import (package annotation/export) both use it. It
// imports nothing beyond the standard library's bufio, io, strconv and
// strings, so the browser engine and the edge worker link little for it.
package conllfile

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// A Sentence is one blank-line-delimited block of a CoNLL file.
//
// Tokens are the first column, exactly as written. Gold is the second
// column as written (empty when the line had a single column). Pred is the
// last column when a line had three or more columns, otherwise empty.
// Line is the 1-based line number of the first token, for error messages.
type Sentence struct {
	Tokens []string
	Gold   []string
	Pred   []string
	Line   int
}

// HasPred reports whether every token of the sentence carried a prediction
// column (three or more columns).
func (s *Sentence) HasPred() bool {
	if len(s.Pred) != len(s.Tokens) {
		return false
	}
	for _, p := range s.Pred {
		if p == "" {
			return false
		}
	}
	return len(s.Tokens) > 0
}

// Read parses a whole CoNLL stream. Lines are split on tabs; when a line
// holds no tab it is split on runs of spaces instead, so hand-written
// files also work. A line with one column is a token without a tag
// (read as O). Blank lines, including several in a row, end a sentence.
// A UTF-8 byte-order mark and trailing carriage returns are ignored.
//
// Read never drops a token; it fails only on I/O errors or on a line
// longer than 1 MiB.
func Read(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	err := Scan(r, func(s Sentence) error {
		out = append(out, s)
		return nil
	})
	return out, err
}

// Scan parses a CoNLL stream like Read but hands each sentence to fn as
// soon as it is complete, so callers can stream large files. Scan stops
// at the first error fn returns.
func Scan(r io.Reader, fn func(Sentence) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var cur Sentence
	lineNo := 0
	flush := func() error {
		if len(cur.Tokens) == 0 {
			return nil
		}
		s := cur
		cur = Sentence{}
		return fn(s)
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if lineNo == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			if err := flush(); err != nil {
				return err
			}
			continue
		}
		cols := splitColumns(line)
		if len(cur.Tokens) == 0 {
			cur.Line = lineNo
		}
		cur.Tokens = append(cur.Tokens, cols[0])
		gold, pred := "", ""
		if len(cols) >= 2 {
			gold = cols[1]
		}
		if len(cols) >= 3 {
			pred = cols[len(cols)-1]
		}
		cur.Gold = append(cur.Gold, gold)
		cur.Pred = append(cur.Pred, pred)
	}
	if err := sc.Err(); err != nil {
		return &LineError{Line: lineNo + 1, Err: err}
	}
	return flush()
}

// splitColumns splits on tabs when the line has any, else on spaces.
func splitColumns(line string) []string {
	if strings.Contains(line, "\t") {
		return strings.Split(line, "\t")
	}
	return strings.Fields(line)
}

// LineError is a read error at a line of the file (a line longer than
// 1 MiB, or an error of the reader itself). It unwraps to the cause.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string {
	return "conll: line " + strconv.Itoa(e.Line) + ": " + e.Err.Error()
}

func (e *LineError) Unwrap() error { return e.Err }

// ParseTag splits a tag into whether it continues an entity and the
// entity's type name, as written; name is "" for O. It is the one reading
// of tags in the project, for the recognizer's corpora and for CoNLL files
// opened in the annotator alike.
//
// Tags are BIO, BIOES/BILOU or bare type names. A prefix is the part before
// the first "-" or "_" when it is empty or one of B, I, S, U, E, L, M (in
// either case): B, S, U and an empty prefix ("-NEP", a known malformation
// of the corpora) begin an entity; I, E, L and M continue one. With any
// other part before the separator, or no separator, the whole tag is the
// type name and begins an entity ("PERSON", "NUM_RANGE"). "O", a bare "-"
// and an empty tag are O. Surrounding white space is ignored.
func ParseTag(tag string) (inside bool, name string) {
	tag = strings.TrimSpace(tag)
	if tag == "" || tag == "O" || tag == "o" || tag == "-" {
		return false, ""
	}
	i := strings.IndexAny(tag, "-_")
	if i < 0 || i > 1 {
		return false, tag
	}
	switch tag[:i] {
	case "", "B", "b", "S", "s", "U", "u":
		return false, tag[i+1:]
	case "I", "i", "E", "e", "L", "l", "M", "m":
		return true, tag[i+1:]
	}
	return false, tag
}
