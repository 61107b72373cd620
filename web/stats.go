package web

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"net/http"

	"github.com/imgfriendly/imgfriendly"
)

// specialtyStat is one specialty on the statistics page.
type specialtyStat struct {
	Specialty                  string
	Programs, WithShare        int
	AvgShare                   *float64
	J1Yes, J1No, H1BYes, H1BNo int
}

// stateStat is one state on the statistics page.
type stateStat struct {
	State               string
	Programs, WithShare int
	AvgShare            *float64
}

// coverageStat is how many programs state one fact.
type coverageStat struct {
	Label    string
	Programs int
	Share    float64
}

// statsView is the statistics page's data; charts are computed geometry.
type statsView struct {
	Programs     int
	Specialties  []specialtyStat
	States       []stateStat
	Coverage     []coverageStat
	ShareChart   barChart
	VisaChart    stackChart
	StateMap     tileMap
	CoverChart   barChart
	NoShareCount int
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request, n Night) {
	v, err := s.cache.get(n, "stats", func() (any, error) { return readStats(context.WithoutCancel(r.Context()), n.DB) })
	if err != nil {
		s.cfg.Log.Error("stats", "err", err)
		s.fail(w, r, http.StatusInternalServerError, "The statistics could not be read", err.Error())
		return
	}
	s.render(w, r, http.StatusOK, "stats", page{Title: "Statistics", Nav: "stats", Night: &n, Profile: s.profileOf(r), Data: v})
}

func readStats(ctx context.Context, db *sql.DB) (statsView, error) {
	var v statsView
	rows, err := db.QueryContext(ctx, sqlFile("stats_specialty"))
	if err != nil {
		return v, fmt.Errorf("stats by specialty: %w", err)
	}
	for rows.Next() {
		var st specialtyStat
		if err := rows.Scan(&st.Specialty, &st.Programs, &st.WithShare, &st.AvgShare, &st.J1Yes, &st.J1No, &st.H1BYes, &st.H1BNo); err != nil {
			rows.Close()
			return v, fmt.Errorf("stats by specialty: %w", err)
		}
		v.Specialties = append(v.Specialties, st)
		v.Programs += st.Programs
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, fmt.Errorf("stats by specialty: %w", err)
	}
	rows, err = db.QueryContext(ctx, sqlFile("stats_state"))
	if err != nil {
		return v, fmt.Errorf("stats by state: %w", err)
	}
	for rows.Next() {
		var st stateStat
		if err := rows.Scan(&st.State, &st.Programs, &st.WithShare, &st.AvgShare); err != nil {
			rows.Close()
			return v, fmt.Errorf("stats by state: %w", err)
		}
		v.States = append(v.States, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, fmt.Errorf("stats by state: %w", err)
	}
	rows, err = db.QueryContext(ctx, sqlFile("stats_coverage"))
	if err != nil {
		return v, fmt.Errorf("coverage: %w", err)
	}
	stated := map[string]int{}
	for rows.Next() {
		var f string
		var c int
		if err := rows.Scan(&f, &c); err != nil {
			rows.Close()
			return v, fmt.Errorf("coverage: %w", err)
		}
		stated[f] = c
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return v, fmt.Errorf("coverage: %w", err)
	}
	withShare := 0
	for _, st := range v.Specialties {
		withShare += st.WithShare
	}
	v.NoShareCount = v.Programs - withShare
	frac := func(c int) float64 {
		if v.Programs == 0 {
			return 0
		}
		return float64(c) / float64(v.Programs)
	}
	v.Coverage = append(v.Coverage, coverageStat{Label: "IMG share (roster or stated)", Programs: withShare, Share: frac(withShare)})
	for _, fk := range imgfriendly.FieldKinds {
		c := stated[string(fk.Field)]
		v.Coverage = append(v.Coverage, coverageStat{Label: fieldLabel(string(fk.Field)), Programs: c, Share: frac(c)})
	}

	var share []bar
	for _, st := range v.Specialties {
		b := bar{Label: st.Specialty, Note: fmt.Sprintf("%d of %d programs with a known share", st.WithShare, st.Programs)}
		if st.AvgShare != nil {
			b.Value, b.Text = *st.AvgShare, pct(*st.AvgShare)
		} else {
			b.Text = "unknown"
		}
		share = append(share, b)
	}
	v.ShareChart = newBarChart("Average IMG share of programs, by specialty", share)
	var stacks []stack
	for _, st := range v.Specialties {
		stacks = append(stacks,
			stack{Label: clip(st.Specialty, 24) + " · J-1", Parts: [3]int{st.J1Yes, st.J1No, st.Programs - st.J1Yes - st.J1No}},
			stack{Label: "H-1B", Parts: [3]int{st.H1BYes, st.H1BNo, st.Programs - st.H1BYes - st.H1BNo}})
	}
	v.VisaChart = newStackChart("Visa policy by specialty: accepted or sponsored, refused, not stated", stacks)
	v.StateMap = newTileMap(v.States)
	var cov []bar
	for _, c := range v.Coverage {
		cov = append(cov, bar{Label: c.Label, Value: c.Share, Text: fmt.Sprintf("%s (%d)", pct(c.Share), c.Programs)})
	}
	v.CoverChart = newBarChart("Programs whose pages state each fact", cov)
	return v, nil
}

// pct renders a share 0..1 as a whole percentage.
func pct(f float64) string { return fmt.Sprintf("%.0f%%", math.Round(f*100)) }
