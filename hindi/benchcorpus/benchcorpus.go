// Package benchcorpus builds the Hindi benchmark corpus from the
// third-party data kept beside the repository (see internal/shareddata),
// for tests and benchmarks of the text engine.
//
// The data is never copied into the repository; a missing file is an error
// that names the path looked at, so tests fail loudly instead of skipping.
package benchcorpus

import (
	"bufio"
	"bytes"
	"strings"

	"tippani/internal/shareddata"
)

// TrainFile is the CoNLL file the benchmark corpus is built from.
const TrainFile = "data/ner/ilner-hi-train.conll"

// Corpus rebuilds running text from the CoNLL file TrainFile: the tokens of
// each sentence joined by single spaces, one sentence per line. The text is
// raw (not normalized), as a reader would paste it; about 3 MB.
func Corpus() ([]byte, error) {
	raw, err := shareddata.Read(TrainFile)
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
