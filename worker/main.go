//go:build js && wasm

// Command worker is Tippani's edge worker: the JSON API under /api/, served
// on Cloudflare Workers with D1 as storage. Static pages are served by
// Workers Static Assets before this code runs; only /api/* reaches it (see
// wrangler.toml).
//
// This file, bridge.go and package worker/api/edge are the only places that
// touch the Workers runtime: everything the API does lives in package api,
// which is plain Go over database/sql and three small interfaces.
//
// One Go instance serves many requests, one at a time: worker/entry.mjs
// keeps a few instances per isolate, queues requests for them and hands
// each request over through bridge.go. main therefore runs once per
// instance, not once per request.
package main

import (
	"database/sql"
	"runtime/debug"

	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/d1"

	"tippani/worker/api"
	"tippani/worker/api/edge"
)

// Binding and variable names declared in wrangler.toml.
const (
	dbBinding = "DB"
	// The rate-limiting binding that bounds each client's writes (shares,
	// exercises, submissions) per minute; package api chooses the keys.
	writeLimitBinding = "WRITE_LIMIT"
	// The origin links start with, such as https://tippani.example; empty
	// for relative links.
	publicOriginVar = "PUBLIC_ORIGIN"
)

// heapLimit is the soft limit of the Go heap of one instance. An instance's
// memory never shrinks, and an isolate on Cloudflare has 128 MB for
// everything, so the collector works harder as the heap nears this rather
// than let the instance grow; entry.mjs replaces an instance that grows
// past its own limit anyway.
const heapLimit = 24 << 20

func main() {
	debug.SetMemoryLimit(heapLimit)
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
	// A malformed origin is logged and links stay relative: they still work
	// from the site's own pages, where a wrong absolute link would not.
	if origin, err := api.ParseOrigin(cloudflare.Getenv(publicOriginVar)); err == nil {
		opts = append(opts, api.WithPublicOrigin(origin))
	} else {
		println("worker:", err.Error())
	}
	opts = append(opts, api.WithCache(edge.NewCache()))
	serve(api.New(db, opts...))
}
