package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestReadMembers(t *testing.T) {
	cases := []struct {
		body   string
		closed string
		ok     bool
	}{
		{`{"closed":"yes"}`, "yes", true},
		{`{}`, "", false},
		{`{"close":"yes"}`, "", false},
		{`{"closed":true}`, "", false},
		{`{"closed":"a","closed":"b"}`, "", false},
		{`["closed"]`, "", false},
		{`{"closed":"yes"`, "", false},
		{strings.Repeat("[", 100) + strings.Repeat("]", 100), "", false},
		{`{"closed":` + strings.Repeat("[", 9000) + strings.Repeat("]", 9000) + `}`, "", false},
		{`{"closed":null}`, "", false},
	}
	for _, c := range cases {
		var got string
		err := readMembers([]byte(c.body), "closed", map[string]member{"closed": stringMember(&got)})
		if (err == nil) != c.ok || (c.ok && got != c.closed) {
			t.Errorf("%s: got %q err %v; want %q ok %v", c.body, got, err, c.closed, c.ok)
		}
	}
}

func TestAuthorizeTeacher(t *testing.T) {
	stored := tokenSHA256("s3cret-token")
	cases := []struct {
		header string
		status int
	}{
		{"", http.StatusUnauthorized},
		{"Basic czNjcmV0", http.StatusUnauthorized},
		{"Bearer", http.StatusUnauthorized},
		{"Bearer ", http.StatusUnauthorized},
		{"Bearer wrong", http.StatusForbidden},
		{"Bearer s3cret-token", http.StatusOK},
		{"bearer s3cret-token", http.StatusOK},
	}
	for _, c := range cases {
		r := httptest.NewRequest(http.MethodGet, "/api/exercises/x/submissions", nil)
		if c.header != "" {
			r.Header.Set("Authorization", c.header)
		}
		w := httptest.NewRecorder()
		ok := authorizeTeacher(w, r, stored)
		if ok != (c.status == http.StatusOK) || (!ok && w.Code != c.status) {
			t.Errorf("%q: ok %v status %d, want %d", c.header, ok, w.Code, c.status)
		}
		if w.Code == http.StatusUnauthorized && w.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("%q: 401 without WWW-Authenticate", c.header)
		}
	}
}

// TestRefusalsHaveTheirOwnAllowance: a refused request is charged to the
// client's refusals, never to the allowance honest writes share, and once
// the refusals are spent the next refusal is a 429.
func TestRefusalsHaveTheirOwnAllowance(t *testing.T) {
	lim := &countingLimiter{n: 2}
	s := New(nil, WithBatcher(&recordingBatcher{}), WithLimiter(lim))
	for i, want := range []int{http.StatusBadRequest, http.StatusBadRequest, http.StatusTooManyRequests} {
		w := serve(t, s, http.MethodPost, "/api/exercises", "application/json", `{"title":`, "CF-Connecting-IP", "192.0.2.1")
		if w.Code != want {
			t.Fatalf("refusal %d: status %d, want %d; %s", i+1, w.Code, want, w.Body)
		}
		if want == http.StatusTooManyRequests && (w.Header().Get("Retry-After") == "" || !strings.Contains(w.Body.String(), `"rate_limited"`) || strings.Count(w.Body.String(), `"error"`) != 1) {
			t.Errorf("the 429 in place of a refusal: %v %s", w.Header(), w.Body)
		}
	}
	if lim.count["exercise:192.0.2.1"] != 0 || lim.count["refused:192.0.2.1"] != 3 {
		t.Errorf("counts %v: refusals must not touch the exercise allowance", lim.count)
	}
}
