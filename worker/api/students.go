package api

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"time"

	"tippani/annotation"
)

// Students have no accounts. A student's first hand-in makes them a
// student of the exercise and answers with a secret (kept by their
// browser, sent in the body of every later hand-in, never in a URL) and a
// short code to write down (see studentcode.go), which gives another
// device a secret of its own. A name is only what the teacher reads: the
// same name handed in without a secret is another student, "Kabir (2)".
// Only SHA-256 digests of secrets and codes are stored, and nothing here
// logs them.

// student is one student of an exercise.
type student struct {
	ID      string `json:"studentId"`
	Name    string `json:"name"`
	Ordinal int    `json:"ordinal"`
	Label   string `json:"label"` // the name as the teacher sees it: "Kabir (2)"
}

func newStudent(id, name string, ordinal int) student {
	label := name
	if ordinal > 1 {
		label += " (" + strconv.Itoa(ordinal) + ")"
	}
	return student{ID: id, Name: name, Ordinal: ordinal, Label: label}
}

var (
	errClassFull     = errors.New("the exercise has its most students")
	errNoSuchStudent = errors.New("no such student")
)

// studentBySecret finds the student of exercise exID who holds secret;
// errNoSuchStudent when none does.
func (s *Server) studentBySecret(ctx context.Context, exID, secret string) (student, error) {
	var id, name string
	var ordinal int
	err := s.db.QueryRowContext(ctx,
		`SELECT s.id, s.name, s.ordinal FROM student_secrets k JOIN students s ON s.id = k.student_id
		  WHERE k.secret_sha256 = ? AND s.exercise_id = ? AND s.merged_into IS NULL`,
		tokenSHA256(secret), exID).Scan(&id, &name, &ordinal)
	if errors.Is(err, sql.ErrNoRows) {
		return student{}, errNoSuchStudent
	}
	return newStudent(id, name, ordinal), err
}

// studentByID finds a student of exercise exID who has not been merged
// into another; errNoSuchStudent when there is none.
func (s *Server) studentByID(ctx context.Context, exID, id string) (student, error) {
	var name string
	var ordinal int
	err := s.db.QueryRowContext(ctx,
		`SELECT name, ordinal FROM students WHERE id = ? AND exercise_id = ? AND merged_into IS NULL`,
		id, exID).Scan(&name, &ordinal)
	if errors.Is(err, sql.ErrNoRows) {
		return student{}, errNoSuchStudent
	}
	return newStudent(id, name, ordinal), err
}

// enrol makes the student a first hand-in under name (display form) and
// key (its folded form) belongs to: the roster's entry for that name if
// the teacher listed it and no one has claimed it, else a new student
// numbered after the others with the same name. It returns the student
// and the code to show them; errClassFull when the exercise already has
// annotation.MaxStudents students, sql.ErrNoRows when it closed meanwhile.
func (s *Server) enrol(ctx context.Context, exID, name, key string, limit int) (student, string, error) {
	code := newStudentCode()
	hashed := codeSHA256(exID, code)
	var id, shown string
	var ordinal int
	err := s.db.QueryRowContext(ctx,
		`UPDATE students SET claimed = 1, code_sha256 = ?1
		  WHERE id = (SELECT id FROM students WHERE exercise_id = ?2 AND name_key = ?3 AND on_roster = 1
		                 AND claimed = 0 AND merged_into IS NULL ORDER BY ordinal LIMIT 1)
		    AND claimed = 0
		 RETURNING id, name, ordinal`, hashed, exID, key).Scan(&id, &shown, &ordinal)
	if err == nil {
		return newStudent(id, shown, ordinal), code, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return student{}, "", err
	}
	id = newID()
	err = s.db.QueryRowContext(ctx,
		`INSERT INTO students (id, exercise_id, name, name_key, ordinal, code_sha256, created)
		 SELECT ?1, ?2, ?3, ?4,
		        (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM students WHERE exercise_id = ?2 AND name_key = ?4),
		        ?5, ?6
		  WHERE EXISTS (SELECT 1 FROM exercises WHERE id = ?2 AND closed = 0)
		    AND (SELECT COUNT(*) FROM students WHERE exercise_id = ?2 AND merged_into IS NULL) < ?7
		 RETURNING ordinal`, id, exID, name, key, hashed, timestamp(time.Now()), limit).Scan(&ordinal)
	if errors.Is(err, sql.ErrNoRows) {
		var closed int
		if e := s.db.QueryRowContext(ctx, `SELECT closed FROM exercises WHERE id = ?`, exID).Scan(&closed); e == nil && closed == 0 {
			return student{}, "", errClassFull
		}
	}
	if err != nil {
		return student{}, "", err
	}
	return newStudent(id, name, ordinal), code, nil
}

// addSecret gives student id a new secret and returns it.
func addSecret(id string) (Stmt, string) {
	secret := newID()
	return Stmt{
		SQL:  `INSERT INTO student_secrets (secret_sha256, student_id, created) VALUES (?, ?, ?)`,
		Args: []any{tokenSHA256(secret), id, timestamp(time.Now())},
	}, secret
}

// validStudentID reports whether s could be a student id: 22 characters
// of URL-safe base64 (students carried over from named submissions have
// hexadecimal ids of the same length).
func validStudentID(s string) bool {
	return len(s) == idLen && annotation.ValidSecret(s)
}
