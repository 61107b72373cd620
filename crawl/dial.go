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

// specialRange is one row of the SSRF guard's list of address ranges a
// public web crawler must never connect to.
type specialRange struct {
	prefix netip.Prefix
	name   string // the registry's name for the range
	// embedsIPv4: the range translates to IPv4 (the NAT64 well-known
	// prefix, RFC 6052): the address is judged by the IPv4 address in its
	// last 32 bits, so a DNS64 network still reaches public sites while
	// 64:ff9b::7f00:1 (127.0.0.1) is refused.
	embedsIPv4 bool
}

// specialRanges is the one list the SSRF guard applies, first match wins:
// every entry of the IANA IPv4 and IPv6 Special-Purpose Address Registries
// (RFC 6890 and its updates, including ranges IANA marks globally
// reachable, such as AS112 and AMT, which no program web site lives on), the
// multicast spaces, and — from the IANA IPv6 Address Space registry —
// everything outside 2000::/3, the only space allocated for global unicast
// (so IPv4-compatible ::/96, deprecated site-local fec0::/10 and the
// reserved blocks are refused too). An IPv4-mapped IPv6 address
// (::ffff:a.b.c.d) is judged as the IPv4 address it is.
var specialRanges = func() []specialRange {
	rows := []struct {
		prefix, name string
		embeds       bool
	}{
		// IPv4 Special-Purpose Address Registry.
		{"0.0.0.0/8", "this network (RFC 791; 0.0.0.0/32 this host)", false},
		{"10.0.0.0/8", "private-use (RFC 1918)", false},
		{"100.64.0.0/10", "shared address space, CGNAT (RFC 6598)", false},
		{"127.0.0.0/8", "loopback (RFC 1122)", false},
		{"169.254.0.0/16", "link local (RFC 3927)", false},
		{"172.16.0.0/12", "private-use (RFC 1918)", false},
		{"192.0.0.0/24", "IETF protocol assignments (RFC 6890; DS-Lite 192.0.0.0/29, PCP and TURN anycast, NAT64 discovery 192.0.0.170-171)", false},
		{"192.0.2.0/24", "documentation TEST-NET-1 (RFC 5737)", false},
		{"192.31.196.0/24", "AS112-v4 (RFC 7535)", false},
		{"192.52.193.0/24", "AMT (RFC 7450)", false},
		{"192.88.99.0/24", "deprecated 6to4 relay anycast (RFC 7526)", false},
		{"192.168.0.0/16", "private-use (RFC 1918)", false},
		{"192.175.48.0/24", "direct delegation AS112 service (RFC 7534)", false},
		{"198.18.0.0/15", "benchmarking (RFC 2544)", false},
		{"198.51.100.0/24", "documentation TEST-NET-2 (RFC 5737)", false},
		{"203.0.113.0/24", "documentation TEST-NET-3 (RFC 5737)", false},
		{"240.0.0.0/4", "reserved (RFC 1112; 255.255.255.255/32 limited broadcast)", false},
		// IPv4 Multicast Address Space Registry.
		{"224.0.0.0/4", "multicast (RFC 5771)", false},

		// IPv6 Special-Purpose Address Registry (ranges inside ::/8 first:
		// 64:ff9b::/96 is judged by its IPv4 address before ::/8 refuses
		// the rest).
		{"64:ff9b::/96", "IPv4-IPv6 translation, NAT64 well-known prefix (RFC 6052)", true},
		{"::/128", "unspecified (RFC 4291)", false},
		{"::1/128", "loopback (RFC 4291)", false},
		{"::/96", "IPv4-compatible, deprecated (RFC 4291)", false},
		{"64:ff9b:1::/48", "local-use IPv4/IPv6 translation (RFC 8215)", false},
		{"100::/64", "discard-only (RFC 6666)", false},
		{"100:0:0:1::/64", "dummy IPv6 prefix (RFC 9780)", false},
		{"2001::/23", "IETF protocol assignments (RFC 2928; Teredo 2001::/32, benchmarking 2001:2::/48, AMT 2001:3::/32, AS112-v6 2001:4:112::/48, ORCHID 2001:10::/28, ORCHIDv2 2001:20::/28, drone remote ID 2001:30::/28)", false},
		{"2001:db8::/32", "documentation (RFC 3849)", false},
		{"2002::/16", "6to4 (RFC 3056)", false},
		{"2620:4f:8000::/48", "direct delegation AS112 service (RFC 7534)", false},
		{"3fff::/20", "documentation (RFC 9637)", false},
		{"5f00::/16", "segment routing SIDs (RFC 9602)", false},
		{"fc00::/7", "unique-local (RFC 4193)", false},
		{"fe80::/10", "link-local unicast (RFC 4291)", false},
		// IPv6 Multicast Address Space Registry.
		{"ff00::/8", "multicast (RFC 4291)", false},
		// IPv6 Address Space registry: all but 2000::/3 (global unicast)
		// is reserved, or special-purpose as above.
		{"::/8", "reserved by IETF (RFC 4291)", false},
		{"100::/8", "reserved by IETF (RFC 4291)", false},
		{"200::/7", "reserved by IETF (RFC 4048)", false},
		{"400::/6", "reserved by IETF (RFC 4291)", false},
		{"800::/5", "reserved by IETF (RFC 4291)", false},
		{"1000::/4", "reserved by IETF (RFC 4291)", false},
		{"4000::/3", "reserved by IETF (RFC 4291)", false},
		{"6000::/3", "reserved by IETF (RFC 4291)", false},
		{"8000::/3", "reserved by IETF (RFC 4291)", false},
		{"a000::/3", "reserved by IETF (RFC 4291)", false},
		{"c000::/3", "reserved by IETF (RFC 4291)", false},
		{"e000::/4", "reserved by IETF (RFC 4291)", false},
		{"f000::/5", "reserved by IETF (RFC 4291)", false},
		{"f800::/6", "reserved by IETF (RFC 4291)", false},
		{"fe00::/9", "reserved by IETF (RFC 4291)", false},
		{"fec0::/10", "reserved by IETF, formerly site-local (RFC 3879)", false},
	}
	out := make([]specialRange, len(rows))
	for i, r := range rows {
		out[i] = specialRange{prefix: netip.MustParsePrefix(r.prefix), name: r.name, embedsIPv4: r.embeds}
	}
	return out
}()

// refusal names the special-purpose range ip is in ("" when the SSRF guard
// lets the crawler connect to ip).
func refusal(ip netip.Addr) string {
	ip = ip.Unmap().WithZone("") // a zoned address never matches a prefix
	for _, r := range specialRanges {
		if !r.prefix.Contains(ip) {
			continue
		}
		if r.embedsIPv4 {
			b := ip.As16()
			v4 := netip.AddrFrom4([4]byte(b[12:]))
			if why := refusal(v4); why != "" {
				return r.name + " of " + v4.String() + ": " + why
			}
			return ""
		}
		return r.name
	}
	return ""
}

// addressAllowed reports whether the SSRF guard lets the crawler connect to ip.
func addressAllowed(ip netip.Addr) bool { return refusal(ip) == "" }

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
	if why := refusal(ap.Addr()); why != "" {
		return fmt.Errorf("%w: %s is not a public address (%s)", errAddressRefused, ap.Addr(), why)
	}
	return nil
}
