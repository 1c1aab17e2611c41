//go:build js && wasm

package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/tidwall/gjson"

	"tippani/annotation"
	"tippani/annotation/anchor"
)

// intField reads a required integer member of obj; path names it in errors.
func intField(obj gjson.Result, name, path string) (int, string) {
	v := obj.Get(name)
	if v.Type != gjson.Number || float64(v.Int()) != v.Num {
		return 0, errorFieldJSON(string(annotation.CodeBadField), path, path+" must be an integer")
	}
	return int(v.Int()), ""
}

// spansField reads an optional array of {start, end} spans of text (code
// points, non-empty, within the text).
func spansField(root gjson.Result, name, text string) ([]anchor.Span, string) {
	v := root.Get(name)
	if !v.Exists() || v.Type == gjson.Null {
		return nil, ""
	}
	if !v.IsArray() {
		return nil, errorFieldJSON(string(annotation.CodeBadField), name, name+" must be an array of {start, end}")
	}
	n := utf8.RuneCountInString(text)
	var spans []anchor.Span
	bad := ""
	v.ForEach(func(_, elem gjson.Result) bool {
		path := name + "[" + strconv.Itoa(len(spans)) + "]"
		var s anchor.Span
		if s.Start, bad = intField(elem, "start", path+".start"); bad != "" {
			return false
		}
		if s.End, bad = intField(elem, "end", path+".end"); bad != "" {
			return false
		}
		switch {
		case s.Start < 0 || s.End > n:
			bad = errorFieldJSON(string(annotation.CodeOffsetOutOfRange), path,
				path+" ("+strconv.Itoa(s.Start)+"–"+strconv.Itoa(s.End)+") is outside the text (0–"+strconv.Itoa(n)+" code points)")
		case s.End <= s.Start:
			bad = errorFieldJSON(string(annotation.CodeEmptySpan), path, path+" covers no text: end must be greater than start")
		}
		spans = append(spans, s)
		return bad == ""
	})
	return spans, bad
}
