package conll

import "strings"

// DocSize is how many consecutive sentences of a file that marks no
// documents are read as one text, about a news article's length: the
// sentences of a CoNLL file follow one another as they stood in their
// articles, and the annotator reads a whole article at once.
const DocSize = 20

// IsDocStart reports whether s is a document boundary marker
// (-DOCSTART-), which is not text.
func IsDocStart(s Sentence) bool {
	return len(s.Tokens) > 0 && strings.HasPrefix(s.Tokens[0], "-DOCSTART-")
}

// Documents returns the runs of sents read as one text each, as
// [start, end) index pairs in order: a -DOCSTART- marker ends a run and
// belongs to none, and a run is also cut after size sentences (size < 1:
// only at markers). Every sentence that is not a marker is in exactly one
// run.
func Documents(sents []Sentence, size int) [][2]int {
	var out [][2]int
	start := 0
	flush := func(end int) {
		if end > start {
			out = append(out, [2]int{start, end})
		}
	}
	for i, s := range sents {
		switch {
		case IsDocStart(s):
			flush(i)
			start = i + 1
		case size > 0 && i-start == size:
			flush(i)
			start = i
		}
	}
	flush(len(sents))
	return out
}
