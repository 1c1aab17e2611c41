package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	"tippani/annotation"
)

// marshal encodes v as compact JSON without HTML escaping, so Hindi text,
// notes and "<" come back exactly as they were sent.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// writeJSON sends v as the JSON body with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "internal", "could not encode the response")
		return
	}
	writeBody(w, status, body)
}

// writeBody sends an already encoded JSON body.
func writeBody(w http.ResponseWriter, status int, body []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(body)
}

// apiError is the one error shape of the API.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
		Field   string `json:"field,omitempty"`
	} `json:"error"`
}

// writeError sends {"error": {"code", "message"}} with status.
func writeError(w http.ResponseWriter, status int, code, message string) {
	writeFieldError(w, status, code, message, "")
}

func writeFieldError(w http.ResponseWriter, status int, code, message, field string) {
	var e apiError
	e.Error.Code = code
	e.Error.Message = message
	e.Error.Field = field
	body, _ := marshal(e) // strings always encode
	writeBody(w, status, body)
}

// writeInputError answers a rejected request body. An *annotation.Error
// carries its own code, field and status; anything else is a 400.
func writeInputError(w http.ResponseWriter, err error) {
	var ae *annotation.Error
	if errors.As(err, &ae) {
		writeFieldError(w, ae.Status(), string(ae.Code), ae.Message, ae.Field)
		return
	}
	writeError(w, http.StatusBadRequest, "bad_request", err.Error())
}

// writeStorageError answers a failed database operation. The database's
// own message stays in the worker's log, not in the response, because it
// can name tables and constraints.
func writeStorageError(w http.ResponseWriter, err error) {
	logf("storage: %v", err)
	writeError(w, http.StatusServiceUnavailable, "storage_unavailable", "the database could not complete the request; try again")
}
