package transform

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

var t0 = time.Date(2026, 11, 20, 3, 0, 0, 0, time.UTC)

func seed(id string) imgfriendly.Program {
	return imgfriendly.Program{ID: id, Name: "Program " + id, Specialty: "Internal Medicine", State: "NY", URL: "http://p" + id + ".test/"}
}

func boolFact(f imgfriendly.Field, v bool, url string) imgfriendly.Fact {
	return imgfriendly.Fact{Field: f, Value: imgfriendly.BoolValue(v), Evidence: imgfriendly.Evidence{URL: url, Text: string(f)}}
}

func numFact(f imgfriendly.Field, v float64, url string) imgfriendly.Fact {
	return imgfriendly.Fact{Field: f, Value: imgfriendly.NumValue(v), Evidence: imgfriendly.Evidence{URL: url, Text: "n"}}
}

func page(program, url string, kind imgfriendly.PageKind, at time.Time, facts ...imgfriendly.Fact) Page {
	return Page{
		ProgramID: program,
		Fetch:     imgfriendly.Fetch{ProgramID: program, URL: url, FinalURL: url, Status: 200, ContentHash: "h" + url, FetchedAt: at},
		Facts:     imgfriendly.PageFacts{URL: url, Kind: kind, Facts: facts},
	}
}

func rosterPage(program, url string, kind imgfriendly.PageKind, rs ...imgfriendly.Resident) Page {
	p := page(program, url, kind, t0)
	p.Facts.Residents = rs
	return p
}

func res(name, school string) imgfriendly.Resident {
	return imgfriendly.Resident{Name: name, School: school}
}

// winner summarises the fact that won a field.
type winner struct {
	Value string
	URL   string
}

func TestProgramsReconcile(t *testing.T) {
	const id = "1403621123"
	eligURL, progURL, otherURL := "http://p.test/eligibility", "http://p.test/", "http://p.test/news"
	tests := []struct {
		name  string
		cfg   func(*Config)
		pages []Page
		want  map[imgfriendly.Field]winner
	}{
		{
			name: "eligibility page beats program page beats other",
			pages: []Page{
				page(id, otherURL, imgfriendly.KindOther, t0, boolFact(imgfriendly.FieldVisaJ1, false, otherURL), numFact(imgfriendly.FieldYOGMaxYears, 10, otherURL), numFact(imgfriendly.FieldStep2CKMin, 200, otherURL)),
				page(id, progURL, imgfriendly.KindProgram, t0, boolFact(imgfriendly.FieldVisaJ1, false, progURL), numFact(imgfriendly.FieldYOGMaxYears, 5, progURL)),
				page(id, eligURL, imgfriendly.KindEligibility, t0, boolFact(imgfriendly.FieldVisaJ1, true, eligURL)),
			},
			want: map[imgfriendly.Field]winner{
				imgfriendly.FieldVisaJ1:      {"true", eligURL},
				imgfriendly.FieldYOGMaxYears: {"5", progURL},
				imgfriendly.FieldStep2CKMin:  {"200", otherURL},
			},
		},
		{
			name: "configured order: other first",
			cfg:  func(c *Config) { c.PageKindOrder = []string{"other", "eligibility"} },
			pages: []Page{
				page(id, eligURL, imgfriendly.KindEligibility, t0, boolFact(imgfriendly.FieldVisaH1B, true, eligURL)),
				page(id, otherURL, imgfriendly.KindOther, t0, boolFact(imgfriendly.FieldVisaH1B, false, otherURL)),
				page(id, progURL, imgfriendly.KindProgram, t0, boolFact(imgfriendly.FieldVisaJ1, false, progURL)),
			},
			want: map[imgfriendly.Field]winner{
				imgfriendly.FieldVisaH1B: {"false", otherURL},
				imgfriendly.FieldVisaJ1:  {"false", progURL}, // unlisted kind: last, but still used
			},
		},
		{
			name: "unlisted kind ranks after listed kinds",
			cfg:  func(c *Config) { c.PageKindOrder = []string{"eligibility"} },
			pages: []Page{
				page(id, progURL, imgfriendly.KindProgram, t0, boolFact(imgfriendly.FieldVisaJ1, false, progURL)),
				page(id, eligURL, imgfriendly.KindEligibility, t0.Add(-time.Hour), boolFact(imgfriendly.FieldVisaJ1, true, eligURL)),
			},
			want: map[imgfriendly.Field]winner{imgfriendly.FieldVisaJ1: {"true", eligURL}},
		},
		{
			name: "same rank: most recently fetched wins",
			pages: []Page{
				page(id, "http://p.test/a-faq", imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldStep2CKMin, 220, "http://p.test/a-faq")),
				page(id, "http://p.test/b-elig", imgfriendly.KindEligibility, t0.Add(time.Minute), numFact(imgfriendly.FieldStep2CKMin, 230, "http://p.test/b-elig")),
			},
			want: map[imgfriendly.Field]winner{imgfriendly.FieldStep2CKMin: {"230", "http://p.test/b-elig"}},
		},
		{
			name: "same rank, same value: the smallest URL gives the evidence, whichever was fetched last",
			pages: []Page{
				page(id, "http://p.test/a-faq", imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldAttemptsMax, 2, "http://p.test/a-faq")),
				page(id, "http://p.test/b-elig", imgfriendly.KindEligibility, t0.Add(time.Minute), numFact(imgfriendly.FieldAttemptsMax, 2, "http://p.test/b-elig")),
			},
			want: map[imgfriendly.Field]winner{imgfriendly.FieldAttemptsMax: {"2", "http://p.test/a-faq"}},
		},
		{
			name: "same rank and time: smallest URL wins",
			pages: []Page{
				page(id, "http://p.test/b-elig", imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldStep2CKMin, 230, "http://p.test/b-elig")),
				page(id, "http://p.test/a-faq", imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldStep2CKMin, 220, "http://p.test/a-faq")),
			},
			want: map[imgfriendly.Field]winner{imgfriendly.FieldStep2CKMin: {"220", "http://p.test/a-faq"}},
		},
		{
			name: "one page: first statement wins",
			pages: []Page{
				page(id, eligURL, imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldAttemptsMax, 1, eligURL), numFact(imgfriendly.FieldAttemptsMax, 2, eligURL)),
			},
			want: map[imgfriendly.Field]winner{imgfriendly.FieldAttemptsMax: {"1", eligURL}},
		},
		{
			name: "hard and soft stay separate fields",
			pages: []Page{
				page(id, eligURL, imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldStep2CKPreferredMin, 240, eligURL)),
				page(id, progURL, imgfriendly.KindProgram, t0, numFact(imgfriendly.FieldStep2CKMin, 220, progURL)),
			},
			want: map[imgfriendly.Field]winner{
				imgfriendly.FieldStep2CKPreferredMin: {"240", eligURL},
				imgfriendly.FieldStep2CKMin:          {"220", progURL},
			},
		},
		{
			name: "a URL fetched twice counts with its latest fetch",
			pages: []Page{
				page(id, eligURL, imgfriendly.KindEligibility, t0.Add(time.Hour), boolFact(imgfriendly.FieldVisaH1B, true, eligURL)),
				page(id, eligURL, imgfriendly.KindEligibility, t0, boolFact(imgfriendly.FieldVisaH1B, false, eligURL)),
			},
			want: map[imgfriendly.Field]winner{imgfriendly.FieldVisaH1B: {"true", eligURL}},
		},
		{
			name: "extraction's kind first, then the crawler's",
			pages: func() []Page {
				a := page(id, "http://p.test/a", "", t0, boolFact(imgfriendly.FieldVisaJ1, false, "http://p.test/a"))
				a.Fetch.Kind = imgfriendly.KindProgram
				b := page(id, "http://p.test/b", imgfriendly.KindEligibility, t0, boolFact(imgfriendly.FieldVisaJ1, true, "http://p.test/b"))
				b.Fetch.Kind = imgfriendly.KindOther
				return []Page{a, b}
			}(),
			want: map[imgfriendly.Field]winner{imgfriendly.FieldVisaJ1: {"true", "http://p.test/b"}},
		},
		{
			name:  "pages of other programs are ignored",
			pages: []Page{page("9999999999", eligURL, imgfriendly.KindEligibility, t0, boolFact(imgfriendly.FieldVisaJ1, true, eligURL))},
			want:  map[imgfriendly.Field]winner{},
		},
		{
			name: "no pages",
			want: map[imgfriendly.Field]winner{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			recs, _ := Programs(cfg, []imgfriendly.Program{seed(id)}, tt.pages, nil)
			if len(recs) != 1 {
				t.Fatalf("got %d records, want 1", len(recs))
			}
			got := map[imgfriendly.Field]winner{}
			for f, fact := range recs[0].Facts {
				got[f] = winner{fact.Value.String(), fact.Evidence.URL}
				if fact.ProgramID != id {
					t.Errorf("%s: ProgramID %q, want %q", f, fact.ProgramID, id)
				}
				if fact.Evidence.FetchedAt.IsZero() {
					t.Errorf("%s: Evidence.FetchedAt not filled", f)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("facts (-want +got):\n%s", diff)
			}
		})
	}
}

func TestProgramsKeepsSeedsAndStampsTime(t *testing.T) {
	seeds := []imgfriendly.Program{seed("1400000001"), seed("1400000002"), seed("1400000003")}
	at := t0.Add(90 * time.Minute)
	pages := []Page{
		page("1400000002", "http://b.test/faq", imgfriendly.KindEligibility, at, boolFact(imgfriendly.FieldVisaJ1, true, "http://b.test/faq")),
		page("1400000002", "http://b.test/", imgfriendly.KindProgram, at),
		page("1400000002", "http://b.test/", imgfriendly.KindProgram, at), // same URL again
	}
	recs, residents := Programs(DefaultConfig(), seeds, pages, nil)
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"1400000001", "1400000002", "1400000003"}, ids); diff != "" {
		t.Errorf("record order (-want +got):\n%s", diff)
	}
	if recs[0].PagesFetched != 0 || recs[1].PagesFetched != 2 {
		t.Errorf("PagesFetched = %d, %d; want 0, 2", recs[0].PagesFetched, recs[1].PagesFetched)
	}
	if recs[0].Facts == nil || len(recs[0].Facts) != 0 || recs[0].IMGShare != nil || recs[0].IMGShareSource != "" {
		t.Errorf("program without pages: %+v", recs[0])
	}
	if got := recs[1].Facts[imgfriendly.FieldVisaJ1].Evidence.FetchedAt; !got.Equal(at) {
		t.Errorf("FetchedAt = %v, want %v (from the fetch)", got, at)
	}
	if recs[1].Name != "Program 1400000002" || recs[1].URL != "http://p1400000002.test/" {
		t.Errorf("seed data not carried: %+v", recs[1].Program)
	}
	if len(residents) != 0 {
		t.Errorf("residents = %v, want none", residents)
	}
}

// shareResult summarises a program's residents and share.
type shareResult struct {
	Total, IMG, Unknown int
	Share               string // "nil" or the share with 3 decimals
	Source, Evidence    string
}

func summarize(r imgfriendly.ProgramRecord) shareResult {
	s := "nil"
	if r.IMGShare != nil {
		s = strconv.FormatFloat(math.Round(*r.IMGShare*1000)/1000, 'f', -1, 64)
	}
	return shareResult{r.ResidentsTotal, r.ResidentsIMG, r.ResidentsUnknown, s, r.IMGShareSource, r.IMGShareEvidence}
}

func TestProgramsIMGShare(t *testing.T) {
	const id = "1403621123"
	roster, tab2, news, faq := "http://p.test/residents", "http://p.test/residents/pgy2", "http://p.test/news/welcome", "http://p.test/faq"
	stated := func(url string, kind imgfriendly.PageKind, img, total float64) Page {
		return page(id, url, kind, t0, numFact(imgfriendly.FieldIMGCount, img, url), numFact(imgfriendly.FieldResidentsCount, total, url))
	}
	tests := []struct {
		name  string
		cfg   func(*Config)
		pages []Page
		want  shareResult
	}{
		{
			name: "roster share over classified residents",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster,
					res("Ana Silva", "St. George's University School of Medicine"),
					res("Raj Patel", "King Edward Medical University, Lahore, Pakistan"),
					res("John Smith", "Harvard Medical School"),
					res("Mary Jones", ""), // no school: unknown
				),
				stated(faq, imgfriendly.KindEligibility, 1, 10), // the roster wins over stated counts
			},
			want: shareResult{4, 2, 1, "0.667", "roster", roster},
		},
		{
			name: "roster share evidence is the page contributing most residents",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("A One", "UCSF")),
				rosterPage(id, tab2, imgfriendly.KindRoster, res("B Two", "SGU"), res("C Three", "AUC"), res("D Four", "Yale")),
			},
			want: shareResult{4, 2, 0, "0.5", "roster", tab2},
		},
		{
			name: "too few classified residents: stated counts instead",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("A One", "UCSF"), res("B Two", "SGU"), res("C Three", "Unknown School")),
				stated(faq, imgfriendly.KindEligibility, 11, 20),
			},
			want: shareResult{3, 1, 1, "0.55", "stated", faq},
		},
		{
			name: "min_roster_residents lowered: the small roster counts",
			cfg:  func(c *Config) { c.MinRosterResidents = 2 },
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("A One", "UCSF"), res("B Two", "SGU"), res("C Three", "Unknown School")),
				stated(faq, imgfriendly.KindEligibility, 11, 20),
			},
			want: shareResult{3, 1, 1, "0.5", "roster", roster},
		},
		{
			name:  "stated counts only",
			pages: []Page{stated(faq, imgfriendly.KindProgram, 6, 24)},
			want:  shareResult{0, 0, 0, "0.25", "stated", faq},
		},
		{
			name: "stated counts: best-ranked page stating both",
			pages: []Page{
				stated("http://p.test/about", imgfriendly.KindProgram, 3, 30),
				stated(faq, imgfriendly.KindEligibility, 15, 30),
			},
			want: shareResult{0, 0, 0, "0.5", "stated", faq},
		},
		{
			name: "stated counts split across pages are not combined",
			pages: []Page{
				page(id, faq, imgfriendly.KindEligibility, t0, numFact(imgfriendly.FieldIMGCount, 5, faq)),
				page(id, "http://p.test/about", imgfriendly.KindProgram, t0, numFact(imgfriendly.FieldResidentsCount, 20, "http://p.test/about")),
			},
			want: shareResult{0, 0, 0, "nil", "", ""},
		},
		{
			name:  "stated IMG count above total is ignored",
			pages: []Page{stated(faq, imgfriendly.KindEligibility, 25, 20)},
			want:  shareResult{0, 0, 0, "nil", "", ""},
		},
		{
			name:  "stated total of zero is ignored",
			pages: []Page{stated(faq, imgfriendly.KindEligibility, 0, 0)},
			want:  shareResult{0, 0, 0, "nil", "", ""},
		},
		{
			name:  "nothing: no share",
			pages: []Page{page(id, faq, imgfriendly.KindEligibility, t0, boolFact(imgfriendly.FieldVisaJ1, true, faq))},
			want:  shareResult{0, 0, 0, "nil", "", ""},
		},
		{
			name: "a person on a roster tab and a news post counts once",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("Doe, Jane", ""), res("Raj Patel", "AIIMS"), res("Li Wei", "Peking Union Medical College")),
				rosterPage(id, news, imgfriendly.KindOther, res("Dr. Jane A. Doe, MD", "Ross University School of Medicine")),
			},
			want: shareResult{3, 3, 0, "1", "roster", roster},
		},
		{
			name: "people only on news posts are not counted once a roster lists residents",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("A One", "UCSF"), res("B Two", "Yale"), res("C Three", "Duke")),
				rosterPage(id, news, imgfriendly.KindOther, res("Alumni Person", "SGU"), res("Another Alum", "AUC")),
			},
			want: shareResult{3, 0, 0, "0", "roster", roster},
		},
		{
			name: "roster_pages_only off: everyone counts",
			cfg:  func(c *Config) { c.RosterPagesOnly = false },
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("A One", "UCSF"), res("B Two", "Yale"), res("C Three", "Duke")),
				rosterPage(id, news, imgfriendly.KindOther, res("Alumni Person", "SGU"), res("Another Alum", "AUC")),
			},
			want: shareResult{5, 2, 0, "0.4", "roster", roster},
		},
		{
			name: "no roster page lists residents: other pages count",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster),
				rosterPage(id, news, imgfriendly.KindProgram, res("A One", "SGU"), res("B Two", "Yale"), res("C Three", "AUC"), res("D Four", "RCSI")),
			},
			want: shareResult{4, 3, 0, "0.75", "roster", news},
		},
		{
			name: "residents without a name are never merged",
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("", "SGU"), res("", "SGU"), res("", "Yale")),
			},
			want: shareResult{3, 2, 0, "0.667", "roster", roster},
		},
		{
			name: "below min_confidence: unknown",
			cfg:  func(c *Config) { c.MinConfidence = 0.7 },
			pages: []Page{
				rosterPage(id, roster, imgfriendly.KindRoster, res("A One", "Local College, MBBS"), res("B Two", "Some Medical College, Karachi"), res("C Three", "Yale"), res("D Four", "SGU"), res("E Five", "UCSF")),
			},
			want: shareResult{5, 1, 2, "0.333", "roster", roster},
		},
	}
	c := mustClassifier(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := DefaultConfig()
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			recs, _ := Programs(cfg, []imgfriendly.Program{seed(id)}, tt.pages, c)
			if diff := cmp.Diff(tt.want, summarize(recs[0])); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// sharedClassifier is built once for the package's tests: a Classifier is
// read-only after NewClassifier and safe for concurrent use.
var sharedClassifier = sync.OnceValues(NewClassifier)

func mustClassifier(t testing.TB) *Classifier {
	t.Helper()
	c, err := sharedClassifier()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestProgramsResidents(t *testing.T) {
	const id = "1403621123"
	roster, news := "http://p.test/residents", "http://p.test/news/welcome"
	at := t0.Add(time.Hour)
	p1 := rosterPage(id, roster, imgfriendly.KindRoster,
		imgfriendly.Resident{Name: "Doe, Jane", Year: "PGY-2"},
		imgfriendly.Resident{Name: "Omar Haddad", School: "American University of Beirut", Country: "Lebanon", Evidence: imgfriendly.Evidence{URL: roster, Text: "Omar Haddad, AUB"}},
		imgfriendly.Resident{Name: "Sam Lee", School: "Saint Louis University"},
	)
	p1.Fetch.FetchedAt = at
	p2 := rosterPage(id, news, imgfriendly.KindOther, imgfriendly.Resident{Name: "Dr. Jane A. Doe", School: "Dr. Kiran C. Patel College of Osteopathic Medicine", Year: "PGY-3"})
	_, got := Programs(DefaultConfig(), []imgfriendly.Program{seed(id)}, []Page{p2, p1}, mustClassifier(t))
	f, tr := false, true
	want := []imgfriendly.Resident{
		{ProgramID: id, Name: "Doe, Jane", School: "Dr. Kiran C. Patel College of Osteopathic Medicine", Year: "PGY-2",
			Evidence:        imgfriendly.Evidence{URL: roster, FetchedAt: at},
			CanonicalSchool: kpcom, SchoolCountry: usa, IMG: &f, SchoolConfidence: 1},
		{ProgramID: id, Name: "Omar Haddad", School: "American University of Beirut", Country: "Lebanon",
			Evidence:        imgfriendly.Evidence{URL: roster, Text: "Omar Haddad, AUB", FetchedAt: at},
			CanonicalSchool: aub, SchoolCountry: "Lebanon", IMG: &tr, SchoolConfidence: 1},
		{ProgramID: id, Name: "Sam Lee", School: "Saint Louis University",
			Evidence: imgfriendly.Evidence{URL: roster, FetchedAt: at}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("residents (-want +got):\n%s", diff)
	}

	// Without a classifier residents stay unclassified.
	recs, rs := Programs(DefaultConfig(), []imgfriendly.Program{seed(id)}, []Page{p1}, nil)
	if recs[0].ResidentsUnknown != 3 || recs[0].IMGShare != nil {
		t.Errorf("nil classifier: %+v", summarize(recs[0]))
	}
	for _, r := range rs {
		if r.IMG != nil || r.CanonicalSchool != "" {
			t.Errorf("nil classifier classified %+v", r)
		}
	}
}

func TestPersonKey(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Jane Doe", "doe jane"},
		{"Doe, Jane", "doe jane"},
		{"Dr. Jane A. Doe, MD", "doe jane"},
		{"JANE  DOE, M.D.", "doe jane"},
		{"José Núñez", "jose nunez"},
		{"Jane Doe-Smith", "doe jane smith"},
		{"", ""},
		{"Dr.", ""},
	}
	for _, tt := range tests {
		if got := personKey(tt.give); got != tt.want {
			t.Errorf("personKey(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	bad := Config{MinRosterResidents: 0, MinConfidence: 1.5, PageKindOrder: []string{"roster", "faq", "roster"}}
	err := bad.Validate()
	if err == nil {
		t.Fatal("bad config passed validation")
	}
	for _, want := range []string{"min_roster_residents:", "min_confidence:", `page_kind_order: unknown page kind "faq"`, `page_kind_order: "roster" listed twice`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if err := (Config{MinRosterResidents: 1}).Validate(); err == nil || !strings.Contains(err.Error(), "page_kind_order: must list") {
		t.Errorf("empty page_kind_order: %v", err)
	}
}

func TestQuartiles(t *testing.T) {
	share := func(f float64) imgfriendly.ProgramRecord { return imgfriendly.ProgramRecord{IMGShare: &f} }
	recs := []imgfriendly.ProgramRecord{share(0.9), {}, share(0.1), share(0.5), share(0.3), {}}
	got, ok := ShareQuartiles(recs)
	if !ok {
		t.Fatal("no quartiles")
	}
	// Sorted shares 0.1 0.3 0.5 0.9: Q1 at rank 0.75 → 0.25, median 0.4, Q3 at rank 2.25 → 0.6.
	want := Quartiles{N: 4, Q1: 0.25, Median: 0.4, Q3: 0.6}
	if diff := cmp.Diff(want, got, cmpApprox); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, ok := ShareQuartiles([]imgfriendly.ProgramRecord{{}}); ok {
		t.Error("quartiles from no shares")
	}
	if q := Quantile([]float64{7}, 0.5); q != 7 {
		t.Errorf("Quantile of one value = %v", q)
	}
	if q := Quantile(nil, 0.5); !math.IsNaN(q) {
		t.Errorf("Quantile(nil) = %v, want NaN", q)
	}
}

var cmpApprox = cmp.Comparer(func(a, b float64) bool { return math.Abs(a-b) < 1e-9 })

// TestProgramsStatedIMG: residents a page names only by their training
// country or their own IMG status count, and a page's own "IMG" beats a
// classifier's "not an IMG".
func TestProgramsStatedIMG(t *testing.T) {
	const id = "1403621123"
	yes, no := true, false
	p := rosterPage(id, "http://p.test/r", imgfriendly.KindRoster,
		imgfriendly.Resident{Country: "Egypt"},                             // "2 from Egypt"
		imgfriendly.Resident{Country: "Egypt"},                             // unnamed: never merged
		imgfriendly.Resident{IMG: &yes},                                    // "as an IMG", nothing else
		imgfriendly.Resident{Name: "Ana Ruiz", School: "Emory", IMG: &yes}, // flagged international by the roster
		imgfriendly.Resident{Name: "Ben Ota", School: "Cairo University", IMG: &no},
		imgfriendly.Resident{Name: "Cy Bay", School: "Unknown Place", IMG: &no},
	)
	recs, rs := Programs(DefaultConfig(), []imgfriendly.Program{seed(id)}, []Page{p}, mustClassifier(t))
	var got []string
	for _, r := range rs {
		got = append(got, imgWord(r.IMG))
	}
	want := []string{"yes", "yes", "yes", "yes", "yes", "no"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("IMG per resident (-want +got):\n%s", d)
	}
	if r := recs[0]; r.ResidentsTotal != 6 || r.ResidentsIMG != 5 {
		t.Errorf("counts %+v, want 6 residents, 5 IMG", summarize(r))
	}
}
