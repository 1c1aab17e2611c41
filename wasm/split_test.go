//go:build !js

package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// reachable builds the engine with the given build tag and returns every
// symbol the linker kept as code (-ldflags=-dumpdep), each with the symbol
// that reached it.
func reachable(t *testing.T, tag string) map[string]string {
	t.Helper()
	cmd := exec.Command("go", "build", "-tags", tag, "-ldflags=-dumpdep", "-o", "/dev/null", ".")
	cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("go build -tags %s: %v\n%s", tag, err, stderr.Bytes())
	}
	syms := map[string]string{}
	sc := bufio.NewScanner(&stderr)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		from, to, ok := strings.Cut(sc.Text(), " -> ")
		if !ok {
			continue
		}
		to, _, _ = strings.Cut(to, " ")
		// ..stmp_ symbols are static data the linker shares between
		// packages that hold the same bytes, named after one of them.
		if !isMetadata(to) && !strings.Contains(to, "..stmp_") {
			syms[to] = from
		}
	}
	if len(syms) < 1000 {
		t.Fatalf("the linker reported only %d symbols for -tags %s", len(syms), tag)
	}
	return syms
}

// TestEnginesSplit holds the two browser builds to their purpose: the
// core engine, which every first visit waits for, links none of the
// document tools' code nor the learning step, and the tools engine,
// fetched after it, carries no annotate path (it holds the model only to
// learn from the reader).
func TestEnginesSplit(t *testing.T) {
	cases := []struct {
		tag     string
		methods []string // the engine's own methods: linked
		absent  []string // code this engine must not link
	}{
		{"core",
			[]string{"main.annotateMethod", "main.normalizeMethod", "main.tokensMethod", "main.setLayerMethod"},
			[]string{"main.validateMethod", "main.exportMethod", "main.importMethod", "main.reanchorMethod",
				"main.occurrencesMethod", "main.learnMethod", "tippani/annotation/export.", "tippani/annotation/anchor.",
				"tippani/ner/internal/tagger.(*Layer).Learn"}},
		{"tools",
			[]string{"main.validateMethod", "main.exportMethod", "main.importMethod", "main.reanchorMethod", "main.occurrencesMethod", "main.learnMethod"},
			[]string{"main.annotateMethod", "main.setLayerMethod", "tippani/engine."}},
	}
	for _, c := range cases {
		syms := reachable(t, c.tag)
		for _, m := range c.methods {
			if _, ok := syms[m]; !ok {
				t.Errorf("-tags %s: %s is not linked", c.tag, m)
			}
		}
		for sym, from := range syms {
			for _, a := range c.absent {
				if strings.HasPrefix(sym, a) {
					t.Errorf("-tags %s links %s (reached from %s)", c.tag, sym, from)
				}
			}
		}
	}
}
