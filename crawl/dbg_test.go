package crawl

import (
	"context"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly/testweb"
)

func TestDbgChains(t *testing.T) {
	faults := testweb.AllFaults(0.05)
	faults.HangDelay = 6 * time.Second
	web, addr := startTestweb(t, testweb.Config{Programs: 300, Seed: 11, Faults: faults})
	cfg := testwebConfig(addr)
	res, err := Run(context.Background(), cfg, Night{RunID: "n1", Dir: filepath.Join(t.TempDir(), "n1")}, web.Programs(), openTestStore(t))
	if err != nil {
		t.Fatal(err)
	}
	type span struct{ id string; d time.Duration }
	first, last := map[string]time.Time{}, map[string]time.Time{}
	for _, f := range res.Fetches {
		if f.FetchedAt.IsZero() { continue }
		if v, ok := first[f.ProgramID]; !ok || f.FetchedAt.Before(v) { first[f.ProgramID] = f.FetchedAt }
		e := f.FetchedAt.Add(f.Duration)
		if e.After(last[f.ProgramID]) { last[f.ProgramID] = e }
	}
	var spans []span
	for id := range first { spans = append(spans, span{id, last[id].Sub(first[id])}) }
	sort.Slice(spans, func(i, j int) bool { return spans[i].d > spans[j].d })
	t.Logf("elapsed %s", res.Stats.Elapsed)
	for _, s := range spans[:4] {
		t.Logf("program %s: %s", s.id, s.d)
		for _, f := range res.Fetches {
			if f.ProgramID == s.id {
				t.Logf("   %s d=%d at=%s dur=%s att=%d st=%d err=%q", f.URL, f.Depth, f.FetchedAt.Sub(first[s.id]).Round(time.Millisecond), f.Duration.Round(time.Millisecond), f.Attempts, f.Status, f.Error)
			}
		}
	}
	var earliest time.Time
	for _, v := range first { if earliest.IsZero() || v.Before(earliest) { earliest = v } }
	var starts []time.Duration
	for _, v := range first { starts = append(starts, v.Sub(earliest)) }
	sort.Slice(starts, func(i, j int) bool { return starts[i] < starts[j] })
	t.Logf("program start offsets: p50 %s p90 %s max %s", starts[len(starts)/2], starts[len(starts)*9/10], starts[len(starts)-1])
}
