package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Patterns over normalised text for the year-of-graduation limit.
var (
	gradWord = mustGate(`graduat|\byog\b|year of grad|since (?:medical school|md|mbbs|your degree)|(?:out of|from) medical school|medical school graduation`, "grad", "yog", "medical school", "since ")
	// yearsLimit: "within (the last) 5 years", "no more than 3 years", "5 years or less".
	yearsLimit = mustGate(`\b(?:within(?: the)?(?: last| past| previous| prior)?|(?:no|not) more than|(?:less|fewer) than|no longer than|up to|at most|a maximum of|maximum of|maximum|max\.?|<=|<)\s*(\d{1,2})\s*(?:\+\s*)?(?:years?|yrs?)\b|\b(\d{1,2})\s*(?:years?|yrs?)\s*(?:or less|or fewer|or sooner|or more recent|maximum|max\b)|\bgraduat\w*(?: from medical school)? in the (?:last|past) (\d{1,2}) years?`, "within", "more than", "less than", "fewer than", "longer than", "up to", "at most", "max", "<",
		"or less", "or fewer", "or sooner", "or more recent", "in the last", "in the past")
	// yearsOver: "graduated more than 5 years ago are not eligible".
	yearsOver = mustGate(`\b(?:more|greater) than (\d{1,2}) years?\b[^.;]{0,60}\b(?:not (?:be )?(?:eligible|considered|accepted)|ineligible)`, "year")
	// yearSince: "graduated in or after 2019", "2019 or later", "on or
	// after January 1, 2020" (a date reads as its year).
	yearSince = mustGate(`\b(?:in or after|on or after|after|since|from|no earlier than|not before|not earlier than)\s+(?:the (?:year|class of)\s+)?(?:`+monthDay+`)?((?:19|20)\d\d)\b|>=\s*((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*(?:or later|or after|or more recent|and later|and after|onwards?|or newer|\+|and beyond|or since)`, "19", "20")
	// valueYears: a bare value under a YOG label or question: "5 years", "Yes, 3 years".
	valueYears   = mustGate(`^(?:yes[,.]?\s*)?(\d{1,2})\s*(?:years?|yrs?)\b`, "year", "yr")
	noLimit      = regexp.MustCompile(`\bno (?:yog |year of graduation |graduation year |graduation date |time |time-since-graduation |specific )?(?:cutoff|cut-off|cut off|limit|limitation|restriction|requirement|maximum)\b|\bregardless of (?:your |the )?(?:year of graduation|graduation year|when you graduated|yog|graduation date|how long ago)|\bnot (?:have |impose )?(?:a |any )?(?:yog )?(?:cutoff|cut-off|limit)\b|\b(?:all|any) (?:years? of graduation|graduation years)\b|\bthere is no (?:cutoff|cut-off|limit)\b|^(?:none|no|no limit|no cutoff|any|not applicable|n/a)\.?$`)
	countedApp   = mustGate(`time of (?:your )?application|\bof (?:the |your )?application\b|of applying|when applying|at application|application (?:date|deadline|submission)|time you apply|of submission`, "application", "applying", "time you apply", "submission")
	countedMatch = mustGate(`time of (?:the )?match|by the match|before the match|of the match|match day`, "match")
	countedStart = mustGate(`(?:beginning|starting|start|begin|commencement|commencing) (?:of )?(?:the )?(?:training|residency|the program|program|pgy-?1)|program start|training start|start date|by july 1|residency start`, "start", "begin", "commenc", "july")
	// noStrict: "no strict cutoff", "not a hard requirement": the page says
	// there is no hard limit, and any years beside it are a preference.
	noStrict   = regexp.MustCompile(`\bno (?:strict|hard|firm|absolute|rigid|set)(?: yog| year of graduation| graduation year)? (?:cutoff|cut-off|cut off|limit|limitation|restriction|requirement|rule)s?\b|\bnot (?:a |an |any )?(?:strict|hard|firm|absolute|rigid) (?:yog )?(?:cutoff|cut-off|cut off|limit|requirement|rule)s?\b|\bnot (?:a )?strictly (?:required|enforced)\b|\bnot a requirement\b`)
	otherTopic = mustGate(`experience|\busce\b|rotation|attempt|letter|lor\b|observership|clinical`, "experience", "usce", "rotation", "attempt", "letter", "lor", "observership", "clinical")
)

// yogRules reads the year-of-graduation limit from one statement.
func yogRules(st *stmt, c *collector, cyc cycle) {
	low := st.low
	if !mentionsGrad(low) && (st.qWeak || !mentionsGrad(st.qLow)) {
		return
	}
	labelCtx := st.q != "" && !st.qWeak && isGrad(st.qLow)
	if !labelCtx && !strings.ContainsAny(low, "0123456789") && !yogNoLimitHint(low) {
		return // "international medical graduates are welcome": no number, no "no limit"
	}
	if !labelCtx && !isGrad(low) {
		return
	}
	// "within 5 years preferred, but there is no strict cutoff": no hard
	// limit anywhere in the statement, and its years are a preference
	parts := splitLits(low, yogSeps)
	noHard := false
	for _, part := range parts {
		if bareNoStrict(part) || (labelCtx || isGrad(part)) && noStrictAt(part) != nil {
			noHard = true
			break
		}
	}
	for _, part := range parts {
		grad := isGrad(part)
		if !grad && !labelCtx {
			if bareNoStrict(part) {
				c.add(imgfriendly.FieldYOGNoLimit, imgfriendly.BoolValue(true), "", rankExplicit, st)
			}
			continue
		}
		soft := noHard || isSoft(part) || (labelCtx && isSoft(st.qLow))
		if !grad && labelCtx && otherTopic.MatchString(part) {
			continue
		}
		if (isNoLimit(part) || noHard && noStrictAt(part) != nil) && !otherTopic.MatchString(part) && !strings.Contains(part, "step") && !strings.Contains(part, "score") {
			c.add(imgfriendly.FieldYOGNoLimit, imgfriendly.BoolValue(true), "", rankExplicit, st)
			continue
		}
		years, fromYear, ok := yogYears(part, grad, cyc)
		if !ok && labelCtx {
			if m := valueYears.FindStringSubmatch(strings.TrimSpace(part)); m != nil {
				years, _ = strconv.Atoi(m[1])
				ok = years > 0 && years <= 30
			}
		}
		if !ok {
			continue
		}
		f := imgfriendly.FieldYOGMaxYears
		if soft {
			f = imgfriendly.FieldYOGPreferredMax
		}
		c.add(f, imgfriendly.NumValue(float64(years)), "", rankExplicit, st)
		to := countedTo(part)
		if to == "" && fromYear {
			// a year converted with the cycle's Match year counts to the
			// Match; with the run date's year, to the time of application
			to = "application"
			if cyc.stated {
				to = "match"
			}
		}
		if to != "" {
			c.add(imgfriendly.FieldYOGCountedTo, imgfriendly.TextValue(to), "", rankExplicit, st)
		}
	}
}

// bareNoStrict reports whether the "no strict cutoff" phrase ends its clause
// ("but there is no strict cutoff."), so it cannot name another topic such
// as "no hard limit on the number of applications".
func bareNoStrict(part string) bool {
	m := noStrictAt(part)
	if m == nil {
		return false
	}
	rest := strings.Trim(part[m[1]:], " .,!)")
	return rest == "" || rest == "either" || rest == "though" || rest == "however"
}

// noStrictAt returns the first noStrict match in a clause that is not about
// another topic (scores, attempts, experience), or nil.
func noStrictAt(s string) []int {
	if noStrictHints.find(s, 1) == 0 {
		return nil
	}
	if otherTopic.MatchString(s) || strings.Contains(s, "step") || strings.Contains(s, "score") {
		return nil
	}
	return noStrict.FindStringIndex(s)
}

var noStrictHints = newKeywordSet([]string{"strict", "hard", "firm", "absolute", "rigid", "set ",
	"not a requirement"})

// noLimitHints are words every noLimit match contains, but for the bare
// values ("none", "n/a"), which are short.
var noLimitHints = newKeywordSet([]string{"no ", "not ", "regardless of", "all year", "any year", "all graduation",
	"any graduation"})

// gradWords are the literal forms of gradWord (group 0) and "yog", which it
// needs as a whole word (group 1).
var (
	gradWords = newKeywordSet([]string{"graduat", "year of grad", "since medical school", "since md", "since mbbs",
		"since your degree", "out of medical school", "from medical school", "medical school graduation"}, []string{"yog"})
	yogWord = regexp.MustCompile(`\byog\b`)
)

// isGrad is gradWord.MatchString, answered by a keyword scan.
func isGrad(s string) bool {
	found := gradWords.find(s, 1)
	return found&1 != 0 || found&2 != 0 && yogWord.MatchString(s)
}

// isNoLimit is noLimit.MatchString, gated.
func isNoLimit(part string) bool {
	return (len(part) <= 16 || noLimitHints.find(part, 1) != 0) && noLimit.MatchString(part)
}

// mentionsGrad is a cheap test that lets most sentences skip the YOG rules.
func mentionsGrad(low string) bool {
	return gradHints.find(low, 1) != 0
}

var gradHints = newKeywordSet([]string{"grad", "yog", "medical school"})

// yogNoLimitHint is a cheap test for words an explicit "no limit" needs.
func yogNoLimitHint(low string) bool {
	return yogNoLimitHints.find(low, 1) != 0
}

var yogNoLimitHints = newKeywordSet([]string{"strict", "hard", "firm", "absolute", "rigid", "cutoff", "cut-off", "cut off", "limit", "restrict", "regardless",
	"requirement", "maximum", "any year", "all year"})

// yogSeps separate a YOG clause from the next requirement in a sentence.
var yogSeps = []string{";", " but ", " however", " although ", " while ", ", and have ", ", and must ", ", and should ",
	", and be ", ", and hold ", ", and us ", ", and usce", " and have ", " and hold ", " and must have ", " and should have "}

// monthDay is the month (and day) of a date before its year: "january 1, ",
// "dec. 31st ", "june ".
const monthDay = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?`

// yogYears returns the years-since-graduation limit a clause states, and
// whether it was converted from a graduation year.
func yogYears(part string, grad bool, cyc cycle) (years int, fromYear, ok bool) {
	if strings.IndexAny(part, "0123456789") < 0 {
		return 0, false, false // every pattern below reads a number
	}
	for _, m := range yearsLimit.FindAllStringSubmatchIndex(part, -1) {
		n := atoiGroup(part, m)
		if n <= 0 || n > 30 {
			continue
		}
		if !nearGrad(part, m[0], m[1], grad) {
			continue
		}
		return n, false, true
	}
	if m := yearsOver.FindStringSubmatch(part); m != nil {
		if n, _ := strconv.Atoi(m[1]); n > 0 && n <= 30 {
			return n, false, true
		}
	}
	if cyc.year > 0 {
		for _, m := range yearSince.FindAllStringSubmatchIndex(part, -1) {
			y := atoiGroup(part, m)
			if y == 0 || !nearGrad(part, m[0], m[1], grad) {
				continue
			}
			if strings.HasPrefix(part[m[0]:], "after") && afterMeansNextYear(part[m[0]:m[1]]) {
				y++ // "after 2018" is 2019 or later
			}
			if n := cyc.year - y; n > 0 && n <= 30 {
				return n, true, true
			}
		}
	}
	return 0, false, false
}

// afterMeansNextYear reports whether "after …" (a yearSince match) admits
// only graduates of the next year on: "after 2018", "after December 31,
// 2018"; not "after January 1, 2019", which admits that year's class.
func afterMeansNextYear(m string) bool {
	date := strings.TrimSpace(m[len("after") : len(m)-4])
	return date == "" || strings.HasPrefix(date, "dec") // a bare year, or the year's end
}

// nearGrad reports whether a number phrase at [s,e) belongs to graduation:
// a graduation word within reach on either side with no other topic between.
// Without a graduation word in the clause (a labelled value) any phrase counts.
func nearGrad(part string, s, e int, grad bool) bool {
	if !grad {
		return true
	}
	locs := gradWord.FindAllStringIndex(part, -1)
	for _, g := range locs {
		var between string
		switch {
		case g[0] < e && g[1] > s:
			return true
		case g[1] <= s && s-g[1] <= 70:
			between = part[g[1]:s]
		case g[0] >= e && g[0]-e <= 50:
			between = part[e:g[0]]
		default:
			continue
		}
		if !otherTopic.MatchString(between) {
			return true
		}
	}
	return false
}

func atoiGroup(s string, m []int) int {
	for i := 2; i+1 < len(m); i += 2 {
		if m[i] >= 0 {
			n, _ := strconv.Atoi(s[m[i]:m[i+1]])
			return n
		}
	}
	return 0
}

// countedTo names the moment a limit is counted to, when the text says.
func countedTo(part string) string {
	switch {
	case countedApp.MatchString(part):
		return "application"
	case countedMatch.MatchString(part):
		return "match"
	case countedStart.MatchString(part):
		return "training_start"
	}
	return ""
}
