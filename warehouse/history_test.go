package warehouse

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

var (
	yes = imgfriendly.BoolValue(true)
	no  = imgfriendly.BoolValue(false)
)

// threeNights is a policy history over three nights:
//   - A stops sponsoring H-1B on night 2 and keeps its YOG limit;
//   - B starts sponsoring H-1B with a condition on night 2, raises its Step 2
//     CK minimum, and rewords the H-1B condition on night 3;
//   - C's host is down on nights 2 and 3 (closed after 2 missed nights);
//   - D's eligibility page is fetched on night 2 but no longer states J-1,
//     and states it again on night 3;
//   - A's pages answer 304 Not Modified on night 3.
func threeNights() []Night {
	const a, b, c, d = "1401100001", "1401100002", "1401100003", "1401100004"
	night1 := []prog{
		{id: a, residents: 10, imgs: 6, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "We accept J-1 visas."},
			{imgfriendly.FieldVisaH1B, yes, "", "We sponsor H-1B visas."},
			{imgfriendly.FieldYOGMaxYears, imgfriendly.NumValue(5), "", "Graduated within 5 years."}}},
		{id: b, residents: 8, imgs: 2, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 accepted."},
			{imgfriendly.FieldVisaH1B, no, "", "We do not sponsor H-1B."},
			{imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(220), "", "Step 2 CK 220 or higher."}}},
		{id: c, residents: 5, imgs: 5, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 welcome."},
			{imgfriendly.FieldUSCERequirement, imgfriendly.TextValue("required"), "", "USCE is required."}}},
		{id: d, residents: 4, imgs: 1, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 through ECFMG."}}},
	}
	night2 := []prog{
		{id: a, residents: 10, imgs: 6, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "We accept J-1 visas only."},
			{imgfriendly.FieldVisaH1B, no, "", "We no longer sponsor H-1B visas."},
			{imgfriendly.FieldYOGMaxYears, imgfriendly.NumValue(5), "", "Graduated within 5 years."}}},
		{id: b, residents: 8, imgs: 3, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 accepted."},
			{imgfriendly.FieldVisaH1B, yes, "Step 3 passed", "H-1B for applicants who passed Step 3."},
			{imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(230), "", "Step 2 CK 230 or higher."}}},
		{id: c, down: true},
		{id: d, residents: 4, imgs: 1},
	}
	night3 := []prog{
		night2[0],
		{id: b, residents: 8, imgs: 3, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 accepted."},
			{imgfriendly.FieldVisaH1B, yes, "Step 3 passed before ranking", "H-1B if Step 3 is passed before ranking."},
			{imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(230), "", "Step 2 CK 230 or higher."}}},
		{id: c, down: true},
		{id: d, residents: 4, imgs: 1, facts: []fact{
			{imgfriendly.FieldVisaJ1, yes, "", "J-1 through ECFMG, again."}}},
	}
	n3 := buildNight("n3", "2026-01-12", night3)
	for i := range n3.Fetches {
		if n3.Fetches[i].ProgramID == a { // A's pages answer 304: same bodies, facts reused
			n3.Fetches[i].Status, n3.Fetches[i].NotModified = 304, true
		}
	}
	return []Night{
		buildNight("n1", "2026-01-10", night1),
		buildNight("n2", "2026-01-11", night2),
		n3,
	}
}

// changeRow is the part of a Change the history test checks.
type changeRow struct {
	Night, Program, Field, Change, Reason string
	OldValue, OldCond, OldText, OldFrom   string
	NewValue, NewCond, NewText, NewURL    string
}

func changeRows(cs []Change) []changeRow {
	var out []changeRow
	for _, c := range cs {
		r := changeRow{Night: c.Night.Format(time.DateOnly), Program: c.ProgramID[8:], Field: string(c.Field), Change: c.Change, Reason: c.Reason}
		if c.Old != nil {
			r.OldValue, r.OldCond, r.OldText, r.OldFrom = c.Old.Value, c.Old.Condition, c.Old.Evidence.Text, c.Old.ValidFrom.Format(time.DateOnly)
		}
		if c.New != nil {
			r.NewValue, r.NewCond, r.NewText, r.NewURL = c.New.Value, c.New.Condition, c.New.Evidence.Text, c.New.Evidence.URL
		}
		out = append(out, r)
	}
	return out
}

func TestHistoryThreeNights(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	cfg.MissedNightsBeforeClose = 2
	for _, n := range threeNights() {
		mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)
	}
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	got, err := w.Changes(ctx, day("2026-01-11"), "")
	if err != nil {
		t.Fatal(err)
	}
	elig := func(p string) string { return host("14011000"+p) + "/eligibility" }
	want := []changeRow{
		{Night: "2026-01-11", Program: "01", Field: "visa_h1b", Change: "changed", Reason: "value",
			OldValue: "true", OldText: "We sponsor H-1B visas.", OldFrom: "2026-01-10",
			NewValue: "false", NewText: "We no longer sponsor H-1B visas.", NewURL: elig("01")},
		{Night: "2026-01-11", Program: "02", Field: "step2ck_min", Change: "changed", Reason: "value",
			OldValue: "220", OldText: "Step 2 CK 220 or higher.", OldFrom: "2026-01-10",
			NewValue: "230", NewText: "Step 2 CK 230 or higher.", NewURL: elig("02")},
		{Night: "2026-01-11", Program: "02", Field: "visa_h1b", Change: "changed", Reason: "value",
			OldValue: "false", OldText: "We do not sponsor H-1B.", OldFrom: "2026-01-10",
			NewValue: "true", NewCond: "Step 3 passed", NewText: "H-1B for applicants who passed Step 3.", NewURL: elig("02")},
		{Night: "2026-01-11", Program: "04", Field: "visa_j1", Change: "removed", Reason: "not_stated",
			OldValue: "true", OldText: "J-1 through ECFMG.", OldFrom: "2026-01-10"},
		{Night: "2026-01-12", Program: "02", Field: "visa_h1b", Change: "changed", Reason: "condition",
			OldValue: "true", OldCond: "Step 3 passed", OldText: "H-1B for applicants who passed Step 3.", OldFrom: "2026-01-11",
			NewValue: "true", NewCond: "Step 3 passed before ranking", NewText: "H-1B if Step 3 is passed before ranking.", NewURL: elig("02")},
		{Night: "2026-01-12", Program: "03", Field: "usce_requirement", Change: "removed", Reason: "unreachable",
			OldValue: "required", OldText: "USCE is required.", OldFrom: "2026-01-10"},
		{Night: "2026-01-12", Program: "03", Field: "visa_j1", Change: "removed", Reason: "unreachable",
			OldValue: "true", OldText: "J-1 welcome.", OldFrom: "2026-01-10"},
		{Night: "2026-01-12", Program: "04", Field: "visa_j1", Change: "added",
			NewValue: "true", NewText: "J-1 through ECFMG, again.", NewURL: elig("04")},
	}
	if diff := cmp.Diff(want, changeRows(got)); diff != "" {
		t.Errorf("Changes since 2026-01-11 (-want +got):\n%s", diff)
	}

	// One program, all nights: night 1 adds its three facts.
	gotA, err := w.Changes(ctx, time.Time{}, "1401100001")
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, c := range gotA {
		kinds = append(kinds, c.Night.Format(time.DateOnly)+" "+string(c.Field)+" "+c.Change)
	}
	wantKinds := []string{"2026-01-10 visa_h1b added", "2026-01-10 visa_j1 added", "2026-01-10 yog_max_years added", "2026-01-11 visa_h1b changed"}
	if diff := cmp.Diff(wantKinds, kinds); diff != "" {
		t.Errorf("Changes for program A (-want +got):\n%s", diff)
	}

	// The versions of A's H-1B fact and of C's J-1 fact.
	type version struct{ Value, From, To, Reason string }
	versions := func(pid, field string) []version {
		rows, err := w.DB().QueryContext(ctx, `SELECT value, strftime(valid_from, '%Y-%m-%d'), coalesce(strftime(valid_to, '%Y-%m-%d'), ''), coalesce(close_reason, '')
FROM fact_versions WHERE program_id = ? AND field = ? ORDER BY valid_from`, pid, field)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var vs []version
		for rows.Next() {
			var v version
			if err := rows.Scan(&v.Value, &v.From, &v.To, &v.Reason); err != nil {
				t.Fatal(err)
			}
			vs = append(vs, v)
		}
		return vs
	}
	for _, tt := range []struct {
		pid, field string
		want       []version
	}{
		{"1401100001", "visa_h1b", []version{{"true", "2026-01-10", "2026-01-11", "changed"}, {"false", "2026-01-11", "", ""}}},
		{"1401100001", "yog_max_years", []version{{"5", "2026-01-10", "", ""}}},
		{"1401100002", "visa_h1b", []version{{"false", "2026-01-10", "2026-01-11", "changed"}, {"true", "2026-01-11", "2026-01-12", "changed"}, {"true", "2026-01-12", "", ""}}},
		{"1401100003", "visa_j1", []version{{"true", "2026-01-10", "2026-01-12", "unreachable"}}},
		{"1401100004", "visa_j1", []version{{"true", "2026-01-10", "2026-01-11", "not_stated"}, {"true", "2026-01-12", "", ""}}},
	} {
		if diff := cmp.Diff(tt.want, versions(tt.pid, tt.field)); diff != "" {
			t.Errorf("versions of %s %s (-want +got):\n%s", tt.pid, tt.field, diff)
		}
	}

	// Facts as of a date come from history.
	asOf, err := w.FactsAsOf(ctx, day("2026-01-10"), "1401100001")
	if err != nil {
		t.Fatal(err)
	}
	var asOfText []string
	for _, f := range asOf {
		asOfText = append(asOfText, string(f.Field)+"="+f.Value.String())
	}
	if diff := cmp.Diff([]string{"visa_h1b=true", "visa_j1=true", "yog_max_years=5"}, asOfText); diff != "" {
		t.Errorf("FactsAsOf(2026-01-10, A) (-want +got):\n%s", diff)
	}
}

// On the night C's host first goes down, its facts are carried into the
// night's facts and programs (still open in history), marked carried.
func TestHistoryCarriesFactsOfUnreachableHost(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	cfg.MissedNightsBeforeClose = 2
	nights := threeNights()
	for _, n := range nights[:2] {
		mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)
	}
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var j1 *bool
	var usce *string
	var carried int
	var pages int
	if err := w.DB().QueryRowContext(ctx, `SELECT visa_j1, usce_requirement, pages_fetched FROM programs WHERE program_id = '1401100003'`).Scan(&j1, &usce, &pages); err != nil {
		t.Fatal(err)
	}
	if err := w.DB().QueryRowContext(ctx, `SELECT count(*) FROM facts WHERE program_id = '1401100003' AND carried`).Scan(&carried); err != nil {
		t.Fatal(err)
	}
	if j1 == nil || !*j1 || usce == nil || *usce != "required" || carried != 2 || pages != 0 {
		t.Errorf("program C on night 2: visa_j1 %v, usce %v, carried facts %d, pages %d; want true, required, 2, 0", j1, usce, carried, pages)
	}
	// D's J-1 is gone from the programs table: its page was read and no longer states it.
	var dj1 *bool
	if err := w.DB().QueryRowContext(ctx, `SELECT visa_j1 FROM programs WHERE program_id = '1401100004'`).Scan(&dj1); err != nil {
		t.Fatal(err)
	}
	if dj1 != nil {
		t.Errorf("program D visa_j1 = %v, want NULL", *dj1)
	}
}

// keep_history_nights prunes the oldest Parquet history partitions; the
// previous latest export stays one night for readers that resolved the link.
func TestKeepHistoryNights(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	cfg.KeepHistoryNights = 2
	for _, n := range threeNights() {
		mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)
	}
	for _, table := range exportTables {
		got, err := filepath.Glob(filepath.Join(dir, ParquetDir, "history", table, "night=*"))
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			got[i] = filepath.Base(got[i])
		}
		if diff := cmp.Diff([]string{"night=2026-01-11", "night=2026-01-12"}, got); diff != "" {
			t.Errorf("%s history partitions (-want +got):\n%s", table, diff)
		}
	}
	versions, _ := filepath.Glob(filepath.Join(dir, ParquetDir, "versions", "*"))
	link, err := os.Readlink(filepath.Join(dir, ParquetDir, "latest"))
	if len(versions) != 2 || err != nil || link != filepath.Join("versions", "n3") {
		t.Errorf("versions %v, latest -> %q (%v); want n2 and n3, latest -> versions/n3", versions, link, err)
	}
}

// A host down for fewer nights than missed_nights_before_close changes
// nothing once it is back: same version, miss count reset, no change row.
func TestHistoryHostBackBeforeClose(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	cfg.MissedNightsBeforeClose = 2
	// Each night has one program, so on its down nights every home page
	// failed: that is the point here, not a failed crawl.
	cfg.Gates.MaxHomeFailedShare = 1
	const c = "1401100003"
	up := prog{id: c, residents: 5, imgs: 5, facts: []fact{{imgfriendly.FieldVisaJ1, yes, "", "J-1 welcome."}}}
	for i, p := range []prog{up, {id: c, down: true}, up, {id: c, down: true}, up} {
		mustRunNight(t, cfg, dir, buildNight(fmt.Sprintf("n%d", i+1), fmt.Sprintf("2026-01-%02d", 10+i), []prog{p}), imgfriendly.RunPublished)
	}
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var versions, open, missed int
	if err := w.DB().QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE valid_to IS NULL), max(missed_nights) FROM fact_versions`).Scan(&versions, &open, &missed); err != nil {
		t.Fatal(err)
	}
	cs, err := w.Changes(ctx, day("2026-01-11"), "")
	if err != nil {
		t.Fatal(err)
	}
	if versions != 1 || open != 1 || missed != 0 || len(cs) != 0 {
		t.Errorf("versions %d, open %d, missed_nights %d, changes after night 1 %d; want 1, 1, 0, 0", versions, open, missed, len(cs))
	}
}
