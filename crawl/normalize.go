package crawl

import (
	"fmt"
	"net"
	"net/url"
	"sort"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// trackingParams are query parameters that only track the visitor; they are
// dropped before de-duplication. Names ending in '_' are prefixes.
var trackingParams = []string{
	"utm_", "gclid", "gclsrc", "dclid", "fbclid", "msclkid", "yclid", "twclid",
	"igshid", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
	"hsctatracking", "wbraid", "gbraid", "srsltid", "oly_anon_id", "oly_enc_id",
	"vero_id", "rb_clickid", "s_cid",
}

func isTrackingParam(name string) bool {
	name = strings.ToLower(name)
	for _, p := range trackingParams {
		if strings.HasSuffix(p, "_") && strings.HasPrefix(name, p) || name == p {
			return true
		}
	}
	return false
}

// NormalizeURL returns the form of an absolute http(s) URL used for
// de-duplication and as Fetch.URL: scheme and host lower-cased, default port
// dropped, empty path made "/", dot segments resolved, fragment dropped,
// tracking parameters (utm_*, gclid, fbclid, …) removed and the remaining
// query parameters sorted by name (stable for repeated names).
func NormalizeURL(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", fmt.Errorf("normalise url: %w", err)
	}
	return normalize(u)
}

func normalize(u *url.URL) (string, error) {
	v := *u
	v.Scheme = strings.ToLower(v.Scheme)
	if v.Scheme != "http" && v.Scheme != "https" {
		return "", fmt.Errorf("normalise url %q: scheme is not http or https", u.Redacted())
	}
	if v.Opaque != "" || v.Host == "" {
		return "", fmt.Errorf("normalise url %q: not an absolute URL with a host", u.Redacted())
	}
	v.User = nil
	host := strings.TrimRight(strings.ToLower(v.Hostname()), ".")
	if host == "" {
		return "", fmt.Errorf("normalise url %q: empty host", u.Redacted())
	}
	port := v.Port()
	if (v.Scheme == "http" && port == "80") || (v.Scheme == "https" && port == "443") {
		port = ""
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	v.Host = host
	v.Fragment, v.RawFragment = "", ""
	if v.Path == "" {
		v.Path, v.RawPath = "/", ""
	}
	q, fq := v.RawQuery, v.ForceQuery
	v = *v.ResolveReference(&url.URL{Path: v.Path, RawPath: v.RawPath}) // removes dot segments
	v.RawQuery, v.ForceQuery = q, fq
	if v.RawQuery != "" || v.ForceQuery {
		v.ForceQuery = false
		v.RawQuery = normalizeQuery(v.RawQuery)
	}
	return v.String(), nil
}

func normalizeQuery(raw string) string {
	type kv struct{ name, pair string }
	var kept []kv
	for _, pair := range strings.Split(raw, "&") {
		if pair == "" {
			continue
		}
		name, _, _ := strings.Cut(pair, "=")
		if un, err := url.QueryUnescape(name); err == nil {
			name = un
		}
		if isTrackingParam(name) {
			continue
		}
		kept = append(kept, kv{name, pair})
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].name < kept[j].name })
	parts := make([]string, len(kept))
	for i, p := range kept {
		parts[i] = p.pair
	}
	return strings.Join(parts, "&")
}

// hostKey is the politeness key of a URL: lower-case host[:port].
func hostKey(u *url.URL) string { return strings.ToLower(u.Host) }

// scope is the set of hosts one program's crawl may visit.
type scope struct {
	hosts   map[string]bool // exact host names
	domains map[string]bool // registrable domains: the domain and its subdomains
	extra   []string        // patterns from config.ExtraHosts
}

func newScope(extra []string, seedURLs ...string) scope {
	s := scope{hosts: map[string]bool{}, domains: map[string]bool{}, extra: extra}
	for _, raw := range seedURLs {
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" {
			continue
		}
		h := strings.TrimRight(strings.ToLower(u.Hostname()), ".")
		s.hosts[h] = true
		if net.ParseIP(h) != nil {
			continue
		}
		if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
			s.domains[d] = true
		}
	}
	return s
}

// allows reports whether u is in scope.
func (s scope) allows(u *url.URL) bool {
	h := strings.TrimRight(strings.ToLower(u.Hostname()), ".")
	if s.hosts[h] {
		return true
	}
	for d := range s.domains {
		if h == d || strings.HasSuffix(h, "."+d) {
			return true
		}
	}
	for _, p := range s.extra {
		if matchHost(strings.ToLower(p), h) {
			return true
		}
	}
	return false
}
