package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// runMainEnv switches the test binary into being imgfriendly itself, so a
// test can run a night in a subprocess and kill it.
const runMainEnv = "IMGF_TEST_RUN_MAIN"

// nightFixture is a synthetic web on loopback plus the files a night needs.
type nightFixture struct {
	web   *testweb.Web
	addr  string
	seeds string
}

func newNightFixture(t *testing.T, cfg testweb.Config) nightFixture {
	t.Helper()
	web, err := testweb.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(web.Handler())
	t.Cleanup(srv.Close)
	seeds := filepath.Join(t.TempDir(), "seeds.csv")
	if err := writeSeedsFile(seeds, web.Programs()); err != nil {
		t.Fatal(err)
	}
	return nightFixture{web: web, addr: srv.Listener.Addr().String(), seeds: seeds}
}

// args are the command-line settings that point a night at the fixture.
func (f nightFixture) args(dir string) []string {
	return []string{
		"--dir", dir, "--set", "seeds=" + f.seeds,
		"--set", "crawl.resolve=*.test=" + f.addr,
		"--set", "crawl.allow_private_addresses=true",
		"--set", "crawl.delay=5ms",
		"--set", "crawl.jitter=0s",
	}
}

// programFacts is what a night concluded about each program, without the
// parts that legitimately differ between two nights (run ids, fetch times).
type programFacts struct {
	ID        string
	Facts     map[imgfriendly.Field]string
	Evidence  map[imgfriendly.Field]string
	IMGShare  string
	Residents int
}

func publishedFacts(t *testing.T, dir string) []programFacts {
	t.Helper()
	w, err := warehouse.Open(context.Background(), filepath.Join(dir, "warehouse.duckdb"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	recs, err := w.Programs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []programFacts
	for _, r := range recs {
		pf := programFacts{ID: r.ID, Facts: map[imgfriendly.Field]string{}, Evidence: map[imgfriendly.Field]string{}, Residents: r.ResidentsTotal}
		for f, fact := range r.Facts {
			pf.Facts[f] = fact.Value.String() + "|" + fact.Condition
			pf.Evidence[f] = fact.Evidence.URL + "|" + fact.Evidence.Text
		}
		if r.IMGShare != nil {
			pf.IMGShare = fmt.Sprintf("%.4f", *r.IMGShare)
		}
		out = append(out, pf)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// publishedCrawlHosts is the published night's crawl_hosts, by host, without
// the timings (latencies are only checked to be there).
func publishedCrawlHosts(t *testing.T, dir string) map[string]string {
	t.Helper()
	w, err := warehouse.Open(context.Background(), filepath.Join(dir, "warehouse.duckdb"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rows, err := w.DB().QueryContext(context.Background(), `
		SELECT host, fetches, ok, failed, requests, retries, bytes, robots_blocked, rejected,
		       coalesce(status_counts, ''), coalesce(latency_p50_ms, 0) > 0
		FROM crawl_hosts WHERE run_id = (SELECT max(run_id) FROM crawl_hosts)`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var host, status string
		var fetches, ok, failed, requests, retries, bytes, blocked, rejected int64
		var latency bool
		if err := rows.Scan(&host, &fetches, &ok, &failed, &requests, &retries, &bytes, &blocked, &rejected, &status, &latency); err != nil {
			t.Fatal(err)
		}
		out[host] = fmt.Sprintf("fetches %d ok %d failed %d requests %d retries %d bytes %d robots_blocked %d rejected %d status %s latency measured %v",
			fetches, ok, failed, requests, retries, bytes, blocked, rejected, status, latency)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestKilledNightResumesToTheSameWarehouse starts nights in a subprocess,
// SIGKILLs them at random points, resumes them, and requires the published
// program facts to equal those of an uninterrupted night — and its crawl
// statistics (crawl_hosts: requests, bytes, statuses, latencies per host),
// which used to come back as zeros after kills (issue 13 item 8).
func TestKilledNightResumesToTheSameWarehouse(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess kill-and-resume test; not in -short")
	}
	fx := newNightFixture(t, testweb.Config{
		Programs: 120, Seed: 11,
		Latency: testweb.Latency{Min: 5 * time.Millisecond, Max: 60 * time.Millisecond},
	})
	ref := t.TempDir()
	began := time.Now()
	if out, code := runSub(t, nil, append([]string{"run", "--night-date", "2026-11-25"}, fx.args(ref)...)...); code != 0 {
		t.Fatalf("uninterrupted night exited %d:\n%s", code, out)
	}
	whole := time.Since(began)
	total := journalFetches(t, ref)
	if total == 0 {
		t.Fatal("the uninterrupted night journaled no fetches")
	}
	want := publishedFacts(t, ref)
	wantHosts := publishedCrawlHosts(t, ref)
	if len(want) != 120 {
		t.Fatalf("uninterrupted night published %d programs, want 120", len(want))
	}

	rng := rand.New(rand.NewPCG(11, 25))
	resumed := 0
	for i := 0; i < 3; i++ {
		dir := t.TempDir()
		// Kill somewhere between 10 % and 85 % of an uninterrupted night's
		// fetches. Progress, not time, decides: a kill timed on the first
		// night's duration came after publish every time when the first
		// night had run under a load the later ones did not have.
		at := int(float64(total) * (0.10 + 0.75*rng.Float64()))
		cmd := subCommand(append([]string{"run", "--night-date", "2026-11-25"}, fx.args(dir)...)...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { cmd.Wait(); close(exited) }()
		after := killAtFetches(t, cmd, exited, dir, at, whole)
		if fileExists(filepath.Join(dir, "warehouse.duckdb")) {
			t.Logf("kill %d at %d of %d fetches (%v; whole night %v) came after publish", i, at, total, after, whole)
			continue
		}
		t.Logf("kill %d at %d of %d fetches (%v; whole night %v): resuming", i, at, total, after, whole)
		resumed++
		res, code := runSub(t, nil, append([]string{"run", "--resume"}, fx.args(dir)...)...)
		if code != 0 {
			t.Fatalf("resume after a kill at %v exited %d:\n%s\nkilled run said:\n%s", after, code, res, out.String())
		}
		if diff := cmp.Diff(want, publishedFacts(t, dir)); diff != "" {
			t.Errorf("kill at %v, then resume: facts differ from an uninterrupted night (-want +got):\n%s", after, diff)
		}
		if diff := cmp.Diff(wantHosts, publishedCrawlHosts(t, dir)); diff != "" {
			t.Errorf("kill at %v, then resume: crawl_hosts differ from an uninterrupted night's (-want +got):\n%s", after, diff)
		}
	}
	if resumed == 0 {
		t.Fatal("every kill came after the night had published: the test proved nothing")
	}
}

// journalFetches counts the lines of the fetch journals under dir's runs.
func journalFetches(t *testing.T, dir string) int {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "runs", "*", "fetches.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			t.Fatal(err)
		}
		n += bytes.Count(b, []byte("\n"))
	}
	return n
}

// killAtFetches kills the night cmd with SIGKILL as soon as its fetch
// journal holds at least n lines (or once it has run ten times an
// uninterrupted night's duration), and waits for it to end; it returns how
// long the night had run.
func killAtFetches(t *testing.T, cmd *exec.Cmd, exited <-chan struct{}, dir string, n int, whole time.Duration) time.Duration {
	t.Helper()
	began := time.Now()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for journalFetches(t, dir) < n && time.Since(began) < 10*whole {
		select {
		case <-exited:
			return time.Since(began)
		case <-tick.C:
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	<-exited
	return time.Since(began)
}

func subCommand(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	return cmd
}

// runSub runs imgfriendly in a subprocess and returns its output and exit code.
func runSub(t *testing.T, stdin []byte, args ...string) (string, int) {
	t.Helper()
	cmd := subCommand(args...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		}
		t.Fatalf("run %s: %v", strings.Join(args, " "), err)
	}
	return string(out), 0
}

// TestSIGTERMStopsGracefully: a night sent SIGTERM flushes its state, exits
// with the "interrupted" code, records itself as interrupted, and resumes to
// a published night.
func TestSIGTERMStopsGracefully(t *testing.T) {
	if testing.Short() {
		t.Skip("subprocess signal test; not in -short")
	}
	fx := newNightFixture(t, testweb.Config{
		Programs: 150, Seed: 12,
		Latency: testweb.Latency{Min: 20 * time.Millisecond, Max: 120 * time.Millisecond},
	})
	dir := t.TempDir()
	cmd := subCommand(append([]string{"run", "--night-date", "2026-11-25"}, fx.args(dir)...)...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait until the crawl is under way: its journal has fetches in it.
	deadline := time.Now().Add(30 * time.Second)
	for {
		matches, _ := filepath.Glob(filepath.Join(dir, "runs", "*", "fetches.jsonl"))
		if len(matches) > 0 {
			if st, err := os.Stat(matches[0]); err == nil && st.Size() > 0 {
				break
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the night never started fetching:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	if code != exitInterrupted {
		t.Fatalf("exit code %d after SIGTERM, want %d (interrupted):\n%s", code, exitInterrupted, out.String())
	}
	if !strings.Contains(out.String(), "run --resume") {
		t.Errorf("the interrupted night does not say how to continue:\n%s", out.String())
	}
	if fileExists(filepath.Join(dir, "warehouse.duckdb")) {
		t.Fatal("an interrupted night published a warehouse")
	}
	manifests, _ := filepath.Glob(filepath.Join(dir, "runs", "*.json"))
	if len(manifests) != 1 {
		t.Fatalf("want one run manifest, got %v", manifests)
	}
	if b, _ := os.ReadFile(manifests[0]); !strings.Contains(string(b), `"status": "interrupted"`) {
		t.Errorf("manifest does not record the interruption:\n%s", b)
	}
	res, code := runSub(t, nil, append([]string{"run", "--resume"}, fx.args(dir)...)...)
	if code != 0 || !strings.Contains(res, "published") {
		t.Fatalf("resume exited %d:\n%s", code, res)
	}
	if got := len(publishedFacts(t, dir)); got != 150 {
		t.Errorf("resumed night published %d programs, want 150", got)
	}
}
