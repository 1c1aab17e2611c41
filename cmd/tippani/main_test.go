package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestHelpListsEveryVerbOnce holds the one table of verbs to what help
// prints: every verb once, with its summary, and names that cannot
// shadow each other.
func TestHelpListsEveryVerbOnce(t *testing.T) {
	var out bytes.Buffer
	if code := dispatch([]string{"help"}, nil, &out, &out); code != 0 {
		t.Fatalf("help exited %d", code)
	}
	seen := map[string]bool{}
	for _, v := range verbs {
		if seen[v.name] {
			t.Errorf("verb %q is listed twice", v.name)
		}
		seen[v.name] = true
		if v.summary == "" || v.run == nil {
			t.Errorf("verb %q has no summary or no code", v.name)
		}
		if n := strings.Count(out.String(), "\n  "+v.name+" "); n != 1 {
			t.Errorf("help shows %q %d times, want once:\n%s", v.name, n, out.String())
		}
	}
	var unknown bytes.Buffer
	if code := dispatch([]string{"no-such-verb"}, nil, &unknown, &unknown); code != 2 || !strings.Contains(unknown.String(), `unknown command "no-such-verb"`) {
		t.Errorf("unknown verb: exit %d, %q", code, unknown.String())
	}
}
