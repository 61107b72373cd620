package crawl

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// ianaSpecialPurpose is written out by hand from the IANA registries (IPv4
// and IPv6 Special-Purpose Address Registries, the multicast spaces and the
// IPv6 Address Space registry's non-global-unicast blocks), independently
// of the guard's own list, so that a range missing from the guard fails here.
var ianaSpecialPurpose = []struct{ prefix, name string }{
	{"0.0.0.0/8", "this network"}, {"0.0.0.0/32", "this host"},
	{"10.0.0.0/8", "private-use"}, {"100.64.0.0/10", "shared address space"},
	{"127.0.0.0/8", "loopback"}, {"169.254.0.0/16", "link local"},
	{"172.16.0.0/12", "private-use"}, {"192.0.0.0/24", "IETF protocol assignments"},
	{"192.0.0.0/29", "IPv4 service continuity prefix"}, {"192.0.0.8/32", "IPv4 dummy address"},
	{"192.0.0.9/32", "PCP anycast"}, {"192.0.0.10/32", "TURN anycast"},
	{"192.0.0.170/32", "NAT64/DNS64 discovery"}, {"192.0.0.171/32", "NAT64/DNS64 discovery"},
	{"192.0.2.0/24", "TEST-NET-1"}, {"192.31.196.0/24", "AS112-v4"}, {"192.52.193.0/24", "AMT"},
	{"192.88.99.0/24", "6to4 relay anycast"}, {"192.168.0.0/16", "private-use"},
	{"192.175.48.0/24", "direct delegation AS112"}, {"198.18.0.0/15", "benchmarking"},
	{"198.51.100.0/24", "TEST-NET-2"}, {"203.0.113.0/24", "TEST-NET-3"},
	{"240.0.0.0/4", "reserved"}, {"255.255.255.255/32", "limited broadcast"},
	{"224.0.0.0/4", "multicast"},

	{"::1/128", "loopback"}, {"::/128", "unspecified"}, {"::/96", "IPv4-compatible"},
	{"64:ff9b:1::/48", "local-use IPv4/IPv6 translation"}, {"100::/64", "discard-only"},
	{"100:0:0:1::/64", "dummy IPv6 prefix"}, {"2001::/23", "IETF protocol assignments"},
	{"2001::/32", "TEREDO"}, {"2001:1::1/128", "PCP anycast"}, {"2001:1::2/128", "TURN anycast"},
	{"2001:1::3/128", "DNS-SD SRP anycast"}, {"2001:2::/48", "benchmarking"}, {"2001:3::/32", "AMT"},
	{"2001:4:112::/48", "AS112-v6"}, {"2001:10::/28", "ORCHID"}, {"2001:20::/28", "ORCHIDv2"},
	{"2001:30::/28", "drone remote ID"}, {"2001:db8::/32", "documentation"}, {"2002::/16", "6to4"},
	{"2620:4f:8000::/48", "direct delegation AS112"}, {"3fff::/20", "documentation"},
	{"5f00::/16", "segment routing SIDs"}, {"fc00::/7", "unique-local"}, {"fe80::/10", "link-local"},
	{"ff00::/8", "multicast"}, {"fec0::/10", "site-local (deprecated)"},
	{"::/8", "reserved"}, {"100::/8", "reserved"}, {"200::/7", "reserved"}, {"400::/6", "reserved"},
	{"800::/5", "reserved"}, {"1000::/4", "reserved"}, {"4000::/3", "reserved"}, {"6000::/3", "reserved"},
	{"8000::/3", "reserved"}, {"a000::/3", "reserved"}, {"c000::/3", "reserved"}, {"e000::/4", "reserved"},
	{"f000::/5", "reserved"}, {"f800::/6", "reserved"}, {"fe00::/9", "reserved"},
}

// lastAddr returns the highest address of p.
func lastAddr(p netip.Prefix) netip.Addr {
	b := p.Masked().Addr().AsSlice()
	for i := p.Bits(); i < len(b)*8; i++ {
		b[i/8] |= 1 << (7 - i%8)
	}
	a, _ := netip.AddrFromSlice(b)
	return a
}

// TestSSRFRefusesEverySpecialPurposeRange is issue 13 item 12: the first,
// the second and the last address of every range, and one in the middle,
// are refused; so is each as an IPv4-mapped IPv6 address.
func TestSSRFRefusesEverySpecialPurposeRange(t *testing.T) {
	for _, r := range ianaSpecialPurpose {
		p := netip.MustParsePrefix(r.prefix)
		first, last := p.Masked().Addr(), lastAddr(p)
		mid := first
		for range 7 {
			if next := mid.Next(); p.Contains(next) {
				mid = next
			}
		}
		for _, a := range []netip.Addr{first, first.Next(), mid, last} {
			if !a.IsValid() || !p.Contains(a) {
				continue
			}
			if addressAllowed(a) {
				t.Errorf("%s (%s): %s allowed", r.prefix, r.name, a)
			}
			if a.Is4() {
				mapped := netip.AddrFrom16(a.As16())
				if addressAllowed(mapped) {
					t.Errorf("%s (%s): IPv4-mapped %s allowed", r.prefix, r.name, mapped)
				}
			}
		}
	}
}

func TestSSRFEmbeddedAndPublicAddresses(t *testing.T) {
	tests := []struct {
		give string
		want bool
	}{
		// NAT64 (64:ff9b::/96) is judged by the IPv4 address it carries.
		{"64:ff9b::7f00:1", false},     // 127.0.0.1
		{"64:ff9b::a00:1", false},      // 10.0.0.1
		{"64:ff9b::a9fe:a9fe", false},  // 169.254.169.254
		{"64:ff9b::5db8:d70e", true},   // 93.184.215.14
		{"::127.0.0.1", false},         // IPv4-compatible
		{"::ffff:127.0.0.1", false},    // IPv4-mapped
		{"::ffff:93.184.215.14", true}, // IPv4-mapped public
		{"fe80::1%eth0", false},        // zoned link-local
		{"2001:db8::1%eth0", false},    // zoned documentation
		{"93.184.215.14", true},        // public IPv4
		{"8.8.8.8", true},              // public IPv4
		{"1.1.1.1", true},              // public IPv4
		{"100.63.255.255", true},       // just below 100.64/10
		{"100.128.0.0", true},          // just above 100.64/10
		{"172.15.255.255", true},       // just below 172.16/12
		{"172.32.0.0", true},           // just above 172.16/12
		{"198.17.255.255", true},       // just below 198.18/15
		{"198.20.0.0", true},           // just above 198.18/15
		{"223.255.255.255", true},      // just below multicast
		{"2606:4700::1111", true},      // public IPv6
		{"2a00:1450:4001::200e", true}, // public IPv6
		{"2001:200::1", true},          // just above 2001::/23
		{"2620:4f:7fff:ffff::1", true}, // just below the AS112 delegation
		{"3ffe:ffff:ffff::1", true},    // below 3fff::/20, still 2000::/3
	}
	for _, tt := range tests {
		if got := addressAllowed(netip.MustParseAddr(tt.give)); got != tt.want {
			t.Errorf("addressAllowed(%s) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// TestSSRFRefusesBeforeConnecting dials refused addresses through the
// crawler's dialer. The refusal must come from the Control hook, which runs
// before connect(2): the error wraps errAddressRefused, and a listener on
// 127.0.0.1 (the address ::ffff:127.0.0.1 and a resolve rule reach) sees no
// connection. The test never lets a dial reach connect(2) — were the guard
// to let an address through, the test's own hook stops it there — so not
// even a broken guard sends a packet to ::127.0.0.1 or 64:ff9b::7f00:1.
func TestSSRFRefusesBeforeConnecting(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var accepted atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted.Add(1)
			c.Close()
		}
	}()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	cfg := DefaultConfig()
	cfg.RequestTimeout = 2 * time.Second
	cfg.Resolve = []string{"inside.test=127.0.0.1:" + port, "compat.test=[::127.0.0.1]:" + port, "nat64.test=[64:ff9b::7f00:1]:" + port}
	d, err := newDialer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	errLetThrough := errors.New("the SSRF guard let this dial through (stopped by the test before connect)")
	d.net.Control = func(network, address string, c syscall.RawConn) error {
		if err := d.control(network, address, c); err != nil {
			return err
		}
		return errLetThrough
	}
	for _, addr := range []string{
		"127.0.0.1:" + port, "[::ffff:127.0.0.1]:" + port, "[::127.0.0.1]:" + port, "[64:ff9b::7f00:1]:" + port,
		"[::1]:" + port, "inside.test:80", "compat.test:80", "nat64.test:80",
	} {
		conn, err := d.DialContext(context.Background(), "tcp", addr)
		if err == nil {
			conn.Close()
			t.Errorf("dial %s: connected", addr)
			continue
		}
		if !errors.Is(err, errAddressRefused) {
			t.Errorf("dial %s: %v, want the SSRF guard's refusal", addr, err)
		} else if !strings.Contains(err.Error(), "not a public address") {
			t.Errorf("dial %s: %v does not say why", addr, err)
		}
	}
	if n := accepted.Load(); n != 0 {
		t.Errorf("the loopback listener accepted %d connections through the guard", n)
	}
}
