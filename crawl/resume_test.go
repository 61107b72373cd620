package crawl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// resumeSeeds are n programs on n hosts of the manyPages kind.
func resumeSeeds(n int) []imgfriendly.Program {
	var seeds []imgfriendly.Program
	for i := range n {
		seeds = append(seeds, program(fmt.Sprintf("14%08d", i), fmt.Sprintf("http://h%d.test/p/", i)))
	}
	return seeds
}

func resumeSite(t testing.TB, hosts int, latency time.Duration) *site {
	s := newSite(t)
	for i := range hosts {
		s.handle(fmt.Sprintf("h%d.test", i), manyPages(latency))
	}
	return s
}

// fetchSet is what must not depend on interruptions: program and URL →
// content hash (or failure cause).
func fetchSet(fs []imgfriendly.Fetch) map[string]string {
	m := map[string]string{}
	for _, f := range fs {
		v := f.ContentHash
		if !f.OK() {
			v = "error:" + f.Error
		}
		m[f.ProgramID+" "+f.URL] = v
	}
	return m
}

func TestCancelThenResumeEndsWithSameFetchSet(t *testing.T) {
	const hosts = 12
	s := resumeSite(t, hosts, 5*time.Millisecond)
	cfg := s.testConfig()
	seeds := resumeSeeds(hosts)
	uninterrupted := runNight(t, cfg, Night{}, seeds, openTestStore(t))
	want := fetchSet(uninterrupted.Fetches)

	// Cancel the night when the server has answered 25 requests.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var served atomic.Int32
	for i := range hosts {
		page := manyPages(5 * time.Millisecond)
		s.handle(fmt.Sprintf("h%d.test", i), func(w http.ResponseWriter, r *http.Request) {
			if served.Add(1) == 25 {
				cancel()
			}
			page(w, r)
		})
	}
	store := openTestStore(t)
	dir := filepath.Join(t.TempDir(), "runs", "r1")
	part, err := Run(ctx, cfg, Night{RunID: "r1", Dir: dir}, seeds, store)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Run returned %v, want an error wrapping context.Canceled", err)
	}
	if len(part.Fetches) == 0 || len(part.Fetches) >= len(want) {
		t.Fatalf("cancelled night has %d of %d fetches: the cancel point missed the crawl", len(part.Fetches), len(want))
	}
	journaled, err := readJournal(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(journaled) != len(part.Fetches) {
		t.Errorf("journal holds %d fetches, the cancelled result %d", len(journaled), len(part.Fetches))
	}

	before := map[string]int{}
	s.mu.Lock()
	for k, v := range s.hits {
		before[k] = v
	}
	s.mu.Unlock()
	full := runNight(t, cfg, Night{RunID: "r1", Dir: dir, Resume: true}, seeds, store)
	if diff := cmp.Diff(want, fetchSet(full.Fetches)); diff != "" {
		t.Errorf("resumed night's fetch set differs from an uninterrupted night's (-want +got):\n%s", diff)
	}
	if full.Stats.Resumed != len(part.Fetches) {
		t.Errorf("stats: %d resumed, want %d", full.Stats.Resumed, len(part.Fetches))
	}
	sameTotals(t, "cancelled and resumed", uninterrupted, full)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range part.Fetches {
		k := strings.TrimPrefix(f.URL, "http://")
		if s.hits[k] != before[k] {
			t.Errorf("%s fetched again on resume", f.URL)
		}
	}
}

// The kill-and-resume test re-executes the test binary as a crawler child.
const childEnv = "IMGF_CRAWL_CHILD"

type childSpec struct {
	Addr, Dir, Data, Out string
	Hosts                int
	Resume               bool
}

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(crawlChild(spec))
	}
	os.Exit(m.Run())
}

// crawlChild runs one night as described by the JSON spec and writes its
// fetches to spec.Out.
func crawlChild(specJSON string) int {
	var spec childSpec
	if err := json.Unmarshal([]byte(specJSON), &spec); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	cfg := childConfig(spec.Addr)
	store, err := OpenStore(spec.Data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	res, err := Run(context.Background(), cfg, Night{RunID: "kill", Dir: spec.Dir, Resume: spec.Resume}, resumeSeeds(spec.Hosts), store)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	b, _ := json.Marshal(res)
	if err := os.WriteFile(spec.Out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

func childConfig(addr string) Config {
	cfg := DefaultConfig()
	cfg.Resolve = []string{"*.test=" + addr}
	cfg.AllowPrivateAddresses = true
	cfg.Delay, cfg.Jitter = 0, 0
	cfg.JournalSync = 20 * time.Millisecond
	return cfg
}

// journalLines counts complete lines of the fetch journal.
func journalLines(dir string) int {
	f, err := os.Open(filepath.Join(dir, journalFetches))
	if err != nil {
		return 0
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		n++
	}
	return n
}

// TestKillAndResumeEndsWithSameFetchSet SIGKILLs a crawling child up to
// three times and resumes it: the fetch set and the night's statistics
// (issue 13 item 8: requests, bytes, statuses and latencies per host, which
// used to come back as zeros) equal an uninterrupted night's.
func TestKillAndResumeEndsWithSameFetchSet(t *testing.T) {
	const hosts = 30
	s := resumeSite(t, hosts, 8*time.Millisecond)
	whole := runNight(t, childConfig(s.addr()), Night{}, resumeSeeds(hosts), openTestStore(t))
	want := fetchSet(whole.Fetches)
	total := len(want)

	rng := rand.New(rand.NewPCG(4, 2))
	for round := range 3 {
		t.Run(fmt.Sprint("round", round), func(t *testing.T) {
			tmp := t.TempDir()
			spec := childSpec{Addr: s.addr(), Dir: filepath.Join(tmp, "runs", "kill"), Data: tmp, Out: filepath.Join(tmp, "out.json"), Hosts: hosts}
			// Kill points: fractions of the night's fetches, increasing.
			points := []int{1 + rng.IntN(total/3), total/3 + rng.IntN(total/3), 2*total/3 + rng.IntN(total/4)}
			kills := 0
			for _, at := range points {
				if journalLines(spec.Dir) >= at {
					continue
				}
				if killAt(t, spec, at) {
					kills++
				}
				spec.Resume = true
			}
			if kills == 0 {
				t.Fatal("no child was killed mid-night: the kill points missed the crawl")
			}
			t.Logf("%d SIGKILLs at journal sizes %v of %d", kills, points, total)
			spec.Resume = true
			if out, err := child(spec).CombinedOutput(); err != nil {
				t.Fatalf("final resume: %v\n%s", err, out)
			}
			b, err := os.ReadFile(spec.Out)
			if err != nil {
				t.Fatal(err)
			}
			var got Result
			if err := json.Unmarshal(b, &got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, fetchSet(got.Fetches)); diff != "" {
				t.Errorf("after %d SIGKILLs the fetch set differs (-want +got):\n%s", kills, diff)
			}
			sameTotals(t, fmt.Sprintf("after %d SIGKILLs", kills), whole, got)
		})
	}
}

func child(spec childSpec) *exec.Cmd {
	b, _ := json.Marshal(spec)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+string(b))
	return cmd
}

// killAt starts a child and SIGKILLs it once the journal holds at least at
// fetch lines. It reports whether the child was killed (rather than having
// finished first).
func killAt(t *testing.T, spec childSpec, at int) bool {
	t.Helper()
	cmd := child(spec)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	tick := time.NewTicker(2 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("child failed: %v\n%s", err, out.String())
			}
			return false
		case <-tick.C:
			if journalLines(spec.Dir) >= at {
				cmd.Process.Signal(syscall.SIGKILL)
				<-exited
				return true
			}
		}
	}
}

// totals is what a night's statistics must say however often it was
// interrupted: every count, per night and per host (latencies are timings,
// so only their presence is compared).
type totals struct {
	Fetches, OK, NotModified, Failed, Listed, Requests, Retries, RobotsBlocked, Rejected int
	Bytes                                                                                int64
	Status                                                                               map[int]int
	Hosts                                                                                map[string]string
}

func totalsOf(r Result) totals {
	n := r.Stats
	tt := totals{Fetches: n.Fetches, OK: n.OK, NotModified: n.NotModified, Failed: n.Failed, Listed: n.Listed,
		Requests: n.Requests, Retries: n.Retries, RobotsBlocked: n.RobotsBlocked, Rejected: n.Rejected,
		Bytes: n.Bytes, Status: n.Status, Hosts: map[string]string{}}
	for _, h := range r.Hosts {
		tt.Hosts[h.Host] = fmt.Sprintf("fetches %d ok %d failed %d requests %d retries %d bytes %d status %v latency measured %v",
			h.Fetches, h.OK, h.Failed, h.Requests, h.Retries, h.Bytes, h.Status, h.Requests == 0 || h.LatencyP50 > 0)
	}
	return tt
}

func sameTotals(t *testing.T, what string, want, got Result) {
	t.Helper()
	if got.Stats.Requests == 0 {
		t.Errorf("%s: the night reports no requests at all", what)
	}
	if diff := cmp.Diff(totalsOf(want), totalsOf(got)); diff != "" {
		t.Errorf("%s, the statistics differ from an uninterrupted night's (-want +got):\n%s", what, diff)
	}
}

// TestResumeSharesWhatAnotherProgramFetchedBeforeTheKill: two programs
// share a page; the night is interrupted after the first program's fetches
// were journaled and before the second's began (the first program's night
// alone in the journal directory stands for it). The resumed night must
// share the journaled fetch as the uninterrupted night shares it: no second
// request for it, and the same statistics (issue 13 item 8).
func TestResumeSharesWhatAnotherProgramFetchedBeforeTheKill(t *testing.T) {
	hospital := func() *site {
		s := newSite(t)
		s.pages("hospital.test", map[string]string{
			"/im/":             `<a href="/gme/eligibility">Eligibility</a>`,
			"/fm/":             `<a href="/gme/eligibility">Eligibility</a>`,
			"/gme/eligibility": `<p>J-1 only</p>`,
		})
		return s
	}
	im, fm := program("1400000001", "http://hospital.test/im/"), program("1200000002", "http://hospital.test/fm/")
	s := hospital()
	whole := runNight(t, s.testConfig(), Night{}, []imgfriendly.Program{im, fm}, openTestStore(t))

	s = hospital()
	cfg, store, dir := s.testConfig(), openTestStore(t), filepath.Join(t.TempDir(), "runs", "k")
	runNight(t, cfg, Night{RunID: "k", Dir: dir}, []imgfriendly.Program{im}, store)
	resumed := runNight(t, cfg, Night{RunID: "k", Dir: dir, Resume: true}, []imgfriendly.Program{im, fm}, store)
	if n := s.hitCount("hospital.test/gme/eligibility"); n != 1 {
		t.Errorf("the shared page was requested %d times, want once", n)
	}
	if n := s.hitCount("hospital.test/robots.txt"); n != 1 {
		t.Errorf("robots.txt was requested %d times, want once", n)
	}
	if diff := cmp.Diff(fetchSet(whole.Fetches), fetchSet(resumed.Fetches)); diff != "" {
		t.Errorf("fetch set differs from the uninterrupted night's (-want +got):\n%s", diff)
	}
	sameTotals(t, "resumed", whole, resumed)
}
