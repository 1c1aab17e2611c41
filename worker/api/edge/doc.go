// Package edge implements the api package's Batcher, Limiter and Cache on
// the Cloudflare Workers runtime: D1's batch (one transaction), the
// rate-limiting binding and the Workers Cache API. It builds only for
// js/wasm; everything it touches exists only inside a Worker.
package edge
