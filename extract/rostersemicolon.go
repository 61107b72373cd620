package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A news post announces a class in one sentence: the residents' role, a
// verb, then each resident with degrees and the school after "from" or
// "of", the items parted by semicolons — "The new residents are Ann Moe,
// MD, from X College of Medicine in Y; Joe Poe, DO, from Z University; and
// Kim Doe, MD, from W." Every item must read as a name and a school, or
// the sentence gives no one; a role qualified away ("pharmacy residents",
// "former residents") or another role before the names (faculty,
// speakers) gives no one either.

// semicolonLead is a resident role, up to three lower-case words, and the
// verb that opens the list: "residents are", "interns include:", "as
// interns are". Its end is where the first item starts.
var semicolonLead = regexp.MustCompile(`\b(?:[Rr]esidents|[Ii]nterns|[Rr]esident physicians)\b(?:\s+[\p{Ll}-]+){0,3}?\s+(?:are|include|includes|will be)\s*:?\s+`)

// semicolonResidents reads the residents of semicolon lists.
func semicolonResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || strings.IndexByte(b.text, ';') < 0 || !b.in(&residentHeadWords) || outOfScope(d, i) {
			continue
		}
		for _, s := range sentences(b.text) {
			if strings.Count(s, ";") == 0 {
				continue
			}
			for _, r := range semicolonList(s) {
				r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}
				out = append(out, r)
			}
		}
	}
	return out
}

// semicolonList returns the residents of one sentence's list, or nil.
func semicolonList(s string) []imgfriendly.Resident {
	first, rest, _ := strings.Cut(s, ";")
	loc := semicolonLead.FindStringIndex(first)
	if loc == nil {
		return nil
	}
	before := asciiLower(first[:loc[0]])
	if roleQualifiedAway(before) || otherRoles.in(asciiLower(first[:loc[1]])) || staffRoleWords.in(before) {
		return nil
	}
	items := []string{first[loc[1]:]}
	for p := range strings.SplitSeq(rest, ";") {
		items = append(items, p)
	}
	if len(items) < 2 {
		return nil
	}
	var out []imgfriendly.Resident
	for _, it := range items {
		r, ok := semicolonItem(it)
		if !ok {
			return nil // one item that is no resident with a school: no list of them
		}
		out = append(out, r)
	}
	return out
}

// semicolonItem reads "Ann Moe, MD, from X College of Medicine in Y".
func semicolonItem(t string) (imgfriendly.Resident, bool) {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "and ")
	t = strings.TrimSpace(strings.TrimRight(t, ". "))
	k, n := strings.Index(t, " from "), len(" from ")
	if j := strings.Index(t, ", of "); j >= 0 && (k < 0 || j < k) {
		k, n = j, len(", of ")
	}
	if k <= 0 {
		return imgfriendly.Resident{}, false
	}
	name, ok := personName(strings.TrimRight(t[:k], ", "))
	if !ok {
		return imgfriendly.Resident{}, false
	}
	school := strings.TrimPrefix(strings.TrimSpace(t[k+n:]), "the ")
	if j := strings.LastIndex(school, " in "); j > 0 && schoolShaped(school[:j]) {
		school = school[:j] // "… College of Medicine in Tucson": the school, not its town
	}
	school = cleanSchool(school)
	if !schoolShaped(school) {
		return imgfriendly.Resident{}, false
	}
	r := imgfriendly.Resident{Name: name}
	r.School, r.Country = splitCountry(school)
	return r, true
}
