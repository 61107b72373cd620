package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// A resident's own page that names the resident by first name only: the
// address files it under the residents ("/residents/gillian") with the
// first name alone as its last segment, and the page opens with that name
// (a line of its own, or a sentence whose subject it is: "Gillian, Gilly
// to her friends, grew up …") and tells of one person in the third person.
// The resident is that first name (the README: a first name alone is a
// name, d119); the school and the training country are the ones the bio
// names as the medical ones (bioSchool), never an undergraduate college
// named before them. A page that says its person is someone other than a
// resident (faculty, a fellow, a student, an alumna) gives no one.

// slugFirstName returns the first name a resident's page's address gives
// alone ("Gillian" for ".../residents/gillian"), or "".
func slugFirstName(pageURL string) string {
	return firstNameOfSlug(residentPageSlug(pageURL))
}

// rootSlug is the one segment of an address's path ("gillian" of
// "https://lakesidefm.org/gillian", "/gillian/" or "/gillian.html"), or
// "" when the path has none or more than one, or a query.
func rootSlug(pageURL string) string {
	k := strings.Index(pageURL, "://")
	if k < 0 {
		return ""
	}
	rest := pageURL[k+3:]
	h := strings.IndexByte(rest, '/')
	if h < 0 || strings.ContainsAny(rest, "?#") {
		return ""
	}
	slug := strings.TrimSuffix(rest[h+1:], "/")
	if strings.IndexByte(slug, '/') >= 0 {
		return ""
	}
	if i := strings.LastIndexByte(slug, '.'); i > 0 {
		slug = slug[:i] // "gillian.html"
	}
	return strings.ToLower(slug)
}

// firstNameOfSlug is the first name a slug gives alone, capitalised, or "".
func firstNameOfSlug(slug string) string {
	if len(slug) < 3 || len(slug) > 20 {
		return ""
	}
	for i := 0; i < len(slug); i++ {
		if slug[i] < 'a' || slug[i] > 'z' {
			return "" // two words, digits, escapes: slugName's or no name
		}
	}
	if notNameWords[slug] || residentFolderWords[slug] || otherPeopleWords[slug] {
		return ""
	}
	name := strings.ToUpper(slug[:1]) + slug[1:]
	if f := firstNames(name); len(f) != 1 {
		return ""
	}
	return name
}

// notResidentBio is a bio's sentence that says its person is someone
// other than a resident now: "She is a faculty member", "Gillian serves as
// a fellow", "she completed her residency here", "a former resident", "she
// joined our faculty" (not
// "she was a research fellow", "she is a 2018 graduate of …": a
// resident's past and school).
var notResidentBio = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:[Ss]he|[Hh]e|[Tt]hey|\p{Lu}\p{Ll}+)\s+(?i:(?:is|are|serves\s+as|works\s+as|joined\s+(?:us|the\s+\w+)\s+as)\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}(?:faculty|attending|fellow|student|professor|director|coordinator|nurse|alumna|alumnus|hospitalist|chair)\b|(?:completed|finished)\s+(?:her|his|their)\s+residency\b)|\b(?i:former\s+(?:chief\s+)?resident|joined\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:faculty|staff))\b`)
})

// ownResidency is a bio's words (lower case) of its person's own
// residency under way: "prior to residency", "when residency allows",
// "during her residency", "her co-residents", "she is a second-year
// resident" (not "completed her residency": notResidentBio's; not "every
// resident").
var ownResidency = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\b(?:(?:prior\s+to|before|during|since\s+starting|when|whenever|while\s+in)\s+(?:(?:her|his|their)\s+)?residency\b|residency\s+(?:allows|permits)\b|(?:her|his|their)\s+(?:fellow\s+)?co-?residents\b|(?:she|he)\s+is\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}(?:resident|intern)\b)`)
})

// firstNamePageResident returns the one resident of a page its address
// names by first name, or nil.
func firstNamePageResident(d *doc, pageURL string) []imgfriendly.Resident {
	first, root := slugFirstName(pageURL), false
	if first == "" {
		// a page at the site's root named for its person ("/gillian"):
		// no folder says whose it is, so the bio must tell of the
		// person's own residency (ownResidency)
		first, root = firstNameOfSlug(rootSlug(pageURL)), true
	}
	if first == "" || len(d.blocks) == 0 || outOfScope(d, 0) {
		return nil
	}
	at := -1 // the block with a sentence that opens with the name
blocks:
	for i := range min(len(d.blocks), 5) {
		t := d.blocks[i].text
		if d.blocks[i].role == roleRow || !strings.Contains(t, first) {
			continue
		}
		for _, s := range sentences(t) {
			if opensWithName(cutDateline(strings.TrimSpace(s)), first) {
				at = i
				break blocks
			}
		}
	}
	if at < 0 {
		return nil
	}
	all := inScopeText(d)
	low := asciiLower(all)
	if thirdPersonCount(low) < 2 || notResidentBio().MatchString(all) || root && !ownResidency().MatchString(low) {
		return nil
	}
	r := imgfriendly.Resident{Name: first, Evidence: imgfriendly.Evidence{URL: pageURL, Text: d.blocks[at].text, Selector: d.blocks[at].selector()}}
	bioSchool(all, low, &r)
	return []imgfriendly.Resident{r}
}

// opensWithName reports t opening with the first name, alone or followed
// by what no longer name ends with: a comma, a period, a possessive, or a
// word in lower case ("Gillian grew up …"), not a surname ("Gillian
// Moon": a full name, the other readers').
func opensWithName(t, first string) bool {
	if !strings.HasPrefix(t, first) {
		return false
	}
	rest := t[len(first):]
	if rest == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(rest)
	switch {
	case r == ',' || r == '.' || r == '\'' || r == '’' || r == ':':
		return true
	case r != ' ':
		return false
	}
	r, _ = utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsLower(r) || r == '(' || r == '"' || r == '“'
}

// thirdPersonCount counts the words of low that speak of one person in
// the third person.
func thirdPersonCount(low string) int {
	n := 0
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "she", "he", "her", "his", "hers", "him":
			n++
		}
	}
	return n
}
