package web

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/imgfriendly/imgfriendly/queries"
)

//go:embed templates/*.html static/* sql/*.sql
var assets embed.FS

// ErrNoWarehouse is what a Source's error wraps while no night has been
// published: the pages then say how to make one.
var ErrNoWarehouse = errors.New("no published warehouse")

// Night is one published night, open read-only for the length of a request.
type Night struct {
	DB      *sql.DB
	RunID   string
	Date    time.Time
	Release func()
}

// Source hands out the currently published night. cmd adapts
// warehouse.Published; an error wrapping ErrNoWarehouse means none exists yet.
type Source interface {
	Acquire(ctx context.Context) (Night, error)
}

// Config is what the server needs besides its Source.
type Config struct {
	Queries queries.Config
	// Profile is the profile a browser without its own starts from
	// (imgfriendly serve --profile); nil: none.
	Profile *queries.Profile
	// DataDir is named on the page shown while no warehouse is published.
	DataDir string
	// Now is the clock (the application year defaults to its year); nil: time.Now.
	Now func() time.Time
	// Log receives one line per request: method, path, status, duration. Never
	// a query string, a form value or a cookie.
	Log *slog.Logger
	// Limits bound what the server does at once and keeps (config.yaml,
	// section serve); zero fields take DefaultLimits' values.
	Limits Limits
	// Loopback restricts the Host header to localhost names (DNS rebinding):
	// set it when the listener is on a loopback address.
	Loopback bool
}

// Server is the web application.
type Server struct {
	cfg      Config
	src      Source
	pages    map[string]*template.Template
	cache    *nightCache
	gate     *gate
	profiles *profileCache
	rowFixed rowFixed
}

// maxFormBytes is the largest profile form a request may carry (the
// unfilled list's limit is Limits.MaxSOAPBytes).
const maxFormBytes = 64 << 10

// New builds the server; templates are parsed once here.
func New(cfg Config, src Source) (*Server, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	cfg.Limits = cfg.Limits.orDefault()
	lim := cfg.Limits
	s := &Server{cfg: cfg, src: src, pages: map[string]*template.Template{}, cache: newNightCache(lim.CachedLists),
		gate: newGate(lim.Tierings, lim.TieringQueue, lim.TieringWait), profiles: newProfileCache(max(64, 2*lim.CachedLists))}
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		page := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if page == "layout" {
			continue
		}
		t, err := template.New(page).Funcs(funcs).ParseFS(assets, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", n, err)
		}
		s.pages[page] = t
	}
	if s.rowFixed, err = newRowFixed(s.pages["list"]); err != nil {
		return nil, fmt.Errorf("template list: %w", err)
	}
	return s, nil
}

// Handler is the whole application with its safety layers: recovery,
// request log, security headers, Host check, cross-origin POST refusal.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.withNight(s.list))
	mux.HandleFunc("GET /program/{id}", s.withNight(s.program))
	mux.HandleFunc("GET /profile", s.withNight(s.profileForm))
	mux.HandleFunc("POST /profile", s.withNight(s.profileSave))
	mux.HandleFunc("POST /profile/forget", s.profileForget)
	mux.HandleFunc("GET /soap", s.withNight(s.soapForm))
	mux.HandleFunc("POST /soap", s.withNight(s.soapPost))
	mux.HandleFunc("GET /tracker.xlsx", s.withNight(s.tracker("xlsx")))
	mux.HandleFunc("GET /tracker.csv", s.withNight(s.tracker("csv")))
	mux.HandleFunc("GET /stats", s.withNight(s.stats))
	mux.HandleFunc("GET /healthz", s.healthz)
	static, _ := fs.Sub(assets, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", cacheStatic(http.FileServerFS(static))))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "No such page", "There is no page at this address.")
	})
	var h http.Handler = mux
	h = http.NewCrossOriginProtection().Handler(h)
	h = s.checkHost(h)
	h = securityHeaders(h)
	h = s.logRequests(h)
	return s.recoverPanics(h)
}

// HTTPServer wraps the handler in an http.Server with timeouts and a header
// size limit, for addr.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       60 * time.Second, // a 4 MiB list from a slow phone
		WriteTimeout:      2 * time.Minute,  // a 13,000-row tracker
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn),
	}
}

// Serve serves on ln until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := s.HTTPServer(ln.Addr().String())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return fmt.Errorf("shut down: %w", err)
		}
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// IsLoopback says whether a listen address binds only the loopback
// interface ("127.0.0.1:8080", "[::1]:80", "localhost:8080"). An empty
// host (":8080") binds every interface.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// handlerFunc is a page handler that has the night of the request.
type handlerFunc func(w http.ResponseWriter, r *http.Request, n Night)

// withNight acquires the published night for the request and releases it
// after; without one it answers with the page that says how to make one.
func (s *Server) withNight(h handlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n, err := s.src.Acquire(r.Context())
		if errors.Is(err, ErrNoWarehouse) {
			w.Header().Set("Retry-After", "60")
			s.render(w, r, http.StatusServiceUnavailable, "nowarehouse", page{Title: "No data yet", Data: s.cfg.DataDir})
			return
		}
		if err != nil {
			s.cfg.Log.Error("open warehouse", "err", err)
			s.fail(w, r, http.StatusInternalServerError, "The warehouse could not be opened", err.Error())
			return
		}
		defer n.Release()
		h(w, r, n)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	n, err := s.src.Acquire(r.Context())
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		if errors.Is(err, ErrNoWarehouse) {
			fmt.Fprintln(w, "no published warehouse")
		} else {
			fmt.Fprintln(w, "warehouse error")
		}
		return
	}
	defer n.Release()
	fmt.Fprintf(w, "ok run_id=%s night=%s\n", n.RunID, n.Date.Format(time.DateOnly))
}

// page is what every template gets.
type page struct {
	Title   string
	Nav     string // the current section: programs, profile, soap, stats
	Night   *Night
	Profile *profileState
	Data    any
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p page) {
	t, ok := s.pages[name]
	if !ok {
		panic("no template " + name)
	}
	b := pageBuffers.Get().(*bytes.Buffer)
	defer func() {
		if b.Cap() <= maxPooledPage {
			b.Reset()
			pageBuffers.Put(b)
		}
	}()
	if err := t.ExecuteTemplate(b, "layout", p); err != nil {
		s.cfg.Log.Error("render", "page", name, "err", err)
		http.Error(w, "internal error while rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b.Bytes())
	}
}

// pageBuffers are the buffers pages are written into before they are sent
// (a list page is about 100 KB: growing a new buffer for each was a good
// part of its allocations).
var pageBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooledPage is the largest buffer kept for the next page (a SOAP page
// or the stats can be larger; those buffers are left to the collector).
const maxPooledPage = 1 << 20

// retryAfter is what a busy answer asks the browser to wait, in seconds.
const retryAfter = "5"

// busy answers 503 with Retry-After: the tierings are all taken and the
// queue is full (errBusy).
func (s *Server) busy(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Retry-After", retryAfter)
	w.Header().Set("Cache-Control", "no-store")
	s.fail(w, r, http.StatusServiceUnavailable, "The server is busy",
		"It is working out other applicants' tiers right now. Reload this page in "+retryAfter+" seconds; nothing you entered is lost.")
}

// fail answers with an error page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, title, msg string) {
	s.render(w, r, status, "error", page{Title: title, Data: msg})
}

// csp allows nothing but this server's own stylesheet and images (charts
// are inline SVG elements), no script at all, and forms posted here only.
const csp = "default-src 'none'; style-src 'self'; img-src 'self'; " +
	"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer") // evidence links leave for program sites: send them nothing
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

func cacheStatic(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		h.ServeHTTP(w, r)
	})
}

// checkHost refuses, on a loopback listener, requests whose Host is not a
// loopback name: a web page elsewhere cannot reach this server by pointing
// its own domain name at 127.0.0.1 (DNS rebinding).
func (s *Server) checkHost(h http.Handler) http.Handler {
	if !s.cfg.Loopback {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if hh, _, err := net.SplitHostPort(host); err == nil {
			host = hh
		}
		host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
		ip := net.ParseIP(host)
		if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			http.Error(w, "this server answers only to localhost, 127.0.0.1 or [::1]", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// logRequests logs method, path (never the query string: filters may hold
// what the applicant typed), status, size and duration.
func (s *Server) logRequests(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		h.ServeHTTP(sw, r)
		s.cfg.Log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.bytes, "ms", time.Since(start).Milliseconds())
	})
}

// recoverPanics turns a panic into a 500 without its value (which could hold
// request data) in the log.
func (s *Server) recoverPanics(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.cfg.Log.Error("panic while serving", "path", r.URL.Path)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// nightCache keeps what is computed from one night: it is immutable, so
// everything can be kept until the next night is published. Keys with a
// colon ("tiered:…", "directory:…") are lists, one per profile or
// specialty: the max most recently used of them are kept. Keys without one
// are the night's own (its Tiering, directory, specialties): never evicted,
// since every list is made from them.
type nightCache struct {
	mu      sync.Mutex
	runID   string
	date    time.Time
	max     int
	entries map[string]*cacheEntry
	tick    uint64
}

type cacheEntry struct {
	once sync.Once
	done atomic.Bool // val is computed, without error
	val  any
	err  error
	used uint64
}

func newNightCache(max int) *nightCache {
	return &nightCache{max: max, entries: map[string]*cacheEntry{}}
}

// get returns the value for key in night n, computing it once (concurrent
// callers wait for the same computation). Errors are not kept.
func (c *nightCache) get(n Night, key string, compute func() (any, error)) (any, error) {
	c.mu.Lock()
	if c.runID != n.RunID || !c.date.Equal(n.Date) {
		c.runID, c.date, c.entries = n.RunID, n.Date, map[string]*cacheEntry{}
	}
	e, ok := c.entries[key]
	if !ok {
		if strings.Contains(key, ":") && c.lists() >= c.max {
			c.evict()
		}
		e = &cacheEntry{}
		c.entries[key] = e
	}
	c.tick++
	e.used = c.tick
	c.mu.Unlock()
	e.once.Do(func() {
		e.val, e.err = compute()
		e.done.Store(e.err == nil)
	})
	if e.err != nil {
		c.mu.Lock()
		if c.entries[key] == e {
			delete(c.entries, key)
		}
		c.mu.Unlock()
	}
	return e.val, e.err
}

// peek returns the value for key in night n if it is computed already.
func (c *nightCache) peek(n Night, key string) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.runID != n.RunID || !c.date.Equal(n.Date) {
		return nil, false
	}
	e, ok := c.entries[key]
	if !ok || !e.done.Load() {
		return nil, false
	}
	c.tick++
	e.used = c.tick
	return e.val, true
}

// lists is how many list entries are kept; c.mu is held.
func (c *nightCache) lists() int {
	n := 0
	for k := range c.entries {
		if strings.Contains(k, ":") {
			n++
		}
	}
	return n
}

// evict drops the least recently used list; c.mu is held.
func (c *nightCache) evict() {
	var oldest string
	var at uint64
	for k, e := range c.entries {
		if !strings.Contains(k, ":") {
			continue
		}
		if oldest == "" || e.used < at {
			oldest, at = k, e.used
		}
	}
	delete(c.entries, oldest)
}
