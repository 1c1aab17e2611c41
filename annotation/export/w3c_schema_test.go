//go:build !js

package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"tippani/annotation"
)

// TestW3CExportPassesSchemasAndJSONLD writes the W3C export of the sample
// article and of the emoji text and runs testdata/w3c/check.mjs on them in
// Node: JSON schemas written from the Web Annotation Data Model (ajv) and
// JSON-LD expansion in safe mode (jsonld.js, the W3C context from
// testdata), which fails on any property or value expansion would drop.
// Both packages come from npm (npm ci).
func TestW3CExportPassesSchemasAndJSONLD(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is needed for this test (and the browser tests): ", err)
	}
	if _, err := os.Stat("../../node_modules/jsonld"); err != nil {
		t.Fatal("node_modules/jsonld is missing: run npm ci at the repository root")
	}
	dir := t.TempDir()
	var files []string
	var totals []int
	for i, doc := range []*annotation.Document{richDoc(t), emojiDoc(t)} {
		for _, source := range []string{"", "https://tippani.example/s/abc"} {
			out, err := WebAnnotations(doc, WebAnnotationOptions{Source: source})
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, "export-"+strconv.Itoa(i)+"-"+strconv.Itoa(len(source))+".jsonld")
			if err := os.WriteFile(name, out, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, name)
			totals = append(totals, len(doc.Annotations))
		}
	}
	files = append(files, filepath.Join("testdata", "formats", "page.jsonld"))
	totals = append(totals, 4)
	cmd := exec.Command(node, append([]string{filepath.Join("testdata", "w3c", "check.mjs")}, files...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("check.mjs: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i, line := range lines {
		if want := "annotations=" + strconv.Itoa(totals[i]); !strings.HasSuffix(line, want) {
			t.Errorf("%s: want %s after expansion", line, want)
		}
	}
	t.Logf("%s", out)
}
