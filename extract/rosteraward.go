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
		if a.role == roleRow || outOfScope(d, i) {
			continue
		}
		if !awardNameLine(a.text) {
			if w, names := winnerLabelResidents(d, i); len(names) > 0 {
				for _, n := range names {
					out = append(out, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: a.text + " | " + d.blocks[w].text, Selector: d.blocks[w].selector()}})
				}
				i = w
			}
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
	// an end of awardEnds opens with "a", "p" or "h" and has 5 or 6
	// letters; a capital folds to its letter alone, and a word that folds
	// to one of them has 5 to 7 bytes (an "ſ" for the s of "awards" takes
	// two): any other word is no end, and EqualFold is not asked
	// (TestAwardNameLine16, FuzzAwardNameLine16)
	if c := last[0]; c != 'A' && c != 'P' && c != 'H' || len(last) < 5 || len(last) > 7 {
		return false
	}
	for _, e := range awardEnds {
		if strings.EqualFold(last, e) {
			return !strings.ContainsAny(t, "!?:;") && fieldCount(t) <= 10
		}
	}
	return false
}

// A poster or abstract competition lists its winners under a label line
// that says whose category it is, the work's title between, then the
// authors with their affiliation after a bar or a dash: "Resident winner"
// / "• <title>" / "Ann Moe, MD, and Joe Poe, MD | Valley Health Family
// Medicine Residency". The label decides: a resident's label gives
// residents (their affiliation is their program or its sponsor, no
// medical school); a student's, a faculty member's or a fellow's gives no
// one, and a label naming no one's role gives no one.

// winnerLabelWords make a short line a winners' label.
var winnerLabelWords = newWordList("winner", "winners", "first place", "second place", "third place", "1st place",
	"2nd place", "3rd place", "honorable mention", "runner-up", "runner up")

// winnerLabelResidents reads the winners under block i when it is a
// winners' label naming residents and no one else: the block of the names
// (the next, or the one after a title) and the names, or nil.
func winnerLabelResidents(d *doc, i int) (int, []string) {
	t := d.blocks[i].text
	if len(t) > 64 || !d.blocks[i].in(&residentHeadWords) {
		return 0, nil // (the usual block: too long, or no resident's word, read from the block's hints)
	}
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ":"))
	if t == "" || len(t) > 60 || fieldCount(t) > 6 || strings.ContainsAny(t, ".!?;") || !winnerLabelWords.in(t) {
		return 0, nil
	}
	if possessiveResidents(t) {
		return 0, nil // "Residents' choice winner": chosen by the residents, given to someone else
	}
	hits := readRoleHits(t)
	if !hits.in(&residentHeadWords) || hits.in(&otherRoles) || hits.in(&titleWords) || awardOthers.in(t) {
		return 0, nil
	}
	bare, bareAt := []string(nil), 0
	for w := i + 1; w <= i+2 && w < len(d.blocks); w++ {
		b := &d.blocks[w]
		if b.role == roleRow || len(b.text) > 240 {
			break
		}
		names, affiliated := authorNames(b.text)
		switch {
		case len(names) > 0 && (affiliated || w > i+1 && withDegrees(b.text)):
			return w, names // (after a title: authors with an affiliation or degrees, a title has neither)
		case len(names) > 0 && w == i+1:
			bare, bareAt = names, w // names alone right under the label, unless authors with an affiliation follow a title
		}
	}
	return bareAt, bare
}

// authorSeparators part authors from their affiliation.
var authorSeparators = []string{" | ", "|", " – ", " — ", " - "}

// authorNames returns the people of an authors' line, "Names" or "Names |
// affiliation", and whether an affiliation followed them.
func authorNames(t string) ([]string, bool) {
	for _, sep := range authorSeparators {
		if k := strings.Index(t, sep); k > 0 {
			return winnerNames(strings.TrimRight(strings.TrimSpace(t[:k]), ",")), true
		}
	}
	return winnerNames(t), false
}

// withDegrees reports an authors' line whose names carry degrees ("Ann
// Moe, MD, and Joe Poe, DO").
func withDegrees(t string) bool {
	for p := range strings.SplitSeq(t, ",") {
		if isDegree(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))) {
			return true
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
	if len(parts) < 2 || len(parts) > 2*maxAwardWinners {
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
	if len(out) > maxAwardWinners {
		return nil // (counted without the degrees)
	}
	return out
}

// Awards in a table: an award's column and its recipients' column ("Award
// | Recipient", "Honor | Resident", "Winner | Award"). A recipient is a
// resident when the award's cell names a resident or an intern, or the
// recipients' column is headed by residents, and the award's cell names no
// other group (a fellow, a teacher, a student, nursing, staff). A table
// with a year column is a history of past winners, now alumni.

// awardColumn and recipientColumn are the words of their headers.
var (
	awardColumnWords     = []string{"award", "awards", "honor", "honors", "honour", "honours", "prize", "prizes", "recognition"}
	recipientColumnWords = []string{"recipient", "recipients", "winner", "winners", "awardee", "awardees", "honoree", "honorees",
		"name", "resident", "residents", "intern", "interns"}
	yearColumnWords = []string{"year", "years", "class", "date"}
)

// awardTableColumns returns the award's and the recipients' columns of a
// table header, or ok false when the header lacks one or has a year column.
func awardTableColumns(header []string) (award, recipient int, residents, ok bool) {
	award, recipient = -1, -1
	for j, h := range header {
		low := asciiLower(strings.Trim(h, " :()"))
		low = strings.NewReplacer("(", " ", ")", " ", "/", " ").Replace(low)
		switch {
		case hasAnyWord(low, yearColumnWords):
			return 0, 0, false, false
		case award < 0 && hasAnyWord(low, awardColumnWords):
			award = j
		case recipient < 0 && hasAnyWord(low, recipientColumnWords):
			recipient = j
			residents = hasAnyWord(low, []string{"resident", "residents", "intern", "interns"})
		}
	}
	return award, recipient, residents, award >= 0 && recipient >= 0
}

// awardRowResidents reads the recipients of residents' awards in award
// tables.
func awardRowResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	var table any // the table the columns below describe
	var award, recipient int
	var residents, ok bool
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role != roleRow || b.row == nil || len(b.row.header) < 2 {
			continue
		}
		if t := any(b.row.table); t != table {
			table = t
			award, recipient, residents, ok = awardTableColumns(b.row.header)
		}
		cells := b.row.cells
		if !ok || award >= len(cells) || recipient >= len(cells) || outOfScope(d, i) {
			continue
		}
		name := cells[award]
		w := readRoleHits(name)
		if !residents && !w.in(&residentHeadWords) || w.in(&otherRoles) || w.in(&titleWords) || awardOthers.in(name) {
			continue // an award for a fellow, a teacher, a student or staff, or for no one said
		}
		for _, n := range winnerNames(stripTitle(strings.TrimSpace(cells[recipient]))) {
			out = append(out, imgfriendly.Resident{Name: n, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		}
	}
	return out
}

// possessiveResidents reports a resident word in the possessive ("the
// residents' choice", "Resident's Choice"), which names who gives, not who
// receives.
func possessiveResidents(t string) bool {
	low := asciiLower(t)
	for _, w := range []string{"residents'", "residents’", "resident's", "resident’s", "interns'", "interns’"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}
