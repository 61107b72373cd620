package crawl

import (
	"context"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

func TestProgramLink(t *testing.T) {
	tests := []struct {
		text, href string
		specialty  string
		strong     bool
		ignored    string
		ok         bool
	}{
		{"Internal Medicine Residency", "http://im.x.test/", "Internal Medicine", true, "", true},
		{"Medicine Residency", "http://im.x.test/", "Internal Medicine", false, "", true},
		{"OB/GYN Residency", "http://obgyn.x.test/", "Obstetrics and Gynecology", true, "", true},
		{"Learn more", "http://www.x.test/gme/programs/family-medicine/", "Family Medicine", true, "", true},
		{"Dermatology Clinic", "http://www.x.test/services/dermatology/", "Dermatology", true, "clinic", true},
		{"Internal Medicine – Cardiovascular Disease Fellowship", "http://www.x.test/gme/fellowships/im/", "Internal Medicine", true, "fellowship", true},
		{"Radiology & Imaging Services", "http://www.x.test/services/rad/", "Diagnostic Radiology", true, "services", true},
		{"Transitional Care Unit", "http://www.x.test/services/tcu/", "", false, "", false},
		{"Medicine", "http://www.x.test/about/", "", false, "", false},
		{"Internal Medicine and Dermatology", "http://www.x.test/both/", "Internal Medicine", false, "names several specialties: Internal Medicine, Dermatology", true},
		{"Brochure", "http://www.x.test/im-residency.pdf", "", false, "", false},
	}
	for _, tt := range tests {
		pl, ok := programLink(link{URL: tt.href, Text: tt.text}, "http://www.x.test/gme/")
		if ok != tt.ok || pl.Specialty != tt.specialty || pl.Strong != tt.strong || pl.Ignored != tt.ignored {
			t.Errorf("%q %s: %+v %v; want %q strong=%v ignored=%q ok=%v", tt.text, tt.href, pl, ok, tt.specialty, tt.strong, tt.ignored, tt.ok)
		}
	}
}

// TestDiscoverProgramsOnTestweb scans every institution of a synthetic web:
// each program's link is found (through a redirect or a program list one
// click away) and fetched; decoys are never fetched; robots.txt and
// politeness hold.
func TestDiscoverProgramsOnTestweb(t *testing.T) {
	w, addr := startTestweb(t, testweb.Config{Programs: 60, Seed: 2})
	cfg := testwebConfig(addr)
	cfg.Delay, cfg.Jitter = 5*time.Millisecond, 0
	var insts []imgfriendly.Institution
	for _, in := range w.Institutions() {
		insts = append(insts, imgfriendly.Institution{Name: in.Name, URL: in.GMEURL})
	}
	store, err := OpenStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	scans, err := DiscoverPrograms(context.Background(), cfg, insts, store, nil)
	if err != nil {
		t.Fatal(err)
	}
	found, programs := 0, 0
	for i, in := range w.Institutions() {
		s := scans[i]
		if len(s.Pages) == 0 || !s.Pages[0].OK() {
			t.Fatalf("%s: GME page %+v", in.Name, s.Pages)
		}
		for _, p := range in.Programs {
			programs++
			for _, l := range s.Links {
				if l.Ignored == "" && l.Target.OK() && l.Target.FinalURL == p.URL {
					if sp, _ := imgfriendly.LookupSpecialty(p.Specialty); l.Specialty != sp.Name {
						t.Errorf("%s: %s linked as %s", in.Name, p.URL, l.Specialty)
					}
					found++
					break
				}
			}
		}
		for _, l := range s.Links {
			for _, d := range in.Decoys {
				if l.Specialty == d && l.Ignored == "" {
					t.Errorf("%s: decoy %s kept as a candidate: %+v", in.Name, d, l)
				}
			}
			if l.Ignored != "" && l.Target.URL != "" {
				t.Errorf("%s: ignored link fetched: %+v", in.Name, l)
			}
		}
	}
	if found != programs {
		t.Errorf("%d of %d programs' links found and fetched", found, programs)
	}
	if st := w.Stats(); st.RobotsViolations != 0 || st.MaxConcurrentPerHost > int64(cfg.ParallelismPerHost) {
		t.Errorf("robots violations %d, max concurrent per host %d", st.RobotsViolations, st.MaxConcurrentPerHost)
	}
}
