package extract

import (
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// checkSchools' readers as d958f6d wrote them, before their fast paths
// (mayBeDate before dateLike's split, medicalSchoolIn's prefixes read in any
// case without lowering, collegeReached asking its cues first and lowering
// nothing for wordList.in): the references the fast paths are held to.

func medicalSchoolInRef(s string) (school, country string, ok bool) {
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

func dateLikeRef(s string) bool {
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

func collegeReachedRef(school, sentence string) bool {
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

// schoolGateCases are schools and their sentences that reach each branch of
// the three readers: dates after white space, dots and commas (ASCII and
// not), a year of one of the two centuries and of neither, the medical
// school's prefixes in any case, colleges reached with and without a cue
// (in capitals, and written with the long s or the Kelvin sign that case
// folding equates with ASCII letters).
var schoolGateCases = [][2]string{
	{"May 2022", "She graduated from medical school in May 2022."},
	{"may", ""},
	{" .;May 2022", ""},
	{"\tJune of 2019", ""},
	{"\u00a0June of 2019", ""},
	{"\u0085Sept. 3rd, 2020", ""},
	{" \t.May", ""},
	{"2021", ""},
	{"1998 and 2001", ""},
	{"3021", ""},
	{"December 1st 2023", ""},
	{"Dec 12", ""},
	{"May;", ""},
	{"May;x", ""},
	{"MAY, 2020.", ""},
	{"Sept.", ""},
	{"2021.;", ""},
	{"September of 2019", ""},
	{"Septembers", ""},
	{"Ohio State University", "He graduated from Ohio State University with a DEGREE IN biology."},
	{"Ohio State University", "He graduated from Ohio State University."},
	{"Purdue University", "She attended the Purdue University, then attended medical school."},
	{"Purdue University", "She attended Purdue University before medical ſchool."},
	{"Purdue University", "Went to Purdue University for a BA IN music."},
	{"purdue university", "Graduated from PURDUE UNIVERSITY; bachelor of science."},
	{"Dow Medical College", "graduated from Dow Medical College with a degree in medicine"},
	{"MEDICAL SCHOOL IN JORDAN", ""},
	{"Medical School in the Philippines", ""},
	{"med school in India", ""},
	{"Medical School", ""},
	{"medical schools of Ohio", ""},
	{"Medicine", ""},
	{"\u212aing Edward Medical University", "a graduate of \u212aing Edward Medical University, bachelor's"},
	{"Universidad Autónoma", "graduated from Universidad Autónoma after her undergraduate years"},
	{"", "graduated from medical school"},
}

func TestSchoolCheckGates(t *testing.T) {
	for _, c := range schoolGateCases {
		checkSchoolGate(t, c[0], c[1])
	}
}

func FuzzSchoolCheckGates(f *testing.F) {
	for _, c := range schoolGateCases {
		f.Add(c[0], c[1])
	}
	f.Fuzz(checkSchoolGate)
}

// checkSchoolGate holds each reader to its reference, and checkSchools to
// the three references composed as checkSchools composes them.
func checkSchoolGate(t *testing.T, school, sentence string) {
	t.Helper()
	s1, c1, ok1 := medicalSchoolIn(school)
	s2, c2, ok2 := medicalSchoolInRef(school)
	if s1 != s2 || c1 != c2 || ok1 != ok2 {
		t.Errorf("medicalSchoolIn(%q) = %q, %q, %v; reference %q, %q, %v", school, s1, c1, ok1, s2, c2, ok2)
	}
	if got, want := dateLike(school), dateLikeRef(school); got != want {
		t.Errorf("dateLike(%q) = %v; reference %v", school, got, want)
	}
	if dateLikeRef(school) && !mayBeDate(school) {
		t.Errorf("mayBeDate(%q) refused a date", school)
	}
	if got, want := collegeReached(school, sentence), collegeReachedRef(school, sentence); got != want {
		t.Errorf("collegeReached(%q, %q) = %v; reference %v", school, sentence, got, want)
	}
	rs := []imgfriendly.Resident{{Name: "A B", School: school, Evidence: imgfriendly.Evidence{Text: sentence}}}
	rs = checkSchools(rs)
	want := imgfriendly.Resident{Name: "A B", School: school, Evidence: imgfriendly.Evidence{Text: sentence}}
	if s, country, ok := medicalSchoolInRef(want.School); ok {
		want.School, want.Country = s, country
	}
	if want.School != "" && (dateLikeRef(want.School) || collegeReachedRef(want.School, sentence)) {
		want.School = ""
	}
	if rs[0].School != want.School || rs[0].Country != want.Country {
		t.Errorf("checkSchools(%q, %q): school %q country %q; reference %q %q", school, sentence,
			rs[0].School, rs[0].Country, want.School, want.Country)
	}
}
