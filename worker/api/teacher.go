package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"tippani/annotation"
	"tippani/annotation/score"
	"tippani/internal/jsonwire"
)

// The teacher's routes need the exercise's token as a bearer token.

const (
	// defaultPage and maxPage bound the students one listing answer holds.
	defaultPage = 20
	maxPage     = 50
	// readChunk is how many students' work the class views and the score
	// sheet read from storage at a time, so that a class of any size is
	// handled in bounded memory.
	readChunk = 25
)

// teacherSubmission is one student's latest hand-in with its score and
// the scores of the versions before it.
type teacherSubmission struct {
	student
	Version     int                     `json:"version"`
	Created     string                  `json:"created"`
	Annotations []annotation.Annotation `json:"annotations"`
	Score       scoreSummary            `json:"score"`
	History     []pastVersion           `json:"history"` // earlier versions, oldest first
}

// pastVersion is an earlier hand-in by the same student, kept as its score.
type pastVersion struct {
	Version int          `json:"version"`
	Created string       `json:"created"`
	Score   scoreSummary `json:"score"`
}

// page says which students a listing answer holds.
type page struct {
	Offset int  `json:"offset"`
	Limit  int  `json:"limit"`
	Total  int  `json:"total"`          // students who have handed in
	Next   *int `json:"next,omitempty"` // the offset of the next page, if any
}

// listSubmissions handles GET /api/exercises/{id}/submissions?offset=&limit=:
// one page of the students who handed in (by name), each with their latest
// hand-in scored and the scores of earlier ones, and the roster names no
// one has handed in under yet. The class views are GET .../class.
func (s *Server) listSubmissions(w http.ResponseWriter, r *http.Request) {
	ex, ok := s.teacherExercise(w, r)
	if !ok {
		return
	}
	offset, limit, err := pageOf(r)
	if err != nil {
		writeInputError(w, err)
		return
	}
	ctx := r.Context()
	p := page{Offset: offset, Limit: limit}
	if err := s.db.QueryRowContext(ctx,
		`SELECT COUNT(*) FROM students s WHERE s.exercise_id = ? AND s.merged_into IS NULL
		    AND EXISTS (SELECT 1 FROM hand_ins WHERE student_id = s.id)`, ex.ID).Scan(&p.Total); err != nil {
		writeStorageError(w, err)
		return
	}
	if offset+limit < p.Total {
		next := offset + limit
		p.Next = &next
	}
	subs, err := s.pageOfStudents(ctx, ex, offset, limit)
	if err != nil {
		writeStorageError(w, err)
		return
	}
	waiting, err := s.waiting(ctx, ex.ID)
	if err != nil {
		writeStorageError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Exercise    studentView             `json:"exercise"`
		Key         []annotation.Annotation `json:"key"`
		Page        page                    `json:"page"`
		Submissions []teacherSubmission     `json:"submissions"`
		Waiting     []student               `json:"waiting"` // roster names without a hand-in
	}{ex.studentView(), nonNil(ex.Key), p, subs, waiting})
}

// pageOf reads ?offset= and ?limit= (defaults 0 and defaultPage).
func pageOf(r *http.Request) (offset, limit int, err error) {
	q := r.URL.Query()
	read := func(name string, def, lo, hi int) (int, error) {
		v := q.Get(name)
		if v == "" {
			return def, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < lo || n > hi {
			return 0, annotation.Errorf(annotation.CodeBadField, name, "%s must be a whole number from %d to %d", name, lo, hi)
		}
		return n, nil
	}
	if offset, err = read("offset", 0, 0, annotation.MaxStudents); err != nil {
		return 0, 0, err
	}
	limit, err = read("limit", defaultPage, 1, maxPage)
	return offset, limit, err
}

// pageOfStudents reads the hand-ins of the students at [offset,
// offset+limit) in name order, with the latest version's annotations.
func (s *Server) pageOfStudents(ctx context.Context, ex *storedExercise, offset, limit int) ([]teacherSubmission, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT p.id, p.name, p.ordinal, h.version, h.created, h.score,
		        CASE WHEN h.version = (SELECT MAX(version) FROM hand_ins WHERE student_id = p.id)
		             OR h.score IS NULL THEN h.annotations END
		   FROM (SELECT id, name, ordinal, name_key FROM students
		          WHERE exercise_id = ?1 AND merged_into IS NULL
		            AND EXISTS (SELECT 1 FROM hand_ins WHERE student_id = students.id)
		          ORDER BY name_key, ordinal LIMIT ?2 OFFSET ?3) p
		   JOIN hand_ins h ON h.student_id = p.id
		  ORDER BY p.name_key, p.ordinal, h.version`, ex.ID, limit, offset)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []teacherSubmission{}
	for rows.Next() {
		var (
			id, name, created string
			ordinal, version  int
			scored, anns      *string
		)
		if err := rows.Scan(&id, &name, &ordinal, &version, &created, &scored, &anns); err != nil {
			return nil, err
		}
		marks, result, err := readHandIn(ex, anns, scored)
		if err != nil {
			return nil, fmt.Errorf("hand-in %d of student %s: %w", version, id, err)
		}
		if n := len(out); n > 0 && out[n-1].ID == id {
			prev := &out[n-1]
			prev.History = append(prev.History, pastVersion{prev.Version, prev.Created, prev.Score})
			prev.Version, prev.Created, prev.Annotations, prev.Score = version, created, marks, newScore(result)
			continue
		}
		out = append(out, teacherSubmission{student: newStudent(id, name, ordinal), Version: version,
			Created: created, Annotations: marks, Score: newScore(result), History: []pastVersion{}})
	}
	return out, rows.Err()
}

// readHandIn decodes a hand-in's stored annotations (nil once summarized)
// and score; a hand-in stored before scores were kept is scored now.
func readHandIn(ex *storedExercise, anns, scored *string) ([]annotation.Annotation, score.Result, error) {
	var marks []annotation.Annotation
	var result score.Result
	if anns != nil {
		if err := json.Unmarshal([]byte(*anns), &marks); err != nil {
			return nil, result, err
		}
	}
	if scored == nil {
		return nonNil(marks), score.Submission(ex.Key, marks, ex.Types), nil
	}
	err := json.Unmarshal([]byte(*scored), &result)
	return nonNil(marks), result, err
}

// waiting lists the roster's students who have not handed in.
func (s *Server) waiting(ctx context.Context, exID string) ([]student, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, name, ordinal FROM students s WHERE exercise_id = ? AND merged_into IS NULL
		    AND NOT EXISTS (SELECT 1 FROM hand_ins WHERE student_id = s.id)
		  ORDER BY name_key, ordinal`, exID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []student{}
	for rows.Next() {
		var id, name string
		var ordinal int
		if err := rows.Scan(&id, &name, &ordinal); err != nil {
			return nil, err
		}
		out = append(out, newStudent(id, name, ordinal))
	}
	return out, rows.Err()
}

// latestWork calls each with every student's latest hand-in, in name
// order, reading readChunk students at a time. withMarks says whether the
// annotations are needed (the class views) or only the score (the score
// sheet).
func (s *Server) latestWork(ctx context.Context, ex *storedExercise, withMarks bool,
	each func(st student, marks []annotation.Annotation, result score.Result) error) error {
	for offset := 0; ; offset += readChunk {
		rows, err := s.db.QueryContext(ctx,
			`SELECT s.id, s.name, s.ordinal, h.score,
			        CASE WHEN ?4 OR h.score IS NULL THEN h.annotations END
			   FROM students s JOIN hand_ins h ON h.student_id = s.id
			    AND h.version = (SELECT MAX(version) FROM hand_ins WHERE student_id = s.id)
			  WHERE s.exercise_id = ?1 AND s.merged_into IS NULL
			  ORDER BY s.name_key, s.ordinal LIMIT ?2 OFFSET ?3`, ex.ID, readChunk, offset, boolInt(withMarks))
		if err != nil {
			return err
		}
		n := 0
		for rows.Next() {
			n++
			var id, name string
			var ordinal int
			var scored, anns *string
			if err := rows.Scan(&id, &name, &ordinal, &scored, &anns); err != nil {
				rows.Close()
				return err
			}
			marks, result, err := readHandIn(ex, anns, scored)
			if err == nil {
				err = each(newStudent(id, name, ordinal), marks, result)
			}
			if err != nil {
				rows.Close()
				return err
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil || n < readChunk {
			return err
		}
	}
}

// classViews handles GET /api/exercises/{id}/class: the class views of
// package score (missed key entities, grouped by name; spans outside the
// key; heat map; agreement) over every student's latest hand-in.
func (s *Server) classViews(w http.ResponseWriter, r *http.Request) {
	ex, ok := s.teacherExercise(w, r)
	if !ok {
		return
	}
	tally := score.NewTally(ex.Text, ex.Key, ex.Types)
	err := s.latestWork(r.Context(), ex, true, func(_ student, marks []annotation.Annotation, _ score.Result) error {
		tally.Add(marks)
		return nil
	})
	if err != nil {
		writeStorageError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, tally.Report())
}

// scoresCSV handles GET /api/exercises/{id}/scores.csv: the score sheet of
// every student's latest hand-in (package score's columns), for a
// spreadsheet. It is written as it is read, a chunk of students at a time.
func (s *Server) scoresCSV(w http.ResponseWriter, r *http.Request) {
	ex, ok := s.teacherExercise(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="tippani-`+ex.ID+`-scores.csv"`)
	w.WriteHeader(http.StatusOK)
	sheet, err := score.NewSheet(w, ex.Types)
	if err == nil {
		err = s.latestWork(r.Context(), ex, false, func(st student, _ []annotation.Annotation, result score.Result) error {
			return sheet.Write(score.Row{Name: st.Label, Result: result})
		})
	}
	if err == nil {
		err = sheet.Flush()
	}
	if err != nil {
		// The status is sent; the sheet ends here, and the log says why.
		logf("score sheet of %s: %v", ex.ID, err)
	}
}

// teacherExercise loads the exercise in the path and checks the teacher's
// token; on failure it has answered and returns ok=false.
func (s *Server) teacherExercise(w http.ResponseWriter, r *http.Request) (*storedExercise, bool) {
	ex, ok := s.exercise(w, r)
	if !ok || !authorizeTeacher(w, r, ex.TokenSHA256) {
		return nil, false
	}
	return ex, true
}

// teacherWrite opens a teacher's change: storage, the exercise, the token,
// a JSON body; refusals are metered and the change is charged to the
// teacher's allowance only once it is known to be one.
func (s *Server) teacherWrite(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, *storedExercise, []byte, bool) {
	w, ex, body, ok := s.studentWrite(w, r)
	if !ok || !authorizeTeacher(w, r, ex.TokenSHA256) {
		return w, nil, nil, false
	}
	return w, ex, body, true
}

// patchExercise handles PATCH /api/exercises/{id} with the teacher's
// token: {"closed": bool} closes or reopens the exercise, {"revealKey":
// true | false | "afterHandIn"} shows the key to everyone, to no one, or
// to each student with their hand-in. Either or both may be given.
func (s *Server) patchExercise(w http.ResponseWriter, r *http.Request) {
	w, ex, body, ok := s.teacherWrite(w, r)
	if !ok {
		return
	}
	closed, reveal, after := ex.Closed, ex.RevealKey, ex.KeyAfterHandIn
	err := readMembers(body, "closed and/or revealKey", map[string]member{
		"closed": func(v jsonwire.Value, name string) error {
			if v.Kind() != jsonwire.Bool {
				return annotation.Errorf(annotation.CodeBadField, name, "%s must be true or false", name)
			}
			closed = v.Bool()
			return nil
		},
		"revealKey": func(v jsonwire.Value, name string) (err error) {
			reveal, after, err = annotation.ReadRevealKey(v, name)
			return err
		},
	})
	if err != nil {
		writeInputError(w, err)
		return
	}
	if !s.admit(w, r, "teacher:"+ex.ID+":"+clientAddress(r)) {
		return
	}
	err = s.batch.Batch(r.Context(), Stmt{
		SQL:  "UPDATE exercises SET closed = ?, reveal_key = ?, key_after_hand_in = ? WHERE id = ?",
		Args: []any{boolInt(closed), boolInt(reveal), boolInt(after), ex.ID},
	})
	if err != nil {
		writeStorageError(w, err)
		return
	}
	ex.Closed, ex.RevealKey, ex.KeyAfterHandIn = closed, reveal, after
	writeJSON(w, http.StatusOK, ex.studentView())
}
