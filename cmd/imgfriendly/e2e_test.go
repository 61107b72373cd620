package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// TestNightEndToEnd runs a whole night against the synthetic web on
// loopback and checks the published warehouse and Parquet against the web's
// ground truth: one row per program, and the facts of programs whose pages
// state them equal to what the pages say.
func TestNightEndToEnd(t *testing.T) {
	const n = 60
	fx := newNightFixture(t, testweb.Config{Programs: n, Seed: 3})
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Crawl = demoCrawlConfig(cfg.Crawl, fx.addr)
	seeds := fx.web.Programs()
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	ctx := context.Background()
	res, err := runNight(ctx, cfg, nightInput{RunID: "20261125T000000Z", Night: night, Seeds: seeds, SeedsHash: "e2e"},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatalf("night: %v", err)
	}
	if res.Outcome.Status != imgfriendly.RunPublished {
		t.Fatalf("night status %q, want published", res.Outcome.Status)
	}

	w, err := warehouse.Open(ctx, filepath.Join(cfg.DataDir, "warehouse.duckdb"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	db := w.DB()
	count := func(q string) int {
		t.Helper()
		var c int
		if err := db.QueryRowContext(ctx, q).Scan(&c); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		return c
	}
	if got := count(`SELECT count(*) FROM programs`); got != n {
		t.Errorf("programs table has %d rows, want %d", got, n)
	}
	// The Parquet export, read with a Parquet reader (the warehouse's
	// read-only connection has no file access).
	latest := filepath.Join(cfg.DataDir, "parquet", "latest")
	type idRow struct {
		ProgramID string `parquet:"program_id"`
	}
	progRows, err := parquet.ReadFile[idRow](filepath.Join(latest, "programs.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	if len(progRows) != n {
		t.Errorf("programs.parquet has %d rows, want one per program (%d)", len(progRows), n)
	}
	factRows, err := parquet.ReadFile[idRow](filepath.Join(latest, "facts.parquet"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(factRows), count(`SELECT count(*) FROM facts`); got != want || want == 0 {
		t.Errorf("facts.parquet has %d rows, facts table %d: want one row per fact", got, want)
	}
	distinct := map[string]bool{}
	for _, r := range progRows {
		distinct[r.ProgramID] = true
	}
	if len(distinct) != n {
		t.Errorf("programs.parquet has %d distinct programs, want %d", len(distinct), n)
	}

	if got := count(`SELECT count(DISTINCT host) FROM crawl_hosts WHERE requests > 0`); got != n {
		t.Errorf("crawl_hosts has %d hosts, want one per program host (%d)", got, n)
	}
	recs, err := w.Programs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]imgfriendly.ProgramRecord{}
	for _, r := range recs {
		byID[r.ID] = r
	}
	truth := fx.web.Truth()
	checked := 0
	for _, pt := range truth.Programs {
		if len(pt.Facts) < 6 || checked == 5 {
			continue
		}
		checked++
		rec, ok := byID[pt.ProgramID]
		if !ok {
			t.Errorf("program %s missing from the warehouse", pt.ProgramID)
			continue
		}
		for field, want := range pt.Facts {
			got, ok := rec.Facts[field]
			if !ok {
				t.Errorf("%s %s: not found, want %s (stated on %s)", pt.ProgramID, field, want.Value.String(), want.URL)
				continue
			}
			if !sameValue(got.Value, want.Value) {
				t.Errorf("%s %s = %s, want %s (evidence %q)", pt.ProgramID, field, got.Value.String(), want.Value.String(), got.Evidence.Text)
			}
			if got.Evidence.URL == "" || got.Evidence.Text == "" || got.Evidence.FetchedAt.IsZero() {
				t.Errorf("%s %s: incomplete evidence %+v", pt.ProgramID, field, got.Evidence)
			}
		}
		for field, got := range rec.Facts {
			if _, stated := pt.Facts[field]; !stated {
				t.Errorf("%s %s = %s, but the site does not state it (evidence %q)", pt.ProgramID, field, got.Value.String(), got.Evidence.Text)
			}
		}
		switch {
		case pt.IMGShare == nil && rec.IMGShare != nil:
			t.Errorf("%s img_share = %.3f, but the roster gives no schools", pt.ProgramID, *rec.IMGShare)
		case pt.IMGShare != nil && rec.IMGShare == nil:
			t.Errorf("%s img_share unknown, want %.3f", pt.ProgramID, *pt.IMGShare)
		case pt.IMGShare != nil && math.Abs(*pt.IMGShare-*rec.IMGShare) > 0.02:
			t.Errorf("%s img_share = %.3f, want %.3f ± 0.02", pt.ProgramID, *rec.IMGShare, *pt.IMGShare)
		}
	}
	if checked < 5 {
		t.Fatalf("only %d programs with ≥ 6 stated facts in the synthetic web: the test checked too little", checked)
	}
}

// sameValue compares fact values; numbers within 0.05, since weeks are
// converted to months at one decimal.
func sameValue(got, want imgfriendly.Value) bool {
	if got.Num != nil && want.Num != nil {
		return math.Abs(*got.Num-*want.Num) <= 0.05
	}
	return got.String() == want.String()
}

// TestSecondNightOnOneDirectoryIsRefused: while a night holds the data
// directory, another one stops before fetching anything.
func TestSecondNightOnOneDirectoryIsRefused(t *testing.T) {
	fx := newNightFixture(t, testweb.Config{Programs: 3, Seed: 1})
	cfg := DefaultConfig()
	cfg.DataDir = t.TempDir()
	cfg.Crawl = demoCrawlConfig(cfg.Crawl, fx.addr)
	unlock, err := warehouse.LockFile(filepath.Join(cfg.DataDir, "night.lock"))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	fx.web.ResetStats()
	_, err = runNight(context.Background(), cfg, nightInput{RunID: "r2", Night: time.Now().UTC(), Seeds: fx.web.Programs(), SeedsHash: "x"},
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if !errors.Is(err, warehouse.ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if st := fx.web.Stats(); st.Requests != 0 {
		t.Errorf("the refused night sent %d requests", st.Requests)
	}
}
