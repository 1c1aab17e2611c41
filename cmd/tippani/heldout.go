package main

import (
	"fmt"
	"io"
	"path/filepath"

	"tippani/ner"
	"tippani/ner/conll"
	"tippani/ner/train"
)

// writeHeldOut scores a model on the held-out sets in dataDir — IL-NER
// dev, its sentences absent from every training corpus, and MultiCoNER II
// dev (another style, types mapped to PER/LOC/ORG), and the Latin-script
// names test (ner/testdata/latin-hi.conll) — printing IL-NER dev's table
// and one summary line that scripts/ner-compare reads:
//
//	held-out F1: dev 0.7831 unseen 0.7735 multiconer 0.3769 latin 0.3721
//
// A set whose file is missing is left out.
func writeHeldOut(w io.Writer, m *ner.Model, dataDir string) {
	dev, summary := heldOut(m, dataDir)
	if dev != nil {
		fmt.Fprintf(w, "dev (%s):\n", train.ILNERDev)
		dev.WriteTable(w)
	}
	fmt.Fprintln(w, "held-out F1:"+summary)
}

// heldOut scores m on the held-out sets and returns IL-NER dev's report
// (nil when its file is missing) and the figures, " dev 0.7831 unseen …".
func heldOut(m *ner.Model, dataDir string) (*conll.Report, string) {
	seen, _ := train.LoadSeen(dataDir)
	score := func(name string) (all, unseen *conll.Report) {
		if !filepath.IsAbs(name) {
			name = filepath.Join(dataDir, name)
		}
		sents, err := conll.ReadFile(name)
		if err != nil {
			return nil, nil
		}
		return scoreSplit(sents, train.TagRunning(m, sents, 1), seen)
	}
	dev, devUnseen := score(train.ILNERDev)
	mc, _ := score(train.MultiCoNERDev)
	latin, _ := score(latinTestPath())
	summary := ""
	if dev != nil {
		summary += fmt.Sprintf(" dev %.4f", dev.Micro().F1())
		if seen != nil {
			summary += fmt.Sprintf(" unseen %.4f", devUnseen.Micro().F1())
		}
	}
	if mc != nil {
		summary += fmt.Sprintf(" multiconer %.4f", mc.Micro().F1())
	}
	if latin != nil {
		summary += fmt.Sprintf(" latin %.4f", latin.Micro().F1())
	}
	return dev, summary
}

// scoreSplit scores preds, one tag sequence per sentence, against every
// sentence's gold column, and also apart over the sentences seen does not
// hold (all of them when seen is nil).
func scoreSplit(sents []conll.Sentence, preds [][]string, seen train.SeenSet) (all, unseen *conll.Report) {
	all, unseen = conll.NewReport(), conll.NewReport()
	for i, s := range sents {
		gold, p := conll.MapTags(s.Gold), preds[i]
		all.Add(gold, p)
		if seen == nil || !seen.Has(s.Tokens) {
			unseen.Add(gold, p)
		}
	}
	return all, unseen
}
