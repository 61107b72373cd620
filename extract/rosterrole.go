package extract

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Whether a person a page names is a resident of the program now is said by
// the words around the person, not by the shape of the lines: a role line
// under a name ("Chief Resident", "PGY-2", "Hospitalist", "Associate
// Program Director"), or a sentence that makes the
// person the program's director or says the residency is behind them. A
// page's own title (its first line when the page is plain text) opens the
// page's scope as a heading does.

// Roles a short line gives the person above it.
const (
	roleNone     = 0
	roleResident = 1
	roleOther    = -1
)

// staffRoleWords name people who work at a program without training in it;
// a line holding one is a faculty or staff member's role line.
var staffRoleWords = newWordList("professor", "director", "chair", "chairman", "chairwoman", "attending", "faculty",
	"coordinator", "dean", "instructor", "lecturer", "administrator", "hospitalist", "hospitalists", "president",
	"ceo", "officer", "manager", "nurse", "physician assistant", "nurse practitioner", "pharmacist", "psychologist",
	"chaplain", "counselor", "specialist", "staff physician", "medical staff", "consultant", "alumnus", "alumna",
	"alumni", "emeritus", "preceptor", "partner", "founder", "owner", "provost", "chancellor")

// residentRoleRE is a resident's role on a line of its own: "Chief
// Resident", "PGY-2", "Second-Year Resident", "Intern", "R3".
var residentRoleRE = mustStartDerived(`(?i)\b(?:(?:co-)?chief residents?|residents?|interns?|pgy[- ]?(?:[1-7]|i{1,3}|iv|v)|r[1-5]|house officer|resident physician)\b`,
	residentRoleAt).startingWith("criphCRIPH", true)

// residentRoleAt is a necessary condition of a residentRoleRE match at s[i], a
// word start wordStartIn accepts: the literal the match opens with there, in
// any ASCII case ("chief resident", "co-chief resident", "resident",
// "intern", "pgy", "r" and a digit 1 to 5, "house officer"). When s holds
// a character (?i) folds into an ASCII letter ("ſ" for s), or the position
// is no ASCII letter, the word start alone answers.
func residentRoleAt(s string, i int) bool {
	if !wordStartIn(s, i, "criph") {
		return false
	}
	if s[i] >= utf8.RuneSelf || hasOddFold(s) {
		return true
	}
	t := s[i:]
	switch t[0] | 0x20 {
	case 'c':
		return hasPrefixFold(t, "chief resident") || hasPrefixFold(t, "co-chief resident")
	case 'r':
		return hasPrefixFold(t, "resident") || len(t) > 1 && t[1] >= '1' && t[1] <= '5'
	case 'i':
		return hasPrefixFold(t, "intern")
	case 'p':
		return hasPrefixFold(t, "pgy")
	}
	return hasPrefixFold(t, "house officer")
}

// facultyOf is a school's "Faculty of Medicine", no staff member's role.
var facultyOf = mustGateDerived(`(?i)\bfaculty of\b|\bfacult(?:é|e)s? de\b`)

// lineRole says whom a short line (a card's role line, a signature's
// second line) makes the person it belongs to: roleResident, roleOther or
// roleNone. Longer lines are prose, and say nothing here.
func lineRole(t string) int {
	return lineRoleOf(t, unionWords{s: t})
}

// lineRoleOf is lineRole(t), with words t's (a union's words, or none: then
// each set reads t itself).
func lineRoleOf(t string, words unionWords) int {
	if len(t) > 70 || fieldCount(t) > 9 {
		// "Lena Park, D.O., Vice Chair for Education, Department of
		// Medicine": the role after a name and its degrees
		rest, ok := nameDegreesCut(t)
		if !ok || len(rest) > 70 || fieldCount(rest) > 9 {
			return roleNone
		}
		t, words = rest, unionWords{s: rest}
	}
	if containsAny(t, ".!?") && fieldCount(t) > 4 && sentenceStop(t) {
		return roleNone
	}
	if bylineLine(t) {
		return roleNone // "By Ana Ruiz, MD, PGY-2": its author's role, not the line above's
	}
	if facultyOf.possibleFrom(words.find(facultyOf.hints)) {
		t = facultyOf.re.ReplaceAllString(t, "") // "MD, University of X Faculty of Medicine" is a school
		words = unionWords{s: t}
	}
	w := roleHits{text: t, found: words.find(roleSet)}
	if w.in(&notNowResident) || w.in(&pastWords) {
		return roleOther // "Former Chief Resident", "Alumni", "Permanent resident"
	}
	if (gatesOff || residentRoleMay(&w)) && (!gatesOff && residentRoleOpens(t) || residentRoleIn(t)) && !containsFold(w.text, "residency") {
		return roleResident // "Chief Resident" (a chief is a resident whatever else the line says)
	}
	if w.in(&staffRoleWords) {
		return roleOther
	}
	return roleNone
}

// headingStaff reports a staff role line in the section that the name
// heading at block i opens, whose card is the heading alone: the few short
// lines under it, up to the next heading, field, sentence or another
// person's name line ("Jane Doe" / "Jane Doe, M.D., Professor, Nephrology",
// or "Jane Doe" / "Doe, Jan" / "Jane Doe, M.D." / "Director of the
// Residency Program"). A line naming the heading's surname is the same
// person's (a caption, a nickname, Last-First order).
func headingStaff(d *doc, i int, name string, names nameMemo) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	for j, n := i+1, 0; j < len(d.blocks) && n < 4; j, n = j+1, n+1 {
		b := &d.blocks[j]
		if b.role == roleHeading || b.role == roleRow || proseLine(b.text) {
			return false
		}
		if _, _, ok := labelValue(b.text); ok {
			return false
		}
		switch b.lineRole() {
		case roleOther:
			return true
		case roleResident:
			return false
		}
		if names.kind(d, j)&(nameIs|nameRest) != 0 && !strings.Contains(b.text, last) {
			return false // the next person's card
		}
	}
	return false
}

// nameDegreesCut returns the rest of a line that opens with a person's
// name and the name's degrees, each after a comma ("Lena Park, M.D.,
// Ph.D., Associate Dean, Medical Education" → "Associate Dean, Medical
// Education"); ok is false when the line does not open so.
func nameDegreesCut(t string) (rest string, ok bool) {
	i := strings.IndexByte(t, ',')
	if i <= 0 || i > 40 || len(t) > 160 {
		return "", false
	}
	if _, ok := personName(t[:i]); !ok {
		return "", false
	}
	rest = t[i+1:]
	for {
		rest = strings.TrimLeft(rest, " ")
		j := strings.IndexByte(rest, ',')
		w := rest
		if j >= 0 {
			w = rest[:j]
		}
		if !isDegree(strings.TrimSpace(w)) {
			return rest, ok
		}
		ok = true
		if j < 0 {
			return "", true
		}
		rest = rest[j+1:]
	}
}

// sentenceStop reports a mark in t that ends a sentence: a '!', a '?', or
// a '.' at a word's end that closes no abbreviation of a degree, a title
// or a rank (sentenceSpans' abbreviations, or a word of two letters or
// fewer: "M.D.,", "Ph.D.", "Dr.", "Jr."). "Jane Doe, M.D., Professor,
// Nephrology" is a role line, not a sentence.
func sentenceStop(t string) bool {
	if strings.ContainsAny(t, "!?") {
		return true
	}
	for i := strings.IndexByte(t, '.'); i >= 0; {
		j := i
		for j > 0 && t[j-1] != ' ' && t[j-1] != '(' && t[j-1] != ',' {
			j--
		}
		var wb [16]byte
		w := lowerInto(wb[:], t[j:i])
		if len(w) == 0 || w[0] < 'a' || w[0] > 'z' || len(w) > 2 && !abbreviations[string(w)] && (len(w) > 5 || bytes.IndexByte(w, '.') < 0) {
			return true // "2.5", "…residents. We", "Nephrology."
		}
		k := strings.IndexByte(t[i+1:], '.')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// residentRoleMay is a necessary condition of a residentRoleRE match in
// the text w read: a word of residentHeadWords in it, in any case and
// perhaps not whole (roleSet's pass: "resident", "intern", "chief", "pgy"
// hold the expression's words, or a character that folds to an "s" or a
// "k"), or what the list does not hold: an "r" before a digit 1-5 ("R3"),
// "house officer". Most lines of a card ("Medical School: …", "Hometown:
// …") have none, and the expression, tried at every word that opens with
// one of its letters, does not run.
func residentRoleMay(w *roleHits) bool {
	if w.found&(1<<roleResidentHead|oddFold) != 0 {
		return true
	}
	t := w.text
	for i := 0; i+1 < len(t); i++ {
		if t[i]|0x20 == 'r' && t[i+1] >= '1' && t[i+1] <= '5' {
			return true
		}
	}
	return containsFold(t, "house officer")
}

// residentRoleIn is residentRoleRE.MatchString(t), read by hand: at a
// word's start (an ASCII letter after no word byte), one of the
// expression's roles in any ASCII case, ending at a word's end (the text's
// end, or a byte that is no ASCII word byte). A text holding a character
// (?i) folds into an ASCII letter ("ſ", the Kelvin sign) is left to the
// expression. A card's role lines ("Internal Medicine Resident") asked the
// anchored expression at each word start the role's letters open, a run
// of the program each (TestResidentRoleIn, FuzzResidentRoleIn).
func residentRoleIn(t string) bool {
	if hasOddFold(t) {
		return residentRoleRE.MatchString(t)
	}
	for i := 0; i < len(t); i++ {
		if i > 0 && isWordByte(t[i-1]) {
			continue
		}
		switch t[i] | 0x20 {
		case 'c':
			if hasPrefixFold(t[i:], "co-chief resident") && pluralRoleEnds(t, i+len("co-chief resident")) ||
				hasPrefixFold(t[i:], "chief resident") && pluralRoleEnds(t, i+len("chief resident")) {
				return true
			}
		case 'r':
			if hasPrefixFold(t[i:], "resident") && pluralRoleEnds(t, i+len("resident")) ||
				i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '5' && roleEnds(t, i+2) {
				return true
			}
		case 'i':
			if hasPrefixFold(t[i:], "intern") && pluralRoleEnds(t, i+len("intern")) {
				return true
			}
		case 'h':
			if hasPrefixFold(t[i:], "house officer") && roleEnds(t, i+len("house officer")) {
				return true
			}
		case 'p':
			if hasPrefixFold(t[i:], "pgy") && pgyYearEnds(t, i+len("pgy")) {
				return true
			}
		}
	}
	return false
}

// roleEnds reports a word's end at t[j]: t's end, or no ASCII word byte.
func roleEnds(t string, j int) bool {
	return j == len(t) || !isWordByte(t[j])
}

// pluralRoleEnds reports a word's end at t[j], or after an "s" there.
func pluralRoleEnds(t string, j int) bool {
	return roleEnds(t, j) || j < len(t) && t[j]|0x20 == 's' && roleEnds(t, j+1)
}

// pgyYearEnds reports residentRoleRE's year after "pgy" ending a word:
// perhaps "-" or " ", then a digit 1 to 7, one to three "i"s, "iv" or
// "v", in any ASCII case.
func pgyYearEnds(t string, j int) bool {
	if j < len(t) && (t[j] == '-' || t[j] == ' ') {
		j++ // (the expression takes the separator when it is there: no year opens with one)
	}
	if j == len(t) {
		return false
	}
	switch c := t[j] | 0x20; {
	case t[j] >= '1' && t[j] <= '7':
		return roleEnds(t, j+1)
	case c == 'v':
		return roleEnds(t, j+1)
	case c == 'i':
		k := j
		for k < len(t) && k-j < 3 && t[k]|0x20 == 'i' {
			k++
		}
		return roleEnds(t, k) || k < len(t) && k == j+1 && t[k]|0x20 == 'v' && roleEnds(t, k+1)
	}
	return false
}

// residentRoleOpens is a sufficient condition of a residentRoleRE match in
// t: t opens with "pgy" and a year 1-7 ("PGY-2", "PGY 3", "pgy4"), with
// "chief resident", "resident" or "intern" (an "s" after it perhaps), in
// any ASCII case, and the word ends there: at t's end or before an ASCII
// byte that is no word byte. A card's year line ("PGY-1") is most of the
// lines the expression matches; it is not run on those.
func residentRoleOpens(t string) bool {
	n := 0 // the length of the opening role
	switch {
	case hasPrefixFold(t, "pgy"):
		n = len("pgy")
		if n < len(t) && (t[n] == '-' || t[n] == ' ') {
			n++
		}
		if n == len(t) || t[n] < '1' || t[n] > '7' {
			return false
		}
		n++
	case hasPrefixFold(t, "chief resident"):
		n = len("chief resident")
	case hasPrefixFold(t, "resident"):
		n = len("resident")
	case hasPrefixFold(t, "intern"):
		n = len("intern")
	default:
		return false
	}
	if t[0]|0x20 != 'p' && n < len(t) && t[n]|0x20 == 's' {
		n++ // "Residents", "Interns"
	}
	return n == len(t) || t[n] < utf8.RuneSelf && !isWordByte(t[n])
}

// roleResidentHead is residentHeadWords' index in roleLists.
const roleResidentHead = 1

// cardRole reads the lines of a card: roleOther when one of the short lines
// right under the name (before the card's fields) is a staff role line;
// else roleResident when
// one of those is a resident's role line; else roleNone. Lines further down
// may belong to the next person of a plain-text page.
func cardRole(d *doc, blocks []int) int {
	role := roleNone
	fields := false // a field line was seen: role lines are over
	for k, j := range blocks {
		t := d.blocks[j].text
		if _, _, ok := labelValue(t); ok {
			fields = true // a field's value ("Interests: …") is no role
		}
		if k > 0 && proseLine(t) {
			fields = true // a sentence under the name: lines after it are the text's (a fee list's "Resident Training Permit"), no role line
		}
		if fields || k > 3 {
			continue
		}
		switch d.blocks[j].lineRole() {
		case roleOther:
			if alumSchool(t) != "" {
				continue // an alumna's line names her school: "LUSOM Alumna, Class of 2023"
			}
			return roleOther
		case roleResident:
			role = roleResident
		}
	}
	return role
}

// proseLine reports a line that is a sentence of running text, not a
// card's short role or field line: more than five words ending in a
// sentence's (or a list's opening) punctuation.
func proseLine(t string) bool {
	t = strings.TrimSpace(t)
	return t != "" && strings.IndexByte(".:!?", t[len(t)-1]) >= 0 && fieldCount(t) > 5
}

var (
	// finishedResidency says a residency is behind the person: "completed
	// her residency at", "did his residency training in", "after residency".
	finishedResidency = mustGateDerived(`(?i)\b(?:(?:completed|did|finished|undertook) (?:(?:his|her|their|my) )?(?:\w+ ){0,3}(?:residency|fellowship)|after (?:(?:his|her|their|my) )?residency|former (?:chief )?residents?)\b`)
	// leadsProgram makes the person the program's leader: "will be directed
	// by Dr. X", "Dr. Y will direct the program".
	leadsProgram = mustGateDerived(`(?i)\b(?:directed|led|chaired|headed) by\b|\bwill (?:direct|lead|chair|head)\b|\b(?:serves|serving|served) as (?:the )?(?:\w+ )?(?:director|chair|dean|faculty)\b`)
)

// otherPersonSentence reports a sentence whose person is no current
// resident: a finished residency or a program's leadership, with no
// resident's role of its own ("a second-year resident", "our interns").
func otherPersonSentence(s string) bool {
	if !finishedResidency.MatchString(s) && !leadsProgram.MatchString(s) {
		return false
	}
	rest := finishedResidency.re.ReplaceAllString(s, "")
	return !residentRoleRE.MatchString(rest)
}

// plainTitleScope is the section kind a plain-text page's first line
// opens, as an HTML page's title does: sectionNeutral for an HTML page or
// a first line that is prose.
func plainTitleScope(d *doc) int {
	if d.title != "" || len(d.blocks) == 0 || d.blocks[0].node != nil || d.blocks[0].role == roleRow {
		return sectionNeutral
	}
	t := d.blocks[plainTitleAt(d)].text // (its own heading under a site's name and menu)
	if len(t) > 100 || strings.HasSuffix(t, ".") || bylineStart(t) >= 0 || menuLine(t) {
		return sectionNeutral // (a byline: its writer's role, "Staff Writer", is no section's; a menu's items are the site's)
	}
	k := sectionKind(t)
	if k == sectionOthers && (residencyGraduates.MatchString(t) || fromAuthor.MatchString(t) || authoredHeading(t) || careerArc.MatchString(t) && !pastWords.in(t)) {
		// "Hospital honors the graduates of its residency": residents
		// finishing, not alumni; "A note from the program director": a
		// post by a leader, who may name residents, not a page about leaders;
		// "From IMG to Program Director": one person's road, told in a
		// post (a listing of posts may name residents after it)
		return sectionNeutral
	}
	return k
}

// menuLine reports a line of a site's menu or breadcrumb: three items or
// more set apart by bars, bullets or arrows ("Home | About | Faculty |
// Contact", "Home > News > Faculty"). A faculty item among them does not
// make the page a faculty page.
func menuLine(t string) bool {
	if !menuMarks(t) {
		return false // (one pass over the bytes: most lines hold no separator's)
	}
	n := 0
	for _, sep := range []string{" | ", " • ", " · ", " > ", " » ", " * "} { // (a block writes a bullet "*")
		n += strings.Count(t, sep)
	}
	return n >= 2
}

// menuMarks reports a byte of menuLine's separators in t: "|", ">", "*",
// or the first byte of "•", "·", "»".
func menuMarks(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '|', '>', '*', 0xC2, 0xE2:
			return true
		}
	}
	return false
}

// fromAuthor is a title naming who wrote the page, not whom it lists: "A
// note from the program director", "From the chair's desk".
var fromAuthor = regexp.MustCompile(`(?i)\b(?:note|notes|message|letter|word|words|update|updates|greetings?|welcome|news|thoughts)\s+from\b|\bfrom the\b.{0,40}\b(?:desk|office|corner)\b|\b(?:desk|corner|blog)\b`)

// careerArc is a title telling one person's road from one role to
// another: "From IMG to Program Director", "From Resident to Chair".
var careerArc = regexp.MustCompile(`(?i)\bfrom\s+(?:[\p{L}-]+\s+){1,3}to\s+(?:the\s+|a\s+|an\s+)?\p{L}`)

// residencyGraduates is a title about those finishing a residency, not a
// school's alumni: "graduates of its family medicine residency",
// "residency graduation".
var residencyGraduates = mustGateDerived(`(?i)\bgraduat(?:es?|ing|ion)\b.{0,60}\bresiden(?:cy|ts?)\b|\bresiden(?:cy|ts?)\b.{0,40}\bgraduat(?:es?|ing|ion)\b`)

// isNowResident is a sentence saying someone is a resident now: "Marcus is
// our chief resident", "she is a second-year resident", "has been named
// chief resident".
var isNowResident = regexp.MustCompile(`(?i)\b(?:is|are|has been named|was named|was selected as|serves as|joined us as|joins us as)\s+(?:(?:our|a|an|the|one of (?:our|the))\s+)?(?:[\p{L}0-9/-]+\s+){0,4}?(?:(?:co-)?chief\s+)?(?:resident|intern|pgy[- ]?[1-7])\b(\s+of\s+\p{Lu})?`)

// namedAsResident reports whether a sentence of the page says the person
// named name is a resident now, calling them by a word of their name.
func namedAsResident(d *doc, name string) bool {
	words := personKeyFields(name)
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 20 {
			continue
		}
		for _, s := range sentences(b.text) {
			m := isNowResident.FindStringSubmatchIndex(s)
			if m == nil || m[2] >= 0 || notNowResident.in(s[:m[1]]) {
				continue // "a resident of Ohio", "a former resident"
			}
			low := asciiLower(s[:m[0]])
			for _, w := range words {
				if len(w) >= 3 && hasAnyWord(low, []string{w}) {
					return true
				}
			}
		}
	}
	return false
}

// staffAround reports a staff role line among the few lines above the
// medical-school line at block i, up to the person's name (and after the
// previous school line, at from).
func staffAround(d *doc, i, from int) bool {
	for k := i - 1; k > from && k >= i-4; k-- {
		if d.blocks[k].lineRole() == roleOther {
			return true
		}
		if _, ok := personName(d.blocks[k].text); ok {
			break // the person's name: lines above it are someone else's
		}
	}
	return false
}

// staffSigned reports a page signed by a staff member: a name line followed
// by a staff role line among the page's last lines ("Jane Doe, MD" /
// "President and Chief Executive Officer"). Its first-person text is no
// resident's.
func staffSigned(d *doc) bool {
	for k := max(1, len(d.blocks)-4); k < len(d.blocks); k++ {
		if d.blocks[k].lineRole() != roleOther {
			continue
		}
		if _, ok := personName(d.blocks[k-1].text); ok {
			return true
		}
	}
	return false
}

// alumSchool returns the school a line names its person an alumnus or a
// graduate of, with a year perhaps: "KUSOM Alum 2022", "Lakeside School of
// Medicine Alumna, Class of 2021", "Alumnus of KUSOM, 2020"; "" when the
// line is no such line.
func alumSchool(t string) string {
	if len(t) > 120 || !alumMay(t) {
		return "" // (the expression's words)
	}
	m := alumLine.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return ""
	}
	school := strings.TrimSpace(strings.Trim(m[1]+m[2], " ,"))
	if school == "" || fieldCount(school) > 10 || !(schoolShaped(school) || acronymWord(school) && !isDegree(school) && !notSchoolAcronyms[school]) {
		return ""
	}
	return school
}

// alumMay is a necessary condition of an alumLine match: "lum" or "rad"
// ("Alum…", "alum…", "Grad…", "grad…"; a line in capitals is not read).
func alumMay(t string) bool {
	return strings.Contains(t, "lum") || strings.Contains(t, "rad")
}

var alumLine = regexp.MustCompile(`(?i)^(?:(.+?),?\s+(?:alum|alumna|alumnus|alumnae|alumni|graduate|grad)|(?:alum|alumna|alumnus|alumnae|alumni|graduate|grad)\s+of\s+(?:the\s+)?(.+?))(?:,?\s+(?:class\s+of\s+)?(?:(?:19|20)\d\d|['’]\d\d))?$`)

// notSchoolAcronyms are acronyms a graduate is said to be that name no
// school: "IMG Graduate 2019".
var notSchoolAcronyms = map[string]bool{"IMG": true, "FMG": true, "US": true, "USA": true, "UK": true, "PGY": true, "GME": true}

// acronymWord reports one word of two to eight capitals (a letter or two
// lower-case perhaps: "KUSOM", "SGU", "UoN"), a school's acronym.
func acronymWord(t string) bool {
	if len(t) < 2 || len(t) > 8 || strings.IndexByte(t, ' ') >= 0 {
		return false
	}
	upper := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return upper >= 2 && upper*2 > len(t)
}

// bylineLine reports a line that opens with "By" and a capitalised word:
// an author's line, whose role is the author's own and never the role of
// a heading or name line above it ("Lakeview Internal Medicine" / "By
// Ana Ruiz, MD, PGY-2").
func bylineLine(t string) bool {
	return len(t) > 4 && (t[0] == 'B' || t[0] == 'b') && t[1] == 'y' && t[2] == ' ' && upperAt(t, 3)
}
