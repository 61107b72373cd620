package web

import (
	"context"
	"fmt"
	"html/template"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// TestListOrderIsSortOfFiltered: the list filters a kept sort order of all
// its programs; that must give exactly what sorting the filtered programs
// gives (ties included: equal names, equal shares, unknown shares), for every
// sort key and direction, on first use of an order and from the kept one.
func TestListOrderIsSortOfFiltered(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 15))
	names := []string{"Mercy Internal Medicine", "mercy internal medicine", "Baptist Health", "St. Luke's", "Alpha Program", "Zeta Hospital"}
	states := []string{"TX", "NY", "CA", "IL", "MD"}
	var all []queries.Tiered
	for i := range 300 {
		t := queries.Tiered{ProgramID: fmt.Sprintf("14011%05d", i), Name: names[rng.IntN(len(names))], City: []string{"Austin", "Brooklyn", "Chicago"}[rng.IntN(3)],
			State: states[rng.IntN(len(states))], Specialty: []string{"Internal Medicine", "Family Medicine"}[rng.IntN(2)],
			Tier: tiers[rng.IntN(len(tiers))]}
		if rng.IntN(4) > 0 {
			share := float64(rng.IntN(5)) / 4
			t.IMGShare = &share
		}
		yes := rng.IntN(2) == 0
		t.VisaJ1 = &yes
		all = append(all, t)
	}
	list := newProgramList(all, nil)
	var queriesTried []listQuery
	for _, key := range sortKeys {
		for _, desc := range []bool{false, true} {
			for _, f := range []listQuery{{}, {State: "TX"}, {State: "region:northeast"}, {Tier: "reach"}, {Q: "mercy"}, {Q: "texas"}, {MinShare: 50, Visa: "j1"}} {
				f.Sort, f.Desc, f.Tiered = key, desc, true
				queriesTried = append(queriesTried, f)
			}
		}
	}
	ids := func(ps []*queries.Tiered) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ProgramID)
		}
		return out
	}
	for round := range 2 { // the second round reads the kept orders
		for _, q := range queriesTried {
			f := newListFilter(q)
			hay := list.haystacks()
			var kept []int
			for i := range all {
				if f.keeps(&all[i], hay[i]) {
					kept = append(kept, i)
				}
			}
			sortPrograms(all, kept, q)
			var want []*queries.Tiered
			for _, i := range kept {
				want = append(want, &all[i])
			}
			if diff := cmp.Diff(ids(want), ids(list.filter(q))); diff != "" {
				t.Fatalf("round %d, %+v: (-sorted after filtering +filtered after sorting)\n%s", round, q, diff)
			}
		}
	}
	if !slices.ContainsFunc(all, func(t queries.Tiered) bool { return t.State == "TX" }) || len(list.filter(listQuery{Q: "texas"})) == 0 {
		t.Fatal("the search for a state name found nothing")
	}
}

// TestRowsKept: a list keeps the rows it rendered, up to the kept_rows
// limit, and a kept row is what rendering gives.
func TestRowsKept(t *testing.T) {
	const maxKeptRows = 7
	s, err := New(Config{Limits: Limits{KeptRows: maxKeptRows}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var all []queries.Tiered
	for i := range maxKeptRows + 10 {
		all = append(all, queries.Tiered{ProgramID: fmt.Sprintf("14011%05d", i), Name: fmt.Sprintf("Program <%d> & Co", i), Tier: queries.TierHigh,
			Reasons: []queries.Reason{{Kind: queries.ReasonPlus, Text: "J-1 accepted", URL: "http://p.test/e", Evidence: "We accept J-1 visas."}}})
	}
	list := newProgramList(all, nil)
	for i := range all {
		h, err := s.row(list, &list.all[i], true)
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf(`<a href="/program/14011%05d">Program &lt;%d&gt; &amp; Co</a>`, i, i)
		if !strings.Contains(string(h), want) || !strings.Contains(string(h), `<q class="evidence">We accept J-1 visas.</q>`) {
			t.Fatalf("row %d:\n%s", i, h)
		}
		again, _ := s.row(list, &list.all[i], true)
		if again != h {
			t.Fatalf("row %d rendered twice differs", i)
		}
	}
	if len(list.rows) != maxKeptRows {
		t.Errorf("%d rows kept, want at most %d", len(list.rows), maxKeptRows)
	}
}

// TestEveryFieldHasALabel: the program page names every fact field in
// words (a field without a row here showed as "clinical recency max years").
func TestEveryFieldHasALabel(t *testing.T) {
	for _, fk := range imgfriendly.FieldKinds {
		if _, ok := fields[fk.Field]; !ok {
			t.Errorf("field %s has no label on the program page", fk.Field)
		}
	}
}

// TestReasonsWrittenWhereShown: a profile's list is judged without its
// reasons, and every place that shows a program writes them as the CLI's
// full path does — a row of the list, the program page opened from the list
// (the kept list, no new tiering), and the tracker, which shows every
// kept program's reasons.
func TestReasonsWrittenWhereShown(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	c := ts.saveProfile(t, testProfile())
	const harbor, reason = "1401100002", "YOG limit 3 years, you are at 4 by the 2026 Match"
	const sentence = "Applicants must have graduated within the last 3 years."

	_, body := ts.get(t, "/", c)
	if !strings.Contains(body, reason) || !strings.Contains(body, sentence) {
		t.Errorf("the list's Harbor row lacks its reason or its sentence:\n%s", body)
	}
	_, body = ts.get(t, "/program/"+harbor, c)
	if !strings.Contains(body, reason) {
		t.Errorf("the Harbor page, opened from the list, lacks its reason:\n%s", body)
	}
	_, body = ts.get(t, "/tracker.csv?tier=not_eligible", c)
	if !strings.Contains(body, reason) {
		t.Errorf("the tracker lacks Harbor's reason:\n%s", body)
	}
}

// TestMatchHistoryWhereShown: with NRMP Match results imported, a
// program's Match history reason is shown where its other reasons are — its
// row of the list, its page opened from the list, and the tracker (the list
// is judged, then its shown rows explained; the reason must survive that).
func TestMatchHistoryWhereShown(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	var results []imgfriendly.MatchResult
	for y := 2019; y <= 2026; y++ { // Lakeside's code: filled in odd years only
		results = append(results, imgfriendly.MatchResult{Code: "1001140C0", Year: y, Quota: 6, Filled: 6 - (y+1)%2})
	}
	if _, err := warehouse.ImportMatchResults(context.Background(), testWarehouseConfig(), dir, results, "results.csv", testNow); err != nil {
		t.Fatal(err)
	}
	ts := newTestServer(t, dir, Config{})
	c := ts.saveProfile(t, testProfile())
	const lakeside, reason = "1401100001", "went unfilled in "

	_, body := ts.get(t, "/", c)
	if !strings.Contains(body, reason) {
		t.Errorf("the list's Lakeside row lacks its Match history reason:\n%s", body)
	}
	_, body = ts.get(t, "/program/"+lakeside, c)
	if !strings.Contains(body, reason) {
		t.Errorf("the Lakeside page, opened from the list, lacks its Match history reason:\n%s", body)
	}
	_, body = ts.get(t, "/tracker.csv", c)
	if !strings.Contains(body, reason) {
		t.Errorf("the tracker lacks Lakeside's Match history reason:\n%s", body)
	}
}

// TestFilterOptionsSelected: the specialty and state fields, written once
// per night, show the query's own choice selected and no other, with names
// escaped as the template escapes them.
func TestFilterOptionsSelected(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	selected := regexp.MustCompile(`<option[^>]* selected>[^<]*</option>`)
	for _, tc := range []struct {
		give string
		want []string
	}{
		{"/", []string{`<option value="" selected>All specialties</option>`}}, // "Anywhere" is the first: selected without the attribute
		{"/?specialty=Family+Medicine&state=ny", []string{`<option selected>Family Medicine</option>`, `<option value="NY" selected>New York (NY)</option>`}},
		{"/?state=region:south", []string{`<option value="" selected>All specialties</option>`, `<option value="region:south" selected>South</option>`}},
	} {
		_, body := ts.get(t, tc.give)
		_, form, _ := strings.Cut(body, `<select id="specialty"`)
		form, _, _ = strings.Cut(form, `<select id="visa"`)
		if got := selected.FindAllString(form, -1); !slices.Equal(got, tc.want) {
			t.Errorf("GET %s: selected %q, want %q", tc.give, got, tc.want)
		}
		if !strings.Contains(form, `<option>Internal Medicine</option>`) || !strings.Contains(form, `<option value="KS">Kansas (KS)</option>`) {
			t.Errorf("GET %s: an unselected option is missing:\n%s", tc.give, form)
		}
	}
	// A name with the characters HTML reserves, as the option template writes it.
	s := ts.srv
	opts := optionList{}
	for _, name := range []string{`A & B <"Medicine">`, "C+D"} {
		var plain, sel strings.Builder
		if err := s.pages["list"].ExecuteTemplate(&plain, "specialtyoption", stateOption{Name: name}); err != nil {
			t.Fatal(err)
		}
		s.pages["list"].ExecuteTemplate(&sel, "specialtyoption", stateOption{Name: name, Selected: true})
		opts = append(opts, option{value: name, html: template.HTML(plain.String()), checked: template.HTML(sel.String())})
	}
	if got, want := string(opts.html("C+D")), `<option>A &amp; B &lt;&#34;Medicine&#34;&gt;</option><option selected>C&#43;D</option>`; got != want {
		t.Errorf("options:\n got %s\nwant %s", got, want)
	}
}

// TestCountTiers: the count of each tier, best first, without empty tiers
// (a tier no rule gives is counted nowhere).
func TestCountTiers(t *testing.T) {
	var rows []*queries.Tiered
	for _, tr := range []queries.Tier{queries.TierReach, queries.TierHigh, queries.TierReach, queries.TierNotEligible, "odd", queries.TierReach} {
		rows = append(rows, &queries.Tiered{Tier: tr})
	}
	want := []tierCount{{queries.TierHigh, 1}, {queries.TierReach, 3}, {queries.TierNotEligible, 1}}
	if got := countTiers(rows); !slices.Equal(got, want) {
		t.Errorf("countTiers = %v, want %v", got, want)
	}
	if got := countTiers(nil); got != nil {
		t.Errorf("countTiers(nil) = %v", got)
	}
}
