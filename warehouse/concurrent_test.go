package warehouse

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// An analyst's read-only connection (what `imgfriendly sql` opens) keeps
// answering while a night builds, gates and publishes; it goes on seeing the
// night it opened, and a new open (after the old handle is closed) sees the
// new night.
func TestReadOnlyReaderDuringNight(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)

	reader, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()

	n2 := gateNight("n2", "2026-02-02", changeEveryStep2CK)
	started := make(chan struct{})
	var once sync.Once
	n2.pause = func(string) { once.Do(func() { close(started) }) }
	done := make(chan struct{})
	var queries int
	var readErr error
	var wrong string
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-started
		for {
			var n int
			var ck float64
			if err := reader.DB().QueryRowContext(ctx, `SELECT count(*), max(step2ck_min) FROM programs`).Scan(&n, &ck); err != nil {
				readErr = err
				return
			}
			if n != 30 || ck != 220 {
				wrong = "reader saw a partial or new night"
			}
			queries++
			select {
			case <-done:
				return
			default:
			}
		}
	}()
	mustRunNight(t, cfg, dir, n2, imgfriendly.RunPublished)
	close(done)
	wg.Wait()
	if readErr != nil || wrong != "" {
		t.Fatalf("reader during the night: %v %s", readErr, wrong)
	}
	if queries == 0 {
		t.Fatal("reader ran no query during the night")
	}

	// duckdb-go caches database instances by path within a process: the
	// old handle must be closed before a new open can see the new file.
	reader.Close()
	fresh, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	var ck float64
	if err := fresh.DB().QueryRowContext(ctx, `SELECT max(step2ck_min) FROM programs`).Scan(&ck); err != nil || ck != 225 {
		t.Errorf("new reader: max step2ck_min %v (%v), want night 2's 225", ck, err)
	}
}

// The same with the reader in another process, as `imgfriendly sql` is.
func TestReaderProcessDuringNight(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envReader+"="+dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(20 * time.Millisecond) {
		if _, err := os.Stat(filepath.Join(dir, readyFile)); err == nil {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("reader never started: %s", stderr.String())
		}
	}
	mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", changeEveryStep2CK), imgfriendly.RunPublished)
	if err := os.WriteFile(filepath.Join(dir, stopFile), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("reader process: %v: %s", err, stderr.String())
	}
	if n, err := strconv.Atoi(strings.TrimSpace(stdout.String())); err != nil || n == 0 {
		t.Fatalf("reader ran %q queries", stdout.String())
	}
}
