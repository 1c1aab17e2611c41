package api

import (
	"bytes"
	"net/http"

	"tippani/annotation"
	"tippani/annotation/score"
	"tippani/internal/jsonwire"
)

// The teacher's routes need the exercise's token as a bearer token.

// teacherSubmission is one student's latest submission with its score and
// the scores of the versions before it.
type teacherSubmission struct {
	Name        string                  `json:"name"`
	Version     int                     `json:"version"`
	Created     string                  `json:"created"`
	Annotations []annotation.Annotation `json:"annotations"`
	Score       scoreSummary            `json:"score"`
	History     []pastVersion           `json:"history"` // earlier versions, oldest first
}

// pastVersion is an earlier submission by the same student.
type pastVersion struct {
	Version     int                     `json:"version"`
	Created     string                  `json:"created"`
	Annotations []annotation.Annotation `json:"annotations"`
	Score       scoreSummary            `json:"score"`
}

// listSubmissions handles GET /api/exercises/{id}/submissions: every
// student's latest submission, scored, with history, and the class views
// (missed key entities, extra spans, heat map, agreement) over the latest
// submissions.
func (s *Server) listSubmissions(w http.ResponseWriter, r *http.Request) {
	ex, students, ok := s.teacherData(w, r)
	if !ok {
		return
	}
	latest := make([][]annotation.Annotation, len(students))
	for i, st := range students {
		latest[i] = st.Annotations
	}
	writeJSON(w, http.StatusOK, struct {
		Exercise    studentView             `json:"exercise"`
		Key         []annotation.Annotation `json:"key"`
		Submissions []teacherSubmission     `json:"submissions"`
		Class       score.Class             `json:"class"`
	}{ex.studentView(), ex.Key, students, score.ClassReport(ex.Text, ex.Key, latest)})
}

// scoresCSV handles GET /api/exercises/{id}/scores.csv: the score sheet of
// every student's latest submission (package score's columns), for a
// spreadsheet.
func (s *Server) scoresCSV(w http.ResponseWriter, r *http.Request) {
	ex, students, ok := s.teacherData(w, r)
	if !ok {
		return
	}
	rows := make([]score.Row, len(students))
	for i, st := range students {
		rows[i] = score.Row{Name: st.Name, Result: st.Score.Result}
	}
	var buf bytes.Buffer
	if err := score.WriteCSV(&buf, rows); err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not write the score sheet")
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="tippani-`+ex.ID+`-scores.csv"`)
	w.WriteHeader(http.StatusOK)
	w.Write(buf.Bytes())
}

// teacherData loads the exercise in the path, checks the teacher's token
// and scores every submission. Each student appears once, with the latest
// version on top and the earlier ones as history. On failure it has
// answered and returns ok=false.
func (s *Server) teacherData(w http.ResponseWriter, r *http.Request) (*storedExercise, []teacherSubmission, bool) {
	ex, ok := s.exercise(w, r)
	if !ok || !authorizeTeacher(w, r, ex.TokenSHA256) {
		return nil, nil, false
	}
	subs, err := s.loadSubmissions(r.Context(), ex.ID)
	if err != nil {
		writeStorageError(w, err)
		return nil, nil, false
	}
	students := []teacherSubmission{}
	for _, sub := range subs { // ordered by name, then version
		sc := newScore(score.Submission(ex.Key, sub.Annotations, ex.Types))
		if n := len(students); n > 0 && students[n-1].Name == sub.Name {
			prev := &students[n-1]
			prev.History = append(prev.History, pastVersion{prev.Version, prev.Created, prev.Annotations, prev.Score})
			prev.Version, prev.Created, prev.Annotations, prev.Score = sub.Version, sub.Created, sub.Annotations, sc
			continue
		}
		students = append(students, teacherSubmission{
			Name: sub.Name, Version: sub.Version, Created: sub.Created,
			Annotations: sub.Annotations, Score: sc, History: []pastVersion{},
		})
	}
	return ex, students, true
}

// patchExercise handles PATCH /api/exercises/{id} with the teacher's
// token: {"closed": bool} closes or reopens the exercise, {"revealKey":
// bool} shows or hides the key to students. Either or both may be given.
func (s *Server) patchExercise(w http.ResponseWriter, r *http.Request) {
	if !s.canWrite(w) {
		return
	}
	ex, ok := s.exercise(w, r)
	if !ok || !authorizeTeacher(w, r, ex.TokenSHA256) {
		return
	}
	body, ok := readJSON(w, r)
	if !ok {
		return
	}
	closed, reveal, err := parseExercisePatch(body, ex.Closed, ex.RevealKey)
	if err != nil {
		writeInputError(w, err)
		return
	}
	err = s.batch.Batch(r.Context(), Stmt{
		SQL:  "UPDATE exercises SET closed = ?, reveal_key = ? WHERE id = ?",
		Args: []any{boolInt(closed), boolInt(reveal), ex.ID},
	})
	if err != nil {
		writeStorageError(w, err)
		return
	}
	ex.Closed, ex.RevealKey = closed, reveal
	writeJSON(w, http.StatusOK, ex.studentView())
}

// parseExercisePatch reads {"closed"?: bool, "revealKey"?: bool}, starting
// from the current settings. Unknown members are refused, because a
// teacher's typo ("close": true) must not look like success. The body is
// read by jsonwire, whose single pass bounds nesting and size before
// anything looks inside, as for every other request body.
func parseExercisePatch(body []byte, closed, reveal bool) (bool, bool, error) {
	root, err := jsonwire.Parse(string(body))
	if err != nil {
		e := err.(*jsonwire.Error)
		if e.Fault == jsonwire.TooDeep || e.Fault == jsonwire.TooManyTokens {
			return false, false, annotation.Errorf(annotation.CodeBadJSON, "", "request body is refused: %s", e.Error())
		}
		return false, false, annotation.Errorf(annotation.CodeBadJSON, "", "request body is not valid JSON: %s", e.Error())
	}
	if root.Kind() != jsonwire.Object {
		return false, false, annotation.Errorf(annotation.CodeBadJSON, "", "request body must be a JSON object")
	}
	seen := map[string]bool{}
	for name, v := range root.Members() {
		if seen[name] {
			return false, false, annotation.Errorf(annotation.CodeBadJSON, name, "%s appears twice", name)
		}
		seen[name] = true
		var dst *bool
		switch name {
		case "closed":
			dst = &closed
		case "revealKey":
			dst = &reveal
		default:
			return false, false, annotation.Errorf(annotation.CodeBadField, name, "%q cannot be changed; send closed and/or revealKey", name)
		}
		if v.Kind() != jsonwire.Bool {
			return false, false, annotation.Errorf(annotation.CodeBadField, name, "%s must be true or false", name)
		}
		*dst = v.Bool()
	}
	if len(seen) == 0 {
		return false, false, annotation.Errorf(annotation.CodeMissingField, "", "send closed and/or revealKey")
	}
	return closed, reveal, nil
}
