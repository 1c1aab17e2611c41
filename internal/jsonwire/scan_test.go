package jsonwire

import (
	"strings"
	"testing"
)

func TestParseFaults(t *testing.T) {
	cases := []struct {
		in     string
		fault  Fault
		path   string
		detail string
	}{
		{strings.Repeat("[", 9000) + strings.Repeat("]", 9000), TooDeep, "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]", "32 deep"},
		{`{"a":` + strings.Repeat(`{"b":`, 32) + `1` + strings.Repeat(`}`, 33), TooDeep, "a.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b.b", "32 deep"},
		{`{"annotations":[{"start":0},{"note":"\ud800"}]}`, LoneSurrogate, "annotations[1].note", "high surrogate"},
		{`{"name":"a\udc00"}`, LoneSurrogate, "name", "low surrogate"},
		{`{"title":"\ud83d\u0041"}`, LoneSurrogate, "title", "high surrogate"},
		{`["\ud83d\ude00","\ud83d"]`, LoneSurrogate, "[1]", "high surrogate"},
		{"{\"text\":\"\xff\"}", InvalidUTF8, "text", "UTF-8"},
		{`{"text":"abc}`, Syntax, "text", "unterminated"},
		{`{"a":[1,2,}`, Syntax, "a[2]", "expected a JSON value"},
		{`{"a" 1}`, Syntax, "a", "expected :"},
		{``, Syntax, "", "end of input"},
		{`{} x`, Syntax, "", "after the JSON value"},
	}
	for _, c := range cases {
		_, err := Parse(c.in)
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%.40s: got %v, want fault %d", c.in, err, c.fault)
			continue
		}
		if e.Fault != c.fault || e.Path != c.path || !strings.Contains(e.Error(), c.detail) {
			t.Errorf("%.40s: got fault %d path %q %q; want %d %q containing %q", c.in, e.Fault, e.Path, e.Error(), c.fault, c.path, c.detail)
		}
	}
}

func TestTokenBudget(t *testing.T) {
	within := "[" + strings.Repeat("0,", MaxTokens-2) + "0]"
	if _, err := Parse(within); err != nil {
		t.Fatalf("%d tokens: %v", MaxTokens, err)
	}
	over := "[" + strings.Repeat("0,", MaxTokens-1) + "0]"
	_, err := Parse(over)
	if e, ok := err.(*Error); !ok || e.Fault != TooManyTokens || !strings.Contains(e.Error(), "2097152") {
		t.Fatalf("%d tokens: got %v, want TooManyTokens naming the limit", MaxTokens+1, err)
	}
	// Member names count too.
	names := "{" + strings.Repeat(`"":0,`, MaxTokens/2) + `"":0}`
	if _, err := Parse(names); err == nil || err.(*Error).Fault != TooManyTokens {
		t.Fatalf("names: got %v, want TooManyTokens", err)
	}
}

func TestValueAccess(t *testing.T) {
	v, err := Parse(` {"text": "भारत\n", "n": -12.5e1, "ok": true, "list": [1, "two", {"x": null}], "esc\u0061pe": "\"q\""} `)
	if err != nil {
		t.Fatal(err)
	}
	if v.Kind() != Object || v.Len() != 5 {
		t.Fatalf("kind %d len %d", v.Kind(), v.Len())
	}
	if s := v.Get("text").Str(); s != "भारत\n" {
		t.Errorf("text = %q", s)
	}
	if f, err := v.Get("n").Float(); f != -125 || err != nil {
		t.Errorf("n = %v, %v", f, err)
	}
	if !v.Get("ok").Bool() || v.Get("missing").Exists() || v.Get("missing").Kind() != Missing {
		t.Error("ok / missing")
	}
	if s := v.Get("escape").Str(); s != `"q"` {
		t.Errorf("escaped name: %q", s)
	}
	list := v.Get("list")
	var kinds []Kind
	for _, e := range list.Elements() {
		kinds = append(kinds, e.Kind())
	}
	if len(kinds) != 3 || kinds[0] != Number || kinds[1] != String || kinds[2] != Object {
		t.Errorf("list kinds %v", kinds)
	}
	if x := list.Get("x"); x.Exists() {
		t.Error("Get on an array must find nothing")
	}
}

// TestStrDoesNotCopy: a string without escapes is a view of the input.
func TestStrDoesNotCopy(t *testing.T) {
	v, _ := Parse(`{"text":"नमस्ते दुनिया","list":[{"type":"PER"}]}`)
	allocs := testing.AllocsPerRun(100, func() {
		_ = v.Get("text").Str()
		for _, e := range v.Get("list").Elements() {
			_ = e.Get("type").Str()
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations reading unescaped strings", allocs)
	}
	in := `{"a":[1,2,{"b":"c"}],"d":"` + strings.Repeat("x", 10000) + `"}`
	if allocs := testing.AllocsPerRun(20, func() { Parse(in) }); allocs != 0 {
		t.Errorf("Parse of valid input allocates %v times", allocs)
	}
}
