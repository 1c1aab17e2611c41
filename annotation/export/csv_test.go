package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
	"tippani/annotation/internal/sheet"
)

func TestCSVReadsBack(t *testing.T) {
	text, anns := sharedtest.Sample(t)
	anns[1].Source, anns[1].Score = annotation.SourceModel, 0.125
	var out bytes.Buffer
	if err := CSV(&out, text, anns); err != nil {
		t.Fatal(err)
	}
	data, hadBOM := bytes.CutPrefix(out.Bytes(), []byte(sheet.BOM))
	if !hadBOM {
		t.Fatal("CSV does not start with a UTF-8 BOM")
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(records[0], ",") != "start,end,type,text,source,score,note" {
		t.Fatalf("header = %v", records[0])
	}
	if len(records) != len(anns)+1 {
		t.Fatalf("%d records, want %d", len(records)-1, len(anns))
	}
	sawFormula := false
	for i, r := range records[1:] {
		a := anns[i]
		start, _ := strconv.Atoi(r[0])
		end, _ := strconv.Atoi(r[1])
		var score float64
		if r[5] != "" {
			score, _ = strconv.ParseFloat(r[5], 64)
		}
		got := annotation.Annotation{Start: start, End: end, Type: annotation.Type(r[2]), Source: r[4], Score: score, Note: sheet.Uncell(r[6])}
		if got != a {
			t.Errorf("record %d = %+v, want %+v", i, got, a)
		}
		if sheet.Uncell(r[3]) != spanText(text, a.Start, a.End) {
			t.Errorf("record %d text %q, want %q", i, r[3], spanText(text, a.Start, a.End))
		}
		if strings.HasPrefix(a.Note, "=") {
			sawFormula = true
			if !strings.HasPrefix(r[6], "'=") {
				t.Errorf("record %d: note %q was not protected from formula evaluation", i, r[6])
			}
		}
	}
	if !sawFormula {
		t.Error("the sample lacks a formula-like note; the protection went untested")
	}
}

func TestCSVRefusesInvalid(t *testing.T) {
	err := CSV(&bytes.Buffer{}, "abc", []annotation.Annotation{{Start: 0, End: 9, Type: annotation.PER}})
	if annotation.CodeOf(err) != annotation.CodeOffsetOutOfRange {
		t.Fatalf("got %v", err)
	}
}

// spanText is the text of code points [start, end), computed without
// textpos so that the tests check the exporters against an independent
// conversion.
func spanText(text string, start, end int) string {
	return string([]rune(text)[start:end])
}

// TestCSVQuotingMatchesEncodingCSV compares the record writer with
// encoding/csv (UseCRLF) on fields that need quoting and fields that do not.
func TestCSVQuotingMatchesEncodingCSV(t *testing.T) {
	fields := []string{"", "plain", "a,b", `say "hi"`, "two\nlines", "cr\rlf\r\n", " lead", "\tlead", "\u00a0nbsp", `\.`, `\.x`, "नमस्ते, दुनिया", "'=1+1", "trail "}
	var want bytes.Buffer
	cw := csv.NewWriter(&want)
	cw.UseCRLF = true
	cw.Write(fields)
	for _, f := range fields {
		cw.Write([]string{f, f})
	}
	cw.Flush()
	got := appendRecord(nil, fields...)
	for _, f := range fields {
		got = appendRecord(got, f, f)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("own writer:\n%q\nencoding/csv:\n%q", got, want.Bytes())
	}
}
