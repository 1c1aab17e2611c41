//go:build js && wasm

package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync"
	"syscall/js"
)

// The bridge between worker/entry.mjs and the Go handler. Only plain data
// crosses it, never a stream or a Request object: entry.mjs has already
// read the body (bounded), and builds the Response itself. That keeps every
// JavaScript I/O object inside the request that made it, which the Workers
// runtime requires of an instance that outlives one request.
//
//	binding.serve({method, url, headers: [[name, value], ...], body: Uint8Array | null})
//	  → Promise<{status, headers: [[name, value], ...], body: Uint8Array}>
//
// The promise rejects only if the bridge itself fails; the handler's own
// failures are already JSON answers (package api recovers panics).

// serve publishes binding.serve, tells entry.mjs the instance is ready and
// keeps the instance alive for the requests to come.
func serve(h http.Handler) {
	binding := js.Global().Get("context").Get("binding")
	binding.Set("serve", js.FuncOf(func(_ js.Value, args []js.Value) any {
		in := args[0]
		var executor js.Func
		executor = js.FuncOf(func(_ js.Value, p []js.Value) any {
			executor.Release()
			resolve, reject := p[0], p[1]
			go func() {
				out, err := handle(h, in)
				if err != nil {
					reject.Invoke(js.Global().Get("Error").New(err.Error()))
					return
				}
				resolve.Invoke(out)
			}()
			return nil
		})
		return js.Global().Get("Promise").New(executor)
	}))
	binding.Call("ready")
	select {}
}

// bodies recycles response buffers between requests, so a steady stream of
// reads does not allocate a fresh buffer per answer.
var bodies = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// handle runs one request through h and returns the JavaScript answer.
func handle(h http.Handler, in js.Value) (out js.Value, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("bridge: %v", v)
		}
	}()
	req, err := toRequest(in)
	if err != nil {
		return js.Value{}, err
	}
	w := &recorder{header: http.Header{}, status: http.StatusOK, body: bodies.Get().(*bytes.Buffer)}
	defer func() {
		w.body.Reset()
		bodies.Put(w.body)
	}()
	h.ServeHTTP(w, req)
	return w.toJS(req.Method), nil
}

// toRequest builds the http.Request described by in.
func toRequest(in js.Value) (*http.Request, error) {
	u, err := url.Parse(in.Get("url").String())
	if err != nil {
		return nil, err
	}
	header := http.Header{}
	pairs := in.Get("headers")
	for i, n := 0, pairs.Length(); i < n; i++ {
		p := pairs.Index(i)
		header.Add(p.Index(0).String(), p.Index(1).String())
	}
	var body []byte
	if b := in.Get("body"); b.Truthy() {
		body = make([]byte, b.Length())
		js.CopyBytesToGo(body, b)
	}
	return &http.Request{
		Method:        in.Get("method").String(),
		URL:           u,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        header,
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: int64(len(body)),
		Host:          u.Host,
		RequestURI:    u.RequestURI(),
	}, nil
}

// recorder is the http.ResponseWriter the handler writes into.
type recorder struct {
	header http.Header
	status int
	wrote  bool
	body   *bytes.Buffer
}

func (w *recorder) Header() http.Header { return w.header }

func (w *recorder) WriteHeader(status int) {
	if !w.wrote {
		w.status, w.wrote = status, true
	}
}

func (w *recorder) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.body.Write(p)
}

// toJS is the answer as entry.mjs expects it. A HEAD answer keeps its
// headers and drops its body.
func (w *recorder) toJS(method string) js.Value {
	out := js.Global().Get("Object").New()
	out.Set("status", w.status)
	pairs := js.Global().Get("Array").New()
	for name, values := range w.header {
		for _, v := range values {
			pairs.Call("push", js.ValueOf([]any{name, v}))
		}
	}
	out.Set("headers", pairs)
	if method != http.MethodHead && w.body.Len() > 0 {
		b := js.Global().Get("Uint8Array").New(w.body.Len())
		js.CopyBytesToJS(b, w.body.Bytes())
		out.Set("body", b)
	}
	return out
}
