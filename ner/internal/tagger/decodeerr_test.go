package tagger

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorfFormatsAsFmt(t *testing.T) {
	var bits uint8 = 20
	cases := []struct {
		format string
		args   []any
	}{
		{"ner: model file version %d, this build reads %d", []any{uint64(3), 2}},
		{"ner: implausible table size 2^%d", []any{bits}},
		{"ner: weight row %d outside table of %d rows", []any{uint64(99), 1 << bits}},
		{"ner: weight %d out of range for %d-bit weights", []any{int16(-300), 8}},
		{"ner: embedded model: %v", []any{errors.New("short")}},
		{"100%% %s", []any{"sure"}},
	}
	for _, c := range cases {
		if got, want := errorf(c.format, c.args...).Error(), fmt.Sprintf(c.format, c.args...); got != want {
			t.Errorf("errorf(%q) = %q, want %q", c.format, got, want)
		}
	}
}
