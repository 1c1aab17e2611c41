// One-off check: prints every tag, entity span and score for dev, HiNER and the sample.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"tippani/hindi/normalize"
	"tippani/hindi/tokenize"
	"tippani/ner"
	"tippani/ner/conll"
)

func main() {
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	m, err := ner.Decode(data)
	if err != nil {
		panic(err)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for _, f := range []string{"ilner-hi-dev.conll", "hiner-validation.conll"} {
		fh, _ := os.Open("../shared/data/ner/" + f)
		var sb strings.Builder
		conll.Scan(fh, func(s conll.Sentence) error {
			fmt.Fprintln(out, strings.Join(m.TagTokens(s.Tokens), " "))
			for _, e := range m.Entities(s.Tokens) {
				fmt.Fprintf(out, "E %d %d %s %.6f\n", e.Start, e.End, e.Type, e.Score)
			}
			sb.WriteString(strings.Join(s.Tokens, " "))
			sb.WriteByte('\n')
			return nil
		})
		fh.Close()
		text := normalize.String(sb.String())
		for _, e := range m.Recognize(text, tokenize.Tokens(text)) {
			fmt.Fprintf(out, "R %d %d %s %.6f\n", e.Start, e.End, e.Type, e.Score)
		}
	}
	raw, _ := os.ReadFile("../shared/samples/hi-news-india-israel-mou.txt")
	text := normalize.String(string(raw))
	for _, e := range m.Recognize(text, tokenize.Tokens(text)) {
		fmt.Fprintf(out, "S %d %d %s %.6f\n", e.Start, e.End, e.Type, e.Score)
	}
}
