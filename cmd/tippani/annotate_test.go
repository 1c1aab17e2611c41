package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"tippani/internal/testsupport"
)

// annotateOutput mirrors the JSON contract of `tippani annotate`.
type annotateOutput struct {
	Text     string `json:"text"`
	Entities []struct {
		Start int     `json:"start"`
		End   int     `json:"end"`
		Type  string  `json:"type"`
		Text  string  `json:"text"`
		Score float64 `json:"score"`
	} `json:"entities"`
	Normalization struct {
		Changes int `json:"changes"`
		Rules   []struct {
			Rule  string `json:"rule"`
			Count int    `json:"count"`
		} `json:"rules"`
		Edits []json.RawMessage `json:"edits"`
	} `json:"normalization"`
}

func runAnnotateCLI(t *testing.T, stdin string, args ...string) (annotateOutput, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := dispatch(append([]string{"annotate"}, args...), strings.NewReader(stdin), &out, &errb)
	var res annotateOutput
	if code == 0 {
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatalf("output is not the JSON contract: %v\n%s", err, out.String())
		}
	}
	return res, errb.String(), code
}

func sampleArticle(t *testing.T) string {
	return testsupport.Sample(t)
}

func TestAnnotateCommandSample(t *testing.T) {
	res, stderr, code := runAnnotateCLI(t, sampleArticle(t))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	runes := []rune(res.Text)
	byType := map[string][]string{}
	last := 0
	for _, e := range res.Entities {
		if e.Start < last || e.End > len(runes) || string(runes[e.Start:e.End]) != e.Text {
			t.Fatalf("entity %+v: offsets are not code points of text, or overlap", e)
		}
		last = e.End
		byType[e.Type] = append(byType[e.Type], e.Text)
	}
	has := func(typ, text string) bool {
		for _, s := range byType[typ] {
			if s == text {
				return true
			}
		}
		return false
	}
	if !has("DATE", "04 नवंबर, 2025, 11:14 अपराह्न IST") {
		t.Errorf("date line is not one DATE; DATE entities: %q", byType["DATE"])
	}
	if !has("DATE", "मंगलवार") {
		t.Errorf("मंगलवार is not a DATE; DATE entities: %q", byType["DATE"])
	}
	if len(byType["PER"]) == 0 || len(byType["LOC"]) == 0 {
		t.Errorf("the model found no people or no places: %q", byType)
	}
}

func TestAnnotateCommandInvalidUTF8(t *testing.T) {
	_, stderr, code := runAnnotateCLI(t, "आज \xff")
	if code != 1 || !strings.Contains(stderr, "offset 7") || !strings.Contains(stderr, "-lossy") {
		t.Fatalf("exit %d, stderr %q: want exit 1 naming offset 7 and suggesting -lossy", code, stderr)
	}
	res, stderr, code := runAnnotateCLI(t, "आज \xff", "-lossy")
	if code != 0 {
		t.Fatalf("-lossy: exit %d: %s", code, stderr)
	}
	if res.Text != "आज \uFFFD" || len(res.Entities) != 1 || res.Entities[0].Type != "DATE" {
		t.Errorf("-lossy: %+v", res)
	}
	if len(res.Normalization.Rules) != 1 || res.Normalization.Rules[0].Rule != "invalid" {
		t.Errorf("-lossy report: %+v", res.Normalization)
	}
}

func TestAnnotateCommandUsage(t *testing.T) {
	if _, _, code := runAnnotateCLI(t, "", "extra"); code != 2 {
		t.Errorf("stray argument: exit %d, want 2", code)
	}
	res, stderr, code := runAnnotateCLI(t, "")
	if code != 0 || res.Entities == nil {
		t.Errorf("empty input: exit %d (%s), entities %v: want exit 0 and []", code, stderr, res.Entities)
	}
}
