package api

import (
	"net/http"
)

// health answers whether the worker can reach its database: it runs a real
// query (the number of applied migrations) rather than reporting a constant,
// so a missing binding or an unmigrated database shows up here first.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	if s.db == nil {
		writeError(w, http.StatusServiceUnavailable, "no_database", "the D1 binding DB is not configured")
		return
	}
	var migrations int
	err := s.db.QueryRowContext(r.Context(), "SELECT COUNT(*) FROM d1_migrations").Scan(&migrations)
	if err != nil {
		writeError(w, http.StatusServiceUnavailable, "database_unavailable", "database query failed: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Status     string `json:"status"`
		Database   string `json:"database"`
		Migrations int    `json:"migrations"`
	}{"ok", "d1", migrations})
}
