package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"tippani/internal/testsupport"
)

// filmStream is a small stream of two documents about one film beat: the
// names the shipped model misses (एटली, the made-up कुंचाकोबोबन) recur,
// so learning from the first block must save edits in the next.
func filmStream() string {
	sent := func(pairs ...string) string {
		var b strings.Builder
		for i := 0; i+1 < len(pairs); i += 2 {
			b.WriteString(pairs[i] + "\t" + pairs[i+1] + "\n")
		}
		return b.String() + "\n"
	}
	a := sent("निर्देशक", "O", "एटली", "B-NEP", "की", "O", "नई", "O", "फिल्म", "O", "में", "O", "कुंचाकोबोबन", "B-NEP", "हैं", "O", "।", "O")
	b := sent("कल", "O", "कुंचाकोबोबन", "B-NEP", "और", "O", "एटली", "B-NEP", "ने", "O", "मुंबई", "B-NEL", "में", "O", "बात", "O", "की", "O", "।", "O")
	return "-DOCSTART-\tO\n\n" + a + a + "-DOCSTART-\tO\n\n" + b + b
}

func TestAdaptJSONContract(t *testing.T) {
	out, errs, code := runCLI(t, filmStream(), "adapt", "-block", "1", "-json", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, out)
	}
	for _, model := range []string{"frozen", "learning"} {
		m, ok := rep[model].(map[string]any)
		if !ok {
			t.Fatalf("no %q object: %s", model, out)
		}
		half, _ := m["second_half"].(map[string]any)
		for _, figs := range []map[string]any{m, half} {
			for _, k := range []string{"f1", "edits_per_1k_tokens"} {
				if _, ok := figs[k].(float64); !ok {
					t.Errorf("%s: %q missing in %v", model, k, figs)
				}
			}
		}
	}
	blocks, _ := rep["blocks"].([]any)
	if len(blocks) != 4 || rep["documents"].(float64) != 2 || rep["sentences"].(float64) != 4 {
		t.Fatalf("blocks %d, documents %v, sentences %v; want 4, 2, 4", len(blocks), rep["documents"], rep["sentences"])
	}
	first := blocks[0].(map[string]any)
	for _, k := range []string{"frozen", "learning"} {
		if _, ok := first[k].(map[string]any)["f1"].(float64); !ok {
			t.Errorf("block figures lack %s.f1: %v", k, first)
		}
	}
	// Block 1 is the first sight of the names: the same for both. By
	// the second, the learning model has what block 1 taught.
	edits := func(b any, model string) float64 {
		return b.(map[string]any)[model].(map[string]any)["edits_per_1k_tokens"].(float64)
	}
	if edits(blocks[0], "frozen") != edits(blocks[0], "learning") {
		t.Errorf("block 1 differs before any learning: %v", blocks[0])
	}
	if edits(blocks[0], "frozen") == 0 {
		t.Fatal("the shipped model needs no edits: the stream teaches nothing")
	}
	for i := 1; i < 4; i++ {
		if edits(blocks[i], "learning") != 0 {
			t.Errorf("block %d still needs edits after learning: %v", i+1, blocks[i])
		}
	}
	learning := rep["learning"].(map[string]any)
	if learning["f1"].(float64) <= rep["frozen"].(map[string]any)["f1"].(float64) {
		t.Errorf("learning F1 %v not above frozen %v", learning["f1"], rep["frozen"])
	}
}

func TestAdaptTables(t *testing.T) {
	out, errs, code := runCLI(t, filmStream(), "adapt", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"4 sentences", "2 documents", "whole stream", "second half", "personal layer:"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// Blocks end at document boundaries even below the block size.
	if n := strings.Count(out, "\n    "); n < 2 {
		t.Errorf("want a row per block, got:\n%s", out)
	}
}

func TestAdaptRejectsBadUse(t *testing.T) {
	if _, _, code := runCLI(t, "", "adapt"); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
	if _, _, code := runCLI(t, "", "adapt", "-block", "0", "-"); code != 2 {
		t.Errorf("-block 0: exit %d", code)
	}
	if _, errs, code := runCLI(t, "", "adapt", "-"); code != 1 || !strings.Contains(errs, "no sentences") {
		t.Errorf("empty input: exit %d, %q", code, errs)
	}
	if _, _, code := runCLI(t, "", "adapt", "/nonexistent/file.conll"); code != 1 {
		t.Errorf("missing file: exit %d", code)
	}
}

func TestEditsToGold(t *testing.T) {
	cases := []struct {
		gold, pred string
		want       int
	}{
		{"B-PER I-PER O", "B-PER I-PER O", 0},
		{"B-PER I-PER O", "B-LOC I-LOC O", 1},         // retype
		{"B-PER I-PER O", "B-PER O O", 1},             // resize
		{"B-PER I-PER O", "O B-LOC O", 2},             // resize and retype
		{"B-PER O O", "O O O", 1},                     // add
		{"O O O", "B-ORG O O", 1},                     // remove
		{"B-PER O B-LOC", "B-PER I-PER I-PER", 2},     // resize one, add the other
		{"B-ORG I-ORG I-ORG", "B-ORG B-ORG I-ORG", 2}, // resize one, remove the other
	}
	for _, c := range cases {
		if got := editsToGold(strings.Fields(c.gold), strings.Fields(c.pred)); got != c.want {
			t.Errorf("editsToGold(%s | %s) = %d, want %d", c.gold, c.pred, got, c.want)
		}
	}
}

func TestTopicStream(t *testing.T) {
	in := filmStream()
	dir := t.TempDir()
	path := dir + "/s.conll"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := runCLI(t, "", "topic-stream", "-min", "4", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	// एटली and कुंचाकोबोबन are in all four sentences, मुंबई in two.
	if n := strings.Count(out, "\n\n"); n != 4 {
		t.Errorf("%d sentences, want 4:\n%s", n, out)
	}
	out, _, _ = runCLI(t, "", "topic-stream", "-min", "4", "-max", "3", path)
	if out != "" {
		t.Errorf("-max 3 left %q", out)
	}
}

// The measures on the real streams (scripts/adapt-streams prints
// them all): learning never ends below the frozen model over a stream's
// second half, and on a topic-shaped stream it gains at least 0.02 F1 and
// saves at least 15% of the edits there.
func TestAdaptMeasuresOnTheCorpora(t *testing.T) {
	half := func(stdin string, args ...string) (frozen, learning map[string]any) {
		t.Helper()
		out, errs, code := runCLI(t, stdin, append([]string{"adapt", "-json"}, args...)...)
		if code != 0 {
			t.Fatalf("adapt %v: exit %d: %s", args, code, errs)
		}
		var rep struct {
			Frozen, Learning struct {
				SecondHalf map[string]any `json:"second_half"`
			}
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		return rep.Frozen.SecondHalf, rep.Learning.SecondHalf
	}
	for _, rel := range []string{testsupport.DevCorpus, testsupport.MultiCoNERDev} {
		f, l := half("", testsupport.Path(t, rel))
		if l["f1"].(float64) < f["f1"].(float64) {
			t.Errorf("%s, second half: learning F1 %v below frozen %v", rel, l["f1"], f["f1"])
		}
	}
	topic, errs, code := runCLI(t, "", "topic-stream", "-min", "4", "-max", "30", testsupport.Path(t, testsupport.DevCorpus))
	if code != 0 {
		t.Fatalf("topic-stream: exit %d: %s", code, errs)
	}
	f, l := half(topic, "-")
	if gain := l["f1"].(float64) - f["f1"].(float64); gain < 0.02 {
		t.Errorf("topic stream, second half: learning gains %.4f F1, want ≥ 0.02", gain)
	}
	if saved := 1 - l["edits"].(float64)/f["edits"].(float64); saved < 0.15 {
		t.Errorf("topic stream, second half: %.0f%% of the edits saved, want ≥ 15%%", 100*saved)
	}
}
