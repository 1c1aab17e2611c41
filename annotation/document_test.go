package annotation

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

func sampleDocument(t *testing.T) *Document {
	t.Helper()
	anns := []Annotation{
		{Start: 16, End: 23, Type: LOC, Source: SourcePerson, Note: "देश \"इज़राइल\" <b>"},
		{Start: 0, End: 12, Type: PER, Source: SourceModel, Score: 0.8125},
		{Start: 38, End: 42, Type: NUM, Source: SourceModel, Score: 0.1},
	}
	when := time.Date(2026, 11, 29, 10, 30, 0, 123456789, time.FixedZone("IST", 5*3600+1800))
	return NewDocument("यात्रा", text, anns, when)
}

func TestDocumentRoundTrip(t *testing.T) {
	d := sampleDocument(t)
	if d.Created.Location() != time.UTC || d.Created.Nanosecond() != 123000000 {
		t.Errorf("created = %v, want UTC to the millisecond", d.Created)
	}
	first, err := MarshalDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalDocument(first)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Fatalf("document changed on the way back:\n%+v\n%+v", d, back)
	}
	second, err := MarshalDocument(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Fatalf("second write differs:\n%s\n%s", first, second)
	}
	for _, field := range []string{`"format": "tippani"`, `"version": 1`, `"language": "hi"`, `"created": "2026-11-29T05:00:00.123Z"`} {
		if !bytes.Contains(first, []byte(field)) {
			t.Errorf("document lacks %s:\n%s", field, first)
		}
	}
}

func TestDocumentImportErrors(t *testing.T) {
	good, err := MarshalDocument(sampleDocument(t))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, from, to string
		code           ErrorCode
		message        string
	}{
		{"newer version", `"version": 1`, `"version": 2`, CodeUnsupportedVersion, "format version 2"},
		{"version zero", `"version": 1`, `"version": 0`, CodeUnsupportedVersion, "version 0"},
		{"version fraction", `"version": 1`, `"version": 1.5`, CodeBadField, "integer"},
		{"no version", `"version": 1,`, ``, CodeMissingField, "version"},
		{"other format", `"format": "tippani"`, `"format": "recogito"`, CodeBadFormat, "not a Tippani document"},
		{"bad time", `"created": "2026-11-29T05:00:00.123Z"`, `"created": "yesterday"`, CodeBadField, "RFC 3339"},
		{"bad offset", `"end": 42`, `"end": 420`, CodeOffsetOutOfRange, "outside the text"},
	}
	for _, c := range cases {
		in := strings.Replace(string(good), c.from, c.to, 1)
		if in == string(good) {
			t.Fatalf("%s: test input %q not found in\n%s", c.name, c.from, good)
		}
		_, err := UnmarshalDocument([]byte(in))
		if CodeOf(err) != c.code || !strings.Contains(err.Error(), c.message) {
			t.Errorf("%s: got %v, want %s containing %q", c.name, err, c.code, c.message)
		}
	}
}

func TestMarshalDocumentRefusesInvalid(t *testing.T) {
	d := sampleDocument(t)
	d.Annotations = append(d.Annotations, Annotation{Start: 1, End: 4, Type: PER})
	if _, err := MarshalDocument(d); CodeOf(err) != CodeOverlap {
		t.Fatalf("got %v, want overlap", err)
	}
}

// TestLargeDocumentStaysLocal: a document over the share limit can be saved
// and reopened (files stay on the reader's machine) but not shared.
func TestLargeDocumentStaysLocal(t *testing.T) {
	big := strings.Repeat("राम ", 21000) // 4 code points, 10 bytes each time
	big += "अयोध्या"
	n := len([]rune(big))
	anns := []Annotation{{Start: 0, End: 3, Type: PER}, {Start: n - 7, End: n, Type: LOC}}
	if len(big) <= DefaultLimits().TextBytes {
		t.Fatalf("test text is only %d bytes", len(big))
	}
	data, err := MarshalDocument(NewDocument("", big, anns, time.Unix(0, 0)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := UnmarshalDocument(data); err != nil {
		t.Fatal(err)
	}
	share, _ := json.Marshal(Share{Text: big, Annotations: anns})
	if _, err := ParseShare(share); CodeOf(err) != CodeTextTooLarge {
		t.Fatalf("sharing it: got %v, want text_too_large", err)
	}
}

func TestDocumentCarriesCustomTypesAndUnplaced(t *testing.T) {
	d := sampleDocument(t)
	d.CustomTypes = []CustomType{{Code: "WORK", Name: "work", NameHi: "कृति", Color: "#aa3377", Key: "w"}}
	d.Annotations = Sorted(append(d.Annotations, Annotation{Start: 27, End: 33, Type: "WORK", Source: SourcePerson}))
	d.Unplaced = []Unplaced{{
		Annotation: Annotation{Start: 40, End: 45, Type: "WORK", Note: "पुस्तक", Source: SourcePerson},
		Quote:      "गीता", Prefix: "पवित्र ", Suffix: " का",
	}}
	out, err := MarshalDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"customTypes": [`, `"code": "WORK"`, `"unplaced": [`, `"quote": "गीता"`} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("document lacks %s:\n%s", want, out)
		}
	}
	back, err := UnmarshalDocument(out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Fatalf("document changed on the way back:\n%+v\n%+v", d, back)
	}
	// The writer and encoding/json agree on every member.
	var viaJSON, viaOwn map[string]any
	d2 := *back
	d2.Annotations = Sorted(d2.Annotations)
	std, _ := json.Marshal(&d2)
	json.Unmarshal(std, &viaJSON)
	json.Unmarshal(out, &viaOwn)
	if !reflect.DeepEqual(viaJSON, viaOwn) {
		t.Errorf("own writer and encoding/json differ:\n%s\n%s", out, std)
	}
	bad := []struct{ from, to string }{
		{`"quote": "गीता"`, `"quote": ""`},
		{`"code": "WORK"`, `"code": "work"`},
		{`"type": "WORK",
        "note": "पुस्तक"`, `"type": "PLAY",
        "note": "पुस्तक"`},
	}
	for _, c := range bad {
		in := strings.Replace(string(out), c.from, c.to, 1)
		if in == string(out) {
			t.Fatalf("%q not found in\n%s", c.from, out)
		}
		if _, err := UnmarshalDocument([]byte(in)); err == nil {
			t.Errorf("accepted a document with %s", c.to)
		}
	}
}

// TestDocumentBytesUnchanged: documents written before the format's own
// writer replaced encoding/json read and write back byte for byte.
func TestDocumentBytesUnchanged(t *testing.T) {
	d := sampleDocument(t)
	own, err := MarshalDocument(d)
	if err != nil {
		t.Fatal(err)
	}
	std, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(own, std) {
		t.Fatalf("own writer:\n%s\nencoding/json:\n%s", own, std)
	}
}
