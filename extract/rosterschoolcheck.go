package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A resident's school is a medical school's name. Readers that take the
// words after "graduated from", "a graduate of" or "attended" sometimes
// take something else (checkSchools drops it, keeping the resident):
//
//   - a date: "graduated from medical school in May 2022" names when, not
//     where ("May 2022", "medical school in May"); "medical school in
//     Jordan" names the country, which the resident keeps;
//   - a college: "graduated from Purdue University with a degree in
//     chemistry", "… and taught before medical school" name the college
//     degree before medical school. A school with no medical word in its
//     name (medicalNamed) reached by such a verb is dropped when its
//     sentence speaks of a college degree or of medical school as a later
//     step (collegeCues); "a graduate of Ross University" with no such
//     cue keeps its school (many schools abroad name no medical word).

// collegeCues in a sentence make the university a generic verb reaches
// the college, not the medical school.
var collegeCues = newWordList("degree in", "bachelor", "bachelor's", "b.s.", "b.a.", "bs in", "ba in", "major in",
	"majored", "majoring", "undergraduate", "undergrad", "before medical school", "prior to medical school",
	"before attending medical school", "before starting medical school", "then attended medical school",
	"went on to medical school", "and then medical school", "before med school", "pre-med", "premed", "master's",
	"masters", "high school")

// genericSchoolVerbs reach a school without saying it is the medical
// school.
var genericSchoolVerbs = []string{"graduated from ", "graduate of ", "graduated of ", "attended ", "went to "}

// checkSchools drops from each resident a school that is a date or a
// college degree's university (see above), and drops a resident that was
// nothing but such a school ("Med School: A resident" read as a school
// line with no name): a person needs a name or something else to count.
func checkSchools(rs []imgfriendly.Resident) []imgfriendly.Resident {
	out := rs[:0]
	for _, r := range rs {
		if r.School != "" {
			if s, country, ok := medicalSchoolIn(r.School); ok {
				r.School = s
				if r.Country == "" {
					r.Country = country
				}
			}
			if r.School != "" && (dateLike(r.School) || collegeReached(r.School, r.Evidence.Text) || roleNotSchool(r.School)) {
				r.School = ""
			}
			if r.School == "" && strings.TrimSpace(r.Name) == "" && r.Country == "" && r.IMG == nil {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// roleNotSchool reports a "school" that is what the resident trains as or
// in, read from a card's line after the name: a resident's role ("Internal
// Medicine Resident", "PGY-2") or a specialty alone ("Family Medicine"),
// with no word of an institution.
func roleNotSchool(s string) bool {
	if !specialties.in(s) && !residentHeadWords.in(s) {
		return false
	}
	low := asciiLower(s)
	for _, w := range institutionWords {
		if wordIndex(low, w) >= 0 && w != "medical" {
			return false
		}
	}
	for _, w := range facultyWords {
		if wordIndex(low, w) >= 0 {
			return false
		}
	}
	return true
}

// facultyWords name a school's teaching body where the name holds a
// specialty's word and none of institutionWords: "UST Faculty of Medicine
// and Surgery", "Facultad de Medicina y Cirugía", "Academy of Medicine".
var facultyWords = []string{"faculty", "facultad", "faculdade", "faculte", "faculté", "facoltà", "academy",
	"universidad", "universidade", "università", "universite", "université", "universitat", "universität",
	"escuela", "escola", "instituto", "istituto", "som", "com"}

// medicalSchoolIn reads a school taken as "medical school in X": X is a
// country (returned), a date or a place, never the school's name.
func medicalSchoolIn(s string) (school, country string, ok bool) {
	for _, p := range []string{"medical school in ", "med school in ", "medical school"} {
		if hasPrefixFold(s, p) { // (s is not lowered: most schools differ at their first byte)
			rest := strings.TrimSpace(s[len(p):])
			rest = strings.TrimPrefix(rest, "the ")
			return "", countryIn(rest), true
		}
	}
	return s, "", false
}

// dateLike reports a "school" that is a month, a month and year, or a
// year: "May", "May 2022", "June of 2019", "2021".
func dateLike(s string) bool {
	if !mayBeDate(s) {
		return false
	}
	w := strings.Fields(strings.Trim(s, " .,;"))
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	first := asciiLower(strings.TrimRight(w[0], ".,"))
	if !monthNames[first] && !isYearWord(first) {
		return false
	}
	for _, x := range w[1:] {
		x = asciiLower(strings.Trim(x, ".,"))
		if x != "of" && !isYearWord(x) && !isDayWord(x) {
			return false
		}
	}
	return true
}

// mayBeDate is a necessary condition of dateLike, read without splitting
// s into words or lowering it (every resident's school is asked): the
// first word, trimmed of the ".,;" dateLike trims, is a month's name or a
// year. The bytes dateLike trims or splits at before it (" .,;" and ASCII
// white space) are skipped; a non-ASCII byte in it (a no-break space
// ending it, perhaps) leaves the answer to dateLike.
func mayBeDate(s string) bool {
	i := 0
	for i < len(s) && (dateSkip(s[i]) || s[i] == '.' || s[i] == ',' || s[i] == ';') {
		i++
	}
	j := i
	for ; j < len(s) && !dateSkip(s[j]); j++ {
		if s[j] >= 0x80 {
			return true
		}
	}
	w := strings.TrimRight(s[i:j], ".,;")
	if len(w) < 3 || len(w) > len("september") {
		return false
	}
	if isYearWord(w) {
		return true
	}
	var low [len("september")]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k] = c
	}
	return monthNames[string(low[:len(w)])]
}

// dateSkip reports the ASCII white space strings.Fields splits at.
func dateSkip(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func isYearWord(x string) bool {
	return len(x) == 4 && (strings.HasPrefix(x, "19") || strings.HasPrefix(x, "20")) && allDigits(x)
}

func isDayWord(x string) bool {
	x = strings.TrimRight(x, "stndrh")
	return x != "" && len(x) <= 2 && allDigits(x)
}

// collegeReached reports a school with no medical word in its name that a
// generic verb reaches in sentence, which speaks of a college degree or of
// medical school as a later step.
func collegeReached(school, sentence string) bool {
	// (wordList.in matches in any case: neither text is lowered for it,
	// and the cues, rarer than a school's verb, are asked first)
	if sentence == "" || medicalNamed.in(school) || !collegeCues.in(sentence) {
		return false
	}
	low := asciiLower(sentence)
	ls := asciiLower(school)
	k := strings.Index(low, ls)
	if k < 0 {
		return false
	}
	before := strings.TrimSuffix(low[:k], "the ")
	return hasSuffixAny(before, genericSchoolVerbs)
}

func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
