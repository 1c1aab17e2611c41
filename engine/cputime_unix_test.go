//go:build unix

package engine

import (
	"syscall"
	"time"
)

// cpuClock returns the CPU time this process has used (user + system).
// On a machine shared with other jobs it measures the work done, where
// wall time would also count the waiting.
func cpuClock() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

const cpuClockName = "CPU time"
