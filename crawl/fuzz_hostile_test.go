package crawl

import (
	"errors"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParseRetryAfter: a Retry-After is never read as a negative wait, and a
// number of seconds is never read as less than it says (a huge one must not
// wrap around into a short wait the crawler would honour).
func FuzzParseRetryAfter(f *testing.F) {
	for _, s := range []string{"120", "0", "-5", " 30 ", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "9223372037", "99999999999999999999999", "315360000", "1e3", ""} {
		f.Add(s)
	}
	now := time.Date(2026, 12, 6, 4, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		d := parseRetryAfter(v, now)
		if d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %v < 0", v, d)
		}
		if n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); (err == nil || errors.Is(err, strconv.ErrRange)) && n > 0 {
			if secs := d / time.Second; int64(secs) < min(n, int64(time.Duration(1<<63-1)/time.Second)) {
				t.Fatalf("parseRetryAfter(%q) = %v, less than %d s", v, d, n)
			}
		}
	})
}

// FuzzParseRobots: any robots.txt body parses to a verdict without
// panicking, with a Crawl-delay that is not negative, and the verdict
// answers for any URL path the same way twice.
func FuzzParseRobots(f *testing.F) {
	for _, s := range []string{"User-agent: *\nDisallow: /private\nCrawl-delay: 2\n",
		"User-agent: imgfriendly\nAllow: /$\nDisallow: /\n\nUser-agent: *\nCrawl-delay: 9\n",
		"Disallow: /*?*\nAllow: /a*b$\n", "\xef\xbb\xbfUser-agent: *\r\nDisallow: /%E2%82%AC\r\n", "Crawl-delay: -1\nCrawl-delay: 1e309\n"} {
		f.Add([]byte(s), "/private/x?y=1")
	}
	f.Fuzz(func(t *testing.T, body []byte, path string) {
		v := parseRobots(robotsResult{Status: 200, Body: body}, "imgfriendly")
		if v.crawlDelay < 0 {
			t.Fatalf("Crawl-delay %v < 0", v.crawlDelay)
		}
		u, err := url.Parse("http://a.test" + path)
		if err != nil || u.Host != "a.test" {
			return
		}
		if a, b := v.allows(u), v.allows(u); a != b {
			t.Fatalf("allows(%q) answered %v then %v", path, a, b)
		}
	})
}

// FuzzToUTF8: whatever the bytes and the Content-Type claim, a body that
// toUTF8 accepts is valid UTF-8 (the store hashes and extraction reads the
// decoded text), and decoding is deterministic.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte("<html><head><meta charset=\"utf-8\"></head><body><p>Jos\xe9 Mu\xf1oz</p></body></html>"), "text/html; charset=utf-8")
	f.Add([]byte("<p>a</p><p>b</p><p>c</p><p>d</p>"), "text/html; charset=utf-16")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html")
	f.Add([]byte("<meta charset=\"iso-2022-jp\"><p>\x1b$B$3$s\x1b(B</p>"), "text/html")
	f.Add([]byte("<p>x</p>"), "text/html; charset=replacement")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		out, err := toUTF8(body, contentType)
		if err != nil {
			return
		}
		if !utf8.Valid(out) {
			t.Fatalf("toUTF8(%q, %q) = %q: not valid UTF-8", body, contentType, out)
		}
		out2, err2 := toUTF8(body, contentType)
		if err2 != nil || string(out2) != string(out) {
			t.Fatalf("toUTF8 not deterministic: %q, %v then %q, %v", out, err, out2, err2)
		}
	})
}

// FuzzAddressAllowed: the SSRF guard judges an IPv4 address the same way
// in every IPv6 form that carries it as an IPv4 address (IPv4-mapped, and
// NAT64's 64:ff9b::/96), refuses the deprecated IPv4-compatible form
// (::/96) always, and allows no IPv6 address outside global unicast
// 2000::/3 except through NAT64.
func FuzzAddressAllowed(f *testing.F) {
	for _, s := range []string{"127.0.0.1", "8.8.8.8", "::127.0.0.1", "64:ff9b::7f00:1", "2606:4700::1", "fe80::1%eth0", "::ffff:10.0.0.1"} {
		b := netip.MustParseAddr(s).WithZone("").As16()
		f.Add(b[:])
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) != 16 {
			return
		}
		ip := netip.AddrFrom16([16]byte(raw))
		var v4 [4]byte
		copy(v4[:], raw[12:])
		four := netip.AddrFrom4(v4)
		mapped := netip.AddrFrom16(four.As16())
		nat64 := netip.MustParseAddr("64:ff9b::").As16()
		copy(nat64[12:], raw[12:])
		compat := [16]byte{}
		copy(compat[12:], raw[12:])
		if addressAllowed(mapped) != addressAllowed(four) {
			t.Fatalf("%s is judged %v, %s %v", mapped, addressAllowed(mapped), four, addressAllowed(four))
		}
		if got := addressAllowed(netip.AddrFrom16(nat64)); got != addressAllowed(four) {
			t.Fatalf("%s is judged %v, %s %v", netip.AddrFrom16(nat64), got, four, addressAllowed(four))
		}
		if addressAllowed(netip.AddrFrom16(compat)) {
			t.Fatalf("IPv4-compatible %s allowed", netip.AddrFrom16(compat))
		}
		if !ip.Is4In6() && addressAllowed(ip) && !netip.MustParsePrefix("2000::/3").Contains(ip) && !netip.MustParsePrefix("64:ff9b::/96").Contains(ip) {
			t.Fatalf("%s allowed outside 2000::/3", ip)
		}
	})
}
