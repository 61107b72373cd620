package queries

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// TestMatchHistoryRoundTrip: a generated table of 8,000 program codes × 7
// Matches, written as CSV with dashed codes, read back, imported into a real
// warehouse; the unfilled reason then appears for the programs it should,
// counted over the last 5 Matches before the one the applicant prepares
// for, and orders the Match Week preparation list.
func TestMatchHistoryRoundTrip(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	night := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	share := 0.5
	record := func(id string, codes ...string) imgfriendly.ProgramRecord {
		return imgfriendly.ProgramRecord{
			Program: imgfriendly.Program{ID: id, NRMPCodes: codes, Name: "Program " + id, Specialty: "Internal Medicine",
				City: "Springfield", State: "IL", URL: "http://p" + id + ".test/"},
			ResidentsTotal: 10, ResidentsIMG: 5, IMGShare: &share, IMGShareSource: "roster",
		}
	}
	programs := []imgfriendly.ProgramRecord{
		record("1401400001", "1111140C0", "1111140P0"), // A: its preliminary track goes unfilled
		record("1401400002", "2222140C0"),              // B: always fills
		record("1401400003", "3333140C0"),              // C: results for two Matches only
		record("1401400004", "4444140C0"),              // D: no results
	}
	if _, err := warehouse.RunNight(ctx, warehouse.DefaultConfig(), dir, warehouse.Night{
		Run: imgfriendly.Run{ID: "2026-11-24", Night: night, StartedAt: night}, Programs: programs,
		Now: func() time.Time { return night.Add(time.Hour) },
	}); err != nil {
		t.Fatal(err)
	}

	var results []imgfriendly.MatchResult
	add := func(code string, year, quota, filled int) {
		results = append(results, imgfriendly.MatchResult{Code: code, Year: year, Quota: quota, Filled: filled})
	}
	for i := range 8000 - 4 { // codes of programs the warehouse does not know
		for y := 2020; y <= 2026; y++ {
			add(fmt.Sprintf("%04d120C0", 1000+i), y, 6, 6-(i+y)%2)
		}
	}
	for y := 2020; y <= 2026; y++ {
		add("1111140C0", y, 10, 10)
		open := map[int]int{2020: 2, 2022: 1, 2024: 1, 2026: 1}[y] // 2020 is outside the last five
		add("1111140P0", y, 4, 4-open)
		add("2222140C0", y, 8, 8)
	}
	add("2222140C0", 2027, 8, 1) // the coming Match: no results yet in Match Week, never counted
	add("3333140C0", 2025, 5, 5)
	add("3333140C0", 2026, 5, 3)
	codes := map[string]bool{}
	for _, r := range results {
		codes[r.Code] = true
	}
	if len(codes) != 8000 {
		t.Fatalf("generated %d codes, want 8,000", len(codes))
	}
	var csv bytes.Buffer
	if err := imgfriendly.WriteMatchResults(&csv, results); err != nil {
		t.Fatal(err)
	}
	dashed := bytes.ReplaceAll(csv.Bytes(), []byte("1111140P0"), []byte("1111-140-P0"))
	read, rowErrs, err := imgfriendly.ReadMatchResults(bytes.NewReader(dashed), "results.csv")
	if err != nil || len(rowErrs) > 0 || len(read) != len(results) {
		t.Fatalf("read %d of %d rows: %v %v", len(read), len(results), err, rowErrs)
	}
	out, err := warehouse.ImportMatchResults(ctx, warehouse.DefaultConfig(), dir, read, "results.csv", night)
	if err != nil {
		t.Fatal(err)
	}
	if out.Known != 4 || out.Rows != len(results) {
		t.Errorf("import: %+v, want %d rows, 4 codes known", out, len(results))
	}

	db := openReadOnly(t, filepath.Join(dir, "warehouse.duckdb"))
	p := baseProfile()
	p.States = []string{"IL"}
	list, err := Programs(ctx, db, DefaultConfig(), p, Filter{MatchYear: testMatch})
	if err != nil {
		t.Fatal(err)
	}
	type history struct {
		ID     string
		Reason string
		H      *MatchHistory
	}
	var got []history
	SortByUnfilled(list)
	for _, tp := range list {
		h := history{ID: tp.ProgramID, H: tp.MatchHistory}
		for _, r := range tp.Reasons {
			if r.Kind == ReasonInfo && (bytes.Contains([]byte(r.Text), []byte("unfilled")) || bytes.Contains([]byte(r.Text), []byte("filled in each"))) {
				h.Reason = r.Text
			}
		}
		got = append(got, h)
	}
	want := []history{
		{"1401400001", "went unfilled in 3 of the last 5 Matches (2022, 2024, 2026: 3 positions, 1111140P0 only)",
			&MatchHistory{Matches: 5, Known: 5, Unfilled: 3, UnfilledYears: []int{2022, 2024, 2026}, OpenPositions: 3, OpenCodes: []string{"1111140P0"}}},
		{"1401400003", "went unfilled in 1 of the last 5 Matches (2026: 2 positions; results for 2 of them)",
			&MatchHistory{Matches: 5, Known: 2, Unfilled: 1, UnfilledYears: []int{2026}, OpenPositions: 2, OpenCodes: []string{"3333140C0"}}},
		{"1401400002", "filled in each of the last 5 Matches",
			&MatchHistory{Matches: 5, Known: 5, Unfilled: 0, UnfilledYears: nil, OpenPositions: 0, OpenCodes: nil}},
		{"1401400004", "", nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("match history, sorted for Match Week (-want +got):\n%s", diff)
	}

	// A warehouse without results (an older one served read-only): no history, no error.
	plain := openReadOnly(t, newFixture(t))
	if l, err := Programs(ctx, plain, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch, ProgramIDs: []string{"1400000001"}}); err != nil || l[0].MatchHistory != nil {
		t.Errorf("without match_results: %v, %+v", err, l)
	}
}

// matchHistoryWarehouse is a published warehouse of three programs with
// imported Match results: one went unfilled, one always filled, one has
// none. It returns the warehouse's path.
func matchHistoryWarehouse(t testing.TB) string {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	night := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	share := 0.5
	record := func(id string, codes ...string) imgfriendly.ProgramRecord {
		return imgfriendly.ProgramRecord{
			Program: imgfriendly.Program{ID: id, NRMPCodes: codes, Name: "Program " + id, Specialty: "Internal Medicine",
				City: "Springfield", State: "IL", URL: "http://p" + id + ".test/"},
			ResidentsTotal: 10, ResidentsIMG: 5, IMGShare: &share, IMGShareSource: "roster",
		}
	}
	if _, err := warehouse.RunNight(ctx, warehouse.DefaultConfig(), dir, warehouse.Night{
		Run: imgfriendly.Run{ID: "2026-11-24", Night: night, StartedAt: night},
		Programs: []imgfriendly.ProgramRecord{
			record("1401400001", "1111140C0"), record("1401400002", "2222140C0"), record("1401400003", "3333140C0"),
		},
		Now: func() time.Time { return night.Add(time.Hour) },
	}); err != nil {
		t.Fatal(err)
	}
	var results []imgfriendly.MatchResult
	for y := 2021; y <= 2026; y++ {
		results = append(results,
			imgfriendly.MatchResult{Code: "1111140C0", Year: y, Quota: 4, Filled: 4 - y%2},
			imgfriendly.MatchResult{Code: "2222140C0", Year: y, Quota: 8, Filled: 8})
	}
	if _, err := warehouse.ImportMatchResults(ctx, warehouse.DefaultConfig(), dir, results, "results.csv", night); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "warehouse.duckdb")
}

// TestJudgedThenExplainedMatchHistory: over a warehouse with imported Match
// results, a judged list, explained, carries each program's Match history
// reason as Programs does (the server judges, then explains the rows it
// shows); judged alone, no program carries a reason.
func TestJudgedThenExplainedMatchHistory(t *testing.T) {
	ctx := context.Background()
	db := openReadOnly(t, matchHistoryWarehouse(t))
	tg, err := NewTiering(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	p := baseProfile()
	p.States = []string{"IL"}
	f := Filter{MatchYear: testMatch}
	want, err := tg.Programs(ctx, db, DefaultConfig(), p, f)
	if err != nil {
		t.Fatal(err)
	}
	histories := 0
	for _, tp := range want {
		if tp.MatchHistory != nil && slices.ContainsFunc(tp.Reasons, func(r Reason) bool {
			return r.Kind == ReasonInfo && strings.Contains(r.Text, "Matches")
		}) {
			histories++
		}
	}
	if histories != 2 {
		t.Fatalf("Programs: %d programs with a Match history reason, want 2: %+v", histories, want)
	}
	got := judgedThenExplained(ctx, t, tg, db, p, f, "")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-Programs +judged, explained):\n%s", diff)
	}
}
