package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// yogTable reads the year-of-graduation rule. Years bound to graduation by
// an upper bound ("within the last 5 years", "no more than 3 years out of
// medical school", "less than five years", "<= 5" under a label) are a hard
// limit unless the clause softens them (prefer, recommend, less likely);
// "more than 6 years ago … not eligible" is a limit too. A calendar year
// ("2019 or later", "on or after January 1, 2015") is the earliest year
// accepted and gives the years as cycle year minus that year. A denied
// limit ("no cutoff", "does not have a graduation year cut-off",
// "regardless of year of graduation") is yog_no_limit; a denied strict
// limit ("no strict cutoff") also makes the sentence's years a preference.
var yogTable = table{
	name: "yog",
	bind: bindYOG,
	rows: []rule{
		{name: "no cutoff", topics: topics(tGrad), pol: polAny, val: deniedLimit, field: imgfriendly.FieldYOGNoLimit, rank: rankExplicit},
		{name: "no cutoff, answered", topics: topics(tGrad), pol: polNo, qhas: kinds(kLimit), field: imgfriendly.FieldYOGNoLimit, val: yes, rank: rankExplicit},
		{name: "no graduation year that turns away", topics: topics(tGrad), pol: polNeg, mod: mExclusion, field: imgfriendly.FieldYOGNoLimit,
			val: noExcludingYear, rank: rankExplicit},

		{name: "preferred years", topics: topics(tGrad), pol: polPos, mod: mSoft, notMod: mStats, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear, unitNone, unitAgo), rels: relsOf(relMax, relWindow), max: 30, min: 1},
			field: imgfriendly.FieldYOGPreferredMax, val: number, rank: rankExplicit},
		{name: "preferred: more than N years less likely", topics: topics(tGrad), pol: polPos, mod: mSoft, notMod: mStats,
			qty:   &qtyNeed{units: unitsOf(unitYear, unitAgo), rels: relsOf(relGT), max: 30, min: 1},
			field: imgfriendly.FieldYOGPreferredMax, val: number, rank: rankExplicit},
		{name: "preferred calendar year", topics: topics(tGrad), pol: polPos, mod: mSoft, notMod: mStats,
			qty: &qtyNeed{rels: relsOf(relSince, relAfter, relMin), year: true}, field: imgfriendly.FieldYOGPreferredMax, val: yearsSince, rank: rankExplicit},
		// the bare years under a graduation label, preferred ("Time since
		// graduation: 5 years preferred"), as "labelled years" reads them required
		{name: "labelled years, preferred", topics: topics(tGrad), pol: polPos, mod: mSoft, notMod: mStats, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relNone), max: 30, min: 1},
			field: imgfriendly.FieldYOGPreferredMax, val: bareYears, rank: rankExplicit},
		{name: "limit denied elsewhere: a preference", topics: topics(tGrad), pol: polPos, notMod: mStats, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear, unitNone, unitAgo), rels: relsOf(relMax, relWindow), max: 30, min: 1},
			field: imgfriendly.FieldYOGPreferredMax, val: ifLimitDenied(number), rank: rankExplicit},

		{name: "labelled years", topics: topics(tGrad), pol: polPos, notMod: mStats | mSoft, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relNone), max: 30, min: 1},
			field: imgfriendly.FieldYOGMaxYears, val: unlessLimitDenied(bareYears), rank: rankExplicit},
		{name: "a limit of N years", topics: topics(tGrad), pol: polPos, notMod: mStats | mSoft, has: kinds(kLimit), lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear), rels: relsOf(relNone), max: 30, min: 1},
			field: imgfriendly.FieldYOGMaxYears, val: unlessLimitDenied(limitIsYears), rank: rankExplicit},
		{name: "hard years", topics: topics(tGrad), pol: polPos, notMod: mStats | mSoft, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitYear, unitNone, unitAgo), rels: relsOf(relMax, relWindow), max: 30, min: 1},
			field: imgfriendly.FieldYOGMaxYears, val: unlessLimitDenied(number), rank: rankExplicit},
		{name: "hard months", topics: topics(tGrad), pol: polPos, notMod: mStats | mSoft, lacks: kinds(kException),
			qty:   &qtyNeed{units: unitsOf(unitMonth), rels: relsOf(relMax, relWindow), max: 360, min: 12},
			field: imgfriendly.FieldYOGMaxYears, val: unlessLimitDenied(wholeYears), rank: rankExplicit},
		{name: "more than N years ago turned away", topics: topics(tGrad), mod: mExclusion, notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitYear, unitAgo), rels: relsOf(relGT, relMin), max: 30, min: 1},
			field: imgfriendly.FieldYOGMaxYears, val: number, rank: rankExplicit},
		{name: "graduated before a year, turned away", topics: topics(tGrad), mod: mExclusion, notMod: mSoft | mStats,
			qty: &qtyNeed{rels: relsOf(relBefore), year: true}, field: imgfriendly.FieldYOGMaxYears, val: yearsSince, rank: rankExplicit},
		{name: "graduated before a year, turned away: the year", topics: topics(tGrad), mod: mExclusion, notMod: mSoft | mStats,
			qty: &qtyNeed{rels: relsOf(relBefore), year: true}, field: imgfriendly.FieldGradYearMin, val: earliestYear, rank: rankExplicit},
		{name: "graduated before a year, turned away: counted to", topics: topics(tGrad), mod: mExclusion, notMod: mSoft | mStats,
			qty: &qtyNeed{rels: relsOf(relBefore), year: true}, field: imgfriendly.FieldYOGCountedTo, val: countedToYear, rank: rankExplicit},
		{name: "more than the question's years: no", topics: topics(tGrad), pol: polNo, field: imgfriendly.FieldYOGMaxYears, val: askedYearsTurnedAway, rank: rankExplicit},
		{name: "calendar year", topics: topics(tGrad), pol: polPos, notMod: mStats | mSoft,
			qty: &qtyNeed{rels: relsOf(relSince, relAfter, relMin), year: true}, field: imgfriendly.FieldYOGMaxYears,
			val: unlessLimitDenied(yearsSince), rank: rankExplicit},
		{name: "earliest year", topics: topics(tGrad), pol: polPos, notMod: mStats | mSoft,
			qty: &qtyNeed{rels: relsOf(relSince, relAfter, relMin), year: true}, field: imgfriendly.FieldGradYearMin,
			val: unlessLimitDenied(earliestYear), rank: rankExplicit},

		{name: "counted to", topics: topics(tGrad), pol: polPos, notMod: mStats,
			qty:   &qtyNeed{units: unitsOf(unitYear, unitNone, unitAgo), rels: relsOf(relMax, relWindow, relGT, relNone), max: 30, min: 1},
			field: imgfriendly.FieldYOGCountedTo, val: countedTo, rank: rankExplicit},
		{name: "counted to (calendar year)", topics: topics(tGrad), pol: polPos, notMod: mStats,
			qty: &qtyNeed{rels: relsOf(relSince, relAfter, relMin), year: true}, field: imgfriendly.FieldYOGCountedTo,
			val: countedToYear, rank: rankExplicit},
	},
}

// bindYOG binds a graduation mention's numbers as
// bindDefault does, except where graduation is the condition of another
// fact's rule: "US clinical experience is required unless you graduated less
// than two years ago", "Except for applicants who graduated in the past 2
// years, USCE is mandatory", "USCE is not required if you graduated within
// the past two years". The years say who is exempt from that rule, not who
// may apply; a condition whose consequence turns the applicant away ("Unless
// you graduated within the past 3 years, you are not eligible") is still a
// limit (no other fact's topic outside it).
//
// Nor is a limit in someone else's rule (see licensed: "To obtain
// a medical license in Texas, applicants must have graduated within …").
//
// Nor is a span of time over which a figure was counted (see
// yearsOfAFigure): "only three programs have more graduates than the 74
// who completed ours over the past three years", "a 97% placement rate
// over the last four years".
func bindYOG(r *reading, m *mention) {
	bindDefault(r, m)
	if m.tok >= 0 && len(m.qs) > 0 && (inOthersCondition(r, m.at) || licensed(r, m.at) || yearsOfAFigure(r, m)) {
		m.qs = m.qs[:0]
	}
}

// yearsOfAFigure reports a graduation word whose clause states a figure
// rather than a time since graduation: a count of graduates (a number, or
// a word of counting, just before the people noun: "40 graduates", "more
// graduates than", "the number of graduates"), or a statistic
// (statisticWords: a rate, a ratio, a percentage) anywhere in the clause.
// The years in such a clause are the span the figure was counted over
// ("over the past three years", "in the last four years"), never a limit:
// a rule measures the time since a graduation, and a count of people or a
// rate measures none. A clause that asks (must, required, not eligible)
// states a rule whatever figure it names beside it.
func yearsOfAFigure(r *reading, m *mention) bool {
	if m.cl.mod&(mHard|mExclusion) != 0 {
		return false // "applicants must have graduated within 5 years to keep our pass rate high": asked
	}
	c := r.low[m.cl.start:m.cl.end]
	for _, f := range strings.Fields(c) {
		if statisticWords[strings.Trim(f, ",.;:()\"'!?")] {
			return true
		}
	}
	w := r.low[m.at:m.end]
	if !graduatePeople[w] {
		return false
	}
	before := strings.Fields(r.low[m.cl.start:m.at])
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		b := strings.Trim(before[k], ",.;:()\"'")
		if graduateCounters[b] || b != "" && b[0] >= '0' && b[0] <= '9' && !looksLikeYear(b) {
			return true
		}
		if b == "" || !isLowerWord(b) {
			break
		}
	}
	return false
}

// graduatePeople are the graduation words that name people, whom a number
// may count; graduateCounters the words that count them ("more graduates
// than", "the number of graduates", "dozens of graduates", "forty
// graduates"); statisticWords
// the nouns of a figure: the years of a clause holding one are the span
// it was counted over (yearsOfAFigure).
var (
	graduatePeople   = map[string]bool{"graduates": true, "grads": true}
	graduateCounters = map[string]bool{"more": true, "fewer": true, "number": true, "numbers": true, "total": true, "dozens": true,
		"hundreds": true, "count": true, "dozen": true, "hundred": true,
		// counts norm leaves in words (it writes one to twelve as digits)
		"thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
		"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true, "ninety": true}
	statisticWords = map[string]bool{"rate": true, "rates": true, "ratio": true, "percentage": true, "percentages": true,
		"placement": true, "placements": true, "statistics": true, "outcomes": true}
)

// looksLikeYear reports digits that are a calendar year (1900–2099).
func looksLikeYear(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}

// isLowerWord reports a word of lower-case letters or hyphens (an
// adjective between a count and its noun: "40 new graduates").
func isLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == '-') {
			return false
		}
	}
	return true
}

// conditionOpeners open a condition or an exemption inside a sentence.
var conditionOpeners = []string{"unless ", "if ", "except for ", "except ", "exempt", "waived for ", "not needed for ",
	"not necessary for ", "not required for ", "for applicants who ", "for candidates who ", "for those who ", "for graduates who ", "for anyone who "}

// othersRuleTopics are the topics whose rule a graduation condition may
// belong to.
var othersRuleTopics = topics(tExperience, tUSCE, tObservership, tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2, tUSMLE,
	tCOMLEX, tAllSteps, tScore, tAttempt, tFailure, tJ1, tH1B, tVisa, tECFMG, tCertified, tLetters)

// inOthersCondition reports a word at byte at of r.low inside a condition
// ("unless …", "if …", "except for applicants who …") opened before it in
// the same stretch of the sentence (no comma, semicolon or colon between),
// when the rest of the sentence names the topic of another fact's rule.
func inOthersCondition(r *reading, at int) bool {
	low := r.low
	from, open := -1, 0
	for _, op := range conditionOpeners {
		i := strings.LastIndex(low[:at], op)
		if i < 0 || i > 0 && isLexWord(low[i-1]) {
			continue
		}
		if i > from {
			from, open = i, len(op)
		}
	}
	if from < 0 || strings.ContainsAny(low[from+open:at], ",;:") {
		return false
	}
	to := len(low)
	if k := strings.IndexAny(low[at:], ",;:"); k >= 0 {
		to = at + k
	}
	// the rule it conditions is in the same part of the sentence: not past
	// a semicolon ("We accept J-1 visas; applicants are eligible if they
	// graduated within the past 3 years")
	lo, hi := strings.LastIndexByte(low[:from], ';')+1, len(low)
	if k := strings.IndexByte(low[to:], ';'); k >= 0 {
		hi = to + k
	}
	for _, t := range r.toks {
		if int(t.start) >= lo && int(t.end) <= hi && (int(t.end) <= from || int(t.start) >= to) && t.e.kind == kTopic && othersRuleTopics.has(topic(t.e.arg)) {
			return true
		}
	}
	return false
}

// deniedLimit is true when a negation governs a limit word that belongs to
// graduation ("there is no cutoff", "does not have a graduation year
// cut-off", "no minimum/maximum number of years from graduation"), or the
// clause waives graduation altogether ("regardless of year of
// graduation"). A parenthesis denies the limit of the word just before it
// only ("year of graduation (no cutoff)", not "licensed (with no
// restriction)").
func deniedLimit(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if otherAudience(m.r, m.cl) {
		return imgfriendly.Value{}, false // "US grads: no restriction" is no rule for an IMG
	}
	if m.tok < 0 && m.cl.paren && !topicJustBefore(m.r.low, m.r.around(m.cl), m.cl.start) {
		return imgfriendly.Value{}, false // "fully licensed (with no restriction)": another word's limit
	}
	if limitDeniedIn(m.r, m.cl, m.top, m.tok < 0) {
		return imgfriendly.BoolValue(true), true
	}
	return imgfriendly.Value{}, false
}

// noExcludingYear is "we do not have a year of graduation before which
// candidates become ineligible": a denied graduation year (a noun, no
// count of years in the clause) in a clause that speaks of turning
// applicants away is a denied cutoff. People who lack a degree ("those
// without a medical degree are not eligible") are no such denial.
func noExcludingYear(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 {
		return imgfriendly.Value{}, false
	}
	for _, t := range m.cl.toks {
		w := m.r.low[t.start:t.end]
		if t.e.kind == kTopic && topic(t.e.arg) == tGrad && (strings.Contains(w, "ed ") || strings.HasSuffix(w, "ed") || strings.Contains(w, "ing")) {
			return imgfriendly.Value{}, false // "who have not graduated …": a verb, of people
		}
	}
	before := " " + m.r.low[m.cl.start:m.at]
	if strings.Contains(before, "without") || !(strings.Contains(before, " not ") || strings.Contains(before, "n't ") || strings.Contains(before, " no ")) {
		return imgfriendly.Value{}, false
	}
	for _, q := range m.r.qtys {
		if m.r.clauseAt(q.start) == m.cl && !q.id && (q.unit != unitNone || q.rel != relNone || q.year) {
			return imgfriendly.Value{}, false
		}
	}
	return imgfriendly.BoolValue(true), true
}

// otherAudience reports a clause labelled for applicants who are not
// international graduates ("US grads: no restriction", "for US
// seniors - none"): what it denies is no rule for an IMG.
func otherAudience(r *reading, cl *clause) bool {
	if c := r.low[cl.start:cl.end]; otherAudienceMay(c) && otherAudienceLabel.MatchString(c) {
		return true
	}
	for k := range r.clauses {
		if p := &r.clauses[k]; !p.paren && p.end == cl.start {
			c := r.low[p.start:p.end]
			return otherAudienceMay(c) && otherAudienceOnly.MatchString(c) // "For US graduates - there is no cutoff"
		}
	}
	return false
}

// otherAudienceMay is a necessary condition of otherAudienceLabel's and
// otherAudienceOnly's matches, read in a few bytes: after the blanks and
// stops they open with, and "for ", one of their groups' words
// (otherAudienceWords). (Most clauses open otherwise: the expressions ran on
// each clause a denied limit was read in.)
func otherAudienceMay(s string) bool {
	i := 0
	for i < len(s) && strings.IndexByte(" \t\n\f\r;,.", s[i]) >= 0 {
		i++
	}
	s = strings.TrimPrefix(s[i:], "for ")
	for _, w := range otherAudienceWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// otherAudienceWords open every group of applicants otherAudienceLabel and
// otherAudienceOnly name.
var otherAudienceWords = []string{"usa", "american", "canadian", "lcme", "domestic"}

var (
	otherAudienceLabel = regexp.MustCompile(`^[\s;,.]*(for )?(usa|american|canadian|usa and canadian|usa/canadian|lcme|domestic)( md| allopathic| medical| school)? ` +
		`(grads|graduates|seniors|students|applicants)\s*[:\-–]`)
	otherAudienceOnly = regexp.MustCompile(`^[\s;,.]*(for )?(usa|american|canadian|usa and canadian|usa/canadian|lcme|domestic)( md| allopathic| medical| school)? ` +
		`(grads|graduates|seniors|students|applicants)\s*[:\-–]?\s*$`)
)

// limitDeniedIn reports a denied limit in the clause that belongs to topic
// tp: the limit word's nearest topic is tp (or, when the topic comes from
// the question, the clause names no topic at all).
func limitDeniedIn(r *reading, cl *clause, tp topic, taken bool) bool {
	low := r.low
	if c := low[cl.start:cl.end]; indifferentToTime(c) || strings.Contains(c, "of any year") ||
		strings.Contains(c, "any graduation year") || strings.Contains(c, "any year of graduation") {
		return true
	}
	for i, t := range cl.toks {
		if t.e.kind != kLimit || !negatedBefore(low, cl.toks, i, 8) {
			continue
		}
		if taken {
			if cl.topics.without(topics(tUSA)) == 0 {
				return true
			}
			continue
		}
		if near := nearestTopic(low, cl, i); near == tp || coordinatedTopic(low, cl, i, near, tp) {
			return true
		}
	}
	return false
}

// indifferentToTime reports "regardless of" or "no matter" governing when
// one graduated ("regardless of year of graduation", "no matter how long
// ago you graduated"), not something else in a clause that also names
// graduation ("… and graduate feeling ready no matter what I chose").
func indifferentToTime(c string) bool {
	for _, cue := range [...]string{"regardless of", "no matter"} {
		for rest := c; ; {
			i := strings.Index(rest, cue)
			if i < 0 {
				break
			}
			rest = rest[i+len(cue):]
			w := rest[:min(len(rest), 48)]
			for _, t := range indifferentTimeWords {
				if strings.Contains(w, t) {
					return true
				}
			}
		}
	}
	return false
}

// indifferentTimeWords are what "regardless of"/"no matter" must govern
// for a denied graduation limit.
var indifferentTimeWords = []string{"graduat", "year", "when you", "when they", "when the", "how long", "how recent", "how many", "time since", "time out"}

// coordinatedTopic reports tp among the topics written in one coordination
// with near, the topic nearest to toks[i]: a denied limit "for USMLE
// results or graduation" denies both.
func coordinatedTopic(low string, cl *clause, i int, near, tp topic) bool {
	var ts []lexMatch // the clause's topic words in order, one reading each
	for _, t := range cl.toks {
		if t.e.kind != kTopic || topic(t.e.arg) == tUSA || len(ts) > 0 && t.start < ts[len(ts)-1].end {
			continue
		}
		ts = append(ts, t)
	}
	at := -1
	for k, t := range ts {
		if topic(t.e.arg) == near {
			if at < 0 || absInt(int(t.start)-int(cl.toks[i].start)) < absInt(int(ts[at].start)-int(cl.toks[i].start)) {
				at = k
			}
		}
	}
	if at < 0 {
		return false
	}
	for k := at + 1; k < len(ts) && coordination(low[ts[k-1].end:ts[k].start]); k++ {
		if topic(ts[k].e.arg) == tp {
			return true
		}
	}
	for k := at - 1; k >= 0 && coordination(low[ts[k].end:ts[k+1].start]); k-- {
		if topic(ts[k].e.arg) == tp {
			return true
		}
	}
	return false
}

// coordination reports the words between two coordinated nouns: a few
// words at most with "or", "and", "nor", a comma or a slash among them
// ("results or", "scores, and"), or only a parenthesis ("USMLE (COMLEX)").
func coordination(gap string) bool {
	if strings.Trim(gap, " ()") == "" {
		return true // "USMLE (COMLEX)": the same noun, restated
	}
	if fieldCount(gap) > 4 || strings.ContainsAny(gap, ".;:") || verbBefore(gap) {
		return false // "no attempt limits and will consider graduates …": a verb starts a predicate of its own
	}
	g := " " + gap + " "
	return strings.Contains(g, " or ") || strings.Contains(g, " and ") || strings.Contains(g, " nor ") ||
		strings.ContainsAny(gap, ",/")
}

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// nearestTopic is the topic word of the clause nearest to toks[i]; a topic
// across a comma from it is farther than any on its side.
func nearestTopic(low string, cl *clause, i int) topic {
	best, bestD := tNone, 1<<30
	at, end := int(cl.toks[i].start), int(cl.toks[i].end)
	for _, t := range cl.toks {
		if t.e.kind != kTopic || topic(t.e.arg) == tUSA {
			continue
		}
		d := 0
		switch {
		case int(t.end) <= at:
			d = at - int(t.end)
			if strings.Contains(low[t.end:at], ",") {
				d += 1000 // "no minimum score, and no limit on …": a comma parts them
			}
		case int(t.start) >= end:
			d = int(t.start) - end + 1
			if strings.Contains(low[end:t.start], ",") {
				d += 1000
			}
		}
		if d < bestD {
			best, bestD = topic(t.e.arg), d
		}
	}
	return best
}

// limitDeniedInSentence reports a denied limit on graduation anywhere in
// the mention's sentence: "within 5 years of application, but there is no
// strict cutoff".
func limitDeniedInSentence(m *mention) bool {
	for ci := range m.r.clauses {
		cl := &m.r.clauses[ci]
		if otherAudience(m.r, cl) {
			continue
		}
		taken := !cl.topics.any(topics(tGrad)) && cl.topics.without(topics(tUSA)) == 0
		if taken || cl.topics.has(tGrad) {
			if limitDeniedIn(m.r, cl, tGrad, taken) {
				return true
			}
		}
	}
	return false
}

func ifLimitDenied(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if !limitDeniedInSentence(m) {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

func unlessLimitDenied(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if limitDeniedInSentence(m) {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// askedYearsTurnedAway is the count of years a question asks about
// ("Do you accept applicants who graduated more than 5 years ago?") when
// the answer is "No": those past it are turned away, so it is the limit.
// The answer's own count, if it gives one, is read from the answer.
func askedYearsTurnedAway(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	q := m.r.q
	if q == nil || !q.question || !q.all.has(tGrad) {
		return imgfriendly.Value{}, false
	}
	var buf [4]quantity
	for _, n := range quantities(q.low, q.toks, buf[:0]) {
		if !n.id && !n.year && !n.approx && (n.unit == unitYear || n.unit == unitAgo) && (n.rel == relGT || n.rel == relMin) && n.n >= 1 && n.n <= 30 {
			return imgfriendly.NumValue(n.n), true
		}
	}
	return imgfriendly.Value{}, false
}

// wholeYears is a count of months that makes whole years: "within 36
// months of graduation" is 3 years.
func wholeYears(_ *env, _ *mention, q *quantity) (imgfriendly.Value, bool) {
	if y := q.n / 12; y == float64(int(y)) {
		return imgfriendly.NumValue(y), true
	}
	return imgfriendly.Value{}, false
}

// limitIsYears is a count of years that a limit word of the clause names
// as its value: "our cutoff for year of graduation is 5 years", "the
// graduation limit: 3 years"; not a count before the limit word.
func limitIsYears(_ *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	for _, t := range m.cl.toks {
		if t.e.kind == kLimit && int(t.end) <= q.start && wordsBetween(m.r.low, int(t.end), q.start) <= 8 {
			return imgfriendly.NumValue(q.n), true
		}
	}
	return imgfriendly.Value{}, false
}

// bareYears is a number of years that opens the value of a label or the
// answer to a question about graduation: "YOG cutoff: 5 years", "Yes, 3
// years", "Seven years from graduation at the time of application".
func bareYears(_ *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	r := m.r
	if r.q == nil || r.q.weak || !r.q.all.has(tGrad) || !r.st.first || !opensValue(r, q) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.NumValue(q.n), true
}

// opensValue reports a number that opens the value of a label or the
// answer to a question, past a leading "Yes": "Yes, 3 years", "One attempt
// per step".
func opensValue(r *reading, q *quantity) bool {
	lead := strings.TrimLeft(r.low[:q.start], " ")
	return strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(lead, "yes"), ",")) == ""
}

// earliestYear is the first graduation year a calendar bound admits: "after
// 2018" and "after December 31, 2018" admit 2019 on; "after January 1,
// 2019" admits that year's class.
func earliestYear(_ *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	y := q.n
	if q.rel == relAfter && (!q.dated || strings.Contains(m.r.low[q.spanStart:q.start], "dec")) {
		y++
	}
	return imgfriendly.NumValue(y), true
}

// yearsSince converts the earliest graduation year into years against the
// page's cycle (its Match year, else the run date's year).
func yearsSince(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	if e.cyc.year == 0 {
		return imgfriendly.Value{}, false
	}
	v, _ := earliestYear(e, m, q)
	n := float64(e.cyc.year) - *v.Num
	if n <= 0 || n > 30 {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.NumValue(n), true
}

// countedTo names the moment the years are counted to, when the clause
// says: application, the Match or the start of training.
func countedTo(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	toks := m.cl.toks
	if q := m.r.q; q != nil && !q.weak && !hasKind(toks, kAnchor) {
		toks = q.toks // "Graduation to start of residency: <= 3 years"
	}
	for _, t := range toks {
		if t.e.kind != kAnchor {
			continue
		}
		switch t.e.arg {
		case ancApplication, ancMatch, ancTrainingStart:
			return imgfriendly.TextValue(anchorNames[t.e.arg]), true
		}
	}
	return imgfriendly.Value{}, false
}

// hasKind reports a word of kind k among toks.
func hasKind(toks []lexMatch, k kind) bool {
	for _, t := range toks {
		if t.e.kind == k {
			return true
		}
	}
	return false
}

// countedToYear is countedTo for a calendar year, which counts to the
// cycle's Match when the page names its cycle and to the time of
// application when the run date's year stands in.
func countedToYear(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	if v, ok := countedTo(e, m, q); ok {
		return v, ok
	}
	if _, ok := yearsSince(e, m, q); !ok {
		return imgfriendly.Value{}, false
	}
	if e.cyc.stated {
		return imgfriendly.TextValue("match"), true
	}
	return imgfriendly.TextValue("application"), true
}
