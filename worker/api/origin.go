package api

import (
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// ParseOrigin checks a configured public origin (PUBLIC_ORIGIN in
// wrangler.toml) and returns it in the form links are built from: scheme
// and host, lower case, without a trailing slash. "" stays "" (relative
// links). Anything with a path, query, fragment or user name is refused,
// so a typo cannot turn every link into a wrong one silently.
func ParseOrigin(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(strings.TrimSuffix(s, "/"))
	if err != nil {
		return "", fmt.Errorf("public origin %q: %w", s, err)
	}
	if (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil ||
		u.Path != "" || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return "", fmt.Errorf("public origin %q: want scheme and host only, such as https://tippani.example", s)
	}
	return strings.ToLower(u.Scheme + "://" + u.Host), nil
}

// link is the address of path (which starts with "/") as handed to
// clients: under the configured public origin, or relative without one.
// The request's Host never enters it: behind a proxy or on a local server
// a client could set Host to anything.
func (s *Server) link(path string) string { return s.origin + path }

// cacheKey is the edge cache's key for the resource at path: the URL the
// request was made to, as the runtime reports it. worker/entry.mjs looks
// cached shares up by the same URL.
func cacheKey(r *http.Request, path string) string {
	scheme, host := r.URL.Scheme, r.URL.Host
	if host == "" {
		host = r.Host
	}
	if scheme == "" {
		scheme = "https"
		if r.TLS == nil && isLoopback(host) {
			scheme = "http"
		}
	}
	return scheme + "://" + host + path
}

// isLoopback reports whether host (with or without a port) is a loopback
// name or address, where plain http is expected.
func isLoopback(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
