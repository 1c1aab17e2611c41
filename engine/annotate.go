package engine

import (
	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/ner"
	"tippani/ner/datenum"
)

// Annotate normalizes raw to its display form and returns the display
// text with its entities and normalization report. Raw text that is not
// valid UTF-8 is refused with the normalizer's error, which names the
// byte offset of the first invalid byte (*normalize.InvalidUTF8Error);
// nothing is lost, and AnnotateLossy accepts such text. The only other
// error is a damaged embedded NER model, which the ner tests guard
// against.
func Annotate(raw string) (*Result, error) {
	if err := ner.DefaultErr(); err != nil {
		return nil, err
	}
	norm, err := normalize.Display(raw)
	if err != nil {
		return nil, err
	}
	return annotate(raw, norm), nil
}

// AnnotateLossy is Annotate for text that may hold invalid UTF-8: each
// invalid byte becomes U+FFFD (reported under the "invalid" rule). It
// fails only if the embedded NER model is damaged.
func AnnotateLossy(raw string) (*Result, error) {
	if err := ner.DefaultErr(); err != nil {
		return nil, err
	}
	return annotate(raw, normalize.DisplayLossy(raw)), nil
}

func annotate(raw string, norm *normalize.Result) *Result {
	text := norm.Text
	sc := getScratch()
	defer putScratch(sc)
	sc.toks = tokenize.AppendTokens(sc.toks[:0], text)
	sc.names = ner.Default().AppendRecognize(sc.names[:0], text, sc.toks)
	sc.rules = datenum.AppendRecognize(sc.rules[:0], text, sc.toks)
	sc.spans = appendMerged(sc.spans[:0], &sc.drop, sc.names, sc.rules)
	return &Result{
		Text:          text,
		Entities:      toEntities(text, sc.spans),
		Normalization: norm.Report(raw),
	}
}
