// Package conll reads and scores CoNLL-style named-entity files: one
// token per line with tab-separated columns (token first, gold tag second,
// optionally more columns, the last of which is a prediction), and a blank
// line between sentences. Reading is internal/conllfile's, the project's
// one CoNLL reader.
//
// The package understands the tag vocabularies of the Hindi corpora
// Tippani learns from and is measured on — IL-NER (NEP, NEL, NEO, …),
// HiNER (PERSON, LOCATION, ORGANIZATION, …) and MultiCoNER II (Artist,
// HumanSettlement, PublicCorp, …) — and maps them onto the product's
// three types PER, LOC and ORG in BIO form. Every other type becomes O.
package conll

import (
	"io"
	"os"

	"tippani/internal/conllfile"
)

// A Sentence is one blank-line-delimited block of a CoNLL file (see
// conllfile.Sentence).
type Sentence = conllfile.Sentence

// LineError is a read error at a line of the file.
type LineError = conllfile.LineError

// ReadFile parses the CoNLL file at path with Read.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read parses a whole CoNLL stream (see conllfile.Read).
func Read(r io.Reader) ([]Sentence, error) { return conllfile.Read(r) }

// Scan hands each sentence of a CoNLL stream to fn as soon as it is
// complete (see conllfile.Scan).
func Scan(r io.Reader, fn func(Sentence) error) error { return conllfile.Scan(r, fn) }

// ParseTag splits a tag into whether it continues an entity and its type
// name (see conllfile.ParseTag).
func ParseTag(tag string) (inside bool, name string) { return conllfile.ParseTag(tag) }
