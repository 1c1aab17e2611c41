package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"tippani/ner"
	"tippani/ner/conll"
)

// writeHeldOut scores a model on the held-out sets in dataDir — IL-NER
// dev, its sentences absent from every training corpus, and MultiCoNER II
// dev (another style, types mapped to PER/LOC/ORG) — printing IL-NER
// dev's table and one summary line that scripts/ner-compare reads:
//
//	held-out F1: dev 0.7831 unseen 0.7735 multiconer 0.3769
//
// A set whose file is missing is left out.
func writeHeldOut(w io.Writer, m *ner.Model, dataDir string) {
	seen, _ := ner.LoadSeen(dataDir)
	score := func(name string) (all, unseen *conll.Report) {
		f, err := os.Open(filepath.Join(dataDir, name))
		if err != nil {
			return nil, nil
		}
		defer f.Close()
		sents, err := conll.Read(f)
		if err != nil {
			return nil, nil
		}
		all, unseen = conll.NewReport(), conll.NewReport()
		for _, s := range sents {
			gold, pred := conll.MapTags(s.Gold), m.TagTokens(s.Tokens)
			all.Add(gold, pred)
			if seen != nil && !seen.Has(s.Tokens) {
				unseen.Add(gold, pred)
			}
		}
		return all, unseen
	}
	dev, devUnseen := score(ner.ILNERDev)
	mc, _ := score(ner.MultiCoNERDev)
	summary := "held-out F1:"
	if dev != nil {
		fmt.Fprintf(w, "dev (%s):\n", ner.ILNERDev)
		dev.WriteTable(w)
		summary += fmt.Sprintf(" dev %.4f", dev.Micro().F1())
		if seen != nil {
			summary += fmt.Sprintf(" unseen %.4f", devUnseen.Micro().F1())
		}
	}
	if mc != nil {
		summary += fmt.Sprintf(" multiconer %.4f", mc.Micro().F1())
	}
	fmt.Fprintln(w, summary)
}
