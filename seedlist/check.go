package seedlist

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/imgfriendly/imgfriendly"
)

// Verdicts of `seeds check`, from the worst.
const (
	VerdictDead       = "dead"             // no page: DNS, refused, 4xx, 5xx after retries, too large, redirect loop
	VerdictBlocked    = "blocked"          // robots.txt disallows the URL: the night will never fetch it
	VerdictOutOfScope = "out_of_scope"     // redirects off the program's site, where the crawler does not follow
	VerdictNotProgram = "not_program_page" // a page, but not this program's (a hospital or GME page, another specialty, a PDF)
	VerdictMoved      = "moved"            // a permanent redirect to the program's page: adopt the new URL
	VerdictOK         = "ok"
)

// SeedCheck is what `seeds check` concludes about one program's seed URL.
type SeedCheck struct {
	Program    imgfriendly.Program
	Verdict    string
	Detail     string // why, for a person
	NewURL     string // moved: the URL --write adopts
	FinalURL   string
	Status     int
	Kind       imgfriendly.PageKind // as extraction classified the page, when there was one
	SharedWith []string             // other programs whose seed URL is the same page
	Redirects  []imgfriendly.Redirect
}

// Check judges a seed URL from its fetch and, when the fetch left a page,
// what extraction read on it (nil otherwise). A page is the program's when
// it prints the program's id or NRMP code, or when its title or main
// heading names the program's specialty; a page that lists several
// programs' ids, names only other specialties, or reads as "other" is not.
func Check(sf imgfriendly.SeedFetch, page *imgfriendly.PageFacts) SeedCheck {
	f := sf.Fetch
	c := SeedCheck{Program: sf.Program, FinalURL: f.FinalURL, Status: f.Status, SharedWith: sf.SharedWith, Redirects: sf.Redirects}
	cause, detail, _ := strings.Cut(f.Error, ": ")
	switch cause {
	case "":
	case imgfriendly.FetchErrorRobots:
		c.Verdict, c.Detail = VerdictBlocked, "robots.txt disallows it"
		return c
	case imgfriendly.FetchErrorScope:
		c.Verdict, c.Detail = VerdictOutOfScope, "redirects to "+f.FinalURL+", outside the program's site (not followed)"
		return c
	case imgfriendly.FetchErrorContentType:
		c.Verdict, c.Detail = VerdictNotProgram, "not an HTML page ("+detail+")"
		return c
	default:
		c.Verdict, c.Detail = VerdictDead, f.Error
		if f.Attempts > 1 {
			c.Detail += fmt.Sprintf(" after %d attempts", f.Attempts)
		}
		return c
	}
	if page != nil {
		c.Kind = page.Kind
		if why := notThisProgram(sf.Program, page); why != "" {
			c.Verdict, c.Detail = VerdictNotProgram, why
			return c
		}
	}
	if to := movedTo(sf.Redirects); to != "" {
		c.Verdict, c.NewURL = VerdictMoved, to
		c.Detail = fmt.Sprintf("%d → %s", sf.Redirects[0].Status, to)
		return c
	}
	c.Verdict = VerdictOK
	if len(sf.Redirects) > 0 {
		c.Detail = fmt.Sprintf("temporary redirect (%d) to %s: kept", sf.Redirects[0].Status, f.FinalURL)
	}
	return c
}

// movedTo is where a chain of redirects says the page has moved for good:
// the target of the last of the permanent hops it starts with ("" when the
// first hop is temporary).
func movedTo(rs []imgfriendly.Redirect) string {
	to := ""
	for _, r := range rs {
		if !r.Permanent() {
			break
		}
		to = r.To
	}
	return to
}

// notThisProgram says why a page is not p's program page, or "".
func notThisProgram(p imgfriendly.Program, page *imgfriendly.PageFacts) string {
	groups := map[int]bool{}
	own := false
	for _, id := range page.IDs {
		if id.Kind == imgfriendly.IDACGME && id.Value == p.ID || id.Kind == imgfriendly.IDNRMP && slices.Contains(p.NRMPCodes, id.Value) {
			own = true
		}
		groups[id.Group] = true
	}
	switch {
	case len(groups) >= 2 && own:
		return fmt.Sprintf("lists the ids of %d programs, this one among them: an institution's page?", len(groups))
	case len(groups) >= 2:
		return fmt.Sprintf("lists the ids of %d other programs: an institution's page?", len(groups))
	case own:
		return "" // it prints the program's own id, and no other program's
	}
	if page.Kind == imgfriendly.KindOther {
		return fmt.Sprintf("reads as a page about something else (title %q)", page.Title)
	}
	sp, known := imgfriendly.LookupSpecialty(p.Specialty)
	if !known {
		return ""
	}
	var others []string
	for _, m := range imgfriendly.FindSpecialties(page.Title + " | " + page.Heading) {
		if m.Specialty.Code == sp.Code {
			return ""
		}
		if !m.Weak && !slices.Contains(others, m.Specialty.Name) {
			others = append(others, m.Specialty.Name)
		}
	}
	if len(others) > 0 {
		return fmt.Sprintf("its title names %s, not %s", strings.Join(others, ", "), sp.Name)
	}
	return fmt.Sprintf("neither its title %q nor its heading %q names %s", page.Title, page.Heading, sp.Name)
}

// CheckSummary counts the verdicts.
func CheckSummary(cs []SeedCheck) map[string]int {
	n := map[string]int{}
	for _, c := range cs {
		n[c.Verdict]++
		if len(c.SharedWith) > 0 {
			n["shared_url"]++
		}
	}
	return n
}

// WriteCheckTable writes the checks for a person: one line per program
// that needs attention (every line with all), then the counts.
func WriteCheckTable(w io.Writer, cs []SeedCheck, all bool) error {
	ew := &errWriter{w: w}
	tw := tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "program\tverdict\tstatus\turl\tdetail")
	for _, c := range cs {
		if c.Verdict == VerdictOK && len(c.SharedWith) == 0 && !all {
			continue
		}
		detail := c.Detail
		if len(c.SharedWith) > 0 {
			detail = strings.TrimPrefix(detail+"; shared with "+strings.Join(c.SharedWith, ", "), "; ")
		}
		status := "-"
		if c.Status > 0 {
			status = fmt.Sprint(c.Status)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Program.ID, c.Verdict, status, c.Program.URL, detail)
	}
	tw.Flush()
	n := CheckSummary(cs)
	ew.printf("\n%d seed URLs: %d ok, %d moved, %d not a program page, %d out of scope, %d blocked by robots.txt, %d dead; %d share a URL with another program\n",
		len(cs), n[VerdictOK], n[VerdictMoved], n[VerdictNotProgram], n[VerdictOutOfScope], n[VerdictBlocked], n[VerdictDead], n["shared_url"])
	return ew.err
}

// WriteCheckCSV writes every check as CSV, for the operator's records.
func WriteCheckCSV(w io.Writer, cs []SeedCheck) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"program_id", "name", "url", "verdict", "status", "final_url", "new_url", "kind", "shared_with", "redirects", "detail"})
	for _, c := range cs {
		var hops []string
		for _, r := range c.Redirects {
			hops = append(hops, fmt.Sprintf("%d %s", r.Status, r.To))
		}
		cw.Write([]string{c.Program.ID, c.Program.Name, c.Program.URL, c.Verdict, fmt.Sprint(c.Status), c.FinalURL, c.NewURL,
			string(c.Kind), strings.Join(c.SharedWith, ";"), strings.Join(hops, " > "), c.Detail})
	}
	cw.Flush()
	return cw.Error()
}

// Adopt returns the programs with every moved URL replaced by its new one,
// and how many were.
func Adopt(cs []SeedCheck) ([]imgfriendly.Program, int) {
	out := make([]imgfriendly.Program, len(cs))
	n := 0
	for i, c := range cs {
		out[i] = c.Program
		if c.Verdict == VerdictMoved && c.NewURL != "" {
			out[i].URL = c.NewURL
			n++
		}
	}
	return out, n
}
