//go:build !unix

package engine

import "time"

var start = time.Now()

// cpuClock falls back to wall time where process CPU time is not
// available (js/wasm).
func cpuClock() time.Duration { return time.Since(start) }

const cpuClockName = "wall time"
