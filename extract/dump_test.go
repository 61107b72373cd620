package extract

import (
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// TestDumpCase writes a golden-case draft from a testweb page: page.html as
// served, want.json from testweb's ground truth (never from the extractor),
// for review by hand. DUMP_URL=... DUMP_CASE=name go test -run TestDumpCase.
func TestDumpCase(t *testing.T) {
	target, name := os.Getenv("DUMP_URL"), os.Getenv("DUMP_CASE")
	if target == "" || name == "" {
		t.Skip("set DUMP_URL and DUMP_CASE")
	}
	n := 200
	if os.Getenv("DUMP_N") != "" {
		n = 13000
	}
	w, err := testweb.New(testweb.Config{Programs: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("DUMP_RAW") != "" {
		rec := httptest.NewRecorder()
		w.Handler().ServeHTTP(rec, httptest.NewRequest("GET", target, nil))
		body, _ := io.ReadAll(rec.Result().Body)
		os.WriteFile(name, body, 0o644)
		return
	}
	for _, pt := range w.Truth().Programs {
		for _, pg := range pt.Pages {
			if pg.URL != target {
				continue
			}
			rec := httptest.NewRecorder()
			w.Handler().ServeHTTP(rec, httptest.NewRequest("GET", pg.URL, nil))
			body, _ := io.ReadAll(rec.Result().Body)
			want := goldenWant{Note: "testweb " + pt.Style.Chrome + "/" + pt.Style.Eligibility + "/" + pt.Style.Roster + " (want from testweb truth, reviewed by hand)",
				URL: pg.URL, Kind: pg.Kind, Facts: map[imgfriendly.Field]any{}, Conditions: map[imgfriendly.Field]string{}, Residents: [][3]string{}}
			for f, ft := range pt.Facts {
				if ft.URL != pg.URL {
					continue
				}
				want.Facts[f] = factValue(imgfriendly.Fact{Value: ft.Value})
				if ft.Condition != "" {
					want.Conditions[f] = ft.Condition
				}
			}
			for _, rt := range pt.Residents {
				if rt.URL != pg.URL {
					continue
				}
				school, country := rt.School, ""
				if strings.HasSuffix(school, ", "+rt.Country) {
					school, country = strings.TrimSuffix(school, ", "+rt.Country), rt.Country
				}
				want.Residents = append(want.Residents, [3]string{rt.Name, school, country})
			}
			if len(want.Conditions) == 0 {
				want.Conditions = nil
			}
			dir := filepath.Join("testdata", name)
			os.MkdirAll(dir, 0o755)
			os.WriteFile(filepath.Join(dir, "page.html"), body, 0o644)
			b, _ := json.MarshalIndent(want, "", "  ")
			os.WriteFile(filepath.Join(dir, "want.json"), append(b, '\n'), 0o644)
			return
		}
	}
	t.Fatalf("no page %s", target)
}
