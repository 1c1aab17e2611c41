package train

import (
	"fmt"
	"path/filepath"

	"tippani/ner"
	"tippani/ner/conll"
	"tippani/ner/internal/tagger"
)

// Corpus files inside the data directory (../shared/data/ner from the
// repository root).
const (
	ILNERTrain = "ilner-hi-train.conll"
	ILNERDev   = "ilner-hi-dev.conll"
	HiNERValid = "hiner-validation.conll"
	// MultiCoNER II Hindi, short encyclopedic sentences in another style;
	// its fine types map onto PER/LOC/ORG (conll.MapTag).
	MultiCoNERTrain = "multiconer2-hi-train.conll"
	MultiCoNERDev   = "multiconer2-hi-dev.conll"
)

// Corpus identifiers of training sentences.
const (
	corpusILNER = iota
	corpusHiNER
	corpusMultiCoNER
	corpusLatin // Latin-script copies of training sentences (romanize.go)
)

// example is one training sentence in display form with gold labels.
type example struct {
	words  []string
	gold   []int8
	corpus int
	fold   int
}

// loadExamples reads a CoNLL file and normalizes its tokens to display
// form, mapping gold tags onto the model's labels.
func loadExamples(path string, corpus int) ([]example, error) {
	sents, err := conll.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("ner: training data %s: %w", filepath.Base(path), err)
	}
	out := make([]example, 0, len(sents))
	for _, s := range sents {
		ex := example{words: tagger.DisplayWords(nil, s.Tokens), corpus: corpus}
		for _, t := range conll.MapTags(s.Gold) {
			ex.gold = append(ex.gold, int8(tagger.LabelIndex(t)))
		}
		out = append(out, ex)
	}
	return out, nil
}

// Evaluate tags every sentence with m.TagTokens and scores the predictions
// against the gold column (mapped with conll.MapTags).
func Evaluate(m *ner.Model, sents []conll.Sentence) *conll.Report {
	rep := conll.NewReport()
	for _, s := range sents {
		rep.Add(conll.MapTags(s.Gold), m.TagTokens(s.Tokens))
	}
	return rep
}

// EvaluateFile reads a CoNLL file and scores the model on it.
func EvaluateFile(m *ner.Model, path string) (*conll.Report, error) {
	sents, err := conll.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Evaluate(m, sents), nil
}
