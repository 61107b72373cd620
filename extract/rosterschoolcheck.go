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
// college degree's university (see above).
func checkSchools(rs []imgfriendly.Resident) {
	for i := range rs {
		r := &rs[i]
		if r.School == "" {
			continue
		}
		if s, country, ok := medicalSchoolIn(r.School); ok {
			r.School = s
			if r.Country == "" {
				r.Country = country
			}
		}
		if r.School != "" && (dateLike(r.School) || collegeReached(r.School, r.Evidence.Text)) {
			r.School = ""
		}
	}
}

// medicalSchoolIn reads a school taken as "medical school in X": X is a
// country (returned), a date or a place, never the school's name.
func medicalSchoolIn(s string) (school, country string, ok bool) {
	low := asciiLower(s)
	for _, p := range []string{"medical school in ", "med school in ", "medical school"} {
		if strings.HasPrefix(low, p) {
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
	if sentence == "" || medicalNamed.in(asciiLower(school)) {
		return false
	}
	low := asciiLower(sentence)
	ls := asciiLower(school)
	k := strings.Index(low, ls)
	if k < 0 {
		return false
	}
	before := strings.TrimSuffix(low[:k], "the ")
	if !hasSuffixAny(before, genericSchoolVerbs) {
		return false
	}
	return collegeCues.in(low)
}

func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
