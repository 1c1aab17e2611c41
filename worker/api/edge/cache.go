//go:build js && wasm

package edge

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"

	"github.com/syumai/workers/cloudflare/cache"

	"tippani/worker/api"
)

// Cache is the Workers Cache API's default cache at the serving location.
type Cache struct {
	c *cache.Cache
}

// NewCache returns the default edge cache.
func NewCache() *Cache { return &Cache{c: cache.New()} }

// Match implements api.Cache.
func (c *Cache) Match(ctx context.Context, url string) (*api.CachedResponse, bool, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, false, err
	}
	res, err := c.c.Match(req, nil)
	if errors.Is(err, cache.ErrCacheNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, false, nil
	}
	body, err := io.ReadAll(res.Body)
	if err != nil {
		return nil, false, err
	}
	return &api.CachedResponse{Header: res.Header, Body: body}, true, nil
}

// Put implements api.Cache.
func (c *Cache) Put(ctx context.Context, url string, r *api.CachedResponse) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	res := &http.Response{
		StatusCode:    http.StatusOK,
		Header:        r.Header.Clone(),
		Body:          io.NopCloser(bytes.NewReader(r.Body)),
		ContentLength: int64(len(r.Body)),
	}
	return c.c.Put(req, res)
}
