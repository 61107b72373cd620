package testweb

import (
	"net/http"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

// TestNights checks that night K evolves a few programs, that unchanged
// pages answer conditional requests with 304 (by ETag and by date), and
// that changed pages answer 200 with a new body.
func TestNights(t *testing.T) {
	const n, k = 800, 6
	prev := newWeb(t, Config{Programs: n, Seed: 21, Night: k - 1})
	next := newWeb(t, Config{Programs: n, Seed: 21, Night: k})
	tp, tn := prev.Truth(), next.Truth()
	changed := map[string]int{}
	var notModified, modified int
	for i, pt := range tn.Programs {
		old := tp.Programs[i]
		for _, c := range pt.Changed {
			changed[c]++
		}
		visaChanged := slices.Contains(pt.Changed, "visa")
		yogChanged := slices.Contains(pt.Changed, "yog")
		rosterChanged := slices.Contains(pt.Changed, "roster")
		if visaChanged && cmp.Equal(visaFacts(old), visaFacts(pt)) {
			t.Errorf("%s: visa changed but its facts did not", pt.ProgramID)
		}
		if !visaChanged && !cmp.Equal(visaFacts(old), visaFacts(pt)) {
			t.Errorf("%s: visa facts changed without a visa change", pt.ProgramID)
		}
		if pt.Style.Roster != RosterAggregate && rosterChanged == cmp.Equal(old.Residents, pt.Residents) {
			t.Errorf("%s: roster changed=%v but residents equal=%v", pt.ProgramID, rosterChanged, !rosterChanged)
		}
		for j, pg := range pt.Pages {
			if pg.Kind == imgfriendly.KindOther && pg.LastModified == "" {
				continue // the PDF
			}
			first := get(prev, tp.Programs[i].Pages[j].URL)
			etag, lm := first.Header.Get("ETag"), first.Header.Get("Last-Modified")
			if etag == "" || lm == "" {
				t.Fatalf("%s: no validators", pg.URL)
			}
			if lm != tp.Programs[i].Pages[j].LastModified {
				t.Errorf("%s: Last-Modified %s, truth says %s", pg.URL, lm, tp.Programs[i].Pages[j].LastModified)
			}
			wantChange := false
			switch pg.Kind {
			case imgfriendly.KindEligibility:
				wantChange = visaChanged || yogChanged
			case imgfriendly.KindRoster:
				wantChange = rosterChanged
			}
			byTag := get(next, pg.URL, "If-None-Match", etag)
			byDate := get(next, pg.URL, "If-Modified-Since", lm)
			switch {
			case wantChange:
				modified++
				if byTag.StatusCode != http.StatusOK || byDate.StatusCode != http.StatusOK {
					t.Errorf("%s changed but answered %d/%d", pg.URL, byTag.StatusCode, byDate.StatusCode)
				}
				if body(t, byTag) == body(t, first) {
					t.Errorf("%s changed but its body did not", pg.URL)
				}
			default:
				notModified++
				if byTag.StatusCode != http.StatusNotModified || byDate.StatusCode != http.StatusNotModified {
					t.Errorf("%s unchanged but answered %d/%d", pg.URL, byTag.StatusCode, byDate.StatusCode)
				}
			}
		}
	}
	for _, c := range []string{"visa", "yog", "roster"} {
		if changed[c] < n/200 || changed[c] > n/10 {
			t.Errorf("%d programs changed %s on night %d, want a few %%", changed[c], c, k)
		}
	}
	if modified == 0 || notModified < 10*modified {
		t.Errorf("%d pages modified, %d not: want most unchanged", modified, notModified)
	}
}

func visaFacts(pt ProgramTruth) []FactTruth {
	var out []FactTruth
	for _, f := range []imgfriendly.Field{imgfriendly.FieldVisaJ1, imgfriendly.FieldVisaH1B} {
		if ft, ok := pt.Facts[f]; ok {
			out = append(out, ft)
		}
	}
	return out
}
