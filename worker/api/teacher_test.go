package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestParseExercisePatch(t *testing.T) {
	cases := []struct {
		body               string
		closed, reveal, ok bool
	}{
		{`{"closed":true}`, true, false, true},
		{`{"revealKey":true}`, false, true, true},
		{`{"closed":false,"revealKey":true}`, false, true, true},
		{`{}`, false, false, false},
		{`{"close":true}`, false, false, false},
		{`{"closed":"yes"}`, false, false, false},
		{`{"closed":true,"closed":false}`, false, false, false},
		{`[true]`, false, false, false},
		{`{"closed":tru`, false, false, false},
		{`{"closed":` + strings.Repeat("[", 9000) + strings.Repeat("]", 9000) + `}`, false, false, false},
		{`{"closed":null}`, false, false, false},
	}
	for _, c := range cases {
		closed, reveal, err := parseExercisePatch([]byte(c.body), false, false)
		if (err == nil) != c.ok || (c.ok && (closed != c.closed || reveal != c.reveal)) {
			t.Errorf("%s: closed %v reveal %v err %v; want closed %v reveal %v ok %v", c.body, closed, reveal, err, c.closed, c.reveal, c.ok)
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
