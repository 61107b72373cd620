package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// notNameWords are words that make a capitalised line a heading or a place,
// not a person's name.
var notNameWords = map[string]bool{
	"residents": true, "resident": true,
	// a determiner or a month no one is named ("This July, …"; "April",
	// "May", "June", "August" are given names), a delegate's office
	"this": true, "that": true, "these": true, "those": true, "each": true, "every": true,
	"january": true, "february": true, "july": true, "september": true, "october": true,
	"november": true, "december": true, "delegate": true, "delegates": true, "alternate": true, "medicine": true, "class": true, "school": true,
	"university": true, "college": true,
	// a school's word in its own language: "Universidad Nacional …", "Université Laval"
	"universidad": true, "universidade": true, "universite": true, "université": true, "universita": true,
	"università": true, "universitat": true, "universität": true, "universitatea": true, "facultad": true,
	"faculdade": true, "faculte": true, "faculté": true, "escuela": true, "escola": true, "instituto": true, "program": true, "team": true, "our": true, "meet": true,
	"hospital": true, "center": true, "centre": true, "department": true, "pgy": true, "chief": true,
	"interns": true, "intern": true, "faculty": true, "welcome": true, "contact": true, "news": true,
	"authors": true, "contributors": true, "mentees": true,
	"about": true, "year": true, "medical": true, "health": true, "institute": true, "curriculum": true,
	"the": true, "of": true, "and": true, "for": true, "apply": true, "faq": true, "home": true,
	"eligibility": true, "requirements": true, "education": true, "rotations": true, "clinic": true,
	"current": true, "hometown": true, "fellows": true, "staff": true, "alumni": true, "graduates": true,
	"program director": true, "director": true, "coordinator": true, "internal": true, "family": true,
	"surgery": true, "pediatrics": true, "psychiatry": true, "neurology": true, "sciences": true,
	"people": true, "house": true, "in": true, "at": true, "with": true, "without": true, "is": true, "are": true,
	"we": true, "your": true, "you": true, "my": true, "spouse": true, "photo": true, "residency": true,
	"schools": true, "name": true, "first": true, "second": true, "third": true, "new": true,
	"incoming": true, "cohort": true, "trainees": true, "a": true, "an": true, "to": true, "from": true,
	"on": true, "by": true, "more": true, "read": true, "view": true, "see": true, "all": true,
	"email": true, "phone": true, "fax": true, "address": true, "suite": true, "street": true,
	"avenue": true, "road": true, "drive": true, "blvd": true, "copyright": true, "rights": true,
	"reserved": true, "privacy": true, "policy": true, "terms": true, "map": true, "directions": true,
	"emergency": true, "general": true, "transitional": true, "anesthesiology": true, "radiology": true,
	"pathology": true, "obstetrics": true, "gynecology": true, "diagnostic": true, "physical": true,
	"recent": true, "posts": true, "post": true, "prospective": true, "applicants": true, "events": true,
	"upcoming": true, "quick": true, "links": true, "resources": true, "information": true, "info": true,
	"overview": true, "search": true, "login": true, "menu": true, "benefits": true, "salary": true,
	"wellness": true, "research": true, "schedule": true, "calendar": true, "gallery": true, "photos": true,
	"videos": true, "mission": true, "values": true, "vision": true, "leadership": true, "message": true,
	"goals": true, "housing": true, "location": true, "life": true, "living": true, "city": true,
	"community": true, "diversity": true, "inclusion": true, "visit": true, "tour": true, "interview": true,
	"application": true, "deadline": true, "dates": true, "important": true, "quality": true,
	"improvement": true, "simulation": true, "didactics": true, "conferences": true, "grand": true,
	"rounds": true, "journal": true, "club": true, "retreat": true, "awards": true, "publications": true,
	"fellowship": true, "fellowships": true, "match": true, "results": true, "list": true, "social": true,
	"media": true, "facebook": true, "twitter": true, "instagram": true, "linkedin": true, "youtube": true,
	"back": true, "top": true, "skip": true, "content": true, "main": true, "page": true, "next": true,
	"previous": true, "less": true, "open": true, "close": true, "toggle": true, "mychart": true,
	"pay": true, "bill": true, "call": true, "donate": true, "careers": true, "patients": true,
	"visitors": true, "locations": true, "billing": true, "hours": true, "doctor": true, "find": true,
	"announcement": true, "coming": true, "soon": true, "select": true, "profiles": true, "profile": true,
	"graduate": true, "graduated": true, "rotation": true, "elective": true, "electives": true,
	"admissions": true, "policies": true, "handbook": true, "guide": true, "guidebook": true, "manual": true, "brochure": true, "download": true,
	// a newsroom's sections: "Press Releases", "Newsroom", "Stories"
	"press": true, "release": true, "releases": true, "newsroom": true, "stories": true, "articles": true,
	"announcements": true, "archive": true, "archives": true, "blog": true,
	"questions": true, "frequently": true, "asked": true, "international": true, "requirement": true,
	"physician": true, "physicians": true, "committee": true, "council": true, "member": true, "members": true, "i'm": true, "i’m": true, "orientation": true,
	"spotlight": true, "conference": true, "association": true, "scholars": true, "scholar": true,
	// an event's or a body's name: "Case Report Competition", "Resident Doctors Union"
	"competition": true, "competitions": true, "contest": true, "contests": true, "tournament": true,
	"summit": true, "congress": true, "society": true, "federation": true, "union": true, "assembly": true,
	"graduation": true, "picnic": true, "panel": true, "forum": true, "symposium": true, "safety": true,
	"recruitment": true, "selection": true, "teaching": true, "service": true, "services": true,
	// an observance named for residents: "Resident Appreciation Week"
	"week": true, "appreciation": true, "awareness": true,
	// what an application asks for and how it is judged: list items of an
	// eligibility page ("Personal Statement", "Visa Status") are no people
	"letter": true, "letters": true, "statement": true, "statements": true, "criteria": true, "criterion": true,
	"status": true, "pathway": true, "pathways": true, "training": true, "required": true, "additional": true,
	"personal": true, "virtual": true, "interviewing": true, "interviews": true, "picture": true,
	"pictures": true, "visa": true, "visas": true, "process": true, "procedure": true, "procedures": true,
	"documents": true, "transcript": true, "transcripts": true, "scores": true, "score": true, "exam": true,
	"exams": true, "examination": true, "certificate": true, "certification": true, "license": true,
	"licensure": true, "recommendation": true, "recommendations": true, "evaluation": true, "evaluations": true,
	"vitae": true, "curriculum vitae": true, "checklist": true, "deadlines": true, "timeline": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"update": true, "updates": true, "track": true, "tracks": true,
	// questions and first person: "Why I Chose Yale" heads an essay
	"award": true, "prize": true, "teacher": true,
	"why": true, "how": true, "what": true, "i": true, "chose": true, "choose": true,
	// rotations and the schedule: a curriculum's lists under "PGY-1" look
	// like a class's names ("Night Float", "Critical Care", "Cardiología").
	// Words that are also common surnames (Ward, Day, Block) are left out.
	"night": true, "nights": true, "float": true, "wards": true, "jeopardy": true, "backup": true,
	"icu": true, "micu": true, "sicu": true, "cicu": true, "ccu": true, "nicu": true, "picu": true,
	"consult": true, "consults": true, "inpatient": true, "outpatient": true, "ambulatory": true,
	"continuity": true, "vacation": true, "selective": true, "selectives": true, "subspecialty": true,
	"subspecialties": true, "telemetry": true, "stepdown": true, "step-down": true, "critical": true,
	"cardiology": true, "nephrology": true, "oncology": true, "hematology": true,
	"gastroenterology": true, "endocrinology": true, "geriatrics": true, "rheumatology": true,
	"pulmonary": true, "pulmonology": true, "infectious": true, "disease": true, "diseases": true,
	"palliative": true, "hospice": true, "dermatology": true, "ophthalmology": true, "urology": true,
	"orthopedics": true, "neurosurgery": true, "otolaryngology": true, "toxicology": true,
	"management": true, "practice": true, "ultrasound": true, "nursery": true, "newborn": true,
	"hospitalist": true, "medicina": true, "cardiología": true, "cardiologia": true, "nefrología": true,
	"nefrologia": true, "geriatría": true, "geriatria": true, "reumatología": true, "reumatologia": true,
	"endocrinología": true, "endocrinologia": true, "gastroenterología": true, "gastroenterologia": true,
	"enfermedad": true, "infecciosa": true, "neumología": true, "neumologia": true, "oncología": true,
	"oncologia": true, "hematología": true, "hematologia": true, "urgencias": true, "pediatría": true,
}

// nameParticles may be lower case inside a name.
var nameParticles = map[string]bool{
	"de": true, "del": true, "della": true, "da": true, "dos": true, "van": true, "von": true,
	"der": true, "bin": true, "binti": true, "al": true, "el": true, "la": true, "le": true, "y": true, "di": true,
}

// degrees are the degree suffixes written after a name, without dots, upper case.
var degrees = map[string]bool{"MD": true, "DO": true, "MBBS": true, "MBCHB": true, "MBBCH": true, "PHD": true,
	"MPH": true, "MS": true, "MSC": true, "MBA": true, "DRPH": true, "FACP": true, "MMED": true,
	"MA": true, "BA": true, "BS": true, "MHS": true} // (a master's or bachelor's after a doctor's degree: "DO, MS, MA")

// mixedDegrees are degrees written in mixed case; others must be upper case
// (so that the surname "Do" is no degree).
var mixedDegrees = map[string]bool{"PhD": true, "Ph.D.": true, "MSc": true, "MBChB": true, "MBBCh": true, "DrPH": true}

// stripTitle removes a leading "Dr.", "Drs." or "Doctor" (dots are often
// left out: "Drs Ana Ruiz, Ben Ota").
func stripTitle(t string) string {
	if t == "" || t[0]|0x20 != 'd' {
		return t // (every title opens with a "D" or a "d": most lines open otherwise)
	}
	for _, p := range []string{"Dr. ", "Dr ", "DR. ", "dr. ", "Drs. ", "Drs ", "Doctor "} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(t[len(p):])
		}
	}
	return t
}

// militaryRanks are the ranks a military program writes before its
// residents' names ("CPT Jane Roe, MD", "Capt. John Doe, DO", "LT Ann Poe,
// MD", "MAJ Sam Loe", "Lt. Col. Ann Poe"), keyed by the rank's words lower
// case without dots: no part of the name. serviceMarks are the corps and
// services written after the degrees ("MC, USA", "USAF, MC"), read off a
// ranked name only (", USA" elsewhere may be a country).
var (
	militaryRanks = map[string]bool{"cpt": true, "capt": true, "captain": true, "lt": true, "1lt": true, "2lt": true,
		"1st lt": true, "2nd lt": true, "2d lt": true, "lieutenant": true, "first lieutenant": true, "second lieutenant": true,
		"ltjg": true, "lt jg": true, "lcdr": true, "lt cdr": true, "lt cmdr": true, "lieutenant commander": true,
		"cdr": true, "cmdr": true, "commander": true, "maj": true, "major": true, "ltc": true, "lt col": true, "ltcol": true,
		"lieutenant colonel": true, "col": true, "colonel": true, "ens": true, "ensign": true, "flt lt": true,
		"sqn ldr": true, "surg lt": true, "surg lt cdr": true}
	serviceMarks = map[string]bool{"mc": true, "usa": true, "usn": true, "usaf": true, "usar": true, "usnr": true,
		"usafr": true, "ang": true, "arng": true, "usphs": true, "msc": true, "fs": true, "mc usa": true, "mc usn": true,
		"usaf mc": true, "mc usaf": true}
)

// rankOpener reports a word that opens a rank of militaryRanks, as
// programs write it (its dot dropped): one switch, no lowering (every name
// line is asked).
func rankOpener(w string) bool {
	switch w {
	case "CPT", "Cpt", "CAPT", "Capt", "Captain", "LT", "Lt", "1LT", "2LT", "1Lt", "2Lt", "1st", "2nd", "2d", "Lieutenant",
		"First", "Second", "LTJG", "LCDR", "LCdr", "CDR", "Cdr", "CMDR", "Cmdr", "Commander", "MAJ", "Maj", "Major", "LTC",
		"LtCol", "LTCOL", "COL", "Col", "Colonel", "ENS", "Ens", "Ensign", "Flt", "FLT", "Sqn", "SQN", "Surg", "SURG":
		return true
	}
	return false
}

// rankBytes reports two bytes that may open a rank of rankOpener's: a
// cheap test of every name line before its first word is looked for.
func rankBytes(a, b byte) bool {
	switch a {
	case '1', '2':
		return true
	case 'C':
		return strings.IndexByte("PpAaDdMmOo", b) >= 0
	case 'L':
		return b == 'T' || b == 't' || b == 'C' || b == 'i'
	case 'M':
		return b == 'A' || b == 'a'
	case 'E':
		return b == 'N' || b == 'n'
	case 'F':
		return b == 'i' || b == 'l' || b == 'L'
	case 'S':
		return strings.IndexByte("eqQuU", b) >= 0
	}
	return false
}

// stripRank removes a military rank before a name, with a title after it
// ("CPT (Dr.) Jane Roe", "Capt. Dr. Jane Roe"), and the services after its
// degrees ("CPT Jane Roe, MD, MC, USA" → "Jane Roe, MD"); ok is false when
// t opens with no rank or when fewer than two words would be left.
func stripRank(t string) (string, bool) {
	if len(t) < 3 || !rankBytes(t[0], t[1]) {
		return t, false // (most names open otherwise)
	}
	end := 0
	for end < len(t) && end < 11 && t[end] != ' ' && t[end] != '.' {
		end++
	}
	if end == len(t) || !rankOpener(t[:end]) {
		return t, false
	}
	// the rank: one to three words, their dots dropped
	var key []byte
	at := -1
	rest := t
	for k := 0; k < 3; k++ {
		i := strings.IndexByte(rest, ' ')
		if i <= 0 || i > 10 {
			break
		}
		if len(key) > 0 {
			key = append(key, ' ')
		}
		for _, c := range []byte(rest[:i]) {
			if c == '.' {
				continue
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		rest = strings.TrimLeft(rest[i+1:], " ")
		if militaryRanks[string(key)] {
			at = len(t) - len(rest) // the longest rank wins ("Lt. Col." over "Lt.")
		}
	}
	if at < 0 {
		return t, false
	}
	name := strings.TrimLeft(t[at:], " ")
	for _, p := range []string{"(Dr.) ", "(Dr) ", "Dr. ", "Dr "} {
		name = strings.TrimPrefix(name, p)
	}
	// the services after the degrees: ", MC, USA", ", USAF, MC", " (USA)"
	for {
		name = strings.TrimRight(name, " ")
		name = strings.TrimSuffix(strings.TrimSuffix(name, ")"), "(")
		i := strings.LastIndexAny(name, ",(")
		if i < 0 {
			break
		}
		tok := strings.ToLower(strings.Trim(name[i+1:], " ()."))
		if !serviceMarks[tok] {
			break
		}
		name = name[:i]
	}
	name = strings.TrimRight(name, " ,")
	if !strings.Contains(stripDegrees(name), " ") {
		return t, false // "Major League": no name after the rank
	}
	return name, true
}

// officeTitles are offices a resident may hold in a council or a society,
// written before the name as a title ("Resident Council President Ada
// Moss", "Class Representative Lia Cruz"): no part of the name. Staff
// roles (director, dean, chair) stay, for the readers that refuse them.
var officeTitles = map[string]bool{"president": true, "vice": true, "vice-president": true, "co-president": true,
	"representative": true, "secretary": true, "treasurer": true, "delegate": true, "ambassador": true, "liaison": true}

// stripOffice removes office titles before a name, leaving two words at
// least.
func stripOffice(t string) string {
	for t != "" && strings.IndexByte("PVCRSTDAL", t[0]) >= 0 { // (the titles' first letters: most names start otherwise)
		i := strings.IndexByte(t, ' ')
		var buf [16]byte
		if i < 0 || i > len(buf) || !officeTitles[string(lowerInto(buf[:], t[:i]))] {
			return t
		}
		rest := strings.TrimLeft(t[i+1:], " ")
		if !strings.Contains(rest, " ") {
			return t
		}
		t = rest
	}
	return t
}

// stripDegrees removes trailing degrees: "Jane Smith, MD" → "Jane Smith".
func stripDegrees(t string) string {
	for k := 0; k < 4; k++ {
		t = trimDegreePunct(t)
		i := len(t) - 1 // strings.LastIndexAny(t, " ,")
		for i >= 0 && t[i] != ' ' && t[i] != ',' {
			i--
		}
		tok := t[i+1:]
		if i < 0 || !isDegree(tok) || !isUpper(tok) && !mixedDegrees[tok] {
			break
		}
		t = t[:i]
	}
	return trimDegreePunct(t)
}

// trimDegreePunct is strings.TrimRight(t, ",. ").
func trimDegreePunct(t string) string {
	for t != "" && (t[len(t)-1] == ',' || t[len(t)-1] == '.' || t[len(t)-1] == ' ') {
		t = t[:len(t)-1]
	}
	return t
}

// notNameBytes are the characters no name contains.
var notNameBytes = func() (set [256]bool) {
	for _, c := range []byte("0123456789:;!?@/|()\"") {
		set[c] = true
	}
	return set
}()

// hasNotNameByte is strings.ContainsAny(t, "0123456789:;!?@/|()\"") with
// the set built once.
func hasNotNameByte(t string) bool {
	for i := 0; i < len(t); i++ {
		if notNameBytes[t[i]] {
			return true
		}
	}
	return false
}

// isDegree reports whether tok, dots removed and upper-cased, is a degree.
func isDegree(tok string) bool {
	var buf [8]byte
	n := 0
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c == '.':
			continue
		case c >= utf8.RuneSelf || n == len(buf):
			return false // no degree is that long or non-ASCII
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return degrees[string(buf[:n])]
}

// isUpper reports whether strings.ToUpper(s) == s.
func isUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.ToUpper(s) == s
		} else if c >= 'a' && c <= 'z' {
			return false
		}
	}
	return true
}

// trimNamePunct is strings.Trim(w, ".,'") without building the cut set's
// table at every call: nameWords and wordMayName trim every word they read
// (TestTrimNamePunct, FuzzTrimNamePunct).
func trimNamePunct(w string) string {
	i, j := 0, len(w)
	for i < j && (w[i] == '.' || w[i] == ',' || w[i] == '\'') {
		i++
	}
	for j > i && (w[j-1] == '.' || w[j-1] == ',' || w[j-1] == '\'') {
		j--
	}
	return w[i:j]
}

// lowerInto returns strings.ToLower(s), written into buf when s is short
// ASCII (the common case: no allocation).
//
// (Eight bytes a step while they are ASCII: each capital found by two
// additions, its high bit, and lowered by its 0x20 bit. Every name word and
// map key is lowered here. TestLowerInto and FuzzLowerInto hold it to the
// byte-by-byte reading, lowerIntoByByte.)
func lowerInto(buf []byte, s string) []byte {
	if len(s) > len(buf) {
		return []byte(strings.ToLower(s))
	}
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&hiBits != 0 {
			return []byte(strings.ToLower(s))
		}
		// a byte c < 0x80 is a capital when c+0x3f has its high bit
		// (c >= 'A') and c+0x25 has not (c <= 'Z'); no sum carries out
		// of its byte
		upper := (x + 0x3f3f3f3f3f3f3f3f) &^ (x + 0x2525252525252525) & hiBits
		x |= upper >> 2
		b := buf[i : i+8]
		b[0], b[1], b[2], b[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
		b[4], b[5], b[6], b[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return []byte(strings.ToLower(s))
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)]
}

// personName returns the name a line holds when the whole line is a
// person's name: "Dr. Jane Smith, MD", "Smith, Jane", "José García-López".
// "Last, First" is turned round to "First Last".
func personName(t string) (string, bool) {
	return personNameOf(t, false)
}

// personNameOf is personName; degreed says the line binds the words to a
// person — degrees or a training year after them ("Henry Colorado, MD",
// "Henry Colorado, PGY-1") — so a state as the last word is a surname, not
// the place a heading's fragment names ("… Love Michigan").
func personNameOf(t string, degreed bool) (string, bool) {
	t = strings.TrimSpace(t)
	if r, ok := stripRank(t); ok {
		t, degreed = r, true // a rank binds the words after it to a person
	}
	if quoteOrParen.index(t) >= 0 {
		t = dropNickname(t)
	}
	if t == "" || len(t) > 60 || hasNotNameByte(t) || !strings.Contains(t, " ") {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(t); !unicode.IsUpper(r) {
		return "", false
	}
	t = stripTitle(t)
	t = stripOffice(t)
	u := stripDegrees(t)
	if len(u) < len(trimDegreePunct(t)) {
		degreed = true
	}
	t = u
	var words int
	if i := strings.IndexByte(t, ','); i >= 0 {
		last, first := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
		if strings.Contains(first, ",") || first == "" {
			return "", false
		}
		nl, nf := nameWords(last), nameWords(first)
		if nl == 0 || nf == 0 {
			return "", false
		}
		if isStateCode(first) {
			return "", false
		}
		t, words = first+" "+last, nl+nf
	} else if words = nameWords(t); words == 0 {
		return "", false
	}
	if words < 2 || words > 5 || isCountry(t) || !degreed && usStateLast(t) {
		return "", false // ("United States", "Sri Lanka", "Love Michigan": a place)
	}
	if singleSpaced(t) {
		return t, true // already strings.Join(strings.Fields(t), " ")
	}
	return strings.Join(strings.Fields(t), " "), true
}

// nickname is a quoted or parenthesised one-word nickname between a first
// name (or two given names) and the rest: `Katherine "Katie" Lee`,
// "Olusegun (Segun) Adeyemi", "Min Suk (Sam) Han".
var nickname = regexp.MustCompile(`^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)\s+(?:"[\p{L}'’-]+"|“[\p{L}'’-]+”|\([\p{L}'’-]+\))\s+(\p{Lu}.*)$`)

// dropNickname removes a nickname from a name line; any other line is
// returned as it is.
func dropNickname(t string) string {
	if !nicknameMay(t) {
		return t
	}
	if m := nickname.FindStringSubmatch(t); m != nil {
		return m[1] + " " + m[2]
	}
	return t
}

// nicknameMay is a necessary condition of a nickname match in t: the
// nickname's quote or parenthesis right after the white space that ends t's
// first word (the first name holds no white space). "Jane Doe (PGY-2)",
// "Jane Doe, MD (Ross)" run no expression.
func nicknameMay(t string) bool {
	i := 0
	for i < len(t) && !isRESpace(t[i]) {
		i++
	}
	if i == 0 || i == len(t) {
		return false
	}
	i = reSpaceEnd(t, i)
	if i < len(t) && (t[i] == '"' || t[i] == '(' || strings.HasPrefix(t[i:], "“")) {
		return true
	}
	if i == len(t) || (t[i] < 'A' || t[i] > 'Z') && t[i] < utf8.RuneSelf {
		return false
	}
	// after a second given name, and with a name after it: "Min Suk (Sam)
	// Han" ("Jane Doe (PGY-2)" ends at its parenthesis)
	for i < len(t) && !isRESpace(t[i]) {
		i++
	}
	if i == len(t) {
		return false
	}
	i = reSpaceEnd(t, i)
	if i == len(t) || t[i] != '"' && t[i] != '(' && !strings.HasPrefix(t[i:], "“") {
		return false
	}
	k := strings.IndexAny(t[i+1:], "\")”")
	if k < 0 {
		return false
	}
	k = reSpaceEnd(t, i+1+k+1)
	return k < len(t) && (t[k] >= 'A' && t[k] <= 'Z' || t[k] >= utf8.RuneSelf)
}

// singleSpaced reports whether t has no leading, trailing, repeated or
// non-space whitespace, so that joining its fields gives t back.
//
// (Eight bytes a step while they hold no byte below a space; a double space
// is found by strings.Index. Statements' normal forms, block texts and name
// lines all ask it: FuzzIsClean holds it to the byte-by-byte reading.)
func singleSpaced(t string) bool {
	if t == "" || t[0] == ' ' || t[len(t)-1] == ' ' {
		return false
	}
	i := 0
	for ; i+8 <= len(t); i += 8 {
		x := load64(t, i)
		if x&hiBits != 0 {
			return false // (non-ASCII may be a Unicode space: take the slow path)
		}
		if (x-0x2020202020202020)&^x&hiBits != 0 {
			break // a byte below a space, white or not: read byte by byte
		}
	}
	for ; i < len(t); i++ {
		switch c := t[i]; {
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c >= utf8.RuneSelf:
			return false
		}
	}
	return !strings.Contains(t, "  ")
}

// nameWords reports whether every word is capitalised (or an initial or a
// particle) and none is a heading word: 0 when not, else the number of words
// (len(strings.Fields(t))).
func nameWords(t string) int {
	n, caps, plain := 0, 0, 0
	for w := range strings.FieldsSeq(t) {
		n++
		if n > 1 && len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z' {
			caps++
			continue // a middle initial ("Ali A. Khan"), not the article "a"
		}
		var buf [24]byte
		lw := lowerInto(buf[:], trimNamePunct(w))
		class := nameClassOf(lw) // (one look-up for the three lists)
		if class&classNotName != 0 || possessive(lw) || participle(lw) {
			return 0
		}
		if class&classParticle != 0 {
			continue
		}
		if class&classCommonNoun == 0 {
			plain++
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return 0
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '-' && c != '\u2019' {
				return 0
			}
		}
		if len(w) > 3 && isUpper(w) && !strings.Contains(w, ".") {
			return 0 // an acronym: "AIIMS", "UCSF"
		}
		caps++
	}
	if caps == 0 || plain == 0 {
		return 0 // (plain: every word is an ordinary noun, "Board Review Course")
	}
	return n
}

// nameWordClass holds, by lower-case word, which of notNameWords,
// nameParticles and commonNouns hold it: nameWords asks the three of every
// word.
var nameWordClass = func() map[string]uint8 {
	m := make(map[string]uint8, len(notNameWords)+len(nameParticles)+len(commonNouns))
	for _, l := range []struct {
		words map[string]bool
		bit   uint8
	}{{notNameWords, classNotName}, {nameParticles, classParticle}, {commonNouns, classCommonNoun}} {
		for w, ok := range l.words {
			if ok {
				m[w] |= l.bit
			}
		}
	}
	return m
}()

// nameClassOf is nameWordClass[string(lw)], the map asked only when
// nameWordBits says lw may be one of its words: most words of a name line
// ("Jane", "Smith") are none, and the filter's bit costs a few
// instructions where the map's look-up hashed the word.
func nameClassOf(lw []byte) uint8 {
	if n := len(lw); n > 0 {
		h := nameWordHash(lw)
		if nameWordBits[h>>6]&(1<<(h&63)) == 0 {
			return 0
		}
	}
	return nameWordClass[string(lw)]
}

// nameWordHash mixes a word's length and its first, second and last bytes
// into nameWordBits' 4,096 places.
func nameWordHash(lw []byte) uint32 {
	n := len(lw)
	return (uint32(n)*0x9e37 ^ uint32(lw[0])*0x85eb ^ uint32(lw[min(1, n-1)])*0xc2b3 ^ uint32(lw[n-1])*0x27d5) & 4095
}

// nameWordBits has the bit of nameWordHash set for every word of
// nameWordClass: a word whose bit is clear is none of them.
var nameWordBits = func() *[64]uint64 {
	var b [64]uint64
	for w := range nameWordClass {
		if w != "" {
			h := nameWordHash([]byte(w))
			b[h>>6] |= 1 << (h & 63)
		}
	}
	return &b
}()

const (
	classNotName uint8 = 1 << iota
	classParticle
	classCommonNoun
)

// usStateNames are the US states no given name or surname is spelt like
// (Washington, Georgia, Virginia, Carolina, Dakota, Montana, Indiana and
// the two-word states are left out), lower case.
var usStateNames = map[string]bool{
	"alabama": true, "alaska": true, "arizona": true, "arkansas": true, "california": true,
	"colorado": true, "connecticut": true, "delaware": true, "florida": true, "hawaii": true,
	"idaho": true, "illinois": true, "iowa": true, "kansas": true, "kentucky": true, "louisiana": true,
	"maryland": true, "massachusetts": true, "michigan": true, "minnesota": true, "mississippi": true,
	"missouri": true, "nebraska": true, "nevada": true, "ohio": true, "oklahoma": true, "oregon": true,
	"pennsylvania": true, "tennessee": true, "texas": true, "utah": true, "vermont": true,
	"wisconsin": true, "wyoming": true,
}

// usStateLast reports a phrase whose last word is a US state: a heading's
// fragment glued before a name reader ("… Love Michigan", "Pure Ohio") is a
// place, not a surname.
func usStateLast(t string) bool {
	i := strings.LastIndexByte(t, ' ')
	var buf [24]byte
	return usStateNames[string(lowerInto(buf[:], strings.TrimRight(t[i+1:], ".,")))]
}

// commonNouns are ordinary words of a program's pages (benefits, documents,
// contracts, leave, time) that are nobody's given name or surname: a
// capitalised phrase made of them alone ("Board Review Course", "Appointment
// Contract", "Moving Allowance", "Sick Leave") is a heading or a document's
// name, not a person. A name needs one word outside the list. Words that
// are also common names (Grace, Hope, June, Park, Hill, Ward, Bell, Price,
// Grant, Love, Day, Hall) are left out on purpose; TestCommonNounsAreNoNames
// checks the list against testweb's name banks.
var commonNouns = map[string]bool{
	"course": true, "courses": true, "contract": true, "contracts": true, "review": true, "reviews": true,
	"board": true, "boards": true, "appointment": true, "appointments": true, "agreement": true,
	"agreements": true, "form": true, "forms": true, "manual": true, "manuals": true, "leave": true,
	"time": true, "fee": true, "fees": true, "allowance": true, "allowances": true, "pass": true,
	"card": true, "cards": true, "stipend": true, "stipends": true, "fund": true, "funds": true,
	"funding": true, "meal": true, "meals": true, "parking": true, "moving": true, "relocation": true,
	"licensing": true, "reimbursed": true, "reimbursement": true, "sick": true, "insurance": true,
	"dental": true, "disability": true, "coverage": true, "plan": true, "plans": true, "coat": true,
	"coats": true, "lab": true, "travel": true, "book": true, "books": true, "loan": true, "loans": true,
	"membership": true, "memberships": true, "dues": true, "meeting": true, "meetings": true,
	"salaries": true, "benefit": true, "package": true, "parental": true, "maternity": true,
	"paternity": true, "holiday": true, "holidays": true, "days": true, "academic": true,
	"educational": true, "duty": true, "moonlighting": true, "lounge": true, "food": true,
	"supplies": true, "equipment": true, "laptop": true, "ipad": true, "device": true, "pager": true,
	"uniform": true, "uniforms": true, "scrubs": true, "offer": true, "signed": true, "background": true,
	"check": true, "checks": true, "drug": true, "screen": true, "screening": true, "immunization": true,
	"immunizations": true, "vaccination": true, "vaccinations": true, "record": true, "records": true,
	"verification": true, "diploma": true, "diplomas": true, "copy": true, "copies": true, "proof": true,
	"passport": true, "career": true, "careers": true, "guide": true, "guidelines": true, "paid": true,
	"annual": true, "free": true, "protected": true, "pure": true, "beautiful": true, "sabbatical": true,
	"bonus": true, "fitness": true, "gym": true, "access": true, "tuition": true, "assistance": true,
	"employee": true, "employment": true, "contractual": true, "rules": true, "regulations": true,
	"handbooks": true, "orientation": true, "onboarding": true, "hiring": true, "onsite": true,
	"childcare": true, "lactation": true, "discount": true, "discounts": true, "retirement": true,
	"pension": true, "savings": true, "account": true, "accounts": true, "medical": true, "exam": true,
}

// possessive reports a word ending in "'s": "Dean's Letter", "Director's
// Welcome" are headings, not names (an apostrophe inside a name, "O'Neil",
// is followed by more than an s).
func possessive(lw []byte) bool {
	n := len(lw)
	return n > 2 && lw[n-1] == 's' && (lw[n-2] == '\'' || n > 4 && string(lw[n-4:n-1]) == "\u2019")
}

// participleEnds are endings of English past participles that no name
// has: a page widget's label ("Selected Podcast", "Featured Speaker",
// "Related Stories", "Sponsored Content") is a participle and a noun, not
// a first and a last name. (Names end in "-ed" too: Ahmed, Saeed, Khaled,
// Jared, Mohammed; none of them so.)
var participleEnds = []string{"ected", "ated", "ured", "ored", "ished", "orted", "ended", "ested"}

// participle reports a lower-case word of seven or more letters with a
// past participle's ending.
func participle(lw []byte) bool {
	if len(lw) < 7 || lw[len(lw)-1] != 'd' {
		return false
	}
	for _, e := range participleEnds {
		if len(lw) > len(e) && string(lw[len(lw)-len(e):]) == e {
			return true
		}
	}
	return false
}

func isStateCode(s string) bool {
	return len(s) == 2 && s == strings.ToUpper(s) || apStates[s] || apStates[s+"."] // (a trailing dot may be trimmed)
}

// apStates are the newspaper (AP) abbreviations of US states: a dateline
// "Albany, Ga." is a place, not "Last, First".
var apStates = map[string]bool{
	"Ala.": true, "Ariz.": true, "Ark.": true, "Calif.": true, "Colo.": true, "Conn.": true, "Del.": true,
	"Fla.": true, "Ga.": true, "Ill.": true, "Ind.": true, "Kan.": true, "Ky.": true, "La.": true, "Md.": true,
	"Mass.": true, "Mich.": true, "Minn.": true, "Miss.": true, "Mo.": true, "Mont.": true, "Neb.": true,
	"Nev.": true, "N.H.": true, "N.J.": true, "N.M.": true, "N.Y.": true, "N.C.": true, "N.D.": true,
	"Okla.": true, "Ore.": true, "Pa.": true, "R.I.": true, "S.C.": true, "S.D.": true, "Tenn.": true,
	"Tex.": true, "Vt.": true, "Va.": true, "Wash.": true, "W.Va.": true, "Wis.": true, "Wyo.": true, "D.C.": true,
}

// notFirstNames are capitalised single words that lists put where first
// names go: days, seasons, places and words of a program's life.
var notFirstNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
	"today": true, "tomorrow": true, "yesterday": true, "congratulations": true, "thanks": true,
	"others": true, "everyone": true, "former": true, "past": true, "apply": true, "yes": true, "no": true,
}

// andComma writes a list's "and" and "&" as commas.
var andComma = strings.NewReplacer(" and ", ",", " & ", ",")

// firstNames reads a list of first names alone: "Ana, Ben and Carla",
// "Ashley & Stephanie", "Priya". Each part is one capitalised word of three
// or more letters that is no heading word, month, day, place or acronym; a
// list with any other part is no list of names (nil).
func firstNames(t string) []string {
	t = strings.TrimRight(strings.TrimSpace(t), ".!")
	if t == "" || len(t) > 80 || hasNotNameByte(t) {
		return nil
	}
	parts := []string{t} // no comma, "&" or "and": the text is the one part (most lines, and no list to split)
	if strings.IndexByte(t, ',') >= 0 || strings.IndexByte(t, '&') >= 0 || strings.Contains(t, " and ") {
		parts = strings.FieldsFunc(andComma.Replace(t), func(r rune) bool { return r == ',' })
	}
	var out []string
	for _, p := range parts {
		w := strings.TrimSpace(p)
		if strings.ContainsAny(w, " .") || utf8.RuneCountInString(w) < 3 || nameWords(w) != 1 || isUpper(w) {
			return nil
		}
		lw := strings.ToLower(w)
		if notFirstNames[lw] || monthNames[lw] || isCountry(w) || notNameWords[lw] {
			return nil
		}
		out = append(out, w)
	}
	return out
}
