//go:build js && wasm

package edge

import (
	"context"
	"fmt"
	"strings"
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
	case string:
		if strings.HasPrefix(v, bom) {
			return keepBOM(v), nil
		}
		return v, nil
	case bool, float64:
		return v, nil
	case int:
		return v, nil
	case int64:
		return float64(v), nil
	default:
		return nil, fmt.Errorf("unsupported type %T", a)
	}
}

// bom is U+FEFF, the byte-order mark.
const bom = "\ufeff"

// bomDecoder decodes UTF-8 without dropping a leading byte-order mark.
var bomDecoder = js.Global().Get("TextDecoder").New("utf-8", map[string]any{"ignoreBOM": true})

// keepBOM hands s to JavaScript unchanged. Go's wasm bridge passes strings
// through a TextDecoder that drops a leading U+FEFF, which would store
// instructions that start with one without it; so such a string goes over
// as bytes and is decoded with ignoreBOM.
func keepBOM(s string) js.Value {
	b := js.Global().Get("Uint8Array").New(len(s))
	js.CopyBytesToJS(b, []byte(s))
	return bomDecoder.Call("decode", b)
}
