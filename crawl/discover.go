package crawl

import (
	"net/url"
	"regexp"
	"sort"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// link is one <a href> found on a fetched page.
type link struct {
	URL  string // absolute, as resolved against the page (not yet normalised)
	Text string // anchor text (and title attribute), whitespace-collapsed
}

// keyword is a discovery cue with its weight.
type keyword struct {
	word   string
	weight int
}

// Anchor-text cues (matched on lower-cased, whitespace-collapsed text) and
// URL cues (matched on the lower-cased path and query).
var (
	rosterText = []keyword{
		{"current residents", 10}, {"meet our residents", 10}, {"meet the residents", 10},
		{"our residents", 8}, {"resident roster", 10}, {"residents", 5}, {"our team", 5},
		{"meet the team", 5}, {"interns", 5}, {"our fellows", 6}, {"current fellows", 8},
		{"house staff", 6}, {"housestaff", 6}, {"class of", 5}, {"pgy-1", 4}, {"pgy1", 4},
		{"pgy-2", 4}, {"pgy-3", 4}, {"chief residents", 4}, {"people", 2}, {"our people", 5},
		{"new interns", 5},
	}
	rosterPath = []keyword{
		{"current-residents", 6}, {"residents", 4}, {"roster", 6}, {"our-team", 3},
		{"team", 2}, {"people", 2}, {"interns", 3}, {"housestaff", 3}, {"class-of", 3},
		{"fellows", 2},
	}
	eligibilityText = []keyword{
		{"international medical graduates", 10}, {"eligibility", 10}, {"requirements", 8},
		{"how to apply", 9}, {"application", 6}, {"apply", 6}, {"faq", 7},
		{"frequently asked", 7}, {"img", 7}, {"visa", 8}, {"selection criteria", 7},
		{"prospective applicants", 6}, {"prospective residents", 5}, {"admissions", 5},
		{"recruitment", 4}, {"qualifications", 6}, {"applicants", 5},
		{"international applicants", 9}, {"international", 3},
	}
	eligibilityPath = []keyword{
		{"eligibility", 6}, {"requirements", 5}, {"apply", 5}, {"application", 4},
		{"faq", 5}, {"img", 4}, {"visa", 5}, {"prospective", 3}, {"admission", 3},
		{"recruit", 2},
	}
	programText = []keyword{
		{"residency program", 4}, {"residency", 3}, {"program overview", 3},
		{"graduate medical education", 3}, {"education", 1}, {"training", 1},
		{"about the program", 4}, {"about us", 3}, {"about", 2}, {"our program", 3},
	}
	programPath = []keyword{{"residency", 2}, {"gme", 2}, {"program", 1}, {"education", 1}, {"about", 2}}
	// Class-year tabs of a roster: "Class of 2028", …/class-of-2028/, ?class=2028, PGY-2.
	tabPattern = regexp.MustCompile(`class[-_ ]of[-_ ]20\d\d|[?&]class=20\d\d|\bpgy-?[1-7]\b`)
	// Links whose target is obviously not a page about the program.
	skipPath = []string{".pdf", ".jpg", ".jpeg", ".png", ".gif", ".svg", ".doc", ".docx",
		".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".mp4", ".mp3", ".ics", ".css", ".js",
		"/login", "/logout", "/signin", "/search", "/wp-admin", "/cart", "/calendar", "/feed"}
)

// minScore is the least score for a link to be followed as that kind.
const minScore = 4

func score(cues []keyword, s string) int {
	total := 0
	for _, k := range cues {
		if containsWord(s, k.word) {
			total += k.weight
		}
	}
	return total
}

// containsWord reports whether w occurs in s at word boundaries (letters and
// digits on either side do not count as boundaries).
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(w)
		if (start == 0 || !isAlnum(s[start-1])) && (end == len(s) || !isAlnum(s[end])) {
			return true
		}
		i = start + 1
	}
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z'
}

// candidate is a link scored for each kind of page discovery looks for.
type candidate struct {
	URL    string // normalised
	Kind   imgfriendly.PageKind
	Score  int
	Anchor string
	Tab    bool // a class-year tab of a roster
}

// classify scores one link; it returns false for links not worth following.
func classify(l link, normURL string) (candidate, bool) {
	u, err := url.Parse(normURL)
	if err != nil {
		return candidate{}, false
	}
	path := strings.ToLower(u.EscapedPath() + "?" + u.RawQuery)
	for _, s := range skipPath {
		if strings.Contains(path, s) {
			return candidate{}, false
		}
	}
	path = strings.NewReplacer("_", "-", "%20", "-").Replace(path)
	text := strings.ToLower(l.Text)
	r := score(rosterText, text) + score(rosterPath, path)
	e := score(eligibilityText, text) + score(eligibilityPath, path)
	p := score(programText, text) + score(programPath, path)
	c := candidate{URL: normURL, Anchor: l.Text}
	if r >= minScore && (tabPattern.MatchString(text) || tabPattern.MatchString(path)) {
		c.Tab = true
	}
	switch {
	case r >= minScore && r >= e:
		c.Kind, c.Score = imgfriendly.KindRoster, r
	case e >= minScore:
		c.Kind, c.Score = imgfriendly.KindEligibility, e
	case p >= 2:
		c.Kind, c.Score = imgfriendly.KindProgram, p
	default:
		return candidate{}, false
	}
	return c, true
}

// need says which kinds of page a program still lacks.
type need struct{ roster, eligibility bool }

// choose picks, from the scored candidates of one level of a program's pages,
// the links to follow: the best `perKind` eligibility and roster links
// (interleaved, so a small budget keeps both kinds), every class-year tab of
// a roster, and, when the level offers no link of a kind the program still
// lacks, its best program-overview link ("About the Program" often is the
// only way to the roster). The choice depends only on the candidates, never
// on arrival order: ties break by URL. At most budget links are returned.
func choose(cands []candidate, perKind, budget int, lack need) []candidate {
	best := map[string]candidate{}
	for _, c := range cands {
		if old, ok := best[c.URL]; !ok || c.Score > old.Score || c.Score == old.Score && kindRank(c.Kind) < kindRank(old.Kind) {
			c.Tab = c.Tab || ok && old.Tab
			best[c.URL] = c
		}
	}
	all := make([]candidate, 0, len(best))
	for _, c := range best {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Score != all[j].Score {
			return all[i].Score > all[j].Score
		}
		return all[i].URL < all[j].URL
	})
	byKind := map[imgfriendly.PageKind][]candidate{}
	var tabs []candidate
	for _, c := range all {
		switch {
		case c.Kind == imgfriendly.KindRoster && c.Tab:
			tabs = append(tabs, c)
		case c.Kind == imgfriendly.KindProgram && len(byKind[c.Kind]) < 1,
			c.Kind != imgfriendly.KindProgram && len(byKind[c.Kind]) < perKind:
			byKind[c.Kind] = append(byKind[c.Kind], c)
		}
	}
	var out []candidate
	for i := 0; i < perKind; i++ {
		for _, kind := range []imgfriendly.PageKind{imgfriendly.KindEligibility, imgfriendly.KindRoster} {
			if i < len(byKind[kind]) {
				out = append(out, byKind[kind][i])
			}
		}
	}
	if len(tabs) > 0 && len(byKind[imgfriendly.KindRoster]) == 0 {
		out = append(out, tabs[0]) // a tab is the roster when nothing else is
		tabs = tabs[1:]
	}
	hasRoster := len(byKind[imgfriendly.KindRoster]) > 0 || len(tabs) > 0 || len(out) > 0 && out[len(out)-1].Tab
	if lack.roster && !hasRoster || lack.eligibility && len(byKind[imgfriendly.KindEligibility]) == 0 {
		out = append(out, byKind[imgfriendly.KindProgram]...)
	}
	out = append(out, tabs...)
	if len(out) > budget {
		out = out[:max(budget, 0)]
	}
	return out
}

func kindRank(k imgfriendly.PageKind) int {
	switch k {
	case imgfriendly.KindRoster:
		return 0
	case imgfriendly.KindEligibility:
		return 1
	}
	return 2
}
