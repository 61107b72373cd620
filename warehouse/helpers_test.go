package warehouse

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// fact is a hand-written fact for a test program: field, value and condition,
// stated by text on the program's eligibility page.
type fact struct {
	field imgfriendly.Field
	value imgfriendly.Value
	cond  string
	text  string
}

// prog is a hand-written program of a test night.
type prog struct {
	id        string
	specialty string
	state     string
	facts     []fact
	residents int  // roster size
	imgs      int  // of which IMG
	down      bool // host unreachable tonight: no pages, no facts, no residents
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func host(id string) string { return "http://p" + id + ".test" }

// buildNight turns hand-written programs into the Night the pipeline would
// hand RunNight: three fetches per program (home, eligibility, roster),
// reconciled facts citing the eligibility page, residents citing the roster.
func buildNight(runID, night string, progs []prog) Night {
	d := day(night)
	at := d.Add(2 * time.Hour)
	n := Night{
		Run: imgfriendly.Run{ID: runID, Night: d, StartedAt: d.Add(time.Hour), ConfigHash: "cfg", SeedsHash: "seeds",
			Counts: map[string]int{"seeds": len(progs)}},
		CrawlStats: map[string]int{"requests": 3 * len(progs)},
		Now:        func() time.Time { return d.Add(3 * time.Hour) },
	}
	for _, p := range progs {
		rec := imgfriendly.ProgramRecord{
			Program: imgfriendly.Program{ID: p.id, NRMPCodes: []string{p.id[:4] + "140C0"}, Name: "Program " + p.id,
				Specialty: p.specialty, City: "Springfield", State: p.state, URL: host(p.id) + "/"},
			Facts: map[imgfriendly.Field]imgfriendly.Fact{},
		}
		if rec.Specialty == "" {
			rec.Specialty = "Internal Medicine"
		}
		if rec.State == "" {
			rec.State = "IL"
		}
		for i, path := range []string{"/", "/eligibility", "/residents"} {
			kind := []imgfriendly.PageKind{imgfriendly.KindProgram, imgfriendly.KindEligibility, imgfriendly.KindRoster}[i]
			f := imgfriendly.Fetch{RunID: runID, ProgramID: p.id, URL: host(p.id) + path, FinalURL: host(p.id) + path,
				Kind: kind, Depth: min(i, 1), FetchedAt: at, Attempts: 1}
			if p.down {
				f.Error = imgfriendly.FetchErrorNetwork + ": connection refused"
			} else {
				f.Status, f.ContentType, f.Bytes = 200, "text/html", 1000
				sum := sha256.Sum256([]byte(night + f.URL))
				f.ContentHash = hex.EncodeToString(sum[:])
				f.ETag = `"` + f.ContentHash[:8] + `"`
				rec.PagesFetched++
			}
			n.Fetches = append(n.Fetches, f)
		}
		if !p.down {
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
		}
		n.Programs = append(n.Programs, rec)
	}
	return n
}

// testConfig is DefaultConfig with small resources for tests.
func testConfig() Config {
	c := DefaultConfig()
	c.MemoryLimit = "512MB"
	c.Threads = 1
	return c
}

// mustRunNight runs n and fails the test on an unexpected status.
func mustRunNight(t *testing.T, cfg Config, dir string, n Night, want string) Outcome {
	t.Helper()
	out, err := RunNight(context.Background(), cfg, dir, n)
	if out.Status != want {
		t.Fatalf("RunNight(%s): status %q, err %v; want %q (gates %+v)", n.Run.ID, out.Status, err, want, failedGates(out))
	}
	if (err == nil) != (want == imgfriendly.RunPublished) {
		t.Fatalf("RunNight(%s): err %v with status %q", n.Run.ID, err, out.Status)
	}
	return out
}

func failedGates(out Outcome) []GateResult {
	var f []GateResult
	for _, g := range out.Gates {
		if !g.Passed {
			f = append(f, g)
		}
	}
	return f
}

// snapshot hashes the published warehouse and every file reachable under
// parquet/ (following the latest symlink), keyed by path; symlinks are
// recorded by target.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	hashFile := func(p string) string {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		s := sha256.Sum256(b)
		return hex.EncodeToString(s[:])
	}
	m[WarehouseFile] = hashFile(filepath.Join(dir, WarehouseFile))
	root := filepath.Join(dir, ParquetDir)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.Type()&fs.ModeSymlink != 0 {
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			m[rel] = "-> " + target
			return nil
		}
		if !d.IsDir() {
			m[rel] = hashFile(p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, t2 := range exportTables {
		p := filepath.Join(root, "latest", t2+".parquet")
		m["latest/"+t2] = hashFile(p)
	}
	return m
}
