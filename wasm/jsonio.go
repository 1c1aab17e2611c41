//go:build js && wasm

package main

import (
	"errors"

	"tippani/annotation"
	"tippani/internal/jsonwire"
)

// This file holds the engine's side of the JSON bridge: every argument is
// read by jsonwire (depth and size limits, no lone surrogates) and every
// answer written by its Encoder, so the engine links neither encoding/json
// nor reflection.

// errorJSON is the one error shape the page sees.
func errorJSON(code, message string) string {
	return errorFieldJSON(code, "", message)
}

// errorFieldJSON writes {"error": {"code", "field"?, "message"}}.
func errorFieldJSON(code, field, message string) string {
	var e jsonwire.Encoder
	e.BeginObject()
	e.Key("error")
	e.BeginObject()
	e.StringMember("code", code)
	if field != "" {
		e.StringMember("field", field)
	}
	e.StringMember("message", message)
	e.EndObject()
	e.EndObject()
	return string(e.B)
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

// request parses a method's argument, which must be a JSON object. A
// malformed argument gets the same codes a request body gets from the
// edge worker (bad_json, lone_surrogate with its field).
func request(arg string) (jsonwire.Value, string) {
	root, err := jsonwire.Parse(arg)
	if err != nil {
		e := err.(*jsonwire.Error)
		if e.Fault == jsonwire.LoneSurrogate {
			return root, errorFieldJSON(string(annotation.CodeLoneSurrogate), e.Path, "the request holds an escaped lone surrogate: "+e.Error())
		}
		return root, errorJSON(string(annotation.CodeBadJSON), "the request is not valid JSON: "+e.Error())
	}
	if root.Kind() != jsonwire.Object {
		return root, errorJSON(string(annotation.CodeBadJSON), "the request must be a JSON object")
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
func stringField(root jsonwire.Value, name string) (string, string) {
	v := root.Get(name)
	if v.Kind() != jsonwire.String {
		return "", errorFieldJSON(string(annotation.CodeMissingField), name, name+" must be a string")
	}
	return v.Str(), ""
}
