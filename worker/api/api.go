// Package api is Tippani's HTTP API as a plain http.Handler over
// database/sql. The edge worker binds it to Cloudflare D1; nothing here
// depends on the Workers runtime, so it builds and vets natively.
//
// Every response is JSON. Errors have one shape,
//
//	{"error": {"code": "not_found", "message": "no route for GET /api/nope"}}
//
// with the HTTP status that fits, so clients can branch on the code and show
// the message. Errors about one field of a request body add its JSON path
// as "field" (for example "annotations[3].end").
//
// Offsets in every body count Unicode code points into the display text.
//
// Routes:
//
//	GET   /api/health                         database reachable, migrations applied
//	POST  /api/shares                         store an immutable snapshot → 201 {id, url}
//	GET   /api/shares/{id}                    the snapshot; ETag, cached for a year
//	POST  /api/exercises                      → 201 {id, teacherToken, studentUrl, teacherUrl}
//	GET   /api/exercises/{id}                 the student view (key only once revealed)
//	PATCH /api/exercises/{id}                 teacher: {"closed"?, "revealKey"?}
//	POST  /api/exercises/{id}/submissions     a student's work → 201 {name, version}; 409 when closed
//	GET   /api/exercises/{id}/submissions     teacher: every student scored, with class views
//	GET   /api/exercises/{id}/scores.csv      teacher: the score sheet
//
// Teacher routes need "Authorization: Bearer <teacherToken>" (401 without
// it, 403 with a wrong one). Writes are rate-limited per client address
// (429 with Retry-After). A known path with an unsupported method answers
// 405 with Allow. Paths are matched as sent: one that is not in canonical
// form ("//", "/./", "/../") is a 404 naming the canonical path, never a
// redirect. A handler that panics answers 500 "internal" and the next
// request is served as usual.
//
// Links in answers (a share's url, an exercise's studentUrl and teacherUrl,
// Location) start with the public origin set by WithPublicOrigin, and are
// relative ("/s/{id}") without one; they never echo the request's Host.
package api

import (
	"database/sql"
	"net/http"
	"path"
	"runtime/debug"
	"strings"
)

// Server routes /api/ requests. Create it with New.
type Server struct {
	db      *sql.DB
	batch   Batcher
	limiter Limiter
	cache   Cache
	// origin is the public origin links start with ("" for relative links).
	origin string
	mux    *http.ServeMux
}

// New returns the API handler backed by db. A nil db makes every route that
// needs storage answer 503, which is what a deploy without the D1 binding
// should look like to a client. Options add the runtime's write batching,
// rate limiter and response cache.
func New(db *sql.DB, opts ...Option) *Server {
	s := &Server{db: db, mux: http.NewServeMux()}
	for _, o := range opts {
		o(s)
	}
	s.routes()
	return s
}

func (s *Server) routes() {
	s.mux.HandleFunc("GET /api/health", s.health)
	s.mux.HandleFunc("/api/health", allow("GET, HEAD"))

	s.mux.HandleFunc("POST /api/shares", s.createShare)
	s.mux.HandleFunc("/api/shares", allow("POST"))
	s.mux.HandleFunc("GET /api/shares/{id}", s.getShare)
	s.mux.HandleFunc("/api/shares/{id}", allow("GET, HEAD"))

	s.exerciseRoutes()

	// Anything else under /api/ is a JSON 404, never the HTML of the site.
	s.mux.HandleFunc("/api/", s.notFound)
}

// ServeHTTP applies the headers every API response carries, then routes.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setCommonHeaders(w.Header())
	defer recoverJSON(w, r)
	if c := canonicalPath(r.URL.Path); c != r.URL.Path {
		// ServeMux would answer a redirect with an HTML body; an API
		// client is better served by a JSON error naming the right path.
		writeError(w, http.StatusNotFound, "not_found",
			"no route for "+r.Method+" "+r.URL.Path+"; paths are matched exactly (did you mean "+c+"?)")
		return
	}
	s.mux.ServeHTTP(w, r)
}

// setCommonHeaders sets the headers every API response carries, errors
// included.
func setCommonHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
}

// recoverJSON turns a handler's panic into a JSON 500, dropping whatever
// headers the handler had set, and logs it with its stack. Handlers write
// their answer only once they have finished, so a panic happens before
// anything was sent. http.ErrAbortHandler keeps its meaning: abort.
func recoverJSON(w http.ResponseWriter, r *http.Request) {
	v := recover()
	if v == nil {
		return
	}
	if v == http.ErrAbortHandler {
		panic(v)
	}
	logf("panic serving %s %s: %v\n%s", r.Method, r.URL.Path, v, debug.Stack())
	h := w.Header()
	for k := range h {
		delete(h, k)
	}
	setCommonHeaders(h)
	writeError(w, http.StatusInternalServerError, "internal", "the server failed while handling this request; try again")
}

// canonicalPath is p with empty, "." and ".." segments resolved, keeping a
// trailing slash: the form ServeMux would redirect to.
func canonicalPath(p string) string {
	if p == "" {
		return "/"
	}
	c := path.Clean(p)
	if strings.HasSuffix(p, "/") && c != "/" {
		c += "/"
	}
	return c
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "not_found", "no route for "+r.Method+" "+r.URL.Path)
}

// allow answers a known path requested with a method it does not support:
// 405 with the Allow header listing the methods it does support.
func allow(methods string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", methods)
		writeError(w, http.StatusMethodNotAllowed, "method_not_allowed",
			r.Method+" is not allowed on "+r.URL.Path+"; use "+methods)
	}
}
