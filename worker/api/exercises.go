package api

import (
	"context"
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
	s.mux.HandleFunc("GET /api/exercises/{id}/class", s.classViews)
	s.mux.HandleFunc("/api/exercises/{id}/class", allow("GET, HEAD"))
	s.mux.HandleFunc("POST /api/exercises/{id}/continue", s.continueStudent)
	s.mux.HandleFunc("/api/exercises/{id}/continue", allow("POST"))
	s.mux.HandleFunc("PATCH /api/exercises/{id}/students/{student}", s.renameStudent)
	s.mux.HandleFunc("/api/exercises/{id}/students/{student}", allow("PATCH"))
	s.mux.HandleFunc("POST /api/exercises/{id}/students/{student}/merge", s.mergeStudent)
	s.mux.HandleFunc("/api/exercises/{id}/students/{student}/merge", allow("POST"))
}

// createExercise handles POST /api/exercises.
// The request is checked in full before the client's allowance for
// exercises is charged; a refused one counts as a refusal (see
// meterRefusals).
func (s *Server) createExercise(w http.ResponseWriter, r *http.Request) {
	if !s.canWrite(w) {
		return
	}
	w = s.meterRefusals(w, r)
	body, ok := readJSON(w, r)
	if !ok {
		return
	}
	ex, err := annotation.ParseExercise(body)
	if err != nil {
		writeInputError(w, err)
		return
	}
	if !s.admit(w, r, "exercise:"+clientAddress(r)) {
		return
	}
	custom := ex.CustomTypes
	if custom == nil {
		custom = []annotation.CustomType{}
	}
	types, err1 := marshal(ex.Types)
	key, err2 := marshal(annotation.Sorted(ex.Key))
	customJSON, err3 := marshal(custom)
	if err := errors.Join(err1, err2, err3); err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the exercise")
		return
	}
	id, token := newID(), newID()
	hash := textHash(ex.Text)
	now := timestamp(time.Now())
	stmts := []Stmt{
		putText(hash, ex.Text),
		{
			SQL: `INSERT INTO exercises (id, token_sha256, title, instructions, text_hash, types,
			        answer_key, custom_types, hints, reveal_key, key_after_hand_in, closed, created)
			      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
			Args: []any{id, tokenSHA256(token), ex.Title, ex.Instructions, hash, string(types),
				string(key), string(customJSON), boolInt(ex.Hints), boolInt(ex.RevealKey), boolInt(ex.KeyAfterHandIn), now},
		},
	}
	for _, name := range ex.Roster {
		stmts = append(stmts, Stmt{
			SQL: `INSERT INTO students (id, exercise_id, name, name_key, ordinal, on_roster, claimed, created)
			      VALUES (?, ?, ?, ?, 1, 1, 0, ?)`,
			Args: []any{newID(), id, name, annotation.NameKey(name), now},
		})
	}
	err = s.batch.Batch(r.Context(), stmts...)
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

// studentView is what anyone with the student link may read. It holds
// the key only once the teacher has revealed it to everyone: with
// keyAfterHandIn, each student gets it in the answer to their own
// hand-in, never here.
type studentView struct {
	ID             string                  `json:"id"`
	Title          string                  `json:"title"`
	Instructions   string                  `json:"instructions"`
	Text           string                  `json:"text"`
	Types          []annotation.Type       `json:"types"`
	CustomTypes    []annotation.CustomType `json:"customTypes,omitempty"`
	Hints          bool                    `json:"hints"`
	RevealKey      bool                    `json:"revealKey"`
	KeyAfterHandIn bool                    `json:"keyAfterHandIn"`
	Closed         bool                    `json:"closed"`
	Key            []annotation.Annotation `json:"key,omitempty"` // only once revealed
	Roster         []rosterName            `json:"roster,omitempty"`
	Created        string                  `json:"created"`
}

// rosterName is a name on the teacher's class list and whether a student
// has handed in under it.
type rosterName struct {
	Name    string `json:"name"`
	Claimed bool   `json:"claimed"`
}

func (ex *storedExercise) studentView() studentView {
	v := studentView{
		ID: ex.ID, Title: ex.Title, Instructions: ex.Instructions, Text: ex.Text,
		Types: ex.Types, CustomTypes: ex.CustomTypes, Hints: ex.Hints, RevealKey: ex.RevealKey,
		KeyAfterHandIn: ex.KeyAfterHandIn, Closed: ex.Closed, Created: ex.Created,
	}
	if ex.RevealKey {
		v.Key = nonNil(ex.Key)
	}
	return v
}

// roster lists the exercise's roster names in order.
func (s *Server) roster(ctx context.Context, exID string) ([]rosterName, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT name, claimed FROM students WHERE exercise_id = ? AND on_roster = 1 AND merged_into IS NULL
		  ORDER BY name_key`, exID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rosterName
	for rows.Next() {
		var n rosterName
		var claimed int
		if err := rows.Scan(&n.Name, &claimed); err != nil {
			return nil, err
		}
		n.Claimed = claimed != 0
		out = append(out, n)
	}
	return out, rows.Err()
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
	v := ex.studentView()
	var err error
	if v.Roster, err = s.roster(r.Context(), ex.ID); err != nil {
		writeStorageError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}
