package annotation

import (
	"errors"
	"fmt"
	"testing"
)

// TestMessagesFormatAsFmtDoes compares the package's own message
// formatting with fmt.Sprintf for every kind of argument it is given.
func TestMessagesFormatAsFmtDoes(t *testing.T) {
	cases := []struct {
		format string
		args   []any
	}{
		{"%s.type %q is not one of %s", []any{"annotations[3]", "MISC", "PER, LOC"}},
		{"%s has %d elements; the limit is %d", []any{"key", 5001, 5000}},
		{"%s.score %v must be between 0 and 1", []any{"a", 1.5}},
		{"%s %s is not one of this exercise's types", []any{"key[0].type", LOC}},
		{"100%% %q %v", []any{"न\"x", CodeOverlap}},
		{"%s", []any{errors.New("boom")}},
		{"%v %v", []any{0.1, 1e21}},
		{"%d", []any{int64(-7)}},
	}
	for _, c := range cases {
		if got, want := sprintf(c.format, c.args...), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("sprintf(%q) = %q, fmt gives %q", c.format, got, want)
		}
	}
}
