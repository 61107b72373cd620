package transform

import (
	"math"
	"strconv"
	"testing"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// TestTestwebSchools classifies every school the synthetic web writes on
// its rosters (small web) against the web's ground truth. A wrong IMG
// answer fails; unknowns are listed and may be at most 1 % of residents.
func TestTestwebSchools(t *testing.T) {
	web, err := testweb.New(testweb.Config{Programs: 200, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	c := mustClassifier(t)
	truth := web.Truth()
	total, unknown := 0, 0
	unknownNames := map[string]bool{}
	for _, p := range truth.Programs {
		for _, r := range p.Residents {
			if r.School == "" || r.IMG == nil {
				continue
			}
			total++
			got := c.Classify(r.School, "")
			if got.IMG == nil || got.Confidence < DefaultConfig().MinConfidence {
				unknown++
				unknownNames[r.School] = true
				continue
			}
			if *got.IMG != *r.IMG {
				t.Errorf("%q (%s, %s): IMG %v, truth %v", r.School, r.CanonicalSchool, r.Country, *got.IMG, *r.IMG)
			}
		}
	}
	if total == 0 {
		t.Fatal("the test web listed no resident with a school")
	}
	for n := range unknownNames {
		t.Logf("unknown: %q", n)
	}
	if float64(unknown) > 0.01*float64(total) {
		t.Errorf("%d of %d resident schools unknown, want ≤ 1 %%", unknown, total)
	}
	t.Logf("%d resident schools, %d unknown", total, unknown)
}

// truthPages turns the web's ground truth into the pages a perfect
// extractor would hand to Programs: roster residents as written, and the
// stated counts of aggregate rosters.
func truthPages(truth *testweb.Truth) ([]imgfriendly.Program, []Page) {
	var seeds []imgfriendly.Program
	var pages []Page
	for _, p := range truth.Programs {
		seeds = append(seeds, imgfriendly.Program{ID: p.ProgramID, URL: p.URL, State: p.State, Specialty: p.Specialty})
		byURL := map[string]int{}
		for _, r := range p.Residents {
			i, ok := byURL[r.URL]
			if !ok {
				i = len(pages)
				byURL[r.URL] = i
				pages = append(pages, page(p.ProgramID, r.URL, imgfriendly.KindRoster, t0))
			}
			pages[i].Facts.Residents = append(pages[i].Facts.Residents, imgfriendly.Resident{Name: r.Name, School: r.School})
		}
		var facts []imgfriendly.Fact
		for _, f := range []imgfriendly.Field{imgfriendly.FieldIMGCount, imgfriendly.FieldResidentsCount} {
			if ft, ok := p.Facts[f]; ok {
				facts = append(facts, imgfriendly.Fact{Field: f, Value: ft.Value, Evidence: imgfriendly.Evidence{URL: ft.URL}})
			}
		}
		if len(facts) > 0 {
			pages = append(pages, page(p.ProgramID, p.RosterURL, imgfriendly.KindRoster, t0, facts...))
		}
	}
	return seeds, pages
}

// TestProgramsOnTestwebTruth: given what a perfect extractor would find,
// Programs' IMG share is within ±2 points of the truth for ≥ 99 % of the
// programs whose truth has a share, and the source agrees.
func TestProgramsOnTestwebTruth(t *testing.T) {
	web, err := testweb.New(testweb.Config{Programs: 300, Seed: 11})
	if err != nil {
		t.Fatal(err)
	}
	truth := web.Truth()
	seeds, pages := truthPages(truth)
	recs, _ := Programs(DefaultConfig(), seeds, pages, mustClassifier(t))
	withShare, within := 0, 0
	for i, p := range truth.Programs {
		got := recs[i]
		if got.ID != p.ProgramID {
			t.Fatalf("record %d is %s, want %s", i, got.ID, p.ProgramID)
		}
		if p.IMGShare == nil {
			if got.IMGShare != nil && got.IMGShareSource == ShareFromRoster {
				t.Errorf("%s: share %v from a roster with no schools", p.ProgramID, *got.IMGShare)
			}
			continue
		}
		withShare++
		if got.IMGShare != nil && math.Abs(*got.IMGShare-*p.IMGShare) <= 0.02 && got.IMGShareSource == p.IMGShareSource {
			within++
			continue
		}
		g := "nil"
		if got.IMGShare != nil {
			g = strconv.FormatFloat(*got.IMGShare, 'f', 3, 64)
		}
		t.Logf("%s (%s roster): share %s from %q, truth %.3f from %q", p.ProgramID, p.Style.Roster, g, got.IMGShareSource, *p.IMGShare, p.IMGShareSource)
	}
	if withShare == 0 {
		t.Fatal("no program with a true share")
	}
	if float64(within) < 0.99*float64(withShare) {
		t.Errorf("%d of %d programs within ±2 points, want ≥ 99 %%", within, withShare)
	}
	t.Logf("%d of %d programs within ±2 points", within, withShare)
}

// BenchmarkProgramsTestweb reconciles 1,000 programs of the test web (about
// 30 residents each, as a perfect extractor would find them).
func BenchmarkProgramsTestweb(b *testing.B) {
	web, err := testweb.New(testweb.Config{Programs: 1000, Seed: 3})
	if err != nil {
		b.Fatal(err)
	}
	seeds, pages := truthPages(web.Truth())
	c := mustClassifier(b)
	residents := 0
	for _, p := range pages {
		residents += len(p.Facts.Residents)
	}
	b.ReportAllocs()
	for b.Loop() {
		Programs(DefaultConfig(), seeds, pages, c)
	}
	b.ReportMetric(float64(residents*b.N)/b.Elapsed().Seconds(), "residents/s")
	b.ReportMetric(float64(len(seeds)*b.N)/b.Elapsed().Seconds(), "programs/s")
}
