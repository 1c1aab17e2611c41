package annotation

import (
	"strings"
	"testing"
)

const workType = `{"code":"WORK","name":" work ","nameHi":"कृति","color":"#aa3377","key":"w"}`

func TestCustomTypesInAShare(t *testing.T) {
	body := `{"text":"` + text + `","customTypes":[` + workType + `,{"code":"EVENT_2","name":"event","color":"#228833"}],
	 "annotations":[{"start":0,"end":12,"type":"PER"},{"start":16,"end":23,"type":"WORK"},{"start":24,"end":27,"type":"EVENT_2"}]}`
	s, err := ParseShare([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	want := CustomType{Code: "WORK", Name: "work", NameHi: "कृति", Color: "#aa3377", Key: "w"}
	if len(s.CustomTypes) != 2 || s.CustomTypes[0] != want {
		t.Fatalf("custom types %+v", s.CustomTypes)
	}
	// Without the declaration the same annotations are refused.
	_, err = ParseShare([]byte(`{"text":"` + text + `","annotations":[{"start":16,"end":23,"type":"WORK"}]}`))
	if CodeOf(err) != CodeUnknownType {
		t.Fatalf("undeclared custom type: %v", err)
	}
}

func TestCustomTypeRules(t *testing.T) {
	with := func(types string) string { return `{"text":"abc","customTypes":[` + types + `]}` }
	ok := func(code string) string { return `{"code":"` + code + `","name":"x","color":"#000000"}` }
	cases := []struct{ body, field, message string }{
		{with(ok("PER")), "customTypes[0].code", "built-in"},
		{with(ok("W")), "customTypes[0].code", "2–16"},
		{with(ok("work")), "customTypes[0].code", "upper-case"},
		{with(ok("1WORK")), "customTypes[0].code", "starting with a letter"},
		{with(ok("ABCDEFGHIJKLMNOPQ")), "customTypes[0].code", "2–16"},
		{with(ok("WORK") + "," + ok("WORK")), "customTypes[1].code", "repeats"},
		{with(`{"code":"WORK","name":"  ","color":"#000000"}`), "customTypes[0].name", "required"},
		{with(`{"code":"WORK","name":"` + strings.Repeat("क", 41) + `","color":"#000000"}`), "customTypes[0].name", "limit is 40"},
		{with(`{"code":"WORK","name":"a\u200bb","color":"#000000"}`), "customTypes[0].name", "invisible"},
		{with(`{"code":"WORK","name":"x","nameHi":"\ufeff","color":"#000000"}`), "customTypes[0].nameHi", "U+FEFF"},
		{with(`{"code":"WORK","name":"x","color":"#AA3377"}`), "customTypes[0].color", "lower-case"},
		{with(`{"code":"WORK","name":"x","color":"red"}`), "customTypes[0].color", "#rrggbb"},
		{with(`{"code":"WORK","name":"x","color":"#000000","key":"ww"}`), "customTypes[0].key", "one ASCII letter"},
		{with(`{"code":"WORK","name":"x","color":"#000000","key":"क"}`), "customTypes[0].key", "one ASCII letter"},
		{with(`{"code":"WORK","name":"x","color":"#000000","key":"3"}`), "customTypes[0].key", "built-in"},
		{with(`{"code":"WORK","name":"x","color":"#000000","key":"w"},{"code":"WAR","name":"y","color":"#000000","key":"W"}`), "customTypes[1].key", "already the key of WORK"},
		{with(strings.TrimSuffix(strings.Repeat(ok("AA")+",", 13), ",")), "customTypes", "limit is 12"},
	}
	for _, c := range cases {
		_, err := ParseShare([]byte(c.body))
		e, isErr := err.(*Error)
		if !isErr || e.Code != CodeBadCustomType || e.Field != c.field || !strings.Contains(e.Message, c.message) {
			t.Errorf("%.70s: got %v (field %q); want bad_custom_type %s containing %q", c.body, err, fieldOf(err), c.field, c.message)
		}
		if isErr && e.Status() != 422 {
			t.Errorf("bad_custom_type has status %d", e.Status())
		}
	}
	if _, err := ParseShare([]byte(`{"text":"abc","customTypes":[{"code":"WORK","name":"x"}]}`)); CodeOf(err) != CodeMissingField {
		t.Errorf("a custom type without a colour: %v", err)
	}
}

func fieldOf(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Field
	}
	return ""
}

func TestCustomTypesInAnExercise(t *testing.T) {
	body := strings.Replace(exerciseBody, `"types":["LOC","PER"]`, `"types":["WORK","LOC","PER"],"customTypes":[`+workType+`]`, 1)
	body = strings.Replace(body, `{"start":16,"end":23,"type":"LOC"}`, `{"start":16,"end":23,"type":"WORK"}`, 1)
	e, err := ParseExercise([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Types) != 3 || e.Types[0] != PER || e.Types[1] != LOC || e.Types[2] != "WORK" {
		t.Errorf("types %v, want built-in ones first, then WORK", e.Types)
	}
	if st := e.ForStudent(); len(st.CustomTypes) != 1 || st.CustomTypes[0].Code != "WORK" {
		t.Errorf("the student view lacks the custom types: %+v", st.CustomTypes)
	}
	s, err := ParseSubmission([]byte(`{"name":"Ravi","annotations":[{"start":16,"end":23,"type":"WORK"}]}`), e)
	if err != nil || s.Annotations[0].Type != "WORK" {
		t.Fatalf("submission with a custom type: %+v, %v", s, err)
	}
	undeclared := strings.Replace(exerciseBody, `"types":["LOC","PER"]`, `"types":["WORK","LOC","PER"]`, 1)
	if _, err := ParseExercise([]byte(undeclared)); CodeOf(err) != CodeUnknownType || fieldOf(err) != "types[0]" {
		t.Errorf("undeclared custom type in types: %v", err)
	}
}

func TestHiddenRunes(t *testing.T) {
	visible := []string{"सीमा", "क्‍ष", "क्‌ष", "Ravi 👍🏽", "👨‍👩‍👧", "🇮🇳", "🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", "❤️", "\u0600١٢"}
	for _, s := range visible {
		if i, what := hiddenRune(s); i >= 0 {
			t.Errorf("%q: %s at %d", s, what, i)
		}
	}
	hidden := []string{"\ufeffसीमा", "सी\u200bमा", "\u200d", "a \u200cb", "a\u2060b", "x\u00ady", "a\u2066b", "a\u061cb", "\u3164", "a\U000E0041", "\ufe0fx", "a\u2028b", "tab\there"}
	for _, s := range hidden {
		if i, _ := hiddenRune(s); i < 0 {
			t.Errorf("%q: nothing found", s)
		}
	}
}
