package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// testNow is the server's clock in tests: applications in 2026.
var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// fact is a hand-written fact stated by a sentence on the program's
// eligibility page.
type fact struct {
	field imgfriendly.Field
	value imgfriendly.Value
	cond  string
	text  string
}

// prog is a hand-written program of the fixture.
type prog struct {
	id, name, specialty, city, state string
	facts                            []fact
	residents, imgs                  int
}

var (
	yes = imgfriendly.BoolValue(true)
	no  = imgfriendly.BoolValue(false)
	num = imgfriendly.NumValue
)

// fixturePrograms are the fixture's programs. For testProfile (graduated
// 2022, so 4 years before 2026; needs a J-1; Step 2 CK 235; 3 months of
// hands-on USCE; Internal Medicine) they fall in every tier:
//
//	Lakeside   High: 60 % IMG, J-1, no YOG cutoff, Step 2 CK ≥ 220, USCE required
//	Harbor     Not eligible: graduated within 3 years (High once graduated 2024)
//	Prairie    Reach: no IMG resident
//	Summit     Moderate: prefers graduates within 3 years
//	Brooklyn   Family Medicine, no visas: Not eligible (other specialty)
func fixturePrograms(night int) []prog {
	step2 := 220.0
	if night == 2 {
		step2 = 225 // the fact that changes on the second night
	}
	common := func(extra ...fact) []fact {
		return append([]fact{
			{imgfriendly.FieldVisaJ1, yes, "", "We accept J-1 visas sponsored by the ECFMG."},
			{imgfriendly.FieldStep2CKMin, num(step2), "", fmt.Sprintf("A minimum USMLE Step 2 CK score of %g is required.", step2)},
			{imgfriendly.FieldUSCERequirement, imgfriendly.TextValue("required"), "", "US clinical experience is required of all applicants."},
		}, extra...)
	}
	return []prog{
		{id: "1401100001", name: "Lakeside Internal Medicine Residency", specialty: "Internal Medicine", city: "Springfield", state: "IL",
			residents: 10, imgs: 6, facts: common(fact{imgfriendly.FieldYOGNoLimit, yes, "", "There is no cutoff on the year of graduation."})},
		{id: "1401100002", name: "Harbor Internal Medicine Residency", specialty: "Internal Medicine", city: "Baltimore", state: "MD",
			residents: 10, imgs: 5, facts: common(fact{imgfriendly.FieldYOGMaxYears, num(3), "", "Applicants must have graduated within the last 3 years."})},
		{id: "1401100003", name: "Prairie Internal Medicine Residency", specialty: "Internal Medicine", city: "Topeka", state: "KS",
			residents: 10, imgs: 0, facts: common(fact{imgfriendly.FieldYOGNoLimit, yes, "", "We have no limit on the year of graduation."})},
		{id: "1401100004", name: "Summit Internal Medicine Residency", specialty: "Internal Medicine", city: "Denver", state: "CO",
			residents: 10, imgs: 4, facts: common(fact{imgfriendly.FieldYOGPreferredMax, num(3), "", "Graduates of the last 3 years are preferred."})},
		{id: "1201100005", name: "Brooklyn Family Medicine Residency", specialty: "Family Medicine", city: "Brooklyn", state: "NY",
			residents: 8, imgs: 2, facts: []fact{
				{imgfriendly.FieldVisaJ1, no, "", "We do not accept J-1 visas."},
				{imgfriendly.FieldVisaH1B, no, "", "We do not sponsor H-1B visas."},
			}},
	}
}

func host(id string) string { return "http://p" + id + ".test" }

// fixtureNight is what the pipeline would hand RunNight for the fixture:
// three pages per program, facts citing the eligibility page, residents
// the roster.
func fixtureNight(runID string, night int) warehouse.Night {
	d := time.Date(2026, 2, night, 0, 0, 0, 0, time.UTC)
	at := d.Add(2 * time.Hour)
	progs := fixturePrograms(night)
	n := warehouse.Night{
		Run: imgfriendly.Run{ID: runID, Night: d, StartedAt: d.Add(time.Hour), ConfigHash: "cfg", SeedsHash: "seeds",
			Counts: map[string]int{"seeds": len(progs)}},
		CrawlStats: map[string]int{"requests": 3 * len(progs)},
		Now:        func() time.Time { return d.Add(3 * time.Hour) },
	}
	for _, p := range progs {
		rec := imgfriendly.ProgramRecord{
			Program: imgfriendly.Program{ID: p.id, NRMPCodes: []string{"1" + p.id[7:] + p.id[:3] + "C0"}, Name: p.name,
				Specialty: p.specialty, City: p.city, State: p.state, URL: host(p.id) + "/",
				PDName: "Dr. Ada Director", PDEmail: "pd@p" + p.id + ".test", CoordinatorName: "Bo Coordinator", Phone: "555-0100"},
			Facts: map[imgfriendly.Field]imgfriendly.Fact{},
		}
		for i, path := range []string{"/", "/eligibility", "/residents"} {
			kind := []imgfriendly.PageKind{imgfriendly.KindProgram, imgfriendly.KindEligibility, imgfriendly.KindRoster}[i]
			f := imgfriendly.Fetch{RunID: runID, ProgramID: p.id, URL: host(p.id) + path, FinalURL: host(p.id) + path,
				Kind: kind, Depth: min(i, 1), FetchedAt: at, Attempts: 1, Status: 200, ContentType: "text/html", Bytes: 1000}
			sum := sha256.Sum256([]byte(runID + f.URL))
			f.ContentHash = hex.EncodeToString(sum[:])
			rec.PagesFetched++
			n.Fetches = append(n.Fetches, f)
		}
		for _, fc := range p.facts {
			rec.Facts[fc.field] = imgfriendly.Fact{ProgramID: p.id, Field: fc.field, Value: fc.value, Condition: fc.cond,
				Evidence: imgfriendly.Evidence{URL: host(p.id) + "/eligibility", Text: fc.text, Selector: "main p", FetchedAt: at}}
		}
		for i := range p.residents {
			img := i < p.imgs
			school, country := "Rush Medical College", "United States"
			if img {
				school, country = "King Edward Medical University", "Pakistan"
			}
			n.Residents = append(n.Residents, imgfriendly.Resident{ProgramID: p.id, Name: fmt.Sprintf("Resident %s-%02d", p.id, i),
				School: school, Year: "PGY-1", CanonicalSchool: school, SchoolCountry: country, IMG: &img, SchoolConfidence: 1,
				Evidence: imgfriendly.Evidence{URL: host(p.id) + "/residents", Text: school, Selector: "li", FetchedAt: at}})
		}
		if p.residents > 0 {
			share := float64(p.imgs) / float64(p.residents)
			rec.ResidentsTotal, rec.ResidentsIMG, rec.IMGShare, rec.IMGShareSource = p.residents, p.imgs, &share, "roster"
			rec.IMGShareEvidence = host(p.id) + "/residents"
		}
		n.Programs = append(n.Programs, rec)
	}
	return n
}

// evidenceWeb serves the fixture's program pages (any *.test host, by Host
// header) with the sentences the facts quote, so evidence links lead to a
// real page.
func evidenceWeb(t testing.TB) *httptest.Server {
	byHost := map[string]prog{}
	for _, p := range fixturePrograms(1) {
		byHost["p"+p.id+".test"] = p
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h, _, _ := strings.Cut(r.Host, ":")
		p, ok := byHost[h]
		if !ok {
			http.NotFound(w, r)
			return
		}
		var b strings.Builder
		fmt.Fprintf(&b, "<!doctype html><title>%s</title><main><h1>%s</h1>", html.EscapeString(p.name), html.EscapeString(p.name))
		switch r.URL.Path {
		case "/eligibility":
			for _, f := range p.facts {
				fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(f.text))
			}
		case "/residents":
			b.WriteString("<ul><li>Our residents</li></ul>")
		}
		b.WriteString("</main>")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, b.String())
	}))
	t.Cleanup(srv.Close)
	return srv
}

func testWarehouseConfig() warehouse.Config {
	c := warehouse.DefaultConfig()
	c.MemoryLimit = "512MB"
	c.Threads = 1
	return c
}

// publishFixture publishes fixture night k (1 or 2) into dir.
func publishFixture(t testing.TB, dir string, k int) {
	t.Helper()
	out, err := warehouse.RunNight(context.Background(), testWarehouseConfig(), dir, fixtureNight(fmt.Sprintf("night%d", k), k))
	if err != nil || out.Status != imgfriendly.RunPublished {
		t.Fatalf("publish fixture night %d: %s %v", k, out.Status, err)
	}
}

// source adapts warehouse.Published as cmd does.
type source struct{ p *warehouse.Published }

func (s source) Acquire(ctx context.Context) (Night, error) {
	snap, err := s.p.Acquire(ctx)
	if errors.Is(err, warehouse.ErrNotPublished) {
		return Night{}, fmt.Errorf("%w: %w", ErrNoWarehouse, err)
	}
	if err != nil {
		return Night{}, err
	}
	return Night{DB: snap.DB, RunID: snap.RunID, Date: snap.Night, Release: snap.Release}, nil
}

// syncBuffer is a log destination tests can read while the server writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testServer is the application over a data directory, on a loopback
// httptest server, with its log.
type testServer struct {
	*httptest.Server
	dir string
	log *syncBuffer
	src Source
	srv *Server
}

// newTestServer serves dir (published or not) with cfg's zero fields
// filled for tests.
func newTestServer(t testing.TB, dir string, cfg Config) *testServer {
	t.Helper()
	pub := warehouse.NewPublished(dir, testWarehouseConfig())
	t.Cleanup(func() { pub.Close() })
	logs := &syncBuffer{}
	cfg.Log = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	cfg.Now = func() time.Time { return testNow }
	cfg.Loopback = true
	cfg.DataDir = dir
	if cfg.Queries == (queries.Config{}) {
		cfg.Queries = queries.DefaultConfig()
	}
	s, err := New(cfg, source{pub})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &testServer{Server: ts, dir: dir, log: logs, src: source{pub}, srv: s}
}

// testProfile is the applicant of the tests, as the form sends it.
func testProfile() map[string][]string {
	return map[string][]string{
		"graduation_year": {"2022"}, "citizenship": {"non_us"}, "visa_needed": {"j1"}, "step1_passed": {"yes"},
		"step2ck_score": {"235"}, "failed_attempts": {"0"}, "hands_on_months": {"3"}, "observership_months": {"0"},
		"specialties": {"Internal Medicine"},
	}
}
