//go:build integration

package apitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"testing"
	"time"
)

// TestClassOfTwoHundredSubmitsWithinAMinute hands in 200 students' work
// at once, 20 at a time, all from one school address (a class behind one
// router), and checks that every submission is stored and scored.
func TestClassOfTwoHundredSubmitsWithinAMinute(t *testing.T) {
	const students, parallel = 200, 20
	state := stateDir(t)
	before := rowCount(t, state, "hand_ins")
	body := exerciseBody(t)
	key := body["key"].([]shareAnnotation)
	ex := createExercise(t, body)
	url := baseURL(t) + "/api/exercises/" + ex.ID + "/submissions"
	school := address(t.Name(), 0)

	bodies := make([][]byte, students)
	for i := range bodies {
		bodies[i] = mustJSON(t, map[string]any{
			"name":        fmt.Sprintf("छात्र %03d", i),
			"annotations": key[:i%(len(key)+1)], // 0 to all key entities
		})
	}
	next := make(chan int)
	errs := make(chan error, students)
	var wg sync.WaitGroup
	start := time.Now()
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r, err := post(url, bodies[i], school)
				switch {
				case err != nil:
					errs <- err
				case r.status != http.StatusCreated:
					errs <- fmt.Errorf("student %d: status %d, body %.200q", i, r.status, r.body)
				default:
					var receipt struct{ Version int }
					if err := json.Unmarshal(r.body, &receipt); err != nil || receipt.Version != 1 {
						errs <- fmt.Errorf("student %d: receipt %q", i, r.body)
					}
				}
			}
		}()
	}
	for i := range students {
		next <- i
	}
	close(next)
	wg.Wait()
	elapsed := time.Since(start)
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	t.Logf("%d submissions in %v", students, elapsed.Round(time.Millisecond))
	if elapsed > time.Minute {
		t.Errorf("the class took %v to hand in, more than a minute", elapsed)
	}

	if n := rowCount(t, state, "hand_ins") - before; n != students {
		t.Errorf("%d submissions stored, want %d", n, students)
	}
	class := classOf(t, ex.ID, ex.TeacherToken)
	if class.Students != students {
		t.Fatalf("the class views count %d students; want %d", class.Students, students)
	}
	perfect := 0
	for _, s := range allStudents(t, ex.ID, ex.TeacherToken) {
		if s.Score.F1 == 1 {
			perfect++
		}
	}
	if want := students / (len(key) + 1); perfect < want {
		t.Errorf("%d perfect scores, want at least %d", perfect, want)
	}
}
