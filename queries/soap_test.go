package queries

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSOAPMatching(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	tests := []struct {
		name    string
		give    UnfilledRow
		wantID  string // "" when unmatched
		wantBy  string
		wantWhy string // prefix of why, when unmatched
		track   string // the match's track note
	}{
		{name: "NRMP code", give: UnfilledRow{Code: "5555140C0"}, wantID: "1400000005", wantBy: MatchByCode},
		{name: "second NRMP code of a program", give: UnfilledRow{Code: "1234140P0", Name: "whatever"}, wantID: "1400000001", wantBy: MatchByCode},
		{name: "name and state", give: UnfilledRow{Name: "Hands On Only Center", State: "NY"}, wantID: "1400000011", wantBy: MatchByName},
		{name: "ACGME program id", give: UnfilledRow{ProgramID: "1400000011"}, wantID: "1400000011", wantBy: MatchByID},
		{name: "NRMP code before ACGME id", give: UnfilledRow{Code: "5555140C0", ProgramID: "1400000011"}, wantID: "1400000005", wantBy: MatchByCode},
		{name: "unknown ACGME id falls back to the name", give: UnfilledRow{ProgramID: "1499999999", Name: "Eight Percent Center", State: "NY"}, wantID: "1400000013", wantBy: MatchByName},
		{name: "unknown ACGME id, no name", give: UnfilledRow{ProgramID: "1499999999"},
			wantWhy: "ACGME id 1499999999 is not in the warehouse; no program name to match by"},
		{name: "name variants: Program, Hospital, abbreviations", give: UnfilledRow{Name: "Hands-On Only Ctr. Program", State: "ny"}, wantID: "1400000011", wantBy: MatchByName},
		{name: "unknown code falls back to the name", give: UnfilledRow{Code: "0000140C0", Name: "Eight Percent Center", State: "NY"}, wantID: "1400000013", wantBy: MatchByName,
			track: "its NRMP code 0000140C0 is not among this program's (1313140C0): check that it is the same program"},
		// Tracks: a code of another track of a known program is matched as that, and said.
		{name: "preliminary code of a program known by its categorical code", give: UnfilledRow{Code: "5555140P0", Name: "YOG Seven Training Start Center", State: "NY"},
			wantID: "1400000005", wantBy: MatchByTrack,
			track: "a preliminary position (P0): one year, not a full residency; a different track of the program the warehouse knows by 5555140C0 (categorical): its facts are the program's and may not all hold for this track"},
		{name: "another track of the same type", give: UnfilledRow{Code: "5555140C1"}, wantID: "1400000005", wantBy: MatchByTrack,
			track: "another categorical track (C1); a different track of the program the warehouse knows by 5555140C0 (categorical): its facts are the program's and may not all hold for this track"},
		{name: "advanced code of a program with two known tracks", give: UnfilledRow{Code: "1234140A0"}, wantID: "1400000001", wantBy: MatchByTrack,
			track: "an advanced position (A0): starts in the second year (PGY-2), after a separate preliminary year; a different track of the program the warehouse knows by 1234140C0 (categorical) and 1234140P0 (preliminary): its facts are the program's and may not all hold for this track"},
		{name: "two programs share institution and specialty: the one of the same type", give: UnfilledRow{Code: "2222140C1"}, wantID: "1400000002", wantBy: MatchByTrack,
			track: "another categorical track (C1); a different track of the program the warehouse knows by 2222140C0 (categorical): its facts are the program's and may not all hold for this track"},
		{name: "two programs share institution and specialty, neither of the type: by name, track said", give: UnfilledRow{Code: "2222140A0", Name: "No H1B Medical Center", State: "NY"},
			wantID: "1400000002", wantBy: MatchByName,
			track: "an advanced position (A0): starts in the second year (PGY-2), after a separate preliminary year; a different track of the program the warehouse knows by 2222140C0 (categorical): its facts are the program's and may not all hold for this track"},
		{name: "ACGME id with another track's code", give: UnfilledRow{Code: "5555140P0", ProgramID: "1400000005"}, wantID: "1400000005", wantBy: MatchByID,
			track: "a preliminary position (P0): one year, not a full residency; a different track of the program the warehouse knows by 5555140C0 (categorical): its facts are the program's and may not all hold for this track"},
		{name: "specialty tells two programs of one hospital apart", give: UnfilledRow{Name: "Base Complete Hosp", Specialty: "General Surgery", State: "NY"}, wantID: "4400000023", wantBy: MatchByName},
		{name: "same hospital, two specialties: ambiguous", give: UnfilledRow{Name: "Base Complete Hospital", State: "NY"},
			wantWhy: `ambiguous: "Base Complete Hospital Internal Medicine" and "Base Complete Hospital General Surgery" in NY both fit the name`},
		{name: "unknown code, no name", give: UnfilledRow{Code: "0000140C1"},
			wantWhy: "NRMP code 0000140C1 is not in the warehouse; no program name to match by"},
		{name: "no shared word", give: UnfilledRow{Name: "Totally Different Clinic", State: "NY"},
			wantWhy: "no program in NY shares a distinctive word with the name"},
		{name: "wrong state: only a common word shared", give: UnfilledRow{Name: "Eight Percent Center", State: "CA"},
			wantWhy: "no program in CA shares a distinctive word with the name"},
		{name: "weak match refused", give: UnfilledRow{Name: "Coast Guard Sanatorium Annex Center", State: "CA"},
			wantWhy: `closest program in CA is "California Coast Medical Center" at confidence 0.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.give.Line = 1
			res, err := SOAP(context.Background(), db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, []UnfilledRow{tt.give})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantID == "" {
				if len(res.Matched) != 0 || len(res.Unmatched) != 1 {
					t.Fatalf("matched %d, unmatched %d; want 0, 1", len(res.Matched), len(res.Unmatched))
				}
				if why := res.Unmatched[0].Why; !strings.HasPrefix(why, tt.wantWhy) {
					t.Errorf("why = %q, want prefix %q", why, tt.wantWhy)
				}
				return
			}
			if len(res.Matched) != 1 {
				t.Fatalf("matched %d (unmatched: %+v), want 1", len(res.Matched), res.Unmatched)
			}
			m := res.Matched[0]
			if m.Program.ProgramID != tt.wantID || m.By != tt.wantBy {
				t.Errorf("matched %s by %s, want %s by %s", m.Program.ProgramID, m.By, tt.wantID, tt.wantBy)
			}
			if m.Track != tt.track {
				t.Errorf("track = %q\nwant    %q", m.Track, tt.track)
			}
			if (tt.wantBy == MatchByCode || tt.wantBy == MatchByID || tt.wantBy == MatchByTrack) && m.Confidence != 1 {
				t.Errorf("code match confidence %v, want 1", m.Confidence)
			}
			if tt.wantBy == MatchByName && (m.Confidence < DefaultConfig().NameMatchMin || m.Confidence > 1) {
				t.Errorf("name match confidence %v outside [%v, 1]", m.Confidence, DefaultConfig().NameMatchMin)
			}
		})
	}
}

func TestSOAPTiersAndFilters(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	rows, errs := ParseUnfilled(strings.NewReader(
		"Program Code\tProgram\tState\n"+
			"1616-140-C0\tSilent Pages Center\tNY\n"+ // reach
			"4444140C0\tYOG Five Medical Center\tNY\n"+ // not eligible
			"2323440C0\tBase Complete Hospital General Surgery\tNY\n"+ // moderate, other specialty
			"1234140C0\tBase Complete Hospital Internal Medicine\tNY\n"+ // high
			"0000000C0\tNowhere General\tNV\n"), "u.tsv")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	type got struct {
		ID   string
		Tier Tier
		Line int
	}
	tests := []struct {
		name          string
		give          Filter
		want          []got
		wantUnmatched []int
	}{
		{name: "all tiers, all specialties, best first", give: Filter{},
			want:          []got{{"1400000001", TierHigh, 5}, {"4400000023", TierModerate, 4}, {"1400000016", TierReach, 2}, {"1400000004", TierNotEligible, 3}},
			wantUnmatched: []int{6}},
		{name: "filters narrow matched rows, not unmatched ones", give: Filter{Tiers: []Tier{TierHigh, TierModerate}, Specialties: []string{"internal medicine"}},
			want: []got{{"1400000001", TierHigh, 5}}, wantUnmatched: []int{6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.give.MatchYear = testMatch
			res, err := SOAP(context.Background(), db, DefaultConfig(), baseProfile(), tt.give, rows)
			if err != nil {
				t.Fatal(err)
			}
			var g []got
			for _, m := range res.Matched {
				g = append(g, got{m.Program.ProgramID, m.Program.Tier, m.Row.Line})
			}
			if diff := cmp.Diff(tt.want, g); diff != "" {
				t.Errorf("matched (-want +got):\n%s", diff)
			}
			var un []int
			for _, u := range res.Unmatched {
				un = append(un, u.Row.Line)
			}
			if diff := cmp.Diff(tt.wantUnmatched, un); diff != "" {
				t.Errorf("unmatched lines (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSOAPListStaysOutOfTheWarehouse runs SOAP with a list of unmistakable
// strings and checks that no byte of them reached the warehouse directory.
func TestSOAPListStaysOutOfTheWarehouse(t *testing.T) {
	path := newFixture(t)
	secrets := []string{"Zebulon Quixotic Confidential Infirmary", "9753140C1", "Xanthippe Secretive Clinic"}
	list := "Program Code,Program Name,State\n" +
		"9753-140-C1,Zebulon Quixotic Confidential Infirmary,NY\n" +
		"1234140C0,Xanthippe Secretive Clinic,NY\n"
	dir := filepath.Dir(path)
	scan := func(s string) []string {
		var found []string
		_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err != nil || info.IsDir() {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b, []byte(s)) {
				found = append(found, filepath.Base(p))
			}
			return nil
		})
		return found
	}
	// The scan can see what a table stores: a program id is in the file.
	if found := scan("1400000011"); len(found) == 0 {
		t.Fatal("scan cannot find a stored program id: the check below would prove nothing")
	}
	func() {
		db := openReadOnly(t, path)
		rows, errs := ParseUnfilled(strings.NewReader(list), "unfilled.csv")
		if len(errs) > 0 || len(rows) != 2 {
			t.Fatalf("rows %d, errs %v", len(rows), errs)
		}
		res, err := SOAP(context.Background(), db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Matched) != 1 || len(res.Unmatched) != 1 {
			t.Fatalf("matched %d, unmatched %d; want 1, 1", len(res.Matched), len(res.Unmatched))
		}
		db.Close()
	}()
	for _, s := range secrets {
		if found := scan(s); len(found) > 0 {
			t.Errorf("%q found in %v", s, found)
		}
	}
}

// newLargeFixture builds n synthetic programs (every tenth without an NRMP
// code) in a DuckDB file, like a full national directory.
func newLargeFixture(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "large.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	schema, err := os.ReadFile("testdata/schema.sql")
	if err != nil {
		tb.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, string(schema)); err != nil {
		tb.Fatal(err)
	}
	_, err = db.ExecContext(ctx, fmt.Sprintf(`
		INSERT INTO programs (program_id, nrmp_codes, name, specialty, city, state, url, img_share,
		                      visa_j1, visa_h1b, yog_max_years, step2ck_min, usce_requirement)
		SELECT lpad(CAST(i AS VARCHAR), 10, '0'),
		       CASE WHEN i %% 10 = 0 THEN [] ELSE [lpad(CAST(i %% 10000 AS VARCHAR), 4, '0')
		            || CASE WHEN i >= 10000 THEN '120' ELSE '140' END || 'C' || CAST(i %% 10 AS VARCHAR)] END,
		       'Hospital ' || ['Mercy', 'Saint', 'Regional', 'Memorial', 'Valley'][i %% 5 + 1] || ' ' || CAST(i AS VARCHAR) || ' Medical Center',
		       ['Internal Medicine', 'Family Medicine', 'Pediatrics'][i %% 3 + 1],
		       'City' || CAST(i %% 97 AS VARCHAR),
		       ['NY', 'NJ', 'PA', 'OH', 'TX', 'CA', 'FL', 'IL'][i %% 8 + 1],
		       'http://p' || CAST(i AS VARCHAR) || '.test/',
		       (i %% 100) / 100.0,
		       i %% 3 <> 0, i %% 4 = 0,
		       CASE WHEN i %% 7 = 0 THEN 3 END,
		       CASE WHEN i %% 5 = 0 THEN 220 END,
		       ['required', 'preferred', 'not_required', NULL][i %% 4 + 1]
		FROM range(1, %d) t(i)`, n+1))
	if err != nil {
		tb.Fatal(err)
	}
	return path
}

// soapList is a 2,000-row unfilled list: three quarters by code, the rest by name and state.
func soapList(n int) string {
	var b strings.Builder
	b.WriteString("Program Code\tProgram\tState\tPositions\n")
	states := []string{"NY", "NJ", "PA", "OH", "TX", "CA", "FL", "IL"}
	for k := 1; k <= n; k++ {
		i := k * 6 // spread over the directory
		if k%4 == 0 {
			i -= i % 10 // a program without a code: name and state only
			fmt.Fprintf(&b, "\t%s Hospital %d Medical Ctr Program\t%s\t1\n", []string{"Mercy", "Saint", "Regional", "Memorial", "Valley"}[i%5], i, states[i%8])
			continue
		}
		if i%10 == 0 {
			i++
		}
		spec := "140"
		if i >= 10000 {
			spec = "120"
		}
		fmt.Fprintf(&b, "%04d-%s-C%d\tHospital %d\t%s\t2\n", i%10000, spec, i%10, i, states[i%8])
	}
	return b.String()
}

func TestSOAPFullDirectory(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 13,000-program warehouse")
	}
	db := openReadOnly(t, newLargeFixture(t, 13000))
	rows, errs := ParseUnfilled(strings.NewReader(soapList(2000)), "unfilled.tsv")
	if len(errs) > 0 || len(rows) != 2000 {
		t.Fatalf("rows %d, errs %v", len(rows), errs)
	}
	res, err := SOAP(context.Background(), db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows)
	if err != nil {
		t.Fatal(err)
	}
	byCode, byName := 0, 0
	for _, m := range res.Matched {
		switch m.By {
		case MatchByCode:
			byCode++
		case MatchByName:
			byName++
			i := (m.Row.Line - 1) * 6
			if want := fmt.Sprintf("%010d", i-i%10); m.Program.ProgramID != want {
				t.Errorf("line %d matched %s by name, want %s", m.Row.Line, m.Program.ProgramID, want)
			}
		}
	}
	if byCode != 1500 || byName != 500 || len(res.Unmatched) != 0 {
		t.Errorf("by code %d, by name %d, unmatched %d; want 1500, 500, 0 (first unmatched: %+v)", byCode, byName, len(res.Unmatched), first(res.Unmatched))
	}
}

func first(u []SOAPUnmatched) any {
	if len(u) == 0 {
		return nil
	}
	return u[0]
}

// BenchmarkSOAP: a 2,000-row list against 13,000 programs, whole answer
// (tier query + matching). Compare with BenchmarkSOAPTierOnly, the tiering
// query alone on the same warehouse, and BenchmarkSOAPMatchOnly, the
// in-memory matching alone.
func BenchmarkSOAP(b *testing.B) {
	db := openReadOnly(b, newLargeFixture(b, 13000))
	list := soapList(2000)
	b.SetBytes(int64(len(list)))
	ctx := context.Background()
	for b.Loop() {
		rows, _ := ParseUnfilled(strings.NewReader(list), "unfilled.tsv")
		if _, err := SOAP(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSOAPTierOnly(b *testing.B) {
	db := openReadOnly(b, newLargeFixture(b, 13000))
	ctx := context.Background()
	for b.Loop() {
		if _, err := tierQuery(ctx, db, DefaultConfig(), baseProfile(), testMatch, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSOAPMatchOnly(b *testing.B) {
	db := openReadOnly(b, newLargeFixture(b, 13000))
	all, err := tierQuery(context.Background(), db, DefaultConfig(), baseProfile(), testMatch, nil, nil)
	if err != nil {
		b.Fatal(err)
	}
	list := soapList(2000)
	rows, _ := ParseUnfilled(strings.NewReader(list), "unfilled.tsv")
	cfg := DefaultConfig()
	b.SetBytes(int64(len(list)))
	for b.Loop() {
		m := newMatcher(all)
		for _, r := range rows {
			m.match(cfg, r)
		}
	}
}

func TestSOAPUnknownSpecialty(t *testing.T) {
	db := openReadOnly(t, newFixture(t))
	_, err := SOAP(context.Background(), db, DefaultConfig(), baseProfile(),
		Filter{MatchYear: testMatch, Specialties: []string{"Cardiac Astrology"}}, []UnfilledRow{{Line: 1, Code: "1234140C0"}})
	var use *UnknownSpecialtyError
	if !errors.As(err, &use) || use.Specialty != "Cardiac Astrology" {
		t.Errorf("err = %v, want *UnknownSpecialtyError", err)
	}
}

// TestSOAPIndexShared: one SOAPIndex serves lists matched at the same time,
// each as SOAP alone matches it (a list's candidate stamps are its own).
func TestSOAPIndexShared(t *testing.T) {
	db := openReadOnly(t, newLargeFixture(t, 600))
	ctx := context.Background()
	idx, err := NewSOAPIndex(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	lists := []string{soapList(90), soapList(40), soapList(70) + "9999-140-C0\tUnknown Place\tWY\t1\n"}
	want := make([]SOAPResult, len(lists))
	rows := make([][]UnfilledRow, len(lists))
	for i, l := range lists {
		rows[i], _ = ParseUnfilled(strings.NewReader(l), "list")
		if want[i], err = SOAP(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows[i]); err != nil {
			t.Fatal(err)
		}
		if len(want[i].Matched) == 0 {
			t.Fatalf("list %d: nothing matched", i)
		}
	}
	// Matching a row by name stamps candidates in its session only.
	a, b := idx.m.session(), idx.m.session()
	if i, by, _, _ := a.match(DefaultConfig(), UnfilledRow{Name: "Mercy Hospital 120 Medical Ctr Program", State: "NY"}); i < 0 || by != MatchByName {
		t.Fatalf("the name row: %d %s", i, by)
	}
	for _, m := range []*matcher{b, idx.m} {
		if m.round != 0 || slices.ContainsFunc(m.stamp, func(s int32) bool { return s != 0 }) {
			t.Fatal("one session's stamps are seen in another's or in the index")
		}
	}
	got := make([]SOAPResult, 3*len(lists))
	errs := make([]error, len(got))
	var wg sync.WaitGroup
	for k := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[k], errs[k] = SOAPWith(ctx, db, DefaultConfig(), baseProfile(), Filter{MatchYear: testMatch}, rows[k%len(lists)], idx)
		}()
	}
	wg.Wait()
	for k := range got {
		if errs[k] != nil {
			t.Fatal(errs[k])
		}
		if diff := cmp.Diff(want[k%len(lists)], got[k]); diff != "" {
			t.Errorf("list %d matched with the shared index (-alone +shared):\n%s", k%len(lists), diff)
		}
	}
}
