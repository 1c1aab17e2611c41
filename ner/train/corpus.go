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

// TagRunning tags sents as the annotator reads text: each run of
// conll.Documents(sents, docSize) as one text with m.TagDocument, so a
// name recognized in one sentence also labels its mentions in the
// others. It returns one tag per token of every sentence; a -DOCSTART-
// marker's are O. docSize 1 tags each sentence alone with TagTokens,
// the model without the document pass.
func TagRunning(m *ner.Model, sents []conll.Sentence, docSize int) [][]string {
	out := make([][]string, len(sents))
	for i, s := range sents {
		switch {
		case conll.IsDocStart(s):
			out[i] = make([]string, len(s.Tokens))
			for k := range out[i] {
				out[i][k] = "O"
			}
		case docSize == 1:
			out[i] = m.TagTokens(s.Tokens)
		}
	}
	if docSize == 1 {
		return out
	}
	var toks [][]string
	for _, d := range conll.Documents(sents, docSize) {
		toks = toks[:0]
		for _, s := range sents[d[0]:d[1]] {
			toks = append(toks, s.Tokens)
		}
		copy(out[d[0]:d[1]], m.TagDocument(toks))
	}
	return out
}
