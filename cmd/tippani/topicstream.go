package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"tippani/hindi/normalize"
	"tippani/ner/conll"
)

// runTopicStream writes a topic-shaped CoNLL stream for `tippani adapt`:
// from the given files, in their order, every sentence that mentions one
// of the names (PER, LOC or ORG in the gold column, compared by matching
// key) that at least -min sentences of the files mention, as a reader
// following a beat meets the same people, places and bodies again and
// again. The choice reads only the gold annotation, never a model, and
// the output is the same for the same files.
func runTopicStream(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("topic-stream", flag.ContinueOnError)
	fs.SetOutput(stderr)
	minSents := fs.Int("min", 4, "a name recurs when at least this many sentences mention it")
	maxSents := fs.Int("max", 0, "leave out names more than this many sentences mention (0: no limit): the country and the capital every article names are not a beat's own names")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || *minSents < 2 {
		fmt.Fprintln(stderr, "usage: tippani topic-stream [-min N] FILE...")
		return 2
	}
	var sents []conll.Sentence
	for _, name := range fs.Args() {
		s, err := conll.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "topic-stream: %v\n", err)
			return 1
		}
		sents = append(sents, s...)
	}
	names := make([][]string, len(sents))
	count := map[string]int{}
	for i, s := range sents {
		seen := map[string]bool{}
		for _, sp := range conll.Spans(conll.MapTags(s.Gold)) {
			k := sp.Type + " " + normalize.Key(strings.Join(s.Tokens[sp.Start:sp.End], " "))
			if !seen[k] {
				seen[k] = true
				names[i] = append(names[i], k)
				count[k]++
			}
		}
	}
	var recurring []string
	for k, n := range count {
		if n >= *minSents && (*maxSents == 0 || n <= *maxSents) {
			recurring = append(recurring, k)
		}
	}
	sort.Strings(recurring)
	w := bufio.NewWriter(stdout)
	kept := 0
	for i, s := range sents {
		hit := false
		for _, k := range names[i] {
			n := count[k]
			hit = hit || n >= *minSents && (*maxSents == 0 || n <= *maxSents)
		}
		if !hit {
			continue
		}
		kept++
		for j, tok := range s.Tokens {
			fmt.Fprintf(w, "%s\t%s\n", tok, s.Gold[j])
		}
		fmt.Fprintln(w)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "topic-stream: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "topic-stream: %d sentences of %d mention one of %d recurring names\n", kept, len(sents), len(recurring))
	return 0
}
