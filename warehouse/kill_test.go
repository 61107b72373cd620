package warehouse

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// Environment of the child process TestKilledNightLeavesPublishedUntouched
// re-executes: the test binary runs one night in the directory and parks at
// the phase, where the parent kills it.
const (
	envKillDir   = "IMGF_WAREHOUSE_CHILD_DIR"
	envKillPhase = "IMGF_WAREHOUSE_CHILD_PHASE"
	envReader    = "IMGF_WAREHOUSE_CHILD_READER" // the child is a read-only reader instead
	stopFile     = "child.stop"
	readyFile    = "child.ready"
)

func TestMain(m *testing.M) {
	if dir := os.Getenv(envReader); dir != "" {
		os.Exit(readerChild(dir))
	}
	if dir := os.Getenv(envFsizeDir); dir != "" {
		os.Exit(fsizeChild(dir, os.Getenv(envFsizeLimit)))
	}
	if dir := os.Getenv(envKillDir); dir != "" {
		os.Exit(killChild(dir, os.Getenv(envKillPhase)))
	}
	os.Exit(m.Run())
}

// killChild runs night n2 in dir and, at phase, announces itself and waits
// to be killed. It returns an exit code only if the phase never came.
func killChild(dir, phase string) int {
	n := gateNight("n2", "2026-02-02", changeEveryStep2CK)
	n.pause = func(p string) {
		if p != phase {
			return
		}
		if err := os.WriteFile(filepath.Join(dir, readyFile), []byte(p), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		time.Sleep(10 * time.Minute)
		os.Exit(4)
	}
	_, err := RunNight(context.Background(), testConfig(), dir, n)
	fmt.Fprintf(os.Stderr, "phase %q never reached: %v\n", phase, err)
	return 2
}

func changeEveryStep2CK(n *Night) {
	for i := range n.Programs {
		f := n.Programs[i].Facts[imgfriendly.FieldStep2CKMin]
		f.Value = imgfriendly.NumValue(225)
		n.Programs[i].Facts[imgfriendly.FieldStep2CKMin] = f
	}
}

// killAt runs night n2 in dir in a child process and SIGKILLs it once it
// reaches phase (a Night.pause phase).
func killAt(t *testing.T, dir, phase string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envKillDir+"="+dir, envKillPhase+"="+phase)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	ready := false
	for deadline := time.Now().Add(2 * time.Minute); !ready && time.Now().Before(deadline); {
		select {
		case err := <-exited:
			t.Fatalf("child exited before phase %s: %v", phase, err)
		case <-time.After(20 * time.Millisecond):
		}
		_, err := os.Stat(filepath.Join(dir, readyFile))
		ready = err == nil
	}
	if !ready {
		cmd.Process.Kill()
		<-exited
		t.Fatalf("child never reached phase %s", phase)
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	<-exited
	os.Remove(filepath.Join(dir, readyFile))
}

func TestKilledNightLeavesPublishedUntouched(t *testing.T) {
	for _, phase := range []string{"load", "history", "export", "exported"} {
		t.Run(phase, func(t *testing.T) {
			t.Parallel() // each phase has its own data directory and child process
			ctx := context.Background()
			dir := t.TempDir()
			cfg := testConfig()
			mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
			before := snapshot(t, dir)

			killAt(t, dir, phase)

			if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
				t.Fatalf("killed at %s: published files changed (-before +after):\n%s", phase, diff)
			}
			w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
			if err != nil {
				t.Fatalf("killed at %s: published warehouse unreadable: %v", phase, err)
			}
			ps, err := w.Programs(ctx)
			w.Close()
			if err != nil || len(ps) != 30 || ps[0].Facts[imgfriendly.FieldStep2CKMin].Value.String() != "220" {
				t.Fatalf("killed at %s: published programs %d (%v), want night 1's 30", phase, len(ps), err)
			}
			if got := readProgramsParquet(t, filepath.Join(dir, ParquetDir, "latest", "programs.parquet")); len(got) != 30 {
				t.Fatalf("killed at %s: latest programs.parquet has %d rows, want 30", phase, len(got))
			}

			// The next attempt at the night publishes: no stale lock, staging or export in the way.
			mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", changeEveryStep2CK), imgfriendly.RunPublished)
			w, err = Open(ctx, filepath.Join(dir, WarehouseFile), true)
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			cs, err := w.Changes(ctx, day("2026-02-02"), "")
			if err != nil || len(cs) != 30 {
				t.Errorf("after the rerun: %d changes (%v), want 30 step2ck changes", len(cs), err)
			}
		})
	}
}

// readerChild is an analyst's process: it opens the published warehouse
// read-only, announces itself and queries it until told to stop, printing
// how many queries it ran. Any error exits non-zero.
func readerChild(dir string) int {
	ctx := context.Background()
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer w.Close()
	if err := os.WriteFile(filepath.Join(dir, readyFile), []byte("reader"), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	queries := 0
	for {
		var n int
		if err := w.DB().QueryRowContext(ctx, `SELECT count(*) FROM programs p JOIN facts f USING (program_id)`).Scan(&n); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		if n != 90 {
			fmt.Fprintf(os.Stderr, "reader saw %d program facts, want night 1's 90\n", n)
			return 1
		}
		queries++
		if _, err := os.Stat(filepath.Join(dir, stopFile)); err == nil {
			fmt.Println(queries)
			return 0
		}
	}
}
