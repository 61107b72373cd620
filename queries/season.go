package queries

import "time"

// Season holds the days of one Main Residency Match season that rules are
// counted to. NRMP and ERAS publish the exact dates each year; these are
// derived from the pattern of recent seasons and are "about" in every reason
// that names them: Match Day is the third Friday of March, the rank order
// list deadline the Wednesday 16 days before it (2024: Feb 28, 2025: Mar 5,
// 2026: Mar 4), programs start seeing applications in late September of the
// year before, interviews run from October, and training starts on July 1.
type Season struct {
	Match         int       // the Match year: 2027 for the Match of March 2027
	Application   time.Time // programs start reviewing applications (ERAS): about September 24 of the year before
	Interview     time.Time // interview season opens: about October 1 of the year before
	RankList      time.Time // rank order list certification deadline
	MatchDay      time.Time // results day: the third Friday of March
	TrainingStart time.Time // July 1
}

// SeasonOf returns the days of the given Match year's season.
func SeasonOf(match int) Season {
	day := MatchDay(match)
	return Season{
		Match:         match,
		Application:   time.Date(match-1, time.September, 24, 0, 0, 0, 0, time.UTC),
		Interview:     time.Date(match-1, time.October, 1, 0, 0, 0, 0, time.UTC),
		RankList:      day.AddDate(0, 0, -16),
		MatchDay:      day,
		TrainingStart: time.Date(match, time.July, 1, 0, 0, 0, 0, time.UTC),
	}
}

// Day returns the season's day a page names by its fact value
// ("application", "interview", "rank_list", "match", "training_start"), and
// the zero time for any other name.
func (s *Season) Day(name string) time.Time {
	switch name {
	case "application":
		return s.Application
	case "interview":
		return s.Interview
	case "rank_list":
		return s.RankList
	case "match":
		return s.MatchDay
	case "training_start":
		return s.TrainingStart
	}
	return time.Time{}
}

// MatchDay is the day the year's Main Residency Match results are released:
// the third Friday of March.
func MatchDay(year int) time.Time {
	first := time.Date(year, time.March, 1, 0, 0, 0, 0, time.UTC)
	toFriday := (int(time.Friday) - int(first.Weekday()) + 7) % 7
	return first.AddDate(0, 0, toFriday+14)
}

// ComingMatch is the Match an applicant prepares for on the given day: this
// year's until its Match Day has passed (SOAP runs in Match Week, before it),
// then next year's.
func ComingMatch(now time.Time) int {
	y := now.Year()
	today := time.Date(y, now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	if today.After(MatchDay(y)) {
		return y + 1
	}
	return y
}
