// Package conll reads and scores CoNLL-style named-entity files: one
// token per line with tab-separated columns (token first, gold tag second,
// optionally more columns, the last of which is a prediction), and a blank
// line between sentences.
//
// The package understands the tag vocabularies of the Hindi corpora
// Tippani learns from and is measured on — IL-NER (NEP, NEL, NEO, …),
// HiNER (PERSON, LOCATION, ORGANIZATION, …) and MultiCoNER II (Artist,
// HumanSettlement, PublicCorp, …) — and maps them onto the product's
// three types PER, LOC and ORG in BIO form. Every other type becomes O.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
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

// ReadFile parses the CoNLL file at path with Read.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
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
		return fmt.Errorf("conll: line %d: %w", lineNo+1, err)
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
