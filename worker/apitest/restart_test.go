//go:build integration && unix

package apitest

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
	"time"
)

// devServer is a wrangler dev the test started itself, in its own process
// group so that stopping it also stops the workerd runtime it spawned.
type devServer struct {
	cmd  *exec.Cmd
	url  string
	logs string
}

// startDev starts wrangler dev on a free loopback port, keeping its state
// in state, and waits until the API answers.
func startDev(t *testing.T, state string) *devServer {
	t.Helper()
	port := freePort(t)
	root := repoRoot(t)
	logs := filepath.Join(t.TempDir(), "wrangler.log")
	out, err := os.Create(logs)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(filepath.Join(root, "node_modules", ".bin", "wrangler"), "dev",
		"--ip", "127.0.0.1", "--port", fmt.Sprint(port), "--persist-to", state,
		"--var", fmt.Sprintf("PUBLIC_ORIGIN:http://127.0.0.1:%d", port),
		"--show-interactive-dev-session=false")
	cmd.Dir = root
	cmd.Env = wranglerEnv()
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting wrangler dev: %v", err)
	}
	d := &devServer{cmd: cmd, url: fmt.Sprintf("http://127.0.0.1:%d", port), logs: logs}
	t.Cleanup(d.stop)
	deadline := time.Now().Add(90 * time.Second)
	for {
		res, err := http.Get(d.url + "/api/health")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return d
			}
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logs)
			t.Fatalf("wrangler dev did not answer on %s within 90 s:\n%s", d.url, log)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// stop sends SIGTERM to the server's process group and waits for wrangler
// to exit; it is safe to call twice.
func (d *devServer) stop() {
	if d.cmd.ProcessState != nil {
		return
	}
	syscall.Kill(-d.cmd.Process.Pid, syscall.SIGTERM)
	done := make(chan struct{})
	go func() { d.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		<-done
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// migrate applies the D1 migrations to the local database in state.
func migrate(t *testing.T, state string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(repoRoot(t), "node_modules", ".bin", "wrangler"),
		"d1", "migrations", "apply", "DB", "--local", "--persist-to", state)
	cmd.Dir = repoRoot(t)
	cmd.Env = wranglerEnv()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("applying migrations: %v\n%s", err, out)
	}
}

func TestRestartKeepsEveryShare(t *testing.T) {
	state := t.TempDir()
	migrate(t, state)
	first := startDev(t, state)
	t.Setenv("TIPPANI_URL", first.url)

	// The shares are not read before the restart, so no cache holds them:
	// afterwards they can only come from the D1 database on disk.
	article := articleShare(t)
	want := map[string]shareBody{}
	for i := range 20 {
		b := article
		b.Title = fmt.Sprintf("पुनरारंभ %d", i)
		b.Annotations = article.Annotations[:1+i%len(article.Annotations)]
		want[createShare(t, mustJSON(t, b), "CF-Connecting-IP", address(t.Name(), i))] = b
	}
	first.stop()

	second := startDev(t, state)
	t.Setenv("TIPPANI_URL", second.url)
	for id, sent := range want {
		got, _ := readShare(t, id)
		if got.Title != sent.Title || got.Text != sent.Text || !reflect.DeepEqual(got.Annotations, sent.Annotations) {
			t.Errorf("share %s did not survive the restart intact", id)
		}
	}
	if n := rowCount(t, state, "shares"); n != len(want) {
		t.Errorf("the database holds %d shares after the restart, want %d", n, len(want))
	}
}
