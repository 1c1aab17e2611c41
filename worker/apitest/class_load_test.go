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
	start := time.Now()
	errs := inParallel(parallel, students, func(i int) error {
		r, err := post(url, bodies[i], school)
		switch {
		case err != nil:
			return err
		case r.status != http.StatusCreated:
			return fmt.Errorf("student %d: status %d, body %.200q", i, r.status, r.body)
		}
		var receipt struct{ Version int }
		if err := json.Unmarshal(r.body, &receipt); err != nil || receipt.Version != 1 {
			return fmt.Errorf("student %d: receipt %q", i, r.body)
		}
		return nil
	})
	elapsed := time.Since(start)
	for _, err := range errs {
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

// inParallel calls do(i) for i in [0, count) from n goroutines and returns
// the errors, in no particular order.
func inParallel(n, count int, do func(i int) error) []error {
	next := make(chan int)
	var mu sync.Mutex
	var errs []error
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := do(i); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		}()
	}
	for i := range count {
		next <- i
	}
	close(next)
	wg.Wait()
	return errs
}
