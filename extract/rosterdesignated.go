package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// Residents named in running text: news posts and blogs name residents as
// "our chief residents, Drs. A and B", "two interns, Drs. C and D", "thanks
// to Drs. E and F ... as our current chief residents", "Dr. G from the H
// School of Medicine, Dr. I from ...", "third-year resident J K", or a list
// of "Dr. L who ..." items. A person counts only when the text itself says
// the person is a resident of the program (the role stands right before the
// names, or "as our residents" right after them); faculty, staff, family
// and speakers named nearby do not.

// roleWords name residents; otherRoleWords name people who are not.
var (
	roleWords      = []string{"resident", "residents", "intern", "interns", "chiefs", "housestaff", "house staff", "trainee", "trainees", "pgy-1", "pgy-2", "pgy-3", "pgy-4", "pgy-5", "pgy1", "pgy2", "pgy3", "pgy4", "pgy5"}
	otherRoleWords = []string{"faculty", "attending", "attendings", "director", "directors", "chair", "chairman", "chairwoman", "dean",
		"coordinator", "coordinators", "professor", "professors", "fellow", "fellows", "alumni", "alumnus", "alumna", "mentor", "mentors",
		"speaker", "speakers", "lecturer", "student", "students", "applicant", "applicants", "candidate", "candidates",
		"author", "nurse", "nurses", "administrator", "administrators", "staff", "president", "ceo", "officer", "husband",
		"wife", "son", "daughter", "mother", "father", "baby", "parents", "brother", "sister", "spouse", "graduates", "former", "past"}
	otherRoles = newWordList(otherRoleWords...)
	// gapBlockers in the text between a role and the names mean the names
	// are someone else: "residents and faculty, Dr. X", "a talk by Dr. Y".
	gapBlockers = []string{" and ", " with ", " by ", " from ", " to ", " at ", " of ", " who ", " whom ", " which ", " that ", " thanks ", " led "}
	// gapJoiners between a role and the names make the names the role's:
	// "interns, Drs.", "residents (Drs.", "residents: Dr.", "residents,
	// including Drs.".
	gapJoiners = []string{",", "(", ":", " - ", " — ", " – ", "including", "namely", "specifically", "such as"}
	// institutionWords after a name make it an institution's:
	// "Dr. Kiran C. Patel College of Osteopathic Medicine".
	institutionWords = []string{"college", "school", "university", "institute", "hospital", "center", "centre",
		"medical", "clinic", "foundation", "memorial", "health", "library", "hall", "building", "award", "lecture",
		"scholarship", "fund", "endowed", "professorship", "chair", "prize"}
	// eventWords after capitalised words make them an event's or a body's
	// name, no person's: "the Regional Resident Case Report Competition",
	// "the Resident Doctors Association".
	eventWords = []string{"competition", "competitions", "contest", "symposium", "conference", "summit", "congress",
		"society", "association", "federation", "council", "committee", "union", "tournament", "court", "assembly"}
)

// drPrefix finds "Dr." / "Drs." / "Doctors" before a capitalised word
// (group 2).
var drPrefix = mustStartDerived(`\b(Drs?\.?|Doctors)\s+(\p{Lu})`, func(s string, i int) bool {
	// "Dr" before "s", "." or white space, or "Doctors": not "Drive", "Do"
	if s[i] != 'D' || !wordStart(s, i) {
		return false
	}
	if strings.HasPrefix(s[i:], "Dr") {
		return i+2 < len(s) && strings.IndexByte("s.\t\n\f\r ", s[i+2]) >= 0
	}
	return strings.HasPrefix(s[i:], "Doctors")
}).startingWith("D", false)

// asRole is the role after a list of names: "... as our current chief residents".
var asRole = mustGate(`(?i)^[^.;]{0,60}?\bas (?:our|the) (?:(?:new|current|incoming|outgoing|graduating|next|two|three|four)\s+)*(?:chief residents?|chiefs?|residents?|interns?)\b`, "as our", "as the")

// yearRoleAfter is a training year and a resident role in apposition right
// after a name: "Dr. Osei, PGY-3 pediatrics resident, …", "Dr. Lin, a
// second-year resident".
var yearRoleAfter = regexp.MustCompile(`^,\s*(?:an?\s+|our\s+)?(?:PGY[- ]?[1-7]|(?:first|second|third|fourth|fifth)[- ]year)\b[^,.;()]{0,40}?\b(?:resident|intern)\b`)

// articleRoleAfter is a resident's role with an article in apposition
// right after a name: "Dr. Dau, an internal medicine resident at …";
// group 1 the words before the role.
var articleRoleAfter = regexp.MustCompile(`^,\s*(?:an?|our)\s+((?:[\p{L}\d/-]+\s+){1,4})(?:resident|intern)\b`)

// specialtyRoleAfter reports articleRoleAfter whose words say what the
// person trains in (trainingModifiers): a specialty or a year, not a place
// ("an Austin resident") or a status ("a former resident").
func specialtyRoleAfter(rest string) bool {
	if len(rest) < 12 || rest[0] != ',' {
		return false
	}
	m := articleRoleAfter.FindStringSubmatch(rest)
	return m != nil && trainingModifiers(m[1])
}

// roleThenName is a role word right before a name: "resident Jane Doe",
// "resident physician Dr. Jane Doe"; the title between them may be any
// short abbreviation ("Ms.", "Mr.", a mistyped "Dt."), which is no part of
// the name.
var roleThenName = mustStartDerived(`\b(?:[Rr]esident|[Ii]ntern)(?:\s+[Pp]hysician)?\s+(?:\p{Lu}\p{Ll}{0,2}\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`, func(s string, i int) bool {
	n := roleWordAt(s, i) // the whole role word, and the white space after it
	if n == 0 || !isRESpace(s[i+n]) {
		return false
	}
	// then "physician", a title or the name: past the white space, a
	// "p" or a capital (a byte of a character that is not ASCII may be
	// one); "resident in", "intern and" are no match
	k := skipRESpace(s, i+n)
	return k < len(s) && (s[k] >= 'A' && s[k] <= 'Z' || s[k] == 'p' || s[k] >= utf8.RuneSelf)
}).startingWith("RrIi", false)

// roleCommaName is a singular resident's role, a short qualifier ("for
// recruitment", "of Quality and Safety") and a comma right before a name:
// "our chief resident, Ana Ruiz, …", "our Chief Resident for recruitment,
// Ben Ota"; a resident's seat on a board or a council is a resident's
// role ("the resident representative, Ana Ruiz", "the resident member,
// …"). Group 1 is the qualifier, group 2 the name.
var roleCommaName = mustStartDerived(`\b(?:[Rr]esident|[Ii]ntern)(?:\s+(?:[Pp]hysician|[Rr]epresentative|[Dd]elegate|[Mm]ember))?(\s+(?:for|of)\s+[\p{L}&]+(?:\s+[\p{L}&]+){0,3}?)?,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`, func(s string, i int) bool {
	n := roleWordAt(s, i) // the whole role word, and a comma or white space after it
	if n == 0 {
		return false
	}
	if s[i+n] == ',' {
		return true
	}
	// or, past the white space, "physician" or the qualifier's "for" or
	// "of" ("resident in", "intern and" are no match)
	if !isRESpace(s[i+n]) {
		return false
	}
	rest := s[skipRESpace(s, i+n):]
	return strings.HasPrefix(rest, "for") || strings.HasPrefix(rest, "of") || strings.HasPrefix(rest, "physician") || strings.HasPrefix(rest, "Physician") ||
		residentSeat(rest)
}).startingWith("RrIi", false)

// residentSeat reports a resident's seat on a board or a council opening
// rest: "representative", "delegate", "member" (either case).
func residentSeat(rest string) bool {
	for _, w := range [...]string{"epresentative", "elegate", "ember"} {
		if len(rest) > len(w) && strings.HasPrefix(rest[1:], w) && strings.ContainsRune("RrDdMm", rune(rest[0])) {
			return true
		}
	}
	return false
}

// roleCommaNameParticle is roleCommaName with a surname's particles ("our
// resident representative, Ana de la Fuente"), compiled on first use and
// run (in place of roleCommaName) only on a sentence that may hold one
// (particleMay).
var roleCommaNameParticle = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:[Rr]esident|[Ii]ntern)(?:\s+(?:[Pp]hysician|[Rr]epresentative|[Dd]elegate|[Mm]ember))?(\s+(?:for|of)\s+[\p{L}&]+(?:\s+[\p{L}&]+){0,3}?)?,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:(?:\s+(?:de|del|della|da|dos|du|van|von|der|den|la|le|di))*\s+\p{Lu}[\p{L}'’-]+){1,2})`)
})

// roleWordAt returns the length of the resident's role word ("resident",
// "intern", first letter in either case) that starts a word at s[i] and has
// a byte after it; 0 when there is none.
func roleWordAt(s string, i int) int {
	var n int
	switch s[i] {
	case 'R', 'r':
		n = len("resident")
	case 'I', 'i':
		n = len("intern")
	default:
		return 0
	}
	if i+n < len(s) && (s[i+1:i+n] == "esident" || s[i+1:i+n] == "ntern") && wordStart(s, i) {
		return n
	}
	return 0
}

// roleCommaOpeners are the words that open the phrase of a role set off
// from its name by a comma ("our chief resident, A B"; "an intern, A B").
var roleCommaOpeners = map[string]bool{"our": true, "the": true, "a": true, "an": true, "this": true, "year's": true, "program's": true}

// roleCommaResident reports whether the words before a singular role set
// off from a name by a comma (before: the text up to the role word; of: a
// qualifier "of X" follows the role) make the name the program's resident
// now: the role's phrase opens with a determiner within three words
// ("our chief resident", "the Chief Resident", "our PGY-2 resident", "an
// intern"), not after "as" or "when" ("As a resident, A B started …": a
// faculty member's past); a qualifier "of X" only after a chief ("a
// resident of Stockton, A B" lives there).
func roleCommaResident(before string, of bool) bool {
	f := strings.Fields(before)
	lw := func(k int) string { return asciiLower(strings.Trim(f[k], ",;:(\"“”")) }
	if of && (len(f) == 0 || lw(len(f)-1) != "chief") {
		return false
	}
	for k := len(f) - 1; k >= 0 && k >= len(f)-3; k-- {
		w := lw(k)
		if w != f[k] && asciiLower(f[k]) != w && k < len(f)-1 {
			return false // punctuation ends the role's phrase
		}
		if roleCommaOpeners[w] {
			if k > 0 {
				switch lw(k - 1) {
				case "as", "when", "while", "once", "being", "former", "past":
					return false
				}
			}
			return true
		}
	}
	return false
}

// oneOfRole is what the names before it are, right after them: "…, right,
// are two of the resident physicians", "is one of our interns", "was one
// of 16 residents". Group 1 is the text before the verb (another person
// named there is in the list too; another role there stops it). Its gate
// is derived: "resident" or "intern", and a count or "among"/"some" (the
// words of " of " alone are in most sentences after a name).
var oneOfRole = mustGateDerived(`^((?:[^.;!?]|Drs?\.){0,80}?)\b(?:is|are|was|were)\s+(?:one|two|three|four|five|six|among|some)\s+of\s+(?:the|our|its|\d+)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:(?:co-)?chief\s+)?(?:residents?|interns?)(?:\s+physicians?)?(?:[^'’\p{L}]|$)`)

// rolesThenNames is a plural role right before a list of names: "our
// interns Ana Ruiz and Ben Ota", "chief residents: Ana Ruiz, Ben Ota",
// "our chief residents (Ana Ruiz and Ben Ota)", "our chiefs for
// 2025-2026, Ana Ruiz and Ben Ota" (a year between). Group 1 is a verb between
// them ("our chiefs are …"), group 2 an opening parenthesis, group 3 the
// names' first letter.
var rolesThenNames = mustStartDerived(`\b(?:[Rr]esidents|[Ii]nterns|[Cc]hiefs|(?:[Ss]hort|[Rr]esearch)[- ][Tt]rackers|PGY-?[1-7]s)(?:\s+(?:this|next)\s+year|\s+for\s+(?:the\s+)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?:\s+academic)?(?:\s+year)?)?(\s+(?:are|include|will be|like|such as|including))?(?:\s*[:,]?\s+|\s*(\()\s*)(\p{Lu})`, func(s string, i int) bool {
	e := rolesWordEnd(s, i)
	return e > 0 && wordStart(s, i) && rolesFollow(s, e)
}).startingWith("RrIiCcSsP", false)

// rolesWordEnd returns where the role word of rolesThenNames that opens at
// s[i] ends ("residents", "PGY-2s", "short-trackers", first letter in
// either case as the expression spells it), or 0 when none opens there.
func rolesWordEnd(s string, i int) int {
	rest := s[i+1:]
	trackers := func(at int) int { // "[- ][Tt]rackers" at s[at:]
		if at+8 <= len(s) && (s[at] == '-' || s[at] == ' ') && (s[at+1] == 'T' || s[at+1] == 't') && s[at+2:at+8] == "racker" && at+8 < len(s) && s[at+8] == 's' {
			return at + 9
		}
		return 0
	}
	switch s[i] {
	case 'R', 'r':
		if strings.HasPrefix(rest, "esidents") {
			return i + len("residents")
		}
		if strings.HasPrefix(rest, "esearch") {
			return trackers(i + len("research"))
		}
	case 'I', 'i':
		if strings.HasPrefix(rest, "nterns") {
			return i + len("interns")
		}
	case 'C', 'c':
		if strings.HasPrefix(rest, "hiefs") {
			return i + len("chiefs")
		}
	case 'S', 's':
		if strings.HasPrefix(rest, "hort") {
			return trackers(i + len("short"))
		}
	case 'P':
		if strings.HasPrefix(rest, "GY") {
			j := i + len("PGY")
			if j < len(s) && s[j] == '-' {
				j++
			}
			if j+1 < len(s) && s[j] >= '1' && s[j] <= '7' && s[j+1] == 's' {
				return j + 2
			}
		}
	}
	return 0
}

// rolesFollow is a necessary condition of what rolesThenNames reads after
// its role word, which ends at e: past any white space, a colon, a comma,
// a parenthesis or the names' capital (a byte of a character that is not
// ASCII may be one), or after white space a word the year or the verb
// between opens with ("this", "next", "for"; "are", "includ…", "will",
// "like", "such"). "residents who", "interns in", "chiefs and" are no
// match, and the expression no longer runs there.
func rolesFollow(s string, e int) bool {
	k := skipRESpace(s, e)
	if k >= len(s) {
		return false
	}
	if c := s[k]; c == ':' || c == ',' || c == '(' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
		return true
	}
	if k == e {
		return false
	}
	rest := s[k:]
	for _, w := range [...]string{"this", "next", "for", "are", "includ", "will", "like", "such"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// rolesThenNamesWide is rolesThenNames with, between the plural role and
// its verb, a relative clause of the residents' own arrival ("the 15 new
// residents who start July 1 including …": rolesArrival), and after the
// verb a caption's place of the people in the photograph ("including,
// second from left, Ana Ruiz, …", "are, from left, …"): the same groups.
// Compiled on first use, and run (in place of rolesThenNames) only on a
// sentence that may hold one of them (rolesWideMay).
var rolesThenNamesWide = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:[Rr]esidents|[Ii]nterns|[Cc]hiefs|(?:[Ss]hort|[Rr]esearch)[- ][Tt]rackers|PGY-?[1-7]s)(?:\s+(?:this|next)\s+year|\s+for\s+(?:the\s+)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?(?:\s+academic)?(?:\s+year)?)?` +
		rolesArrival + `(\s+(?:are|include|will be|like|such as|including))?` + photoPlace + `(?:\s*[:,]?\s+|\s*(\()\s*)(\p{Lu})`)
})

// rolesWideMay reports a sentence that may hold rolesThenNamesWide's
// arrival clause or caption's place: " who ", "left", "right", "pictured".
func rolesWideMay(s string) bool {
	return containsOneOf(s, " who ", "left", "right", "pictured")
}

// rolesArrival is a relative clause of residents arriving, between a
// plural role and its names: "who start July 1", "who began this week",
// "who will join us in June", up to the comma or the "including" that
// brings the names (no other verb: "residents who work with faculty
// including Dr. X" names faculty).
const rolesArrival = `(?:,?\s+who\s+(?:start|started|begin|began|will\s+start|will\s+begin|join|joined|will\s+join|arrive|arrived|arrive)\b[^,.;:()"“”]{0,30}?(?:,|\s+including|\s+include|\s+such\s+as))?`

// rolesExtended reports a rolesThenNames match that reaches its names
// over an arrival clause or a caption's place (rolesArrival, photoPlace).
func rolesExtended(m string) bool {
	return containsOneOf(m, " who ", "left", "right", "pictured")
}

// captionGroups are groups of other people a caption may be about before
// it names residents with them ("Medical students who rotated with our
// residents, from left: …"), read as parts of words: a byline glued to the
// caption ("By Tara NguyenStudents who …") hides no group.
var captionGroups = []string{"student", "fellows", "faculty", "nurses", "applicants", "attendings", "alumni",
	"speakers", "staff", "donors", "guests", "visitors", "volunteers", "families"}

// photoPlace is a caption's place of the people named after it in the
// photograph: ", second from left,", " from left to right", " (from
// left)", ", pictured,".
const photoPlace = `(?:,?\s*(?:(?:first|second|third|fourth)\s+)?from\s+(?:the\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?,?|,\s*pictured(?:\s+(?:from\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?)?,?|\s*\((?:from\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?\),?)?`

// designatedResidents reads residents named in running text and in lists
// of "Dr." items.
func designatedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		// a card's name line ("Dr. Jane Smith, MD") or year line is
		// short: running text that names people in roles is longer
		if b.role == roleRow || len(b.text) < 25 || !gatesOff && !designatedMay(b) {
			continue
		}
		others := outOfScope(d, i)
		if others && (!chiefWords.in(b.text) || pastWords.in(headingOver(d, i))) {
			continue
		}
		roles := designatedRolesMay(b)
		var room [8]string
		for _, s := range joinTitleCuts(sentencesInto(room[:0], b.text)) {
			if others && !chiefWords.in(s) {
				continue // on a leader's or fellows' page only the chief residents it names are residents
			}
			f := -2 // frontedSubject(s), read for the first resident found (most sentences designate no one)
			for _, r := range designatedIn(s, roles) {
				if f == -2 {
					f = frontedSubject(s)
				}
				if f > 0 && subjectOpens(s[f:], r.Name) {
					continue // "Speaking to the new residents, Mark Stone said": the residents are the clause's, he is the sentence's subject
				}
				if !strings.Contains(r.Name, " ") {
					// "Dr. Vale, a second-year resident": the person the
					// page names in full elsewhere ("winner Nora Vale, MD")
					if full, ok := fullNameFor(d, r.Name); ok {
						r.Name = full
					}
				}
				r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}
				out = append(out, r)
			}
		}
	}
	return append(out, drListResidents(d, pageURL)...)
}

// chiefWords name chief residents, whom a page about leaders or fellows
// names among them: "This year's chiefs, A and B, …" in a director's
// welcome.
var chiefWords = newWordList("chief resident", "chief residents", "chiefs")

// designatedMay reports whether designatedInSentence can read anything from
// a sentence of b: each of its expressions needs a "Dr" or "Doctors"
// (drPrefix), "trackers", or a resident's word (a resident, intern,
// chiefs, PGY: in the block's hints, read once for every reader).
func designatedMay(b *block) bool {
	return b.hint()&(hintResident|oddFold) != 0 || strings.Contains(b.text, "Dr") || strings.Contains(b.text, "Doctors") ||
		containsBy(b.text, "rackers", 3) // (from its 'k's: strings.Index stops at every 'r')
}

// joinTitleCuts joins a sentence that ends in a two-letter title-case
// word and a dot to the next: the sentence splitter knows "Dr." and "Mr."
// but not every title ("resident Rr. Jane Doe" mistyped, "Sr."), and a
// role cut from its name designates no one.
func joinTitleCuts(ss []string) []string {
	for k := 0; k+1 < len(ss); k++ {
		s := ss[k]
		n := len(s)
		if n < 4 || s[n-1] != '.' || s[n-4] != ' ' || s[n-3] < 'A' || s[n-3] > 'Z' || s[n-2] < 'a' || s[n-2] > 'z' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(ss[k+1]); !unicode.IsUpper(r) {
			continue
		}
		joined := make([]string, 0, len(ss)-1)
		joined = append(append(joined, ss[:k]...), s+" "+ss[k+1])
		ss = append(joined, ss[k+2:]...)
	}
	return ss
}

// designatedRolesMay reports whether a sentence of b can hold a match of
// the role expressions (rolesThenNames, roleCommaName, roleThenName): each
// needs a resident's or an intern's word, "chiefs" or "PGY" (in either case
// a word of residentHeadWords: in the block's hints, read once for every
// reader) or "rackers". A sentence of b is a part of b's text, or two parts
// joined at a title's full stop (joinTitleCuts), which no such word spans.
func designatedRolesMay(b *block) bool {
	return gatesOff || b.hint()&(hintResident|oddFold) != 0 || strings.Contains(b.text, "rackers")
}

// designatedInSentence returns the residents one sentence designates.
func designatedInSentence(s string) []imgfriendly.Resident {
	return designatedIn(s, true)
}

// designatedIn is designatedInSentence(s), where roles false says (by
// designatedRolesMay of s's block) that no role expression matches in s.
func designatedIn(s string, roles bool) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	var low string // asciiLower(s), made when a match needs it (same length as s: indices of s hold in low)
	lower := func() string {
		if low == "" {
			low = asciiLower(s)
		}
		return low
	}
	froms := 0 // "Dr. X from <school>" items in the sentence
	type found struct {
		names     []string
		asides    []string // (nameListAsides)
		school    string
		start     int
		end       int
		schoolEnd int // the item's end after its school ("from X", "of X"), else end
		plural    bool
	}
	var all []found
	for _, loc := range drPrefix.FindAllStringSubmatchIndex(s, -1) {
		plural := s[loc[2]:loc[3]] != "Dr" && s[loc[2]:loc[3]] != "Dr."
		names, asides, end := nameListAsides(s, loc[4], plural)
		if len(names) == 0 {
			continue
		}
		f := found{names: names, asides: asides, start: loc[0], end: end, schoolEnd: end, plural: plural}
		if !plural && len(names) == 1 {
			if school, n, of := schoolAfterName(s[end:]); school != "" {
				f.school, f.schoolEnd = school, end+n
				if !of {
					froms++ // ("Dr. A of X and Dr. B of Y" introduce no one by itself: speakers are so named too)
				}
			}
		}
		all = append(all, f)
	}
	prevEnd := -1 // where the last resident item read ends (after its school)
	for _, f := range all {
		after := asRole.MatchString(s[f.end:]) || yearRoleAfter.MatchString(s[f.end:]) || specialtyRoleAfter(s[f.end:]) || oneOfAfter(s[f.end:])
		ok := after || roleBefore(lower()[:f.start])
		if ok && !f.plural && !after && !strings.Contains(f.names[0], " ") {
			ok = false // "Dr. Smith" alone after "residents," is a quote's speaker more often than a resident
		}
		if !ok && f.school != "" && froms >= 2 && !otherRoles.in(s) {
			ok = true // a list of introductions: "Dr. A from X, Dr. B from Y"
		}
		if !ok && prevEnd >= 0 && listJoint(s[prevEnd:f.start]) && strings.Contains(f.names[0], " ") && (f.school != "" || !otherRoles.in(s)) {
			ok = true // "interns, including Dr. A of X and Dr. B of Y": the list the role opened goes on
		}
		prevEnd = -1
		if !ok {
			continue
		}
		prevEnd = f.schoolEnd
		for k, n := range f.names {
			r := imgfriendly.Resident{Name: n}
			if f.school != "" {
				r.School, r.Country = splitCountry(cleanSchool(f.school))
			} else if f.asides != nil {
				asideSchool(&r, f.asides[k]) // "our chiefs, Drs. Ana Ruiz (University of X) and …"
			}
			out = append(out, r)
		}
	}
	if !roles {
		return out // (no role expression matches: nothing below reads a name)
	}
	many, one := true, true // (with the gates off, every expression runs ungated)
	if !gatesOff {
		// roleCommaName's gate is roleThenName's (the same words: TestDesignatedRoleGates)
		many, one = rolesThenNames.possible(s), roleThenName.possible(s)
	}
	if !many && !one || headlineCase(s) {
		return out // "Largest Class of Residents Finds Its Home in …": capitals mark no names in a headline
	}
	rtn := rolesThenNames.submatchesIf(many, s)
	if many && rolesWideMay(s) {
		rtn = rolesThenNamesWide().FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range rtn {
		// "our chief residents Ana Ruiz and Ben Ota": full names; first
		// names alone only as a list of two or more right after the role
		// ("chief residents: Ana, Ben and Carla")
		if otherRoleBefore(lower()[:m[0]]) || roleQualifiedAway(lower()[:m[0]]) || inhabitantsBefore(s[:m[0]], s[m[0]]) {
			continue
		}
		if between := s[m[0]:m[6]]; len(between) > 20 && (otherRoles.in(between) || staffRoleWords.in(between)) {
			continue // "the new residents who start July 1 met faculty including Dr. X": the arrival's clause names others
		} else if rolesExtended(between) && containsFoldAny(s[:m[0]], captionGroups...) {
			continue // "Medical students who rotated with our residents, from left: …": the caption's people are the students
		}
		names, asides, end := nameListAsides(s, m[6], true)
		if m[4] >= 0 {
			// "our residents (A B and C D)": an aside that holds only
			// people's full names, closed right after them ("our residents
			// (Internal Medicine and Pediatrics)" holds no one)
			if !parenNames(names, s[end:]) {
				continue
			}
			for _, n := range names {
				out = append(out, imgfriendly.Resident{Name: n})
			}
			continue
		}
		// ("our chiefs are Ana and Ben" names them; "our residents are
		// Smart and Kind" praises them)
		chiefs := strings.HasSuffix(lower()[max(0, m[0]-6):m[0]], "chief ") || strings.HasPrefix(lower()[m[0]:], "chiefs")
		firsts := (m[2] < 0 || chiefs) && len(names) >= 2 && len(firstNames(s[m[6]:end])) == len(names)
		for k, n := range names {
			if firsts || strings.Contains(n, " ") {
				r := imgfriendly.Resident{Name: n}
				if asides != nil {
					asideSchool(&r, asides[k]) // "our interns are Ana Ruiz (University of X), …"
				}
				out = append(out, r)
			}
		}
	}
	rcn := roleCommaName.submatchesIf(one, s)
	if one && particleMay(s) {
		rcn = roleCommaNameParticle().FindAllStringSubmatchIndex(s, -1)
	}
	for _, m := range rcn {
		name, ok := personName(s[m[4]:m[5]])
		if first, _, _ := strings.Cut(name, " "); notFirstNames[asciiLower(first)] {
			ok = false // "the chief resident, Monday through Friday": a day, no name
		}
		if !ok || otherRoleBefore(lower()[:m[0]]) || !roleCommaResident(s[:m[0]], m[2] >= 0 && strings.HasPrefix(strings.TrimSpace(s[m[2]:m[3]]), "of ")) {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name})
	}
	for _, m := range roleThenName.submatchesIf(one, s) {
		name, ok := personName(s[m[2]:m[3]])
		if !ok || otherRoleBefore(lower()[:m[0]]) {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name})
	}
	return out
}

// asideSchool binds the parenthesis after a listed resident's name to the
// resident when it has a medical school's form ("Ana Ruiz (Universidad de
// X)"), not a fellowship or residency the person goes to.
func asideSchool(r *imgfriendly.Resident, aside string) {
	if sc := cleanSchool(aside); sc != "" && schoolShaped(sc) && !destinationWords.in(sc) {
		r.School, r.Country = splitCountry(sc)
	}
}

// listJoint reports text between two items of one list: a comma, a
// semicolon, "and" or "&", alone or together.
func listJoint(t string) bool {
	t = strings.TrimSpace(t)
	t = strings.TrimSpace(strings.TrimLeft(t, ",;"))
	switch t {
	case "", "and", "&":
		return true
	}
	return false
}

// parenNames reports whether the names read inside a parenthesis after a
// plural role are all people's full names and the parenthesis closes right
// after them (rest: the text after the list).
func parenNames(names []string, rest string) bool {
	if len(names) == 0 || !strings.HasPrefix(strings.TrimLeft(rest, " "), ")") {
		return false
	}
	for _, n := range names {
		if p, ok := personName(n); !ok || p != n || !strings.Contains(n, " ") {
			return false
		}
	}
	return true
}

// oneOfAfter reports whether the text after a name says the person is one
// of the residents (oneOfRole), with no other role in between ("Dr. A and
// the program director are two of the …" is not).
func oneOfAfter(rest string) bool {
	m := oneOfRole.FindStringSubmatch(rest)
	return m != nil && !otherRoles.in(m[1]) && !staffRoleWords.in(m[1])
}

// roleBefore reports whether the text before a list of names ends with a
// resident role joined to the names: "our two interns, ", "chief residents
// (", "second-year residents, including ".
func roleBefore(before string) bool {
	end, start := -1, -1 // where the last role word ends and starts
	for _, w := range roleWords {
		for from := 0; ; {
			i := strings.Index(before[from:], w)
			if i < 0 {
				break
			}
			i += from
			j := i + len(w)
			if (i == 0 || !isWordByte(before[i-1])) && (j == len(before) || !isWordByte(before[j])) && j > end {
				end, start = j, i
			}
			from = i + 1
		}
	}
	if end < 0 || roleQualifiedAway(before[:start]) {
		return false
	}
	gap := before[end:]
	if strings.TrimSpace(gap) == "" {
		// the role right before the title: "Resident Drs. A and B",
		// "chief resident Dr. C" (not a former one)
		return !otherRoleBefore(before[:end])
	}
	if len(gap) > 80 || otherRoles.in(gap) || containsAny(gap, "\"“”") {
		return false
	}
	for _, b := range gapBlockers {
		if strings.Contains(gap, b) {
			return false
		}
	}
	for _, j := range gapJoiners {
		if strings.Contains(gap, j) {
			return true
		}
	}
	return false
}

// otherRoleBefore reports a non-resident role in the few words before a
// name: "program director and resident Jane Doe" stays with the resident,
// "faculty mentor of resident ..." is read from the role right before.
func otherRoleBefore(before string) bool {
	if len(before) > 30 {
		before = before[len(before)-30:]
	}
	return hasAnyWord(before, []string{"former", "past", "alumni", "alumnus", "alumna"})
}

// roleQualifiers, right before a resident's role word, make the people
// someone else: "our former residents", "past housestaff", "cardiology
// fellowship trainees", "visiting trainees".
var roleQualifiers = []string{"former", "past", "previous", "retired", "alumni", "fellowship", "fellow", "fellows",
	"visiting", "student", "students", "nursing", "pharmacy"}

// roleQualifiedAway reports whether one of the two words right before a
// role word (before: the text up to the role) qualifies it away.
func roleQualifiedAway(before string) bool {
	f := strings.Fields(before)
	for k := len(f) - 1; k >= 0 && k >= len(f)-2; k-- {
		w := strings.Trim(f[k], ",;:()")
		if w != f[k] && k < len(f)-1 {
			break // a comma or a parenthesis ends the role's phrase
		}
		for _, q := range roleQualifiers {
			if w == q {
				return true
			}
		}
	}
	return false
}

// captionPlace is where a photo caption puts a person: ", from left",
// " (left)", ", right".
var captionPlace = regexp.MustCompile(`^(?:,\s*(?:from\s+)?(?:left|right|center)(?:\s+to\s+right)?|\s*\((?:from\s+)?(?:left|right|center)\))`)

// hometownAside is a hometown after a name in a list of names: ", of
// Fort Myers", ", of Grosse Pointe, Michigan" (up to the list's next
// separator).
var hometownAside = regexp.MustCompile(`^,\s*of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?`)

// inhabitantsBefore reports a place's name right before a plural role in
// lower case: "Stockton residents Ana Ruiz and Ben Ota" live there. The
// word before is capitalised and is no determiner ("Our", "The", "New"),
// training year, specialty ("Surgery residents"), acronym ("UCSF") or an
// institution's word ("Hospital residents").
func inhabitantsBefore(before string, role byte) bool {
	if role != 'r' {
		return false
	}
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	if w[0] < 'A' || w[0] > 'Z' || len(w) < 3 || isUpper(w) {
		return false
	}
	lw := asciiLower(w)
	return !modifierWords[lw] && !trainingYear(w) && !determinerWords[lw] && !slices.Contains(institutionWords, lw)
}

// determinerWords open a noun phrase before a role: "Our residents …",
// "Incoming interns …".
var determinerWords = map[string]bool{"our": true, "the": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "all": true, "both": true, "new": true, "incoming": true, "graduating": true, "outgoing": true,
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true, "nine": true, "ten": true,
	"many": true, "several": true, "some": true, "other": true, "fellow": true, "congratulations": true, "welcome": true,
	"program": true, "residency": true, "department": true}

// degreesAside is a name's degrees set off by a comma in a list of names:
// ", M.D.", ", MD, PhD".
var degreesAside = regexp.MustCompile(`^(?:,\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))+`)

// listGoesOn reports whether rest continues a list of names (or ends it):
// a semicolon, ", and", or the end of the sentence.
func listGoesOn(rest string) bool {
	return rest == "" || rest[0] == ';' || rest[0] == '.' || strings.HasPrefix(rest, ", and ") || strings.HasPrefix(rest, " and ")
}

// nameList reads the names after "Dr."/"Drs." starting at s[at]: one name,
// or with plural a list ("A B, C D, and E F"), parenthetical asides
// skipped. It returns the names and where the list ends.
func nameList(s string, at int, plural bool) ([]string, int) {
	names, _, end := nameListAsides(s, at, plural)
	return names, end
}

// nameListAsides is nameList with the parenthesis after each name: asides
// is nil when no name has one, else as long as names ("" for a name with
// none).
func nameListAsides(s string, at int, plural bool) (names, asides []string, end int) {
	i := at
	for {
		n, end := nameAt(s, i, plural)
		if n == "" {
			break
		}
		names = append(names, n)
		i = end
		if !plural {
			break
		}
		// degrees: "Interns A B, M.D., and C D, M.D., will …"
		if m := degreesAside.FindStringIndex(s[i:]); m != nil && plural {
			i += m[1]
		}
		// a caption's place: "A, from left, and B"; a hometown: "A, of
		// Fort Myers; B, of Houston"
		if m := captionPlace.FindStringIndex(s[i:]); m != nil {
			i += m[1]
		} else if m := hometownAside.FindStringIndex(s[i:]); m != nil && plural && listGoesOn(s[i+m[1]:]) {
			i += m[1]
		}
		// an aside: "(the proud new parent of ...)"
		if rest := strings.TrimLeft(s[i:], " "); strings.HasPrefix(rest, "(") {
			if j := strings.IndexByte(rest, ')'); j > 0 {
				i = len(s) - len(rest) + j + 1
				if asides == nil {
					asides = make([]string, len(names)-1, cap(names))
				}
				asides = append(asides, rest[1:j])
			}
		}
		if asides != nil && len(asides) < len(names) {
			asides = append(asides, "")
		}
		next := -1
		for _, sep := range []string{", and ", ", & ", "; and ", " and ", " & ", ", ", "; "} {
			if strings.HasPrefix(s[i:], sep) {
				next = i + len(sep)
				break
			}
		}
		if next < 0 {
			break
		}
		i = next
	}
	return names, asides, i
}

// nameAt reads one name at s[i:]: capitalised words (a particle or an
// initial may sit inside), up to five. A surname alone counts after "Drs."
// and after "Dr." ("Drs. Foley and Perkins"). It returns the name and its
// end, or "" when none starts there.
func nameAt(s string, i int, plural bool) (string, int) {
	start := i
	words, end := 0, i
	for j := i; j < len(s) && words < 5; {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		k := j
		for k < len(s) {
			r, size := utf8.DecodeRuneInString(s[k:])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '.' {
				break
			}
			k += size
		}
		w := strings.TrimRight(s[j:k], ".")
		if w == "" {
			break
		}
		if !unicode.IsUpper(r) && !nameParticles[strings.ToLower(w)] {
			break
		}
		var buf [24]byte
		lw := string(lowerInto(buf[:], w))
		if (slices.Contains(institutionWords, lw) || slices.Contains(eventWords, lw)) && words > 0 {
			return "", start // a name that begins an institution's, an event's or a body's
		}
		if notNameWords[lw] {
			break
		}
		words++
		end = j + len(w)
		if k < len(s) && s[k] == '.' && len(w) == 1 {
			end = k + 1 // an initial: "A."
		}
		if k >= len(s) || s[k] != ' ' {
			break
		}
		j = k + 1
	}
	if words == 0 {
		return "", start
	}
	n := strings.TrimSpace(s[start:end])
	if words == 1 {
		if len(n) < 3 || !unicode.IsUpper(rune(n[0])) || len(n) > 3 && isUpper(n) {
			return "", start // (a word in capitals is an acronym: "the Resident Doctors (NARD)")
		}
		return n, end
	}
	name, ok := personName(n)
	if !ok {
		return "", start
	}
	return name, end
}

// fromSchool reads "from <school>" right after a name: the school up to
// the next name, clause or sentence end, when it names a school.
func fromSchool(rest string) (string, bool) {
	school, _, of := schoolAfterName(rest)
	return school, school != "" && !of
}

// schoolAfterName reads the school after a name: "from X" (any school's
// word), or "of X" when X has a school's whole form ("Dr. Ana Ruiz of the
// University of X", "… of X University in Town": the town dropped; "of
// the Department of Medicine" is no school). It returns the school, the
// length of rest it spans, and whether "of" opened it; "" when none.
func schoolAfterName(rest string) (school string, n int, of bool) {
	lead := len(rest)
	rest = strings.TrimLeft(rest, " ")
	lead -= len(rest)
	switch {
	case strings.HasPrefix(rest, "from "):
		rest, lead = rest[len("from "):], lead+len("from ")
	case strings.HasPrefix(rest, "of "):
		rest, lead, of = rest[len("of "):], lead+len("of "), true
	default:
		return "", 0, false
	}
	end := len(rest)
	for _, stop := range []string{", Dr", ", and Dr", " and Dr", ";", ". ", ", who", ", where"} {
		if i := strings.Index(rest, stop); i >= 0 && i < end {
			end = i
		}
	}
	school = strings.TrimSuffix(strings.TrimSpace(rest[:end]), ".")
	school = strings.TrimPrefix(school, "the ")
	if of {
		if j := strings.LastIndex(school, " in "); j > 0 && schoolShaped(school[:j]) {
			school = school[:j] // "X University in Town": the school, not its town
		}
		if !schoolShaped(school) || destinationWords.in(school) {
			return "", 0, false
		}
	} else if school == "" || !isSchoolLine(school) {
		return "", 0, false
	}
	return school, lead + end, of
}

// drListResidents reads lists whose items each begin with "Dr. <name>" (two
// or more in a row) on a residency's page, when neither the list's heading
// nor the line that introduces it names anyone but residents: "This year we
// congratulate: - Dr. A, who will ...; - Dr. B, who ...".
func drListResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	checked := false
	for i := 0; i < len(d.blocks); {
		if d.blocks[i].role != roleItem {
			i++
			continue
		}
		j := i
		var run []imgfriendly.Resident
		for ; j < len(d.blocks) && d.blocks[j].role == roleItem; j++ {
			b := &d.blocks[j]
			locs := drPrefix.FindAllStringSubmatchIndex(b.text, 1)
			if len(locs) == 0 || locs[0][0] != 0 {
				break
			}
			loc := locs[0]
			names, _ := nameList(b.text, loc[4], false)
			if len(names) == 0 || !strings.Contains(names[0], " ") {
				break
			}
			run = append(run, imgfriendly.Resident{Name: names[0],
				Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		}
		if len(run) >= 2 && !otherContext(d, i) && !outOfScope(d, i) {
			if !checked {
				if !residencyPage(d) {
					return nil
				}
				checked = true
			}
			out = append(out, run...)
		}
		i = max(j, i+1)
	}
	return out
}

// otherContext reports whether the heading over block i, or the line just
// before it, names people other than residents.
func otherContext(d *doc, i int) bool {
	if i > 0 && d.blocks[i-1].role != roleItem && otherRoles.in(d.blocks[i-1].text) {
		return true
	}
	if h := headingOver(d, i); h != "" && otherRoles.in(h) {
		return true
	}
	return false
}

// headingOver returns the text of the nearest heading before block i.
func headingOver(d *doc, i int) string {
	for k := i - 1; k >= 0; k-- {
		if d.blocks[k].role == roleHeading {
			return d.blocks[k].text
		}
	}
	return ""
}

// residencyPage reports whether the page speaks of a residency or its
// residents in its title or first blocks.
func residencyPage(d *doc) bool {
	if residenInternSet.find(d.title, 1) != 0 {
		return true
	}
	for i := range d.blocks {
		if i >= 10 {
			break
		}
		if residenInternSet.find(d.blocks[i].text, 1) != 0 {
			return true
		}
	}
	return false
}

// residenInternSet holds the words residencyPage looks for, in any case
// (hasAny(t, residenInternWords) in one pass: TestKindSets).
var (
	residenInternWords = []string{"residen", "intern"}
	residenInternSet   = newFoldedKeywordSet(residenInternWords)
)

// headlineCase reports a sentence written in headline case: four or more
// words of four letters or more, every one capitalised (a name's capitals
// then tell nothing).
func headlineCase(s string) bool {
	if isASCII(s) {
		return headlineCaseASCII(s)
	}
	n := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "\"“”'‘’(),:;.!?")
		if len(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 4
}

// headlineCaseASCII is headlineCase of an ASCII text, read by byte: words
// parted by ASCII white space, trimmed of the ASCII characters of
// headlineCase's cut set.
func headlineCaseASCII(s string) bool {
	n := 0
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			j++
		}
		w := s[i:j]
		i = j
		for w != "" && headlineCut(w[0]) {
			w = w[1:]
		}
		for w != "" && headlineCut(w[len(w)-1]) {
			w = w[:len(w)-1]
		}
		if len(w) < 4 {
			continue
		}
		c := w[0]
		if c >= 'a' && c <= 'z' {
			return false
		}
		if c >= 'A' && c <= 'Z' {
			n++
		}
	}
	return n >= 4
}

// headlineCut reports the ASCII bytes of headlineCase's cut set.
func headlineCut(c byte) bool {
	return strings.IndexByte("\"'(),:;.!?", c) >= 0
}

// containsBy reports strings.Contains(t, w), found from the places of
// w[k], a letter rarer in text than w's first.
func containsBy(t, w string, k int) bool {
	end := len(t) - len(w) + k + 1 // (past the last place w[k] can stand)
	for i := k; i < end; i++ {
		j := strings.IndexByte(t[i:end], w[k])
		if j < 0 {
			return false
		}
		i += j
		if t[i-k:i-k+len(w)] == w {
			return true
		}
	}
	return false
}
