package extract

import (
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A roster's own heading decides whom it lists: under "Faculty", "Program
// Leadership", "Alumni" or "Fellows" the names are not residents, whatever
// their lines look like; on a page whose title names such a group, only
// sections headed by residents count.

// groupWords head a section of people who are not the program's residents.
var groupWords = []string{"faculty", "attending", "attendings", "leadership", "director", "directors", "coordinator",
	"coordinators", "staff", "administration", "administrative", "alumni", "alumnae", "graduates", "former", "past",
	"fellow", "fellows", "fellowship", "fellowships", "students", "student", "speakers", "speaker", "lecturers", "mentors",
	"board", "committee", "memoriam", "contact", "contacts", "authors", "placements", "match list", "match results",
	"where our", "matched", "applicants"}

// headingWords of resident sections.
var residentHeadWords = []string{"resident", "residents", "intern", "interns", "chief", "chiefs", "housestaff",
	"house staff", "house officers", "trainees", "pgy", "class of", "our team", "meet the team", "graduating"}

// sectionKind says whom a heading's section lists: 1 residents, -1 others,
// 0 not said.
func sectionKind(h string) int {
	low := asciiLower(h)
	switch {
	case low == "":
		return 0
	case hasAnyWord(low, residentHeadWords) || strings.Contains(low, "pgy"):
		return 1
	case hasAnyWord(low, groupWords):
		return -1
	}
	return 0
}

// outOfScope reports whether block i sits in a section (or, with no
// section heading of its own kind, on a page) that lists people other than
// residents. The answers are computed once per page.
func outOfScope(d *doc, i int) bool {
	if d.scope == nil {
		d.scope = make([]bool, len(d.blocks))
		page := sectionKind(d.title)
		cur := page
		for k := range d.blocks {
			if d.blocks[k].role == roleHeading {
				if sk := sectionKind(d.blocks[k].text); sk != 0 {
					cur = sk
				} else if page != 1 {
					cur = page // a neutral heading: back to what the title says
				}
			}
			d.scope[k] = cur < 0
		}
	}
	return i >= 0 && i < len(d.scope) && d.scope[i]
}

// mergePeople keeps one entry per person: the same name written again (in
// another order, with a title or degrees, or as the surname alone) is the
// same resident, unless the two name different schools. Later sightings
// fill in a missing school, country or year. Order is kept; unnamed
// residents are never merged.
func mergePeople(rs []imgfriendly.Resident) []imgfriendly.Resident {
	if len(rs) < 2 {
		return rs
	}
	out := rs[:0:0]
	byKey := map[string][]int{}   // full key → entries of out
	byWord := map[string][]int{}  // word of a multi-word key → entries
	singles := map[string][]int{} // one-word key (a surname alone) → entries
	for _, r := range rs {
		k := personKey(r.Name)
		j := -1
		if k != "" {
			cands := byKey[k]
			if ws := strings.Fields(k); len(ws) == 1 {
				cands = append(cands, byWord[ws[0]]...)
			} else if last := lastWord(r.Name); last != "" {
				cands = append(cands, singles[last]...)
			}
			for _, x := range cands {
				if compatible(out[x], r) {
					j = x
					break
				}
			}
		}
		if j < 0 {
			j = len(out)
			out = append(out, r)
			if k != "" {
				byKey[k] = append(byKey[k], j)
				if ws := strings.Fields(k); len(ws) == 1 {
					singles[k] = append(singles[k], j)
				} else {
					for _, w := range ws {
						byWord[w] = append(byWord[w], j)
					}
				}
			}
			continue
		}
		if out[j].School == "" {
			out[j].School, out[j].Country = r.School, r.Country
		}
		if out[j].Country == "" {
			out[j].Country = r.Country
		}
		if out[j].Year == "" {
			out[j].Year = r.Year
		}
		if out[j].IMG == nil {
			out[j].IMG = r.IMG
		}
		if !strings.Contains(out[j].Name, " ") && strings.Contains(r.Name, " ") {
			out[j].Name = r.Name // the full name beats the surname
		}
	}
	return out
}

// compatible reports whether two sightings may be one person: their schools
// agree or one is unknown.
func compatible(a, b imgfriendly.Resident) bool {
	return a.School == "" || b.School == "" || strings.EqualFold(a.School, b.School)
}

// lastWord is the last word of a name, lower case, as personKey keeps it.
func lastWord(name string) string {
	ws := strings.Fields(personKeyWords(name))
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// personKey identifies a person on a page: lower-case name words without
// titles, degrees or initials, sorted, so that "Dr. Jane A. Doe, MD", "Doe,
// Jane" and "jane doe" meet.
func personKey(name string) string {
	ws := strings.Fields(personKeyWords(name))
	slices.Sort(ws)
	return strings.Join(ws, " ")
}

// personKeyWords is the name's words as personKey keeps them, in order.
func personKeyWords(name string) string {
	var ws []string
	for _, w := range strings.Fields(asciiLower(name)) {
		w = strings.Trim(w, ".,;:()")
		if len(w) < 2 || w == "dr" || w == "drs" || isDegree(w) {
			continue
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}
