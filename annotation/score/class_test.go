package score

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"

	"tippani/annotation"
	"tippani/annotation/internal/sharedtest"
)

// classText has five tokens: राम 0–3, और 4–6, सीता 7–11, अयोध्या 12–19, गए 20–22.
const classText = "राम और सीता अयोध्या गए"

var classKey = []annotation.Annotation{ann(0, 3, PER), ann(7, 11, PER), ann(12, 19, LOC)}

var classSubs = [][]annotation.Annotation{
	{ann(0, 3, PER), ann(7, 11, PER), ann(12, 19, LOC)}, // A: perfect
	{ann(0, 3, PER), ann(7, 11, LOC)},                   // B: सीता as a place, अयोध्या missed
	{ann(0, 6, PER), ann(12, 19, LOC)},                  // C: "राम और", सीता missed
}

func TestClassReport(t *testing.T) {
	c := ClassReport(classText, classKey, classSubs)
	if c.Students != 3 {
		t.Errorf("students = %d", c.Students)
	}
	wantMissed := []KeyEntity{
		{Start: 7, End: 11, Type: PER, Text: "सीता", Missed: 2, Partial: 0},
		{Start: 0, End: 3, Type: PER, Text: "राम", Missed: 1, Partial: 1},
		{Start: 12, End: 19, Type: LOC, Text: "अयोध्या", Missed: 1, Partial: 0},
	}
	if !reflect.DeepEqual(c.Missed, wantMissed) {
		t.Errorf("missed = %+v\nwant %+v", c.Missed, wantMissed)
	}
	wantExtra := []MarkedSpan{
		{Start: 0, End: 6, Type: PER, Text: "राम और", Students: 1},
		{Start: 7, End: 11, Type: LOC, Text: "सीता", Students: 1},
	}
	if !reflect.DeepEqual(c.Extra, wantExtra) {
		t.Errorf("extra = %+v\nwant %+v", c.Extra, wantExtra)
	}
	wantHeat := []HeatSegment{
		{Start: 0, End: 3, Counts: map[annotation.Type]int{PER: 3}},
		{Start: 3, End: 6, Counts: map[annotation.Type]int{PER: 1}},
		{Start: 7, End: 11, Counts: map[annotation.Type]int{PER: 1, LOC: 1}},
		{Start: 12, End: 19, Counts: map[annotation.Type]int{LOC: 2}},
	}
	if !reflect.DeepEqual(c.Heat, wantHeat) {
		t.Errorf("heat = %+v\nwant %+v", c.Heat, wantHeat)
	}
	// Token labels (O, PER, LOC) by student A, B, C:
	//   राम PER PER PER; और O O PER; सीता PER LOC O; अयोध्या LOC O LOC; गए O O O.
	// P_i = 1, 1/3, 0, 1/3, 1, so P̄ = 8/15. Totals O 7, PER 5, LOC 3 of 15,
	// so P̄e = (49+25+9)/225 = 83/225 and κ = (120−83)/(225−83) = 37/142.
	a := c.Agreement
	if a.Items != 5 || a.Raters != 3 || a.Kappa == nil || math.Abs(*a.Kappa-37.0/142) > 1e-12 {
		t.Errorf("agreement = %+v (kappa %v), want 37/142 over 5 tokens", a, a.Kappa)
	}
}

func TestClassReportNoSubmissions(t *testing.T) {
	c := ClassReport(classText, classKey, nil)
	if c.Students != 0 || len(c.Missed) != 0 || len(c.Extra) != 0 || len(c.Heat) != 0 || c.Agreement.Kappa != nil {
		t.Errorf("got %+v", c)
	}
	out, err := json.Marshal(c)
	if err != nil || !strings.Contains(string(out), `"missed":[],"missedGroups":[],"extra":[],"heat":[]`) {
		t.Errorf("empty lists must encode as []: %s", out)
	}
}

// TestClassReportSample cross-checks the class view against per-student
// scores on the sample article: each student drops a different set of key
// entities and retypes others, and the missed counts must equal the sum of
// the students' exact false negatives.
func TestClassReportSample(t *testing.T) {
	text, key := sharedtest.Sample(t)
	var subs [][]annotation.Annotation
	fn := 0
	for s := 0; s < 4; s++ {
		var sub []annotation.Annotation
		for i, k := range key {
			switch {
			case (i+s)%5 == 0: // missed
			case (i+s)%7 == 0: // mistyped
				k.Type = ORG
				if k.Type == key[i].Type {
					k.Type = LOC
				}
				sub = append(sub, k)
			default:
				sub = append(sub, k)
			}
		}
		if err := annotation.Validate(text, sub, annotation.DefaultLimits()); err != nil {
			t.Fatal(err)
		}
		fn += Submission(key, sub, nil).Exact.FalseNegatives
		subs = append(subs, sub)
	}
	c := ClassReport(text, key, subs)
	missed := 0
	for _, m := range c.Missed {
		missed += m.Missed
	}
	if missed != fn || fn == 0 {
		t.Errorf("missed counts sum to %d, students' false negatives to %d", missed, fn)
	}
	if c.Agreement.Kappa == nil || *c.Agreement.Kappa <= 0.5 || *c.Agreement.Kappa >= 1 {
		t.Errorf("students who mostly agree should have kappa in (0.5, 1): %+v", c.Agreement)
	}
}

// TestClassReportInvalidSpans: a submission that skipped validation must
// not crash the report.
func TestClassReportInvalidSpans(t *testing.T) {
	bad := [][]annotation.Annotation{{ann(-5, 2, PER), ann(20, 99, LOC), ann(9, 3, ORG)}, {ann(0, 3, "XYZ")}}
	c := ClassReport(classText, classKey, bad)
	if c.Students != 2 || len(c.Missed) != 3 {
		t.Errorf("got %+v", c)
	}
}
