package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// A news post or a program page lists residents under a line that says who
// they are: "First-year residents are:", "Our new interns:", "We welcome
// the newest members of our residents, Class of 2030!", then one line per
// person, "Name, School." — the school may be followed by the hospital of
// an earlier training year after a slash ("Name, School/Hospital."), or
// missing ("Name,"). The lead-in decides: it must name residents and no
// one else (sectionKind), so a school's "students who matched:" or "our
// faculty are:" lists no one.

// leadInItemBullets open a list item in plain text the block splitter
// leaves on the line.
const leadInItemBullets = "•·▪●◦‣*-–— "

// leadInResidents reads the lines under a lead-in that names residents.
func leadInResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := 0; i+1 < len(d.blocks); i++ {
		if !residentLeadIn(d, i) || outOfScope(d, i) {
			continue
		}
		j := i + 1
		for ; j < len(d.blocks) && len(out) < maxResidents; j++ {
			b := &d.blocks[j]
			if b.role == roleHeading || b.role == roleRow {
				break
			}
			r, ok := leadInItem(b.text)
			if !ok {
				break
			}
			if headingStaff(d, j, r.Name, pageNames(d)) {
				continue // "Lena Park" over "Lena Park, M.D., Professor, Nephrology": a teacher, whatever the lead-in said
			}
			r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}
			out = append(out, r)
		}
		i = j - 1
	}
	return out
}

// residentLeadIn reports whether block i ends with a short sentence that
// opens a list (a colon or an exclamation mark last) and names residents
// and no one else: "Second-year residents are:", "Welcome to our new
// interns!".
func residentLeadIn(d *doc, i int) bool {
	t := strings.TrimSpace(d.blocks[i].text)
	if t == "" || (t[len(t)-1] != ':' && t[len(t)-1] != '!') {
		return false
	}
	if !residentHeadWords.in(t) && !containsFold(t, "class of") {
		return false // (the cheap test first)
	}
	ss := sentences(t)
	last := strings.TrimSpace(ss[len(ss)-1])
	if fieldCount(last) > 20 || matchWords.in(last) {
		return false
	}
	switch sectionKind(last) {
	case sectionResident:
		return true
	case sectionWeak:
		return residencyClassLeadIn(d, i, last)
	}
	return false
}

// A residency names a class of its residents by the year the class ends,
// so a program's post dated March 2016 announces its incoming "Class of
// 2019:" over the new residents' lines. residencyClassLeadIn reports a
// lead-in whose class (classOfYear) is such a class: a year from the
// page's own (storyYear's, else the cycle's or the run date's: d.refYear)
// to seven years after it — a class that finished before the page was
// written is its alumni — where the lead-in or the lines before it (the
// title and up to classContext blocks) speak of a residency and nothing
// there speaks of a medical school's students (a school's "Class of 2030"
// is its students, whatever the year).
func residencyClassLeadIn(d *doc, i int, last string) bool {
	y := classOfYear(last)
	if y == 0 {
		return false
	}
	p := storyYear(d)
	if p == 0 {
		p = d.refYear
	}
	if p != 0 && (y < p || y > p+7) {
		return false
	}
	residency := false
	for k := max(0, i-classContext); k <= i; k++ {
		t := d.blocks[k].text
		if k == i {
			t = last
		}
		if studentWords.in(t) || medicalSchoolSite.MatchString(t) {
			return false
		}
		residency = residency || residencyHeadWords.in(t) || residentHeadWords.in(t)
	}
	if studentWords.in(d.title) || medicalSchoolSite.MatchString(d.title) {
		return false
	}
	return residency || residentHeadWords.in(d.title) || containsFold(d.title, "residency")
}

// classContext is how many blocks before a class's lead-in
// residencyClassLeadIn reads for a residency's words.
const classContext = 3

// classOfYear is the year of the first "class of YYYY" (or "class of
// 'YY") in s, 0 if none.
func classOfYear(s string) int {
	for k := 0; ; {
		at := indexFold(s[k:], "class of ")
		if at < 0 {
			return 0
		}
		r := s[k+at+len("class of "):]
		switch {
		case len(r) >= 4 && (strings.HasPrefix(r, "19") || strings.HasPrefix(r, "20")) && atoiYear(r[:4]) >= 1900 && (len(r) == 4 || r[4] < '0' || r[4] > '9'):
			return atoiYear(r[:4])
		case len(r) >= 3 && (r[0] == '\'' || strings.HasPrefix(r, "’")):
			r = strings.TrimPrefix(strings.TrimPrefix(r, "'"), "’")
			if len(r) >= 2 && isDigit(r[0]) && isDigit(r[1]) && (len(r) == 2 || !isDigit(r[2])) {
				return 2000 + int(r[0]-'0')*10 + int(r[1]-'0')
			}
		}
		k += at + len("class of ")
	}
}

// listName is personName for the head of a line under a resident lead-in,
// where a name may be written in full over six or seven words (a given
// name, the father's and grandfather's names, the family's: "Omar Ali
// Hassan Idris Salih Nur"): the lead-in says the line is a person, so the
// words need only be a name's (capitalised, no school, place or role word).
func listName(head string) (string, bool) {
	if name, ok := personName(head); ok {
		return name, true
	}
	t := strings.TrimSpace(head)
	if t == "" || len(t) > 90 || strings.Count(t, " ") < 5 || hasNotNameByte(t) || strings.Contains(t, ",") {
		return "", false // (the usual failure, a short head, goes no further)
	}
	t = strings.Join(strings.Fields(stripDegrees(stripTitle(t))), " ")
	if n := nameWords(t); n < 6 || n > 7 || isCountry(t) || usStateLast(t) || isSchoolLine(t) {
		return "", false
	}
	return t, true
}

// listItemSeparators part a name from its school in a line under a
// lead-in: "Name, School", "Name – School", "Name: School", "Name
// (School)".
var listItemSeparators = []string{",", " \u2013 ", " \u2014 ", " - ", ": ", " ("}

// cutListItem splits a line at the first of listItemSeparators: the name
// before, the rest after (a closing parenthesis dropped).
func cutListItem(t string) (head, rest string) {
	at, sep := -1, ""
	for _, s := range listItemSeparators {
		if k := strings.Index(t, s); k > 0 && (at < 0 || k < at) {
			at, sep = k, s
		}
	}
	if at < 0 {
		return t, ""
	}
	rest = t[at+len(sep):]
	if sep == " (" {
		rest = strings.TrimSuffix(strings.TrimSpace(rest), ")")
	}
	if sep != "," {
		// a dash, a colon or a parenthesis parts a name from a school only:
		// "U.S. Citizen (born or naturalized)", "Night Float – two weeks"
		first := rest
		if k := strings.IndexAny(first, ",/"); k > 0 {
			first = first[:k]
		}
		if !schoolShaped(cleanSchool(first)) {
			return t, ""
		}
	}
	return t[:at], rest
}

// writerRoles are a story's writers' roles: "Jane Roe, Staff Writer" under
// a lead-in is its byline, no one in the list.
var writerRoles = newWordList("writer", "staff writer", "reporter", "correspondent", "editor", "photographer")

// leadInItem reads one line under a lead-in: a person's name, then after a
// comma the medical school (up to a slash that adds the hospital of an
// earlier year, degrees and training years dropped), or nothing.
func leadInItem(t string) (imgfriendly.Resident, bool) {
	t = strings.TrimSpace(strings.TrimLeft(t, leadInItemBullets))
	t = strings.TrimSpace(strings.TrimRight(t, ". "))
	if t == "" || fieldCount(t) > 16 {
		return imgfriendly.Resident{}, false
	}
	head, rest := cutListItem(t)
	name, ok := listName(head)
	if !ok || strings.ContainsAny(head, ":;") {
		return imgfriendly.Resident{}, false
	}
	if rest != "" && (leaderRole(rest) || lineRoleOf(rest, unionWords{s: rest}) == roleOther || writerRoles.in(rest)) {
		return imgfriendly.Resident{}, false // "Dr. Helen Marsh - Program Director", "Lena Park, M.D., Professor": staff, no resident
	}
	r := imgfriendly.Resident{Name: name}
	var parts []string
	for p := range strings.SplitSeq(rest, ",") {
		p = strings.TrimSpace(p)
		if p == "" || isDegree(p) || (utf8.RuneCountInString(p) < 12 && trainingYear(p)) {
			continue
		}
		parts = append(parts, p)
	}
	school := strings.Join(parts, ", ")
	if k := strings.IndexByte(school, '/'); k > 0 {
		if before := strings.TrimSpace(school[:k]); schoolShaped(cleanSchool(before)) {
			school = before // "School/Hospital": the earlier year's hospital is no school
		}
	}
	switch school = cleanSchool(school); {
	case schoolShaped(school):
		r.School, r.Country = splitCountry(school)
	case fieldCount(school) > 8:
		return imgfriendly.Resident{}, false // a sentence after the comma: not a list line
	}
	return r, true
}
