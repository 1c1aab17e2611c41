//go:build js && wasm

package main

import (
	"encoding/json"
	"errors"

	"github.com/tidwall/gjson"

	"tippani/annotation"
)

// toJSON encodes a method's answer; an encoding failure is reported in the
// same error shape as every other failure.
func toJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return errorJSON("internal", err.Error())
	}
	return string(b)
}

// errorJSON is the one error shape the page sees.
func errorJSON(code, message string) string {
	return errorFieldJSON(code, "", message)
}

func errorFieldJSON(code, field, message string) string {
	type body struct {
		Code    string `json:"code"`
		Field   string `json:"field,omitempty"`
		Message string `json:"message"`
	}
	b, _ := json.Marshal(map[string]body{"error": {code, field, message}})
	return string(b)
}

// fromError turns an error from the core packages into the error shape,
// keeping the stable code and field path of an *annotation.Error.
func fromError(err error) string {
	var ae *annotation.Error
	if errors.As(err, &ae) {
		return errorFieldJSON(string(ae.Code), ae.Field, ae.Message)
	}
	return errorJSON("failed", err.Error())
}

// request parses a method's argument, which must be a JSON object.
func request(arg string) (gjson.Result, string) {
	if !gjson.Valid(arg) {
		return gjson.Result{}, errorJSON("bad_json", "the request is not valid JSON")
	}
	root := gjson.Parse(arg)
	if !root.IsObject() {
		return gjson.Result{}, errorJSON("bad_json", "the request must be a JSON object")
	}
	return root, ""
}

// textRequest reads a request whose one required member is the string
// "text", as most methods take.
func textRequest(arg string) (string, string) {
	root, bad := request(arg)
	if bad != "" {
		return "", bad
	}
	return stringField(root, "text")
}

// stringField reads a required string member of a request.
func stringField(root gjson.Result, name string) (string, string) {
	v := root.Get(name)
	if v.Type != gjson.String {
		return "", errorFieldJSON("missing_field", name, name+" must be a string")
	}
	return v.Str, ""
}
