package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Patterns over normalised text for stated IMG and resident counts.
var (
	// imgWord is what names IMGs (imgWordIn reads it by hand; the
	// expression is kept as its definition, which a test holds it to).
	imgWord      = mustGate(`\bimgs?\b|international (?:medical )?graduates|foreign medical graduates|\bfmgs?\b|(?:international|foreign|overseas) medical schools?|medical schools? (?:outside|abroad)`, "img", "international", "foreign", "fmg", "medical school")
	countOfTotal = startedOf(mustGate(`\b(\d{1,3}) (?:of|out of) (?:our |the |all )?(?:current )?(\d{1,3})\b(?: (?:current )?(?:residents|interns|trainees|house ?staff|physicians|resident physicians))?`, " of "), func(s string, i int) bool { return numberStart(s, i, " ") }).startingWith("0123456789", false)
	countSlash   = regexp.MustCompile(`^(\d{1,3})\s*(?:/|of|out of)\s*(\d{1,3})\b`)
	imgCount     = startedOf(mustGate(`\b(?:we have|there are|currently|includes?|including|has|have|with|are)\s+(\d{1,3})\s+(?:imgs?|international medical graduates|international graduates|fmgs?)\b|\b(\d{1,3})\s+(?:of (?:our|the|them) (?:residents )?)?(?:are )?(?:imgs?|international medical graduates)\b`, "img", "international", "fmg"), func(s string, i int) bool { return numberStart(s, i, " \t\n\f\r") || wordsStart(s, i, imgCountWords) }).startingWith("0123456789wtciha", false)
	// totalThenIMG is the total before the count: "of our 24 residents, 9
	// are IMGs" (group 1 the total, group 2 the IMGs).
	totalThenIMG = startedOf(mustGate(`\bof (?:our|the|all|its|their) (?:current |\w+ )?(\d{1,3}) (?:current )?(?:residents|interns|trainees|house ?staff|resident physicians)(?: in (?:our|the|this) \w+| (?:who|that) [^,.;]{1,40})?,? (\d{1,3}) (?:are|were|is|graduated|trained|studied|attended|came|come)\b`, "of our", "of the", "of all", "of its", "of their"), func(s string, i int) bool { return wordsStart(s, i, ofWord) }).startingWith("o", false)
	// totalWhomIMG is a total, then its IMGs: "36 residents, 14 of whom
	// are IMGs" (group 1 the total, group 2 the IMGs).
	totalWhomIMG = startedOf(mustGate(`\b(\d{1,3}) (?:current |categorical )?(?:residents|interns|trainees|house ?staff|resident physicians)\b[^.;]{0,30}?,? (\d{1,3}) of (?:whom|them) (?:are|were)\b`, " of whom", " of them"), func(s string, i int) bool { return numberStart(s, i, " ") }).startingWith("0123456789", false)
	// imgAmong is a count, then its total: "6 IMGs among our 24
	// residents", "6/24 residents are IMGs".
	imgAmong = startedOf(mustGate(`\b(\d{1,3}) (?:imgs?|fmgs?|international (?:medical )?graduates) (?:among|out of|of) (?:(?:our|the|its|all) )?(\d{1,3}) (?:current )?(?:residents|interns|trainees|house ?staff|resident physicians)\b|\b(\d{1,3}) ?/ ?(\d{1,3}) (?:current )?(?:residents|interns|trainees|resident physicians)\b`, "among", "out of", "of our", "of the", "of its", "of all", "/"), func(s string, i int) bool { return numberStart(s, i, " /") }).startingWith("0123456789", false)
	// imgAndHome is a class split in two: "7 IMGs and 3 US graduates", "6
	// US graduates and 4 international medical graduates" (groups 1 and 4
	// the IMGs, 2 and 3 the others).
	imgAndHome = startedOf(mustGate(`\b(?:(\d{1,3}) (?:imgs?|fmgs?|international (?:medical )?graduates)(?: \([^)]*\))?,? and (\d{1,3}) `+homeGrads+`|(\d{1,3}) `+homeGrads+`(?: \([^)]*\))?,? and (\d{1,3}) (?:imgs?|fmgs?|international (?:medical )?graduates))\b`, "img", "fmg", "international"), func(s string, i int) bool { return numberStart(s, i, " ") }).startingWith("0123456789", false)
	totalCount = startedOf(mustGate(`\b(?:we have|there are|has|have|consists of|a total of|total of|includes?|training|comprised of|complement of)\s+(?:a total of\s+)?(\d{1,3})\s+(?:categorical\s+)?(?:residents|resident physicians|trainees|house ?staff)\b|^(\d{1,3})\s+residents\b`, "resident", "trainee", "staff"), func(s string, i int) bool { return i == 0 && isDigit(s[0]) || wordsStart(s, i, totalCountWords) }).startingWith("0123456789wthcai", false)
)

// The count expressions open with \b and a number or a group of words: the
// regexp package tried each at every character of a sentence. Each runs
// only where one of its matches can start (startedRegexp): a number of one
// to three digits followed by what follows it there (numberStart), or one
// of the words it opens with (wordsStart).
var (
	imgCountWords    = []string{"we have", "there are", "currently", "include", "including", "has", "have", "with", "are"}
	totalCountWords  = []string{"we have", "there are", "has", "have", "consists of", "a total of", "total of", "include", "training", "comprised of", "complement of"}
	ofWord           = []string{"of "}
	physiciansStarts = []string{"usa", "american", "nation", "country's", "physicians", "doctors"}
)

// numberStart reports a run of one to three digits opening a word at s[i],
// followed by one of the bytes of after.
func numberStart(s string, i int, after string) bool {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j > i && j-i <= 3 && j < len(s) && strings.IndexByte(after, s[j]) >= 0 && wordStart(s, i)
}

// wordsStart reports one of ws opening a word at s[i].
func wordsStart(s string, i int, ws []string) bool {
	if !wordStart(s, i) {
		return false
	}
	for _, w := range ws {
		if strings.HasPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// imgWordIn is imgWord.MatchString(s), read by hand: the expression, with
// no letter to open every match, was tried at every byte of a sentence
// (some forty thousand instructions a sentence about IMGs).
func imgWordIn(s string) bool {
	if wordWithS(s, "img") || wordWithS(s, "fmg") {
		return true
	}
	if strings.Contains(s, "graduates") && (strings.Contains(s, "international graduates") ||
		strings.Contains(s, "international medical graduates") || strings.Contains(s, "foreign medical graduates")) {
		return true
	}
	if !strings.Contains(s, "medical school") {
		return false
	}
	for _, w := range []string{"international medical school", "foreign medical school", "overseas medical school",
		"medical school outside", "medical schools outside", "medical school abroad", "medical schools abroad"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// wordWithS reports w or w+"s" as a whole word of s (`\bws?\b`; w opens
// and ends with a word character).
func wordWithS(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(w)
		if e < len(s) && s[e] == 's' {
			e++
		}
		if (j == 0 || !isWordByte(s[j-1])) && (e == len(s) || !isWordByte(s[e])) {
			return true
		}
		i = j + 1
	}
}

// andNumber reports " and " before a digit, which every match of
// imgAndHome holds (its two counts are joined so): the expression opens
// with no letter either.
func andNumber(low string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], " and ")
		if j < 0 {
			return false
		}
		i += j + 5
		if i < len(low) && isDigit(low[i]) {
			return true
		}
		i -= 1 // " and and 3": the next " and " may share this one's last space
	}
}

// countScope are the words of a count taken over more than this program's
// residents: the country or a state, a year's match, a survey, a study or
// a report, a firm and its clients, programs, hospitals or applicants in
// the plural, another's program ("Dr. Lee's program"). A count among them
// is this program's only when the program owns its roster noun
// (ownRoster: "of our 24 residents", "we have").
var countScope = []string{"nationally", "nationwide", "national", "across the country", "across the nation", "in the country",
	"across the state", "statewide", "each year", "every year", "annually", "per year", "survey", "surveyed", "study",
	"studies", "studied", "report", "reported", "according to", "data", "firm", "firms", "client", "clients", "attorney",
	"attorneys", "helped", "assisted", "represent", "represents", "represented", "placed", "programs", "hospitals",
	"institutions", "residencies", "specialties", "applicants", "who match", "matches", "the match", "statistics"}

// othersProgram are a program another owns ("the hospital's program", "Dr.
// Lee's residency"): countScope's, found as they stand.
var othersProgram = []string{"'s program", "'s residency", "’s program", "’s residency"}

// ownRoster is the program owning the roster a count is of: "our 24
// residents", "our program", "we have", "the program has".
// (Run only where "our", "we", "this" or "the" opens a word: the
// expression opens with a word boundary, and the regexp package tried it
// at every character, 38k instructions a statement. Its gate's words are
// given, not derived: a derivation costs about 1M instructions at package
// start.)
var ownRoster = startedOf(mustGate(`\b(?:our|we)\s+(?:[\w/-]+\s+){0,2}?(?:residents?|interns?|residency|program|class|classes|trainees|house ?staff)\b|\bwe\s+(?:currently\s+|now\s+)?(?:have|had|welcomed?|matched|train)\b|\b(?:this|the)\s+(?:program|residency)\s+(?:has|had|includes?|trains|welcomed?)\b`,
	"our", "we", "program", "residency"), func(s string, i int) bool { return wordsStart(s, i, ownRosterStarts) }).startingWith("owt", false)

// ownRosterStarts are the words a match of ownRoster opens with.
var ownRosterStarts = []string{"our", "we", "this", "the"}

// countElsewhere reports a count statement (low) whose scope is wider
// than this program, or another's, with no roster of the program's own.
func countElsewhere(low string) bool {
	return (countScopeWords.in(low) || containsOneOf(low, othersProgram...)) && !ownRoster.MatchString(low)
}

// countScopeWords finds countScope's words as whole words of a normalised
// text, byte for byte (hasAnyWord(low, countScope)) in one pass, where a
// search a word read the text 45 times.
var countScopeWords = newCasedWholeWords(countScope)

// ungroupDigits writes numbers with thousands' commas without them
// ("7,000" as "7000"), so that no count reads a group alone ("000 of the
// 30").
func ungroupDigits(low string) string {
	if !strings.Contains(low, ",") {
		return low
	}
	var b []byte
	for i := 0; i < len(low); i++ {
		if low[i] == ',' && i > 0 && isDigit(low[i-1]) && i+3 < len(low) && isDigit(low[i+1]) && isDigit(low[i+2]) && isDigit(low[i+3]) && (i+4 == len(low) || !isDigit(low[i+4])) {
			if b == nil {
				b = append(make([]byte, 0, len(low)), low[:i]...)
			}
			continue
		}
		if b != nil {
			b = append(b, low[i])
		}
	}
	if b == nil {
		return low
	}
	return string(b)
}

// countrysPhysicians matches the physicians of the country, or a count
// taken over it ("US doctors", "physicians in the United States", "the
// nation's physicians", "nationally"): a statistic of the workforce, not
// of one program's residents.
var countrysPhysicians = startedOf(mustGate(`\b(?:usa|american|national|nation's|country's)\s+(?:practicing\s+|practising\s+|licensed\s+)?(?:physicians|doctors|physician workforce|workforce)\b|`+
	`\b(?:physicians|doctors)\s+(?:practicing\s+|practising\s+|working\s+)?(?:in|across|throughout|of)\s+(?:the\s+)?(?:usa|america|country|nation)\b|\bnationally\b|\bnationwide\b`,
	"usa", "american", "national", "nation", "country"),
	func(s string, i int) bool { return wordsStart(s, i, physiciansStarts) }).startingWith("uanpdc", false)

// physiciansWords are words every match of countrysPhysicians holds (each
// alternative names physicians, doctors or the workforce, or says
// "nationally" or "nationwide"): a cheap necessary condition read before
// the expression, whose own hints ("national" in "international medical
// graduates") let it run on most sentences about IMGs.
var physiciansWords = []string{"physicians", "doctors", "workforce", "nationally", "nationwide"}

// mayCountrysPhysicians reports whether low holds one of physiciansWords:
// false when countrysPhysicians cannot match.
func mayCountrysPhysicians(low string) bool {
	for _, w := range physiciansWords {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// homeGrads are graduates of US schools, as a count names them (the
// statement's text writes "US" as "usa").
const homeGrads = `(?:amgs?|(?:usa?|u\.s\.?|american|usa medical|us medical|domestic|usa-trained|us-trained|md(?:/do)?) graduates|graduates of (?:usa?|american) (?:medical )?schools)`

// countCues finds, in one pass over a statement, the words countRules
// asks of it (a search a word before): what speaks of IMGs (cueIMGish; of
// a question, cueIMGAsked), a role and a verb or word of a total
// (cueRole, cueTotal), a percentage (cuePercent).
var countCues = newKeywordSet([]string{"img", "graduate", "fmg", "medical school"}, []string{"img", "graduate"},
	[]string{"resident", "trainee", "staff"}, []string{"ha", "total", "consist", "complement", "there are", "includ"},
	[]string{"%", "percent"})

// countCues' groups.
const (
	cueIMGish = 1 << iota
	cueIMGAsked
	cueRole
	cueTotal
	cuePercent
)

// countRules reads aggregate statements such as "11 of our 20 residents are
// IMGs" and "we have 6 IMG residents".
func countRules(st *stmt, c *collector) {
	low := st.low
	if !strings.ContainsAny(low, "0123456789") {
		return
	}
	words := countCues.find(low, 0)
	imgish := words&cueIMGish != 0 || countCues.find(st.qLow, cueIMGAsked)&cueIMGAsked != 0
	totalish := words&cueRole != 0 && words&cueTotal != 0
	if !imgish && !totalish {
		return
	}
	if mayCountrysPhysicians(low) && countrysPhysicians.MatchString(low) && !programVoice.MatchString(low) {
		return // "1 of 4 physicians in the US is an IMG": the country's, no program's roster
	}
	if countElsewhere(low) {
		return // "7,000 of the 30,000 graduates who match each year", "our firm has helped 150 IMG residents"
	}
	low = ungroupDigits(low)
	label := st.q != "" && !st.qWeak
	imgCtx := imgWordIn(low) || label && imgWordIn(st.qLow)
	percent := words&cuePercent != 0
	if imgCtx && !percent && c.addIMGOfTotal(countOfTotal.FindStringSubmatch(low), st) {
		return
	}
	if label && imgWordIn(st.qLow) && c.addIMGOfTotal(countSlash.FindStringSubmatch(low), st) {
		return
	}
	if imgCtx && !percent {
		if m := totalThenIMG.FindStringSubmatch(low); m != nil && c.addIMGOfTotal([]string{m[0], m[2], m[1]}, st) {
			return
		}
		if m := totalWhomIMG.FindStringSubmatch(low); m != nil && c.addIMGOfTotal([]string{m[0], m[2], m[1]}, st) {
			return
		}
		if m := imgAmong.FindStringSubmatch(low); m != nil && c.addIMGOfTotal([]string{m[0], m[1] + m[3], m[2] + m[4]}, st) {
			return
		}
		if andNumber(low) { // else imgAndHome cannot match
			if m := imgAndHome.FindStringSubmatch(low); m != nil {
				a, _ := strconv.Atoi(m[1] + m[4])
				b, _ := strconv.Atoi(m[2] + m[3])
				if c.addIMGOfTotal([]string{m[0], strconv.Itoa(a), strconv.Itoa(a + b)}, st) {
					return
				}
			}
		}
	}
	if percent {
		return
	}
	if numberThen(low, imgCountNext) { // else imgCount cannot match
		if m := imgCount.FindStringSubmatch(low); m != nil {
			n, _ := strconv.Atoi(m[1] + m[2])
			c.add(imgfriendly.FieldIMGCount, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
		}
	}
	if !numberThen(low, totalCountNext) {
		return
	}
	if m := totalCount.FindStringSubmatch(low); m != nil {
		n, _ := strconv.Atoi(m[1] + m[2])
		if n > 0 {
			c.add(imgfriendly.FieldResidentsCount, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
		}
	}
}

// The words that can follow a number and its spaces in an imgCount or a
// totalCount match: every match has a number, spaces and one of these.
var (
	imgCountNext   = []string{"img", "international", "fmg", "of ", "are "}
	totalCountNext = []string{"categorical", "resident", "trainee", "house"}
)

// numberThen reports whether low has a run of digits followed by spaces and
// one of next: a written-out first cut for imgCount and totalCount, which
// are only run when it holds.
func numberThen(low string, next []string) bool {
	for i := 0; i < len(low); i++ {
		if !isDigit(low[i]) || i+1 < len(low) && isDigit(low[i+1]) {
			continue
		}
		j := i + 1
		for j < len(low) && isASCIISpace(low[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		for _, w := range next {
			if strings.HasPrefix(low[j:], w) {
				return true
			}
		}
	}
	return false
}

// addIMGOfTotal records "a IMGs of b residents" from a two-number match and
// reports whether it did: a must not exceed b, and b must be positive.
func (c *collector) addIMGOfTotal(m []string, st *stmt) bool {
	if m == nil {
		return false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	if a > b || b <= 0 {
		return false
	}
	c.add(imgfriendly.FieldIMGCount, imgfriendly.NumValue(float64(a)), "", rankExplicit, st)
	c.add(imgfriendly.FieldResidentsCount, imgfriendly.NumValue(float64(b)), "", rankExplicit, st)
	return true
}
