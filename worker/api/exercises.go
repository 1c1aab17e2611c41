package api

import (
	"database/sql"
	"errors"
	"net/http"
	"time"

	"tippani/annotation"
)

// Classroom exercises. A teacher posts a text, the entity types to find and
// an answer key, and gets two links: the student page /x/{id} and the
// teacher page /t/{id}#token=…. Students hand in annotations under their
// name; the teacher, holding the token, sees every submission scored
// against the key and the class views of package score.

func (s *Server) exerciseRoutes() {
	s.mux.HandleFunc("POST /api/exercises", s.createExercise)
	s.mux.HandleFunc("/api/exercises", allow("POST"))
	s.mux.HandleFunc("GET /api/exercises/{id}", s.getExercise)
	s.mux.HandleFunc("PATCH /api/exercises/{id}", s.patchExercise)
	s.mux.HandleFunc("/api/exercises/{id}", allow("GET, HEAD, PATCH"))
	s.mux.HandleFunc("POST /api/exercises/{id}/submissions", s.createSubmission)
	s.mux.HandleFunc("GET /api/exercises/{id}/submissions", s.listSubmissions)
	s.mux.HandleFunc("/api/exercises/{id}/submissions", allow("GET, HEAD, POST"))
	s.mux.HandleFunc("GET /api/exercises/{id}/scores.csv", s.scoresCSV)
	s.mux.HandleFunc("/api/exercises/{id}/scores.csv", allow("GET, HEAD"))
}

// createExercise handles POST /api/exercises.
func (s *Server) createExercise(w http.ResponseWriter, r *http.Request) {
	if !s.canWrite(w) || !s.admit(w, r, "exercise:"+clientAddress(r)) {
		return
	}
	body, ok := readJSON(w, r)
	if !ok {
		return
	}
	ex, err := annotation.ParseExercise(body)
	if err != nil {
		writeInputError(w, err)
		return
	}
	types, err1 := marshal(ex.Types)
	key, err2 := marshal(annotation.Sorted(ex.Key))
	if err := errors.Join(err1, err2); err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the exercise")
		return
	}
	id, token := newID(), newID()
	hash := textHash(ex.Text)
	err = s.batch.Batch(r.Context(),
		putText(hash, ex.Text),
		Stmt{
			SQL: `INSERT INTO exercises (id, token_sha256, title, instructions, text_hash, types,
			        answer_key, hints, reveal_key, closed, created)
			      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
			Args: []any{id, tokenSHA256(token), ex.Title, ex.Instructions, hash, string(types),
				string(key), boolInt(ex.Hints), boolInt(ex.RevealKey), timestamp(time.Now())},
		},
	)
	if err != nil {
		writeStorageError(w, err)
		return
	}
	w.Header().Set("Location", s.link("/api/exercises/"+id))
	writeJSON(w, http.StatusCreated, struct {
		ID           string `json:"id"`
		TeacherToken string `json:"teacherToken"`
		StudentURL   string `json:"studentUrl"`
		TeacherURL   string `json:"teacherUrl"`
	}{id, token, s.link("/x/" + id), s.link("/t/" + id + "#token=" + token)})
}

// studentView is what anyone with the student link may read.
type studentView struct {
	ID           string                  `json:"id"`
	Title        string                  `json:"title"`
	Instructions string                  `json:"instructions"`
	Text         string                  `json:"text"`
	Types        []annotation.Type       `json:"types"`
	Hints        bool                    `json:"hints"`
	RevealKey    bool                    `json:"revealKey"`
	Closed       bool                    `json:"closed"`
	Key          []annotation.Annotation `json:"key,omitempty"` // only once revealed
	Created      string                  `json:"created"`
}

func (ex *storedExercise) studentView() studentView {
	v := studentView{
		ID: ex.ID, Title: ex.Title, Instructions: ex.Instructions, Text: ex.Text,
		Types: ex.Types, Hints: ex.Hints, RevealKey: ex.RevealKey, Closed: ex.Closed, Created: ex.Created,
	}
	if ex.RevealKey {
		v.Key = ex.Key
		if v.Key == nil {
			v.Key = []annotation.Annotation{}
		}
	}
	return v
}

// exercise loads the exercise named in the path, answering 404 or 503
// itself when it cannot.
func (s *Server) exercise(w http.ResponseWriter, r *http.Request) (*storedExercise, bool) {
	id := r.PathValue("id")
	if !validID(id) {
		writeError(w, http.StatusNotFound, "exercise_not_found", "there is no exercise with this id")
		return nil, false
	}
	if s.db == nil {
		writeError(w, http.StatusServiceUnavailable, "no_database", "the D1 binding DB is not configured")
		return nil, false
	}
	ex, err := s.loadExercise(r.Context(), id)
	if errors.Is(err, sql.ErrNoRows) {
		writeError(w, http.StatusNotFound, "exercise_not_found", "there is no exercise with this id")
		return nil, false
	}
	if err != nil {
		writeStorageError(w, err)
		return nil, false
	}
	return ex, true
}

// getExercise handles GET /api/exercises/{id}: the student view. It never
// includes anyone's submissions, and the key only once the teacher reveals
// it. Not cached: the teacher may close the exercise or reveal the key.
func (s *Server) getExercise(w http.ResponseWriter, r *http.Request) {
	ex, ok := s.exercise(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, ex.studentView())
}
