// Package benchcorpus locates the third-party data kept beside the
// repository (../shared from the repository root) and builds the Hindi
// benchmark corpus from it, for tests and benchmarks of the text engine.
//
// The data is never copied into the repository; a missing file is an error
// that names the path looked at, so tests fail loudly instead of skipping.
package benchcorpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// RepoRoot walks up from the working directory to the directory holding
// go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("benchcorpus: no go.mod above the working directory")
		}
		dir = parent
	}
}

// SharedFile returns the path of rel (e.g. "samples/hi-news-india-israel-mou.txt")
// under the shared data directory, or an error if it does not exist.
func SharedFile(rel string) (string, error) {
	root, err := RepoRoot()
	if err != nil {
		return "", err
	}
	path := filepath.Join(root, "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		return "", fmt.Errorf("benchcorpus: shared data file missing: %s (the repository expects ../shared beside it): %w", path, err)
	}
	return path, nil
}

// ReadShared reads a shared data file.
func ReadShared(rel string) ([]byte, error) {
	path, err := SharedFile(rel)
	if err != nil {
		return nil, err
	}
	return os.ReadFile(path)
}

// SampleArticle is the shared sample news article, relative to shared/.
const SampleArticle = "samples/hi-news-india-israel-mou.txt"

// TrainFile is the CoNLL file the benchmark corpus is built from.
const TrainFile = "data/ner/ilner-hi-train.conll"

// Corpus rebuilds running text from the CoNLL file TrainFile: the tokens of
// each sentence joined by single spaces, one sentence per line. The text is
// raw (not normalized), as a reader would paste it; about 3 MB.
func Corpus() ([]byte, error) {
	raw, err := ReadShared(TrainFile)
	if err != nil {
		return nil, err
	}
	return FromCoNLL(raw), nil
}

// FromCoNLL joins the first column of CoNLL lines back into sentences.
func FromCoNLL(conll []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(conll))
	sc := bufio.NewScanner(bytes.NewReader(conll))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	inSentence := false
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			if inSentence {
				out.WriteByte('\n')
				inSentence = false
			}
			continue
		}
		token, _, _ := strings.Cut(line, "\t")
		if inSentence {
			out.WriteByte(' ')
		}
		out.WriteString(token)
		inSentence = true
	}
	if inSentence {
		out.WriteByte('\n')
	}
	return out.Bytes()
}
