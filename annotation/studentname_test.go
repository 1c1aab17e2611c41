package annotation

import "testing"

func TestFoldNameOneStudentOneName(t *testing.T) {
	l := DefaultLimits()
	same := []string{"Alice", "alice", "  ALICE ", "Ａｌｉｃｅ", "Alice"}
	_, want, err := l.FoldName("Alice", "name")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range same {
		_, key, err := l.FoldName(n, "name")
		if err != nil || key != want {
			t.Errorf("FoldName(%q) key %q, %v; want %q", n, key, err, want)
		}
	}
	display, _, _ := l.FoldName("  Kabir   Das ", "name")
	if display != "Kabir Das" {
		t.Errorf("display %q, want case kept and spaces made one", display)
	}
	// NFC: a decomposed nukta letter is the composed one's name.
	d1, k1, _ := l.FoldName("क़मर", "name")
	d2, k2, _ := l.FoldName("क\u093cमर", "name")
	if d1 != d2 || k1 != k2 {
		t.Errorf("NFC forms differ: %q/%q, %q/%q", d1, k1, d2, k2)
	}
	// A joiner inside a Hindi word is kept for display, not for comparing.
	dj, kj, err := l.FoldName("क्\u200dष", "name")
	_, kp, _ := l.FoldName("क्ष", "name")
	if err != nil || dj != "क्\u200dष" || kj != kp {
		t.Errorf("joiner: display %q key %q (%v), want key %q", dj, kj, err, kp)
	}
	if _, k, _ := l.FoldName("Alicia", "name"); k == want {
		t.Error("different names fold together")
	}
}

func TestFoldNameRefusesHiddenCharacters(t *testing.T) {
	l := DefaultLimits()
	for _, n := range []string{"Alice\u200b", "\u202eecilA", "Al\u2066ice", "", "   ", "a\nb", string(make([]byte, 0)) + "\ufeffAlice"} {
		if _, _, err := l.FoldName(n, "name"); CodeOf(err) != CodeBadName {
			t.Errorf("FoldName(%q) = %v, want bad_name", n, err)
		}
	}
	long := ""
	for range 81 {
		long += "अ"
	}
	if _, _, err := l.FoldName(long, "name"); CodeOf(err) != CodeBadName {
		t.Errorf("81 characters: %v", err)
	}
}

func TestParseSubmissionIdentity(t *testing.T) {
	ex := &Exercise{Text: "राम और सीता", Types: []Type{PER}}
	s, err := ParseSubmission([]byte(`{"name":" kabir ","annotations":[]}`), ex)
	if err != nil || s.Name != "kabir" || s.NameKey != "kabir" || s.StudentSecret != "" {
		t.Fatalf("%+v, %v", s, err)
	}
	s, err = ParseSubmission([]byte(`{"studentSecret":"AbC-_123","annotations":[]}`), ex)
	if err != nil || s.Name != "" || s.StudentSecret != "AbC-_123" {
		t.Fatalf("secret without name: %+v, %v", s, err)
	}
	for body, code := range map[string]ErrorCode{
		`{"annotations":[]}`: CodeMissingField,
		`{"name":null}`:      CodeMissingField,
		`{"name":"  "}`:      CodeBadName,
		`{"name":"a","studentSecret":"not secret"}`: CodeBadField,
		`{"name":"a","studentSecret":7}`:            CodeBadField,
	} {
		if _, err := ParseSubmission([]byte(body), ex); CodeOf(err) != code {
			t.Errorf("%s: %v, want %s", body, err, code)
		}
	}
}

func TestParseExerciseRevealAndRoster(t *testing.T) {
	base := `{"title":"t","text":"राम","types":["PER"],"key":[]`
	for tail, want := range map[string][2]bool{
		`}`:                           {false, false},
		`,"revealKey":true}`:          {true, false},
		`,"revealKey":"afterHandIn"}`: {false, true},
		`,"revealKey":false}`:         {false, false},
	} {
		ex, err := ParseExercise([]byte(base + tail))
		if err != nil || ex.RevealKey != want[0] || ex.KeyAfterHandIn != want[1] {
			t.Errorf("%s: %+v %v", tail, ex, err)
		}
	}
	if _, err := ParseExercise([]byte(base + `,"revealKey":"later"}`)); CodeOf(err) != CodeBadField {
		t.Errorf("revealKey later: %v", err)
	}
	ex, err := ParseExercise([]byte(base + `,"roster":[" Kabir ","Priya"]}`))
	if err != nil || len(ex.Roster) != 2 || ex.Roster[0] != "Kabir" {
		t.Fatalf("roster: %+v %v", ex, err)
	}
	if _, err := ParseExercise([]byte(base + `,"roster":["Kabir","KABIR"]}`)); CodeOf(err) != CodeBadName {
		t.Errorf("same name twice: %v", err)
	}
}

func TestNameKeyFoldsLikeEqualFold(t *testing.T) {
	for _, pair := range [][2]string{{"Kabir", "kabir"}, {"\u212aabir", "kabir"}, {"ΣΊΣΥΦΟΣ", "σίσυφος"}, {"ΣΊΣΥΦΟΣ", "σίσυφοσ"}} {
		if NameKey(pair[0]) != NameKey(pair[1]) {
			t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q", pair[0], NameKey(pair[0]), pair[1], NameKey(pair[1]))
		}
	}
	if NameKey("Kabir") != "kabir" {
		t.Errorf("an ASCII name's key is its lower case, got %q", NameKey("Kabir"))
	}
}
