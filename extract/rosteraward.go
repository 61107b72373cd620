package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// An awards post in lines: the award's name on a line of its own, the
// winners' names on the next ("Jane Doe" or "Jane Doe, John Roe"), then
// what the award is for. The winners are residents when the award's name
// or its description gives it to residents ("Presented each year to a
// senior resident who …"), not to a fellow, a teacher, a student or staff.

// awardEnds are the last words of an award's name line.
var awardEnds = []string{"award", "awards", "prize", "honor", "honour"}

// maxAwardWinners is the most names one award's line lists.
const maxAwardWinners = 4

// awardLinesResidents reads the winners under award name lines.
func awardLinesResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := 0; i+1 < len(d.blocks); i++ {
		a := &d.blocks[i]
		if a.role == roleRow || !awardNameLine(a.text) || outOfScope(d, i) {
			continue
		}
		w := &d.blocks[i+1]
		if w.role == roleRow || len(w.text) > 120 {
			continue
		}
		names := winnerNames(w.text)
		if len(names) == 0 {
			continue
		}
		about := a.text
		if i+2 < len(d.blocks) && d.blocks[i+2].role != roleRow {
			about += " | " + d.blocks[i+2].text
		}
		hits := readRoleHits(about)
		if !hits.in(&residentHeadWords) || hits.in(&otherRoles) || hits.in(&titleWords) || awardOthers.in(about) {
			continue // an award for a fellow, a teacher, a student or staff, or for no one said
		}
		for _, n := range names {
			out = append(out, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: a.text + " | " + w.text, Selector: w.selector()}})
		}
		i++
	}
	return out
}

// awardNameLine reports a short line that is an award's name: a few words
// ending in "Award" or "Prize", no sentence.
func awardNameLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 90 {
		return false
	}
	last := t
	if k := strings.LastIndexByte(t, ' '); k >= 0 {
		last = t[k+1:]
	}
	if last == "" || last[0] < 'A' || last[0] > 'Z' {
		return false // (the usual line: its last word tested first, nothing else read)
	}
	for _, e := range awardEnds {
		if strings.EqualFold(last, e) {
			return !strings.ContainsAny(t, "!?:;") && fieldCount(t) <= 10
		}
	}
	return false
}

// winnerNames returns the people a line lists alone: one name, or up to
// maxAwardWinners separated by commas or "and"; nothing when any part is
// no person's name.
func winnerNames(t string) []string {
	t = strings.TrimSpace(t)
	if t == "" || strings.HasSuffix(t, ".") && fieldCount(t) > 4 {
		return nil
	}
	if n, ok := personName(t); ok && !strings.Contains(t, ",") {
		return []string{n}
	}
	parts := strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(t, " and ", ","), " & ", ","), func(r rune) bool { return r == ',' || r == ';' })
	if len(parts) < 2 || len(parts) > maxAwardWinners {
		return nil
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if isDegree(p) {
			continue // "Jane Doe, MD, John Roe, MD"
		}
		n, ok := personName(p)
		if !ok {
			return nil
		}
		out = append(out, n)
	}
	return out
}
