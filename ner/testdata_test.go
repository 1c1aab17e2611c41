package ner

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedPath returns <repo>/../shared/<rel>, found by walking up from the
// package directory to go.mod. A missing file fails the test: the shared
// data sits beside every checkout, including CI's.
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("shared test data missing: %v (expected ../shared beside the repository root)", err)
	}
	return p
}
