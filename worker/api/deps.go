package api

import (
	"context"
	"net/http"
)

// The API reaches the Workers runtime only through the three small
// interfaces below, so the package stays plain Go: worker/api/edge
// implements them on Cloudflare (D1 batch, the rate-limiting binding, the
// Cache API), and anything else can stand in for them.

// Stmt is one SQL statement and its positional arguments (strings,
// integers, floats, booleans or nil).
type Stmt struct {
	SQL  string
	Args []any
}

// Batcher runs statements as one transaction: either all of them take
// effect or none does. database/sql cannot express that on D1 (the driver
// has no transactions), which is why writes go through a Batcher.
type Batcher interface {
	Batch(ctx context.Context, stmts ...Stmt) error
}

// Limiter decides whether the client named by key may make one more write
// now. An error means the limiter itself failed; the caller then lets the
// request through, because refusing every write while the limiter is down
// would turn its outage into the product's.
type Limiter interface {
	Allow(ctx context.Context, key string) (bool, error)
}

// Cache keeps finished responses for immutable resources, keyed by URL.
// Match returns ok=false on a miss. Both methods may fail; callers treat a
// failing cache as an empty one.
type Cache interface {
	Match(ctx context.Context, url string) (res *CachedResponse, ok bool, err error)
	Put(ctx context.Context, url string, res *CachedResponse) error
}

// CachedResponse is a 200 response kept by a Cache.
type CachedResponse struct {
	Header http.Header
	Body   []byte
}

// Option configures a Server.
type Option func(*Server)

// WithBatcher sets how writes reach storage atomically. Without one, every
// route that writes answers 503.
func WithBatcher(b Batcher) Option { return func(s *Server) { s.batch = b } }

// WithLimiter sets the per-client write limiter. Without one, writes are
// not limited (useful only where something in front already limits them).
func WithLimiter(l Limiter) Option { return func(s *Server) { s.limiter = l } }

// WithCache sets the response cache for immutable reads.
func WithCache(c Cache) Option { return func(s *Server) { s.cache = c } }

// WithPublicOrigin sets the origin every link the API hands out starts
// with, such as "https://tippani.example" (see ParseOrigin). Without it, or
// with "", links are relative to wherever the client reached the API.
func WithPublicOrigin(origin string) Option { return func(s *Server) { s.origin = origin } }
