package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// Position 5 of the role binder: a page's title that names the role of the
// one person the page features ("A Day in the Life of a PGY-4 Resident",
// "Life as an Intern", "Meet Our Chief Resident"), over a line that names
// that person (a first name alone, "Maeve", or a full name) and a piece
// that tells of one person (in the first person or the third). The role is
// a resident's, in the singular, with an article or "our" before it (one
// person, not a page of the residents) and no past before it ("a former
// chief resident"). The name line is the first short line under the title;
// no second name line may follow (a page of several people is a roster,
// the other readers'). A piece that says its person is someone else now
// (faculty, a fellow, a residency completed) gives no one.

// titleRoleMost is how many blocks the title and the name line may each
// be below the lines over them (a site's frame, a byline, a date).
const titleRoleMost = 6

// titleRoleResident reads the resident a page's title and its name line
// bind (see above), or nil.
func titleRoleResident(d *doc, pageURL string) []imgfriendly.Resident {
	if len(d.blocks) < 3 {
		return nil
	}
	at := titleRoleBlock(d)
	if at < 0 || outOfScope(d, at) {
		return nil
	}
	name, line := "", -1
	for k := at + 1; k < len(d.blocks) && k <= at+titleRoleMost; k++ {
		t := strings.TrimSpace(d.blocks[k].text)
		if n, ok := featuredName(t); ok {
			name, line = n, k
			break
		}
		if !frameLine(t) {
			return nil // the piece has begun with no name line
		}
	}
	if line < 0 {
		return nil
	}
	for k := line + 1; k+1 < len(d.blocks); k++ {
		if _, ok := featuredName(strings.TrimSpace(d.blocks[k].text)); ok && (proseLine(d.blocks[k+1].text) || fieldCount(d.blocks[k+1].text) > 8) {
			return nil // a second person's line over a bio: a page of several people
		}
	}
	all := inScopeText(d)
	low := asciiLower(all)
	if notResidentBio().MatchString(all) || notResidentSelf().MatchString(all) || firstPersonCount(low) < 3 && thirdPersonCount(low) < 2 {
		return nil
	}
	r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: d.blocks[at].text + " | " + d.blocks[line].text, Selector: d.blocks[line].selector()}}
	bioSchool(all, low, &r)
	return []imgfriendly.Resident{r}
}

// titleRoleBlock is the block of the page's title when it names one
// resident's role (titleNamesOneResident): one of the page's first
// blocks, under lines of its frame (frameLine: a site's name, a menu, a
// byline, a date); -1 when there is none.
func titleRoleBlock(d *doc) int {
	for k := range min(len(d.blocks), titleRoleMost) {
		t := strings.TrimSpace(d.blocks[k].text)
		if titleNamesOneResident(t) {
			return k
		}
		if !frameLine(t) {
			return -1 // the page's text has begun
		}
	}
	return -1
}

// frameLine reports a line over a piece or between its title and its
// person that is no part of its text: a short line that is no sentence (a
// site's name, a menu's item, a byline, "Share"), or a date.
func frameLine(t string) bool {
	return len(t) <= 80 && !sentenceStop(t) || pageChrome(t)
}

// titleNamesOneResident reports a title that names one person's role as a
// resident's: a resident's role word in the singular (residentRoleRE,
// not "residents", "residency"), an article or "our" before it within its
// modifiers ("of a PGY-4 Resident", "as an Intern", "Our Chief
// Resident"), no past before it ("a Former Chief Resident").
func titleNamesOneResident(title string) bool {
	if len(title) > 90 {
		return false
	}
	for _, m := range residentRoleRE.FindAllStringIndex(title, -1) {
		role := title[m[0]:m[1]]
		if relPluralRole(role) && !strings.EqualFold(role, "pgys") || m[1] < len(title) && isWordByte(title[m[1]]) {
			continue
		}
		r0 := m[0] // ("Chief Resident": the walk starts at the chief, the expression's match)
		w := relWords{t: title, floor: r0, stop: -1}
		b := w.roleModifiers(0, true)
		x := w.word(b)
		if !foldIs(x, "a") && !foldIs(x, "an") && !foldIs(x, "our") {
			continue
		}
		if notNowResident.in(asciiLower(title[:r0])) {
			return false
		}
		return true
	}
	return false
}

// featuredName reads a line that is a person's name alone: a full name
// (personName) or a first name alone (firstNames: one capitalised word).
func featuredName(t string) (string, bool) {
	if t == "" || len(t) > 40 {
		return "", false
	}
	if n, ok := personName(t); ok && !isSchoolLine(n) && !hasAcronym(n) && lineRole(t) == roleNone {
		return n, true
	}
	if f := firstNames(t); len(f) == 1 {
		return f[0], true
	}
	return "", false
}

// notResidentSelf is a first person's sentence that says the writer is
// someone other than a resident now: "I completed my residency", "I am a
// faculty member", "I joined the faculty".
var notResidentSelf = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\bI\s+(?i:(?:am|'m|’m|serve\s+as|work\s+as)\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:faculty|attending|fellow|student|professor|director|coordinator|nurse|hospitalist|chair)\b|(?:completed|finished|graduated\s+from)\s+(?:my\s+)?residency\b|joined\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:faculty|staff))`)
})
