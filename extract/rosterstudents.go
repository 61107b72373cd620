package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// A medical school's news of its students' match ("Students celebrate
// Match Day", "… College of Osteopathic Medicine celebrates Match Day",
// then "Ms. Tran (her college prior to the school) matched into family
// medicine at …") names the school's students and where they will train:
// none of them is a resident of a program, whatever a line under it says
// of residency or of "new residents". The page's head decides: its title,
// its first heading and its address speak of a match and of students, or
// of a match at a medical school whose opening paragraphs speak of its
// students; a residency's own match post ("Match Day 2026: meet our new
// interns", "Match Day | Internal Medicine Residency") is none of these.

// studentWords name a medical school's students.
var studentWords = newWordList("student", "students", "student doctors", "seniors", "fourth-year", "fourth year",
	"ms4", "ms-4", "oms-iv", "graduating class", "medical students")

// residencyHeadWords in a page's head make it a residency's or a
// department's page, not a school's.
var residencyHeadWords = newWordList("residency", "residencies", "program", "department", "division", "gme",
	"graduate medical education")

// medicalSchoolSite names a medical school in a page's head: "School of
// Medicine", "College of Osteopathic Medicine", "Medical School", or a
// school's "…COM" ("TouroCOM", "PNWU-COM").
var medicalSchoolSite = regexp.MustCompile(`(?i:school of (?:osteopathic )?medicine|college of (?:osteopathic )?medicine|medical school|university of medicine|medical college)|\b[A-Z][A-Za-z]*-?COM\b`)

// studentMatchPage reports whether the page is a medical school's news of
// its students' match.
func studentMatchPage(d *doc, pageURL string) bool {
	var room [3]string
	parts := pageHeadParts(d, pageURL, room[:0])
	if !slices.ContainsFunc(parts, func(p string) bool { return containsFold(p, "match") }) {
		return false // (the usual page; asked of the parts before they are joined, which puts no letter between them)
	}
	head := strings.Join(parts, " | ")
	if !matchWords.in(head) || residentHeadWords.in(head) {
		return false // (the usual page: no match in its head)
	}
	if studentWords.in(head) {
		return true
	}
	if residencyHeadWords.in(head) {
		return false
	}
	if !medicalSchoolSite.MatchString(head) {
		// no school in the head: the opening's students must match into
		// many programs ("our graduating students matched into residencies
		// across the country"), which no one program's interns do
		o := pageOpening(d)
		return studentWords.in(o) && spreadMatchWords.in(o)
	}
	return studentWords.in(pageOpening(d))
}

// spreadMatchWords are a match into many programs: a school's students'.
var spreadMatchWords = newWordList("matched into residencies", "matched into residency programs", "matched to residencies",
	"matched to residency programs", "matched at residencies", "matched at residency programs", "matched into programs")

// pageHeadParts appends to parts the page's head: its title, its first
// heading (or, in plain text, a short first line) and the words of its
// address's path; joined by " | ", they are what studentMatchPage reads.
func pageHeadParts(d *doc, pageURL string, parts []string) []string {
	if d.title != "" {
		parts = append(parts, d.title)
	}
	for i := range min(len(d.blocks), 8) {
		b := &d.blocks[i]
		if b.role == roleHeading || i == 0 && b.node == nil && len(b.text) <= 120 && !strings.HasSuffix(b.text, ".") {
			parts = append(parts, b.text)
			break
		}
	}
	if !containsFold(pageURL, "match") && !containsFold(pageURL, "student") {
		return parts // (the usual address: none of the head's words, no parse)
	}
	if u, err := url.Parse(pageURL); err == nil && u.Path != "" {
		parts = append(parts, strings.Map(func(r rune) rune {
			if r == '-' || r == '_' || r == '/' || r == '.' {
				return ' '
			}
			return r
		}, u.Path))
	}
	return parts
}

// pageOpening is the text of the page's first paragraphs, up to about a
// thousand bytes.
func pageOpening(d *doc) string {
	var sb strings.Builder
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleHeading || b.role == roleRow {
			continue
		}
		sb.WriteString(b.text)
		sb.WriteString(" | ")
		if sb.Len() > 1000 {
			break
		}
	}
	return sb.String()
}
