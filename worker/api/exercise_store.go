package api

import (
	"context"
	"encoding/json"
	"fmt"

	"tippani/annotation"
)

// storedExercise is an exercise as read back from D1.
type storedExercise struct {
	annotation.Exercise
	ID          string
	TokenSHA256 string
	Closed      bool
	Created     string
}

// loadExercise reads exercise id; it returns sql.ErrNoRows if there is none.
func (s *Server) loadExercise(ctx context.Context, id string) (*storedExercise, error) {
	var (
		ex                    storedExercise
		types, key            string
		hints, reveal, closed int
	)
	err := s.db.QueryRowContext(ctx,
		`SELECT e.token_sha256, e.title, e.instructions, t.body, e.types, e.answer_key,
		        e.hints, e.reveal_key, e.closed, e.created
		   FROM exercises e JOIN texts t ON t.hash = e.text_hash
		  WHERE e.id = ?`, id).Scan(&ex.TokenSHA256, &ex.Title, &ex.Instructions, &ex.Text,
		&types, &key, &hints, &reveal, &closed, &ex.Created)
	if err != nil {
		return nil, err
	}
	// These columns hold JSON this package wrote after validating it.
	if err := json.Unmarshal([]byte(types), &ex.Types); err != nil {
		return nil, fmt.Errorf("exercise %s: types: %w", id, err)
	}
	if err := json.Unmarshal([]byte(key), &ex.Key); err != nil {
		return nil, fmt.Errorf("exercise %s: key: %w", id, err)
	}
	ex.ID = id
	ex.Hints, ex.RevealKey, ex.Closed = hints != 0, reveal != 0, closed != 0
	return &ex, nil
}

// storedSubmission is one version of one student's submission.
type storedSubmission struct {
	Name        string
	Version     int
	Annotations []annotation.Annotation
	Created     string
}

// loadSubmissions reads every submission to exercise id, ordered by name
// and then version.
func (s *Server) loadSubmissions(ctx context.Context, id string) ([]storedSubmission, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT name, version, annotations, created FROM submissions
		  WHERE exercise_id = ? ORDER BY name, version`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []storedSubmission
	for rows.Next() {
		var sub storedSubmission
		var anns string
		if err := rows.Scan(&sub.Name, &sub.Version, &anns, &sub.Created); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(anns), &sub.Annotations); err != nil {
			return nil, fmt.Errorf("submission %d of exercise %s: %w", sub.Version, id, err)
		}
		out = append(out, sub)
	}
	return out, rows.Err()
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
