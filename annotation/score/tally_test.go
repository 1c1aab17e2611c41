package score

import (
	"reflect"
	"testing"

	"tippani/annotation"
)

// groupText mentions भारत three times and दिल्ली once:
// भारत 0–4, और 5–7, भारत 8–12, दिल्ली 13–19, भारत 20–24.
const groupText = "भारत और भारत दिल्ली भारत"

func TestMissedGroupsGatherMentions(t *testing.T) {
	key := []annotation.Annotation{ann(0, 4, LOC), ann(8, 12, LOC), ann(13, 19, LOC), ann(20, 24, LOC)}
	subs := [][]annotation.Annotation{
		{ann(0, 4, LOC), ann(8, 12, LOC), ann(13, 19, LOC), ann(20, 24, LOC)}, // all found
		{ann(0, 4, LOC), ann(13, 19, LOC)},                                    // two भारत missed
		{ann(13, 19, LOC)},                                                    // every भारत missed
		{ann(0, 4, LOC), ann(8, 12, LOC), ann(20, 24, LOC)},                   // दिल्ली missed
	}
	c := ClassReport(groupText, key, subs)
	want := []MissedGroup{
		{Text: "भारत", Type: LOC, Start: 0, End: 4, Occurrences: 3, MissedBy: 2, Missed: 5},
		{Text: "दिल्ली", Type: LOC, Start: 13, End: 19, Occurrences: 1, MissedBy: 1, Missed: 1},
	}
	if !reflect.DeepEqual(c.MissedGroups, want) {
		t.Errorf("groups = %+v\nwant %+v", c.MissedGroups, want)
	}
	if len(c.Missed) != 4 {
		t.Errorf("%d missed mentions listed, want 4", len(c.Missed))
	}
}

// TestTallyOneAtATimeEqualsReport: adding students one by one gives the
// report of the whole class at once, heat map and agreement included.
func TestTallyOneAtATimeEqualsReport(t *testing.T) {
	tally := NewTally(classText, classKey, []annotation.Type{PER, LOC})
	for _, s := range classSubs {
		tally.Add(s)
	}
	got, want := tally.Report(), ClassReport(classText, classKey, classSubs)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tally %+v\nreport %+v", got, want)
	}
}

func TestTallyListsTheMostMarkedExtras(t *testing.T) {
	var text []rune
	var key []annotation.Annotation
	var subs [][]annotation.Annotation
	for i := range MaxExtraListed + 20 {
		text = append(text, 'क', ' ')
		var sub []annotation.Annotation
		for j := 0; j <= i%3; j++ {
			sub = append(sub, ann(2*i, 2*i+1, PER))
			subs = append(subs, sub)
		}
	}
	c := ClassReport(string(text), key, subs)
	if len(c.Extra) != MaxExtraListed || c.Extra[0].Students != 3 || c.ExtraCapped {
		t.Errorf("%d extras listed, first marked by %d, capped %v", len(c.Extra), c.Extra[0].Students, c.ExtraCapped)
	}
}
