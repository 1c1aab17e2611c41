package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tippani/ner/train"
)

func runCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := dispatch(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func devPath(t *testing.T) string {
	t.Helper()
	p := filepath.Join(defaultDataDir(), train.ILNERDev)
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shared dev data missing: %v", err)
	}
	return p
}

func TestTagKeepsLinesAndAddsPrediction(t *testing.T) {
	in := "भारत\tB-NEL\nऔर\tO\nइज़राइल\tB-NEL\textra\n\n\nराम\n"
	out, errs, code := runCLI(t, in, "tag")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 5 || lines[3] != "" {
		t.Fatalf("output lines %q", lines)
	}
	for _, i := range []int{0, 1, 2, 4} {
		cols := strings.Split(lines[i], "\t")
		if len(cols) != 3 {
			t.Fatalf("line %q has %d columns", lines[i], len(cols))
		}
		switch cols[2] {
		case "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG":
		default:
			t.Errorf("prediction %q", cols[2])
		}
	}
	if !strings.HasPrefix(lines[0], "भारत\tB-NEL\tB-LOC") {
		t.Errorf("भारत line %q", lines[0])
	}
	if !strings.HasPrefix(lines[2], "इज़राइल\tB-NEL\t") {
		t.Errorf("gold column not kept as given: %q", lines[2])
	}
}

func TestEvalScoresPredictionColumn(t *testing.T) {
	in := "राम\tB-NEP\tB-PER\nदिल्ली\tB-NEL\tB-ORG\nगए\tO\tO\n\nयूएन\tB-NEO\tB-ORG\n"
	f := filepath.Join(t.TempDir(), "pred.conll")
	if err := os.WriteFile(f, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "", "eval", f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// 3 gold, 3 predicted, 2 correct: P = R = F1 = 2/3.
	if !strings.Contains(out, "micro     0.6667    0.6667    0.6667       3       3       2") {
		t.Errorf("unexpected table:\n%s", out)
	}
}

func TestEvalRunsModelOnTwoColumns(t *testing.T) {
	out, errs, code := runCLI(t, "", "eval", devPath(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) == 7 && f[0] == "micro" {
			f1, err := strconv.ParseFloat(f[3], 64)
			if err != nil || f1 < 0.76 {
				t.Errorf("dev micro F1 %q", f[3])
			}
			return
		}
	}
	t.Errorf("no micro row in:\n%s", out)
}

func TestEvalRejectsBadInput(t *testing.T) {
	mixed := filepath.Join(t.TempDir(), "mixed.conll")
	os.WriteFile(mixed, []byte("a\tO\tO\n\nb\tO\n"), 0o644)
	if _, errs, code := runCLI(t, "", "eval", mixed); code == 0 || !strings.Contains(errs, "prediction column") {
		t.Errorf("mixed columns: exit %d, %q", code, errs)
	}
	if _, _, code := runCLI(t, "", "eval", filepath.Join(t.TempDir(), "missing")); code == 0 {
		t.Error("missing file accepted")
	}
	if _, _, code := runCLI(t, "", "eval"); code != 2 {
		t.Error("missing argument not a usage error")
	}
	if _, errs, code := runCLI(t, "", "eval", "-"); code == 0 || !strings.Contains(errs, "no sentences") {
		t.Errorf("empty input: exit %d, %q", code, errs)
	}
}

func TestTrainWritesLoadableModel(t *testing.T) {
	out := filepath.Join(t.TempDir(), "m.ner")
	stdout, errs, code := runCLI(t, "", "train", "-q", "-epochs", "1", "-calibrate=false", "-bits", "16", "-o", out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(stdout, "micro") {
		t.Errorf("train printed no dev table:\n%s", stdout)
	}
	m, err := loadModel(out)
	if err != nil {
		t.Fatal(err)
	}
	if tags := m.TagTokens([]string{"भारत", "में"}); tags[0] != "B-LOC" {
		t.Errorf("one-epoch model tags भारत as %s", tags[0])
	}
	if _, errs, code := runCLI(t, "", "train", "-domain", "bogus", "-o", ""); code == 0 || !strings.Contains(errs, "domain") {
		t.Errorf("bad domain: exit %d, %q", code, errs)
	}
}

// The unseen-only table leaves out exactly the sentences found in a
// training corpus.
func TestEvalUnseenTableLeavesOutTrainingSentences(t *testing.T) {
	dir := t.TempDir()
	trainData := "राम\tB-NEP\nआए\tO\n\n"
	os.WriteFile(filepath.Join(dir, train.ILNERTrain), []byte(trainData), 0o644)
	in := trainData + "सीता\tB-NEP\tB-PER\nगईं\tO\tO\n\n"
	in = strings.Replace(in, "आए\tO\n", "आए\tO\tO\n", 1)
	in = strings.Replace(in, "राम\tB-NEP\n", "राम\tB-NEP\tO\n", 1)
	f := filepath.Join(dir, "pred.conll")
	os.WriteFile(f, []byte(in), 0o644)
	out, errs, code := runCLI(t, "", "eval", "-seen", dir, f)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "unseen: the 1 of 2 sentences") {
		t.Fatalf("no unseen table:\n%s", out)
	}
	// All: 2 gold, 1 found; unseen: the one sentence the prediction got right.
	if !strings.Contains(out, "micro     1.0000    0.5000    0.6667       2       1       1") ||
		!strings.Contains(out, "micro     1.0000    1.0000    1.0000       1       1       1") {
		t.Errorf("tables:\n%s", out)
	}
	if _, errs, code := runCLI(t, "", "eval", "-seen", t.TempDir(), f); code == 0 || !strings.Contains(errs, "no training corpus") {
		t.Errorf("empty -seen dir: exit %d, %q", code, errs)
	}
}

// tag and eval read the sentences of a file as running text, -doc at a
// time: a name found in one sentence labels its mentions in the next,
// unless -doc 1 or a -DOCSTART- line keeps them apart.
func TestTagReadsSentencesAsOneText(t *testing.T) {
	conllOf := func(sents ...string) string {
		var b strings.Builder
		for _, s := range sents {
			for _, w := range strings.Fields(s) {
				b.WriteString(w + "\tO\n")
			}
			b.WriteString("\n")
		}
		return b.String()
	}
	first, second := "कप्तान ट्रैविस हेड ने शतक लगाया ।", "बाद में ट्रैविस हेड ने कहा ।"
	lastTags := func(in string, args ...string) string {
		t.Helper()
		out, errs, code := runCLI(t, in, append([]string{"tag"}, args...)...)
		if code != 0 {
			t.Fatalf("tag %v: exit %d: %s", args, code, errs)
		}
		blocks := strings.Split(strings.TrimSuffix(out, "\n"), "\n\n")
		var tags []string
		for _, line := range strings.Split(blocks[len(blocks)-1], "\n") {
			tags = append(tags, strings.Split(line, "\t")[2])
		}
		return strings.Join(tags, " ")
	}
	if got := lastTags(conllOf(first, second)); got != "O O B-PER I-PER O O O" {
		t.Errorf("read together: %s", got)
	}
	if got := lastTags(conllOf(first, second), "-doc", "1"); got != "O O O O O O O" {
		t.Errorf("-doc 1: %s", got)
	}
	if got := lastTags(conllOf(first, "-DOCSTART-", second)); got != "O O O O O O O" {
		t.Errorf("across a -DOCSTART- line: %s", got)
	}
	if _, _, code := runCLI(t, "", "eval", "-doc", "-1", devPath(t)); code != 2 {
		t.Errorf("eval -doc -1: exit %d, want 2", code)
	}
	out, _, _ := runCLI(t, "", "eval", "-doc", "1", devPath(t))
	if !strings.Contains(out, "each sentence alone (-doc 1)") {
		t.Errorf("eval does not say how it read the file:\n%s", out)
	}
}
