//go:build !js

package api

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestWorkerDoesNotImportTheModel guards the worker's size and start-up
// cost: a Go instance starts on an isolate's first request (and again after
// one is replaced), and each costs memory for as long as it lives, so the
// NER model and the annotation engine (large tables) must never be linked
// into the edge worker.
func TestWorkerDoesNotImportTheModel(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "tippani/worker")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if pkg == "tippani/engine" || pkg == "tippani/ner" || strings.HasPrefix(pkg, "tippani/ner/") || strings.HasPrefix(pkg, "tippani/engine/") {
			t.Errorf("the edge worker imports %s", pkg)
		}
	}
}
