package testweb

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// newWeb builds a web or fails the test.
func newWeb(t testing.TB, cfg Config) *Web {
	t.Helper()
	w, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// get serves one request through the handler, without a network.
func get(w *Web, rawURL string, hdr ...string) *http.Response {
	req := httptest.NewRequest(http.MethodGet, rawURL, nil)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	rec := httptest.NewRecorder()
	w.Handler().ServeHTTP(rec, req)
	return rec.Result()
}

func body(t testing.TB, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func truthBytes(t testing.TB, w *Web) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := w.Truth().Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterminism(t *testing.T) {
	cfg := Config{Programs: 150, Seed: 7, Night: 3, Faults: AllFaults(0.05)}
	a, b := newWeb(t, cfg), newWeb(t, cfg)
	if !bytes.Equal(truthBytes(t, a), truthBytes(t, b)) {
		t.Fatal("two webs from the same config have different truth")
	}
	if diff := cmp.Diff(a.Programs(), b.Programs()); diff != "" {
		t.Fatalf("seed lists differ (-a +b):\n%s", diff)
	}
	pages := 0
	for _, pt := range a.Truth().Programs {
		if slices.Contains(pt.ProgramFaults, FaultHostDown) {
			continue
		}
		for _, pg := range append(pt.Pages, PageTruth{URL: pt.URL + "robots.txt"}) {
			if pg.Fault == FaultTimeout || pg.Fault == FaultSlow || pg.Fault == FaultHostDown || pg.Fault == FaultReset {
				continue // these answer late or not at all; covered in fault tests
			}
			ra, rb := get(a, pg.URL), get(b, pg.URL)
			if ra.StatusCode != rb.StatusCode || body(t, ra) != body(t, rb) {
				t.Fatalf("%s differs between two generations", pg.URL)
			}
			pages++
		}
	}
	if pages < 150*5 {
		t.Errorf("compared only %d pages", pages)
	}
	other := newWeb(t, Config{Programs: 150, Seed: 8, Night: 3, Faults: AllFaults(0.05)})
	if bytes.Equal(truthBytes(t, a), truthBytes(t, other)) {
		t.Error("a different seed gave the same web")
	}
}

func TestSeedList(t *testing.T) {
	w := newWeb(t, Config{Programs: 3000, Seed: 1})
	var buf bytes.Buffer
	if err := imgfriendly.WriteSeeds(&buf, w.Programs()); err != nil {
		t.Fatal(err)
	}
	progs, rowErrs, err := imgfriendly.ReadSeeds(&buf, "seeds.csv")
	if err != nil || len(rowErrs) > 0 {
		t.Fatalf("seed list does not read back: %v %v", err, rowErrs)
	}
	if len(progs) != 3000 {
		t.Fatalf("read %d programs, want 3000", len(progs))
	}
	hosts, codes := map[string]bool{}, map[string]bool{}
	withRoster, twoCodes := 0, 0
	for _, p := range progs {
		u, err := url.Parse(p.URL)
		if err != nil || u.Port() != "" || !strings.HasSuffix(u.Host, ".test") || u.Path != "/" {
			t.Errorf("%s: url %q is not http://host.test/", p.ID, p.URL)
		}
		if hosts[u.Host] {
			t.Errorf("host %s used twice", u.Host)
		}
		hosts[u.Host] = true
		for _, c := range p.NRMPCodes {
			if codes[c] {
				t.Errorf("NRMP code %s used twice", c)
			}
			codes[c] = true
			if c[4:7] != p.ID[:3] {
				t.Errorf("%s: NRMP code %s has another specialty", p.ID, c)
			}
		}
		if len(p.NRMPCodes) > 1 {
			twoCodes++
		}
		if p.RosterURL != "" {
			withRoster++
		}
		if p.PDName == "" || p.PDEmail == "" || p.CoordinatorEmail == "" || p.Phone == "" {
			t.Errorf("%s: missing contacts", p.ID)
		}
	}
	if withRoster == 0 || withRoster > 3000/3 {
		t.Errorf("%d seeds have roster_url, want some but not most", withRoster)
	}
	if twoCodes == 0 {
		t.Error("no program has two NRMP codes")
	}
}

func TestTruthRoundTrip(t *testing.T) {
	w := newWeb(t, Config{Programs: 60, Seed: 3, Faults: AllFaults(0.1), ExtendedPhrasings: true})
	want := truthBytes(t, w)
	var streamed bytes.Buffer
	if err := w.WriteTruth(&streamed); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, streamed.Bytes()) {
		t.Fatal("WriteTruth and Truth().Write differ")
	}
	tr, err := ReadTruth(bytes.NewReader(want))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := tr.Write(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, again.Bytes()) {
		t.Fatal("truth does not survive a write/read/write round trip")
	}
}

// TestServesEveryHost drives a real listener through a dialer that maps
// every *.test host to it, as the crawler does.
func TestServesEveryHost(t *testing.T) {
	w := newWeb(t, Config{Programs: 40, Seed: 2})
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DialContext: DialTo(srv.Listener.Addr().String())}}
	for _, p := range w.Programs() {
		res, err := client.Get(p.URL)
		if err != nil {
			t.Fatal(err)
		}
		b := body(t, res)
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(b, p.Specialty) {
			t.Errorf("%s: status %d, home page does not name the specialty", p.URL, res.StatusCode)
		}
	}
	res, err := client.Get("http://nosuch.example.test/")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown host: status %d, want 404", res.StatusCode)
	}
}

func TestServeListener(t *testing.T) {
	w := newWeb(t, Config{Programs: 5, Seed: 1})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ServeListener(ctx, ln, w) }()
	client := &http.Client{Transport: &http.Transport{DialContext: DialTo(ln.Addr().String())}}
	res, err := client.Get(w.Programs()[0].URL)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 200 {
		t.Errorf("status %d", res.StatusCode)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("ServeListener after cancel: %v, want nil", err)
	}
}
