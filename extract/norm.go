package extract

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// norm lower-cases a sentence and folds spelling variants into the tokens
// the lexicon is written in:
//
//   - visas: "H1B", "H-1B", "H1-B", "H 1B", "HI-B", and "H1"/"H-1" in a
//     sentence about visas, are "h1b"; "J1", "J-1", "J 1", "J-I visa" are
//     "j1". Markup glues them to their neighbours ("forJ-1 Visastatus"), so
//     they need no word boundary on the left.
//   - exams: "Step 1", "Step I", "Step One" are "step1"; "Step 2 CK",
//     "Step II CK", "Step 2 (CK)", "2CK", a bare "Step 2" are "step2ck";
//     "Step 2 CS" is "step2cs"; lists ("Steps 1 and 2", "USMLE 1 & 2",
//     "Steps I, II and III", "Parts I and II of the USMLE") are written out ("step1 and step2ck and
//     step3"); "COMLEX Level 2-CE", "US COMPLEX", "COMLEX 1 & 2" become
//     "comlex", "level1", "level2", "level2pe".
//   - the country: "US", "U.S.", "USA", "United States" are "usa"; "us" in
//     lower case stays the pronoun unless a word such as "clinical" follows.
//   - "first-time pass" is "first attempt pass";
//   - an acronym's expansion in parentheses after it is dropped ("USMLE
//     (United States Medical Licensing Examination) Step 1" is "usmle
//     step1"), so that what follows the acronym is read with it;
//   - "E.C.F.M.G." is "ecfmg"; number words up to twelve are digits, and
//     "three (3)" is "3"; "a year", "the past year" are "1 year"; "a single fail" is "1 fail".
func norm(s string) string {
	usa := usaCues.find(s, 0)
	if usa&cueUSAWord != 0 {
		s = comlexUSA.ReplaceAllString(s, "COMLEX")
		usa = usaCues.find(s, 0)
	}
	if usa&cueUSAName != 0 {
		s = foldUSANames(s)
	}
	low := paddedLower(s)
	// each step below asks whether words are in the text as it is then;
	// one pass finds them all, read again only after a step changed it
	var cues uint16
	read := false
	has := func(c uint16) bool {
		if !read {
			cues, read = normCues.scan(low, 0), true
		}
		return cues&c != 0
	}
	set := func(s string) {
		if s != low {
			low, read = s, false
		}
	}
	if has(cueECFMG) {
		set(strings.ReplaceAll(strings.ReplaceAll(low, "e.c.f.m.g.", "ecfmg"), "e.c.f.m.g", "ecfmg"))
	}
	if has(cueUsSpace) {
		set(usPronoun.ReplaceAllString(low, "usa $1"))
	}
	if hasNumberWord(low) {
		set(replaceNumberWords(low))
	}
	if has(cueParen) {
		if mayRepeatedNumber(low) {
			set(repeatedNumber.ReplaceAllStringFunc(low, dropRepeat))
		}
		set(dropExpansions(low))
	}
	if has(cueTimePass) {
		set(firstTimePass.ReplaceAllString(low, "$1 attempt pass"))
	}
	if has(cueUnit) {
		set(oneUnit.ReplaceAllString(low, "${1}1 $2"))
	}
	if has(cueSingle) {
		set(singleFailure.ReplaceAllString(low, "1 $1"))
	}
	if has(cueH) && has(cueOne|cueHiB) {
		set(foldH1B(low))
		if has(cueVisaWord) || fieldCount(low) <= 2 {
			// "H-1" with its hyphen, or "H1" alone as a label or in a
			// question ("Is an H1 possible?"), is the visa too
			if mayH1Bare(low) {
				set(h1Bare.ReplaceAllString(low, "${1}h1b"))
			}
		}
	}
	if has(cueJ) && has(cueOne|cueJi) {
		set(j1Pattern.ReplaceAllString(low, "j1 "))
		set(jiVisa.ReplaceAllString(low, "j1$1"))
	}
	if has(cueComplex) {
		set(comlexPattern.ReplaceAllStringFunc(low, func(m string) string {
			if strings.HasPrefix(m, "usa") {
				return "comlex" // "US COMPLEX"
			}
			return strings.Replace(strings.Replace(m, "complex", "comlex", 1), "comlex-usa", "comlex", 1)
		}))
	}
	if has(cuePart) && has(cueUSMLE) {
		set(partsOfUSMLE.ReplaceAllString(low, "usmle steps $1"))
	}
	if has(cuePart) {
		set(foldParts(low))
	}
	if has(cueUSMLE) && strings.Contains(low, "comlex") {
		set(bothFamilies.ReplaceAllString(low, "usmle steps $1 or comlex levels $1"))
	}
	if has(cueUSMLE | cueExam) {
		low = foldExams(low)
	}
	return collapseSpaces(low)
}

// Words norm's steps look for in the lowered text (normCues' groups).
const (
	cueECFMG    = 1 << iota // "e.c.f.m.g"
	cueUsSpace              // "us "
	cueParen                // " ("
	cueTimePass             // "time pass", "time-pass"
	cueH                    // "h"
	cueOne                  // "1"
	cueHiB                  // "hi-b"
	cueJ                    // "j"
	cueJi                   // "j-i"
	cueComplex              // "complex"
	cuePart                 // "part"
	cueUSMLE                // "usmle"
	cueExam                 // "step", "comlex", "level", "ck"
	cueVisaWord             // "visa", "j1", "j-1", "sponsor", "h-1", "?": an "h1" beside them is the visa
	cueUnit                 // " year", " month": every match of oneUnit ends in one
	cueSingle               // " single ": in every match of singleFailure
)

// normCues finds the cue words of norm's steps, byte for byte (the text is
// lowered): one pass where each step searched the text for its own.
var normCues = newKeywordSet([]string{"e.c.f.m.g"}, []string{"us "}, []string{" ("}, []string{"time pass", "time-pass"},
	[]string{"h"}, []string{"1"}, []string{"hi-b"}, []string{"j"}, []string{"j-i"}, []string{"complex"}, []string{"part"},
	[]string{"usmle"}, []string{"step", "comlex", "level", "ck"}, []string{"visa", "j1", "j-1", "sponsor", "h-1", "?"},
	[]string{" year", " month"}, []string{" single "})

// Spelling variants (see norm), matched in lower-case text. Those whose
// derived words are rarer than a letter run only on text holding one of them.
var (
	h1bPattern     = startedOf(gatedRegexp{re: regexp.MustCompile(`h\s?-?\s?1\s?-?\s?b\b`)}, hVisaStart).startingWith("h", false).byHand(h1bAt)
	hiB            = mustGateDerived(`\bhi-b\b`)
	h1Bare         = regexp.MustCompile(`(^|[^a-z0-9])h-?1\b`)
	j1Pattern      = startedOf(gatedRegexp{re: regexp.MustCompile(`j\s?-\s?1\b|j1\b|j 1\b`)}, jVisaStart).startingWith("j", false).byHand(j1At)
	jiVisa         = mustGateDerived(`\bj-i(\s+visa)`)
	comlexUSA      = regexp.MustCompile(`(?i)\bcomlex\s*-\s*usa\b`)
	partsOfUSMLE   = regexp.MustCompile(`\bparts?\s+((?:1|i|2|ii|3|iii)\b(?:\s*(?:,|and|&|/|or)\s*(?:1|i|2|ii|3|iii)\b)*(?:\s*,?\s*(?:and|&)\s*(?:the\s+)?(?:csa|cs|clinical skills)\b)?)\s+of\s+(?:the\s+)?usmle\b`)
	glueCK         = mustStartDerived(`\b(2|ii)\s?c?\s?(ck|cs)\b`, glueCKStart).byHand(glueCKAt)
	csAndCK        = regexp.MustCompile(`step2cs\s*(?:&|and|,|/)\s*ck\b`)
	comlexPattern  = regexp.MustCompile(`\bcomplex(?:\s*-?\s*usa)?(\s+(?:level|step|1|2|exam|scores?|board|minimum|equivalent))|\busa\s+complex\b|usmle\s*/\s*complex\b|usmle or complex\b`)
	usPronoun      = startedOf(gatedRegexp{re: regexp.MustCompile(`\bus (clinical|health|healthcare|based|hospitals?|citizens?|citizenship|medical|experience|graduates|permanent|rotations?|training|physicians?|inpatient|residency|residents|clerkships?|externships?)\b`)}, usSpaceStart).startingWith("u", false)
	repeatedNumber = regexp.MustCompile(`\b(\d{1,3}) \((\d{1,3})\)`)
	// "a first-time pass", "1st time passing": a pass on the first attempt
	firstTimePass = regexp.MustCompile(`\b(first|1st)[- ]time[- ]pass`)
	// "a single fail", "one single failed attempt": a count of one failure,
	// not the ordinal "single" ("a single attempt" is the first)
	singleFailure = mustGateDerived(`\b(?:a|one|1) single (fail|fails|failure|failures|failed|retake|retakes|re-take|unsuccessful)\b`)
	oneUnit       = mustGateDerived(`\b((?:the (?:last|past|previous|prior) )|(?:a (?:full )?)|(?:one full ))(year|month)\b`)
	numberWord    = regexp.MustCompile(`\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|thrice)\b`)
	digitOf       = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
		"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
		"once": "1 times", "twice": "2 times", "thrice": "3 times"}
)

// usSpaceStart is where a match of usPronoun can start: "us " opening a
// word. (The expression opens with a word boundary: the regexp package
// tried it at every character of each text with "us ".)
func usSpaceStart(s string, i int) bool { return strings.HasPrefix(s[i:], "us ") && wordStart(s, i) }

// hVisaStart and jVisaStart are where a match of h1bPattern or j1Pattern
// can start: the visa's letter (lower case), then its digit, a dash or a
// \s space. (The regexp package skipped to each "h" or "j" and ran the
// expression there: the "h" of "the", "which", "have" …; the test costs a
// byte.) Neither expression has a gate (nil hints): norm sends them only
// texts with the letter and a "1".
func hVisaStart(s string, i int) bool { return s[i] == 'h' && visaDigitNext(s, i) }

func jVisaStart(s string, i int) bool { return s[i] == 'j' && visaDigitNext(s, i) }

// foldH1B writes "h1b " for the H-1B visa's spellings: h1bPattern's, and
// "hi-b". (One expression for both, `h\s?-?\s?1\s?-?\s?b\b|\bhi-b\b`, has no
// letter to open every match, and the regexp package then tries it at every
// character; their matches never overlap or touch, so two passes replace
// what one did.)
func foldH1B(low string) string {
	return hiB.ReplaceAllString(h1bPattern.ReplaceAllString(low, "h1b "), "h1b ")
}

// mayRepeatedNumber is true of every text repeatedNumber matches: a digit,
// " (" and a digit. (Its leading \b leaves the regexp package no literal
// to skip to: it tried every byte of each text with " (".)
func mayRepeatedNumber(low string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], " (")
		if j < 0 {
			return false
		}
		j += i
		if j >= 1 && isDigit(low[j-1]) && j+2 < len(low) && isDigit(low[j+2]) {
			return true
		}
		i = j + 2
	}
}

// mayH1Bare is true of every text h1Bare matches: "h1" or "h-1" with no
// letter, digit or underscore after the "1" and no a-z or digit before the
// "h". (h1Bare opens with a group and the regexp package tried it at every
// byte of each text with an "h" and a "1".)
func mayH1Bare(low string) bool {
	for i := 0; ; {
		j := strings.IndexByte(low[i:], '1')
		if j < 0 {
			return false
		}
		j += i
		h := j - 1 // the "h"
		if h >= 1 && low[h] == '-' {
			h--
		}
		if (j+1 == len(low) || !isWordByte(low[j+1])) && h >= 0 && low[h] == 'h' && (h == 0 || !lowerAlnum(low[h-1])) {
			return true
		}
		i = j + 1
	}
}

func lowerAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// dropRepeat turns "3 (3)" into "3".
func dropRepeat(m string) string {
	i := strings.IndexByte(m, ' ')
	if m[:i] == strings.Trim(m[i+1:], "()") {
		return m[:i]
	}
	return m
}

// foldUSA writes "usa" for the country's names in the original text: "US"
// and "USA" in capitals, "U.S.", "U. S.", "U.S.A." in any case, and "United
// States (of America)". The pronoun "us" is left alone.
func foldUSA(s string) string {
	if usaCues.find(s, 0)&cueUSAName == 0 {
		return s
	}
	return foldUSANames(s)
}

// usaCues finds, in one pass over a text as the page wrote it, the words
// norm's first two steps look for, each a group: "USA" in three spellings
// (comlexUSA's, cueUSAWord) and what every name of the country foldUSA
// writes holds ("US", ".S", ".s", "nited", "NITED"; cueUSAName). They were
// eight strings.Contains, each a call and a search, on every text norm
// reads.
var usaCues = newKeywordSet([]string{"USA", "usa", "Usa"}, []string{"US", ".S", ".s", "nited", "NITED"})

// usaCues' groups.
const (
	cueUSAWord = 1 << iota
	cueUSAName
)

// foldUSANames is foldUSA of a text that holds one of cueUSAName's words.
func foldUSANames(s string) string {
	if usaHints.find(s, 1) == 0 && !usWord(s) {
		return s // the "US" of "USMLE": no name of the country (usaPattern matches nothing)
	}
	// usaPattern.ReplaceAllStringFunc, run where a match can start
	var b strings.Builder
	last := 0
	for _, loc := range usaMatches(s) {
		m := s[loc[0]:loc[1]]
		if strings.HasPrefix(m, "U") || strings.HasPrefix(m, "u") && strings.Contains(m, ".") {
			if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteString(s[last:loc[0]])
			b.WriteString(" usa ")
			last = loc[1]
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// usaMatches is startedMatches(usaAt, usaStart, s, -1), each match read by
// hand (usaEnd): the bounds of usaPattern's matches.
func usaMatches(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !usaStart(s, i) {
			continue
		}
		e := usaEnd(s, i)
		if e < 0 {
			continue
		}
		out = append(out, [2]int{i, e})
		i = e - 1 // (a match is never empty)
	}
	return out
}

// usaAt is usaPattern anchored, and usaStart the test of where one of its
// matches can start: a "U" or "u" opening a word, before a dot, an "S"
// (only after "U") or the "n" of "united" in either case (startedMatches).
var usaAt = regexp.MustCompile(`^(?:` + usaPattern.String() + `)`)

func usaStart(s string, i int) bool {
	switch s[i] {
	case 'U':
		return nextIs(s, i, ".SnN") && wordStart(s, i)
	case 'u':
		return nextIs(s, i, ".nN") && wordStart(s, i)
	}
	return false
}

// usaHints, in any case, or a "US" that ends a word (usWord) are in every
// text usaPattern matches in: "u." of "U.S.", "U. S." and "u.s.a.", "usa" of
// "USA", "united" of "United States".
var usaHints = newFoldedKeywordSet([]string{"u.", "usa", "united"})

// usWord reports a "US" not followed by a letter, digit or underscore (the
// end of usaPattern's `\bUS\b`).
func usWord(s string) bool {
	for i := strings.Index(s, "US"); i >= 0; {
		if i+2 == len(s) || !isWordByte(s[i+2]) {
			return true
		}
		j := strings.Index(s[i+2:], "US")
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

var usaPattern = regexp.MustCompile(`(?:\bU\.\s?S\.(?:\s?A\.)?|\bu\.\s?s\.(?:\s?a\.)?|\bU\.S\b|\bUSA\b|\bUS\b|(?i:\bunited states)(?i:\s+of\s+america)?)`)

// glueCKStart is where a match of glueCK can start: a "2" or "ii" opening
// a word (startedRegexp).
func glueCKStart(s string, i int) bool {
	return (s[i] == '2' || s[i] == 'i' && nextIs(s, i, "i")) && wordStart(s, i)
}

// examNumeral is a step or level number as pages write it.
var examNumeral = map[string]string{"1": "1", "i": "1", "one": "1", "2": "2", "ii": "2", "two": "2", "3": "3", "iii": "3", "three": "3"}

// examList finds a head ("step(s)", "usmle", "level(s)", "comlex") and the
// numbers after it: "steps 1 and 2", "usmle 1 & 2", "step i, ii and iii",
// "comlex 1&2", "level 2-ce", "step 2 (cs)". Gated by its heads' words:
// norm sends it every text with a "ck" too, for foldCK.
var examList = mustStartDerived(`\b(usmle\s+(?:steps?|parts?|exams?)|usmle|steps?|comlex\s+levels?|comlex|levels?)\s*-?\s*((?:1|i|one|2|ii|two|3|iii|three)\b(?:\s*-?\s*\(?\s*(?:c?\s*ck|cs|ce|pe|clinical knowledge|clinical skills)\b\)?)?(?:\s*(?:,|and|&|/|or|and/or)\s*(?:steps?\s*|levels?\s*)?(?:1|i|one|2|ii|two|3|iii|three)\b(?:\s*-?\s*\(?\s*(?:c?\s*ck|cs|ce|pe|clinical knowledge|clinical skills)\b\)?)?)*)`, func(s string, i int) bool {
	// every head opens with one of four words, in lower case: "usmle",
	// "step", "comlex", "level" (a test of the next byte alone let "use",
	// "state", "could" and "less" through, each a run of the expression)
	switch s[i] {
	case 'u':
		return strings.HasPrefix(s[i:], "usmle") && wordStart(s, i)
	case 's':
		return strings.HasPrefix(s[i:], "step") && wordStart(s, i)
	case 'c':
		return strings.HasPrefix(s[i:], "comlex") && wordStart(s, i)
	case 'l':
		return strings.HasPrefix(s[i:], "level") && wordStart(s, i)
	}
	return false
}).startingWith("uscl", false).byHand(examListHand)

var examPart = regexp.MustCompile(`(1|i|one|2|ii|two|3|iii|three)\b(?:\s*-?\s*\(?\s*(c?\s*ck|cs|ce|pe|clinical knowledge|clinical skills)\b\)?)?`)

// foldExams writes every step and level as its token (see norm).
func foldExams(low string) string {
	low = glueCK.ReplaceAllString(low, "$1 $2")
	locs := examList.FindAllStringSubmatchIndex(low, -1)
	if locs == nil {
		return foldCK(low)
	}
	var b strings.Builder
	b.Grow(len(low) + 16)
	last := 0
	for _, m := range locs {
		head, nums := low[m[2]:m[3]], low[m[4]:m[5]]
		parts := examPartsIn(nums) // (examPart.FindAllStringSubmatchIndex(nums, -1))
		single := len(parts) == 1
		if single && (head == "usmle" || head == "comlex") && !strings.ContainsAny(nums, "cp") && followedByUnit(low[m[1]:]) ||
			single && strings.HasPrefix(strings.TrimLeft(low[m[1]:], " "), "times") {
			continue // "the usmle 3 times", "failed a step 2 times" (twice): a count, not a step
		}
		b.WriteString(low[last:m[0]])
		last = m[1]
		comlex := strings.HasPrefix(head, "comlex") || strings.HasPrefix(head, "level")
		if strings.HasPrefix(head, "usmle") || strings.HasPrefix(head, "comlex") {
			b.WriteString(strings.Fields(head)[0])
			b.WriteByte(' ')
		}
		prev := 0
		for i, p := range parts {
			if i > 0 {
				b.WriteString(" and ")
				// a part that names its own family ("step 1 and level 1")
				// is that family's, not the head's
				if between := nums[prev:p[0]]; strings.Contains(between, "level") {
					comlex = true
				} else if strings.Contains(between, "step") {
					comlex = false
				}
			}
			prev = p[1]
			n := examNumeral[nums[p[2]:p[3]]]
			q := ""
			if p[4] >= 0 {
				q = strings.ReplaceAll(nums[p[4]:p[5]], " ", "")
			}
			switch {
			case comlex && n == "2" && q == "pe":
				b.WriteString("level2pe")
			case comlex:
				b.WriteString("level" + n)
			case n == "2" && (q == "cs" || q == "clinicalskills"):
				b.WriteString("step2cs")
			case n == "2":
				b.WriteString("step2ck")
			default:
				b.WriteString("step" + n)
			}
		}
		b.WriteByte(' ')
	}
	b.WriteString(low[last:])
	out := b.String()
	if strings.Contains(out, "step2cs") {
		out = csAndCK.ReplaceAllString(out, "step2cs and step2ck")
	}
	return foldCK(out)
}

// bothFamilies is a step or a list of steps named after both exams
// ("usmle/comlex step 1", "usmle (or comlex) steps 1 and 2", "comlex or
// usmle step 1"): the levels of COMLEX are asked as the steps of USMLE.
var bothFamilies = regexp.MustCompile(`\b(?:usmle\s*(?:/|\bor\b|\band/or\b|\(\s*or)\s*comlex|comlex\s*(?:/|\bor\b|\band/or\b|\(\s*or)\s*usmle)\s*\)?\s+steps?\s+((?:1|i|one|2|ii|two|3|iii|three)\b(?:\s*(?:,|and|&|/|or)\s*(?:steps?\s*)?(?:1|i|one|2|ii|two|3|iii|three)\b)*)`)

// examParts is a part or a list of parts by number: "part 1", "parts i and
// ii", "part 1 and part 2".
var examParts = regexp.MustCompile(`\bparts?\s+((?:1|i|2|ii|3|iii)\b(?:\s*(?:,|and|&|/|or)\s*(?:parts?\s+)?(?:1|i|2|ii|3|iii)\b)*)`)

// partWord is the word "part(s)" inside a list of parts.
var partWord = regexp.MustCompile(`parts?\s+`)

// foldParts writes the parts of a sentence that names one exam family as
// its steps or levels: "a minimum of 220 on part 1 and 230 on part 2 of the
// usmle" is "… step 1 … step 2 …", "comlex part i" is "comlex level i". A
// sentence naming both families or neither, or a part of something else
// ("part 2 of the application"), keeps its parts.
func foldParts(low string) string {
	usmle, comlex := strings.Contains(low, "usmle"), strings.Contains(low, "comlex")
	if usmle == comlex {
		return low
	}
	head := "steps "
	if comlex {
		head = "levels "
	}
	locs := examParts.FindAllStringSubmatchIndex(low, -1)
	if locs == nil {
		return low
	}
	var b strings.Builder
	last := 0
	for _, m := range locs {
		if partOfStep(low[m[1]:]) {
			continue // "part i (ck) of usmle step 2": a part of a step, not a step
		}
		if rest := strings.TrimLeft(low[m[1]:], " "); strings.HasPrefix(rest, "of ") {
			rest = strings.TrimPrefix(strings.TrimPrefix(rest, "of "), "the ")
			if !strings.HasPrefix(rest, "usmle") && !strings.HasPrefix(rest, "comlex") {
				continue // "part 2 of the application"
			}
		}
		b.WriteString(low[last:m[0]])
		b.WriteString(head)
		b.WriteString(partWord.ReplaceAllString(low[m[2]:m[3]], ""))
		last = m[1]
	}
	if last == 0 {
		return low
	}
	b.WriteString(low[last:])
	return b.String()
}

// partOfStep reports a part followed, after perhaps a parenthesis, by "of"
// and a step or level of an exam ("part i (ck) of usmle step 2", "part 2 of
// step 2"): the step names the exam, the part only a piece of it.
func partOfStep(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, "(") {
		i := strings.IndexByte(rest, ')')
		if i < 0 {
			return false
		}
		rest = strings.TrimLeft(rest[i+1:], " ")
	}
	rest, ok := strings.CutPrefix(rest, "of ")
	if !ok {
		return false
	}
	rest = strings.TrimPrefix(rest, "the ")
	for _, fam := range []string{"usmle ", "comlex "} {
		rest = strings.TrimPrefix(rest, fam)
	}
	return strings.HasPrefix(rest, "step") || strings.HasPrefix(rest, "level")
}

// followedByUnit reports whether rest starts with a word that makes the
// number before it a count: attempts, times, years.
func followedByUnit(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range []string{"attempt", "time", "year", "month", "week", "fail", "tries", "try", "or more", "or fewer"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// foldCK writes "2CK" or "2 CK" without "step" before it as "step2ck".
func foldCK(low string) string {
	if mayBareCK(low) {
		low = bareCK.ReplaceAllString(low, "step2ck")
	}
	return low
}

// mayBareCK is true of every text bareCK matches: a "ck" after a "2", or
// after a "2" and one of \s's bytes, where that "2" opens a word. The
// expression ran on every text with a "ck" ("check", "back", a folded
// "step2ck", whose "2" opens no word).
func mayBareCK(low string) bool {
	for i := 0; ; {
		j := strings.Index(low[i:], "ck")
		if j < 0 {
			return false
		}
		j += i
		k := j - 1 // the "2"
		if k >= 1 && isRESpace(low[k]) {
			k--
		}
		if k >= 0 && low[k] == '2' && (k == 0 || !isWordByte(low[k-1])) {
			return true
		}
		i = j + 2
	}
}

// bareCK is "2CK" or "2 CK" without "step" before it.
var bareCK = regexp.MustCompile(`\b2\s?ck\b`)

// replaceNumberWords is numberWord.ReplaceAllStringFunc(low, digitOf):
// each whole word that is a number word becomes its digits.
func replaceNumberWords(low string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(low); {
		if !isWordByte(low[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if n := j - i; n >= 3 && n <= 6 {
			if d, ok := digitOf[low[i:j]]; ok && (low[i:j] != "once" || countingOnce(low[:i], low[j:])) {
				if last == 0 {
					b.Grow(len(low))
				}
				b.WriteString(low[last:i])
				b.WriteString(d)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return low
	}
	b.WriteString(low[last:])
	return b.String()
}

// countingOnce reports a "once" that counts ("failed more than once",
// "taken Step 1 once"), not the conjunction that opens a clause ("once you
// have passed Step 1, …", "once certified"): it follows "than", or ends its
// clause, or a word other than a clause's subject or participle follows.
func countingOnce(before, after string) bool {
	if strings.HasSuffix(strings.TrimRight(before, " "), " than") {
		return true
	}
	f := strings.Fields(after)
	if len(f) == 0 || strings.IndexByte(",.;:)!?", f[0][0]) >= 0 {
		return true
	}
	return onceFollowers[strings.TrimRight(f[0], ",.;:)!?")]
}

// onceFollowers are the words after a counting "once": a preposition, a
// conjunction or a verb of the clause it ends ("failed once will not …").
var onceFollowers = map[string]bool{"on": true, "in": true, "or": true, "and": true, "per": true, "only": true, "will": true,
	"are": true, "is": true, "may": true, "can": true, "cannot": true, "must": true, "should": true, "would": true, "to": true,
	"before": true, "during": true, "within": true, "at": true, "for": true, "across": true, "previously": true, "already": true}

// paddedLower returns " " + asciiLower(s) + " " in one allocation.
func paddedLower(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	writeLower(&b, s)
	b.WriteByte(' ')
	return b.String()
}

// collapseSpaces is strings.Join(strings.Fields(s), " ") in one pass and at
// most one allocation.
func collapseSpaces(s string) string {
	// usually only the padding is to go: then a part of s is the answer
	i, j := 0, len(s)
	for i < j && s[i] == ' ' {
		i++
	}
	for j > i && s[j-1] == ' ' {
		j--
	}
	core := s[i:j]
	if core == "" || singleSpaced(core) { // (no white space but single ' ', nothing outside ASCII)
		return core
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				pending = true
				i++
				continue
			}
			if pending && b.Len() > 0 {
				b.WriteByte(' ')
			}
			pending = false
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			pending = true
			i += size
			continue
		}
		if pending && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pending = false
		b.WriteString(s[i : i+size])
		i += size
	}
	return b.String()
}

// isASCIISpace reports an ASCII byte unicode.IsSpace accepts (any other
// byte, a part of a multi-byte character included, is not one).
func isASCIISpace(c byte) bool { return c < utf8.RuneSelf && asciiSpace[c] }

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// hasNumberWord is a cheap test for a spelled-out number up to twelve as a
// whole word (what numberWord matches, and "once"): one pass over the
// text with numberWords' automaton, whose steps take no branch on the
// text but where a number word ends (the word-by-word reading it replaced,
// a branch at every word's end and length, mispredicted at about one word
// in two).
func hasNumberWord(low string) bool {
	return numberWords.in(low)
}

// numberWords are the number words hasNumberWord looks for, matched as
// written (low is lowered).
var numberWords = newCasedWholeWords([]string{"one", "once", "two", "three", "ten", "twelve", "twice", "thrice",
	"four", "five", "six", "seven", "eight", "eleven", "nine"})

// asciiLower lower-cases ASCII letters only, so byte offsets are kept; the
// rules match ASCII words. A text with a capital costs one allocation (a
// builder's, not a byte slice copied into a string).
func asciiLower(s string) string {
	i := 0
	for ; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	writeLower(&b, s[i:])
	return b.String()
}

// writeLower writes s to b with its ASCII capitals lower-cased: the runs
// between capitals whole, each capital as its small letter.
func writeLower(b *strings.Builder, s string) {
	from := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b.WriteString(s[from:i])
			b.WriteByte(c + 'a' - 'A')
			from = i + 1
		}
	}
	b.WriteString(s[from:])
}

// fieldCount is len(strings.Fields(s)) without building the fields.
func fieldCount(s string) int {
	// ASCII eight bytes at a time (spaceFlags), then a byte at a time; a
	// field opens where a byte that is no space follows a space or the
	// start
	n := 0
	prev := uint64(0x80) // the flag of the byte before the next: a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load64(s, i)
		if x&hiBits != 0 {
			break // a byte outside ASCII
		}
		sp := spaceFlags(x)
		n += bits.OnesCount64(^sp & hiBits & (sp<<8 | prev))
		prev = sp >> 56
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return n + fieldCountFrom(s[i:], prev == 0)
		}
		// (with no branch: one on the byte was mispredicted at most
		// words' ends)
		sp := uint64(asciiSpaceByte[c]) << 7
		n += int((prev &^ sp) >> 7) // a byte that is no space after a space
		prev = sp
	}
	return n
}

// asciiSpaceByte is asciiSpace as 1 and 0.
var asciiSpaceByte = func() (t [utf8.RuneSelf]uint8) {
	for c, sp := range asciiSpace {
		if sp {
			t[c] = 1
		}
	}
	return t
}()

// load64 returns the eight bytes of s from i as a little-endian word (one
// load: the compiler merges the bytes' loads).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hiBits is the high bit of each byte of a word.
const hiBits = 0x8080808080808080

// spaceFlags returns, for eight ASCII bytes x (little-endian), the high
// bit of each byte that is white space to strings.Fields: ' ', or '\t'
// to '\r'.
func spaceFlags(x uint64) uint64 {
	const ones = 0x0101010101010101
	// a byte that is 0x20: its xor with 0x20 is zero, and only a zero
	// byte keeps its high bit clear after adding 0x7f
	y := x ^ 0x20*ones
	blank := ^((y&(0x7f*ones) + 0x7f*ones) | y) & hiBits
	// '\t' to '\r': at least 0x09 and not at least 0x0e (the high bit set
	// before subtracting keeps each byte's borrow inside it)
	atLeast9 := (x | hiBits) - 0x09*ones
	atLeast14 := (x | hiBits) - 0x0e*ones
	return blank | atLeast9&^atLeast14&hiBits
}

// fieldCountFrom is fieldCount of s read from within a field (inField) or
// not, decoding every character.
func fieldCountFrom(s string, inField bool) int {
	n := 0
	for i := 0; i < len(s); {
		var space bool
		size := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if !space && !inField {
			n++
		}
		inField = !space
		i += size
	}
	return n
}

// isRESpace is the regexp package's \s: [\t\n\f\r ].
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// dropExpansions removes, from lowered text, each parenthesis that spells
// out the word just before it: "usmle (united states medical licensing
// examination) step 1" → "usmle step 1", "comlex (comprehensive
// osteopathic medical licensing examination) level 1" → "comlex level 1".
// A parenthesis is an expansion when it holds two or more words of letters
// only, its first word begins with the acronym's first letter, and the
// acronym's letters are found in order in it with every word's initial
// used (expands). Anything else in parentheses stays.
func dropExpansions(low string) string {
	var b strings.Builder
	rest := low
	for {
		i := strings.Index(rest, " (")
		if i < 0 {
			break
		}
		j := strings.IndexByte(rest[i+2:], ')')
		if j < 0 {
			break
		}
		inner := rest[i+2 : i+2+j]
		start := strings.LastIndexByte(rest[:i], ' ') + 1
		if !expands(rest[start:i], inner) {
			b.WriteString(rest[:i+2])
			rest = rest[i+2:]
			continue
		}
		b.WriteString(rest[:i])
		rest = rest[i+2+j+1:]
	}
	if b.Len() == 0 {
		return low
	}
	b.WriteString(rest)
	return b.String()
}

// expandedAcronyms are the acronyms whose spelled-out names in
// parentheses norm drops: the exams' and ECFMG's, which the fact tables
// read as the acronym alone.
var expandedAcronyms = map[string]bool{"usmle": true, "comlex": true, "ecfmg": true, "nbome": true, "nbme": true}

// expands reports whether inner spells out the acronym acr (both lowered;
// see dropExpansions): every word but a function word gives its initial,
// in order, and a word may give further letters of the acronym from
// inside it when the next word's initial is not the one wanted
// ("examination" gives the "x" of COMLEX).
func expands(acr, inner string) bool {
	if !expandedAcronyms[acr] {
		return false
	}
	ws := strings.Fields(inner)
	if len(ws) < 2 || len(ws) > len(acr)+3 {
		return false
	}
	k := 0 // letters of acr matched
	for n, w := range ws {
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return false
			}
		}
		switch w {
		case "of", "for", "and", "the", "on", "in":
			continue
		}
		if k >= len(acr) || w[0] != acr[k] {
			return false
		}
		k++
		var next byte
		if n+1 < len(ws) {
			next = ws[n+1][0]
		}
		for p := 1; p < len(w) && k < len(acr) && acr[k] != next; p++ {
			if w[p] == acr[k] {
				k++
			}
		}
	}
	return k == len(acr)
}

// partsUnder reads the parts of an answer or a value (s, normalised low)
// as the steps or levels of the one exam family its label or question
// (qLow) names: "Minimum USMLE scores: Part I 215, Part II 225" is 215 on
// Step 1 and 225 on Step 2 CK, not 215 on both. An answer that names a
// family itself, or no part, is read as it is.
func partsUnder(qLow, s, low string) string {
	if qLow == "" || !strings.Contains(low, "part") || strings.Contains(low, "usmle") || strings.Contains(low, "comlex") {
		return low
	}
	usmle, comlex := strings.Contains(qLow, "usmle"), strings.Contains(qLow, "comlex")
	if usmle == comlex {
		return low
	}
	family := "USMLE "
	if comlex {
		family = "COMLEX "
	}
	folded := norm(family + s)
	if folded == norm(family)+" "+low {
		return low // no part of the exam's: "part 2 of the application"
	}
	return folded
}
