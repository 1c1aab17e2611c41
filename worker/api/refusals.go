package api

import (
	"net/http"
)

// Cloudflare's rate-limiting binding counts every call to limit(), so the
// order of checking and counting decides whose allowance a request uses.
// The classroom's writes are checked first (body, exercise, names, offsets,
// secrets: everything that needs no write) and only a request that passed
// is charged to the allowance honest requests share (a class's hand-ins
// per exercise and address). A request refused with a 4xx is charged to
// the address's allowance for refusals instead: a flood of malformed
// requests is still bounded (once that allowance is spent, they are
// answered 429 without their own error), and it never takes a hand-in's
// place.

// refusalMeter is a ResponseWriter that charges each 4xx answer (but a
// 429, which is itself the allowance speaking) to the client's refusals.
type refusalMeter struct {
	http.ResponseWriter
	s          *Server
	r          *http.Request
	suppressed bool
}

// meterRefusals wraps w so that the request's refusals are counted.
func (s *Server) meterRefusals(w http.ResponseWriter, r *http.Request) http.ResponseWriter {
	if s.limiter == nil {
		return w
	}
	return &refusalMeter{ResponseWriter: w, s: s, r: r}
}

func (m *refusalMeter) WriteHeader(status int) {
	if status < 400 || status >= 500 || status == http.StatusTooManyRequests {
		m.ResponseWriter.WriteHeader(status)
		return
	}
	ok, err := m.s.limiter.Allow(m.r.Context(), "refused:"+clientAddress(m.r))
	if err != nil {
		logf("rate limiter: %v", err) // fail open; see Limiter
	}
	if err != nil || ok {
		m.ResponseWriter.WriteHeader(status)
		return
	}
	// Over the allowance for refusals: the prepared answer is dropped and
	// this one sent in its place.
	m.suppressed = true
	h := m.ResponseWriter.Header()
	h.Del("Allow")
	h.Del("WWW-Authenticate")
	h.Set("Retry-After", retryAfter)
	writeError(m.ResponseWriter, http.StatusTooManyRequests, "rate_limited",
		"too many refused requests from this address; fix the request and try again in a minute")
}

func (m *refusalMeter) Write(b []byte) (int, error) {
	if m.suppressed {
		return len(b), nil
	}
	return m.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (m *refusalMeter) Unwrap() http.ResponseWriter { return m.ResponseWriter }
