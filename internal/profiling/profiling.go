// Package profiling takes the profiles `imgfriendly run` and `demo` write
// on request — a CPU profile of the whole command, a heap profile taken at
// the command's highest live heap, a timeline of resident memory with the
// stage that was running — and serves net/http/pprof on a loopback address.
// It only observes: it never changes what a night does.
package profiling

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"runtime"
	"runtime/metrics"
	rpprof "runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Options says which profiles to take; the zero value takes none but still
// samples resident memory, so Stop can say where the command peaked.
type Options struct {
	CPUProfile string // write a CPU profile of the whole command here
	MemProfile string // write the heap profile taken at the highest live heap here
	MemTrace   string // write the resident-memory timeline (TSV) here
	// PprofAddr serves net/http/pprof on this loopback address ("127.0.0.1:6060").
	PprofAddr string
	// Every is the sampling interval; 0 means 250ms.
	Every time.Duration
}

// Session is the profiling of one command, from Start to Stop.
type Session struct {
	o       Options
	began   time.Time
	cpu     *os.File
	trace   *bufio.Writer
	traceF  *os.File
	srv     *http.Server
	stop    chan struct{}
	done    chan struct{}
	samples []metrics.Sample

	mu       sync.Mutex
	stage    string
	peak     Peak
	heapPeak uint64
	heapProf []byte
}

// Peak is the highest resident memory seen and what was running then.
type Peak struct {
	RSS int64 // bytes, as sampled (VmRSS)
	// HWM is the kernel's high-water mark (VmHWM): the peak between samples
	// too (or the highest sample, when the kernel's lazily updated counter
	// is behind it), in bytes.
	HWM   int64
	Stage string // the stage running when the highest sample was taken
	At    time.Duration
}

// Start begins profiling as o asks. The caller must call Stop.
func Start(o Options) (*Session, error) {
	if o.Every <= 0 {
		o.Every = 250 * time.Millisecond
	}
	s := &Session{o: o, began: time.Now(), stop: make(chan struct{}), done: make(chan struct{}), stage: "start",
		samples: []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}}
	if o.PprofAddr != "" {
		if err := s.serve(o.PprofAddr); err != nil {
			return nil, err
		}
	}
	if o.MemTrace != "" {
		f, err := os.Create(o.MemTrace)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("memory trace: %w", err)
		}
		s.traceF, s.trace = f, bufio.NewWriter(f)
		fmt.Fprintln(s.trace, "seconds\trss_mb\theap_mb\tstage")
	}
	if o.MemProfile != "" {
		runtime.MemProfileRate = 64 << 10 // finer than the default 512 KiB: a night allocates many small values
	}
	if o.CPUProfile != "" {
		f, err := os.Create(o.CPUProfile)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
		if err := rpprof.StartCPUProfile(f); err != nil {
			f.Close()
			s.close()
			return nil, fmt.Errorf("cpu profile: %w", err)
		}
		s.cpu = f
	}
	go s.loop()
	return s, nil
}

// serve starts net/http/pprof on addr, which must be a loopback address.
func (s *Session) serve(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("IMGF_PPROF %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("IMGF_PPROF %q: only a loopback address is allowed (127.0.0.1:PORT)", addr)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("IMGF_PPROF: %w", err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return nil
}

// Stage names what runs from now on ("crawl", "warehouse:gates"); samples
// are attributed to it. A nil Session ignores it.
func (s *Session) Stage(name string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	s.stage = name
	s.mu.Unlock()
	s.sample()
}

// Peak returns the highest resident memory so far and its stage.
func (s *Session) Peak() Peak {
	if s == nil {
		return Peak{}
	}
	s.sample()
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.peak
	if _, hwm, err := readStatus(); err == nil {
		p.HWM = max(hwm, p.RSS)
	}
	return p
}

func (s *Session) loop() {
	defer close(s.done)
	t := time.NewTicker(s.o.Every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			s.sample()
		case <-s.stop:
			return
		}
	}
}

// sample reads the resident memory and the live heap, keeps the peak, and
// takes a heap profile whenever the live heap reaches a new high (by 5 %).
func (s *Session) sample() {
	rss, _, err := readStatus()
	if err != nil {
		return
	}
	metrics.Read(s.samples)
	var heap uint64
	if v := s.samples[0].Value; v.Kind() == metrics.KindUint64 {
		heap = v.Uint64()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	at := time.Since(s.began)
	if rss > s.peak.RSS {
		s.peak = Peak{RSS: rss, Stage: s.stage, At: at}
	}
	if s.trace != nil {
		fmt.Fprintf(s.trace, "%.2f\t%.1f\t%.1f\t%s\n", at.Seconds(), float64(rss)/(1<<20), float64(heap)/(1<<20), s.stage)
	}
	if s.o.MemProfile != "" && heap > s.heapPeak+s.heapPeak/20 {
		s.heapPeak = heap
		var buf bytes.Buffer
		if rpprof.Lookup("heap").WriteTo(&buf, 0) == nil {
			s.heapProf = buf.Bytes()
		}
	}
}

// Stop ends profiling: the CPU profile is finished, the heap profile
// written, the pprof server closed. It returns the peak.
func (s *Session) Stop() (Peak, error) {
	close(s.stop)
	<-s.done
	p := s.Peak()
	var errs []error
	if s.cpu != nil {
		rpprof.StopCPUProfile()
		errs = append(errs, s.cpu.Close())
	}
	if s.o.MemProfile != "" {
		s.mu.Lock()
		prof := s.heapProf
		s.mu.Unlock()
		if prof == nil {
			var buf bytes.Buffer
			rpprof.Lookup("heap").WriteTo(&buf, 0)
			prof = buf.Bytes()
		}
		if err := os.WriteFile(s.o.MemProfile, prof, 0o644); err != nil {
			errs = append(errs, fmt.Errorf("heap profile: %w", err))
		}
	}
	s.close()
	return p, errors.Join(errs...)
}

func (s *Session) close() {
	if s.srv != nil {
		s.srv.Close()
	}
	if s.trace != nil {
		s.trace.Flush()
		s.traceF.Close()
	}
}

// readStatus reads VmRSS and VmHWM (bytes) from /proc/self/status.
func readStatus() (rss, hwm int64, err error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	return parseStatus(f)
}

// parseStatus reads VmRSS and VmHWM from a /proc/<pid>/status file.
func parseStatus(r io.Reader) (rss, hwm int64, err error) {
	sc := bufio.NewScanner(r)
	found := 0
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok || key != "VmRSS" && key != "VmHWM" {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(val), " kB"), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("/proc/self/status %s: %w", key, err)
		}
		if key == "VmRSS" {
			rss = kb << 10
		} else {
			hwm = kb << 10
		}
		found++
	}
	if err := sc.Err(); err != nil {
		return 0, 0, err
	}
	if found < 2 {
		return 0, 0, errors.New("/proc/self/status: no VmRSS/VmHWM")
	}
	return rss, hwm, nil
}
