package extract

import (
	"encoding/json"
	"flag"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/imgfriendly/imgfriendly"
)

var update = flag.Bool("update", false, "rewrite testdata/*/want.json from the extractor's output (review the diff!)")

// goldenWant is a case's expected extraction, written by hand from what the
// page means. Facts lists every field the page states (any other field must
// be absent); Conditions the condition of every conditional fact; Evidence a
// piece of text each listed fact's evidence must contain; Residents every
// roster resident as [name, school, country]; EvidenceStart the text each
// listed fact's evidence must begin with (no question glued in front).
type goldenWant struct {
	Note          string                       `json:"note,omitempty"`
	URL           string                       `json:"url,omitempty"`
	Kind          imgfriendly.PageKind         `json:"kind"`
	Facts         map[imgfriendly.Field]any    `json:"facts"`
	Conditions    map[imgfriendly.Field]string `json:"conditions,omitempty"`
	Evidence      map[imgfriendly.Field]string `json:"evidence,omitempty"`
	EvidenceStart map[imgfriendly.Field]string `json:"evidence_start,omitempty"`
	Residents     [][3]string                  `json:"residents"`
}

// goldenRunDate is the run date of every golden case.
var goldenRunDate = time.Date(2026, time.November, 25, 0, 0, 0, 0, time.UTC)

func factValue(f imgfriendly.Fact) any {
	switch {
	case f.Value.Bool != nil:
		return *f.Value.Bool
	case f.Value.Num != nil:
		return *f.Value.Num
	case f.Value.Text != nil:
		return *f.Value.Text
	}
	return nil
}

func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*/page.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) < 60 {
		t.Errorf("have %d golden cases, want at least 60", len(dirs))
	}
	for _, p := range dirs {
		dir := filepath.Dir(p)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			body, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			wantPath := filepath.Join(dir, "want.json")
			var want goldenWant
			if b, err := os.ReadFile(wantPath); err == nil {
				if err := json.Unmarshal(b, &want); err != nil {
					t.Fatalf("%s: %v", wantPath, err)
				}
			} else if !*update {
				t.Fatal(err)
			}
			raw := want.URL
			if raw == "" {
				raw = "http://im.example.test/" + filepath.Base(dir)
			}
			u, _ := url.Parse(raw)
			pf, err := Page(body, u, WithRunDate(goldenRunDate))
			if err != nil {
				t.Fatal(err)
			}
			got := goldenWant{Kind: pf.Kind, Facts: map[imgfriendly.Field]any{}, Conditions: map[imgfriendly.Field]string{}, Residents: [][3]string{}}
			for _, f := range pf.Facts {
				got.Facts[f.Field] = factValue(f)
				if f.Condition != "" {
					got.Conditions[f.Field] = f.Condition
				}
				if f.Evidence.Text == "" || f.Evidence.Selector == "" || f.Evidence.URL != raw {
					t.Errorf("%s: incomplete evidence %+v", f.Field, f.Evidence)
				}
				if sub, ok := want.Evidence[f.Field]; ok && !strings.Contains(f.Evidence.Text, sub) {
					t.Errorf("%s: evidence %q does not contain %q", f.Field, f.Evidence.Text, sub)
				}
				if pre, ok := want.EvidenceStart[f.Field]; ok && !strings.HasPrefix(f.Evidence.Text, pre) {
					t.Errorf("%s: evidence %q does not start with %q", f.Field, f.Evidence.Text, pre)
				}
			}
			for _, r := range pf.Residents {
				got.Residents = append(got.Residents, [3]string{r.Name, r.School, r.Country})
				if r.Evidence.Text == "" || r.Evidence.URL != raw {
					t.Errorf("resident %s: incomplete evidence %+v", r.Name, r.Evidence)
				}
			}
			if *update {
				got.Note, got.URL, got.Evidence, got.EvidenceStart = want.Note, want.URL, want.Evidence, want.EvidenceStart
				if len(got.Conditions) == 0 {
					got.Conditions = nil
				}
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(wantPath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			// JSON numbers decode as float64, as factValue returns them.
			if want.Facts == nil {
				want.Facts = map[imgfriendly.Field]any{}
			}
			if want.Conditions == nil {
				want.Conditions = map[imgfriendly.Field]string{}
			}
			if want.Residents == nil {
				want.Residents = [][3]string{}
			}
			if got.Kind != want.Kind {
				t.Errorf("kind = %q, want %q", got.Kind, want.Kind)
			}
			if d := cmp.Diff(want.Facts, got.Facts); d != "" {
				t.Errorf("facts (-want +got):\n%s", d)
			}
			if d := cmp.Diff(want.Conditions, got.Conditions); d != "" {
				t.Errorf("conditions (-want +got):\n%s", d)
			}
			// Residents are compared as a set: a page's order is not a fact.
			if d := cmp.Diff(want.Residents, got.Residents, cmpopts.SortSlices(func(a, b [3]string) bool {
				return a[0]+"|"+a[1] < b[0]+"|"+b[1]
			})); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}
