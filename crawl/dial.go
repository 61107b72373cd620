package crawl

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"syscall"
	"time"
)

// errAddressRefused is returned by the dialer when the SSRF guard refuses an
// address.
var errAddressRefused = errors.New("address refused")

// refusedPrefixes are address ranges a public web crawler must never reach:
// loopback, private, link-local, CGNAT, unspecified, multicast, documentation
// and other special-purpose ranges.
var refusedPrefixes = func() []netip.Prefix {
	var ps []netip.Prefix
	for _, s := range []string{
		"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
		"172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15",
		"198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
		"::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "2001:db8::/32", "fc00::/7",
		"fe80::/10", "ff00::/8",
	} {
		ps = append(ps, netip.MustParsePrefix(s))
	}
	return ps
}()

// addressAllowed reports whether the SSRF guard lets the crawler connect to ip.
func addressAllowed(ip netip.Addr) bool {
	ip = ip.Unmap()
	for _, p := range refusedPrefixes {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}

// dialer maps host names through the resolve rules and checks every address
// actually connected to (after DNS, for every connection, redirects
// included) with the SSRF guard in the net.Dialer's Control function.
type dialer struct {
	rules        []resolveRule
	allowPrivate bool
	net          net.Dialer
}

func newDialer(cfg Config) (*dialer, error) {
	d := &dialer{allowPrivate: cfg.AllowPrivateAddresses}
	for _, r := range cfg.Resolve {
		rule, err := parseResolve(r)
		if err != nil {
			return nil, err
		}
		d.rules = append(d.rules, rule)
	}
	d.net = net.Dialer{Timeout: min(cfg.RequestTimeout, 30*time.Second), KeepAlive: 30 * time.Second, Control: d.control}
	return d, nil
}

// target returns the address to dial for addr (host:port).
func (d *dialer) target(addr string) string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	host = strings.TrimRight(strings.ToLower(host), ".")
	for _, r := range d.rules {
		if matchHost(r.Pattern, host) {
			return r.Addr
		}
	}
	return addr
}

// DialContext dials addr, mapped through the resolve rules.
func (d *dialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	conn, err := d.net.DialContext(ctx, network, d.target(addr))
	if err != nil {
		return nil, err
	}
	return conn, nil
}

func (d *dialer) control(network, address string, _ syscall.RawConn) error {
	if d.allowPrivate {
		return nil
	}
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errAddressRefused, address, err)
	}
	if !addressAllowed(ap.Addr()) {
		return fmt.Errorf("%w: %s is not a public address", errAddressRefused, ap.Addr())
	}
	return nil
}
