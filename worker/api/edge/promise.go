//go:build js && wasm

package edge

import (
	"errors"
	"syscall/js"
)

// await blocks until the JavaScript promise p settles and returns its
// value, or its rejection as an error.
func await(p js.Value) (js.Value, error) {
	type outcome struct {
		v   js.Value
		err error
	}
	done := make(chan outcome, 1)
	var onOK, onErr js.Func
	onOK = js.FuncOf(func(_ js.Value, args []js.Value) any {
		done <- outcome{v: arg0(args)}
		return nil
	})
	onErr = js.FuncOf(func(_ js.Value, args []js.Value) any {
		reason := arg0(args)
		msg := "promise rejected"
		if reason.Truthy() {
			msg = reason.Call("toString").String()
		}
		done <- outcome{err: errors.New(msg)}
		return nil
	})
	p.Call("then", onOK, onErr)
	o := <-done
	onOK.Release()
	onErr.Release()
	return o.v, o.err
}

func arg0(args []js.Value) js.Value {
	if len(args) == 0 {
		return js.Undefined()
	}
	return args[0]
}
