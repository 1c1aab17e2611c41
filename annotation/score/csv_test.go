package score

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"tippani/annotation/internal/sheet"
)

func TestWriteCSV(t *testing.T) {
	var rows []Row
	for i, name := range []string{"सीमा", "=cmd|' /C calc'!A0", "Ravi, K."} {
		rows = append(rows, Row{Name: name, Result: Submission(classKey, classSubs[i], nil)})
	}
	var out bytes.Buffer
	if err := WriteCSV(&out, rows); err != nil {
		t.Fatal(err)
	}
	data, ok := bytes.CutPrefix(out.Bytes(), []byte(sheet.BOM))
	if !ok {
		t.Fatal("no BOM")
	}
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	wantHeader := "name,exact_precision,exact_recall,exact_f1,lenient_precision,lenient_recall,lenient_f1,true_positives,false_positives,false_negatives,wrong_type,PER_f1,LOC_f1"
	if strings.Join(records[0], ",") != wantHeader {
		t.Fatalf("header = %v", records[0])
	}
	// Student A is perfect. Student B: exact TP 1 (राम), FP 1 (सीता as
	// LOC), FN 2; P 0.5, R 1/3, F1 0.4; wrong type 1; PER: P 1, R 1/2,
	// F1 2/3; LOC: TP 0, F1 0. B's name must not run as a formula.
	if got := strings.Join(records[1], ","); got != "सीमा,1.000,1.000,1.000,1.000,1.000,1.000,3,0,0,0,1.000,1.000" {
		t.Errorf("row A = %s", got)
	}
	if got := strings.Join(records[2], ","); got != "'=cmd|' /C calc'!A0,0.500,0.333,0.400,0.500,0.333,0.400,1,1,2,1,0.667,0.000" {
		t.Errorf("row B = %s", got)
	}
	if records[3][0] != "Ravi, K." {
		t.Errorf("row C name = %q", records[3][0])
	}
}
