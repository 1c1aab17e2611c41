//go:build js && wasm

package main

import (
	"math"
	"strconv"
	"unicode/utf8"

	"tippani/annotation"
	"tippani/annotation/anchor"
	"tippani/internal/jsonwire"
)

// intField reads a required integer member of obj; path names it in errors.
func intField(obj jsonwire.Value, name, path string) (int, string) {
	f, err := obj.Get(name).Float()
	if err != nil || f != math.Trunc(f) || math.Abs(f) > math.MaxInt32 {
		return 0, errorFieldJSON(string(annotation.CodeBadField), path, path+" must be an integer")
	}
	return int(f), ""
}

// spansField reads an optional array of {start, end} spans of text (code
// points, non-empty, within the text).
func spansField(root jsonwire.Value, name, text string) ([]anchor.Span, string) {
	v := root.Get(name)
	if k := v.Kind(); k == jsonwire.Missing || k == jsonwire.Null {
		return nil, ""
	}
	if v.Kind() != jsonwire.Array {
		return nil, errorFieldJSON(string(annotation.CodeBadField), name, name+" must be an array of {start, end}")
	}
	n := utf8.RuneCountInString(text)
	var spans []anchor.Span
	for i, elem := range v.Elements() {
		path := name + "[" + strconv.Itoa(i) + "]"
		var s anchor.Span
		var bad string
		if s.Start, bad = intField(elem, "start", path+".start"); bad != "" {
			return nil, bad
		}
		if s.End, bad = intField(elem, "end", path+".end"); bad != "" {
			return nil, bad
		}
		switch {
		case s.Start < 0 || s.End > n:
			return nil, errorFieldJSON(string(annotation.CodeOffsetOutOfRange), path,
				path+" ("+strconv.Itoa(s.Start)+"–"+strconv.Itoa(s.End)+") is outside the text (0–"+strconv.Itoa(n)+" code points)")
		case s.End <= s.Start:
			return nil, errorFieldJSON(string(annotation.CodeEmptySpan), path, path+" covers no text: end must be greater than start")
		}
		spans = append(spans, s)
	}
	return spans, ""
}

// writeSpans writes spans as [{"start", "end"}, ...]; none as [].
func writeSpans(e *jsonwire.Encoder, spans []anchor.Span) {
	e.BeginArray()
	for _, s := range spans {
		e.BeginObject()
		e.IntMember("start", s.Start)
		e.IntMember("end", s.End)
		e.EndObject()
	}
	e.EndArray()
}
