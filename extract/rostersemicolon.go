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
// interns are"; or the role and its schools, then the verb or a colon:
// "residents and the schools they graduated from are:", "interns and their
// medical schools:". A photo caption's order may follow the verb ("residents
// are, from the left:"); a caption may name its role last, before a colon
// ("Pictured left to right are the new interns:"). Its end is where the
// first item starts.
var semicolonLead = regexp.MustCompile(`\b(?:[Rr]esidents|[Ii]nterns|[Rr]esident physicians)\b(?:(?:\s+[\p{Ll}-]+){0,3}?\s+(?:are|include|includes|will be)(?:,?\s+(?:from\s+(?:the\s+)?left(?:\s+to\s+right)?|left\s+to\s+right))?\s*:?\s+|\s+and\s+(?:the\s+|their\s+)?(?:medical\s+)?schools\b(?:\s+[\p{Ll}-]+){0,4}?(?:\s+(?:are|include|were)\s*:?|\s*:)\s+|:\s+)`)

// semicolonResidents reads the residents of semicolon lists.
func semicolonResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		// (the block's resident words, read once with its hints, before
		// commaListLead's count and expression)
		if b.role == roleRow || b.role == roleHeading || !b.in(&residentHeadWords) || strings.IndexByte(b.text, ';') < 0 && !commaListLead(b.text) || outOfScope(d, i) {
			continue
		}
		for _, s := range sentences(b.text) {
			if strings.IndexByte(s, ';') < 0 && strings.Count(s, ", ") < 3 {
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

// commaListLead is a necessary condition for semicolonLead in a block with
// no semicolon, whose list is parted by commas: the schools named, or the
// role's verb right after it, and three commas.
func commaListLead(t string) bool {
	return strings.Count(t, ", ") >= 3 && (strings.Contains(t, " schools") || commaListVerbs.MatchString(t))
}

// commaListVerbs is the role and the verb of semicolonLead's first form,
// with at most three words between.
var commaListVerbs = mustGateDerived(`(?:[Rr]esidents|[Ii]nterns|physicians)(?:\s+[\p{Ll}-]+){0,3}?\s+(?:are|include|includes|will be)\b`)

// semicolonList returns the residents of one sentence's list, or nil:
// items parted by semicolons, or, in a sentence with none, "name, school"
// items parted by commas (commaPairs).
func semicolonList(s string) []imgfriendly.Resident {
	first, rest, semi := strings.Cut(s, ";")
	loc := semicolonLead.FindStringIndex(first)
	if loc == nil {
		return nil
	}
	before := asciiLower(first[:loc[0]])
	if roleQualifiedAway(before) || otherRoles.in(asciiLower(first[:loc[1]])) || staffRoleWords.in(before) {
		return nil
	}
	if !semi {
		return commaPairs(first[loc[1]:], 2)
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

// commaPairs reads "A B, X College, C D, Y University, and E F, Z School of
// Medicine": a name, then the parts up to the next name (degrees dropped)
// as its school, which must have a school's shape; least residents or
// more, else none.
func commaPairs(t string, least int) []imgfriendly.Resident {
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "."))
	var out []imgfriendly.Resident
	var school []string
	flush := func() bool {
		if len(out) == 0 {
			return len(school) == 0
		}
		sc := cleanSchool(strings.Join(school, ", "))
		if !schoolShaped(sc) {
			return false
		}
		r := &out[len(out)-1]
		r.School, r.Country = splitCountry(sc)
		school = school[:0]
		return true
	}
	for p := range strings.SplitSeq(t, ",") {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		if p == "" || isDegree(p) {
			continue
		}
		if name, ok := personName(p); ok && !schoolShaped(p) {
			if !flush() {
				return nil
			}
			out = append(out, imgfriendly.Resident{Name: name})
			continue
		}
		if len(out) == 0 {
			return nil // the list opens with no name
		}
		school = append(school, p)
	}
	if !flush() || len(out) < least {
		return nil
	}
	return out
}

// semicolonItem reads "Ann Moe, MD, from X College of Medicine in Y", or
// "Ann Moe, X College of Medicine" (the school right after the name and
// its degrees).
func semicolonItem(t string) (imgfriendly.Resident, bool) {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(t, "and ")
	for _, title := range []string{"Dr. ", "Dr ", "Doctor "} {
		t = strings.TrimPrefix(t, title) // a caption's "Dr. A B, School"
	}
	t = strings.TrimSpace(strings.TrimRight(t, ". "))
	k, n := strings.Index(t, " from "), len(" from ")
	if j := strings.Index(t, ", of "); j >= 0 && (k < 0 || j < k) {
		k, n = j, len(", of ")
	}
	if k <= 0 {
		if rs := commaPairs(t, 1); len(rs) == 1 {
			return rs[0], true // "Ann Moe, X College"
		}
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
