package api

import (
	"database/sql"
	"errors"
	"net/http"
	"time"

	"tippani/annotation"
	"tippani/annotation/score"
)

const (
	// maxVersions is how many times one student may hand in.
	maxVersions = 50
	// fullVersions is how many of a student's latest hand-ins keep their
	// annotations; older ones keep only their score.
	fullVersions = 10
)

// createSubmission handles POST /api/exercises/{id}/submissions: a student
// hands in annotations. Without a studentSecret the hand-in makes a new
// student (or claims their roster name) and the answer carries the
// student's secret and code; with one it is the next version of that
// student's work. Hand-ins are immutable.
//
// Everything that can be checked is checked before the client's hand-in
// allowance for this exercise is charged, and a refused request is
// counted against the client's allowance for refusals instead (see
// meterRefusals), so malformed requests never use up a class's hand-ins.
func (s *Server) createSubmission(w http.ResponseWriter, r *http.Request) {
	w, ex, body, ok := s.studentWrite(w, r)
	if !ok {
		return
	}
	if ex.Closed {
		writeClosed(w)
		return
	}
	sub, err := annotation.ParseSubmission(body, &ex.Exercise)
	if err != nil {
		writeInputError(w, err)
		return
	}
	ctx := r.Context()
	var st student
	if sub.StudentSecret != "" {
		if st, err = s.studentBySecret(ctx, ex.ID, sub.StudentSecret); err != nil {
			writeStudentError(w, err)
			return
		}
	}
	// Keyed by exercise as well as address: a whole class often shares one
	// school address, and one class must not use up another's allowance.
	if !s.admit(w, r, "hand-in:"+ex.ID+":"+clientAddress(r)) {
		return
	}
	var code, secret string
	var first []Stmt
	if sub.StudentSecret == "" {
		if st, code, err = s.enrol(ctx, ex.ID, sub.Name, sub.NameKey, annotation.MaxStudents); err != nil {
			writeStudentError(w, err)
			return
		}
		var add Stmt
		add, secret = addSecret(st.ID)
		first = append(first, add)
	}
	sorted := annotation.Sorted(sub.Annotations)
	result := score.Submission(ex.Key, sorted, ex.Types)
	anns, err1 := marshal(sorted)
	scored, err2 := marshal(result)
	if err := errors.Join(err1, err2); err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the annotations")
		return
	}
	if len(first) > 0 {
		if err := s.batch.Batch(ctx, first...); err != nil {
			writeStorageError(w, err)
			return
		}
	}
	created := timestamp(time.Now())
	// One statement picks the next version and re-checks that the exercise
	// is still open and the student under the limit, so neither a
	// concurrent hand-in nor a teacher closing the exercise meanwhile can
	// slip through.
	var version int
	err = s.db.QueryRowContext(ctx,
		`INSERT INTO hand_ins (student_id, version, annotations, score, created)
		 SELECT ?1, (SELECT COALESCE(MAX(version), 0) + 1 FROM hand_ins WHERE student_id = ?1), ?2, ?3, ?4
		  WHERE EXISTS (SELECT 1 FROM exercises WHERE id = ?5 AND closed = 0)
		    AND (SELECT COUNT(*) FROM hand_ins WHERE student_id = ?1) < ?6
		 RETURNING version`, st.ID, string(anns), string(scored), created, ex.ID, maxVersions).Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		s.explainRefusedHandIn(w, r, ex.ID)
		return
	}
	if err != nil {
		writeStorageError(w, err)
		return
	}
	if version > fullVersions {
		// The work stays scored; only old versions' marks are let go.
		if err := s.batch.Batch(ctx, Stmt{
			SQL:  `UPDATE hand_ins SET annotations = NULL WHERE student_id = ? AND version <= ? AND annotations IS NOT NULL`,
			Args: []any{st.ID, version - fullVersions},
		}); err != nil {
			logf("summarizing old hand-ins: %v", err)
		}
	}
	res := submissionReceipt{ExerciseID: ex.ID, student: st, Version: version, Created: created,
		StudentSecret: secret, StudentCode: code}
	if ex.RevealKey || ex.KeyAfterHandIn {
		sc := newScore(result)
		res.Score, res.Key = &sc, nonNil(ex.Key)
	}
	writeJSON(w, http.StatusCreated, res)
}

// studentWrite opens a student's request: storage, the exercise, a JSON
// body, with refusals metered (see meterRefusals). On failure it has
// answered and returns ok=false.
func (s *Server) studentWrite(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, *storedExercise, []byte, bool) {
	if !s.canWrite(w) {
		return w, nil, nil, false
	}
	w = s.meterRefusals(w, r)
	ex, ok := s.exercise(w, r)
	if !ok {
		return w, nil, nil, false
	}
	body, ok := readJSON(w, r)
	return w, ex, body, ok
}

// explainRefusedHandIn answers a hand-in the final statement did not
// store: the exercise closed meanwhile, or the student is at maxVersions.
func (s *Server) explainRefusedHandIn(w http.ResponseWriter, r *http.Request, exID string) {
	var closed int
	if err := s.db.QueryRowContext(r.Context(), `SELECT closed FROM exercises WHERE id = ?`, exID).Scan(&closed); err != nil || closed != 0 {
		writeClosed(w)
		return
	}
	writeError(w, http.StatusConflict, "too_many_versions",
		"you have handed in this exercise 50 times, the most it keeps; ask your teacher if you need to change your work")
}

func writeClosed(w http.ResponseWriter) {
	writeError(w, http.StatusConflict, "exercise_closed", "this exercise is closed; the teacher no longer accepts submissions")
}

// writeStudentError answers a failure to find or enrol a student.
func writeStudentError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errNoSuchStudent):
		writeFieldError(w, http.StatusForbidden, "wrong_student_secret",
			"this student secret does not belong to any student of this exercise; hand in from the device you first handed in on, or continue with your student code", "studentSecret")
	case errors.Is(err, errClassFull):
		writeError(w, http.StatusConflict, "too_many_students",
			"this exercise already has 500 students, the most it takes; ask your teacher")
	case errors.Is(err, sql.ErrNoRows):
		writeClosed(w)
	default:
		writeStorageError(w, err)
	}
}

// submissionReceipt answers a stored hand-in. studentSecret and
// studentCode come only with a student's first hand-in; the score and the
// key only when the teacher shows the key after hand-in or to everyone.
type submissionReceipt struct {
	ExerciseID string `json:"exerciseId"`
	student
	Version       int                     `json:"version"`
	Created       string                  `json:"created"`
	StudentSecret string                  `json:"studentSecret,omitempty"`
	StudentCode   string                  `json:"studentCode,omitempty"`
	Score         *scoreSummary           `json:"score,omitempty"`
	Key           []annotation.Annotation `json:"key,omitempty"`
}

// scoreSummary is a submission's grade: exact (CoNLL) precision, recall
// and F1 at the top for quick reading, then the full result of package
// score (exact, lenient, wrongType, byType).
type scoreSummary struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	score.Result
}

func newScore(r score.Result) scoreSummary {
	return scoreSummary{Precision: r.Exact.Precision, Recall: r.Exact.Recall, F1: r.Exact.F1, Result: r}
}

// nonNil makes a nil list encode as [] rather than null.
func nonNil(anns []annotation.Annotation) []annotation.Annotation {
	if anns == nil {
		return []annotation.Annotation{}
	}
	return anns
}
