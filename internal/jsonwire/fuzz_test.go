package jsonwire

import (
	"strings"
	"testing"
)

// FuzzParse compares Parse with encoding/json on any input and checks the
// memory bound the package states: parsing allocates a constant amount
// (only an error's few small objects), and decoding every string of an
// accepted input allocates no more bytes than the input holds.
func FuzzParse(f *testing.F) {
	for _, s := range oracleInputs {
		f.Add(s)
	}
	for _, s := range []string{
		strings.Repeat("[", 9000) + strings.Repeat("]", 9000),
		strings.Repeat(`{"a":[`, 20) + strings.Repeat(`]}`, 20),
		`[` + strings.Repeat("9", 5000) + `]`,
		`{"n":-1.7976931348623157e309,"m":1e-400,"k":` + strings.Repeat("1", 400) + `.5e+` + strings.Repeat("9", 30) + `}`,
		`"` + strings.Repeat("भारत ", 3000) + `"`,
		`"` + strings.Repeat(`\u0915\u094d`, 2000) + `"`,
		`["\u", "\uzzzz", "\ud800\udbff", "\'", "\a"]`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		compareWithEncodingJSON(t, in)
		if allocs := testing.AllocsPerRun(1, func() { Parse(in) }); allocs > 6 {
			t.Fatalf("Parse allocated %v times", allocs)
		}
		v, err := Parse(in)
		if err != nil {
			return
		}
		if decoded := decodedBytes(v); decoded > len(in) {
			t.Fatalf("decoding allocated %d bytes for a %d-byte input", decoded, len(in))
		}
	})
}

// decodedBytes sums the lengths of the strings reading v decodes (those
// with escapes), walking it without recursion.
func decodedBytes(v Value) int {
	n := 0
	work := []Value{v}
	for len(work) > 0 {
		v, work = work[len(work)-1], work[:len(work)-1]
		switch v.Kind() {
		case String:
			if strings.IndexByte(v.Raw(), '\\') >= 0 {
				n += len(v.Str())
			}
		case Array:
			for _, e := range v.Elements() {
				work = append(work, e)
			}
		case Object:
			for k, m := range v.Members() {
				n += len(k)
				work = append(work, m)
			}
		}
	}
	return n
}
