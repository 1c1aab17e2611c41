package api

import (
	"database/sql"
	"errors"
	"net/http"
	"time"

	"tippani/annotation"
	"tippani/annotation/score"
)

// createSubmission handles POST /api/exercises/{id}/submissions: a student
// hands in annotations under a name. Submissions are immutable; handing in
// again under the same name stores the next version.
func (s *Server) createSubmission(w http.ResponseWriter, r *http.Request) {
	if !s.canWrite(w) {
		return
	}
	id := r.PathValue("id")
	// Keyed by exercise as well as address: a whole class often shares one
	// school address, and one class must not use up another's allowance.
	if validID(id) && !s.admit(w, r, "submission:"+id+":"+clientAddress(r)) {
		return
	}
	ex, ok := s.exercise(w, r)
	if !ok {
		return
	}
	if ex.Closed {
		writeError(w, http.StatusConflict, "exercise_closed", "this exercise is closed; the teacher no longer accepts submissions")
		return
	}
	body, ok := readJSON(w, r)
	if !ok {
		return
	}
	sub, err := annotation.ParseSubmission(body, &ex.Exercise)
	if err != nil {
		writeInputError(w, err)
		return
	}
	anns, err := marshal(annotation.Sorted(sub.Annotations))
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the annotations")
		return
	}
	created := timestamp(time.Now())
	// One statement picks the next version and re-checks that the exercise
	// is still open, so neither a concurrent resubmission nor a teacher
	// closing the exercise meanwhile can slip through.
	var version int
	err = s.db.QueryRowContext(r.Context(),
		`INSERT INTO submissions (exercise_id, name, version, annotations, created)
		 SELECT ?1, ?2,
		        (SELECT COALESCE(MAX(version), 0) + 1 FROM submissions WHERE exercise_id = ?1 AND name = ?2),
		        ?3, ?4
		  WHERE EXISTS (SELECT 1 FROM exercises WHERE id = ?1 AND closed = 0)
		 RETURNING version`, ex.ID, sub.Name, string(anns), created).Scan(&version)
	if errors.Is(err, sql.ErrNoRows) {
		writeError(w, http.StatusConflict, "exercise_closed", "this exercise is closed; the teacher no longer accepts submissions")
		return
	}
	if err != nil {
		writeStorageError(w, err)
		return
	}
	res := submissionReceipt{ExerciseID: ex.ID, Name: sub.Name, Version: version, Created: created}
	if ex.RevealKey {
		sc := newScore(score.Submission(ex.Key, sub.Annotations, ex.Types))
		res.Score = &sc
	}
	writeJSON(w, http.StatusCreated, res)
}

// submissionReceipt answers a stored submission. The score is included
// only when the teacher lets students see the key.
type submissionReceipt struct {
	ExerciseID string        `json:"exerciseId"`
	Name       string        `json:"name"`
	Version    int           `json:"version"`
	Created    string        `json:"created"`
	Score      *scoreSummary `json:"score,omitempty"`
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
