//go:build js && wasm

package main

import (
	"encoding/json"
	"strings"
	"testing"

	"tippani/hindi/normalize"
)

// reanchored is the answer of the reanchor method.
type reanchored struct {
	Annotations []map[string]any `json:"annotations"`
	Rejected    []struct{ Start, End int }
	Unplaced    []struct {
		Annotation            map[string]any
		Quote, Prefix, Suffix *string
	}
	Counts map[string]int
	Error  *struct{ Code, Field, Message string }
}

// callInto calls method with req (a JSON string, or a value to encode as
// JSON) and decodes its answer into out, failing on a non-JSON answer.
func callInto(t *testing.T, method func(string) string, req any, out any) {
	t.Helper()
	arg, ok := req.(string)
	if !ok {
		b, err := json.Marshal(req)
		if err != nil {
			t.Fatal(err)
		}
		arg = string(b)
	}
	if err := json.Unmarshal([]byte(method(arg)), out); err != nil {
		t.Fatalf("answer is not JSON: %v", err)
	}
}

func TestReanchorMovesCorrectionsOntoTheRevisedSample(t *testing.T) {
	old := normalize.String(sample(t))
	revised := "संपादित\n" + strings.Replace(old, "राजेश कुमार सिंह", "राजेश कुमार सिन्हा", 1)
	i := strings.Index(revised, "भारत और इज़राइल ने मंगलवार")
	revised = revised[:i] + revised[i+strings.Index(revised[i:], "। ")+len("। "):]
	at := func(text, word string) (int, int) {
		b := strings.Index(text, word)
		s := len([]rune(text[:b]))
		return s, s + len([]rune(word))
	}
	s1, e1 := at(old, "राजेश कुमार सिंह")
	s2, e2 := at(old, "मंगलवार")
	s3, e3 := at(old, "गिदोन सार")
	var got reanchored
	callInto(t, reanchorMethod, map[string]any{
		"oldText": old, "newText": revised,
		"annotations": []map[string]any{
			{"start": s2, "end": e2, "type": "DATE", "note": "कब", "source": "person"},
			{"start": s1, "end": e1, "type": "PER", "note": "रक्षा सचिव", "source": "person"},
		},
		"rejected": []map[string]int{{"start": s3, "end": e3}, {"start": s2, "end": e2}},
	}, &got)
	if got.Error != nil {
		t.Fatalf("error %+v", got.Error)
	}
	ns, ne := at(revised, "राजेश कुमार सिन्हा")
	if len(got.Annotations) != 1 || got.Annotations[0]["start"] != float64(ns) || got.Annotations[0]["end"] != float64(ne) ||
		got.Annotations[0]["note"] != "रक्षा सचिव" || got.Annotations[0]["source"] != "person" || got.Annotations[0]["type"] != "PER" {
		t.Errorf("annotations %+v, want the name at %d–%d", got.Annotations, ns, ne)
	}
	if len(got.Unplaced) != 1 || got.Unplaced[0].Annotation["start"] != float64(s2) || got.Unplaced[0].Annotation["note"] != "कब" ||
		got.Unplaced[0].Quote == nil || *got.Unplaced[0].Quote != "मंगलवार" || got.Unplaced[0].Prefix == nil || got.Unplaced[0].Suffix == nil {
		t.Errorf("unplaced %+v", got.Unplaced)
	}
	rs, re := at(revised, "गिदोन सार")
	if len(got.Rejected) != 1 || got.Rejected[0].Start != rs || got.Rejected[0].End != re {
		t.Errorf("rejected %+v, want %d–%d", got.Rejected, rs, re)
	}
	if got.Counts["fuzzy"] != 1 || got.Counts["unplaced"] != 1 || got.Counts["dropped"] != 1 {
		t.Errorf("counts %v", got.Counts)
	}
}

func TestReanchorAnswersEmptyListsAsLists(t *testing.T) {
	out := reanchorMethod(`{"oldText":"","newText":"नया"}`)
	if out != `{"annotations":[],"rejected":[],"unplaced":[],"counts":{"exact":0,"moved":0,"fuzzy":0,"unplaced":0,"dropped":0}}` {
		t.Errorf("got %s", out)
	}
}

func TestOccurrencesOfBharatInTheSample(t *testing.T) {
	text := normalize.String(sample(t))
	b := strings.Index(text, "भारत")
	s := len([]rune(text[:b]))
	var got struct {
		Spans []struct{ Start, End int }
		Error *struct{ Code, Field, Message string }
	}
	callInto(t, occurrencesMethod, map[string]any{"text": text, "start": s, "end": s + 4}, &got)
	runes := []rune(text)
	if got.Error != nil || len(got.Spans) != 9 {
		t.Fatalf("got %+v, want nine spans", got)
	}
	for _, sp := range got.Spans {
		if string(runes[sp.Start:sp.End]) != "भारत" {
			t.Errorf("span %v is %q", sp, string(runes[sp.Start:sp.End]))
		}
	}
}

func TestAnchorMethodsRefuseBadRequests(t *testing.T) {
	ann := func(s, e int) []map[string]any { return []map[string]any{{"start": s, "end": e, "type": "LOC"}} }
	cases := []struct {
		name   string
		method func(string) string
		req    any
		code   string
		field  string
	}{
		{"not JSON", reanchorMethod, "{", "bad_json", ""},
		{"no old text", reanchorMethod, map[string]any{"newText": "क"}, "missing_field", "oldText"},
		{"new text not in display form", reanchorMethod, map[string]any{"oldText": "क", "newText": "क\u200b"}, "text_not_normalized", "newText"},
		{"old text not in display form", reanchorMethod, map[string]any{"oldText": "क\u200b", "newText": "क"}, "text_not_normalized", "oldText"},
		{"offset past the old text", reanchorMethod, map[string]any{"oldText": "भारत", "newText": "भारत", "annotations": ann(0, 9)}, "offset_out_of_range", "annotations[0].end"},
		{"annotations not a list", reanchorMethod, map[string]any{"oldText": "भारत", "newText": "भारत", "annotations": 3}, "bad_field", "annotations"},
		{"rejected not a list", reanchorMethod, map[string]any{"oldText": "भारत", "newText": "भारत", "rejected": "x"}, "bad_field", "rejected"},
		{"rejected past the text", reanchorMethod, map[string]any{"oldText": "भारत", "newText": "भारत", "rejected": []map[string]int{{"start": 0, "end": 4}, {"start": 2, "end": 5}}}, "offset_out_of_range", "rejected[1]"},
		{"rejected empty", reanchorMethod, map[string]any{"oldText": "भारत", "newText": "भारत", "rejected": []map[string]int{{"start": 2, "end": 2}}}, "empty_span", "rejected[0]"},
		{"rejected fraction", reanchorMethod, map[string]any{"oldText": "भारत", "newText": "भारत", "rejected": []map[string]any{{"start": 0.5, "end": 2}}}, "bad_field", "rejected[0].start"},
		{"occurrences without end", occurrencesMethod, map[string]any{"text": "भारत", "start": 0}, "bad_field", "end"},
		{"occurrences out of range", occurrencesMethod, map[string]any{"text": "भारत", "start": 0, "end": 7}, "offset_out_of_range", "end"},
		{"occurrences splitting a letter", occurrencesMethod, map[string]any{"text": "भारत", "start": 0, "end": 1}, "splits_character", "end"},
	}
	for _, c := range cases {
		var got reanchored
		callInto(t, c.method, c.req, &got)
		if got.Error == nil || got.Error.Code != c.code || got.Error.Field != c.field || got.Error.Message == "" {
			t.Errorf("%s: error %+v, want %s on %q", c.name, got.Error, c.code, c.field)
		}
	}
}
