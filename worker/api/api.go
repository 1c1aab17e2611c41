// Package api is Tippani's HTTP API as a plain http.Handler over
// database/sql. The edge worker binds it to Cloudflare D1; nothing here
// depends on the Workers runtime, so it builds and vets natively.
//
// Every response is JSON. Errors have one shape,
//
//	{"error": {"code": "not_found", "message": "no route for GET /api/nope"}}
//
// with the HTTP status that fits, so clients can branch on the code and show
// the message.
package api

import (
	"database/sql"
	"net/http"
)

// Server routes /api/ requests. Create it with New.
type Server struct {
	db  *sql.DB
	mux *http.ServeMux
}

// New returns the API handler backed by db. A nil db makes every route that
// needs storage answer 503, which is what a deploy without the D1 binding
// should look like to a client.
func New(db *sql.DB) *Server {
	s := &Server{db: db, mux: http.NewServeMux()}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/health", s.health)
	// Anything else under /api/ is a JSON 404, never the HTML of the site.
	s.mux.HandleFunc("/api/", s.notFound)
}

// ServeHTTP applies the headers every API response carries, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", "no route for "+r.Method+" "+r.URL.Path)
}
