package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// A role in apposition that more than one name shares, or that follows a
// surname alone: "Ana Ruiz and Ben Ota, both second-year family medicine
// residents, …", "Drs. Kofi Mensah, Lina Haddad and Vera Cole, all three
// internal medicine residents", "Tom Okafor and Lena Park, each a
// first-year pediatrics resident", "Okafor, a first-year physician resident
// in neurology, said …". The words before the role must say what the
// people train in (trainingModifiers): "both former residents", "both
// faculty members", "both medical students" name no resident.

// apposedNamePart is one name of a coordination, with its degrees.
const apposedNamePart = `\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:,?\s+(?:M\.D\.|D\.O\.|(?:MD|DO|MBBS)\b))?`

// sharedRole is two or more coordinated names (group 1), a quantifier
// ("both", "each", "all", "all three"), an optional article, up to five
// words (group 2) and the role (group 3).
var sharedRole = regexp.MustCompile(`((?:Drs\.?\s+)?` + apposedNamePart + `(?:,\s+` + apposedNamePart + `)*,?\s+(?:and|&)\s+` + apposedNamePart + `),\s+(?:both|each|all(?:\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+))?)\s+(?:(?:a|an)\s+)?((?:[\p{L}\d/-]+\s+){0,5}?)((?:resident|intern)s?(?:[^\p{L}'’]|$))`)

// surnameApposed is what follows a surname alone that opens a sentence:
// ", a" or ", an", up to five words (group 1) and the role (group 2).
var surnameApposed = regexp.MustCompile(`^,\s+(?:a|an)\s+((?:[\p{L}\d/-]+\s+){1,5}?)((?:resident|intern)(?:[^\p{L}'’]|$))`)

// nameListSep parts the names of a coordination.
var nameListSep = regexp.MustCompile(`\s*(?:,\s*(?:and|&)\s+|,\s*|\s+(?:and|&)\s+)`)

// nonNameOpeners are capitalised words that open a sentence before a name
// ("On Saturday Ana Ruiz and …"): not part of it.
var nonNameOpeners = map[string]bool{"on": true, "in": true, "at": true, "today": true, "yesterday": true,
	"recently": true, "meanwhile": true, "congratulations": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "then": true, "later": true, "also": true,
	"here": true, "now": true, "currently": true, "however": true, "last": true, "this": true, "next": true}

// sharedRoleResidents reads both shapes in the blocks that speak of a
// resident.
func sharedRoleResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 30 || !strings.Contains(b.text, ", ") || !residentOrInternIn(b.text) || outOfScope(d, i) {
			continue
		}
		if strings.Contains(b.text, ", both ") || strings.Contains(b.text, ", each ") || strings.Contains(b.text, ", all ") {
			for _, m := range sharedRole.FindAllStringSubmatchIndex(b.text, -1) {
				if !trainingModifiers(b.text[m[4]:m[5]]) && strings.TrimSpace(b.text[m[4]:m[5]]) != "" {
					continue // "both former residents", "both faculty members who teach residents"
				}
				if otherRoleBefore(asciiLower(b.text[max(0, m[2]-30):m[2]])) || placeAfter(b.text[m[6]:]) {
					continue // "both residents of Chicago": a place's dwellers
				}
				ev := imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, m[0], m[1]), Selector: b.selector()}
				for _, r := range coordinatedNames(d, b.text[m[2]:m[3]]) {
					r.Evidence = ev
					out = append(out, r)
				}
			}
		}
		for from := 0; ; {
			k := strings.Index(b.text[from:], ", a")
			if k < 0 {
				break
			}
			k += from
			from = k + len(", a")
			surname, ok := sentenceOpeningWord(b.text, k)
			if !ok {
				continue
			}
			m := surnameApposed.FindStringSubmatchIndex(b.text[k:])
			if m == nil || !trainingModifiers(b.text[k+m[2]:k+m[3]]) || placeAfter(b.text[k+m[4]:]) {
				continue // "Dunn, a fourth-year medical student", "Tan, a former chief resident", "a resident of Dayton"
			}
			if nonNameOpeners[asciiLower(surname)] || notNameWords[asciiLower(surname)] || len(surname) < 3 {
				continue
			}
			name, ok := fullNameFor(d, surname)
			if !ok {
				name = surname // the name as printed (a story may call a person by the surname alone)
			}
			if rolesElsewhere(d, name) {
				continue
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, k-len(surname), k+m[1]), Selector: b.selector()}})
		}
	}
	return out
}

// sentenceOpeningWord returns the word that ends at k when it is
// capitalised and opens a sentence (the text's start, a line's, or after
// ".", "!" or "?" and perhaps a closing quote).
func sentenceOpeningWord(t string, k int) (string, bool) {
	j := strings.LastIndexAny(t[:k], " \n") + 1
	w := t[j:k]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return "", false
	}
	if j == 0 || t[j-1] == '\n' {
		return w, true
	}
	p := strings.TrimRight(t[:j-1], "\"”’")
	return w, p != "" && strings.IndexByte(".!?", p[len(p)-1]) >= 0
}

// residentOrInternIn reports "resident" or "intern" in t, singular or plural
// (the block's word hints know whole words only).
func residentOrInternIn(t string) bool {
	return strings.Contains(t, "esident") || strings.Contains(t, "ntern") || strings.Contains(t, "ESIDENT") || strings.Contains(t, "NTERN")
}

// coordinatedNames returns the residents of "Drs. A B, C D and E F": each
// part a person's name, else none (a part that is no name means the
// coordination is not of people). A leading capitalised opener ("On
// Saturday") is dropped from the first name.
func coordinatedNames(d *doc, t string) []imgfriendly.Resident {
	t = strings.TrimSpace(t)
	t = strings.TrimPrefix(strings.TrimPrefix(t, "Drs."), "Drs")
	parts := nameListSep.Split(strings.TrimSpace(t), -1)
	var out []imgfriendly.Resident
	for k, p := range parts {
		p = stripDegrees(strings.TrimSpace(p))
		if p == "" || isDegree(p) {
			continue // (a degree the split left alone: "Ana Ruiz, MD, and …")
		}
		if k == 0 {
			for f := strings.Fields(p); len(f) > 1 && nonNameOpeners[asciiLower(f[0])]; f = f[1:] {
				p = strings.Join(f[1:], " ")
			}
		}
		name, ok := personName(p)
		if !ok && !strings.Contains(p, " ") {
			name, ok = fullNameFor(d, p) // "Drs. Foley and Perkins"
			if !ok && len(p) >= 3 && !notNameWords[asciiLower(p)] && !nonNameOpeners[asciiLower(p)] {
				name, ok = p, true
			}
		}
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			return nil
		}
		out = append(out, imgfriendly.Resident{Name: name})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// thirdPersonWords speak of one person in the third person.
var thirdPersonWords = []string{"she", "he", "her", "his"}

// spotlightResident returns the one resident of a spotlight page whose
// address alone names them (spotlightPageName) and whose text speaks of a
// resident in the third person ("Our resident this month …  She …"): the
// README's unnamed resident, named here by the address as profileResidents
// names a first-person writer, or nil.
func spotlightResident(d *doc, pageURL string) []imgfriendly.Resident {
	name := spotlightPageName(pageURL)
	if name == "" || len(d.blocks) == 0 || outOfScope(d, 0) {
		return nil
	}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || outOfScope(d, i) || !residentOrInternIn(b.text) {
			continue
		}
		for _, s := range sentences(b.text) {
			low := asciiLower(s)
			if !hasAnyWord(low, []string{"resident", "intern"}) || notNowResident.in(s) || pastWords.in(s) {
				continue
			}
			for k := i; k < len(d.blocks) && k <= i+3; k++ {
				if hasAnyWord(asciiLower(d.blocks[k].text), thirdPersonWords) {
					return []imgfriendly.Resident{{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}}}
				}
			}
		}
	}
	return nil
}
