package extracts

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// programsNight is a night of n seed programs (the last repeating the
// first's id) with two OK fetches and one failed fetch each, the fetches
// interleaved across programs as a crawl finishes them.
func programsNight(t *testing.T, n int) (*Shell, []imgfriendly.Program, fetchList) {
	t.Helper()
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	pages := &memPages{bodies: map[string][]byte{}}
	hash := pages.put(eligibility)
	var seeds []imgfriendly.Program
	for i := range n - 1 {
		seeds = append(seeds, imgfriendly.Program{ID: fmt.Sprintf("14011%05d", i)})
	}
	seeds = append(seeds, seeds[0])
	var fetches []imgfriendly.Fetch
	for _, path := range []string{"/", "/gone", "/eligibility"} {
		for i := n - 2; i >= 0; i-- {
			f := imgfriendly.Fetch{ProgramID: seeds[i].ID, URL: fmt.Sprintf("http://p%d.test%s", i, path), Status: 200, ContentHash: hash}
			if path == "/gone" {
				f.Status, f.ContentHash, f.Error = 404, "", "http: 404"
			}
			fetches = append(fetches, f)
		}
	}
	sh, err := Open(t.TempDir(), pages, night)
	if err != nil {
		t.Fatal(err)
	}
	return sh, seeds, fetches
}

// TestProgramsStreamsInSeedOrder: every seed row is yielded once, in seed
// order, with all its fetches (in crawl order) and the pages of the OK
// ones; a repeated id is marked and carries the same fetches.
func TestProgramsStreamsInSeedOrder(t *testing.T) {
	n := 2*programBatch + 3 // batches of every size, a short last one
	sh, seeds, fetches := programsNight(t, n)
	var got []string
	for p, err := range sh.Programs(context.Background(), seeds, fetches) {
		if err != nil {
			t.Fatal(err)
		}
		line := fmt.Sprintf("%d %s repeat=%v", p.Index, p.Seed.ID, p.Repeat)
		for _, f := range p.Fetches {
			line += " " + f.URL
		}
		line += " |"
		for _, pg := range p.Pages {
			line += " " + pg.Fetch.URL
			if len(pg.Facts.Facts) == 0 || pg.Facts.Facts[0].ProgramID != p.Seed.ID {
				t.Errorf("%s: page %s has facts %+v, want facts stamped with the program", p.Seed.ID, pg.Fetch.URL, pg.Facts.Facts)
			}
		}
		got = append(got, line)
	}
	var want []string
	for i, s := range seeds {
		k := i
		if i == n-1 {
			k = 0
		}
		want = append(want, fmt.Sprintf("%d %s repeat=%v http://p%d.test/ http://p%d.test/gone http://p%d.test/eligibility | http://p%d.test/ http://p%d.test/eligibility",
			i, s.ID, i == n-1, k, k, k, k, k))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("programs (-want +got):\n%s", diff)
	}
}

// TestProgramsStopsEarlyAndReportsErrors: a consumer that stops early
// leaves no extraction running, and a page that cannot be read ends the
// sequence with its error.
func TestProgramsStopsEarlyAndReportsErrors(t *testing.T) {
	sh, seeds, fetches := programsNight(t, 4*programBatch)
	before := runtime.NumGoroutine()
	n := 0
	for _, err := range sh.Programs(context.Background(), seeds, fetches) {
		if err != nil {
			t.Fatal(err)
		}
		if n++; n == 3 {
			break
		}
	}
	for range 100 {
		if runtime.NumGoroutine() <= before {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines after stopping early, %d before", g, before)
	}

	fetches[len(fetches)-1].ContentHash = "0000" // not in the store
	var last error
	yielded := 0
	for _, err := range sh.Programs(context.Background(), seeds, fetches) {
		if err != nil {
			last = err
			continue
		}
		yielded++
	}
	if !errContains(last, "no such page") {
		t.Errorf("error %v, want the store's error", last)
	}
	if yielded >= len(seeds) {
		t.Errorf("yielded all %d programs despite a failed page", yielded)
	}
}

// fetchList is a fetch log in memory, in crawl order: a program's fetches
// in the order they were added.
type fetchList []imgfriendly.Fetch

func (l fetchList) Program(id string) ([]imgfriendly.Fetch, error) {
	var out []imgfriendly.Fetch
	for _, f := range l {
		if f.ProgramID == id {
			out = append(out, f)
		}
	}
	return out, nil
}
