package crawl

import (
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// site is a loopback test web: every host is served by one listener and
// routed by the Host header. It counts, per host, requests by path, the
// highest number of requests in flight at once, and request arrival times,
// so politeness is checked by the server, not by the crawler's own word.
type site struct {
	srv *httptest.Server

	mu       sync.Mutex
	handlers map[string]http.HandlerFunc // host (without port) → handler
	hits     map[string]int              // "host/path?query" → requests
	arrivals map[string][]time.Time      // host → request arrival times (robots.txt included)
	ends     map[string][]time.Time      // host → times the handler returned, in order
	inflight map[string]int
	maxHost  map[string]int
	inAll    int
	maxAll   int
	headers  map[string][]http.Header // "host/path" → request headers, in order
}

func newSite(t testing.TB) *site {
	t.Helper()
	s := &site{handlers: map[string]http.HandlerFunc{}, hits: map[string]int{}, arrivals: map[string][]time.Time{}, ends: map[string][]time.Time{},
		inflight: map[string]int{}, maxHost: map[string]int{}, headers: map[string][]http.Header{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host
	}
	key := host + r.URL.RequestURI()
	s.mu.Lock()
	s.hits[key]++
	s.arrivals[host] = append(s.arrivals[host], time.Now())
	s.headers[host+r.URL.Path] = append(s.headers[host+r.URL.Path], r.Header.Clone())
	s.inflight[host]++
	s.maxHost[host] = max(s.maxHost[host], s.inflight[host])
	s.inAll++
	s.maxAll = max(s.maxAll, s.inAll)
	h := s.handlers[host]
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.ends[host] = append(s.ends[host], time.Now()) // before the server sends the last of the response
		s.inflight[host]--
		s.inAll--
		s.mu.Unlock()
	}()
	if h == nil {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

// handle sets the handler for a host.
func (s *site) handle(host string, h http.HandlerFunc) {
	s.mu.Lock()
	s.handlers[host] = h
	s.mu.Unlock()
}

// pages serves a host from a path → HTML map (404 otherwise); robots.txt
// is served from the map too when present.
func (s *site) pages(host string, pages map[string]string) {
	s.handle(host, func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if r.URL.Path == "/robots.txt" {
			w.Header().Set("Content-Type", "text/plain")
		} else {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		}
		w.Write([]byte(body))
	})
}

func (s *site) hitCount(hostPath string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[hostPath]
}

func (s *site) maxInflight(host string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.maxHost[host]
}

// minIdle is, for a host that is sent one request at a time, the shortest
// time the server was idle between the end of one request and the arrival
// of the next. The server ends a request before the client can have read
// all of it, and a request arrives after the client sent it, so this is a
// lower bound of what the crawler waited, whatever the load.
func (s *site) minIdle(t testing.TB, host string) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	a, e := s.arrivals[host], s.ends[host]
	gap := time.Duration(1<<62 - 1)
	for i := 1; i < len(a) && i <= len(e); i++ {
		if !e[i-1].Before(a[i]) {
			t.Errorf("%s: request %d arrived before request %d ended: not one at a time", host, i, i-1)
			continue
		}
		gap = min(gap, a[i].Sub(e[i-1]))
	}
	return gap
}

func (s *site) addr() string { return strings.TrimPrefix(s.srv.URL, "http://") }

// testConfig is a fast configuration reaching the site's listener.
func (s *site) testConfig() Config {
	cfg := DefaultConfig()
	cfg.Resolve = []string{"*.test=" + s.addr()}
	cfg.AllowPrivateAddresses = true
	cfg.Delay = 0
	cfg.Jitter = 0
	cfg.RetryBackoffMin = 10 * time.Millisecond
	cfg.RetryBackoffMax = 50 * time.Millisecond
	cfg.RequestTimeout = 5 * time.Second
	cfg.JournalSync = 50 * time.Millisecond
	return cfg
}

func program(id, url string) imgfriendly.Program {
	return imgfriendly.Program{ID: id, Name: "P" + id, State: "NY", URL: url}
}

// byURL indexes fetches by URL.
func byURL(fs []imgfriendly.Fetch) map[string]imgfriendly.Fetch {
	m := map[string]imgfriendly.Fetch{}
	for _, f := range fs {
		m[f.URL] = f
	}
	return m
}
