//go:build !js

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// forbidden are the packages the browser engine must not link: each
// would add to every reader's first download without doing anything the
// engine needs (JSON goes through internal/jsonwire, messages through the
// packages' own formatting, hashing through the browser or not at all).
var forbidden = []string{
	"encoding/json", "github.com/tidwall/", "reflect", "fmt", "os", "path/filepath",
	"crypto", "crypto/", "encoding/csv", "math/rand", "math/rand/v2", "net/http", "text/template",
}

// toleratedImports are imports of forbidden packages by packages the engine
// needs, each for code the engine never runs. TestNoForbiddenCodeLinked
// checks that none of the forbidden packages' functions are linked: only
// their package initialization comes along.
var toleratedImports = map[string]string{
	// golang.org/x/text's normalizer, the project's Unicode library, for
	// its debugging output.
	"golang.org/x/text/unicode/norm": "fmt",
	// The standard library's binary encoding, for its reflection-based
	// Read and Write; the recognizer uses only its varints.
	"encoding/binary": "reflect",
}

func tolerated(importer, imported string) bool {
	return strings.Contains(" "+toleratedImports[importer]+" ", " "+imported+" ")
}

func isForbidden(pkg string) bool {
	for _, f := range forbidden {
		if pkg == f || strings.HasSuffix(f, "/") && strings.HasPrefix(pkg, f) {
			return true
		}
	}
	return false
}

// TestEngineDependencies lists every package ./wasm links under
// GOOS=js GOARCH=wasm (go list -deps) and fails on a forbidden one,
// naming the chain of imports that brings it in.
func TestEngineDependencies(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "-json=ImportPath,Imports", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	imports := map[string][]string{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		imports[p.ImportPath] = p.Imports
	}
	if len(imports) < 20 {
		t.Fatalf("go list found only %d packages", len(imports))
	}
	t.Logf("the engine links %d packages", len(imports))
	// Walk the import graph from the engine, remembering how each package
	// was reached, without following tolerated edges.
	from := map[string]string{"tippani/wasm": ""}
	queue := []string{"tippani/wasm"}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		for _, q := range imports[p] {
			if tolerated(p, q) {
				continue
			}
			if _, seen := from[q]; !seen {
				from[q] = p
				queue = append(queue, q)
			}
		}
	}
	for p := range from {
		if !isForbidden(p) {
			continue
		}
		chain := []string{p}
		for q := from[p]; q != ""; q = from[q] {
			chain = append([]string{q}, chain...)
		}
		t.Errorf("the engine links %s: %s", p, strings.Join(chain, " → "))
	}
}

// TestNoForbiddenCodeLinked builds the engine and reads the linker's
// reachability graph (-dumpdep): no function of fmt, the JSON and CSV
// packages, crypto, math/rand or gjson may be reachable. Package
// initialization and per-function metadata are not code the engine runs.
func TestNoForbiddenCodeLinked(t *testing.T) {
	cmd := exec.Command("go", "build", "-ldflags=-dumpdep", "-o", "/dev/null", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build: %v\n%s", err, stderr.Bytes())
	}
	code := []string{"fmt.", "encoding/json.", "encoding/csv.", "crypto/", "crypto.", "math/rand.", "github.com/tidwall/", "net/http."}
	sc := bufio.NewScanner(&stderr)
	sc.Buffer(nil, 1<<20)
	found := map[string]string{}
	lines := 0
	for sc.Scan() {
		lines++
		from, to, ok := strings.Cut(sc.Text(), " -> ")
		if !ok {
			continue
		}
		to, _, _ = strings.Cut(to, " ")
		if isMetadata(to) {
			continue
		}
		for _, c := range code {
			if strings.HasPrefix(to, c) {
				found[to] = from
			}
		}
	}
	if lines < 1000 {
		t.Fatalf("the linker reported only %d lines", lines)
	}
	for sym, from := range found {
		t.Errorf("linked: %s (reached from %s)", sym, from)
	}
}

// isMetadata reports symbols that describe a function or a package
// rather than being code: init tasks and the compiler's per-function
// tables.
func isMetadata(sym string) bool {
	for _, s := range []string{"..inittask", ".init", ".arginfo", ".argliveinfo", ".stkobj", ".opendefer", "·f"} {
		if strings.HasSuffix(sym, s) || strings.Contains(sym, s) && !strings.Contains(sym, s+"_") {
			return true
		}
	}
	return false
}
