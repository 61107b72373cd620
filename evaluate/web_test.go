package evaluate

import (
	"net/url"
	"testing"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// TestWeb checks the synthetic scorer with two pretend extractors: one that
// reads the truth back (every field agrees), one that finds nothing
// (a field agrees exactly on the programs that do not state it).
func TestWeb(t *testing.T) {
	w, err := testweb.New(testweb.Config{Programs: 40, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	truth := w.Truth()
	byURL := map[string]imgfriendly.PageFacts{}
	for _, pt := range truth.Programs {
		for f, ft := range pt.Facts {
			pf := byURL[ft.URL]
			pf.Facts = append(pf.Facts, imgfriendly.Fact{Field: f, Value: ft.Value})
			byURL[ft.URL] = pf
		}
		for _, r := range pt.Residents {
			u := r.URL
			if u == "" {
				u = pt.RosterURL
			}
			pf := byURL[u]
			pf.Residents = append(pf.Residents, imgfriendly.Resident{Name: r.Name, School: r.School})
			byURL[u] = pf
		}
	}
	oracle := Web(w, func(_ []byte, u *url.URL) (imgfriendly.PageFacts, error) { return byURL[u.String()], nil })
	for _, f := range oracle.Fields {
		if f.Accuracy != 1 || f.Scored != 40 {
			t.Errorf("oracle: %s accuracy %.3f over %d programs, want 1 over 40", f.Field, f.Accuracy, f.Scored)
		}
	}
	if r := oracle.Residents; r.Recall != 1 || r.Precision != 1 || r.Listed == 0 {
		t.Errorf("oracle residents %+v, want recall and precision 1", r)
	}
	if oracle.Pages == 0 || len(oracle.Misses) != 0 {
		t.Errorf("oracle: %d pages, misses %v", oracle.Pages, oracle.Misses)
	}

	blind := Web(w, func([]byte, *url.URL) (imgfriendly.PageFacts, error) { return imgfriendly.PageFacts{}, nil })
	for _, f := range blind.Fields {
		stated := 0
		for _, pt := range truth.Programs {
			if _, ok := pt.Facts[f.Field]; ok {
				stated++
			}
		}
		if f.Stated != stated || f.Agree != 40-stated || f.Predicted != 0 {
			t.Errorf("blind: %s stated %d agree %d predicted %d, want %d, %d, 0", f.Field, f.Stated, f.Agree, f.Predicted, stated, 40-stated)
		}
	}
	if f, low := blind.Min(); low >= 1 {
		t.Errorf("blind extractor: lowest field %s %.3f, want below 1", f, low)
	}
}
