package crawl

import (
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func deflated(b []byte) []byte {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestStackedContentEncodings is issue 13 item 13's second half: a body
// sent with "Content-Encoding: gzip, gzip" (legal: codings stack, listed in
// the order applied) is decoded, as are other stacks; one the crawler
// cannot decode fails at once with the coding named, not four times as
// not_html.
func TestStackedContentEncodings(t *testing.T) {
	const page = "<html><body><h1>Eligibility</h1><p>We sponsor J-1 visas.</p></body></html>"
	tests := []struct {
		host, encoding string
		body           []byte
		wantErr        string // prefix of Fetch.Error; "" for a page
	}{
		{"gzip2.test", "gzip, gzip", gz(gz([]byte(page))), ""},
		{"gzip2h.test", "gzip\ngzip", gz(gz([]byte(page))), ""}, // two header lines
		{"deflategzip.test", "deflate, gzip", gz(deflated([]byte(page))), ""},
		{"identity.test", "identity, gzip", gz([]byte(page)), ""},
		{"br.test", "br", []byte("\x1b\x00"), imgfriendly.FetchErrorContentType + ": unsupported Content-Encoding br"},
		{"gzipbr.test", "gzip, br", []byte("\x1b\x00"), imgfriendly.FetchErrorContentType + ": unsupported Content-Encoding br"},
		{"deep.test", "gzip, gzip, gzip, gzip", gz(gz(gz(gz([]byte(page))))), imgfriendly.FetchErrorContentType + ": 4 stacked Content-Encodings"},
		{"liar.test", "gzip", []byte(page), imgfriendly.FetchErrorNetwork + ": bad gzip body"},
	}
	s := newSite(t)
	var seeds []imgfriendly.Program
	for i, tt := range tests {
		s.handle(tt.host, func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/" {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			for _, e := range strings.Split(tt.encoding, "\n") {
				w.Header().Add("Content-Encoding", e)
			}
			w.Write(tt.body)
		})
		seeds = append(seeds, program("140000000"+string(rune('0'+i)), "http://"+tt.host+"/"))
	}
	store := openTestStore(t)
	rows := byURL(runNight(t, s.testConfig(), Night{}, seeds, store).Fetches)
	for _, tt := range tests {
		f := rows["http://"+tt.host+"/"]
		if tt.wantErr == "" {
			if !f.OK() {
				t.Errorf("%s (%s): %q, want the page", tt.host, tt.encoding, f.Error)
				continue
			}
			if body, err := store.Get(f.ContentHash); err != nil || string(body) != page {
				t.Errorf("%s (%s): stored %q, %v", tt.host, tt.encoding, body, err)
			}
			continue
		}
		if f.OK() || !strings.HasPrefix(f.Error, tt.wantErr) || f.Attempts != 1 {
			t.Errorf("%s (%s): error %q after %d attempts, want %q after 1", tt.host, tt.encoding, f.Error, f.Attempts, tt.wantErr)
		}
		if got := s.hitCount(tt.host + "/"); got != 1 {
			t.Errorf("%s (%s): %d requests, want 1", tt.host, tt.encoding, got)
		}
	}
}

// TestHangingRobotsTxtCostsTimeoutAttempts is issue 13 item 13's first
// half: a robots.txt that never answers is given up on after
// timeout_attempts timed-out attempts, like a page, not after max_attempts
// (4 × 30 s per host with the defaults); the host's pages are then refused
// (RFC 9309: unreachable robots.txt disallows all) without a request.
func TestHangingRobotsTxtCostsTimeoutAttempts(t *testing.T) {
	s := newSite(t)
	release := make(chan struct{})
	defer close(release)
	s.handle("hang.test", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			select { // hang until the client gives up (or the test ends)
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body>home</body></html>"))
	})
	cfg := s.testConfig()
	cfg.RequestTimeout = 300 * time.Millisecond
	cfg.MaxAttempts = 4
	cfg.TimeoutAttempts = 2
	res := runNight(t, cfg, Night{}, []imgfriendly.Program{program("1400000001", "http://hang.test/")}, openTestStore(t))
	if got := s.hitCount("hang.test/robots.txt"); got != cfg.TimeoutAttempts {
		t.Errorf("robots.txt requested %d times, want timeout_attempts = %d", got, cfg.TimeoutAttempts)
	}
	if got := s.hitCount("hang.test/"); got != 0 {
		t.Errorf("the page was requested %d times behind an unreachable robots.txt", got)
	}
	if f := byURL(res.Fetches)["http://hang.test/"]; f.OK() || !strings.Contains(f.Error, "robots.txt unreachable") {
		t.Errorf("page: %q, want refused because robots.txt was unreachable", f.Error)
	}
}
