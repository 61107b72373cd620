package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// What kind of resident a person is, said by the words before the role
// ("second-year", "internal medicine", "chief"): the relation reader's
// modifiers (rosterrel.go) and titledSurnameResidents' ("Dr. Nguyen is a
// third-year OBGYN resident").

// trainingModifiers reports words before "resident" that say what the
// person trains in: a training year ("PGY1", "second-year", "Second
// year"), a specialty ("internal medicine", "General Surgery"), a track
// ("transitional", "categorical", "chief"). An article, a place, another
// role or a status ("permanent", "former") says something else.
func trainingModifiers(ws string) bool {
	fields := strings.Fields(ws)
	if len(fields) == 0 {
		return false
	}
	for _, w := range fields {
		if !modifierWord(w) {
			return false // an article, a place ("Armonk", "New York"), a status ("permanent") or another role
		}
	}
	return true
}

// modifierWord reports one word of trainingModifiers: a modifierWords
// word, a training year, or specialties joined by a slash
// ("anesthesiology/critical").
func modifierWord(w string) bool {
	lw := asciiLower(strings.Trim(w, "-/,"))
	if modifierWords[lw] || trainingYear(w) {
		return true
	}
	if !strings.Contains(lw, "/") {
		return false
	}
	for p := range strings.SplitSeq(lw, "/") {
		if !modifierWords[p] {
			return false
		}
	}
	return true
}

// titledSurname is a surname after a title, then what the person is now:
// "Dr. Nguyen is a third-year OBGYN resident", "Doctor Lee is our chief
// resident". Group 1 the surname, group 2 the words before the role.
var titledSurname = regexp.MustCompile(`\b(?:Dr\.?|Doctor)\s+(\p{Lu}[\p{L}'’-]+)\s+is\s+(?:a|an|our|the|one of our)\s+((?:[\p{L}\d/-]+\s+){0,4}?)(?:resident|intern)\b`)

// titledSurnameResidents reads "Dr. Surname is a <year or specialty>
// resident": the person the page names in full elsewhere ("said Dr.
// Edward Nguyen"), else the surname alone.
func titledSurnameResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 30 || !b.in(&predicateRoles) || !strings.Contains(b.text, "D") || outOfScope(d, i) {
			continue
		}
		for _, m := range titledSurname.FindAllStringSubmatchIndex(b.text, -1) {
			if m[4] < m[5] && !trainingModifiers(b.text[m[4]:m[5]]) {
				continue // "Dr. Lee is a former resident", "… a Houston resident"
			}
			surname := b.text[m[2]:m[3]]
			if notNameWords[asciiLower(surname)] {
				continue
			}
			name, ok := fullNameFor(d, surname)
			if !ok {
				name = surname
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, m[0], m[1]), Selector: b.selector()}})
		}
	}
	return out
}

// modifierWords say what kind of resident a person is.
var modifierWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`first second third fourth fifth sixth year critical care primary first-year second-year third-year
		fourth-year fifth-year junior senior chief co-chief categorical preliminary current combined
		internal medicine family general surgery surgical pediatrics pediatric paediatric psychiatry psychiatric
		neurology emergency anesthesiology anaesthesiology radiology pathology obstetrics gynecology obgyn ob/gyn
		dermatology ophthalmology urology orthopaedic orthopedic otolaryngology transitional diagnostic physical
		rehabilitation neurosurgery plastic vascular thoracic interventional nuclear preventive occupational
		child adolescent med-peds medicine-pediatrics radiation oncology medical cardiothoracic integrated physician`) {
		m[w] = true
	}
	return m
}()
