package api

import (
	"cmp"
	"database/sql"
	"errors"
	"net/http"
	"slices"

	"tippani/annotation"
)

// continueStudent handles POST /api/exercises/{id}/continue with
// {"studentCode"}: a student who wrote down their code goes on on another
// device. The answer gives that device a secret of its own (the first
// device keeps its own), with the student's latest work:
// {studentId, name, ordinal, label, studentSecret, version, created,
// annotations, score?, key?}; version 0 when they have not handed in.
// Every attempt is charged to the address's allowance for codes before the
// code is looked up, so codes cannot be guessed faster than that.
func (s *Server) continueStudent(w http.ResponseWriter, r *http.Request) {
	w, ex, body, ok := s.studentWrite(w, r)
	if !ok {
		return
	}
	var typed string
	err := readMembers(body, "studentCode", map[string]member{"studentCode": stringMember(&typed)})
	if err == nil {
		if _, valid := canonicalCode(typed); !valid {
			err = annotation.Errorf(annotation.CodeBadField, "studentCode", "studentCode must be 12 letters and digits, such as 7KQM-4XPD-2RVB")
		}
	}
	if err != nil {
		writeInputError(w, err)
		return
	}
	if !s.admit(w, r, "code:"+clientAddress(r)) {
		return
	}
	ctx := r.Context()
	var id string
	var merged *string
	err = s.db.QueryRowContext(ctx,
		`SELECT id, merged_into FROM students WHERE code_sha256 = ? AND exercise_id = ?`,
		codeSHA256(ex.ID, typed), ex.ID).Scan(&id, &merged)
	if errors.Is(err, sql.ErrNoRows) {
		writeFieldError(w, http.StatusNotFound, "unknown_student_code",
			"no student of this exercise has this code; check it letter by letter", "studentCode")
		return
	}
	if err != nil {
		writeStorageError(w, err)
		return
	}
	if merged != nil {
		id = *merged
	}
	st, err := s.studentByID(ctx, ex.ID, id)
	if err != nil {
		writeStudentError(w, err)
		return
	}
	add, secret := addSecret(st.ID)
	if err := s.batch.Batch(ctx, add); err != nil {
		writeStorageError(w, err)
		return
	}
	res := struct {
		student
		StudentSecret string                  `json:"studentSecret"`
		Version       int                     `json:"version"`
		Created       string                  `json:"created,omitempty"`
		Annotations   []annotation.Annotation `json:"annotations"`
		Score         *scoreSummary           `json:"score,omitempty"`
		Key           []annotation.Annotation `json:"key,omitempty"`
	}{student: st, StudentSecret: secret, Annotations: []annotation.Annotation{}}
	var scored, anns *string
	err = s.db.QueryRowContext(ctx,
		`SELECT version, created, score, annotations FROM hand_ins WHERE student_id = ?
		  ORDER BY version DESC LIMIT 1`, st.ID).Scan(&res.Version, &res.Created, &scored, &anns)
	switch {
	case err == nil:
		marks, result, err := readHandIn(ex, anns, scored)
		if err != nil {
			writeStorageError(w, err)
			return
		}
		res.Annotations = marks
		if ex.RevealKey || ex.KeyAfterHandIn {
			sc := newScore(result)
			res.Score, res.Key = &sc, nonNil(ex.Key)
		}
	case !errors.Is(err, sql.ErrNoRows):
		writeStorageError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// teacherStudent opens a teacher's change to the student in the path.
func (s *Server) teacherStudent(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, *storedExercise, student, []byte, bool) {
	w, ex, body, ok := s.teacherWrite(w, r)
	if !ok {
		return w, nil, student{}, nil, false
	}
	id := r.PathValue("student")
	st, err := student{}, errNoSuchStudent
	if validStudentID(id) {
		st, err = s.studentByID(r.Context(), ex.ID, id)
	}
	if err != nil {
		writeTeacherStudentError(w, err)
		return w, nil, student{}, nil, false
	}
	return w, ex, st, body, true
}

func writeTeacherStudentError(w http.ResponseWriter, err error) {
	if errors.Is(err, errNoSuchStudent) {
		writeError(w, http.StatusNotFound, "student_not_found", "this exercise has no such student (merged students are gone)")
		return
	}
	writeStorageError(w, err)
}

// renameStudent handles PATCH /api/exercises/{id}/students/{student} with
// the teacher's token and {"name"}: the name is folded as a student's is;
// if another student has it, this one is numbered after them. Answers the
// student {studentId, name, ordinal, label}.
func (s *Server) renameStudent(w http.ResponseWriter, r *http.Request) {
	w, ex, st, body, ok := s.teacherStudent(w, r)
	if !ok {
		return
	}
	var typed string
	err := readMembers(body, "name", map[string]member{"name": stringMember(&typed)})
	var name, key string
	if err == nil {
		name, key, err = annotation.DefaultLimits().FoldName(typed, "name")
	}
	if err != nil {
		writeInputError(w, err)
		return
	}
	if !s.admit(w, r, "teacher:"+ex.ID+":"+clientAddress(r)) {
		return
	}
	var ordinal int
	err = s.db.QueryRowContext(r.Context(),
		`UPDATE students SET name = ?1, name_key = ?2,
		        ordinal = CASE WHEN name_key = ?2 THEN ordinal ELSE
		                  (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM students WHERE exercise_id = ?3 AND name_key = ?2) END
		  WHERE id = ?4 RETURNING ordinal`, name, key, ex.ID, st.ID).Scan(&ordinal)
	if err != nil {
		writeStorageError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, newStudent(st.ID, name, ordinal))
}

// mergeStudent handles POST /api/exercises/{id}/students/{student}/merge
// with the teacher's token and {"into": studentId}: the student in the
// path was the same person as the other (two devices, a typo). Their
// hand-ins join the other's, numbered again in the order they came in;
// their secrets and code now reach the other. Answers the student merged
// into.
func (s *Server) mergeStudent(w http.ResponseWriter, r *http.Request) {
	w, ex, from, body, ok := s.teacherStudent(w, r)
	if !ok {
		return
	}
	var intoID string
	err := readMembers(body, "into", map[string]member{"into": stringMember(&intoID)})
	if err == nil && intoID == from.ID {
		err = annotation.Errorf(annotation.CodeBadField, "into", "a student cannot be merged into themselves")
	}
	if err != nil {
		writeInputError(w, err)
		return
	}
	ctx := r.Context()
	into, err := student{}, errNoSuchStudent
	if validStudentID(intoID) {
		into, err = s.studentByID(ctx, ex.ID, intoID)
	}
	if err != nil {
		writeTeacherStudentError(w, err)
		return
	}
	if !s.admit(w, r, "teacher:"+ex.ID+":"+clientAddress(r)) {
		return
	}
	type version struct {
		student, created string
		number           int
	}
	var all []version
	rows, err := s.db.QueryContext(ctx,
		`SELECT student_id, version, created FROM hand_ins WHERE student_id IN (?, ?)`, from.ID, into.ID)
	if err != nil {
		writeStorageError(w, err)
		return
	}
	for rows.Next() {
		var v version
		if err = rows.Scan(&v.student, &v.number, &v.created); err != nil {
			break
		}
		all = append(all, v)
	}
	if err == nil {
		err = rows.Err()
	}
	rows.Close()
	if err != nil {
		writeStorageError(w, err)
		return
	}
	slices.SortFunc(all, func(a, b version) int {
		return cmp.Or(cmp.Compare(a.created, b.created), cmp.Compare(a.student, b.student), cmp.Compare(a.number, b.number))
	})
	// Versions are moved out of the way first (past any number in use),
	// then down to their places, so no two rows share a key midway.
	const aside = 1_000_000
	var stmts []Stmt
	for i, v := range all {
		stmts = append(stmts, Stmt{
			SQL:  `UPDATE hand_ins SET student_id = ?, version = ? WHERE student_id = ? AND version = ?`,
			Args: []any{into.ID, aside + i + 1, v.student, v.number},
		})
	}
	stmts = append(stmts,
		Stmt{SQL: `UPDATE hand_ins SET version = version - ? WHERE student_id = ? AND version > ?`, Args: []any{aside, into.ID, aside}},
		Stmt{SQL: `UPDATE hand_ins SET annotations = NULL WHERE student_id = ? AND version <= ?`, Args: []any{into.ID, len(all) - fullVersions}},
		Stmt{SQL: `UPDATE student_secrets SET student_id = ? WHERE student_id = ?`, Args: []any{into.ID, from.ID}},
		Stmt{SQL: `UPDATE students SET merged_into = ? WHERE id = ? OR merged_into = ?`, Args: []any{into.ID, from.ID, from.ID}},
	)
	if err := s.batch.Batch(ctx, stmts...); err != nil {
		writeStorageError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, into)
}
