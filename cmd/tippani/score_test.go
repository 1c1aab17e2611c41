package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeScoreFiles(t *testing.T) (dir string) {
	t.Helper()
	dir = t.TempDir()
	files := map[string]string{
		"exercise.json": `{"title":"नाम","text":"राम और सीता अयोध्या गए","types":["PER","LOC"],
			"key":[{"start":0,"end":3,"type":"PER"},{"start":7,"end":11,"type":"PER"},{"start":12,"end":19,"type":"LOC"}]}`,
		"a.json":   `{"name":"सीमा","annotations":[{"start":0,"end":3,"type":"PER"},{"start":7,"end":11,"type":"PER"},{"start":12,"end":19,"type":"LOC"}]}`,
		"b.json":   `{"name":"Ravi","annotations":[{"start":0,"end":3,"type":"PER"},{"start":7,"end":11,"type":"LOC"}]}`,
		"bad.json": `{"name":"X","annotations":[{"start":0,"end":3,"type":"ORG"}]}`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestScoreCommand(t *testing.T) {
	dir := writeScoreFiles(t)
	ex, a, b := filepath.Join(dir, "exercise.json"), filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")

	out, stderr, code := runAnnotationVerb(t, "", "score", "-exercise", ex, a, b)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != 2 {
		t.Fatalf("code %d, %d lines\n%s\n%s", code, len(lines), out, stderr)
	}
	var grade struct {
		Name   string `json:"name"`
		Result struct {
			Exact struct {
				F1 float64 `json:"f1"`
			} `json:"exact"`
			WrongType int `json:"wrongType"`
		} `json:"result"`
	}
	if err := json.Unmarshal([]byte(lines[1]), &grade); err != nil || grade.Name != "Ravi" || grade.Result.Exact.F1 != 0.4 || grade.Result.WrongType != 1 {
		t.Errorf("Ravi's grade: %+v, %v\n%s", grade, err, lines[1])
	}

	out, _, code = runAnnotationVerb(t, "", "score", "-exercise", ex, "-csv", a, b)
	if code != 0 || !strings.Contains(out, "\r\nRavi,0.500,0.333,0.400,") {
		t.Errorf("csv: code %d\n%s", code, out)
	}

	out, _, code = runAnnotationVerb(t, "", "score", "-exercise", ex, "-class", a, b)
	var class struct {
		Students int `json:"students"`
		Missed   []struct {
			Text   string `json:"text"`
			Missed int    `json:"missed"`
		} `json:"missed"`
	}
	if err := json.Unmarshal([]byte(out), &class); code != 0 || err != nil || class.Students != 2 || len(class.Missed) != 2 || class.Missed[0].Text != "सीता" {
		t.Errorf("class: code %d, %+v, %v\n%s", code, class, err, out)
	}

	_, stderr, code = runAnnotationVerb(t, "", "score", "-exercise", ex, filepath.Join(dir, "bad.json"))
	if code != 1 || !strings.Contains(stderr, "type_not_allowed") {
		t.Errorf("bad submission: code %d, %s", code, stderr)
	}
	if _, _, code := runAnnotationVerb(t, "", "score", a); code != 2 {
		t.Errorf("missing -exercise: code %d, want 2", code)
	}
}
