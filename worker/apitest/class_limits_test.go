//go:build integration

package apitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestClassBehindOneAddressIsNotRefusedForJunk: 60 students behind one
// school address each hand in and resubmit three times within a minute,
// while 300 malformed or refused requests arrive from the same address.
// Every one of the 240 honest hand-ins must be stored.
func TestClassBehindOneAddressIsNotRefusedForJunk(t *testing.T) {
	const students, versions, junk = 60, 4, 300
	body := exerciseBody(t)
	key := body["key"].([]shareAnnotation)
	ex := createExercise(t, body)
	school := address(t.Name(), 0)
	url := baseURL(t) + "/api/exercises/" + ex.ID + "/submissions"

	junkBodies := [][]byte{
		[]byte(`{"name":`),
		[]byte(`{"name":"x","annotations":[{"start":0,"end":999999,"type":"PER"}]}`),
		[]byte(`{"name":"x","annotations":[{"start":0,"end":1,"type":"ORG"}]}`),
		[]byte(`{"studentSecret":"AAAAAAAAAAAAAAAAAAAAAA","annotations":[]}`),
		[]byte(`{"name":"\u202ex"}`),
		[]byte(`[]`),
	}
	var wg sync.WaitGroup
	errs := make(chan error, students*versions+junk)
	refused := make(chan int, junk)
	start := time.Now()
	wg.Add(1)
	go func() { // the junk, as fast as it comes
		defer wg.Done()
		sem := make(chan struct{}, 4)
		var jw sync.WaitGroup
		for i := range junk {
			sem <- struct{}{}
			jw.Add(1)
			go func() {
				defer func() { <-sem; jw.Done() }()
				target := url
				if i%7 == 6 {
					target = baseURL(t) + "/api/exercises/AAAAAAAAAAAAAAAAAAAAAA/submissions"
				}
				r, err := post(target, junkBodies[i%len(junkBodies)], school)
				if err != nil {
					errs <- err
					return
				}
				if r.status < 400 || r.status >= 500 {
					errs <- fmt.Errorf("junk request %d answered %d %.200q", i, r.status, r.body)
				}
				refused <- r.status
			}()
		}
		jw.Wait()
	}()
	sem := make(chan struct{}, 8)
	for i := range students {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			secret := ""
			for v := 1; v <= versions; v++ {
				b := map[string]any{"name": fmt.Sprintf("छात्र %02d", i), "annotations": key[:v%(len(key)+1)]}
				if secret != "" {
					b = map[string]any{"studentSecret": secret, "annotations": key[:v%(len(key)+1)]}
				}
				r, err := post(url, mustJSON(t, b), school)
				if err != nil {
					errs <- err
					return
				}
				var rc receipt
				if r.status != http.StatusCreated || json.Unmarshal(r.body, &rc) != nil || rc.Version != v {
					errs <- fmt.Errorf("student %d version %d: status %d, body %.200q", i, v, r.status, r.body)
					return
				}
				if v == 1 {
					secret = rc.StudentSecret
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	close(refused)
	for err := range errs {
		t.Error(err)
	}
	byStatus := map[int]int{}
	for s := range refused {
		byStatus[s]++
	}
	t.Logf("%d honest hand-ins and %d junk requests (answers %v) in %v", students*versions, junk, byStatus, elapsed.Round(time.Millisecond))
	if elapsed > time.Minute {
		t.Errorf("the class took %v, more than a minute: rerun on a less loaded machine", elapsed)
	}
	if got := len(allStudents(t, ex.ID, ex.TeacherToken)); got != students {
		t.Errorf("the teacher sees %d students, want %d", got, students)
	}
}

// TestExerciseBounds: a class takes 500 students (roster names included)
// and refuses the 501st clearly; a student may hand in 50 times, and only
// the latest versions keep their marks; the listing pages with a small
// default page.
func TestExerciseBounds(t *testing.T) {
	body := exerciseBody(t)
	roster := make([]string, 499)
	for i := range roster {
		roster[i] = fmt.Sprintf("Student %03d", i)
	}
	body["roster"] = roster
	key := body["key"].([]shareAnnotation)
	ex := createExercise(t, body)
	ip := address(t.Name(), 0)
	last := mustHandIn(t, ex.ID, map[string]any{"name": "Five Hundredth", "annotations": key}, "CF-Connecting-IP", ip)
	r := submit(t, ex.ID, "One Too Many", key, "CF-Connecting-IP", ip)
	if r.status != http.StatusConflict || r.errorCode(t) != "too_many_students" || !strings.Contains(string(r.body), "500") {
		t.Fatalf("the 501st student: %d %q, want 409 too_many_students naming the limit", r.status, r.body)
	}
	if rc := mustHandIn(t, ex.ID, map[string]any{"name": "student 007", "annotations": key}, "CF-Connecting-IP", ip); rc.Label != "Student 007" {
		t.Errorf("a roster name in a full class: %+v", rc)
	}

	// 50 hand-ins, then a clear refusal; old versions keep only their score.
	for v := 2; v <= 50; v++ {
		mustHandIn(t, ex.ID, map[string]any{"studentSecret": last.StudentSecret, "annotations": key[:v%(len(key)+1)]}, "CF-Connecting-IP", ip)
	}
	r = handIn(t, ex.ID, map[string]any{"studentSecret": last.StudentSecret, "annotations": key}, "CF-Connecting-IP", ip)
	if r.status != http.StatusConflict || r.errorCode(t) != "too_many_versions" {
		t.Errorf("the 51st hand-in: %d %q", r.status, r.body)
	}
	kept := d1Strings(t, "SELECT COUNT(*) AS n FROM hand_ins WHERE student_id = '"+last.StudentID+"' AND annotations IS NOT NULL")
	scored := d1Strings(t, "SELECT COUNT(*) AS n FROM hand_ins WHERE student_id = '"+last.StudentID+"' AND score IS NOT NULL")
	if len(kept) != 1 || kept[0] != "10" || scored[0] != "50" {
		t.Errorf("hand-ins with marks %v, with scores %v; want the latest 10 and all 50", kept, scored)
	}

	// The listing: a small default page, the next page's offset, bounds.
	var first teacherView
	teacherGet(t, "/api/exercises/"+ex.ID+"/submissions", ex.TeacherToken, &first)
	if len(first.Submissions) != 2 || first.Page.Limit != 20 || first.Page.Total != 2 || first.Page.Next != nil || len(first.Waiting) != 498 {
		t.Errorf("listing: %d students, page %+v, %d waiting", len(first.Submissions), first.Page, len(first.Waiting))
	}
	for _, q := range []string{"limit=51", "limit=0", "offset=-1", "offset=x"} {
		r := send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/submissions?"+q, "", nil, "Authorization", "Bearer "+ex.TeacherToken)
		if r.status != http.StatusBadRequest || r.errorCode(t) != "bad_field" {
			t.Errorf("?%s: %d %q", q, r.status, r.body)
		}
	}
}

// TestLargeClassPagesAndScoreSheetIsFast: 300 students who each marked
// 2,000 entities. The listing comes in pages; the score sheet of all of
// them arrives in under 2 seconds.
func TestLargeClassPagesAndScoreSheetIsFast(t *testing.T) {
	const students, marks, parallel = 300, 2000, 6
	var text strings.Builder
	var key []shareAnnotation
	for i := range marks {
		fmt.Fprintf(&text, "राम ")
		key = append(key, shareAnnotation{Start: 4 * i, End: 4*i + 3, Type: "PER"})
	}
	ex := createExercise(t, map[string]any{"title": "बड़ी कक्षा", "text": strings.TrimSpace(text.String()),
		"types": []string{"PER", "LOC"}, "key": key})
	url := baseURL(t) + "/api/exercises/" + ex.ID + "/submissions"
	start := time.Now()
	errs := inParallel(parallel, students, func(i int) error {
		anns := make([]shareAnnotation, marks)
		copy(anns, key)
		for j := i % 7; j < marks; j += 7 {
			anns[j].Type = "LOC" // a different seventh wrong per student
		}
		b := mustJSON(t, map[string]any{"name": fmt.Sprintf("छात्र %03d", i), "annotations": anns})
		r, err := post(url, b, address(t.Name(), i%10))
		if err == nil && r.status != http.StatusCreated {
			err = fmt.Errorf("student %d: %d %.200q", i, r.status, r.body)
		}
		return err
	})
	for _, err := range errs {
		t.Fatal(err)
	}
	t.Logf("%d students × %d annotations handed in in %v", students, marks, time.Since(start).Round(time.Millisecond))

	all := allStudents(t, ex.ID, ex.TeacherToken)
	if len(all) != students || len(all[0].Annotations) != marks {
		t.Fatalf("listing: %d students, the first with %d annotations", len(all), len(all[0].Annotations))
	}
	var first teacherView
	teacherGet(t, "/api/exercises/"+ex.ID+"/submissions", ex.TeacherToken, &first)
	if len(first.Submissions) != 20 || first.Page.Next == nil || *first.Page.Next != 20 || first.Page.Total != students {
		t.Errorf("default page: %d students, page %+v", len(first.Submissions), first.Page)
	}

	began := time.Now()
	r := send(t, http.MethodGet, "/api/exercises/"+ex.ID+"/scores.csv", "", nil, "Authorization", "Bearer "+ex.TeacherToken)
	took := time.Since(began)
	t.Logf("scores.csv of %d students × %d annotations: %d bytes in %v", students, marks, len(r.body), took.Round(time.Millisecond))
	lines := strings.Split(strings.TrimSpace(string(r.body)), "\r\n")
	if r.status != http.StatusOK || len(lines) != students+1 {
		t.Fatalf("score sheet: %d, %d lines", r.status, len(lines))
	}
	if !strings.Contains(string(r.body), "छात्र 000,") {
		t.Error("the score sheet lacks a student")
	}
	if took > 2*time.Second {
		t.Errorf("the score sheet took %v, over 2 s", took)
	}
}
