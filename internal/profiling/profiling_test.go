package profiling

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestParseStatus(t *testing.T) {
	for _, tc := range []struct {
		name, give    string
		rss, hwm      int64
		wantErrSubstr string
	}{
		{name: "linux", give: "Name:\tx\nVmPeak:\t  100 kB\nVmHWM:\t    2048 kB\nVmRSS:\t    1024 kB\nThreads:\t3\n", rss: 1 << 20, hwm: 2 << 20},
		{name: "missing", give: "Name:\tx\nVmRSS:\t 1 kB\n", wantErrSubstr: "no VmRSS/VmHWM"},
		{name: "garbled", give: "VmRSS:\tlots kB\nVmHWM:\t1 kB\n", wantErrSubstr: "VmRSS"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rss, hwm, err := parseStatus(strings.NewReader(tc.give))
			if tc.wantErrSubstr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErrSubstr) {
					t.Fatalf("err = %v, want one naming %q", err, tc.wantErrSubstr)
				}
				return
			}
			if err != nil || rss != tc.rss || hwm != tc.hwm {
				t.Fatalf("got %d, %d, %v; want %d, %d", rss, hwm, err, tc.rss, tc.hwm)
			}
		})
	}
}

// sink keeps the test's allocation reachable until the test drops it.
var sink []byte

func TestPeakNamesTheStageThatAllocated(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc/self/status on this system")
	}
	dir := t.TempDir()
	s, err := Start(Options{
		CPUProfile: filepath.Join(dir, "cpu"), MemProfile: filepath.Join(dir, "mem"), MemTrace: filepath.Join(dir, "trace.tsv"),
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Stage("small")
	s.Stage("big")
	sink = make([]byte, 256<<20)
	for i := range len(sink) / 4096 {
		sink[i*4096] = 1 // touch every page: resident
	}
	s.Stage("after") // samples while the 256 MiB are still resident
	sink = nil
	runtime.GC()
	debug.FreeOSMemory()
	s.Stage("freed")
	p, err := s.Stop()
	if err != nil {
		t.Fatal(err)
	}
	// The highest sample is the one taken as "after" began, with the
	// allocation made during "big" still resident.
	if p.Stage != "after" || p.RSS < 256<<20 || p.HWM < p.RSS {
		t.Errorf("peak = %+v, want stage after, RSS ≥ 256 MiB and HWM ≥ RSS", p)
	}
	for _, name := range []string{"cpu", "mem"} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte{0x1f, 0x8b}) {
			t.Errorf("%s profile is not a gzipped pprof profile (%d bytes)", name, len(b))
		}
	}
	trace, err := os.ReadFile(filepath.Join(dir, "trace.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(trace)), "\n")
	if lines[0] != "seconds\trss_mb\theap_mb\tstage" {
		t.Errorf("trace header %q", lines[0])
	}
	var stages []string
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			t.Fatalf("trace line %q: want 4 fields", l)
		}
		if len(stages) == 0 || stages[len(stages)-1] != f[3] {
			stages = append(stages, f[3])
		}
	}
	// The ticker may add samples of any stage in between; each stage
	// change is sampled at least once, in order.
	want := []string{"small", "big", "after", "freed"}
	j := 0
	for _, st := range stages {
		if j < len(want) && st == want[j] {
			j++
		}
	}
	if j != len(want) {
		t.Errorf("trace stages %v, want %v in order", stages, want)
	}
}

func TestPprofOnlyOnLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:6060", "192.0.2.1:6060", "example.org:80", "6060"} {
		if s, err := Start(Options{PprofAddr: addr}); err == nil {
			s.Stop()
			t.Errorf("PprofAddr %q accepted", addr)
		}
	}
	s, err := Start(Options{PprofAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	s.Stop()
}

func TestNilSessionIgnoresStages(t *testing.T) {
	var s *Session
	s.Stage("crawl")
	if p := s.Peak(); p != (Peak{}) {
		t.Errorf("nil session peak = %+v", p)
	}
}
