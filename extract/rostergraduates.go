package extract

import (
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A residency's page of where its graduates went: its graduates listed by
// class ("Class of 2024", "2023 Graduates", a year alone), one to a line,
// each with a degree or a title and, after a separator, where the person
// went after residency ("Ana Ruiz, MD – Cardiology Fellowship, Lakeside
// Hospital"), or nothing. Every listed graduate of the program is a
// resident (the README's convention: graduating residents count; d110 is
// the precedent), and what follows the name is a destination, never a
// school, a country or IMG status, even when it names a school of
// medicine. The page's head or the heading over the classes names
// graduates and no other people (students, fellows, faculty), the page is
// no medical school's, and the lines say where the graduates went: at
// least one names a fellowship, a practice or a post (a medical school's
// graduates go to residencies, and a list of alumni with their medical
// schools says nothing of where they went).

// A class's line: "Class of 2024", "2024 Graduates", "Graduates of 2024",
// "Graduating Class of 2024", "2023–2024", "2024" (graduateClassLine).
// The words that may stand before the year and after it are data; the
// line is read word by word (an expression of the same lines cost more to
// compile, at every start, than the pages read it).
var (
	graduateClassLeads = [][]string{{"class", "of"}, {"the", "class", "of"}, {"graduating", "class", "of"},
		{"the", "graduating", "class", "of"}, {"graduates", "of"}, {"graduates", "from"}, {"graduates", "-"},
		{"graduates", "-", "class", "of"}, {"class"}, {"graduating", "class"}, {"the", "graduating", "class"}}
	graduateClassTails = [][]string{{"graduates"}, {"graduating", "class"}, {"grads"}, {"alumni"}, {"class"}}
)

// classDashes sets a class line's dashes apart as words and drops its
// colons.
var classDashes = strings.NewReplacer("–", " - ", "—", " - ", ":", " ")

// graduateClassLine reports a line that is a class's: a year (or an
// academic year) with one of graduateClassLeads before it, one of
// graduateClassTails after it, both or neither; a colon may end it.
func graduateClassLine(t string) bool {
	t = classDashes.Replace(asciiLower(t))
	f := strings.Fields(t)
	at := -1
	for k, w := range f {
		if classYearWord(w) {
			at = k
			break
		}
	}
	if at < 0 {
		return false
	}
	pre, post := f[:at], f[at+1:]
	if len(post) >= 2 && post[0] == "-" && classYearWord(post[1]) {
		post = post[2:] // "2023 – 2024"
	}
	lead := len(pre) == 0 || slices.ContainsFunc(graduateClassLeads, func(l []string) bool { return slices.Equal(l, pre) })
	tail := len(post) == 0 || slices.ContainsFunc(graduateClassTails, func(l []string) bool { return slices.Equal(l, post) })
	return lead && tail // ("Class of 2023 Graduates": both)
}

// classYearWord reports a year of a class: four digits from 1900 to 2099,
// or an academic year written as one word ("2023-2024", "2023-24",
// "2023/24").
func classYearWord(w string) bool {
	year := func(y string) bool {
		return len(y) == 4 && (y[:2] == "19" || y[:2] == "20") && isDigit(y[2]) && isDigit(y[3])
	}
	if year(w) {
		return true
	}
	if len(w) < 7 || !year(w[:4]) || w[4] != '-' && w[4] != '/' {
		return false
	}
	rest := w[5:]
	return year(rest) || len(rest) == 2 && isDigit(rest[0]) && isDigit(rest[1])
}

// maxGraduateClasses is the most class lines a page is read for, and
// maxClassHeadWalk the most blocks classHeadLine walks up (a class's
// lines and the classes before it): a page of thousands of year lines
// costs no more than a long one.
const (
	maxGraduateClasses = 64
	maxClassHeadWalk   = 120
)

// graduatesHeadWords in a page's head or a section's heading name a
// program's graduates.
// (Plain lists read with hasAnyWord: they are asked of a few lines of the
// few pages that list classes, and a wordList's index costs more to build
// at every start than those reads.)
var graduatesHeadWords = []string{"graduates", "graduate", "grads", "graduated", "alumni", "alumnae", "alumnus",
	"former residents", "past residents", "where are they now"}

// graduatesOthersWords in the same place name people who are not the
// program's graduates: a school's students, a fellowship's fellows, the
// faculty, a match (a school's).
var graduatesOthersWords = []string{"student", "students", "fellow", "fellows", "fellowship", "fellowships",
	"faculty", "match", "matched", "matches", "medical school", "applicants"}

// outcomeWords in a graduate's line name where a residency's graduate went.
var outcomeWords = []string{"fellowship", "fellowships", "fellow", "hospitalist", "hospitalists", "practice",
	"attending", "faculty", "professor", "instructor", "staff physician", "chief resident"}

// graduateClassMay is graduateClassLine's cheap part: a short line that
// opens with a class's, a graduates' or a year's first letter and holds a
// year of four digits ("19…" or "20…") standing alone.
func graduateClassMay(b *block) bool {
	t := b.text
	if b.role == roleRow || len(t) > 40 || len(t) < 4 {
		return false
	}
	switch c := t[0]; {
	case c == 'C' || c == 'c' || c == 'G' || c == 'g' || c == 'T' || c == 't' || c >= '0' && c <= '9':
	default:
		return false
	}
	for k := 0; k+4 <= len(t); k++ {
		if (t[k] == '1' && t[k+1] == '9' || t[k] == '2' && t[k+1] == '0') && isDigit(t[k+2]) && isDigit(t[k+3]) &&
			(k == 0 || !isDigit(t[k-1])) && (k+4 == len(t) || !isDigit(t[k+4])) {
			return true
		}
	}
	return false
}

// isGraduateClass reports a block that is a class's line.
func isGraduateClass(b *block) bool {
	return graduateClassMay(b) && graduateClassLine(b.text)
}

// graduateClassResidents reads the classes of a graduates' page.
func graduateClassResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	outcome := false
	heads := int8(0) // graduatesNamed(d): 0 not asked, 1 yes, 2 no
	classes := 0     // the class lines read (a page lists a few dozen at most)
	for i := 0; i < len(d.blocks) && classes < maxGraduateClasses; i++ {
		b := &d.blocks[i]
		if !graduateClassMay(b) {
			continue
		}
		classes++
		if heads == 0 {
			heads = 2
			if graduatesNamed(d) {
				heads = 1
			}
		}
		if heads == 2 {
			return nil // (a roster's classes, a date: no line of the page names graduates)
		}
		if !graduateClassLine(b.text) || !graduatesOver(d, i) {
			continue
		}
		misses := 0
		j := i + 1
		for ; j < len(d.blocks) && j <= i+maxGraduatingLines && misses < 3; j++ {
			e := &d.blocks[j]
			if e.role == roleRow || isGraduateClass(e) || graduatingLead(e) {
				break
			}
			name, rest, ok := graduateLine(e.text)
			if !ok {
				if e.role == roleHeading {
					break
				}
				misses++
				continue
			}
			misses = 0
			if rest != "" && hasAnyWord(asciiLower(rest), outcomeWords) {
				outcome = true
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text + " | " + e.text, Selector: e.selector()}})
		}
		i = j - 1
	}
	if !outcome {
		return nil // no line says where a graduate went: alumni with their schools, a school's match
	}
	return out
}

// graduatesNamed is graduatesOver's cheap part, asked once a page: its
// title or first line names graduates ("graduate", "alumni"), or a line
// that may head a section names past people (pastWords: "graduates",
// "alumni", "former", "where are they now", read from the block's words).
// (A section headed by "graduate" alone, "Graduate Placements", under a
// title that names none is not read: the test of every line for the word
// cost more than such pages are worth.)
func graduatesNamed(d *doc) bool {
	if containsFold(d.title, "graduat") || containsFold(d.title, "alumn") {
		return true
	}
	for k := range d.blocks {
		b := &d.blocks[k]
		if b.role == roleRow || b.role == roleItem || len(b.text) > 80 {
			continue
		}
		if k == 0 && (containsFold(b.text, "graduat") || containsFold(b.text, "alumn")) {
			return true
		}
		if w := b.roleHits(); w.in(&pastWords) {
			return true
		}
	}
	return false
}

// graduatesOver reports whether the class line at i lists the program's
// graduates: the nearest heading or short line over the classes names
// graduates and no other people, or names neither and the page's head
// (its title, its first heading or line) names graduates and no other
// people; and the page's head lines over its first class, and that line,
// name no medical school, unless one names a residency. (A site's menu,
// "Home | Faculty | Contact", decides nothing.)
func graduatesOver(d *doc, i int) bool {
	near := asciiLower(classHeadLine(d, i))
	title := asciiLower(d.title)
	if hasAnyWord(near, graduatesOthersWords) || hasAnyWord(title, graduatesOthersWords) {
		return false
	}
	var heads strings.Builder // the page's title and its head lines over the classes
	heads.WriteString(title)
	first := ""
	for k := range i {
		b := &d.blocks[k]
		if isGraduateClass(b) {
			break // (the classes' lines are no head's)
		}
		if !headLike(b) {
			continue
		}
		if first == "" && (b.role == roleHeading || b.node == nil) {
			first = asciiLower(b.text)
		}
		heads.WriteString(" | ")
		heads.WriteString(b.text)
	}
	if !hasAnyWord(near, graduatesHeadWords) {
		if head := title + " | " + first; !hasAnyWord(head, graduatesHeadWords) || hasAnyWord(head, graduatesOthersWords) {
			return false
		}
	}
	all := heads.String() + " | " + near
	return !medicalSchoolSite.MatchString(all) || hasAnyWord(asciiLower(all), residencyWords)
}

// residencyWords in a page's head lines make a school's site a
// residency's page ("… School of Medicine | Internal Medicine Residency").
// (A department's or a program's name is not enough: a school's
// department and a program director's byline are no residency.)
var residencyWords = []string{"residency", "residencies", "resident", "residents", "housestaff", "house staff",
	"gme", "graduate medical education"}

// headLike reports a block that may head what follows: a heading, or a
// short line that is no sentence, no list's item and no site's menu.
func headLike(b *block) bool {
	if b.role == roleHeading {
		return true
	}
	return b.role != roleItem && b.role != roleRow && len(b.text) <= 80 && !strings.HasSuffix(b.text, ".") && !menuLine(b.text)
}

// classHeadLine is the text of the nearest heading or short line over the
// classes whose line is block i (the classes before it, their entries and
// running text passed), or "".
func classHeadLine(d *doc, i int) string {
	for j := i - 1; j >= 0 && j >= i-maxClassHeadWalk; j-- {
		b := &d.blocks[j]
		if isGraduateClass(b) || !headLike(b) {
			continue
		}
		if _, _, ok := graduateLine(b.text); ok {
			continue // an entry of the class before
		}
		return b.text
	}
	return ""
}

// graduateLine reads one line of a class: a name with a degree or a title,
// alone or before a separator (or, after its degrees, a comma) and where
// the person went (rest); a name with neither degree nor title only before
// a destination that says so.
func graduateLine(t string) (name, rest string, ok bool) {
	t = strings.TrimSpace(strings.TrimLeft(t, "•*-–— "))
	head := t
	for _, sep := range []string{" — ", " – ", " - ", ": ", " | "} {
		if k := strings.Index(t, sep); k > 0 {
			head, rest = t[:k], strings.TrimSpace(t[k+len(sep):])
			break
		}
	}
	if rest == "" {
		// "Ana Ruiz, MD, Cardiology Fellowship, Lakeside": the name and its
		// degrees, then where the person went
		parts := strings.Split(t, ",")
		k := 1
		for k < len(parts) && isDegree(strings.TrimSpace(parts[k])) {
			k++
		}
		if k > 1 && k < len(parts) {
			head, rest = strings.Join(parts[:k], ","), strings.TrimSpace(strings.Join(parts[k:], ","))
		}
	}
	went := rest != "" && hasAnyWord(asciiLower(rest), outcomeWords)
	if rest != "" && !went && leaderRole(rest) {
		return "", "", false // "Dr. Helen Marsh - Program Director": staff, not a graduate ("Assistant Professor of Medicine, X" is where one went)
	}
	head, titled := cutTitles(strings.TrimSpace(head))
	if !titled && stripDegrees(head) == trimDegreePunct(head) && !went {
		return "", "", false // no degree and no title: a destination's line ("Private Practice, Denver") as often as a name
	}
	name, ok = personName(head)
	return name, rest, ok
}

// cutTitles cuts the titles and ranks before a name ("Dr.", "Lt. Col.
// (Dr.)", listTitles) and reports whether it cut one.
func cutTitles(t string) (string, bool) {
	cut := false
	for {
		w, rest, _ := strings.Cut(t, " ")
		w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(w, "("), ")"), ".")
		if rest == "" || !slices.Contains(listTitles, w) {
			return t, cut
		}
		t, cut = strings.TrimSpace(rest), true
	}
}
