package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// rosterLineSamples are card lines that probe the edges of the roster line
// patterns: boundaries, parentheses, case, and characters that case folding
// equates with ASCII letters.
var rosterLineSamples = []string{
	"", "PGY-2", "pgy2", "PGY 3", "PGY-23", "PGY-2x", "(PGY-1)", "x(PGY-1)", "xPGY-1", "PGY-", "PGY-(2)",
	"Class of 2027", "class of 1999)", "CLASS OF 2027", "Class of 2127", "Class of 20271", "Class  of 2027",
	"Intern", "Interns", "internal medicine", "(Intern) University of X", "Chief Resident", "R2", "R23",
	"Second-year", "third year resident", "Year 2", "Categorical", "Preliminary", "Dr. Jane Smith (PGY-2)",
	"University of Toledo", "Universidad de Guadalajara", "Ross University SOM", "SOMA", "Nova COM", "x.com",
	"St. George's University School of Medicine, Grenada", "I enjoy hiking", "My wife and kids", "Free time: golf",
	"freetime", "Free Time", "Mom of two", "Photo: Jane", "Photographer", "Headshot", "image", "Outside work",
	"claſs of 2027", "ſchool of medicine", "my ſon", "Kids", "KIDS", "PGY-2 · University of X (PGY-3)",
	"resident-card", "profile-pic", "Staff", "ſtaff", "sidebar", "R2D2", "r2-d2", "Year x", "YEAR 4", "Fourth-Year",
	"second  year", "firstyear", "PGY", "pgy 2b", "x pgy-2", "a-pgy 3", "Internship", "interns-2", "Categorically",
	"class of 20", "Chief Residents", "Prelim", "PGY-3 chief", "(PGY 2)",
}

// TestRosterLinesMatchPatterns checks each written-out line test against the
// regular expression it stands for, on the samples and on every block of the
// golden pages.
func TestRosterLinesMatchPatterns(t *testing.T) {
	lines := append([]string(nil), rosterLineSamples...)
	paths, _ := filepath.Glob("testdata/*/page.html")
	for _, p := range paths {
		body, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			continue
		}
		for _, b := range blocksFromHTML(root).blocks {
			lines = append(lines, b.text)
		}
	}
	if len(lines) < 500 {
		t.Fatalf("only %d lines", len(lines))
	}
	for _, l := range lines {
		if got, want := isYearLine(l), yearLinePattern.MatchString(l); got != want {
			t.Errorf("isYearLine(%q) = %v, want %v", l, got, want)
		}
		if got, want := hasYearInText(l), yearInTextPattern.MatchString(l); got != want {
			t.Errorf("hasYearInText(%q) = %v, want %v", l, got, want)
		}
		if got, want := yearInText(l), yearInTextPattern.FindString(l); got != want {
			t.Errorf("yearInText(%q) = %q, want %q", l, got, want)
		}
		if got, want := removeYearInText(l), yearInTextPattern.ReplaceAllString(l, ""); got != want {
			t.Errorf("removeYearInText(%q) = %q, want %q", l, got, want)
		}
		if got, want := isSchoolLine(l), schoolPattern.MatchString(l); got != want {
			t.Errorf("isSchoolLine(%q) = %v, want %v", l, got, want)
		}
		if got, want := isFirstPerson(l), firstPersonPattern.MatchString(l); got != want {
			t.Errorf("isFirstPerson(%q) = %v, want %v", l, got, want)
		}
		if got, want := isCaption(l), captionLine.MatchString(l); got != want {
			t.Errorf("isCaption(%q) = %v, want %v", l, got, want)
		}
		if got, want := isCardClass(l), cardClassPattern.MatchString(l); got != want {
			t.Errorf("isCardClass(%q) = %v, want %v", l, got, want)
		}
	}
}

// FuzzRosterLines compares the written-out line tests with their regular
// expressions on arbitrary text.
func FuzzRosterLines(f *testing.F) {
	for _, s := range rosterLineSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := removeYearInText(l), yearInTextPattern.ReplaceAllString(l, ""); got != want {
			t.Errorf("removeYearInText(%q) = %q, want %q", l, got, want)
		}
		if got, want := isYearLine(l), yearLinePattern.MatchString(l); got != want {
			t.Errorf("isYearLine(%q) = %v, want %v", l, got, want)
		}
		if got, want := isSchoolLine(l), schoolPattern.MatchString(l); got != want {
			t.Errorf("isSchoolLine(%q) = %v, want %v", l, got, want)
		}
		if got, want := isFirstPerson(l), firstPersonPattern.MatchString(l); got != want {
			t.Errorf("isFirstPerson(%q) = %v, want %v", l, got, want)
		}
		if got, want := isCardClass(l), cardClassPattern.MatchString(l); got != want {
			t.Errorf("isCardClass(%q) = %v, want %v", l, got, want)
		}
	})
}
