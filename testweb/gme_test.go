package testweb

import (
	"net/http"
	"strings"
	"testing"
)

// instGet requests url from the web's handler (redirects not followed):
// status, Location and body.
func instGet(t *testing.T, w *Web, url string) (int, string, string) {
	t.Helper()
	res := get(w, url)
	return res.StatusCode, res.Header.Get("Location"), body(t, res)
}

func TestInstitutionSites(t *testing.T) {
	w, err := New(Config{Programs: 60, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	insts := w.Institutions()
	n, twoClicks, ids := 0, 0, 0
	for _, inst := range insts {
		n += len(inst.Programs)
		code, _, gme := instGet(t, w, inst.GMEURL)
		if code != 200 || !strings.Contains(gme, "Graduate Medical Education") {
			t.Fatalf("%s: %d", inst.GMEURL, code)
		}
		list := gme
		if inst.TwoClicks {
			twoClicks++
			if strings.Contains(gme, inst.Programs[0].Link) {
				t.Errorf("%s: two-click institution links a program from the GME page", inst.Name)
			}
			_, _, list = instGet(t, w, "http://www."+inst.Domain+gmeListPath)
		}
		if inst.IDsTable {
			ids++
			if !strings.Contains(gme, inst.Programs[0].ProgramID) {
				t.Errorf("%s: ids table lacks %s", inst.Name, inst.Programs[0].ProgramID)
			}
		}
		for _, p := range inst.Programs {
			if !strings.Contains(list, `href="`+p.Link+`"`) || !strings.Contains(list, esc(p.Anchor)) {
				t.Errorf("%s: program list lacks %s (%q)", inst.Name, p.Link, p.Anchor)
			}
			if p.Link != p.URL {
				code, loc, _ := instGet(t, w, p.Link)
				if code != http.StatusMovedPermanently || loc != p.URL {
					t.Errorf("%s: %d → %q, want 301 → %s", p.Link, code, loc, p.URL)
				}
			}
		}
		for _, d := range inst.Decoys {
			for _, p := range inst.Programs {
				if p.Specialty == d {
					t.Errorf("%s: decoy %s is one of its programs", inst.Name, d)
				}
			}
			if !strings.Contains(gme, esc(serviceAnchor(d))) {
				t.Errorf("%s: GME page lacks the decoy link for %s", inst.Name, d)
			}
		}
		cases := w.InstitutionCases(inst)
		for _, tc := range []struct {
			kase string
			code int
			loc  string
		}{
			{"moved", 301, inst.Programs[0].URL},
			{"temporary", 302, inst.Programs[0].URL},
			{"out_of_scope", 301, "http://www." + strings.TrimSuffix(inst.Domain, ".test") + "-partners.test/residency/"},
			{"dead", 410, ""},
			{"dead_5xx", 503, ""},
			{"not_program_page", 200, ""},
		} {
			code, loc, _ := instGet(t, w, cases[tc.kase])
			if code != tc.code || loc != tc.loc {
				t.Errorf("%s %s: %d %q, want %d %q", tc.kase, cases[tc.kase], code, loc, tc.code, tc.loc)
			}
		}
	}
	if n != 60 || twoClicks == 0 || ids == 0 {
		t.Errorf("%d programs over %d institutions, %d two-click, %d with ids", n, len(insts), twoClicks, ids)
	}
	_, _, robots := instGet(t, w, "http://www."+insts[0].Domain+"/robots.txt")
	if !strings.Contains(robots, "Disallow: "+gmePrivatePath) {
		t.Errorf("robots.txt: %q", robots)
	}
	if s := w.Stats(); s.UnknownHosts != 0 {
		t.Errorf("institution hosts counted as unknown: %d", s.UnknownHosts)
	}
}

// The institution sites add hosts; they change no program page.
func TestInstitutionSitesLeaveProgramsAlone(t *testing.T) {
	w, _ := New(Config{Programs: 8, Seed: 1})
	for _, p := range w.Programs() {
		code, _, body := instGet(t, w, p.URL)
		if code != 200 || strings.Contains(body, gmePath) {
			t.Errorf("%s: %d, links the GME page: %v", p.URL, code, strings.Contains(body, gmePath))
		}
	}
}
