package jsonwire

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// toAny builds from v the value encoding/json's Unmarshal into an any
// (with UseNumber) would build, so that the two readers can be compared.
// It recurses, which is fine for the inputs a test gives it.
func toAny(t *testing.T, v Value) any {
	switch v.Kind() {
	case Null:
		return nil
	case Bool:
		return v.Bool()
	case Number:
		return json.Number(v.Raw())
	case String:
		return v.Str()
	case Array:
		out := []any{}
		for i, e := range v.Elements() {
			if i != len(out) {
				t.Fatalf("element index %d, want %d", i, len(out))
			}
			out = append(out, toAny(t, e))
		}
		if len(out) != v.Len() {
			t.Fatalf("Len %d, elements %d", v.Len(), len(out))
		}
		return out
	case Object:
		out := map[string]any{}
		for k, m := range v.Members() {
			out[k] = toAny(t, m) // the last of a repeated name wins, as in encoding/json
		}
		return out
	}
	t.Fatalf("value of kind %d: %q", v.Kind(), v.Raw())
	return nil
}

// depth is the nesting depth of a syntactically valid input.
func depth(s string) int {
	d, most, inString := 0, 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '[' || c == '{':
			d++
			most = max(most, d)
		case c == ']' || c == '}':
			d--
		}
	}
	return most
}

// loneSurrogate reports whether a valid JSON text holds a \u escape that is
// half a surrogate pair on its own.
func loneSurrogate(s string) bool {
	for i := 0; i+6 <= len(s); i++ {
		if s[i] != '\\' {
			continue
		}
		if s[i+1] != 'u' {
			i++
			continue
		}
		r, _ := hex4(s, i+2)
		switch {
		case r >= 0xDC00 && r < 0xE000:
			return true
		case r >= 0xD800 && r < 0xDC00:
			lo, ok := rune(0), false
			if i+12 <= len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
				lo, ok = hex4(s, i+8)
			}
			if !ok || lo < 0xDC00 || lo >= 0xE000 {
				return true
			}
			i += 11
		default:
			i += 5
		}
	}
	return false
}

// compareWithEncodingJSON checks Parse against encoding/json on one input:
// both accept or both refuse, except where this package is stricter on
// purpose (depth, lone surrogates, invalid UTF-8: a fault of these kinds
// must really be in the input, which may be broken elsewhere too), and an
// accepted input reads to the same value.
func compareWithEncodingJSON(t *testing.T, in string) {
	t.Helper()
	v, err := Parse(in)
	valid := json.Valid([]byte(in))
	if err != nil {
		e := err.(*Error)
		switch {
		case e.Fault == Syntax && valid:
			t.Fatalf("refused valid JSON %q: %v", in, err)
		case e.Fault == TooDeep && depth(in) <= MaxDepth:
			t.Fatalf("TooDeep for %q (valid %v, depth %d)", in, valid, depth(in))
		case e.Fault == LoneSurrogate && !loneSurrogate(in):
			t.Fatalf("LoneSurrogate for %q", in)
		case e.Fault == InvalidUTF8 && utf8.ValidString(in):
			t.Fatalf("InvalidUTF8 for %q", in)
		}
		return
	}
	if !valid {
		t.Fatalf("accepted invalid JSON %q", in)
	}
	dec := json.NewDecoder(strings.NewReader(in))
	dec.UseNumber()
	var want any
	if err := dec.Decode(&want); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	if got := toAny(t, v); !reflect.DeepEqual(got, want) {
		t.Fatalf("%q reads as\n%#v\nencoding/json reads\n%#v", in, got, want)
	}
}

var oracleInputs = []string{
	`null`, `true`, `false`, `0`, `-0`, `-0.0e+0`, `1e400`, `123456789012345678901234567890`,
	`""`, `"a\"b\\c\/d\b\f\n\r\t"`, `"\u00e9\u0915\u094D\u0937"`, `"\ud83d\ude00"`, `"\uD83D\uDE00"`,
	`"😀 भारत"`, `[]`, `{}`, ` [ 1 , 2 , [ ] , { } ] `, `{"a":1,"a":2}`, `{"\u0061":"x","b":[true,null]}`,
	`{"text":"नमस्ते","annotations":[{"start":0,"end":3,"type":"PER","score":0.5}]}`,
	`[`, `]`, `{`, `{"a"}`, `{"a":}`, `{a:1}`, `[1,]`, `[,1]`, `{"a":1,}`, `01`, `1.`, `.5`, `1e`, `-`, `+1`,
	`tru`, `nul`, `"\x"`, `"\u12"`, `"\u12G4"`, "\"a\x01\"", `"abc`, `[1 2]`, `{"a" 1}`, `1 2`, ``, ` `,
	`"\ud800"`, `"\udc00"`, `"\ud800\u0041"`, `"\ud800x"`, `"\udbff\udfff"`, `["\ud800\ud800"]`,
	"\"\xff\"", "\"\xe0\xa4\"", "[\"ok\",\"\xc0\xaf\"]",
	strings.Repeat("[", 32) + strings.Repeat("]", 32),
	strings.Repeat("[", 33) + strings.Repeat("]", 33),
	strings.Repeat(`{"a":`, 33) + `1` + strings.Repeat(`}`, 33),
}

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range oracleInputs {
		compareWithEncodingJSON(t, in)
	}
}

func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	inputs := []string{"", "plain", "a\"b\\c", "<script>&</script>", "\u2028\u2029", "\x00\x01\x1f\x7f",
		"\b\f\n\r\t", "नमस्ते 🇮🇳 👨‍👩‍👧", "\xff\xfe", "ab\xe0\xa4", "\ufeffBOM", "\u200d"}
	for c := 0; c < 256; c++ {
		inputs = append(inputs, string([]byte{byte(c)}), "x"+string(rune(c))+"y")
	}
	for _, s := range inputs {
		want, _ := json.Marshal(s)
		if got := AppendString(nil, s); !bytes.Equal(got, want) {
			t.Errorf("AppendString(%q) = %s, encoding/json writes %s", s, got, want)
		}
	}
}

func TestAppendFloatMatchesEncodingJSON(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.5, 0.1, 1.0 / 3, 1e-6, 9.99e-7, 1e-7, 1.5e-10, 1e20, 1e21, 123456789e15, -2.5e-8, 0.93, 0.8125, 5e-324, 1.7976931348623157e308} {
		want, _ := json.Marshal(f)
		if got := AppendFloat(nil, f); !bytes.Equal(got, want) {
			t.Errorf("AppendFloat(%v) = %s, encoding/json writes %s", f, got, want)
		}
	}
}

func TestEncoderMatchesMarshalIndent(t *testing.T) {
	type inner struct {
		A int     `json:"a"`
		B []int   `json:"b"`
		C float64 `json:"c"`
	}
	value := struct {
		Name  string   `json:"name"`
		Empty []int    `json:"empty"`
		List  []inner  `json:"list"`
		Flags []bool   `json:"flags"`
		Words []string `json:"words"`
		Obj   struct{} `json:"obj"`
	}{"x<y", []int{}, []inner{{1, []int{2, 3}, 0.25}, {4, []int{}, 1e-9}}, []bool{true, false}, []string{"न", ""}, struct{}{}}
	write := func(e *Encoder) {
		e.BeginObject()
		e.StringMember("name", "x<y")
		e.Key("empty")
		e.BeginArray()
		e.EndArray()
		e.Key("list")
		e.BeginArray()
		for _, in := range value.List {
			e.BeginObject()
			e.IntMember("a", in.A)
			e.Key("b")
			e.BeginArray()
			for _, n := range in.B {
				e.Int(n)
			}
			e.EndArray()
			e.Key("c")
			e.Float(in.C)
			e.EndObject()
		}
		e.EndArray()
		e.Key("flags")
		e.BeginArray()
		e.Bool(true)
		e.Bool(false)
		e.EndArray()
		e.Key("words")
		e.BeginArray()
		e.String("न")
		e.String("")
		e.EndArray()
		e.Key("obj")
		e.BeginObject()
		e.EndObject()
		e.EndObject()
	}
	for _, indent := range []string{"", "  ", "\t"} {
		var want []byte
		if indent == "" {
			want, _ = json.Marshal(value)
		} else {
			want, _ = json.MarshalIndent(value, "", indent)
		}
		e := Encoder{Indent: indent}
		write(&e)
		if !bytes.Equal(e.B, want) {
			t.Errorf("indent %q:\n%s\nencoding/json:\n%s", indent, e.B, want)
		}
	}
}
