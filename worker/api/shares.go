package api

import (
	"database/sql"
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"tippani/annotation"
)

// A share is an immutable snapshot of a reader's article and highlights.
// POST /api/shares stores one and answers its id and link; GET
// /api/shares/{id} returns it, cacheable forever because it never changes.

// shareSnapshot is the JSON of GET /api/shares/{id}.
type shareSnapshot struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Text        string          `json:"text"`
	Annotations json.RawMessage `json:"annotations"`
	Created     string          `json:"created"`
}

// createShare handles POST /api/shares.
func (s *Server) createShare(w http.ResponseWriter, r *http.Request) {
	if !s.canWrite(w) || !s.admit(w, r, "share:"+clientAddress(r)) {
		return
	}
	body, ok := readJSON(w, r)
	if !ok {
		return
	}
	share, err := annotation.ParseShare(body)
	if err != nil {
		writeInputError(w, err)
		return
	}
	anns, err := marshal(annotation.Sorted(share.Annotations))
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the annotations")
		return
	}
	id := newID()
	hash := textHash(share.Text)
	err = s.batch.Batch(r.Context(),
		putText(hash, share.Text),
		Stmt{
			SQL:  "INSERT INTO shares (id, title, text_hash, annotations, created) VALUES (?, ?, ?, ?, ?)",
			Args: []any{id, share.Title, hash, string(anns), timestamp(time.Now())},
		},
	)
	if err != nil {
		writeStorageError(w, err)
		return
	}
	url := s.link("/s/" + id)
	w.Header().Set("Location", url)
	writeJSON(w, http.StatusCreated, struct {
		ID  string `json:"id"`
		URL string `json:"url"`
	}{id, url})
}

// getShare handles GET /api/shares/{id}, from the edge cache when it can.
func (s *Server) getShare(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		writeError(w, http.StatusNotFound, "share_not_found", "there is no share with this id")
		return
	}
	if s.db == nil {
		writeError(w, http.StatusServiceUnavailable, "no_database", "the D1 binding DB is not configured")
		return
	}
	key := cacheKey(r, "/api/shares/"+id)
	if res, ok := s.cachedShare(r, key); ok {
		serveImmutable(w, r, res)
		return
	}
	snap := shareSnapshot{ID: id}
	var anns string
	err := s.db.QueryRowContext(r.Context(),
		`SELECT s.title, t.body, s.annotations, s.created
		   FROM shares s JOIN texts t ON t.hash = s.text_hash
		  WHERE s.id = ?`, id).Scan(&snap.Title, &snap.Text, &anns, &snap.Created)
	if errors.Is(err, sql.ErrNoRows) {
		writeError(w, http.StatusNotFound, "share_not_found", "there is no share with this id")
		return
	}
	if err != nil {
		writeStorageError(w, err)
		return
	}
	snap.Annotations = json.RawMessage(anns)
	body, err := marshal(snap)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the share")
		return
	}
	res := immutableResponse(body)
	if s.cache != nil {
		if err := s.cache.Put(r.Context(), key, res); err != nil {
			logf("cache put: %v", err)
		}
	}
	serveImmutable(w, r, res)
}

// cachedShare looks key up in the edge cache; any failure counts as a miss.
func (s *Server) cachedShare(r *http.Request, key string) (*CachedResponse, bool) {
	if s.cache == nil {
		return nil, false
	}
	res, ok, err := s.cache.Match(r.Context(), key)
	if err != nil {
		logf("cache match: %v", err)
		return nil, false
	}
	return res, ok && res.Header.Get("ETag") != ""
}

// canWrite answers 503 unless the server has storage it can write to.
func (s *Server) canWrite(w http.ResponseWriter) bool {
	if s.batch == nil {
		writeError(w, http.StatusServiceUnavailable, "no_database", "the D1 binding DB is not configured")
		return false
	}
	return true
}
