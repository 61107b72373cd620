package extract

import (
	"regexp"
	"strings"
)

// A medical school's interview with its graduate asks why the graduate
// chose the school ("What drew you to KUSM?", "Why did you choose X
// School of Medicine?"); the answer tells of medical school without a verb
// that names the school ("I'd heard of X through friends"). The school
// asked about is the graduate's medical school when it is one by its name:
// the question names it whole, or by an acronym or first word that a
// medical school the page names expands.

// chosenAsked is a question put to the page's person about the school
// they chose; group 1 the school as the question names it.
var chosenAsked = regexp.MustCompile(`(?i)\b(?:attracted you to|drew you to|brought you to|made you (?:choose|pick|select)|did you (?:choose|pick|select|decide on))\s+(?:the\s+)?(\p{L}[\p{L}'’&. -]{1,90}?)\s*\?`)

// capitalRun is a run of capitalised words, with the lower-case words
// schools' names hold between them ("Kestrel University School of Medicine").
var capitalRun = regexp.MustCompile(`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|the|de|del|and|at|in)\s+)*\p{Lu}[\p{L}'’.-]*)*`)

// chosenNotSchool are words of a program or a place of work, not a
// medical school, in what the question names.
var chosenNotSchool = newWordList("residency", "program", "fellowship", "hospital", "clinic", "center", "centre",
	"department", "specialty", "field", "medicine?")

// chosenSchool returns the medical school an interview's question says the
// page's person chose, or "". It asks only of a text (all: the page's
// prose with its questions) that speaks of medical school or a graduating
// class.
func chosenSchool(all string) string {
	low := asciiLower(all)
	if !strings.Contains(low, "medical school") && !strings.Contains(low, "graduat") {
		return ""
	}
	if !strings.Contains(low, " you to ") && !strings.Contains(low, "you choose") && !strings.Contains(low, "you pick") &&
		!strings.Contains(low, "you select") && !strings.Contains(low, "you decide") {
		return "" // (the cheap test before the expression)
	}
	for _, m := range chosenAsked.FindAllStringSubmatch(all, -1) {
		x := strings.TrimSpace(m[1])
		if chosenNotSchool.in(x) {
			continue
		}
		if medicalSchoolName(x) {
			return x
		}
		if s := expandSchool(all, x); s != "" {
			return s
		}
	}
	return ""
}

// medicalSchoolName reports a name that is a medical school's by its
// words: the shape of a school's name and a word of medicine.
func medicalSchoolName(s string) bool {
	return medicalNamed.in(s) && schoolShaped(s)
}

// expandSchool returns the medical school's name on the page that x (an
// acronym, "KUSM", or a first word, "Kestrel") stands for, when exactly one
// does; "". An acronym may leave the name's last words out: "HIU" is "Harbor
// Isle University School of Medicine".
func expandSchool(all, x string) string {
	if strings.ContainsAny(x, " ") || len(x) < 2 || x[0] < 'A' || x[0] > 'Z' {
		return ""
	}
	acronym := strings.ToUpper(x) == x
	found := ""
	for _, name := range capitalRun.FindAllString(all, -1) {
		if !medicalSchoolName(name) || chosenNotSchool.in(name) {
			continue
		}
		if acronym && !strings.HasPrefix(initials(name), x) || !acronym && !strings.HasPrefix(name, x+" ") {
			continue
		}
		if found != "" && found != name {
			return "" // two schools it may stand for
		}
		found = name
	}
	return found
}

// initials are the capitals that open the capitalised words of name:
// "Kestrel University School of Medicine" → "KUSM".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}
