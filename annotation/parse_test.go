package annotation

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestParseShareAccepts(t *testing.T) {
	body := `{"title":"  भारत-इज़राइल समझौता ","text":"` + text + `","annotations":[` +
		`{"start":8,"end":12,"type":"PER","note":"प्रधानमंत्री","source":"person"},` +
		`{"start":0,"end":7,"type":"PER","source":"model","score":0.93,"future":[1,2]}],"version":"ignored"}`
	s, err := ParseShare([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if s.Title != "भारत-इज़राइल समझौता" || s.Text != text || len(s.Annotations) != 2 {
		t.Fatalf("got %+v", s)
	}
	want := Annotation{Start: 0, End: 7, Type: PER, Source: SourceModel, Score: 0.93}
	if s.Annotations[1] != want {
		t.Errorf("annotations[1] = %+v, want %+v", s.Annotations[1], want)
	}
	// Optional members may be absent or null.
	s, err = ParseShare([]byte(`{"text":"abc","title":null,"annotations":null}`))
	if err != nil || s.Title != "" || s.Annotations == nil || len(s.Annotations) != 0 {
		t.Fatalf("got %+v, %v", s, err)
	}
}

func TestParseShareRejects(t *testing.T) {
	ann := func(fields string) string {
		return `{"text":"abcdef","annotations":[{"start":0,"end":1,"type":"PER"},` + fields + `]}`
	}
	cases := []struct {
		body, code, field, message string
	}{
		{``, "bad_json", "", "empty"},
		{" \n", "bad_json", "", "empty"},
		{`{"text":"a"`, "bad_json", "", "not valid JSON"},
		{`[]`, "bad_json", "", "must be a JSON object"},
		{`"text"`, "bad_json", "", "must be a JSON object"},
		{"{\"text\":\"\xff\"}", "invalid_utf8", "", "UTF-8"},
		{`{}`, "missing_field", "text", "text is required"},
		{`{"text":5}`, "bad_field", "text", "text must be a string"},
		{`{"text":"a","text":"b"}`, "bad_json", "text", "appears twice"},
		{`{"text":"a","title":["x"]}`, "bad_field", "title", "title must be a string"},
		{`{"text":"a","title":"x\ny"}`, "bad_title", "title", "one line of visible text"},
		{`{"text":"a","title":"\ufeffसमाचार"}`, "bad_title", "title", "U+FEFF"},
		{`{"text":"a","title":"नाम\u202eउलटा"}`, "bad_title", "title", "bidirectional"},
		{`{"text":"a","title":"a\u200bb"}`, "bad_title", "title", "invisible"},
		{`{"text":"a","title":"\u200dx"}`, "bad_title", "title", "nothing to attach to"},
		{`{"text":null}`, "missing_field", "text", "text is required"},
		{`{"text":"a\ud800"}`, "lone_surrogate", "text", "lone surrogate"},
		{`{"text":"a","annotations":[{"start":0,"end":1,"type":"PER","note":"\udc00"}]}`, "lone_surrogate", "annotations[0].note", "annotations[0].note"},
		{strings.Repeat("[", 9000) + strings.Repeat("]", 9000), "bad_json", "", "nested more than 32 deep"},
		{`{"text":"a","annotations":` + strings.Repeat("[", 40) + strings.Repeat("]", 40) + `}`, "bad_json", "", "32 deep"},
		{ann(`{"start":null,"end":2,"type":"PER"}`), "missing_field", "annotations[1].start", "is required"},
		{`{"text":"a","title":"` + strings.Repeat("क", 201) + `"}`, "title_too_long", "title", "limit is 200"},
		{`{"text":"a","annotations":{}}`, "bad_field", "annotations", "must be an array"},
		{`{"text":"a","annotations":[5]}`, "bad_field", "annotations[0]", "must be an object"},
		{ann(`{"start":1.5,"end":2,"type":"PER"}`), "bad_field", "annotations[1].start", "annotations[1].start must be an integer"},
		{ann(`{"start":"1","end":2,"type":"PER"}`), "bad_field", "annotations[1].start", "must be an integer"},
		{ann(`{"start":1e2,"end":2,"type":"PER"}`), "bad_field", "annotations[1].start", "must be an integer"},
		{ann(`{"start":-1,"end":2,"type":"PER"}`), "bad_field", "annotations[1].start", "must not be negative"},
		{ann(`{"start":1,"end":99999999999999999999999,"type":"PER"}`), "bad_field", "annotations[1].end", "too large"},
		{ann(`{"start":1,"end":2147483648,"type":"PER"}`), "bad_field", "annotations[1].end", "too large"},
		{ann(`{"end":2,"type":"PER"}`), "missing_field", "annotations[1].start", "is required"},
		{ann(`{"start":1,"type":"PER"}`), "missing_field", "annotations[1].end", "is required"},
		{ann(`{"start":1,"end":2}`), "missing_field", "annotations[1].type", "is required"},
		{ann(`{"start":1,"end":2,"type":7}`), "bad_field", "annotations[1].type", "must be a string"},
		{ann(`{"start":1,"end":2,"type":""}`), "unknown_type", "annotations[1].type", "not one of"},
		{ann(`{"start":1,"end":2,"type":"PER","score":"high","source":"model"}`), "bad_field", "annotations[1].score", "must be a number"},
		{ann(`{"start":1,"end":2,"type":"PER","note":true}`), "bad_field", "annotations[1].note", "must be a string"},
		{ann(`{"start":1,"end":2,"type":"PER","start":3}`), "bad_json", "annotations[1].start", "appears twice"},
		{ann(`{"start":1,"end":9,"type":"PER"}`), "offset_out_of_range", "annotations[1].end", "outside the text"},
		{ann(`{"start":0,"end":2,"type":"LOC"}`), "overlap", "annotations[1]", "share text"},
		{`{"text":"` + "\\u0958" + `"}`, "text_not_normalized", "text", "display form"},
	}
	for _, c := range cases {
		s, err := ParseShare([]byte(c.body))
		e, ok := err.(*Error)
		if s != nil || !ok {
			t.Errorf("%s: got %+v, %v; want error %s", c.body, s, err, c.code)
			continue
		}
		if string(e.Code) != c.code || e.Field != c.field || !strings.Contains(e.Message, c.message) {
			t.Errorf("%.60s: got %s %q %q; want %s %q containing %q", c.body, e.Code, e.Field, e.Message, c.code, c.field, c.message)
		}
	}
}

func TestParseShareCountsBeforeDecoding(t *testing.T) {
	limits := DefaultLimits()
	limits.Annotations = 3
	// Elements that are not even objects: the count must be refused first.
	_, err := limits.ParseShare([]byte(`{"text":"abc","annotations":[1,2,3,4]}`))
	if CodeOf(err) != CodeTooManyAnnotations || err.(*Error).Status() != 413 {
		t.Fatalf("got %v, want too_many_annotations (413)", err)
	}
}

const exerciseBody = `{"title":"समाचार में नाम","instructions":"व्यक्तियों और स्थानों को चिह्नित करें।",
 "text":"` + text + `","types":["LOC","PER"],
 "key":[{"start":0,"end":12,"type":"PER"},{"start":16,"end":23,"type":"LOC"}],"hints":true}`

func TestParseExercise(t *testing.T) {
	e, err := ParseExercise([]byte(exerciseBody))
	if err != nil {
		t.Fatal(err)
	}
	if e.Title != "समाचार में नाम" || len(e.Key) != 2 || !e.Hints || e.RevealKey {
		t.Errorf("got %+v", e)
	}
	if len(e.Types) != 2 || e.Types[0] != PER || e.Types[1] != LOC {
		t.Errorf("types = %v, want canonical order [PER LOC]", e.Types)
	}
	student, err := json.Marshal(e.ForStudent())
	if err != nil || strings.Contains(string(student), `"key"`) || strings.Contains(string(student), `"start"`) {
		t.Errorf("the student view leaks the key: %s", student)
	}
	if !strings.Contains(string(student), `"types":["PER","LOC"]`) || !strings.Contains(string(student), `"hints":true`) {
		t.Errorf("the student view lacks fields: %s", student)
	}
	bad := []struct{ body, code, field string }{
		{strings.Replace(exerciseBody, `"title":"समाचार में नाम",`, ``, 1), "missing_field", "title"},
		{strings.Replace(exerciseBody, `"title":"समाचार में नाम"`, `"title":"   "`, 1), "missing_field", "title"},
		{strings.Replace(exerciseBody, `["LOC","PER"]`, `[]`, 1), "bad_field", "types"},
		{strings.Replace(exerciseBody, `["LOC","PER"]`, `["LOC","LOC"]`, 1), "bad_field", "types[1]"},
		{strings.Replace(exerciseBody, `["LOC","PER"]`, `["LOC","XYZ"]`, 1), "unknown_type", "types[1]"},
		{strings.Replace(exerciseBody, `["LOC","PER"]`, `["LOC"]`, 1), "type_not_allowed", "key[0].type"},
		{strings.Replace(exerciseBody, `"end":23`, `"end":99`, 1), "offset_out_of_range", "key[1].end"},
		{strings.Replace(exerciseBody, `"hints":true`, `"hints":"yes"`, 1), "bad_field", "hints"},
		{strings.Replace(exerciseBody, `"key":[`, `"kee":[`, 1), "missing_field", "key"},
		{strings.Replace(exerciseBody, `"instructions":"`, `"instructions":"`+strings.Repeat("x", 4001), 1), "bad_field", "instructions"},
	}
	for _, c := range bad {
		_, err := ParseExercise([]byte(c.body))
		e, ok := err.(*Error)
		if !ok || string(e.Code) != c.code || e.Field != c.field {
			t.Errorf("want %s %q, got %v", c.code, c.field, err)
		}
	}
}

func TestParseSubmission(t *testing.T) {
	ex, err := ParseExercise([]byte(exerciseBody))
	if err != nil {
		t.Fatal(err)
	}
	s, err := ParseSubmission([]byte(`{"name":"  सीमा  ","annotations":[{"start":8,"end":12,"type":"PER"}]}`), ex)
	if err != nil || s.Name != "सीमा" || len(s.Annotations) != 1 {
		t.Fatalf("got %+v, %v", s, err)
	}
	s, err = ParseSubmission([]byte(`{"name":"Ravi"}`), ex)
	if err != nil || len(s.Annotations) != 0 {
		t.Fatalf("an empty answer must be accepted: %+v, %v", s, err)
	}
	bad := []struct{ body, code, field string }{
		{`{"annotations":[]}`, "missing_field", "name"},
		{`{"name":null}`, "missing_field", "name"},
		{`{"name":"\ufeffसीमा"}`, "bad_name", "name"},
		{`{"name":"सी\u200eमा"}`, "bad_name", "name"},
		{`{"name":"\ud83d"}`, "lone_surrogate", "name"},
		{`{"name":"   "}`, "bad_name", "name"},
		{`{"name":"` + strings.Repeat("न", 81) + `"}`, "bad_name", "name"},
		{`{"name":"a\u0007b"}`, "bad_name", "name"},
		{`{"name":5}`, "bad_field", "name"},
		{`{"name":"Ravi","annotations":[{"start":36,"end":40,"type":"NUM"}]}`, "type_not_allowed", "annotations[0].type"},
		{`{"name":"Ravi","annotations":[{"start":0,"end":99,"type":"PER"}]}`, "offset_out_of_range", "annotations[0].end"},
		{`{"name":"Ravi","annotations":[{"start":0,"end":7,"type":"PER"},{"start":0,"end":7,"type":"PER"}]}`, "overlap", "annotations[1]"},
	}
	for _, c := range bad {
		_, err := ParseSubmission([]byte(c.body), ex)
		e, ok := err.(*Error)
		if !ok || string(e.Code) != c.code || e.Field != c.field {
			t.Errorf("%s: want %s %q, got %v", c.body, c.code, c.field, err)
		}
	}
}
