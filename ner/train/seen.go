package train

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"tippani/hindi/normalize"
	"tippani/ner/conll"
)

// TrainingCorpora are the corpus files in the data directory that
// training may read. A sentence found in any of them counts as seen when
// scores are split into seen and unseen sentences, whether or not the
// current settings train on that file.
var TrainingCorpora = []string{ILNERTrain, HiNERValid, MultiCoNERTrain}

// A SeenSet holds the sentences of the training corpora, keyed by their
// tokens in display form, so that a scored sentence can be told apart
// from one the model may have learned verbatim.
type SeenSet map[string]struct{}

// LoadSeen reads every training corpus present in dataDir. A missing
// file is skipped; it fails when none is present or one cannot be read.
func LoadSeen(dataDir string) (SeenSet, error) {
	seen := SeenSet{}
	found := 0
	for _, name := range TrainingCorpora {
		sents, err := conll.ReadFile(filepath.Join(dataDir, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found++
		for _, s := range sents {
			seen[sentenceKey(s.Tokens)] = struct{}{}
		}
	}
	if found == 0 {
		return nil, errors.New("ner: no training corpus in " + dataDir)
	}
	return seen, nil
}

// Has reports whether a sentence with these tokens occurs in training.
func (s SeenSet) Has(tokens []string) bool {
	_, ok := s[sentenceKey(tokens)]
	return ok
}

// sentenceKey joins the display forms of a sentence's tokens.
func sentenceKey(tokens []string) string {
	var b strings.Builder
	for i, t := range tokens {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(normalize.String(t))
	}
	return b.String()
}
