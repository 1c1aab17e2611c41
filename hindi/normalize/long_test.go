package normalize

import (
	"strings"
	"testing"
)

// TestLongMarkRuns covers runs of more than 30 combining marks, which x/text
// splits with U+034F (Stream-Safe Text Format): the display form must match
// its NFC, stay stable, and keep an exact map.
func TestLongMarkRuns(t *testing.T) {
	for _, src := range []string{
		"क" + strings.Repeat("\u0301", 40) + "\u094D\u200Dष",
		"क" + strings.Repeat("\u094D", 40) + "ष",
		"क" + strings.Repeat("\u093C\u094D", 20) + "|",
		"क" + strings.Repeat("\u0301\u093C", 40) + "|",
		"क" + strings.Repeat("\u0301\u200D", 40),
		"न" + strings.Repeat("\u0952", 35) + "\u093C",
	} {
		checkResult(t, src, DisplayLossy(src))
	}
}

// TestLongLines runs inputs that would take quadratic time if a rule
// rescanned its line or its marks for every character; each finishes in
// milliseconds when the cost is linear.
func TestLongLines(t *testing.T) {
	for _, src := range []string{
		"क" + strings.Repeat("\u0301\u200D", 20000),
		strings.Repeat("क |", 20000),
		strings.Repeat("अत: ", 20000),
		strings.Repeat("र्\u200Dय", 20000),
	} {
		res := DisplayLossy(src)
		if String(res.Text) != res.Text {
			t.Errorf("long input of %d bytes not stable", len(src))
		}
	}
}
