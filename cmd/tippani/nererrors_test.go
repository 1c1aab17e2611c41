package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The error kinds must account for every gold entity the model misses:
// their counts agree with eval's gold and correct columns.
func TestNERErrorsAccountForEveryMiss(t *testing.T) {
	out, errs, code := runCLI(t, "", "ner-errors", "-n", "2", devPath(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var counts []int
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) > 1 && (f[1] == "missed," || f[1] == "predicted,") {
			n, err := strconv.Atoi(f[0])
			if err != nil {
				t.Fatalf("count line %q", line)
			}
			counts = append(counts, n)
		}
	}
	if len(counts) != 4 {
		t.Fatalf("want 4 error kinds, got %d in:\n%s", len(counts), out)
	}
	evalOut, errs, code := runCLI(t, "", "eval", devPath(t))
	if code != 0 {
		t.Fatalf("eval exit %d: %s", code, errs)
	}
	var gold, pred, correct int
	for _, line := range strings.Split(evalOut, "\n") {
		// The first micro line scores all of dev; the second, the
		// sentences in no training corpus.
		if f := strings.Fields(line); len(f) == 7 && f[0] == "micro" {
			gold, _ = strconv.Atoi(f[4])
			pred, _ = strconv.Atoi(f[5])
			correct, _ = strconv.Atoi(f[6])
			break
		}
	}
	if gold == 0 {
		t.Fatalf("no micro line in eval output:\n%s", evalOut)
	}
	if missed := counts[0] + counts[1] + counts[2]; missed != gold-correct {
		t.Errorf("error kinds count %d misses, eval says %d", missed, gold-correct)
	}
	if counts[3] > pred-correct {
		t.Errorf("%d spurious predictions, but only %d predictions are wrong", counts[3], pred-correct)
	}
	if _, _, code := runCLI(t, "", "ner-errors"); code != 2 {
		t.Errorf("no file: exit %d, want 2", code)
	}
}

// With -train, a false positive says how the annotated file tags the
// same phrase, and the last line counts those it mostly tags so.
func TestNERErrorsCompareFalsePositivesWithTraining(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// The gold file leaves भारत unmarked; the training file marks it a
	// place twice in three.
	gold := write("gold.conll", "भारत\tO\nमें\tO\nबारिश\tO\nहुई\tO\n।\tO\n")
	trainFile := write("train.conll", "भारत\tB-NEL\nमें\tO\nबारिश\tO\n\nभारत\tB-NEL\nजीता\tO\n\nभारत\tO\nमाता\tO\n")
	out, errs, code := runCLI(t, "", "ner-errors", "-train", trainFile, gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"LOC भारत   (train: 2 of 3)", "1 of the 1 predicted entities overlapping no gold entity are tagged so in at least half of their occurrences in train.conll"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if _, _, code := runCLI(t, "", "ner-errors", "-train", filepath.Join(dir, "none.conll"), gold); code != 1 {
		t.Errorf("missing training file: exit %d, want 1", code)
	}
}
