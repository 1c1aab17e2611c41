package tokenize

import (
	"bufio"
	"bytes"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

// TestAgreementWithCorpusTokens rebuilds each IL-NER dev sentence from its
// gold tokens (joined by spaces, in display form) and measures how many gold
// tokens come out of Tokens unchanged. The corpus and the tokenizer follow
// different conventions in places (the corpus keeps some hyphenated
// compounds whole), so agreement is high but not total; a drop would mean a
// regression in everyday Hindi tokenization. Run with -v to see the figure.
func TestAgreementWithCorpusTokens(t *testing.T) {
	raw := testsupport.File(t, "data/ner/ilner-hi-dev.conll")
	var gold, matched int
	var sentence []string
	flush := func() {
		if len(sentence) == 0 {
			return
		}
		text := strings.Join(sentence, " ")
		ours := map[string]int{}
		for _, tok := range Tokens(text) {
			ours[text[tok.Start:tok.End]]++
		}
		for _, g := range sentence {
			gold++
			if ours[g] > 0 {
				ours[g]--
				matched++
			}
		}
		sentence = sentence[:0]
	}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			continue
		}
		token, _, _ := strings.Cut(line, "\t")
		sentence = append(sentence, normalize.String(token))
	}
	flush()
	rate := float64(matched) / float64(gold)
	t.Logf("gold tokens reproduced exactly: %d of %d (%.2f%%)", matched, gold, 100*rate)
	if gold < 30000 || rate < 0.995 {
		t.Errorf("agreement %.2f%% over %d gold tokens, want at least 99.5%%", 100*rate, gold)
	}
}
