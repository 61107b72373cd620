package crawl

import (
	"testing"
)

// FuzzNormalizeURL checks that normalisation never panics and is idempotent:
// a normalised URL normalises to itself.
func FuzzNormalizeURL(f *testing.F) {
	for _, s := range []string{"http://a.test/x?utm_source=1&b=2#f", "https://A.test:443/./a/../b?", "http://[::1]:80/%7Efoo", "http://a.test/a%2Fb?q=%20&&p"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := NormalizeURL(s)
		if err != nil {
			return
		}
		n2, err := NormalizeURL(n)
		if err != nil {
			t.Fatalf("NormalizeURL(%q) = %q, which does not normalise: %v", s, n, err)
		}
		if n2 != n {
			t.Fatalf("not idempotent: %q → %q → %q", s, n, n2)
		}
	})
}
