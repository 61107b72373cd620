package extract

import (
	"strings"
	"testing"
)

// rosterLineSamples are card lines that probe the edges of the roster line
// patterns: boundaries, parentheses, case, and characters that case folding
// equates with ASCII letters.
var rosterLineSamples = []string{
	"", "PGY-2", "pgy2", "PGY 3", "PGY-23", "PGY-2x", "(PGY-1)", "x(PGY-1)", "xPGY-1", "PGY-", "PGY-(2)",
	"CA-3", "ca 1", "CA 12", "CA-5", "CA3 resident", "PL2", "Pl-4", "PL-", "CAT 3", "CA 94305", "Clinical", "pl 4x", "CA_2",
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
	lines = append(lines, goldenBlockTexts(t)...)
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

// proseSamples probe the written-out prose connector: every alternative,
// optional words, boundaries and white space.
var proseSamples = []string{
	"Dr. Jane Smith joins us from Ross University.", "John Doe comes to us from X", "Ann Lee came to us from Y",
	"Jane Smith is a graduate of X", "Jane Smith, an recent graduate from X", "Jane Smith is a proud graduate of X",
	"Jane Smith is a proud recent graduate of X", "Jane Smith is is a graduate of X", "undergraduate of X",
	"Jane Smith graduated from X", "Jane Smith graduated  from\tX", "graduated from", "graduated from ",
	"Jane Smith attended X", "Jane Smith attendedX", "reattended X", "Jane earned her MD from X",
	"Jane earned her M.D. at X", "Jane earned their medical degree from X", "Jane earned his MBBS at X",
	"Jane earned her MD  from X", "Jane earnedher MD from X", "completed medical school at X", "studied medicine at X",
	"received her MD from X", "received their medical degree from X", "received his MD at X",
	"Dr. A B attended X and graduated from Y, then attended Z; a graduate of W", "is a graduate ofX",
	"an graduate of X", "a recent graduated of X", "the proud graduate from X", "_attended X", "9attended X",
	"Ann Lee (PGY-2), who attended X", "joins us from", "A graduate of X. A graduate of Y. Attended Z.",
}

// TestProseConnectorsMatchPattern checks the written-out prose connector
// against its regular expression on the samples and every golden block.
func TestProseConnectorsMatchPattern(t *testing.T) {
	lines := append([]string(nil), proseSamples...)
	lines = append(lines, goldenBlockTexts(t)...)
	for _, l := range lines {
		checkProseConnectors(t, l)
	}
}

func checkProseConnectors(t *testing.T, l string) {
	t.Helper()
	for _, n := range []int{1, 4, -1} {
		want := proseConnector.FindAllStringIndex(l, n)
		got := proseConnectors(nil, l, max(n, len(l)+1))
		if n >= 0 {
			got = proseConnectors(nil, l, n)
		}
		if len(got) != len(want) {
			t.Errorf("proseConnectors(%q, %d) = %v, want %v", l, n, got, want)
			continue
		}
		for i := range got {
			if got[i][0] != want[i][0] || got[i][1] != want[i][1] {
				t.Errorf("proseConnectors(%q, %d) = %v, want %v", l, n, got, want)
				break
			}
		}
	}
}

// FuzzProseConnectors compares the written-out prose connector with its
// regular expression on arbitrary text.
func FuzzProseConnectors(f *testing.F) {
	for _, s := range proseSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, l string) { checkProseConnectors(t, l) })
}

// cleanSchoolReference is cleanSchool with the degree expressions always run.
func cleanSchoolReference(s string) string {
	s = strings.TrimSpace(s)
	s = degreePrefix.ReplaceAllString(s, "")
	s = degreeTail.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "Graduated from ")
	s = strings.TrimPrefix(s, "graduated from ")
	return strings.Trim(strings.TrimSpace(s), ",;|-")
}

var schoolSamples = []string{
	"MD, University of X", "M.D. from University of X", "DO - Nova COM", "mbbs: AIIMS", "University of X (MD)",
	"University of X, MBBS", "University of X, M.D.", "University of X,MD ", "University of X (M.D.)", "Toledo",
	"University of Colorado", "Dominica", "Ross University (Dominica)", "X, MBChB", "X, mbbch", "X (DO)\t",
	"X, DO.", "Graduated from X, MD", "X, Ph.D.", "X (MD", "X MD", "X, MBBſ", "ſt. George's, MD", "MD",
}

// TestCleanSchoolMatchesReference checks cleanSchool's cheap test against
// always running the degree expressions.
func TestCleanSchoolMatchesReference(t *testing.T) {
	for _, s := range schoolSamples {
		if got, want := cleanSchool(s), cleanSchoolReference(s); got != want {
			t.Errorf("cleanSchool(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzCleanSchool compares cleanSchool with cleanSchoolReference.
func FuzzCleanSchool(f *testing.F) {
	for _, s := range schoolSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := cleanSchool(s), cleanSchoolReference(s); got != want {
			t.Errorf("cleanSchool(%q) = %q, want %q", s, got, want)
		}
	})
}

var nameEndSamples = []string{
	"Dr. Jane Smith ", "Jane Smith, ", "Jane Smith (PGY-2) ", "Jane Smith, who ", "She ", "Dr. Smith ",
	"xJane Smith ", "J.Smith ", "Jane O'Neil ", "José García-López ", "Jane Smith )", "Jane  Smith\t", "A B ",
	"Ab Cd ", "ab Cd ", "aB Cd ", "Ab C ", "Welcome Jane Smith ", "Jane Smith, (x) who ", "Jane Smith who", "",
	"Jane S. Smith ", "Jane Smith-Jones, ", "Ab’ Cd’ ", "Éa Cd ", "Ab Éd ", "Jane Smith ,", "Jane Smith,(x) ",
}

// TestMayEndWithNameIsNecessary checks that proseName never matches where
// mayEndWithName says it cannot, on samples and on every window before a
// connector in the golden pages.
func TestMayEndWithNameIsNecessary(t *testing.T) {
	windows := append([]string(nil), nameEndSamples...)
	for _, text := range goldenBlockTexts(t) {
		for _, loc := range proseConnector.FindAllStringIndex(text, -1) {
			windows = append(windows, text[max(0, loc[0]-80):loc[0]])
		}
	}
	matched := 0
	for _, w := range windows {
		m := proseName.FindStringSubmatch(w)
		if m != nil {
			matched++
		}
		if m != nil && !mayEndWithName(w) {
			t.Errorf("mayEndWithName(%q) = false, but proseName matches %q", w, m[0])
		}
	}
	if matched < 10 {
		t.Errorf("only %d of %d windows hold a name: the check checks little", matched, len(windows))
	}
}

// FuzzMayEndWithName checks the same on arbitrary text.
func FuzzMayEndWithName(f *testing.F) {
	for _, s := range nameEndSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if m := proseName.FindStringSubmatch(w); m != nil && !mayEndWithName(w) {
			t.Errorf("mayEndWithName(%q) = false, but proseName matches %q", w, m[0])
		}
	})
}

func TestSchoolShaped(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"Universidad Autónoma de Nuevo León", true},
		{"St. Martin's University School of Medicine", true},
		{"Nishtar Medical College, Multan", true},
		{"University of the Northern Isles Faculty of Medicine", true},
		{"Harbor City Medical Center", true},
		{"Two letters of support from faculty members", false},
		{"Must have finished medical school in the past three years", false},
		{"Department of Medicine", false},
		{"Results of the Medical Licensing Examination", false},
		{"International Medical Graduates", false},
		{"", false},
	} {
		if got := schoolShaped(tc.line); got != tc.want {
			t.Errorf("schoolShaped(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestPossessiveIsNoName(t *testing.T) {
	for _, line := range []string{"Founder's Day", "Founder’s Day"} {
		if n, ok := personName(line); ok {
			t.Errorf("personName(%q) = %q, want no name", line, n)
		}
	}
	if n, ok := personName("Kevin O'Neil"); !ok || n != "Kevin O'Neil" {
		t.Errorf("personName(Kevin O'Neil) = %q, %v", n, ok)
	}
}
