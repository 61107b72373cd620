package queries

import (
	"slices"
	"strings"
)

// StateCode returns the two-letter USPS code of a US state, DC or Puerto
// Rico given as its code ("ny"), its full name ("New York"), a dotted or
// spelled-out variant ("N.Y.", "Calif.", "Washington, D.C.", "State of New
// York") — any case, surrounding space ignored — and false for anything else.
// "Washington" alone is the state (WA); DC is "Washington DC" or "District of
// Columbia".
func StateCode(s string) (string, bool) {
	k := stateKey(s)
	if k == "" {
		return "", false
	}
	if c := strings.ToUpper(k); len(c) == 2 && slices.Contains(usStates, c) {
		return c, true
	}
	if c, ok := stateNames[k]; ok {
		return c, true
	}
	// "State of New York", "Washington State", "Commonwealth of Pennsylvania".
	for _, pre := range []string{"state of ", "commonwealth of "} {
		if rest, ok := strings.CutPrefix(k, pre); ok {
			if c, ok := stateNames[rest]; ok {
				return c, true
			}
		}
	}
	if rest, ok := strings.CutSuffix(k, " state"); ok {
		if c, ok := stateNames[rest]; ok {
			return c, true
		}
	}
	return "", false
}

// StateName is the name of the state, DC or Puerto Rico with USPS code
// code, any case ("tx" → "Texas", "DC" → "District of Columbia"), and ""
// for anything else. StateCode reads it back.
func StateName(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	best := ""
	for k, c := range stateNames { // the full name is the longest form ("washington dc" is not DC's name)
		if c == code && !strings.HasPrefix(k, "washington ") && len(k) > len(best) {
			best = k
		}
	}
	words := strings.Fields(best)
	for i, w := range words {
		if w != "of" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// stateKey lower-cases s, drops dots and apostrophes, turns commas and
// hyphens into spaces and collapses spaces; "N. Y." becomes "ny".
func stateKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer(".", " ", ",", " ", "-", " ", "'", "", "’", "", "ʻ", "", "‘", "").Replace(s)
	var out []string
	prevInitial := false
	for _, w := range strings.Fields(s) {
		initial := len(w) == 1
		if initial && prevInitial { // runs of initials join: "n y" → "ny", "d c" → "dc"
			out[len(out)-1] += w
		} else {
			out = append(out, w)
		}
		prevInitial = initial
	}
	return strings.Join(out, " ")
}

// suggestState returns the code of the one state whose name or spelled
// variant is within a small edit distance of s ("New Yrok" → "NY"), or "".
// Two-letter codes are too close to each other to suggest from ("NX" is one
// letter from eight of them), so short inputs get no suggestion.
func suggestState(s string) string {
	k := stateKey(s)
	if len(k) < 4 {
		return ""
	}
	limit := 1
	switch {
	case len(k) >= 10:
		limit = 3
	case len(k) >= 6:
		limit = 2
	}
	best, bestDist, tie := "", limit+1, false
	for name, code := range stateNames {
		if len(name) < 4 {
			continue
		}
		switch d := editDistance(k, name); {
		case d < bestDist:
			best, bestDist, tie = code, d, false
		case d == bestDist && code != best:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// editDistance is the optimal-string-alignment distance of a and b (a
// swap of two neighbouring letters counts as one edit).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// stateNames maps stateKey forms of the names of the states, DC and Puerto
// Rico, and their common abbreviations (Government Printing Office and AP
// style), to USPS codes. Only unambiguous forms are listed.
var stateNames = map[string]string{
	"alabama": "AL", "ala": "AL",
	"alaska":  "AK",
	"arizona": "AZ", "ariz": "AZ",
	"arkansas": "AR", "ark": "AR",
	"california": "CA", "calif": "CA", "cal": "CA",
	"colorado": "CO", "colo": "CO",
	"connecticut": "CT", "conn": "CT",
	"delaware": "DE", "del": "DE",
	"district of columbia": "DC", "washington dc": "DC", "washington district of columbia": "DC",
	"dist of columbia": "DC", "dist columbia": "DC",
	"florida": "FL", "fla": "FL",
	"georgia":  "GA",
	"hawaii":   "HI",
	"idaho":    "ID",
	"illinois": "IL", "ill": "IL",
	"indiana": "IN", "ind": "IN",
	"iowa":   "IA",
	"kansas": "KS", "kan": "KS", "kans": "KS",
	"kentucky":      "KY",
	"louisiana":     "LA",
	"maine":         "ME",
	"maryland":      "MD",
	"massachusetts": "MA", "mass": "MA",
	"michigan": "MI", "mich": "MI",
	"minnesota": "MN", "minn": "MN",
	"mississippi": "MS", "miss": "MS",
	"missouri": "MO",
	"montana":  "MT", "mont": "MT",
	"nebraska": "NE", "neb": "NE", "nebr": "NE",
	"nevada": "NV", "nev": "NV",
	"new hampshire": "NH",
	"new jersey":    "NJ",
	"new mexico":    "NM", "n mex": "NM",
	"new york":       "NY",
	"north carolina": "NC", "n carolina": "NC",
	"north dakota": "ND", "n dak": "ND",
	"ohio":     "OH",
	"oklahoma": "OK", "okla": "OK",
	"oregon": "OR", "ore": "OR", "oreg": "OR",
	"pennsylvania": "PA", "penn": "PA", "penna": "PA",
	"puerto rico":    "PR",
	"rhode island":   "RI",
	"south carolina": "SC", "s carolina": "SC",
	"south dakota": "SD", "s dak": "SD",
	"tennessee": "TN", "tenn": "TN",
	"texas": "TX", "tex": "TX",
	"utah":       "UT",
	"vermont":    "VT",
	"virginia":   "VA",
	"washington": "WA", "wash": "WA",
	"west virginia": "WV", "w va": "WV", "w virginia": "WV",
	"wisconsin": "WI", "wis": "WI", "wisc": "WI",
	"wyoming": "WY", "wyo": "WY",
}
