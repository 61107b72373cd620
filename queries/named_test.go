package queries

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNames(t *testing.T) {
	want := []string{"h1b_stopped_this_year", "img_share_by_specialty_state", "match_history", "no_yog_limit_high_img",
		"programs", "tier", "unfilled_history", "visa_by_specialty", "yog_limits_by_specialty"}
	if diff := cmp.Diff(want, Names()); diff != "" {
		t.Errorf("Names() (-want +got):\n%s", diff)
	}
	for _, n := range []string{"programs", "programs.sql", "visa_by_specialty", "examples/visa_by_specialty.sql"} {
		if q, err := Named(n); err != nil || !strings.Contains(q, "SELECT") {
			t.Errorf("Named(%q) = %.20q, %v", n, q, err)
		}
	}
	if _, err := Named("nope"); err == nil || !strings.Contains(err.Error(), "known: h1b_stopped_this_year") {
		t.Errorf("Named(nope) error = %v", err)
	}
}

// text renders a result for comparison: one string per row, cells joined by |.
func text(r Result) []string {
	var out []string
	for _, row := range r.Rows {
		var cells []string
		for _, v := range row {
			cells = append(cells, fmt.Sprint(v))
		}
		out = append(out, strings.Join(cells, "|"))
	}
	return out
}

func TestNamedQueries(t *testing.T) {
	db := openReadOnly(t, newFixture(t, "testdata/history.sql", "testdata/match_results.sql"))
	tests := []struct {
		name    string
		args    []any
		cols    string // the columns that are checked, in order (a prefix of the query's)
		want    []string
		wantLen int // when want is nil: just the row count
	}{
		{name: "visa_by_specialty",
			cols: "specialty|programs|j1_yes|j1_no|j1_not_stated|h1b_yes|h1b_no|h1b_not_stated|h1b_conditional",
			want: []string{"General Surgery|1|1|0|0|1|0|0|0", "Internal Medicine|23|20|2|1|20|2|1|1"}},
		{name: "yog_limits_by_specialty",
			cols: "specialty|programs|hard_limit|median_hard_limit_years|strictest_hard_limit_years|preference_only|no_limit_stated|not_stated",
			want: []string{"General Surgery|1|0|<nil>|<nil>|0|1|0", "Internal Medicine|23|2|6|5|1|19|1"}},
		{name: "img_share_by_specialty_state",
			cols: "specialty|state|programs|with_img_share|avg_img_share_pct|median_img_share_pct|programs_at_least_15pct",
			want: []string{"General Surgery|NY|1|1|10|10|0", "Internal Medicine|CA|1|1|40|40|1", "Internal Medicine|NY|22|21|36.7|40|19"}},
		{name: "no_yog_limit_high_img", wantLen: 16},
		{name: "h1b_stopped_this_year",
			cols: "program_id|name|specialty|state|sponsored_from|sponsored_until|sponsored_evidence_url|not_sponsored_since|not_sponsored_evidence_url",
			want: []string{"1400000002|No H1B Medical Center|Internal Medicine|NY|2026-01-10 00:00:00 +0000 UTC|2026-06-01 00:00:00 +0000 UTC|" +
				"https://p02.test/visa-old|2026-06-01 00:00:00 +0000 UTC|https://p02.test/visa"}},
		{name: "unfilled_history",
			cols: "program_id|name|specialty|state|matches_unfilled|matches_with_results|unfilled_years|positions_unfilled|img_share_pct",
			want: []string{
				"1400000014|Two Percent Center|Internal Medicine|NY|5|5|[2022 2023 2024 2025 2026]|5|2",
				"1400000001|Base Complete Hospital Internal Medicine|Internal Medicine|NY|2|5|[2023 2025]|3|40",
				"4400000023|Base Complete Hospital General Surgery|General Surgery|NY|1|5|[2026]|3|10"}},
		{name: "programs", args: []any{"internal medicine", 0.15}, cols: "program_id|name|img_share_pct", wantLen: 20},
		{name: "programs", args: []any{"General Surgery", 0.05},
			cols: "program_id|name|city|state|img_share_pct|residents_img|residents_total",
			want: []string{"4400000023|Base Complete Hospital General Surgery|Albany|NY|10|8|20"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Run(context.Background(), db, tt.name, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == nil {
				if len(res.Rows) != tt.wantLen {
					t.Errorf("%d rows, want %d", len(res.Rows), tt.wantLen)
				}
				return
			}
			n := len(strings.Split(tt.cols, "|"))
			if got := strings.Join(res.Columns[:n], "|"); got != tt.cols {
				t.Fatalf("columns %s, want %s", got, tt.cols)
			}
			for i := range res.Rows {
				res.Rows[i] = res.Rows[i][:n]
			}
			if diff := cmp.Diff(tt.want, text(res)); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}
}
