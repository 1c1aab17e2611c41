//go:build js && wasm

package edge

import (
	"context"
	"fmt"
	"syscall/js"

	"github.com/syumai/workers/cloudflare"

	"tippani/worker/api"
)

// D1Batch runs statements through D1's batch(), which executes them as one
// SQL transaction: if any statement fails, none takes effect.
type D1Batch struct {
	db js.Value
}

// NewD1Batch returns a Batcher on the D1 binding named binding, or an error
// if the Worker has no such binding.
func NewD1Batch(binding string) (*D1Batch, error) {
	db := cloudflare.GetBinding(binding)
	if !db.Truthy() {
		return nil, fmt.Errorf("no D1 binding %q", binding)
	}
	return &D1Batch{db: db}, nil
}

// Batch implements api.Batcher.
func (b *D1Batch) Batch(_ context.Context, stmts ...api.Stmt) error {
	list := js.Global().Get("Array").New()
	for _, s := range stmts {
		args := make([]any, len(s.Args))
		for i, a := range s.Args {
			v, err := jsArg(a)
			if err != nil {
				return fmt.Errorf("statement %q argument %d: %w", s.SQL, i, err)
			}
			args[i] = v
		}
		list.Call("push", b.db.Call("prepare", s.SQL).Call("bind", args...))
	}
	_, err := await(b.db.Call("batch", list))
	return err
}

// jsArg converts a statement argument to the JavaScript value D1 binds.
func jsArg(a any) (any, error) {
	switch v := a.(type) {
	case nil:
		return js.Null(), nil
	case string, bool, float64:
		return v, nil
	case int:
		return v, nil
	case int64:
		return float64(v), nil
	default:
		return nil, fmt.Errorf("unsupported type %T", a)
	}
}
