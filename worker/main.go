//go:build js && wasm

// Command worker is Tippani's edge worker: the JSON API under /api/, served
// on Cloudflare Workers through github.com/syumai/workers with D1 as storage.
// Static pages are served by Workers Static Assets before this code runs;
// only /api/* reaches it (see wrangler.toml).
//
// This file and package worker/api/edge are the only places that touch the
// Workers runtime: everything the API does lives in package api, which is
// plain Go over database/sql and three small interfaces.
//
// syumai/workers starts a fresh Go instance for every request, so main runs
// per request: it only looks bindings up, and builds nothing large.
package main

import (
	"database/sql"

	"github.com/syumai/workers"
	"github.com/syumai/workers/cloudflare/d1"

	"tippani/worker/api"
	"tippani/worker/api/edge"
)

// Binding names declared in wrangler.toml.
const (
	dbBinding = "DB"
	// The rate-limiting binding that bounds each client's writes (shares,
	// exercises, submissions) per minute; package api chooses the keys.
	writeLimitBinding = "WRITE_LIMIT"
)

func main() {
	var opts []api.Option
	var db *sql.DB
	if c, err := d1.OpenConnector(dbBinding); err == nil {
		db = sql.OpenDB(c)
		if b, err := edge.NewD1Batch(dbBinding); err == nil {
			opts = append(opts, api.WithBatcher(b))
		}
	}
	// A missing database is reported per request as a JSON 503 by the API
	// rather than crashing the isolate, so the cause is visible to callers.
	// A missing limiter leaves writes unlimited; wrangler.toml declares it.
	if l, err := edge.NewRateLimit(writeLimitBinding); err == nil {
		opts = append(opts, api.WithLimiter(l))
	}
	opts = append(opts, api.WithCache(edge.NewCache()))
	workers.Serve(api.New(db, opts...))
}
