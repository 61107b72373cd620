package extract

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestNormFolds checks the spelling folds the lexicon relies on.
func TestNormFolds(t *testing.T) {
	tests := []struct{ give, want string }{
		{"H1B, H-1B, H1-B and H 1B", "h1b , h1b , h1b and h1b"},
		{"We sponsor H1 and J1 Visas.", "we sponsor h1b and j1 visas."},
		{"An HI-B visa or a J-I visa", "an h1b visa or a j1 visa"},
		{"H1 is a heading", "h1 is a heading"},
		{"forJ-1 Visastatus", "forj1 visastatus"},
		{"E.C.F.M.G.-sponsored J1", "ecfmg-sponsored j1"},
		{"USMLE Step II CK and Step 2 (CK) and Step 2CK", "usmle step2ck and step2ck and step2ck"},
		{"Step 2 CS, Step 2 Clinical Skills and Step 2C CK", "step2cs and step2cs and step2ck"},
		{"minimum USMLE Step I & 2 score of 215", "minimum usmle step1 and step2ck score of 215"},
		{"Passed steps 1 and 2 by second try", "passed step1 and step2ck by second try"},
		{"Steps I, II and III of the USMLE", "step1 and step2ck and step3 of the usmle"},
		{"Passing USMLE Step 1&2/COMLEX 1&2 scores", "passing usmle step1 and step2ck /comlex level1 and level2 scores"},
		{"USMLE I/COMLEX Level I and USMLE II-CK", "usmle step1 /comlex level1 and usmle step2ck"},
		{"US COMPLEX Level 2", "comlex level2"}, {"Step-2 CS & CK", "step2cs and step2ck"},
		{"COMLEX-USA Level 2-CE and Level 2 PE", "comlex level2 and level2pe"},
		{"taken the USMLE 3 times", "taken the usmle 3 times"},
		{"Let us know about your US clinical experience in the United States, U.S. citizen", "let us know about your usa clinical experience in the usa , usa citizen"},
		{"us clinical experience", "usa clinical experience"},
		{"No more than three (3) years", "no more than 3 years"},
		{"within the last year, a year or more, one full year", "within the last 1 year, a 1 year or more, 1 full year"},
		{"within five years", "within 5 years"},
	}
	for _, tt := range tests {
		if got := norm(tt.give); got != tt.want {
			t.Errorf("norm(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

var normSamples = []string{
	"", "USMLE Step II CK", "Step 2 (CK) of 230+", "steptwo", "Step two CK", "STEP THREE", "stepthree", "2CK", "2 ck",
	"H-1B", "H1 visa", "h 1 b", "J-1", "J 1", "E.C.F.M.G. certified", "U.S. citizens", "u. s. clinical", "United States",
	"COMLEX Level 2-CE", "US COMPLEX", "Level II", "level two", "leveltwo", "within five years", "someone often done",
	"at least one attempt", "eleven\u00a0months", "no\tmore  than\n2", "Step 1 and Step 3", "H1B or J1",
	"step\t-\t2", "USMLE  2 ck", "Step-II", "step -i", "steps 1", "a step one", "2\tck", "j - 1", "h -1 -b",
}

// FuzzNorm checks that norm never fails and leaves single spaces only.
func FuzzNorm(f *testing.F) {
	for _, s := range normSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := norm(s)
		if strings.Contains(got, "  ") || strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") {
			t.Errorf("norm(%q) = %q: spaces not collapsed", s, got)
		}
	})
}

func FuzzFieldCount(f *testing.F) {
	for _, s := range append(normSamples, "  a  b ", "\u00a0x\u2003y\u0085", "\xff\xfe z", "facultés de médecine", "ab\u00a0cd", " é", "x \u2003",
		"a\tb\nc\vd\fe\rf g\x1fh\x0ei\x08j\x21k \x7f", "seven7 eight888 \t\t\t\t\t\t\t\tnine99999 x\u00a0y") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := fieldCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}

// slowClean is clean as first written, rune by rune.
func slowClean(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	runes := 0
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\v', '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u3000':
			space = true
			continue
		case '\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad':
			continue
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
			r = '-'
		case '\u2018', '\u2019', '\u02bc':
			r = '\''
		case '\u201c', '\u201d':
			r = '"'
		case '\u2265':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(">=")
			continue
		case '\u2264':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString("<=")
			continue
		case '\u2022', '\u25cf', '\u25aa':
			r = '*'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
		runes++
		if runes >= maxBlockRunes {
			break
		}
	}
	return b.String()
}

// FuzzClean checks clean, its shortcut for text that needs no change, and
// cleanJoined over text split at a character boundary against slowClean.
func FuzzClean(f *testing.F) {
	for _, s := range append(normSamples, " a", "a ", "a  b", "a\tb", "ok text.", "x", "\u2014 \u00a0x\u200b", "a\u2265b") {
		f.Add(s, 1)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		want := slowClean(s)
		if got := clean(s); got != want {
			t.Errorf("clean(%q) = %q, want %q", s, got, want)
		}
		if isClean(s) && want != s {
			t.Errorf("isClean(%q), but clean gives %q", s, want)
		}
		if cut < 0 || cut > len(s) || !utf8.ValidString(s[:cut]) {
			return
		}
		if got := cleanJoined([]string{s[:cut], s[cut:]}); got != want {
			t.Errorf("cleanJoined(%q, %q) = %q, want %q", s[:cut], s[cut:], got, want)
		}
	})
}

// TestUSAGate checks that usaHints and usWord let through every text
// usaPattern matches in, and keep out the "US" of "USMLE".
func TestUSAGate(t *testing.T) {
	tests := []struct {
		give string
		gate bool
	}{
		{"Passing scores on USMLE Step 1 are required", false},
		{"USMLE and US clinical experience", true},
		{"rotations in the US.", true},
		{"a U. S. rotation; USMLE required", true}, // "U. S." only with another "US" in the text
		{"u.s.a. citizens", true},
		{"USA", true},
		{"UNITED STATES", true},
		{"the UnItEd States", true},
		{"the USUS_ USx", false},
		{"US", true},
	}
	for _, tt := range tests {
		if got := usaHints.find(tt.give, 1) != 0 || usWord(tt.give); got != tt.gate {
			t.Errorf("usa gate(%q) = %v, want %v", tt.give, got, tt.gate)
		}
		checkUSAGate(t, tt.give)
	}
}

// checkUSAGate checks the gate against the expression on s, and foldUSA
// against the expression run without the gate.
func checkUSAGate(t *testing.T, s string) {
	t.Helper()
	if usaPattern.MatchString(s) && usaHints.find(s, 1) == 0 && !usWord(s) {
		t.Errorf("usaPattern matches %q, but usaHints and usWord say it cannot", s)
	}
	want := s
	if strings.Contains(s, "US") || strings.Contains(s, ".S") || strings.Contains(s, ".s") || strings.Contains(s, "nited") || strings.Contains(s, "NITED") {
		want = usaPattern.ReplaceAllStringFunc(s, func(m string) string {
			if strings.HasPrefix(m, "U") || strings.HasPrefix(m, "u") && strings.Contains(m, ".") {
				return " usa "
			}
			return m
		})
	}
	if got := foldUSA(s); got != want {
		t.Errorf("foldUSA(%q) = %q, want %q", s, got, want)
	}
}

func FuzzUSAGate(f *testing.F) {
	for _, s := range append(normSamples, "USMLE", "U. S. and USMLE", "unıted states", "UNITED ſTATES", "US-based") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkUSAGate(t, s)
	})
}

// h1bOnePass is foldH1B's two expressions as one, as first written.
var h1bOnePass = regexp.MustCompile(`h\s?-?\s?1\s?-?\s?b\b|\bhi-b\b`)

// TestFoldH1B checks foldH1B against the single expression it replaces, on
// spellings next to each other and inside words.
func TestFoldH1B(t *testing.T) {
	for _, s := range []string{"h1b", "h-1b, hi-b and h 1 b", "chi-b", "hi-bh1b", "h1bhi-b", "hi-b h1b", "h1-b hi-b.", "hi-b_", "ah-1-b", "h\t1\t-\tb x"} {
		if got, want := foldH1B(s), h1bOnePass.ReplaceAllString(s, "h1b "); got != want {
			t.Errorf("foldH1B(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzFoldH1B(f *testing.F) {
	for _, s := range append(normSamples, "hi-bh1b", "h1bhi-b", "h 1 b hi-b") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldH1B(s), h1bOnePass.ReplaceAllString(s, "h1b "); got != want {
			t.Errorf("foldH1B(%q) = %q, want %q", s, got, want)
		}
	})
}

// numberWordOrOnce is what hasNumberWord looks for, as an expression: a
// number word up to twelve, "once", "twice" or "thrice", as a whole word.
var numberWordOrOnce = regexp.MustCompile(`\b(?:one|once|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|thrice)\b`)

func TestHasNumberWord(t *testing.T) {
	for _, tt := range []struct {
		give string
		want bool
	}{
		{"within three years", true}, {"taken once", true}, {"one", true}, {"the twelfth", false},
		{"someone", false}, {"often", false}, {"nineteen", false}, {"step-two", true}, {"two_", false},
		{"", false}, {"eleven.", true}, {"tenth", false}, {"x ten", true}, {"3 attempts", false},
	} {
		if got := hasNumberWord(tt.give); got != tt.want {
			t.Errorf("hasNumberWord(%q) = %v, want %v", tt.give, got, tt.want)
		}
	}
}

// FuzzHasNumberWord checks hasNumberWord against the expression it stands
// for, on lower-case text and as written.
func FuzzHasNumberWord(f *testing.F) {
	for _, s := range []string{"within three years", "someone", "once", "x_two", "nine\xffone"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := asciiLower(s)
		if got, want := hasNumberWord(low), numberWordOrOnce.MatchString(low); got != want {
			t.Errorf("hasNumberWord(%q) = %v, want %v", low, got, want)
		}
		if got, want := hasNumberWord(s), numberWordOrOnce.MatchString(s); got != want {
			t.Errorf("hasNumberWord(%q) = %v, want %v (as written)", s, got, want)
		}
	})
}

// normBySearches is norm as it was written before normCues: each step
// searches the text for its own words, or runs on every text (oneUnit,
// singleFailure). FuzzNormCues holds norm to it.
func normBySearches(s string) string {
	if strings.Contains(s, "USA") || strings.Contains(s, "usa") || strings.Contains(s, "Usa") {
		s = comlexUSA.ReplaceAllString(s, "COMLEX")
	}
	low := paddedLower(foldUSA(s))
	if strings.Contains(low, "e.c.f.m.g") {
		low = strings.ReplaceAll(strings.ReplaceAll(low, "e.c.f.m.g.", "ecfmg"), "e.c.f.m.g", "ecfmg")
	}
	if strings.Contains(low, "us ") {
		low = usPronoun.re.ReplaceAllString(low, "usa $1")
	}
	if hasNumberWord(low) {
		low = replaceNumberWords(low)
	}
	if strings.Contains(low, " (") {
		low = repeatedNumber.ReplaceAllStringFunc(low, dropRepeat)
		low = dropExpansions(low)
	}
	if strings.Contains(low, "time pass") || strings.Contains(low, "time-pass") {
		low = firstTimePass.ReplaceAllString(low, "$1 attempt pass")
	}
	low = oneUnit.ReplaceAllString(low, "${1}1 $2")
	low = singleFailure.ReplaceAllString(low, "1 $1")
	if strings.Contains(low, "h") && (strings.Contains(low, "1") || strings.Contains(low, "hi-b")) {
		low = foldH1B(low)
		if strings.Contains(low, "visa") || strings.Contains(low, "j1") || strings.Contains(low, "j-1") || strings.Contains(low, "sponsor") ||
			strings.Contains(low, "h-1") || fieldCount(low) <= 2 || strings.Contains(low, "?") {
			low = h1Bare.ReplaceAllString(low, "${1}h1b")
		}
	}
	if strings.Contains(low, "j") && (strings.Contains(low, "1") || strings.Contains(low, "j-i")) {
		low = j1Pattern.ReplaceAllString(low, "j1 ")
		low = jiVisa.ReplaceAllString(low, "j1$1")
	}
	if strings.Contains(low, "complex") {
		low = comlexPattern.ReplaceAllStringFunc(low, func(m string) string {
			if strings.HasPrefix(m, "usa") {
				return "comlex"
			}
			return strings.Replace(strings.Replace(m, "complex", "comlex", 1), "comlex-usa", "comlex", 1)
		})
	}
	if strings.Contains(low, "part") && strings.Contains(low, "usmle") {
		low = partsOfUSMLE.ReplaceAllString(low, "usmle steps $1")
	}
	if strings.Contains(low, "part") {
		low = foldParts(low)
	}
	if strings.Contains(low, "usmle") && strings.Contains(low, "comlex") {
		low = bothFamilies.ReplaceAllString(low, "usmle steps $1 or comlex levels $1")
	}
	if strings.Contains(low, "step") || strings.Contains(low, "usmle") || strings.Contains(low, "comlex") || strings.Contains(low, "level") || strings.Contains(low, "ck") {
		low = foldExams(low)
	}
	return collapseSpaces(low)
}

// normCueCases make every step of norm run, alone and after another.
var normCueCases = []string{
	"", "H1", "Is an H-1 possible?", "We sponsor H1B and J-1 visas.", "E.C.F.M.G. certified", "US clinical experience",
	"three (3) years", "a first-time pass on Step 1", "within the past year", "H-1 sponsorship", "J-I visa", "J 1 visa holders",
	"US COMPLEX Level 1", "COMLEX-USA Level 2-CE", "Parts I and II of the USMLE", "USMLE Steps 1 and 2", "2CK score of 220",
	"the hi-b visa", "h1 within one year of graduation", "Step II CK", "j1 once",
	"a single fail on Step 1", "One single retake within a full year", "a full month after a single failed attempt", "a\tyear", "singles fail", "the past\u00a0year",
	"part 1 of the usmle and comlex level 2", "usmle/comlex steps 1 and 2",
	"passed USMLE (United States Medical Licensing Examination) Step 1", "COMLEX (Comprehensive Osteopathic Medical Licensing Examination) Level 1",
}

func TestNormCues(t *testing.T) {
	for _, s := range normCueCases {
		if got, want := norm(s), normBySearches(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzNormCues checks norm against normBySearches on any text.
func FuzzNormCues(f *testing.F) {
	for _, s := range normCueCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := norm(s), normBySearches(s); got != want {
			t.Errorf("norm(%q) = %q, want %q", s, got, want)
		}
	})
}

// foldCKUngated is foldCK as it was before mayBareCK: the expression on
// every text with a "ck".
func foldCKUngated(low string) string {
	if strings.Contains(low, "ck") {
		low = bareCK.ReplaceAllString(low, "step2ck")
	}
	return low
}

var bareCKCases = []string{
	"2ck", "2 ck", "2\tck", "2\nck", "2\fck", "2\rck", "2\vck", "2  ck", " 2ck ", "(2ck)", "step 2ck", "step2ck",
	"step2ck and 2 ck", "12ck", "x2ck", "_2ck", "é2ck", "2ck2", "2cks", "2 ck.", "ck", "c k", "2c k", "check back",
	"track 2 then ck", "2, ck", "step 2 (ck)", "ii ck", "2ck2ck", "a 2ck, b 2 ck", "22ck", "2 2ck", "2\u00a0ck", "step2ck 2ck",
	"usmle step 1 and step2ck scores of 220", "usmle 2ck/cs", "the back-check of 2 ck scores", "",
}

// TestMayBareCK: foldCK with its gate writes what the ungated expression
// wrote, and the gate holds for every text bareCK matches.
func TestMayBareCK(t *testing.T) {
	for _, s := range bareCKCases {
		if bareCK.MatchString(s) && !mayBareCK(s) {
			t.Errorf("mayBareCK(%q) = false, but bareCK matches", s)
		}
		if got, want := foldCK(s), foldCKUngated(s); got != want {
			t.Errorf("foldCK(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"check back", "step2ck", "12ck", "track 2 then ck"} {
		if mayBareCK(s) {
			t.Errorf("mayBareCK(%q) = true, want false (no bare 2 ck)", s)
		}
	}
}

func FuzzMayBareCK(f *testing.F) {
	for _, s := range bareCKCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bareCK.MatchString(s) && !mayBareCK(s) {
			t.Errorf("mayBareCK(%q) = false, but bareCK matches", s)
		}
		if got, want := foldCK(s), foldCKUngated(s); got != want {
			t.Errorf("foldCK(%q) = %q, want %q", s, got, want)
		}
	})
}

var h1RepeatCases = []string{
	"h1", "h-1", "h1b", "h-1b", "an h1?", "h1 visa", "(h-1)", "xh1", "h11", "h1_", "hh-1 x", "h--1", "h 1", "h\u00e91",
	"1h1", "h1.", "the h-1, j-1", "step 1 and h", "h1b h1", "1", "h", "",
	"3 (3)", "12 (12) years", "3 (4)", "a (3)", "3 (a)", "3  (3)", "1234 (1234)", "x3 (3)", "3 (3", " (", "3 (",
	"(3)", "3 (3) and 2 (2)", "\u00e93 (3)",
}

// TestNormGates: mayH1Bare and mayRepeatedNumber hold for every text their
// expression matches (norm runs the expression only then).
func TestNormGates(t *testing.T) {
	for _, s := range h1RepeatCases {
		checkNormGates(t, s)
	}
	for _, s := range []string{"h1b", "xh1", "h11", "h 1"} {
		if mayH1Bare(s) {
			t.Errorf("mayH1Bare(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"a (3)", "3 (a)", "(3)"} {
		if mayRepeatedNumber(s) {
			t.Errorf("mayRepeatedNumber(%q) = true, want false", s)
		}
	}
}

func checkNormGates(t *testing.T, s string) {
	if h1Bare.MatchString(s) && !mayH1Bare(s) {
		t.Errorf("mayH1Bare(%q) = false, but h1Bare matches", s)
	}
	if repeatedNumber.MatchString(s) && !mayRepeatedNumber(s) {
		t.Errorf("mayRepeatedNumber(%q) = false, but repeatedNumber matches", s)
	}
}

func FuzzNormGates(f *testing.F) {
	for _, s := range h1RepeatCases {
		f.Add(s)
	}
	f.Fuzz(checkNormGates)
}
