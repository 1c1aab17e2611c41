//go:build integration && linux

package apitest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// workerdRSS is the resident memory, in MB, of the largest workerd process
// of the server under test (the one running the Worker), found by the
// process group ./scripts/test started it in (TIPPANI_SERVER_PGID).
func workerdRSS(t testing.TB) float64 {
	t.Helper()
	pgid, err := strconv.Atoi(os.Getenv("TIPPANI_SERVER_PGID"))
	if err != nil {
		t.Fatal("TIPPANI_SERVER_PGID is not set: run the worker tests through ./scripts/test")
	}
	entries, err := os.ReadDir("/proc")
	if err != nil {
		t.Fatal(err)
	}
	largest := 0.0
	for _, e := range entries {
		stat, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(stat)
		open, close := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
		if open < 0 || close < open || s[open+1:close] != "workerd" {
			continue
		}
		fields := strings.Fields(s[close+1:])
		if len(fields) < 3 || fields[2] != strconv.Itoa(pgid) {
			continue
		}
		status, _ := os.ReadFile("/proc/" + e.Name() + "/status")
		for _, line := range strings.Split(string(status), "\n") {
			if kb, ok := strings.CutPrefix(line, "VmRSS:"); ok {
				n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(kb), " kB"))
				largest = max(largest, float64(n)/1024)
			}
		}
	}
	if largest == 0 {
		t.Fatalf("no workerd process in process group %d", pgid)
	}
	return largest
}

// rssGrowthLimit bounds what 200 reads at once may add to workerd's memory.
// The worker used to start a Go instance (about 6 MB) for every request in
// flight, so 200 at once added over a gigabyte; now a few instances serve
// everything and the rest wait. The bound leaves room for the runtime's
// own per-request garbage, which even a static file adds under wrangler dev.
const rssGrowthLimit = 128

func TestTwoHundredConcurrentReadsStayInMemory(t *testing.T) {
	const n = 200
	ids := make([]string, n)
	body := mustJSON(t, articleShare(t))
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for c := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; i < n; i += 20 {
				r, err := post(baseURL(t)+"/api/shares", body, address(t.Name(), i))
				if err == nil && r.status != http.StatusCreated {
					err = fmt.Errorf("share %d: status %d %.200q", i, r.status, r.body)
				}
				if err != nil {
					errs <- err
					continue
				}
				var created struct{ ID string }
				json.Unmarshal(r.body, &created)
				ids[i] = created.ID
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}

	before := workerdRSS(t)
	peak := before
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				peak = max(peak, workerdRSS(t))
			}
		}
	}()
	start := make(chan struct{})
	statuses := make([]int, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			res, err := client.Get(baseURL(t) + "/api/shares/" + ids[i])
			if err != nil {
				statuses[i] = -1
				return
			}
			readAll(res)
			res.Body.Close()
			statuses[i] = res.StatusCode
		}()
	}
	began := time.Now()
	close(start)
	wg.Wait()
	took := time.Since(began)
	close(stop)
	<-sampled
	for i, s := range statuses {
		if s != http.StatusOK {
			t.Errorf("read %d: status %d", i, s)
		}
	}
	t.Logf("200 uncached reads at once in %v; workerd RSS %.0f MB before, %.0f MB at the peak", took.Round(time.Millisecond), before, peak)
	if peak-before > rssGrowthLimit {
		t.Errorf("200 reads at once grew workerd from %.0f to %.0f MB (limit +%d MB)", before, peak, rssGrowthLimit)
	}
}
