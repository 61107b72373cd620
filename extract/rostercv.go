package extract

import (
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// A résumé's training list (issue 12, rost18c): a person's CV lists the
// residency they are in as an item "Psychiatry Residency, Lakeview Medical
// Center, 2024 Jul – 2028 Jun" under a heading of education or training.
// Tense is the span's end: a residency that ends after the page's
// reference year, or at "present", is under way, and the CV's owner is a
// resident (unnamed: a CV names its owner in its head, if at all, which
// the page's other readers read); one that ended before is a faculty
// member's or a fellow's past. The degree item "Doctor of Medicine, X, …"
// names the school.

// cvHeadWords are the headings a CV's training list stands under.
var cvHeadWords = newWordList("education", "training", "postgraduate training", "curriculum vitae", "cv", "résumé", "resume")

// cvTrainingItem is an item opening with up to four words, then the
// training's noun and a comma, and ending in a span of dates: group 1 the
// start year, group 2 the end year, group 3 an end that is now.
var cvTrainingItem = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[\p{L}\d&/-]+\s+){0,4}?(?:Residency|Internship|Resident|Intern)\b[^;]*?,.*?\b((?:19|20)\d\d)(?:\s+\p{L}{3,9}\.?)?\s*(?:-|–|—|to)\s*(?:(?:\p{L}{3,9}\.?\s+)?((?:19|20)\d\d)|([Pp]resent|[Cc]urrent|[Nn]ow))(?:\s+\p{L}{3,9}\.?)?\s*$`)
})

// cvDegreeItem is a CV's medical degree item: the degree, a comma, the
// school (group 1) up to the next comma.
var cvDegreeItem = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\[?(?:Doctor of (?:Osteopathic )?Medicine|M\.?D\.?|D\.?O\.?|MBBS|M\.B\.B\.S\.|Bachelor of Medicine, Bachelor of Surgery)\]?(?:\([^)]*\))?,\s*([^,]{4,90})`)
})

// cvResident reads a CV whose training list holds a residency under way:
// one resident, unnamed, with the school its degree item names.
func cvResident(d *doc, pageURL string) []imgfriendly.Resident {
	for i := range d.blocks {
		b := &d.blocks[i]
		// the cheap tests first: a digit and a training's word among the
		// block's words (a resident's, an intern's, "residency")
		if b.role == roleRow || b.hint()&hintDigits == 0 || b.hint()&hintResident == 0 && b.words().find(residencyTurn.hints)&1 == 0 || len(b.text) > 400 {
			continue
		}
		if !cvHeadAbove(d, i) {
			continue
		}
		m := cvTrainingItem().FindStringSubmatch(b.text)
		if m == nil || otherRoles.in(b.text) || fellowshipWord.in(b.text) {
			continue
		}
		if m[3] == "" && (d.refYear == 0 || atoiYear(m[2]) <= d.refYear) {
			continue // a residency that has ended, or ends this year (in June, as residencies do): a past
		}
		r := imgfriendly.Resident{Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}}
		for j := range d.blocks {
			if g := cvDegreeItem().FindStringSubmatch(d.blocks[j].text); g != nil && isSchoolLine(g[1]) {
				r.School, r.Country = splitCountry(cleanSchool(strings.TrimSpace(g[1])))
				break
			}
		}
		return []imgfriendly.Resident{r}
	}
	return nil
}

// cvHeadAbove reports the nearest heading above block i (or, in plain
// text, a short line that is one) as a CV's of education or training.
func cvHeadAbove(d *doc, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if b := &d.blocks[j]; b.role == roleHeading || len(b.text) <= 40 && b.role != roleRow && b.role != roleItem && !strings.ContainsAny(b.text, ".,:;0123456789") {
			return len(b.text) <= 60 && cvHeadWords.in(b.text)
		}
	}
	return false
}
