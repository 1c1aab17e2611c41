//go:build js && wasm

package edge

import (
	"context"
	"fmt"
	"syscall/js"

	"github.com/syumai/workers/cloudflare"
)

// RateLimit is Cloudflare's rate-limiting binding ([[ratelimits]] in
// wrangler.toml): a fixed allowance per key per period, counted at the
// Cloudflare location that serves the request.
type RateLimit struct {
	binding js.Value
}

// NewRateLimit returns the limiter bound as name, or an error if the Worker
// has no such binding.
func NewRateLimit(name string) (*RateLimit, error) {
	b := cloudflare.GetBinding(name)
	if !b.Truthy() {
		return nil, fmt.Errorf("no rate-limiting binding %q", name)
	}
	return &RateLimit{binding: b}, nil
}

// Allow implements api.Limiter.
func (l *RateLimit) Allow(_ context.Context, key string) (bool, error) {
	opts := js.Global().Get("Object").New()
	opts.Set("key", key)
	res, err := await(l.binding.Call("limit", opts))
	if err != nil {
		return false, err
	}
	return res.Get("success").Truthy(), nil
}
