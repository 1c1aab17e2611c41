//go:build js && wasm

// Command worker is Tippani's edge worker: the JSON API under /api/, served
// on Cloudflare Workers through github.com/syumai/workers with D1 as storage.
// Static pages are served by Workers Static Assets before this code runs;
// only /api/* reaches it (see wrangler.toml).
//
// This file is the only place that touches the Workers runtime: everything
// the API does lives in package api, which is plain Go over database/sql.
package main

import (
	"database/sql"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare/d1"

	"tippani/worker/api"
)

// binding is the D1 binding name declared in wrangler.toml.
const binding = "DB"

func main() {
	var db *sql.DB
	if c, err := d1.OpenConnector(binding); err == nil {
		db = sql.OpenDB(c)
	}
	// A missing binding is reported per request as a JSON 503 by the API
	// rather than crashing the isolate, so the cause is visible to callers.
	workers.Serve(api.New(db))
}
