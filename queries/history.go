package queries

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// MatchHistory is how a program fared in the last Matches of the NRMP
// results imported into the warehouse (match_history.sql).
type MatchHistory struct {
	Matches       int      `json:"matches"`        // the last Matches looked at (at most Config.UnfilledMatches)
	Known         int      `json:"known"`          // of those, Matches with results for the program's codes
	Unfilled      int      `json:"unfilled"`       // of those, Matches in which it did not fill
	UnfilledYears []int    `json:"unfilled_years"` // their years
	OpenPositions int      `json:"open_positions"` // positions left open over them
	OpenCodes     []string `json:"open_codes"`     // the NRMP codes that went unfilled
}

// hasTable reports whether the warehouse has the named table: an older
// warehouse served read-only may lack a newer one (match_results).
func hasTable(ctx context.Context, db *sql.DB, name string) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()
		AND schema_name = 'main' AND table_name = ?`, name).Scan(&n)
	return n > 0, err
}

// historyRow is one program's Match history and the reason that says it.
type historyRow struct {
	h      MatchHistory
	reason string
}

// readMatchHistory reads each program's Match history and its reason
// ("went unfilled in 3 of the last 5 Matches (…)"); without imported results
// (or with cfg.UnfilledMatches 0) it is empty.
func readMatchHistory(ctx context.Context, db *sql.DB, cfg Config, matchYear int) (map[string]historyRow, error) {
	out := map[string]historyRow{}
	if cfg.UnfilledMatches == 0 {
		return out, nil
	}
	if ok, err := hasTable(ctx, db, "match_results"); err != nil || !ok {
		return out, err
	}
	q, err := Named("match_history")
	if err != nil {
		return nil, err
	}
	rows, err := db.QueryContext(ctx, q, sql.Named("match_year", matchYear), sql.Named("matches", cfg.UnfilledMatches))
	if err != nil {
		return nil, fmt.Errorf("match history: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id, reason  string
			h           MatchHistory
			years, open []any
		)
		if err := rows.Scan(&id, &h.Matches, &h.Known, &h.Unfilled, &years, &h.OpenPositions, &open, &reason); err != nil {
			return nil, fmt.Errorf("match history: %w", err)
		}
		for _, y := range years {
			h.UnfilledYears = append(h.UnfilledYears, int(y.(int32)))
		}
		for _, c := range open {
			h.OpenCodes = append(h.OpenCodes, c.(string))
		}
		out[id] = historyRow{h, reason}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("match history: %w", err)
	}
	return out, nil
}

// attachMatchHistory gives each program its Match history and, when texts,
// the reason that says it (withReason).
func attachMatchHistory(list []Tiered, hist map[string]historyRow, texts bool) {
	if len(hist) == 0 {
		return
	}
	for i := range list {
		r, ok := hist[list[i].ProgramID]
		if !ok {
			continue
		}
		h := r.h
		list[i].MatchHistory = &h
		if texts {
			list[i].Reasons = r.withReason(list[i].Reasons)
		}
	}
}

// withReason is a program's reasons with its Match history's reason added:
// an info reason, last (it orders the Match Week preparation list, never
// the tier). Programs (attachMatchHistory) and Explainer both add it here.
func (r historyRow) withReason(rs []Reason) []Reason {
	return append(rs, Reason{Kind: ReasonInfo, Text: r.reason})
}

// SortByUnfilled orders a tiered list for Match Week preparation: programs
// that went unfilled in more of the last Matches first (more open positions
// first among equals), then by tier; the list's order otherwise.
func SortByUnfilled(list []Tiered) {
	unfilled := func(t Tiered) (int, int) {
		if t.MatchHistory == nil {
			return 0, 0
		}
		return t.MatchHistory.Unfilled, t.MatchHistory.OpenPositions
	}
	slices.SortStableFunc(list, func(a, b Tiered) int {
		ua, pa := unfilled(a)
		ub, pb := unfilled(b)
		return cmp.Or(cmp.Compare(ub, ua), cmp.Compare(tierRank[a.Tier], tierRank[b.Tier]), cmp.Compare(pb, pa))
	})
}

var tierRank = map[Tier]int{TierHigh: 1, TierModerate: 2, TierReach: 3, TierNotEligible: 4}
