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
		ex                           storedExercise
		types, key, custom           string
		hints, reveal, after, closed int
	)
	err := s.db.QueryRowContext(ctx,
		`SELECT e.token_sha256, e.title, e.instructions, t.body, e.types, e.answer_key, e.custom_types,
		        e.hints, e.reveal_key, e.key_after_hand_in, e.closed, e.created
		   FROM exercises e JOIN texts t ON t.hash = e.text_hash
		  WHERE e.id = ?`, id).Scan(&ex.TokenSHA256, &ex.Title, &ex.Instructions, &ex.Text,
		&types, &key, &custom, &hints, &reveal, &after, &closed, &ex.Created)
	if err != nil {
		return nil, err
	}
	// These columns hold JSON this package wrote after validating it.
	for what, c := range map[string]struct {
		src string
		dst any
	}{"types": {types, &ex.Types}, "key": {key, &ex.Key}, "custom types": {custom, &ex.CustomTypes}} {
		if err := json.Unmarshal([]byte(c.src), c.dst); err != nil {
			return nil, fmt.Errorf("exercise %s: %s: %w", id, what, err)
		}
	}
	ex.ID = id
	ex.Hints, ex.RevealKey, ex.KeyAfterHandIn, ex.Closed = hints != 0, reveal != 0, after != 0, closed != 0
	return &ex, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
