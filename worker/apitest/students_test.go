//go:build integration

package apitest

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
)

// allStudents reads the teacher's listing page by page, checking that each
// page is no larger than asked and that pages join up.
func allStudents(t *testing.T, id, token string) []listedStudent {
	t.Helper()
	var all []listedStudent
	offset := 0
	for {
		var v teacherView
		teacherGet(t, "/api/exercises/"+id+"/submissions?limit=50&offset="+strconv.Itoa(offset), token, &v)
		if len(v.Submissions) > 50 {
			t.Fatalf("a page of 50 holds %d students", len(v.Submissions))
		}
		all = append(all, v.Submissions...)
		if v.Page.Next == nil {
			if len(all) != v.Page.Total {
				t.Fatalf("pages hold %d students, total says %d", len(all), v.Page.Total)
			}
			return all
		}
		offset = *v.Page.Next
	}
}

// d1Strings runs query on the local D1 and returns every value of every
// row as text, to look at what is stored.
func d1Strings(t *testing.T, query string) []string {
	t.Helper()
	var rows []map[string]any
	d1Query(t, stateDir(t), query, &rows)
	var vals []string
	for _, row := range rows {
		for _, v := range row {
			b, _ := json.Marshal(v)
			vals = append(vals, strings.Trim(string(b), `"`))
		}
	}
	return vals
}

// TestKeyStaysWithTheTeacherUntilHandIn: with the key shown "after
// hand-in", the public exercise view never holds it; a student gets it in
// the answer to their own hand-in; everyone sees it once the teacher
// reveals it.
func TestKeyStaysWithTheTeacherUntilHandIn(t *testing.T) {
	body := exerciseBody(t)
	body["revealKey"] = "afterHandIn"
	key := body["key"].([]shareAnnotation)
	ex := createExercise(t, body)
	ip := address(t.Name(), 1)

	publicView := func() map[string]any {
		r := send(t, http.MethodGet, "/api/exercises/"+ex.ID, "", nil)
		if r.status != http.StatusOK {
			t.Fatalf("student view: %d %q", r.status, r.body)
		}
		return r.jsonBody(t)
	}
	v := publicView()
	if _, has := v["key"]; has || v["revealKey"] != false || v["keyAfterHandIn"] != true {
		t.Fatalf("before any hand-in the public view is %v", v)
	}
	rc := mustHandIn(t, ex.ID, map[string]any{"name": "अनु", "annotations": key[:1]}, "CF-Connecting-IP", ip)
	if len(rc.Key) != len(key) || rc.Score == nil {
		t.Fatalf("the hand-in's answer lacks the key or the score: %+v", rc)
	}
	if _, has := publicView()["key"]; has {
		t.Fatal("after one student's hand-in, the public view holds the key")
	}
	// The teacher hides the key: the next hand-in's answer has none.
	patch := func(b string) {
		r := send(t, http.MethodPatch, "/api/exercises/"+ex.ID, "application/json", []byte(b), "Authorization", "Bearer "+ex.TeacherToken)
		if r.status != http.StatusOK {
			t.Fatalf("PATCH %s: %d %q", b, r.status, r.body)
		}
	}
	patch(`{"revealKey":false}`)
	rc = mustHandIn(t, ex.ID, map[string]any{"studentSecret": rc.StudentSecret, "annotations": key}, "CF-Connecting-IP", ip)
	if rc.Key != nil || rc.Score != nil || rc.Version != 2 {
		t.Fatalf("with the key hidden, a hand-in answered %+v", rc)
	}
	patch(`{"revealKey":true}`)
	if k, _ := publicView()["key"].([]any); len(k) != len(key) {
		t.Fatal("once revealed, the public view lacks the key")
	}
	patch(`{"revealKey":"afterHandIn"}`)
	if _, has := publicView()["key"]; has {
		t.Fatal("back to after-hand-in, the public view still holds the key")
	}
}

// TestEveryStudentIsOneStudent: two browsers typing the same name are two
// students; a secret continues a student, also on a second device through
// the code; names are folded; the teacher renames and merges; a roster
// name is claimed by the first hand-in.
func TestEveryStudentIsOneStudent(t *testing.T) {
	body := exerciseBody(t)
	body["roster"] = []string{"Priya", "Ravi Kumar"}
	key := body["key"].([]shareAnnotation)
	ex := createExercise(t, body)
	ip := address(t.Name(), 1)
	hand := func(b map[string]any) receipt { return mustHandIn(t, ex.ID, b, "CF-Connecting-IP", ip) }

	first := hand(map[string]any{"name": "Kabir", "annotations": key})
	second := hand(map[string]any{"name": "Kabir", "annotations": []any{}})
	if first.StudentID == second.StudentID || second.Version != 1 || second.Label != "Kabir (2)" || first.Label != "Kabir" {
		t.Fatalf("same name from two browsers: %+v and %+v", first, second)
	}
	if first.StudentSecret == "" || len(first.StudentCode) != 14 || first.StudentSecret == second.StudentSecret {
		t.Fatalf("a first hand-in needs its own secret and code: %+v", first)
	}
	// Folded names: another case and spacing is the same name, a third Kabir.
	third := hand(map[string]any{"name": "  KABIR ", "annotations": key[:1]})
	if third.Label != "KABIR (3)" {
		t.Errorf("a third Kabir is labelled %q", third.Label)
	}
	for _, name := range []string{"Kabir\u200b", "\u202eKabir", "Ka\u2066bir"} {
		r := submit(t, ex.ID, name, nil, "CF-Connecting-IP", ip)
		if r.status != http.StatusUnprocessableEntity || r.errorCode(t) != "bad_name" {
			t.Errorf("name %q: %d %q, want 422 bad_name", name, r.status, r.body)
		}
	}
	// The secret continues the first Kabir; his work is not overwritten by
	// the second.
	again := hand(map[string]any{"studentSecret": first.StudentSecret, "annotations": key[:2]})
	if again.StudentID != first.StudentID || again.Version != 2 || again.StudentSecret != "" || again.StudentCode != "" {
		t.Fatalf("resubmission with the secret: %+v", again)
	}
	r := handIn(t, ex.ID, map[string]any{"studentSecret": "AAAAAAAAAAAAAAAAAAAAAA", "annotations": key}, "CF-Connecting-IP", ip)
	if r.status != http.StatusForbidden || r.errorCode(t) != "wrong_student_secret" {
		t.Errorf("an unknown secret: %d %q", r.status, r.body)
	}
	// A second device continues with the code, and gets its own secret.
	code := strings.ToLower(strings.ReplaceAll(first.StudentCode, "-", " "))
	r = send(t, http.MethodPost, "/api/exercises/"+ex.ID+"/continue", "application/json",
		mustJSON(t, map[string]any{"studentCode": code}), "CF-Connecting-IP", address(t.Name(), 2))
	var cont struct {
		StudentID, StudentSecret, Label string
		Version                         int
		Annotations                     []shareAnnotation
	}
	if r.status != http.StatusOK || json.Unmarshal(r.body, &cont) != nil {
		t.Fatalf("continue with the code: %d %q", r.status, r.body)
	}
	if cont.StudentID != first.StudentID || cont.Version != 2 || len(cont.Annotations) != 2 || cont.StudentSecret == first.StudentSecret {
		t.Fatalf("continue gave %+v", cont)
	}
	onPhone := hand(map[string]any{"studentSecret": cont.StudentSecret, "annotations": key})
	onLaptop := hand(map[string]any{"studentSecret": first.StudentSecret, "annotations": key[:1]})
	if onPhone.StudentID != first.StudentID || onPhone.Version != 3 || onLaptop.Version != 4 {
		t.Errorf("two devices of one student: %+v, %+v", onPhone, onLaptop)
	}
	r = send(t, http.MethodPost, "/api/exercises/"+ex.ID+"/continue", "application/json",
		mustJSON(t, map[string]any{"studentCode": "0000-0000-0000"}), "CF-Connecting-IP", ip)
	if r.status != http.StatusNotFound || r.errorCode(t) != "unknown_student_code" {
		t.Errorf("a wrong code: %d %q", r.status, r.body)
	}

	// The roster: "priya" claims Priya; the next Priya is another student.
	priya := hand(map[string]any{"name": "priya", "annotations": []any{}})
	priya2 := hand(map[string]any{"name": "Priya", "annotations": []any{}})
	if priya.Label != "Priya" || priya2.Label != "Priya (2)" || priya.StudentSecret == "" {
		t.Errorf("roster claim: %+v then %+v", priya, priya2)
	}
	view := send(t, http.MethodGet, "/api/exercises/"+ex.ID, "", nil).jsonBody(t)
	if got, _ := json.Marshal(view["roster"]); string(got) != `[{"claimed":true,"name":"Priya"},{"claimed":false,"name":"Ravi Kumar"}]` {
		t.Errorf("roster in the student view: %s", got)
	}

	// The teacher renames the second Kabir and merges the third into the first.
	teacher := []string{"Authorization", "Bearer " + ex.TeacherToken, "CF-Connecting-IP", ip}
	r = send(t, http.MethodPatch, "/api/exercises/"+ex.ID+"/students/"+second.StudentID, "application/json",
		[]byte(`{"name":"Kabir Das"}`), teacher...)
	if r.status != http.StatusOK || !strings.Contains(string(r.body), `"label":"Kabir Das"`) {
		t.Errorf("rename: %d %q", r.status, r.body)
	}
	r = send(t, http.MethodPost, "/api/exercises/"+ex.ID+"/students/"+third.StudentID+"/merge", "application/json",
		mustJSON(t, map[string]any{"into": first.StudentID}), teacher...)
	if r.status != http.StatusOK {
		t.Fatalf("merge: %d %q", r.status, r.body)
	}
	labels := map[string]int{}
	for _, s := range allStudents(t, ex.ID, ex.TeacherToken) {
		labels[s.Label] = s.Version
	}
	want := map[string]int{"Kabir": 5, "Kabir Das": 1, "Priya": 1, "Priya (2)": 1}
	if len(labels) != len(want) {
		t.Errorf("students after rename and merge: %v, want %v", labels, want)
	}
	for l, v := range want {
		if labels[l] != v {
			t.Errorf("%s: version %d, want %d (all: %v)", l, labels[l], v, labels)
		}
	}
	// The merged student's secret now hands in to the first Kabir.
	if rc := hand(map[string]any{"studentSecret": third.StudentSecret, "annotations": key}); rc.StudentID != first.StudentID || rc.Version != 6 {
		t.Errorf("after merging, the third Kabir's secret gave %+v", rc)
	}
	var lst teacherView
	teacherGet(t, "/api/exercises/"+ex.ID+"/submissions", ex.TeacherToken, &lst)
	if len(lst.Waiting) != 1 || lst.Waiting[0].Name != "Ravi Kumar" {
		t.Errorf("roster names without a hand-in: %+v", lst.Waiting)
	}
	// What is stored holds no secret or code as sent.
	stored := strings.Join(d1Strings(t, "SELECT s.*, k.* FROM students s LEFT JOIN student_secrets k ON k.student_id = s.id WHERE s.exercise_id = '"+ex.ID+"'"), " ")
	for _, secret := range []string{first.StudentSecret, second.StudentSecret, cont.StudentSecret, first.StudentCode, strings.ReplaceAll(first.StudentCode, "-", "")} {
		if strings.Contains(stored, secret) {
			t.Errorf("D1 holds a student secret or code in the clear")
		}
	}
}

// TestCustomTypesAreTheExercisesTypes: an exercise asks for a type of the
// teacher's own; it is stored, served to students, accepted in hand-ins
// and scored in the score sheet.
func TestCustomTypesAreTheExercisesTypes(t *testing.T) {
	body := exerciseBody(t)
	text := body["text"].(string)
	key := body["key"].([]shareAnnotation)
	s, e := span(t, text, "समझौता")
	work := shareAnnotation{Start: s, End: e, Type: "PACT"}
	body["customTypes"] = []map[string]any{{"code": "PACT", "name": "agreement", "nameHi": "समझौता", "color": "#aa4499", "key": "a"}}
	body["types"] = []string{"PER", "LOC", "PACT"}
	body["key"] = append(append([]shareAnnotation{}, key...), work)
	ex := createExercise(t, body)

	view := send(t, http.MethodGet, "/api/exercises/"+ex.ID, "", nil).jsonBody(t)
	if got, _ := json.Marshal(view["customTypes"]); !strings.Contains(string(got), `"code":"PACT"`) || !strings.Contains(string(got), `"nameHi":"समझौता"`) {
		t.Fatalf("the student view's customTypes: %s", got)
	}
	if got, _ := json.Marshal(view["types"]); string(got) != `["PER","LOC","PACT"]` {
		t.Errorf("types %s", got)
	}
	rc := mustHandIn(t, ex.ID, map[string]any{"name": "कृति", "annotations": []shareAnnotation{work}}, "CF-Connecting-IP", address(t.Name(), 1))
	if rc.Version != 1 {
		t.Fatalf("hand-in with the custom type: %+v", rc)
	}
	r := send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/scores.csv", "", nil, "Authorization", "Bearer "+ex.TeacherToken)
	if r.status != http.StatusOK || !strings.Contains(string(r.body), "PACT_f1") || !strings.Contains(string(r.body), "कृति,1.000,0.250,0.400") {
		t.Errorf("score sheet:\n%s", r.body)
	}
	// A type the exercise did not declare is still refused.
	bad := handIn(t, ex.ID, map[string]any{"name": "x", "annotations": []shareAnnotation{{Start: s, End: e, Type: "WORK"}}}, "CF-Connecting-IP", address(t.Name(), 1))
	if bad.status != http.StatusUnprocessableEntity {
		t.Errorf("an undeclared type: %d %q", bad.status, bad.body)
	}
}
