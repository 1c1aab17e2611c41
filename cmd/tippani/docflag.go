package main

import (
	"flag"

	"tippani/ner/conll"
)

// docFlag defines -doc, how many sentences of a CoNLL file tag, eval and
// ner-errors read together as one text (train.TagRunning).
func docFlag(fs *flag.FlagSet) *int {
	return fs.Int("doc", conll.DocSize, "sentences read together as one text, as the annotator reads an article (a -DOCSTART- line also ends one; 1: each sentence alone, without the document pass; 0: only -DOCSTART- lines end one)")
}
