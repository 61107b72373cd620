package testweb

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/text/encoding/charmap"
)

// StatsPath is where any host serves the server's Stats as JSON; POST to
// ResetPath zeroes them.
const (
	StatsPath = "/__testweb/stats"
	ResetPath = "/__testweb/reset"
)

// Handler serves every program host by the request's Host header (the port
// is ignored) and the instruments under /__testweb/.
func (w *Web) Handler() http.Handler { return http.HandlerFunc(w.serveHTTP) }

// statusWriter remembers the status written (0 if the connection was
// reset) and ends the request's count exactly once: when the handler
// returns, when the connection is reset, or as soon as the client goes
// away, so that a client that gives up and retries is not counted twice —
// and, for a body with a Content-Length, just before its last bytes are
// written: the client may have read all of it (and sent its next request)
// before the handler returns, and the server's counts must never see an
// overlap the client did not have.
type statusWriter struct {
	http.ResponseWriter
	status  atomic.Int32
	gone    atomic.Bool // the client went away before the handler finished
	once    sync.Once
	end     func(status int, gone bool)
	written int64 // body bytes written (Write is called by the handler's goroutine only)
}

func (s *statusWriter) finish() { s.once.Do(func() { s.end(int(s.status.Load()), s.gone.Load()) }) }

// done ends the count when the handler returns. A request whose context
// has ended is counted as the client's departure even if context.AfterFunc
// has not yet run clientGone: that runs in a goroutine of its own, and a
// handler woken by the same cancellation can return first.
func (s *statusWriter) done(ctx context.Context) {
	if ctx.Err() != nil {
		s.gone.Store(true)
	}
	s.finish()
}

// clientGone is called when the request's context ends before the handler.
func (s *statusWriter) clientGone() {
	s.gone.Store(true)
	s.finish()
}

func (s *statusWriter) WriteHeader(code int) {
	s.status.CompareAndSwap(0, int32(code))
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	s.status.CompareAndSwap(0, http.StatusOK)
	s.written += int64(len(b))
	if n, err := strconv.ParseInt(s.Header().Get("Content-Length"), 10, 64); err == nil && s.written >= n {
		s.finish()
	}
	return s.ResponseWriter.Write(b)
}

// reset aborts the connection with a TCP RST, as a crashed server would.
func (s *statusWriter) reset() {
	s.status.Store(0)
	s.finish() // counted as ended before the client can see the reset
	hj, ok := s.ResponseWriter.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		return
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		tc.SetLinger(0)
	}
	conn.Close()
}

func hostOnly(h string) string {
	if host, _, err := net.SplitHostPort(h); err == nil {
		h = host
	}
	return strings.ToLower(strings.TrimSuffix(h, "."))
}

func (w *Web) serveHTTP(rw http.ResponseWriter, req *http.Request) {
	if strings.HasPrefix(req.URL.Path, "/__testweb/") {
		w.serveInstruments(rw, req)
		return
	}
	now := time.Now()
	host := hostOnly(req.Host)
	idx, ok := w.byHost[host]
	if !ok {
		if first, ok := w.instByHost(host); ok {
			w.serveInstitution(rw, req, host, first)
			return
		}
		w.rec.unknownHost()
		http.Error(rw, "testweb: unknown host "+host, http.StatusNotFound)
		return
	}
	p := w.program(int(idx))
	key := req.URL.Path
	if c := req.URL.Query().Get("class"); c != "" {
		key += "?class=" + c
	}
	isRobots := req.URL.Path == "/robots.txt"
	var delay time.Duration
	if p.crawlDelay {
		delay = time.Duration(w.faults.CrawlDelayS) * time.Second
	}
	w.rec.begin(host, key, now, !isRobots && p.disallowed(req.URL.Path), strings.Contains(req.URL.RawQuery, "utm_"), delay, isRobots)
	sw := &statusWriter{ResponseWriter: rw, end: func(status int, gone bool) { w.rec.end(host, status, gone) }}
	stop := context.AfterFunc(req.Context(), sw.clientGone)
	defer func() {
		stop()
		sw.done(req.Context())
	}()

	if p.hostDown {
		sw.reset()
		return
	}
	if d := w.latency(host, key); d > 0 && !sleep(req.Context(), d) {
		return
	}
	if isRobots {
		writeBody(sw, req, "text/plain; charset=utf-8", []byte(p.robots(w)), time.Time{}, false)
		return
	}
	if target, code, ok := p.alias(req.URL.Path); ok {
		if code == http.StatusNotFound {
			p.notFound(w, sw)
			return
		}
		http.Redirect(sw, req, target, code)
		return
	}
	pg := p.page(key)
	if pg == nil {
		p.notFound(w, sw)
		return
	}
	if pg.Role == "brochure" {
		writeBody(sw, req, "application/pdf", pdfBody(p), pg.Modified, true)
		return
	}
	switch pg.Fault {
	case FaultServerErrors:
		n := w.attempt(host, key)
		if burst := 1 + int(fnvHash(host+key)%2); n <= burst {
			code := []int{500, 502, 503}[fnvHash(key)%3]
			http.Error(sw, http.StatusText(code), code)
			return
		}
	case FaultThrottle429, FaultThrottle503:
		if w.attempt(host, key) == 1 {
			code := http.StatusTooManyRequests
			if pg.Fault == FaultThrottle503 {
				code = http.StatusServiceUnavailable
			}
			ra := time.Duration(w.faults.RetryAfterS) * time.Second
			w.rec.retryAfter(host, key, now.Add(ra))
			sw.Header().Set("Retry-After", strconv.Itoa(w.faults.RetryAfterS))
			http.Error(sw, http.StatusText(code), code)
			return
		}
	case FaultSlow:
		if !sleep(req.Context(), w.faults.SlowDelay) {
			return
		}
	case FaultTimeout:
		if sleep(req.Context(), w.faults.HangDelay) {
			sw.reset()
		}
		return
	case FaultReset:
		if w.attempt(host, key) == 1 {
			sw.reset()
			return
		}
	}
	body, ctype := p.body(w, pg)
	writeBody(sw, req, ctype, body, pg.Modified, true)
}

// body renders a page and applies its body fault.
func (p *program) body(w *Web, pg *pageSpec) ([]byte, string) {
	var html string
	switch pg.Role {
	case "home":
		html = p.renderHome(w)
	case "apply":
		html = p.renderApply(w, pg.Path)
	case "elig", "faq":
		html = p.renderEligibility(w, pg)
	case "roster", "class":
		html = p.renderRoster(w, pg)
	case "about":
		html = p.renderAbout(w, pg.Path)
	case "contact":
		html = p.renderContact(w, pg.Path)
	default:
		html = p.renderCurriculum(w, pg.Path)
	}
	ctype := "text/html; charset=utf-8"
	switch pg.Fault {
	case FaultTruncated:
		if i := strings.Index(html, mainEnd); i >= 0 {
			end := i + len(mainEnd)
			html = html[:end] + "\n<footer><div class=\"foot"
		}
	case FaultOversize:
		var b strings.Builder
		b.Grow(w.faults.OversizeBytes + len(html))
		i := strings.LastIndex(html, "</body>")
		if i < 0 {
			i = strings.LastIndex(html, "</BODY>")
		}
		b.WriteString(html[:i])
		b.WriteString("<div class=\"archive\" hidden>\n")
		line := "<p>Archived announcement: grand rounds, conferences and events from previous academic years.</p>\n"
		for b.Len() < w.faults.OversizeBytes {
			b.WriteString(line)
		}
		b.WriteString("</div>\n")
		b.WriteString(html[i:])
		html = b.String()
	case FaultCharset1252, FaultCharsetWrong:
		html = strings.Replace(html, "charset=\"utf-8\"", "charset=\"windows-1252\"", 1)
		html = strings.Replace(html, "charset=\"UTF-8\"", "charset=\"windows-1252\"", 1)
		html = strings.Replace(html, "charset=utf-8\"", "charset=windows-1252\"", 1)
		enc, err := charmap.Windows1252.NewEncoder().String(html)
		if err == nil {
			html = enc
		}
		if pg.Fault == FaultCharset1252 {
			ctype = "text/html; charset=windows-1252"
		}
	}
	return []byte(html), ctype
}

// writeBody writes a 200 with validators, or a 304 when the request's
// validators match.
func writeBody(w http.ResponseWriter, req *http.Request, ctype string, body []byte, modified time.Time, validators bool) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	if validators {
		etag := fmt.Sprintf("\"%016x\"", fnvBytes(body))
		h.Set("ETag", etag)
		if !modified.IsZero() {
			h.Set("Last-Modified", modified.UTC().Format(http.TimeFormat))
		}
		if notModified(req, etag, modified) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if req.Method != http.MethodHead {
		w.Write(body)
	}
}

// notModified applies RFC 9110's rules: If-None-Match wins over If-Modified-Since.
func notModified(req *http.Request, etag string, modified time.Time) bool {
	if inm := req.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			t = strings.TrimSpace(t)
			if t == "*" || strings.TrimPrefix(t, "W/") == etag {
				return true
			}
		}
		return false
	}
	if ims := req.Header.Get("If-Modified-Since"); ims != "" && !modified.IsZero() {
		if t, err := http.ParseTime(ims); err == nil && !modified.Truncate(time.Second).After(t) {
			return true
		}
	}
	return false
}

// notFound writes the site's 404 page.
func (p *program) notFound(w *Web, rw http.ResponseWriter) {
	body := p.wrap(w, "/404", "Page Not Found", "<p>Sorry, the page you requested could not be found. It may have moved.</p>")
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.WriteHeader(http.StatusNotFound)
	rw.Write([]byte(body))
}

// alias resolves redirect and broken-link paths: the next hop and its status.
func (p *program) alias(path string) (target string, code int, ok bool) {
	if p.brokenRoster && path == p.brokenRosterPath() {
		return "", http.StatusNotFound, true
	}
	for _, pre := range []string{movedPrefix, loopPrefix} {
		rest, found := strings.CutPrefix(path, pre)
		if !found {
			continue
		}
		num, hop, _ := strings.Cut(rest, "/")
		k, err := strconv.Atoi(num)
		if err != nil || k < 0 || k >= len(p.pages) {
			return "", http.StatusNotFound, true
		}
		pg := p.pages[k]
		if pre == movedPrefix && pg.Fault == FaultRedirectChain {
			switch hop {
			case "":
				return movedPrefix + num + "/2", http.StatusMovedPermanently, true
			case "2":
				return movedPrefix + num + "/3", http.StatusFound, true
			default:
				return pg.Path, http.StatusMovedPermanently, true
			}
		}
		if pre == loopPrefix && pg.Fault == FaultRedirectLoop {
			if hop == "a" {
				return loopPrefix + num + "/b", http.StatusFound, true
			}
			return loopPrefix + num + "/a", http.StatusFound, true
		}
		return "", http.StatusNotFound, true
	}
	return "", 0, false
}

// attempt counts requests for a faulty URL and returns this one's number.
func (w *Web) attempt(host, key string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.attempts[host+key]++
	return w.attempts[host+key]
}

// latency is the URL's simulated network delay: log-normal, deterministic per URL.
func (w *Web) latency(host, key string) time.Duration {
	l := w.cfg.Latency
	if l.Max <= 0 {
		return 0
	}
	r := newRNG(w.cfg.Seed, "latency", host, key)
	u1, u2 := math.Max(r.float(), 1e-12), r.float()
	z := math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
	median := float64(l.Max-l.Min) / 5
	d := float64(l.Min) + median*math.Exp(0.9*z)
	return time.Duration(math.Min(d, float64(l.Max)))
}

// sleep waits d or until ctx is done; it reports whether d elapsed.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

func fnvHash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func fnvBytes(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}

func pdfBody(p *program) []byte {
	return []byte("%PDF-1.4\n% " + p.spec.Name + " program brochure\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
}

func (w *Web) serveInstruments(rw http.ResponseWriter, req *http.Request) {
	switch req.URL.Path {
	case StatsPath:
		rw.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(rw)
		enc.SetIndent("", "  ")
		enc.Encode(w.Stats())
	case ResetPath:
		if req.Method != http.MethodPost {
			http.Error(rw, "POST to reset", http.StatusMethodNotAllowed)
			return
		}
		w.ResetStats()
		rw.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(rw, req)
	}
}

// Serve listens on addr and serves the web until ctx is done.
func Serve(ctx context.Context, addr string, w *Web) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("testweb listen: %w", err)
	}
	return ServeListener(ctx, ln, w)
}

// ServeListener serves the web on ln until ctx is done, then shuts down
// (waiting up to 1 s for requests in flight, then closing them).
func ServeListener(ctx context.Context, ln net.Listener, w *Web) error {
	srv := &http.Server{Handler: w.Handler(), ReadHeaderTimeout: 10 * time.Second}
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("testweb serve: %w", err)
		}
		return nil
	})
	g.Go(func() error {
		<-gctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil {
			srv.Close()
		}
		return nil
	})
	return g.Wait()
}

// DialTo returns a DialContext that connects every address to addr: give
// it to an http.Transport so that *.test hosts reach the test server.
func DialTo(addr string) func(ctx context.Context, network, address string) (net.Conn, error) {
	var d net.Dialer
	return func(ctx context.Context, network, _ string) (net.Conn, error) {
		return d.DialContext(ctx, network, addr)
	}
}
