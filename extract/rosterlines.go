package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tests below classify the lines of a roster card. Each answers what a
// case-insensitive regular expression says, first by a one-pass keyword or
// word scan, which settles nearly every line, and only where word boundaries
// matter (or the line holds a character such as "ſ" that case folding
// equates with an ASCII letter) by the expression itself.

// yearLinePattern matches a card line that states a training year.
var yearLinePattern = regexp.MustCompile(`(?i)^(?:pgy[- ]?\d|class of (?:19|20)\d\d|intern\b|interns\b|chief resident|r\d\b|(?:ca|pl)[- ]?[1-4]\b|(?:first|second|third|fourth)[- ]year|year \d|categorical|preliminary)|\bpgy[- ]?\d\b`)

// yearInTextPattern finds a training year inside a line.
var yearInTextPattern = regexp.MustCompile(`(?i)\(?\b(?:pgy[- ]?\d|class of (?:19|20)\d\d|intern)\b\)?`)

// isYearLine reports whether a card line states a training year: "PGY-2",
// "Class of 2027", "Intern", "Second-year resident" (yearLinePattern,
// written out: it runs on most lines of every card).
func isYearLine(t string) bool {
	if t == "" {
		return false
	}
	if hasOddFold(t) {
		return yearLinePattern.MatchString(t)
	}
	if yearLineStart(t) {
		return true
	}
	// \bpgy[- ]?\d\b anywhere
	for i := 0; i+4 <= len(t); i++ {
		if t[i]|0x20 != 'p' || i > 0 && isWordByte(t[i-1]) || !hasPrefixFold(t[i:], "pgy") {
			continue
		}
		j := i + 3
		if t[j] == '-' || t[j] == ' ' {
			j++
		}
		if j < len(t) && isDigit(t[j]) && (j+1 == len(t) || !isWordByte(t[j+1])) {
			return true
		}
	}
	return false
}

// yearLineStart reports whether t starts with one of yearLinePattern's
// anchored forms.
func yearLineStart(t string) bool {
	switch t[0] | 0x20 {
	case 'p':
		if hasPrefixFold(t, "pgy") {
			j := 3
			if j < len(t) && (t[j] == '-' || t[j] == ' ') && j+1 < len(t) && isDigit(t[j+1]) {
				return true
			}
			return j < len(t) && isDigit(t[j])
		}
		return hasPrefixFold(t, "preliminary") || clinicalYear(t, "pl")
	case 'c':
		if clinicalYear(t, "ca") {
			return true
		}
		if hasPrefixFold(t, "class of ") {
			j := len("class of ")
			return j+4 <= len(t) && (t[j:j+2] == "19" || t[j:j+2] == "20") && isDigit(t[j+2]) && isDigit(t[j+3])
		}
		return hasPrefixFold(t, "chief resident") || hasPrefixFold(t, "categorical")
	case 'i':
		if hasPrefixFold(t, "interns") {
			return len(t) == 7 || !isWordByte(t[7])
		}
		return hasPrefixFold(t, "intern") && (len(t) == 6 || !isWordByte(t[6]))
	case 'r':
		return len(t) >= 2 && isDigit(t[1]) && (len(t) == 2 || !isWordByte(t[2]))
	case 'y':
		return len(t) >= 6 && hasPrefixFold(t, "year ") && isDigit(t[5])
	case 'f', 's', 't':
		for _, w := range [...]string{"first", "second", "third", "fourth"} {
			if hasPrefixFold(t, w) {
				j := len(w)
				return j < len(t) && (t[j] == '-' || t[j] == ' ') && hasPrefixFold(t[j+1:], "year")
			}
		}
	}
	return false
}

// clinicalYear reports t opening with the two letters of a specialty's
// training year (fold), an optional dash or space, a digit 1 to 4 and a
// word's end: "CA-3", "ca 1", "PL2".
func clinicalYear(t, two string) bool {
	if !hasPrefixFold(t, two) {
		return false
	}
	j := 2
	if j < len(t) && (t[j] == '-' || t[j] == ' ') {
		j++
	}
	return j < len(t) && t[j] >= '1' && t[j] <= '4' && (j+1 == len(t) || !isWordByte(t[j+1]))
}

// hasYearInText is yearInTextPattern.MatchString.
func hasYearInText(t string) bool {
	if hasOddFold(t) {
		return yearInTextPattern.MatchString(t)
	}
	s, _ := yearInTextSpan(t, 0)
	return s >= 0
}

// yearInText returns the first training year in t ("(PGY-2)"), or "":
// yearInTextPattern.FindString.
func yearInText(t string) string {
	if hasOddFold(t) {
		return yearInTextPattern.FindString(t)
	}
	if s, e := yearInTextSpan(t, 0); s >= 0 {
		return t[s:e]
	}
	return ""
}

// removeYearInText removes the training years from t:
// yearInTextPattern.ReplaceAllString(t, "").
func removeYearInText(t string) string {
	if hasOddFold(t) {
		return yearInTextPattern.ReplaceAllString(t, "")
	}
	s, e := yearInTextSpan(t, 0)
	if s < 0 {
		return t
	}
	s2, e2 := yearInTextSpan(t, e)
	switch {
	case s2 < 0 && s == 0:
		return t[e:] // one year, opening the line ("PGY-2 · University of X"): a part of t, no copy
	case s2 < 0 && e == len(t):
		return t[:s]
	}
	var b strings.Builder
	b.Grow(len(t) - (e - s))
	b.WriteString(t[:s])
	prev := e
	for s, e = s2, e2; s >= 0; s, e = yearInTextSpan(t, e) {
		b.WriteString(t[prev:s])
		prev = e
	}
	b.WriteString(t[prev:])
	return b.String()
}

// yearInTextSpan returns the leftmost match of yearInTextPattern in t
// starting at or after from, as the expression would find it, or -1, -1.
// Written out because the expression runs on every line of every card.
func yearInTextSpan(t string, from int) (start, end int) {
	for i := from; i < len(t); i++ {
		switch t[i] {
		case '(', 'p', 'P', 'c', 'C', 'i', 'I':
			if e := yearAt(t, i); e >= 0 {
				return i, e
			}
		}
	}
	return -1, -1
}

// yearAt returns where a match of yearInTextPattern starting at i ends, or -1.
func yearAt(t string, i int) int {
	if t[i] == '(' {
		i++ // the expression prefers to take the parenthesis, and cannot match without it here
	} else if i > 0 && isWordByte(t[i-1]) {
		return -1
	}
	if i >= len(t) || !isWordByte(t[i]) {
		return -1
	}
	e := -1
	switch {
	case hasPrefixFold(t[i:], "pgy"):
		j := i + 3
		if j+1 < len(t) && (t[j] == '-' || t[j] == ' ') && isDigit(t[j+1]) && (j+2 == len(t) || !isWordByte(t[j+2])) {
			e = j + 2
		} else if j < len(t) && isDigit(t[j]) && (j+1 == len(t) || !isWordByte(t[j+1])) {
			e = j + 1
		}
	case hasPrefixFold(t[i:], "class of "):
		j := i + len("class of ")
		if j+4 <= len(t) && (t[j:j+2] == "19" || t[j:j+2] == "20") && isDigit(t[j+2]) && isDigit(t[j+3]) &&
			(j+4 == len(t) || !isWordByte(t[j+4])) {
			e = j + 4
		}
	case hasPrefixFold(t[i:], "intern"):
		if j := i + len("intern"); j == len(t) || !isWordByte(t[j]) {
			e = j
		}
	}
	if e >= 0 && e < len(t) && t[e] == ')' {
		e++
	}
	return e
}

// containsFold is strings.Contains(asciiLower(s), w) without lowering s;
// w is lower case and opens with a letter.
func containsFold(s, w string) bool {
	return indexFold(s, w) >= 0
}

// indexFold is strings.Index(asciiLower(s), w) without lowering s; w is
// lower case and opens with a letter.
func indexFold(s, w string) int {
	lo, up := w[0], w[0]-'a'+'A'
	if len(s) < len(w) {
		return -1
	}
	// the places w may open, its first letter in either case, found by
	// byte search (the next of each case kept), not by a test at every byte
	head := s[:len(s)-len(w)+1]
	nextLo, nextUp := strings.IndexByte(head, lo), strings.IndexByte(head, up)
	for nextLo >= 0 || nextUp >= 0 {
		i := nextLo
		if i < 0 || nextUp >= 0 && nextUp < i {
			i = nextUp
		}
		if hasPrefixFold(s[i+1:], w[1:]) {
			return i
		}
		if i == nextLo {
			nextLo = nextByte(head, lo, i+1)
		} else {
			nextUp = nextByte(head, up, i+1)
		}
	}
	return -1
}

// nextByte returns the index of the first c in s at or after from, or -1.
func nextByte(s string, c byte, from int) int {
	if k := strings.IndexByte(s[from:], c); k >= 0 {
		return from + k
	}
	return -1
}

// hasPrefixFold is strings.HasPrefix with ASCII letters in either case;
// prefix is lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// schoolWords name a school (group 0); "som" and "com" do only as words
// (group 1, checked with schoolAbbrev).
var (
	schoolPattern = regexp.MustCompile(`(?i)universit|college|school|institute|faculty|academy|facultad|universidad|université|universidade|medical|medicine|medicina|escuela|faculdade|facolt|\bsom\b|\bcom\b`)
	schoolWords   = newFoldedKeywordSet([]string{"universit", "college", "school", "institute", "faculty", "academy",
		"facultad", "universidad", "medical", "medicine", "medicina", "escuela", "faculdade", "facolt"}, []string{"som", "com"})
	schoolAbbrev = regexp.MustCompile(`(?i)\b(?:som|com)\b`)
)

// isSchoolLine reports whether t names a school: "University of X",
// "X College of Medicine", "X SOM" (schoolPattern).
func isSchoolLine(t string) bool {
	if hasOddFold(t) {
		return schoolPattern.MatchString(t)
	}
	found := schoolWords.find(t, 1)
	return found&1 != 0 || found&2 != 0 && schoolAbbrev.MatchString(t)
}

// firstPersonWords are the words of a biography rather than a school line.
var firstPersonWords = map[string]bool{
	"i": true, "my": true, "me": true, "enjoy": true, "enjoys": true, "spouse": true, "wife": true,
	"husband": true, "partner": true, "children": true, "kids": true, "daughter": true, "son": true,
	"brother": true, "sister": true, "mother": true, "father": true, "chose": true, "interested": true,
	"hobbies": true, "outside": true,
}

var firstPersonPattern = regexp.MustCompile(`(?i)\b(?:i|my|me|i'm|i've|enjoy|enjoys|spouse|wife|husband|partner|children|kids|daughter|son|brother|sister|mother|father|chose|interested|hobbies|free time|outside)\b`)

// isFirstPerson reports whether t speaks of its author or family ("I chose
// medicine", "my wife and kids"), as whole words in any case
// (firstPersonPattern).
func isFirstPerson(t string) bool {
	if hasOddFold(t) {
		return firstPersonPattern.MatchString(t)
	}
	var buf [16]byte
	for i := 0; i < len(t); {
		if !isWordByte(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isWordByte(t[j]) {
			j++
		}
		if n := j - i; n <= len(buf) {
			for k := 0; k < n; k++ {
				buf[k] = t[i+k] | 0x20 // word bytes: letters fold, digits and _ are no such word
			}
			w := buf[:n]
			if firstPersonWords[string(w)] {
				return true
			}
			if string(w) == "free" && len(t) >= j+5 && strings.EqualFold(t[j:j+5], " time") && (j+5 == len(t) || !isWordByte(t[j+5])) {
				return true
			}
		}
		i = j
	}
	return false
}

// isWordByte reports an ASCII word character, as \b sees them.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// isCaption reports a photo caption line: "Photo: …", "Headshot of …".
func isCaption(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] | 0x20 {
	case 'p', 'i', 'h':
		return captionLine.MatchString(t)
	}
	return false
}

var captionLine = regexp.MustCompile(`(?i)^(?:photo|image|picture|headshot)\b`)

// schoolHeads are the head nouns of a school's name: "University", "College",
// "School", "Faculty", the same words in other languages, and the few
// other forms schools take ("X Medical Center", "X Health Science Center").
// "Medical" or "Medicine" alone is no head: "Medical Licensing Examination",
// "Department of Medicine" are no schools.
var schoolHeads = newWordList("university", "universities", "college", "school", "institute", "faculty", "academy",
	"facultad", "universidad", "université", "universite", "universidade", "universita", "università",
	"universitat", "universität", "escuela", "escola", "faculdade", "facoltà", "faculté", "faculte", "école",
	"ecole", "hochschule", "medical center", "medical centre", "health science center", "health sciences center",
	"health science centre", "health sciences centre", "medical university", "som", "com", "mbbs")

// lowerNameWords may be lower case inside a school's name: "University of
// the West Indies", "Universidad de Guadalajara", "Facoltà di Medicina e
// Chirurgia".
var lowerNameWords = map[string]bool{
	"of": true, "the": true, "and": true, "at": true, "in": true, "for": true, "de": true, "del": true, "la": true,
	"las": true, "los": true, "el": true, "di": true, "da": true, "do": true, "dos": true, "das": true, "e": true,
	"y": true, "et": true, "des": true, "du": true, "le": true, "les": true, "und": true, "der": true, "von": true,
	"medicine": true, "medicina": true, "médecine": true, "medecine": true, "medical": true, "school": true,
	"college": true, "university": true, "&": true, "-": true, "–": true, "—": true, "of,": true,
}

// nameShaped reports a line written as a proper name: at most eight
// words, each capitalised (or a digit, or one of lowerNameWords), and no
// sentence's end ("Ross", "Miami-Miller", "UC San Francisco", "St. George's
// University"; not "Ask for help early.", "Sleep when you can", "Loves
// hiking"). A card's short school is such a line when no school's noun
// says so (schoolShaped).
func nameShaped(t string) bool {
	if t == "" || fieldCount(t) > 8 {
		return false
	}
	ws := strings.Fields(t)
	if last := ws[len(ws)-1]; strings.HasSuffix(last, "!") || strings.HasSuffix(last, "?") ||
		strings.HasSuffix(last, ".") && len(ws) > 1 && len(last) > 5 {
		return false // a sentence's end (an abbreviation's dot aside: "Univ.", "Med.")
	}
	letters := false
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '"' || r == '\'':
		case lowerNameWords[strings.ToLower(strings.Trim(w, ",.;:()"))]:
		default:
			return false
		}
		if !letters {
			letters = strings.IndexFunc(w, unicode.IsLetter) >= 0
		}
	}
	return letters
}

// schoolShaped reports whether an unlabelled line has the form of a
// school's name, not a sentence or a list item that mentions one: at most
// fourteen words, with a head noun (schoolHeads), and every word
// capitalised but for the few words names write in lower case
// (lowerNameWords) and one slip. "Three letters of reference from faculty
// members", "Department of Medicine" and "Must have completed medical
// school within two years" are no schools; "Universidad Autónoma de
// Guadalajara", "St. George's University" and "Dow Medical College,
// Karachi" are.
func schoolShaped(t string) bool {
	if t == "" || fieldCount(t) > 14 || !schoolHeads.in(t) {
		return false
	}
	lower := 0
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) {
			continue
		}
		if lowerNameWords[strings.ToLower(strings.Trim(w, ",.;:()"))] {
			continue
		}
		lower++
	}
	return lower <= 1
}
