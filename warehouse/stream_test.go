package warehouse

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// streamNight loads n into a Load one program at a time, as the pipeline
// does: each seed row with its own fetches, pages, residents, printed ids
// and seed verdict; a repeated program id with its record and id
// conflicts only (the rest, as this test night gives it, is the night's once).
func streamNight(t *testing.T, ctx context.Context, cfg Config, dir string, n Night) *Load {
	t.Helper()
	l, err := OpenLoad(ctx, cfg, dir, n.Run)
	if err != nil {
		t.Fatal(err)
	}
	pages := n.pages()
	seen := map[string]bool{}
	for i, rec := range n.Programs {
		p := ProgramNight{Index: i, Record: rec}
		for _, c := range n.IDConflicts {
			if c.ProgramID == rec.ID {
				p.IDConflicts = append(p.IDConflicts, c)
			}
		}
		if !seen[rec.ID] {
			seen[rec.ID] = true
			for _, r := range n.Residents {
				if r.ProgramID == rec.ID {
					p.Residents = append(p.Residents, r)
				}
			}
			for _, h := range n.SeedHealth {
				if h.ProgramID == rec.ID {
					p.SeedHealth = &h
				}
			}
			for _, f := range n.Fetches {
				if f.ProgramID == rec.ID {
					p.Fetches = append(p.Fetches, f)
				}
			}
			for _, pg := range pages {
				if pg.ProgramID == rec.ID {
					p.Pages = append(p.Pages, pg)
				}
			}
			for _, s := range n.StatedIDs {
				if s.ProgramID == rec.ID {
					p.StatedIDs = append(p.StatedIDs, s)
				}
			}
		}
		if err := l.Add(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(ctx); err != nil {
		t.Fatal(err)
	}
	return l
}

// publishedRows reads every row of the published warehouse's night tables,
// sorted, one string per row.
func publishedRows(t *testing.T, ctx context.Context, dir string) map[string][]string {
	t.Helper()
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	out := map[string][]string{}
	for _, table := range []string{"fetches", "pages", "facts", "residents", "programs", "stated_ids", "id_conflicts", "seed_health", "fact_versions", "changes", "night_stats"} {
		rows, err := w.db.QueryContext(ctx, "SELECT * FROM "+table+" ORDER BY ALL")
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[table] = append(out[table], strings.TrimSuffix(fmt.Sprintln(vals...), "\n"))
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// TestStreamedNightEqualsWholeNight: a night streamed program by program
// into a Load publishes the same rows as the night given whole — a
// repeated program id (a warn-only gate here) included, whose first seed
// row's facts are kept either way.
func TestStreamedNightEqualsWholeNight(t *testing.T) {
	ctx := context.Background()
	cfg := testConfig()
	cfg.Gates.WarnOnly = []string{"programs_id_unique"}
	night := func() Night {
		n := gateNight("n1", "2026-02-01", duplicateIDs)
		f := n.Programs[31].Facts[imgfriendly.FieldStep2CKMin] // a copy of program 7 with its own minimum
		f.Value = imgfriendly.NumValue(240)
		n.Programs[31].Facts = map[imgfriendly.Field]imgfriendly.Fact{imgfriendly.FieldStep2CKMin: f}
		n.StatedIDs = []imgfriendly.StatedID{{ProgramID: n.Programs[2].ID, Kind: imgfriendly.IDACGME, Value: n.Programs[2].ID,
			Evidence: imgfriendly.Evidence{URL: n.Programs[2].URL}}}
		n.IDConflicts = []imgfriendly.IDConflict{{ProgramID: n.Programs[4].ID, Kind: imgfriendly.ConflictACGMEID,
			SeedValue: n.Programs[4].ID, PageValue: "1401199999", Evidence: imgfriendly.Evidence{URL: n.Programs[4].URL}}}
		for _, p := range n.Programs[:30] {
			n.SeedHealth = append(n.SeedHealth, imgfriendly.SeedHealth{ProgramID: p.ID, URL: p.URL, Status: 200, Outcome: "ok"})
		}
		return n
	}

	whole := t.TempDir()
	mustRunNight(t, cfg, whole, night(), imgfriendly.RunPublished)

	streamed := t.TempDir()
	n := night()
	n.Load = streamNight(t, ctx, cfg, streamed, n)
	n.Fetches, n.Pages, n.Residents, n.Programs, n.StatedIDs, n.IDConflicts, n.SeedHealth = nil, nil, nil, nil, nil, nil, nil
	mustRunNight(t, cfg, streamed, n, imgfriendly.RunPublished)

	want, got := publishedRows(t, ctx, whole), publishedRows(t, ctx, streamed)
	for _, table := range []string{"fetches", "facts", "residents", "programs", "stated_ids", "id_conflicts", "seed_health"} {
		if len(want[table]) == 0 {
			t.Errorf("%s: the whole night has no rows: the comparison tests nothing", table)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("streamed night differs from the whole night (-whole +streamed):\n%s", diff)
	}
	if left, _ := filepath.Glob(filepath.Join(streamed, StagingDir, "*")); len(left) > 0 {
		t.Errorf("left in staging: %v", left)
	}
}
