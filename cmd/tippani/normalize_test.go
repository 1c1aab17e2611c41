package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"tippani/hindi/normalize"
	"tippani/internal/testsupport"
)

func runTextVerb(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = dispatch(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func TestNormalizeVerb(t *testing.T) {
	out, errs, code := runTextVerb(t, "\uFEFFभारत-इ\u095Bराइल\u00A0समझौता|\r\n", "normalize")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if want := "भारत-इज\u093Cराइल समझौता।\n"; out != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
}

func TestNormalizeVerbReport(t *testing.T) {
	src := "\uFEFFइ\u095Bराइल|"
	out, errs, code := runTextVerb(t, src, "normalize", "-report")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var rep normalize.Report
	if err := json.Unmarshal([]byte(errs), &rep); err != nil {
		t.Fatalf("stderr is not a JSON report: %v\n%s", err, errs)
	}
	want := []normalize.RuleCount{{Rule: "nfc", Count: 1}, {Rule: "bom", Count: 1}, {Rule: "danda", Count: 1}}
	if rep.Changes != 3 || !slices.Equal(rep.Rules, want) {
		t.Errorf("report %+v", rep)
	}
	// The danda's display code point offset points at the danda in stdout.
	last := rep.Edits[len(rep.Edits)-1]
	if got := string([]rune(out)[last.Start:last.End]); got != "।" {
		t.Errorf("last edit covers %q, want the danda", got)
	}
	if got := string([]rune(src)[last.SourceStart:last.SourceEnd]); got != "|" {
		t.Errorf("last edit's source covers %q, want the pipe", got)
	}
}

func TestNormalizeVerbInvalidUTF8(t *testing.T) {
	out, errs, code := runTextVerb(t, "ठीक \xff है", "normalize")
	if code == 0 || out != "" {
		t.Fatalf("invalid input: exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errs, "byte offset 10") || !strings.Contains(errs, "-lossy") {
		t.Errorf("error %q should name byte offset 10 and suggest -lossy", errs)
	}
	out, errs, code = runTextVerb(t, "ठीक \xff है", "normalize", "-lossy", "-report")
	if code != 0 || out != "ठीक \uFFFD है" {
		t.Fatalf("lossy: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if !strings.Contains(errs, `{"rule":"invalid","count":1}`) {
		t.Errorf("lossy report %q does not count the invalid byte", errs)
	}
}

func TestNormalizeVerbBadFlag(t *testing.T) {
	if _, _, code := runTextVerb(t, "", "normalize", "-nope"); code != 2 {
		t.Errorf("unknown flag: exit %d, want 2", code)
	}
	if _, errs, code := runTextVerb(t, "", "normalize", "file.txt"); code != 2 || !strings.Contains(errs, "stdin") {
		t.Errorf("stray argument: exit %d, stderr %q", code, errs)
	}
}

// TestNormalizeVerbSample runs the verb over the shared sample article: the
// output is its display form and stays unchanged on a second run.
func TestNormalizeVerbSample(t *testing.T) {
	raw := testsupport.File(t, testsupport.SampleArticle)
	out, errs, code := runTextVerb(t, string(raw), "normalize")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	again, _, _ := runTextVerb(t, out, "normalize")
	if again != out {
		t.Errorf("normalize is not idempotent on the sample article")
	}
	if !strings.Contains(out, "भारत-इज़राइल") {
		t.Errorf("sample output lost its text")
	}
}
