package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A counted group that begins the residency, then its names: "Last week,
// two young physicians began their internal medicine residency training
// at X. / Ana Ruiz and Ben Ota and hospital leaders said …". The group's
// count (a number word or digits before up to three modifiers and a
// person's noun: physicians, doctors, residents, interns, graduates) and
// its start of the residency (residencyTurn's first group) bind the names
// that open the next sentence (in the same paragraph or the next one)
// when they are exactly as many as the count: the list may go on with
// others ("and hospital leaders"), who are not named. Never: a count the
// names do not meet ("two … began. Ana Ruiz, the CEO, said"), names in
// apposition to a staff role, a year in the group's sentence (a class of
// years past), a group that is not people ("two new programs began").

// countedGroup is a count and a person's noun before the residency's
// start, at the end of the text before it (group 1 the count).
var countedGroup = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)(?:^|\s)(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\p{L}-]+\s+){0,3}?(?:physicians|doctors|residents|interns|graduates|trainees|resident\s+physicians)\s+(?:(?:have|had|recently|officially|both|all|each|will|just)\s+)*$`)
})

// countedResidents reads the names a counted group beginning the
// residency binds.
func countedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 40 || !b.may(residencyTurn) || outOfScope(d, i) {
			continue
		}
		ss := sentences(b.text)
		for k, s := range ss {
			s = cutDateline(s) // ("AKRON, Ohio (March 3, 2026) – Two young physicians …": the dateline's year is the story's date)
			m := residencyTurn.re.FindStringSubmatchIndex(s)
			if m == nil || m[2] < 0 || yearWord.MatchString(s) {
				continue // (only a start: group 1)
			}
			g := countedGroup().FindStringSubmatch(s[:m[0]])
			if g == nil {
				continue
			}
			n := smallNumbers[strings.ToLower(g[1])]
			if n == 0 {
				n = atoiYear(g[1])
			}
			if n < 2 {
				continue
			}
			next := ""
			if k+1 < len(ss) {
				next = ss[k+1]
			} else if j := nextProse(d, i); j >= 0 {
				next = sentences(d.blocks[j].text)[0]
			}
			names := countedNames(next, n)
			for _, name := range names {
				out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s + " " + next, Selector: b.selector()}})
			}
		}
	}
	return out
}

// nextProse is the block after block i that is no heading nor row, or -1.
func nextProse(d *doc, i int) int {
	for j := i + 1; j < len(d.blocks) && j <= i+2; j++ {
		if b := &d.blocks[j]; b.role != roleHeading && b.role != roleRow && b.text != "" {
			return j
		}
	}
	return -1
}

// countedNames returns the n full names that open s, when exactly n do
// and no apposition gives them a staff role; nil otherwise.
func countedNames(s string, n int) []string {
	if s == "" {
		return nil
	}
	names, _ := nameList(s, 0, true)
	if len(names) != n {
		return nil
	}
	for _, name := range names {
		if !strings.Contains(name, " ") {
			return nil
		}
	}
	last := names[len(names)-1]
	at := strings.Index(s, last)
	if at < 0 {
		return nil
	}
	rest := strings.TrimLeft(skipCredentials(s[at+len(last):]), " ")
	if strings.HasPrefix(rest, ",") {
		if ap, _, _ := strings.Cut(rest[1:], ","); staffRoleWords.in(ap) || otherRoles.in(ap) {
			return nil // "Ana Ruiz and Ben Ota, the program's directors, …"
		}
	}
	return names
}
