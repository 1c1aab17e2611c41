// Package train is the training lab of the name recognizer: it reads the
// CoNLL corpora, repairs and aligns their spans, writes Latin-script
// copies, mines names out of fold, trains a soup of perceptrons through
// ner/internal/tagger, calibrates, and scores models on held-out files
// (Evaluate, the seen-sentence sets). Nothing here ships in the browser
// engine; `tippani train` and the evaluation verbs call it.
package train
