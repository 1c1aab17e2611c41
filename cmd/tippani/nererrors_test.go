package main

import (
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
