//go:build integration

package apitest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// exerciseBody is a classroom exercise on the sample article: find the
// people and places.
func exerciseBody(t *testing.T) map[string]any {
	text := sampleArticle(t)
	var key []shareAnnotation
	for _, e := range []struct{ word, typ string }{
		{"भारत", "LOC"}, {"तेल अवीव", "LOC"}, {"राजेश कुमार सिंह", "PER"},
	} {
		s, e2 := span(t, text, e.word)
		key = append(key, shareAnnotation{Start: s, End: e2, Type: e.typ})
	}
	return map[string]any{
		"title":        "भारत-इज़राइल समझौता: नाम पहचानें",
		"instructions": "हर व्यक्ति और स्थान को चिह्नित करें, और टिप्पणी में कारण लिखें।",
		"text":         text,
		"types":        []string{"LOC", "PER"},
		"key":          key,
		"hints":        true,
		"revealKey":    false,
	}
}

type createdExercise struct {
	ID           string `json:"id"`
	TeacherToken string `json:"teacherToken"`
	StudentURL   string `json:"studentUrl"`
	TeacherURL   string `json:"teacherUrl"`
}

func createExercise(t *testing.T, body map[string]any) createdExercise {
	t.Helper()
	r := send(t, http.MethodPost, "/api/exercises", "application/json", mustJSON(t, body),
		"CF-Connecting-IP", address(t.Name(), 0))
	if r.status != http.StatusCreated {
		t.Fatalf("POST /api/exercises: status %d, body %.300q", r.status, r.body)
	}
	var c createdExercise
	if err := json.Unmarshal(r.body, &c); err != nil {
		t.Fatal(err)
	}
	return c
}

// submit hands in anns under name as a new student (no secret).
func submit(t *testing.T, id, name string, anns []shareAnnotation, header ...string) response {
	t.Helper()
	return handIn(t, id, map[string]any{"name": name, "annotations": anns}, header...)
}

// handIn posts body as a hand-in to exercise id.
func handIn(t *testing.T, id string, body map[string]any, header ...string) response {
	t.Helper()
	return send(t, http.MethodPost, "/api/exercises/"+id+"/submissions", "application/json", mustJSON(t, body), header...)
}

// receipt is the answer to a hand-in.
type receipt struct {
	StudentID     string            `json:"studentId"`
	Name          string            `json:"name"`
	Ordinal       int               `json:"ordinal"`
	Label         string            `json:"label"`
	Version       int               `json:"version"`
	StudentSecret string            `json:"studentSecret"`
	StudentCode   string            `json:"studentCode"`
	Key           []shareAnnotation `json:"key"`
	Score         *struct{ F1 float64 }
}

// mustHandIn hands in body and returns the receipt, failing unless 201.
func mustHandIn(t *testing.T, id string, body map[string]any, header ...string) receipt {
	t.Helper()
	r := handIn(t, id, body, header...)
	if r.status != http.StatusCreated {
		t.Fatalf("hand-in %v: status %d, body %.300q", body["name"], r.status, r.body)
	}
	var rc receipt
	if err := json.Unmarshal(r.body, &rc); err != nil {
		t.Fatal(err)
	}
	return rc
}

// listedStudent is one student in the teacher's listing.
type listedStudent struct {
	StudentID   string            `json:"studentId"`
	Name        string            `json:"name"`
	Label       string            `json:"label"`
	Version     int               `json:"version"`
	Annotations []shareAnnotation `json:"annotations"`
	Score       struct {
		Precision, Recall, F1 float64
	} `json:"score"`
	History []struct {
		Version int `json:"version"`
	} `json:"history"`
}

type teacherView struct {
	Submissions []listedStudent `json:"submissions"`
	Page        struct {
		Offset, Limit, Total int
		Next                 *int
	} `json:"page"`
	Waiting []struct {
		StudentID, Name, Label string
	} `json:"waiting"`
}

type classView struct {
	Students     int               `json:"students"`
	Missed       []json.RawMessage `json:"missed"`
	MissedGroups []struct {
		Text                          string
		Occurrences, MissedBy, Missed int
	} `json:"missedGroups"`
	Heat []json.RawMessage `json:"heat"`
}

// teacherGet reads a teacher's route into v, failing unless 200.
func teacherGet(t *testing.T, path, token string, v any) {
	t.Helper()
	r := send(t, http.MethodGet, path, "", nil, "Authorization", "Bearer "+token)
	if r.status != http.StatusOK {
		t.Fatalf("GET %s: status %d, body %.300q", path, r.status, r.body)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatal(err)
	}
}

// teacherList is the first page of the teacher's listing, as large as the
// API allows.
func teacherList(t *testing.T, id, token string) teacherView {
	t.Helper()
	var v teacherView
	teacherGet(t, "/api/exercises/"+id+"/submissions?limit=50", token, &v)
	return v
}

func classOf(t *testing.T, id, token string) classView {
	t.Helper()
	var c classView
	teacherGet(t, "/api/exercises/"+id+"/class", token, &c)
	return c
}

func TestExerciseFromCreationToClosing(t *testing.T) {
	body := exerciseBody(t)
	key := body["key"].([]shareAnnotation)
	ex := createExercise(t, body)
	base := baseURL(t)
	if ex.StudentURL != base+"/x/"+ex.ID {
		t.Errorf("studentUrl %q", ex.StudentURL)
	}
	// The token travels only in the fragment, which browsers never send.
	if ex.TeacherURL != base+"/t/"+ex.ID+"#token="+ex.TeacherToken || strings.Contains(ex.TeacherURL, "?") {
		t.Errorf("teacherUrl %q", ex.TeacherURL)
	}
	if len(ex.TeacherToken) < 22 || ex.TeacherToken == ex.ID {
		t.Errorf("teacher token %q is too short or equals the id", ex.TeacherToken)
	}

	// The student view: everything needed to work, no key, no secrets.
	r := send(t, http.MethodGet, "/api/exercises/"+ex.ID, "", nil)
	view := r.jsonBody(t)
	if r.status != http.StatusOK || view["text"] != body["text"] || view["title"] != body["title"] ||
		view["hints"] != true || view["closed"] != false {
		t.Fatalf("student view: status %d, %v", r.status, view)
	}
	for _, secret := range []string{"key", "token", "teacherToken", "submissions", "token_sha256"} {
		if _, has := view[secret]; has {
			t.Errorf("student view has %q", secret)
		}
	}
	if strings.Contains(string(r.body), ex.TeacherToken) {
		t.Error("student view contains the teacher's token")
	}

	// Students hand in; one of them twice, with the secret of the first.
	ip := address(t.Name(), 1)
	var sitaSecret string
	for _, s := range []struct {
		name    string
		anns    []shareAnnotation
		version float64
	}{
		{"सीता", key[:1], 1},
		{"गीता 🌼", key, 1},
		{"", key[:2], 2},
	} {
		body := map[string]any{"name": s.name, "annotations": s.anns}
		if s.name == "" {
			body = map[string]any{"studentSecret": sitaSecret, "annotations": s.anns}
		}
		r := handIn(t, ex.ID, body, "CF-Connecting-IP", ip)
		if r.status != http.StatusCreated {
			t.Fatalf("submission by %s: status %d, body %q", s.name, r.status, r.body)
		}
		m := r.jsonBody(t)
		if m["version"] != s.version || (s.name != "" && m["name"] != s.name) {
			t.Errorf("submission by %s: %v, want version %v", s.name, m, s.version)
		}
		if s.name == "सीता" {
			sitaSecret, _ = m["studentSecret"].(string)
		}
		for _, hidden := range []string{"score", "key"} {
			if _, has := m[hidden]; has {
				t.Errorf("the %s was shown to a student whose teacher keeps the key", hidden)
			}
		}
	}

	// Without the token, or with a wrong one, the teacher's data stays hidden.
	other := createExercise(t, exerciseBody(t))
	for _, c := range []struct {
		auth   []string
		status int
	}{
		{nil, http.StatusUnauthorized},
		{[]string{"Authorization", "Bearer "}, http.StatusUnauthorized},
		{[]string{"Authorization", "Basic " + ex.TeacherToken}, http.StatusUnauthorized},
		{[]string{"Authorization", "Bearer wrong-token"}, http.StatusForbidden},
		{[]string{"Authorization", "Bearer " + other.TeacherToken}, http.StatusForbidden},
	} {
		r := send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/submissions", "", nil, c.auth...)
		if r.status != c.status {
			t.Errorf("%v: status %d, want %d", c.auth, r.status, c.status)
		}
		if strings.Contains(string(r.body), "सीता") || strings.Contains(string(r.body), "annotations") {
			t.Errorf("%v: the refusal leaks data: %q", c.auth, r.body)
		}
	}
	// A token in the query string is not a credential.
	if r := send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/submissions?token="+ex.TeacherToken, "", nil); r.status != http.StatusUnauthorized {
		t.Errorf("token in query string: status %d, want 401", r.status)
	}

	v := teacherList(t, ex.ID, ex.TeacherToken)
	class := classOf(t, ex.ID, ex.TeacherToken)
	if len(v.Submissions) != 2 || class.Students != 2 || v.Page.Total != 2 {
		t.Fatalf("teacher sees %d submissions, class of %d; want 2 and 2", len(v.Submissions), class.Students)
	}
	byName := map[string]int{}
	for i, s := range v.Submissions {
		byName[s.Name] = i
	}
	sita, gita := v.Submissions[byName["सीता"]], v.Submissions[byName["गीता 🌼"]]
	if sita.Version != 2 || len(sita.History) != 1 || sita.History[0].Version != 1 || len(sita.Annotations) != 2 {
		t.Errorf("सीता: version %d, history %v, %d annotations", sita.Version, sita.History, len(sita.Annotations))
	}
	if gita.Score.F1 != 1 || gita.Score.Precision != 1 || gita.Score.Recall != 1 {
		t.Errorf("a perfect answer scored %+v", gita.Score)
	}
	if sita.Score.Precision != 1 || sita.Score.Recall >= 1 {
		t.Errorf("two of three key entities scored %+v", sita.Score)
	}
	if len(class.Missed) == 0 || len(class.Heat) == 0 || len(class.MissedGroups) == 0 {
		t.Errorf("class views are empty: %+v", class)
	}

	// Reveal the key, then close.
	patch := func(body string, header ...string) response {
		return send(t, http.MethodPatch, "/api/exercises/"+ex.ID, "application/json", []byte(body), header...)
	}
	if r := patch(`{"revealKey":true}`); r.status != http.StatusUnauthorized {
		t.Errorf("PATCH without token: status %d", r.status)
	}
	if r := patch(`{"closed":true}`, "Authorization", "Bearer "+other.TeacherToken); r.status != http.StatusForbidden {
		t.Errorf("PATCH with another exercise's token: status %d", r.status)
	}
	if r := patch(`{"close":true}`, "Authorization", "Bearer "+ex.TeacherToken); r.status != http.StatusBadRequest {
		t.Errorf("PATCH with an unknown field: status %d", r.status)
	}
	if r := patch(`{"revealKey":true}`, "Authorization", "Bearer "+ex.TeacherToken); r.status != http.StatusOK {
		t.Fatalf("PATCH revealKey: status %d %q", r.status, r.body)
	}
	view = send(t, http.MethodGet, "/api/exercises/"+ex.ID, "", nil).jsonBody(t)
	if k, _ := view["key"].([]any); len(k) != len(key) {
		t.Errorf("after revealing, the student view's key is %v", view["key"])
	}
	if r := submit(t, ex.ID, "राधा", key[:1], "CF-Connecting-IP", ip); r.status != http.StatusCreated || !strings.Contains(string(r.body), `"score"`) {
		t.Errorf("after revealing, a submission answers %d %q, want 201 with a score", r.status, r.body)
	}
	if r := patch(`{"closed":true}`, "Authorization", "Bearer "+ex.TeacherToken); r.status != http.StatusOK {
		t.Fatalf("PATCH closed: status %d %q", r.status, r.body)
	}
	r = submit(t, ex.ID, "देर से", key, "CF-Connecting-IP", ip)
	if r.status != http.StatusConflict || r.errorCode(t) != "exercise_closed" {
		t.Errorf("submission to a closed exercise: status %d %q, want 409", r.status, r.body)
	}
	if view := send(t, http.MethodGet, "/api/exercises/"+ex.ID, "", nil).jsonBody(t); view["closed"] != true {
		t.Errorf("student view after closing: %v", view["closed"])
	}
	if n := len(teacherList(t, ex.ID, ex.TeacherToken).Submissions); n != 3 {
		t.Errorf("teacher sees %d students after closing, want 3", n)
	}

	// The score sheet, for a spreadsheet.
	if r := send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/scores.csv", "", nil); r.status != http.StatusUnauthorized {
		t.Errorf("score sheet without token: status %d", r.status)
	}
	r = send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/scores.csv", "", nil, "Authorization", "Bearer "+ex.TeacherToken)
	if r.status != http.StatusOK || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") {
		t.Fatalf("score sheet: status %d, Content-Type %q", r.status, r.header.Get("Content-Type"))
	}
	lines := strings.Split(strings.TrimSpace(strings.TrimPrefix(string(r.body), "\ufeff")), "\r\n")
	if len(lines) != 4 || !strings.HasPrefix(lines[0], "name,exact_precision") || !strings.Contains(string(r.body), "गीता 🌼,1.000,1.000,1.000") {
		t.Errorf("score sheet:\n%s", r.body)
	}
}

func TestExerciseErrorsStoreNothing(t *testing.T) {
	state := stateDir(t)
	exercises, submissions := rowCount(t, state, "exercises"), rowCount(t, state, "hand_ins")
	students := rowCount(t, state, "students")
	good := exerciseBody(t)
	with := func(k string, v any) []byte {
		b := map[string]any{}
		for key, val := range good {
			b[key] = val
		}
		if v == nil {
			delete(b, k)
		} else {
			b[k] = v
		}
		return mustJSON(t, b)
	}
	for _, c := range []struct {
		name   string
		body   []byte
		status int
		code   string
	}{
		{"no title", with("title", nil), 400, "missing_field"},
		{"no types", with("types", []string{}), 400, "bad_field"},
		{"unknown type", with("types", []string{"PER", "GOD"}), 422, "unknown_type"},
		{"key type not asked for", with("types", []string{"PER"}), 422, "type_not_allowed"},
		{"key off the text", with("key", []shareAnnotation{{Start: 0, End: 1 << 20, Type: "PER"}}), 422, "offset_out_of_range"},
		{"not JSON", []byte(`{"title":`), 400, "bad_json"},
	} {
		r := send(t, http.MethodPost, "/api/exercises", "application/json", c.body, "CF-Connecting-IP", address(t.Name(), 0))
		if r.status != c.status || r.errorCode(t) != c.code {
			t.Errorf("%s: status %d body %.200q, want %d %s", c.name, r.status, r.body, c.status, c.code)
		}
	}
	ex := createExercise(t, good)
	exercises++
	key := good["key"].([]shareAnnotation)
	for _, c := range []struct {
		name   string
		body   string
		status int
		code   string
	}{
		{"no name", `{"annotations":[]}`, 400, "missing_field"},
		{"blank name", `{"name":"   ","annotations":[]}`, 422, "bad_name"},
		{"type not in the exercise", `{"name":"अ","annotations":[{"start":` + strconv.Itoa(key[0].Start) + `,"end":` + strconv.Itoa(key[0].End) + `,"type":"ORG"}]}`, 422, "type_not_allowed"},
		{"offset outside", `{"name":"अ","annotations":[{"start":0,"end":999999,"type":"PER"}]}`, 422, "offset_out_of_range"},
		{"not JSON", `{"name":`, 400, "bad_json"},
	} {
		r := send(t, http.MethodPost, "/api/exercises/"+ex.ID+"/submissions", "application/json", []byte(c.body), "CF-Connecting-IP", address(t.Name(), 1))
		if r.status != c.status || r.errorCode(t) != c.code {
			t.Errorf("submission %s: status %d body %.200q, want %d %s", c.name, r.status, r.body, c.status, c.code)
		}
	}
	for _, c := range []struct{ method, path string }{
		{http.MethodGet, "/api/exercises/AAAAAAAAAAAAAAAAAAAAAA"},
		{http.MethodGet, "/api/exercises/nope"},
		{http.MethodPost, "/api/exercises/AAAAAAAAAAAAAAAAAAAAAA/submissions"},
		{http.MethodGet, "/api/exercises/AAAAAAAAAAAAAAAAAAAAAA/submissions"},
	} {
		r := send(t, c.method, c.path, "application/json", []byte(`{"name":"अ"}`), "Authorization", "Bearer "+ex.TeacherToken)
		if r.status != http.StatusNotFound || r.errorCode(t) != "exercise_not_found" {
			t.Errorf("%s %s: status %d %q, want 404", c.method, c.path, r.status, r.body)
		}
	}
	for _, c := range []struct{ method, path string }{
		{http.MethodGet, "/api/exercises"},
		{http.MethodDelete, "/api/exercises/" + ex.ID},
		{http.MethodPut, "/api/exercises/" + ex.ID + "/submissions"},
	} {
		r := send(t, c.method, c.path, "", nil)
		if r.status != http.StatusMethodNotAllowed || len(r.header.Values("Allow")) == 0 {
			t.Errorf("%s %s: status %d, Allow %v; want 405 with Allow", c.method, c.path, r.status, r.header.Values("Allow"))
		}
	}
	if n := rowCount(t, state, "exercises"); n != exercises {
		t.Errorf("refused exercises were stored: %d rows, want %d", n, exercises)
	}
	if n := rowCount(t, state, "hand_ins"); n != submissions {
		t.Errorf("refused submissions were stored: %d rows, want %d", n, submissions)
	}
	if n := rowCount(t, state, "students"); n != students {
		t.Errorf("refused submissions made students: %d rows, want %d", n, students)
	}
}
