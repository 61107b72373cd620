package transform

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold maps accented Latin letters to their plain ASCII base so that
// "Autónoma", "Autonoma" and "AUTÓNOMA" normalise alike.
var fold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "ą", "a", "ā", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ě", "e", "ē", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ı", "i", "ī", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ő", "o", "ō", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ů", "u", "ű", "u", "ū", "u",
	"ñ", "n", "ń", "n", "ň", "n", "ç", "c", "ć", "c", "č", "c", "ł", "l",
	"ś", "s", "š", "s", "ş", "s", "ș", "s", "ź", "z", "ż", "z", "ž", "z",
	"ř", "r", "ý", "y", "ğ", "g", "ț", "t", "ţ", "t", "ď", "d", "ß", "ss", "æ", "ae", "œ", "oe",
	"’", "'", "‘", "'", "`", "'", "´", "'", "ʼ", "'", "′", "'", "‛", "'", "＇", "'", "ˈ", "'",
)

// stopwords carry no identity in a school name; dropping them lets
// "University of the Philippines" and "University Philippines" meet.
var stopwords = map[string]bool{
	"the": true, "of": true, "at": true, "in": true, "and": true, "for": true, "on": true,
	"de": true, "del": true, "la": true, "las": true, "los": true, "el": true, "y": true,
	"di": true, "da": true, "dos": true, "das": true, "der": true, "des": true, "du": true,
	"le": true, "les": true, "et": true, "a": true,
}

// expansions rewrite common abbreviations inside names.
var expansions = map[string]string{
	"st": "saint", "ste": "sainte", "sto": "santo", "sta": "santa", "mt": "mount", "ft": "fort",
	"univ": "university", "uni": "university", "coll": "college", "inst": "institute",
	"sch": "school", "med": "medical", "hlth": "health", "sci": "science", "ctr": "center",
	"centre": "center", "natl": "national", "intl": "international", "dept": "department",
	"som": "school medicine", "u": "university", "amer": "american",
	"osteo": "osteopathic", "osteop": "osteopathic", "dent": "dentistry", "hosp": "hospital",
	"acad": "academy", "biomed": "biomedical", "cntr": "center", "sys": "system",
	// A faculty's abbreviation after its university's ("UST-FMS", "OAU
	// CHS"): the faculty phrase, removed from the name's core. ("COM" is a
	// generic word instead: "OSU-COM" is one school's name, and "OSU
	// College of Medicine" another's.)
	"fms": "faculty medicine surgery", "fom": "faculty medicine", "fmhs": "faculty medicine health science",
	"chs": "college health science", "fhs": "faculty health science", "cohs": "college health science",
	"cmhs": "college medicine health science", "comhs": "college medicine health science",
	"smd": "school medicine dentistry",
	// The abbreviation of a form of school abroad, before its city ("GMC
	// Aurangabad"): read as the form.
	"gmc": "government medical college", "gmch": "government medical college hospital",
}

// compassInitials are a compass point's initial before a word of a US
// state's or school's name ("N. Carolina", "E. Carolina", "W. Virginia",
// "S. Illinois"): the point written out. Only these pairs: a lone letter
// is elsewhere a person's initial.
var compassInitials = map[string]string{
	"n carolina": "north", "s carolina": "south", "e carolina": "east",
	"n dakota": "north", "s dakota": "south",
	"n texas": "north", "s texas": "south", "w texas": "west", "e texas": "east",
	"w virginia": "west", "e virginia": "eastern", "s alabama": "south", "s florida": "south",
	"s california": "southern", "s illinois": "southern", "e tennessee": "east",
	"w michigan": "western", "c michigan": "central", "c florida": "central", "ne ohio": "northeast",
}

// compassAt reports a compass initial of compassInitials at ws[i].
func compassAt(ws []string, i int) bool {
	if i+1 >= len(ws) || len(ws[i]) > 2 || !compassLetter(ws[i][0]) {
		return false // (the cheap gate: every initial of the table opens so)
	}
	_, ok := compassInitials[ws[i]+" "+ws[i+1]]
	return ok
}

// compassLetter reports the first letter of a compass initial.
func compassLetter(b byte) bool { return b == 'n' || b == 's' || b == 'e' || b == 'w' || b == 'c' }

// stateAbbreviations are the traditional abbreviations of US states'
// names that rosters write after "University of" ("Univ. of Mich.", "U
// Mass", "U of Tenn."). Read only there: alone, several are other words.
// Abbreviations that are other words of the lists ("Ky", "Va", "Vt" are
// regions already; "Md" is a degree, "La" and "Del" Romance articles,
// "Ind" and "Ga" a country's too) are left out.
var stateAbbreviations = map[string]string{
	"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
	"conn": "connecticut", "fla": "florida", "ill": "illinois", "kan": "kansas", "kans": "kansas",
	"mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
	"neb": "nebraska", "nebr": "nebraska", "nev": "nevada", "okla": "oklahoma", "ore": "oregon",
	"penn": "pennsylvania", "penna": "pennsylvania", "tenn": "tennessee", "tex": "texas",
	"wash": "washington", "wis": "wisconsin", "wisc": "wisconsin",
}

// contractions are the written-out forms of a system's abbreviation, read
// as the abbreviation: "State University of New York Upstate" is "SUNY
// Upstate". from is in raw words (before stopwords are dropped).
var contractions = []contraction{
	{[]string{"state", "university", "of", "new", "york"}, "suny"},
	{[]string{"city", "university", "of", "new", "york"}, "cuny"},
	{[]string{"university", "of", "medicine", "and", "dentistry", "of", "new", "jersey"}, "umdnj"},
}

// contraction is a system's name written out (from, raw words) and its
// abbreviation (to).
type contraction struct {
	from []string
	to   string
}

// contractionAt returns the contraction that starts at ws[i].
func contractionAt(ws []string, i int) (contraction, bool) {
	switch ws[i] {
	case "state", "city", "university", "univ", "uni", "u":
	default:
		return contraction{}, false // (the first words of every contraction, as written or abbreviated)
	}
	for _, c := range contractions {
		if len(ws)-i < len(c.from) {
			continue
		}
		ok := true
		for k, f := range c.from {
			// an abbreviated word ("State Univ. of New York", "State U of
			// New York") is the word it abbreviates
			if w := ws[i+k]; w != f && (len(w) > 4 || expansions[w] != f) {
				ok = false
				break
			}
		}
		if ok {
			return c, true
		}
	}
	return contraction{}, false
}

// titles are honorifics that may precede a school named after a person
// ("Dr. Kiran C. Patel College of Osteopathic Medicine").
var titles = map[string]bool{"dr": true, "prof": true, "sir": true}

// degrees that roster pages glue to school names. foreignDegrees are never
// awarded by US or Canadian medical schools.
var (
	degrees = map[string]bool{
		"md": true, "do": true, "mbbs": true, "mbchb": true, "mbbch": true, "mbch": true, "mb": true,
		"bs": true, "bch": true, "chb": true, "bao": true, "phd": true, "mph": true, "msc": true,
		"bsc": true, "ba": true, "ms": true, "mba": true, "facp": true, "mrcp": true, "frcs": true,
		"mrcs": true, "dnb": true, "mbbs.": true, "bmbs": true, "mbbch.": true, "lrcp": true,
		"bmed": true, "meng": true, "pharmd": true, "dmd": true, "dds": true,
	}
	foreignDegrees = map[string]bool{
		"mbbs": true, "mbchb": true, "mbbch": true, "mbch": true, "chb": true, "bch": true,
		"bao": true, "dnb": true, "mrcp": true, "frcs": true, "mrcs": true, "bmbs": true, "lrcp": true,
	}
)

// norm is a name reduced to comparable tokens.
type norm struct {
	tokens     []string // normalised tokens, in order
	foreignDeg bool     // a degree only foreign schools award (MBBS, MBChB…) was glued on
}

// separators turns the separators of segments into commas. Like fold it
// is immutable and safe for concurrent use.
var separators = strings.NewReplacer(" - ", ",", " – ", ",", " — ", ",", "–", ",", "—", ",", "(", ",", ")", ",",
	";", ",", "/", ",", "|", ",", "[", ",", "]", ",", "\n", ",", "\t", " ")

// segments splits a raw name at the separators rosters use between a school
// and its location: commas, parentheses, semicolons, slashes and dashes
// surrounded by spaces.
func segments(s string) []string {
	s = separators.Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// words lower-cases and folds s and splits it into raw words: letters and
// digits; dotted initialisms ("U.C.S.F.", "M.D.") are joined into one word,
// apostrophes are dropped ("George's" → "georges"), "&" becomes "and".
// Words are cut from one lower-cased copy of s (no copy per word, except a
// word an apostrophe or an initialism's dots split).
func words(s string) []string {
	switch {
	case !isASCII(s):
		s = stripMarks(fold.Replace(strings.ToLower(s)))
	case hasUpperASCII(s):
		s = strings.ToLower(s)
	}
	out := make([]string, 0, 8)
	start := -1     // where the current word starts in s, while it is contiguous
	var cur []byte  // the current word, once it is not
	joined := false // the word is in cur
	run := 0        // letters just before i, since the last other character
	flush := func(end int) {
		switch {
		case joined:
			out = append(out, string(cur))
		case start >= 0 && end > start:
			out = append(out, s[start:end])
		}
		start, cur, joined = -1, cur[:0], false
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		letter := false
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'),
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if joined {
				cur = append(cur, s[i:i+size]...)
			} else if start < 0 {
				start = i
			}
			letter = r >= 'a' && (r <= 'z' || r >= utf8.RuneSelf && unicode.IsLetter(r))
		case (r == '\'' || r == '`') && start >= 0 && !joined && elided[s[start:i]] && nextIsLetter(s, i+size):
			// a French or Italian article elided before a vowel ("l'université",
			// "d'Abidjan", "dell'Università") is dropped like "de" and "of",
			// not glued to the name after it
			start = -1
		case r == '\'' || r == '`', r == '.' && run == 1 && nextIsLetter(s, i+size):
			// dropped inside a word: "king's" → "kings"; an initialism's
			// dots: "u.c.s.f" → "ucsf"
			if start >= 0 && !joined {
				cur = append(cur[:0], s[start:i]...)
				joined = true
			}
		case r == '&':
			flush(i)
			out = append(out, "and")
		default:
			flush(i)
		}
		if letter {
			run++
		} else {
			run = 0
		}
		i += size
	}
	flush(len(s))
	return out
}

// elided are the articles that French and Italian elide before a vowel.
var elided = map[string]bool{"l": true, "d": true, "dell": true, "nell": true, "all": true, "dall": true, "sull": true, "qu": true}

// unglue puts back the space that markup dropped between two words of a
// name ("Marshall UniversityJoan C. Edwards"): a capital after four or more
// lower-case letters, followed by a lower-case letter. Shorter runs are
// names' own capitals ("McGill", "DeBusk", "MacDonald", "LaSalle"). s is
// returned as it is when nothing is glued.
func unglue(s string) string {
	var b []byte
	run, last := 0, 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch >= 'a' && ch <= 'z':
			run++
		case ch >= 'A' && ch <= 'Z' && run >= 4 && i+1 < len(s) && s[i+1] >= 'a' && s[i+1] <= 'z':
			b = append(append(b, s[last:i]...), ' ')
			last = i
			run = 0
		default:
			run = 0
		}
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// splitCase puts a space before a capital glued to the word before it and
// followed by lower-case letters ("WahMedical College", "NaviMumbai",
// "MNRMedical College"), and reports whether it put any: the last reading
// of a name nothing else answered. A capital after a surname's prefix
// ("McGill", "LaSalle", "DeBusk", "MacDonald", "VanAndel") is the name's own.
func splitCase(s string) (string, bool) {
	var b []byte
	last := 0
	for i := 2; i+2 < len(s); i++ {
		if !isUpper(s[i]) || !isLower(s[i+1]) || !isLower(s[i+2]) {
			continue
		}
		start := i - 1 // the glued word before the capital
		for start > 0 && (isLower(s[start-1]) || isUpper(s[start-1])) {
			start--
		}
		before := s[start:i]
		switch {
		case isLower(s[i-1]) && surnamePrefixes[strings.ToLower(before)]:
			continue
		case isLower(s[i-1]) && len(before) >= 3 && isUpper(before[0]):
		case isUpper(s[i-1]) && len(before) >= 2 && strings.ToUpper(before) == before:
		default:
			continue
		}
		b = append(append(b, s[last:i]...), ' ')
		last = i
	}
	if b == nil {
		return s, false
	}
	return string(append(b, s[last:]...)), true
}

// surnamePrefixes are written glued to the capital after them in names.
var surnamePrefixes = map[string]bool{"mc": true, "mac": true, "la": true, "le": true, "de": true, "di": true, "du": true, "da": true, "del": true, "des": true, "van": true, "von": true, "st": true}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// nextIsLetter reports whether s[i:] starts with a letter.
func nextIsLetter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// hasUpperASCII reports an ASCII capital in s.
func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// nonLatin reports a letter of a script other than Latin in s: Cyrillic,
// Greek, Arabic, Hebrew, the scripts of South and East Asia, and the
// Latin letters of Vietnamese ("Đại học Y Hà Nội"), which no US or
// Canadian school name uses either.
func nonLatin(s string) bool {
	for _, r := range s {
		if r >= 0x370 && unicode.IsLetter(r) {
			return true
		}
		if r == 'Đ' || r == 'đ' {
			return true
		}
	}
	return false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stem removes a plural or possessive final "s" so that "Sciences",
// "George's" and "Georges" meet their singular forms.
func stem(w string) string {
	if len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		return w[:len(w)-1]
	}
	return w
}

// normalize reduces one segment of a name to its tokens: abbreviations
// expanded, titles, stopwords and leading/trailing degrees removed, words
// stemmed.
func normalize(s string) norm { return normalizeWords(words(s)) }

// normalizeWords is normalize on the words of a segment (words(s)).
func normalizeWords(ws []string) norm {
	var n norm
	// Degrees are recognised before stemming ("mbbs" must not become "mbb").
	for len(ws) > 0 && degrees[ws[len(ws)-1]] {
		n.foreignDeg = n.foreignDeg || foreignDegrees[ws[len(ws)-1]]
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 1 && degrees[ws[0]] && ws[0] != "do" {
		n.foreignDeg = n.foreignDeg || foreignDegrees[ws[0]]
		ws = ws[1:]
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+2 < len(ws) && (w == "u" || w == "univ") && ws[i+1] == "of" && len(ws[i+2]) == 1 && ws[i+2][0] >= 'a' && ws[i+2][0] <= 'z' && !compassAt(ws, i+2) {
			// "U of U", "U. of M.": the initials of a university "of" a
			// place, one token as "UofU" is written ("university u"
			// would be no name at all, and "U of A" would lose its "a"
			// as a stopword).
			n.tokens = append(n.tokens, "uof"+ws[i+2])
			i += 2
			continue
		}
		if compassAt(ws, i) {
			// "N. Carolina", "W. Virginia": a compass initial before the
			// word of a state or school name it begins.
			n.tokens = append(n.tokens, compassInitials[w+" "+ws[i+1]])
			continue
		}
		if len(n.tokens) > 0 && n.tokens[len(n.tokens)-1] == "university" && stateAbbreviations[w] != "" {
			s := stateAbbreviations[w]
			// "Univ. of Mich.", "U Mass": a state's abbreviation right
			// after "University (of)" is the state (elsewhere "Mass",
			// "Wash" or "Ill" may be words of another name).
			for _, x := range strings.Fields(s) {
				n.tokens = append(n.tokens, stem(x))
			}
			continue
		}
		if c, ok := contractionAt(ws, i); ok {
			n.tokens = append(n.tokens, c.to)
			i += len(c.from) - 1
			continue
		}
		if foreignDegrees[w] {
			n.foreignDeg = true
			continue
		}
		if e, ok := expansions[w]; ok {
			for _, x := range strings.Fields(e) {
				n.tokens = append(n.tokens, stem(x))
			}
			continue
		}
		if stopwords[w] || titles[w] {
			continue
		}
		n.tokens = append(n.tokens, stem(w))
	}
	return n
}

// key joins tokens into an index key.
func key(tokens []string) string { return strings.Join(tokens, " ") }

// appendKey appends key(tokens) to buf, for allocation-free map lookups.
func appendKey(buf []byte, tokens []string) []byte {
	for i, t := range tokens {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, t...)
	}
	return buf
}

// medicalPhrases are generic phrases naming the medical faculty of a
// university. Removing them gives a name's "core", so "Harvard Medical
// School", "Harvard School of Medicine" and "Harvard" share a key.
var medicalPhrases = [][]string{
	{"school", "medicine", "public", "health"},
	{"school", "medicine", "biomedical", "science"},
	{"college", "human", "medicine"},
	{"school", "medicine"},
	{"college", "medicine"},
	{"medical", "school"},
	{"faculty", "medicine"},
	{"medical", "faculty"},
	{"faculty", "medical", "science"},
	{"facultad", "medicina"},
	{"faculdade", "medicina"},
	{"faculte", "medecine"},
	{"facolta", "medicina"},
	{"escuela", "medicina"},
	{"medical", "program"},
	{"school", "osteopathic", "medicine"},
	{"college", "osteopathic", "medicine"},
	{"osteopathic", "medical", "school"},
	{"medical", "center"},
}

// campusPhrases name a university system's medical campus before the
// campus's place ("University of Texas Medical Branch at Galveston", "…
// Health Science Center at Houston", "… Medical School at Galveston": one
// school each way): removed like medicalPhrases, but only before another
// word — at the end of a name they name no campus, and "University of
// Texas" without its city is every campus of the system.
var campusPhrases = [][]string{
	{"medical", "branch"},
	{"health", "science", "center"},
}

// facultyHeads begin a faculty's name ("School of ...", "Faculty of ...");
// facultySubjects may follow, in any order and number ("School of Medicine
// and Dentistry", "Faculty of Medicine and Surgery", "College of Medicine
// and Health Sciences"); at least one of them must be a medical word
// (medicalSubjects, "health" included: "Faculty of Health Sciences" is
// the medical faculty of many universities), so "College of Arts and
// Sciences" is no faculty of medicine. Tokens are normalised (stopwords dropped, plurals stemmed).
var (
	facultyHeads    = map[string]bool{"school": true, "college": true, "faculty": true, "faculte": true, "facultad": true, "faculdade": true, "facolta": true}
	facultySubjects = map[string]bool{
		"medicine": true, "medical": true, "osteopathic": true, "dentistry": true, "dental": true,
		"surgery": true, "health": true, "science": true, "biomedical": true, "public": true,
		"pharmacy": true, "nursing": true, "human": true, "allied": true, "clinical": true,
		// French, Spanish, Portuguese and Italian faculties' subjects
		// ("Faculté de médecine et des sciences de la santé").
		"medecine": true, "medicina": true, "sante": true, "salud": true, "saude": true, "salute": true,
		"ciencia": true, "ciencias": true, "chirurgie": true, "cirugia": true,
	}
	medicalSubjects = map[string]bool{"medicine": true, "medical": true, "osteopathic": true, "health": true,
		"medecine": true, "medicina": true, "sante": true, "salud": true, "saude": true, "salute": true}
)

// facultyPhraseAt returns the length of a faculty phrase ("school medical
// dentistry") starting at tokens[i], or 0.
func facultyPhraseAt(tokens []string, i int) int {
	if !facultyHeads[tokens[i]] {
		return 0
	}
	j, medical := i+1, false
	for j < len(tokens) && facultySubjects[tokens[j]] {
		medical = medical || medicalSubjects[tokens[j]]
		j++
	}
	if !medical {
		return 0
	}
	return j - i
}

// core removes medical phrases from tokens. It returns tokens itself when
// nothing was removed or when nothing would be left.
func core(tokens []string) []string {
	var out []string
	removed := false
	for i := 0; i < len(tokens); {
		matched := 0
		for _, p := range medicalPhrases {
			if hasPrefix(tokens[i:], p) {
				matched = len(p)
				break
			}
		}
		matched = max(matched, facultyPhraseAt(tokens, i))
		for _, p := range campusPhrases {
			if tokens[i] == p[0] && len(tokens) > i+len(p) && hasPrefix(tokens[i:], p) {
				matched = max(matched, len(p))
			}
		}
		if matched > 0 {
			i += matched
			removed = true
			continue
		}
		out = append(out, tokens[i])
		i++
	}
	if !removed || len(out) == 0 {
		return tokens
	}
	return out
}

func hasPrefix(tokens, p []string) bool {
	if len(tokens) < len(p) {
		return false
	}
	for i := range p {
		if tokens[i] != p[i] {
			return false
		}
	}
	return true
}
