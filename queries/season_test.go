package queries

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	d, err := time.Parse(dateLayout, s)
	if err != nil {
		panic(err)
	}
	return d
}

// TestMatchDay: the third Friday of March, checked against NRMP's published
// Match Days and rank order list deadlines of recent years.
func TestMatchDay(t *testing.T) {
	tests := []struct {
		give             int
		wantDay, wantROL string
	}{
		{give: 2023, wantDay: "2023-03-17", wantROL: "2023-03-01"},
		{give: 2024, wantDay: "2024-03-15", wantROL: "2024-02-28"},
		{give: 2025, wantDay: "2025-03-21", wantROL: "2025-03-05"},
		{give: 2026, wantDay: "2026-03-20", wantROL: "2026-03-04"},
	}
	for _, tt := range tests {
		s := SeasonOf(tt.give)
		if got := s.MatchDay.Format(dateLayout); got != tt.wantDay {
			t.Errorf("MatchDay(%d) = %s, want %s", tt.give, got, tt.wantDay)
		}
		if got := s.RankList.Format(dateLayout); got != tt.wantROL {
			t.Errorf("SeasonOf(%d).RankList = %s, want %s", tt.give, got, tt.wantROL)
		}
	}
	s := SeasonOf(2027)
	for name, got := range map[string]time.Time{"Application": s.Application, "Interview": s.Interview, "TrainingStart": s.TrainingStart} {
		want := map[string]string{"Application": "2026-09-24", "Interview": "2026-10-01", "TrainingStart": "2027-07-01"}[name]
		if got.Format(dateLayout) != want {
			t.Errorf("SeasonOf(2027).%s = %s, want %s", name, got.Format(dateLayout), want)
		}
	}
}

// TestComingMatch: the season decides which Match years are counted to.
func TestComingMatch(t *testing.T) {
	tests := []struct {
		give string
		want int
	}{
		{give: "2026-12-06", want: 2027}, // applying in the autumn: next spring's Match
		{give: "2027-01-15", want: 2027},
		{give: "2027-03-15", want: 2027}, // SOAP, Match Week
		{give: "2027-03-19", want: 2027}, // Match Day itself
		{give: "2027-03-20", want: 2028}, // after the Match: the next one
		{give: "2027-07-01", want: 2028},
	}
	for _, tt := range tests {
		if got := ComingMatch(day(tt.give).Add(15 * time.Hour)); got != tt.want {
			t.Errorf("ComingMatch(%s) = %d, want %d", tt.give, got, tt.want)
		}
	}
}

// TestSeasonDay reads each day of a season by the name a page's fact gives
// it, and nothing for any other name.
func TestSeasonDay(t *testing.T) {
	s := SeasonOf(2027)
	for name, want := range map[string]time.Time{
		"application":    s.Application,
		"interview":      s.Interview,
		"rank_list":      s.RankList,
		"match":          s.MatchDay,
		"training_start": s.TrainingStart,
		"":               {},
		"rank list":      {},
	} {
		if got := s.Day(name); !got.Equal(want) {
			t.Errorf("Day(%q) = %v, want %v", name, got, want)
		}
	}
}
