package transform

import (
	"slices"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// programResidents merges the residents of a program's pages, classifies
// their schools and returns them with the URL of the roster page that
// contributed most of them (the IMG share's evidence).
func programResidents(cfg Config, programID string, ranked []rankedPage, c *Classifier, cache schoolCache) ([]imgfriendly.Resident, string) {
	// Roster pages first, then the rest, each group by URL, so the first
	// sighting of a person is the most authoritative one.
	pages := slices.Clone(ranked)
	slices.SortStableFunc(pages, func(a, b rankedPage) int {
		ar, br := a.kind == imgfriendly.KindRoster, b.kind == imgfriendly.KindRoster
		switch {
		case ar && !br:
			return -1
		case br && !ar:
			return 1
		}
		return strings.Compare(a.url, b.url)
	})
	rosterHasResidents := false
	for _, p := range pages {
		if p.kind == imgfriendly.KindRoster && len(p.Facts.Residents) > 0 {
			rosterHasResidents = true
		}
	}
	var out []imgfriendly.Resident
	var from []string // page URL of each resident in out
	index := map[string]int{}
	nameless := 0
	for _, p := range pages {
		countable := !cfg.RosterPagesOnly || !rosterHasResidents || p.kind == imgfriendly.KindRoster
		for _, r := range p.Facts.Residents {
			k := personKey(r.Name)
			if k == "" {
				k = "\x00" + strconv.Itoa(nameless) // nameless: never merged
				nameless++
			}
			if i, ok := index[k]; ok {
				out[i] = fillResident(out[i], r)
				continue
			}
			if !countable {
				continue
			}
			r.ProgramID = programID
			if r.Evidence.FetchedAt.IsZero() {
				r.Evidence.FetchedAt = p.Fetch.FetchedAt
			}
			if r.Evidence.URL == "" {
				r.Evidence.URL = p.url
			}
			index[k] = len(out)
			out = append(out, r)
			from = append(from, p.url)
		}
	}
	for i := range out {
		out[i] = classifyResident(cfg, out[i], c, cache)
	}
	return out, mostFrequent(from)
}

// schoolCache remembers classifications within one night (a Reconciler): a night
// sees the same few thousand school spellings hundreds of thousands of times.
type schoolCache map[[2]string]School

// fillResident completes a resident's missing fields from a later
// sighting of the same person.
func fillResident(r, later imgfriendly.Resident) imgfriendly.Resident {
	if r.School == "" {
		r.School = later.School
		if r.Country == "" {
			r.Country = later.Country
		}
	}
	if r.Country == "" && r.School == later.School {
		r.Country = later.Country
	}
	if r.Year == "" {
		r.Year = later.Year
	}
	return r
}

// classifyResident fills the classifier's fields from the school and the
// stated country. Below cfg.MinConfidence the classifier's answer is
// withheld. An IMG status the page itself states (a roster's
// "International" column, "as an IMG") is kept when it says IMG, or when
// the classifier has no answer: a wrong "not an IMG" is the worst error.
func classifyResident(cfg Config, r imgfriendly.Resident, c *Classifier, cache schoolCache) imgfriendly.Resident {
	stated := r.IMG
	r = classifySchool(cfg, r, c, cache)
	if stated != nil && (r.IMG == nil || *stated) {
		img := *stated
		r.IMG = &img
	}
	return r
}

// classifySchool sets the classifier's fields and IMG answer.
func classifySchool(cfg Config, r imgfriendly.Resident, c *Classifier, cache schoolCache) imgfriendly.Resident {
	r.CanonicalSchool, r.SchoolCountry, r.IMG, r.SchoolConfidence = "", "", nil, 0
	if c == nil || strings.TrimSpace(r.School) == "" && strings.TrimSpace(r.Country) == "" {
		return r
	}
	k := [2]string{r.School, r.Country}
	s, ok := cache[k]
	if !ok {
		s = c.Classify(r.School, r.Country)
		cache[k] = s
	}
	r.CanonicalSchool, r.SchoolCountry, r.SchoolConfidence = s.School, s.Country, s.Confidence
	if s.IMG != nil && s.Confidence >= cfg.MinConfidence {
		img := *s.IMG
		r.IMG = &img
	}
	return r
}

// mostFrequent returns the most frequent string, the first one on a tie.
func mostFrequent(xs []string) string {
	counts := map[string]int{}
	best := ""
	for _, x := range xs {
		counts[x]++
		if counts[x] > counts[best] || best == "" {
			best = x
		}
	}
	return best
}

// personKey identifies a person across pages: folded, lower-case name
// words without titles, degrees or initials, in sorted order, so that
// "Dr. Jane A. Doe, MD", "Doe, Jane" and "jane doe" meet.
func personKey(name string) string {
	var ws []string
	for _, w := range words(name) {
		if len(w) < 2 || titles[w] || degrees[w] {
			continue
		}
		ws = append(ws, w)
	}
	slices.Sort(ws)
	return strings.Join(ws, " ")
}
