package main

import (
	"errors"
	"runtime"
	"strings"
	"sync"

	"tippani/hindi/normalize"
)

// parallelMin is the input size from which `tippani normalize` without
// -report spreads the work over the machine's cores. Below it, starting
// goroutines costs more than it saves.
const parallelMin = 4 << 20

// displayChunks returns the display form of src as consecutive pieces, to be
// written in order. Large inputs are cut just after line feeds into one
// chunk per core and normalized concurrently: no normalization rule looks
// across a line feed (see package normalize), and a cut after the byte 0x0A
// can never split a UTF-8 sequence, so the pieces joined are exactly
// normalize.Display(src).Text. An invalid byte is reported at its offset in
// src, the first one in the input winning.
func displayChunks(src string, lossy bool) ([]string, error) {
	n := runtime.GOMAXPROCS(0)
	if len(src) < parallelMin || n < 2 {
		return displayOne(src, 0, lossy)
	}
	var bounds []int
	start := 0
	for i := 1; i < n; i++ {
		cut := len(src) * i / n
		if cut <= start {
			continue
		}
		nl := strings.IndexByte(src[cut:], '\n')
		if nl < 0 {
			break
		}
		bounds = append(bounds, start)
		start = cut + nl + 1
	}
	bounds = append(bounds, start)
	pieces := make([]string, len(bounds))
	errs := make([]error, len(bounds))
	var wg sync.WaitGroup
	for k, b := range bounds {
		end := len(src)
		if k+1 < len(bounds) {
			end = bounds[k+1]
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			out, err := displayOne(src[b:end], b, lossy)
			if err == nil {
				pieces[k] = out[0]
			}
			errs[k] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return pieces, nil
}

// displayOne normalizes one chunk that starts at byte base of the input,
// shifting an invalid-byte offset to count from the start of the input.
func displayOne(chunk string, base int, lossy bool) ([]string, error) {
	if lossy {
		return []string{normalize.DisplayLossy(chunk).Text}, nil
	}
	res, err := normalize.Display(chunk)
	var bad *normalize.InvalidUTF8Error
	if errors.As(err, &bad) {
		return nil, &normalize.InvalidUTF8Error{Offset: bad.Offset + base, Byte: bad.Byte}
	}
	if err != nil {
		return nil, err
	}
	return []string{res.Text}, nil
}
