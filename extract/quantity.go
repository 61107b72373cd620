package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// quantity is one number of a normalised sentence, read with what stands
// around it: its unit ("5 years", "8 weeks", "3 attempts"), its relation
// to what it bounds ("at least", "no more than", "within the last", "or
// later"), and what kind of number it is. Numbers that are parts of
// identifiers (ACGME ids, NRMP codes, phone numbers, ZIP codes, dates,
// money) are marked id and never read as rules.
type quantity struct {
	start, end int // bytes of the number (with its unit and relations: span)
	spanStart  int
	spanEnd    int
	n          float64
	unit       uint8
	rel        uint8
	ordinal    bool // "first", "2nd": the n-th
	year       bool // a calendar year (1900–2099)
	dated      bool // a month (and day) stand before the year
	id         bool
	approx     bool // "mid-230s", "80's", "approximately"
	decimal    bool
	bound      topic // the topic it is bound to (see bindQuantities)
	boundAt    int   // where that topic's word is
	unitAt     int   // where its unit's word starts (0: no unit word)
	negAt      int   // 1 + where the modal negation its bound took starts (0: none; see modalNegationBefore)
}

// boundNegation is what a negation becomes once a bound has taken it
// ("must not … more than 5 years" is "no more than 5 years"): no longer a
// negation of the clause's topic.
var boundNegation = entry{text: "not", kind: kNone}

// takeBoundNegations hands the negations the quantities' bounds took over
// to them (see modalNegationBefore).
func takeBoundNegations(toks []lexMatch, qs []quantity) {
	for _, q := range qs {
		if q.negAt == 0 {
			continue
		}
		for k := range toks {
			if int(toks[k].start) == q.negAt-1 && toks[k].e.kind == kNeg {
				toks[k].e = &boundNegation
			}
		}
	}
}

// isYear reports a calendar year the pipeline may meet.
func (q *quantity) isYear() bool { return q.year }

// scoreLike reports a three-digit exam score (Step 1/2 CK scale 150–300,
// COMLEX 200–900), not an id, year or count of something else.
func (q *quantity) scoreLike() bool {
	return !q.id && !q.year && !q.ordinal && !q.decimal && q.unit == unitNone && q.n >= 150 && q.n <= 900 && q.n == float64(int(q.n))
}

// quantities reads every number of low (normalised text), with the lexicon
// matches toks of the same text.
func quantities(low string, toks []lexMatch, buf []quantity) []quantity {
	out := buf[:0]
	for i := 0; i < len(low); i++ {
		if !isDigit(low[i]) {
			continue
		}
		j := i
		for j < len(low) && isDigit(low[j]) {
			j++
		}
		q := quantity{start: i, end: j}
		digits := low[i:j]
		// a decimal: "1.5 months"
		if j+1 < len(low) && low[j] == '.' && isDigit(low[j+1]) && (j+2 == len(low) || !isDigit(low[j+2])) && len(digits) <= 2 &&
			(j+2 >= len(low) || low[j+2] != '.') {
			q.decimal = true
			q.end = j + 2
			j = q.end
		}
		q.n, _ = strconv.ParseFloat(low[i:q.end], 64)
		classifyNumber(low, &q, digits)
		if glued := gluedScores(low, i, j, digits); glued != nil {
			out = append(out, glued...)
			i = j
			continue
		}
		out = append(out, q)
		i = j
	}
	// ordinals written as words: "first attempt", "by the second try"
	for _, t := range toks {
		if t.e.kind == kOrdinal && !isDigit(low[t.start]) {
			out = append(out, quantity{start: int(t.start), end: int(t.end), n: float64(t.e.arg), ordinal: true})
		}
	}
	slices.SortFunc(out, func(a, b quantity) int { return a.start - b.start })
	// "the first 3 attempts": the ordinal opens a count, it is no number
	n := 0
	for k := range out {
		if out[k].ordinal && k+1 < len(out) && !out[k+1].ordinal && out[k].end < out[k+1].start &&
			strings.TrimSpace(low[out[k].end:out[k+1].start]) == "" && out[k].n == 1 {
			continue
		}
		out[n] = out[k]
		n++
	}
	out = out[:n]
	for k := range out {
		relate(low, toks, &out[k])
	}
	rangesOfDurations(low, out)
	sharedScoreBounds(low, toks, out)
	return out
}

// sharedScoreBounds gives a score with no relation of its own the lower
// bound of the score before it when only the exams they belong to and a
// coordinator stand between: "a minimum of 215 on Step 1 and 220 on Step 2
// CK", "at least 220 on Step 2 CK or 500 on COMLEX Level 2" — one bound
// over a coordination of scores.
func sharedScoreBounds(low string, toks []lexMatch, qs []quantity) {
	for k := 0; k+1 < len(qs); k++ {
		a, j := &qs[k], k+1
		for j < len(qs) && qs[j].start > 0 && isLexLetter(low[qs[j].start-1]) {
			j++ // the number of an exam's name: "step1"
		}
		if j == len(qs) {
			return
		}
		b := &qs[j]
		if b.rel != relNone || a.rel != relMin && a.rel != relGT || !a.scoreLike() || !b.scoreLike() || b.approx || a.end >= b.start {
			continue
		}
		gap := []byte(low[a.end:b.start])
		examNamed := false
		for _, t := range toks {
			if int(t.start) < a.end || int(t.end) > b.start {
				continue
			}
			if t.e.kind != kTopic || !examTokenTopics.has(topic(t.e.arg)) && topic(t.e.arg) != tScore {
				continue // its words are read by scoreCoordination
			}
			examNamed = examNamed || topic(t.e.arg) != tScore
			for i := int(t.start) - a.end; i < int(t.end)-a.end; i++ {
				gap[i] = ' '
			}
		}
		if examNamed && scoreCoordination(string(gap)) {
			b.rel = a.rel
		}
	}
}

// scoreCoordination reports the words left between two scores once their
// exams are taken out: a preposition and one coordinator ("on … and",
// "for …, ", "in … or").
func scoreCoordination(s string) bool {
	coord := strings.Count(s, ",") + strings.Count(s, "/") + strings.Count(s, ";") + strings.Count(s, "&")
	for _, f := range strings.Fields(scoreListSpacer.Replace(strings.ReplaceAll(s, ";", " "))) {
		switch f {
		case "and", "or":
			coord++
		case "on", "for", "in", "the", "a", "of", "exam":
		default:
			return false
		}
	}
	return coord == 1
}

// rangesOfDurations reads a range of months or weeks ("2-3 months",
// "three to six months") as its low end, the least that is asked: the low
// number takes the unit after the high one, which is no bound of its own.
func rangesOfDurations(low string, qs []quantity) {
	for k := 0; k+1 < len(qs); k++ {
		a, b := &qs[k], &qs[k+1]
		if a.unit != unitNone || a.id || a.year || a.ordinal || b.unit != unitMonth && b.unit != unitWeek || b.n <= a.n {
			continue
		}
		switch strings.TrimSpace(low[a.end:b.start]) {
		case "-", "–", "to":
			a.unit, a.unitAt, a.spanEnd = b.unit, b.unitAt, b.spanEnd
			b.approx = true
		}
	}
}

// classifyNumber marks ids, years, ordinals and approximations by what
// touches the digits.
func classifyNumber(low string, q *quantity, digits string) {
	i, j := q.start, q.end
	before := byte(' ')
	if i > 0 {
		before = low[i-1]
	}
	after := byte(' ')
	if j < len(low) {
		after = low[j]
	}
	switch {
	case len(digits) >= 5:
		q.id = true
	case before == '$' || before == '#' || before == '_' || before == '@':
		q.id = true
	case isLexLetter(before):
		q.id = true // "p1", "ant248914", "pgy2"
	case (after == '-' || after == '.' || after == '/' || after == ':') && j+1 < len(low) && isDigit(low[j+1]) && !q.decimal:
		// 402-559-6802, 6/1/18, 11:59, 3-6 months (a range: its low end stands)
		if after == '-' && len(digits) <= 2 && !longDigits(low[j+1:]) {
			break
		}
		if after == '/' && slashedScores(low, i) {
			break // "212/224 on Step 1/Step 2 CK"
		}
		q.id = true
	case (before == '-' || before == '.' || before == '/' || before == ':') && i >= 2 && isDigit(low[i-2]):
		if before == '-' && len(digits) <= 2 && !longDigits(low[:i-1]) {
			break
		}
		if before == '/' && i >= 4 && slashedScores(low, i-4) {
			break
		}
		if before == '-' && len(digits) == 4 && isCalendarYear(digits) {
			break // "2018-2020"
		}
		q.id = true
	}
	if q.id {
		return
	}
	if len(digits) == 4 && isCalendarYear(digits) {
		q.year = true
		q.dated = monthBefore(low[:i])
		return
	}
	// letters glued after the number
	k := j
	for k < len(low) && isLexLetter(low[k]) {
		k++
	}
	if k > j {
		switch suffix := low[j:k]; suffix {
		case "st", "nd", "rd", "th":
			q.ordinal = true
			q.end = k // "1st attempt": the unit follows the suffix
		case "s":
			q.approx = true // "230s"
		case "months", "month", "mos", "years", "year", "yrs", "yr", "weeks", "week", "wks":
		default:
			q.id = true
		}
	}
	if strings.HasPrefix(low[j:], "'s") {
		q.approx = true // "80's"
	}
}

// slashedScores reports two three-digit scores of one scale written with a
// slash between them from byte i ("212/224", "420/470"), alone: no digit,
// slash, dash or dot glued before the first or after the second (6/1/18,
// 212/224/236 and 402/559-6802 stay ids).
func slashedScores(low string, i int) bool {
	if i+7 > len(low) || low[i+3] != '/' {
		return false
	}
	for k := i; k < i+7; k++ {
		if k != i+3 && !isDigit(low[k]) {
			return false
		}
	}
	if i > 0 && (isDigit(low[i-1]) || strings.IndexByte("/-.:", low[i-1]) >= 0 || isLexLetter(low[i-1])) {
		return false
	}
	if e := i + 7; e < len(low) && (isDigit(low[e]) || strings.IndexByte("/-:", low[e]) >= 0 || isLexLetter(low[e]) ||
		low[e] == '.' && e+1 < len(low) && isDigit(low[e+1])) {
		return false
	}
	a, _ := strconv.Atoi(low[i : i+3])
	b, _ := strconv.Atoi(low[i+4 : i+7])
	usmle := func(n int) bool { return n >= 180 && n <= 300 }
	comlex := func(n int) bool { return n >= 350 && n <= 900 }
	return usmle(a) && usmle(b) || comlex(a) && comlex(b)
}

// longDigits reports whether s starts with three or more digits (the next
// group of a phone number).
func longDigits(s string) bool {
	return len(s) >= 3 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2])
}

func isCalendarYear(d string) bool {
	return d >= "1900" && d <= "2099"
}

func isLexLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// monthBefore reports a month name (and perhaps a day) just before a year:
// "january 1, 2015", "dec. 31st 2018", "june 2019".
func monthBefore(s string) bool {
	f := strings.Fields(commaDotSpacer.Replace(s))
	if n := len(f); n > 0 {
		if d := strings.TrimRight(f[n-1], "stndrh"); d != "" && isDigit(d[0]) {
			f = f[:n-1] // the day
		}
	}
	return len(f) > 0 && monthNames[f[len(f)-1]]
}

var monthNames = map[string]bool{"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true, "aug": true,
	"august": true, "sep": true, "sept": true, "september": true, "oct": true, "october": true, "nov": true,
	"november": true, "dec": true, "december": true}

// gluedScores reads a flattened table's cells glued together
// ("medicine220220pass"): a run of six or nine digits that splits into
// scores of one scale, touching letters. Nil otherwise.
func gluedScores(low string, i, j int, digits string) []quantity {
	if len(digits) != 6 && len(digits) != 9 {
		return nil
	}
	if !(i > 0 && isLexLetter(low[i-1]) || j < len(low) && isLexLetter(low[j])) {
		return nil
	}
	var out []quantity
	for k := 0; k < len(digits); k += 3 {
		n, _ := strconv.Atoi(digits[k : k+3])
		if n < 150 || n > 300 {
			return nil
		}
		out = append(out, quantity{start: i + k, end: i + k + 3, n: float64(n)})
	}
	return out
}

// relate reads the unit after a number and the relation around it from the
// lexicon matches, and sets the span the number and its words cover.
func relate(low string, toks []lexMatch, q *quantity) {
	q.spanStart, q.spanEnd = q.start, q.end
	if q.id {
		return
	}
	// the unit: the first word after the number, past filler words (a word
	// may say several things: "attempts" is a topic and a unit)
	after := q.end
	first := -1
	past := false
	if u, at, end, ok := unitPastExams(low, toks, q.end); ok {
		// "one USMLE failure", "two COMLEX and/or USMLE attempts": the
		// exams named between the number and its unit are what it counts on
		q.unit, q.unitAt, q.spanEnd, after, past = u, at, end, end, true
	}
	for _, t := range toks {
		if past {
			break
		}
		if int(t.start) < q.end || first >= 0 && int(t.start) != first {
			if first >= 0 {
				break
			}
			continue
		}
		if first < 0 {
			if !fillerOnly(low[after:t.start]) {
				break
			}
			first = int(t.start)
		}
		if t.e.kind == kUnit {
			q.unit = t.e.arg
			q.unitAt = int(t.start)
			q.spanEnd = int(t.end)
			after = int(t.end)
			if q.unit == unitAttempt && !q.ordinal && occasionUnits[low[t.start:t.end]] {
				q.unit = unitTimes // "more than one time" counts as "more than once" does
			}
			break
		}
	}
	if q.unit == unitNone && !past {
		relBeforeUnit(low, toks, q, &after)
	}
	if q.unit == unitNone && q.end < len(low) {
		// a unit glued to the number: "12months", "3yrs"
		switch rest := low[q.end:]; {
		case strings.HasPrefix(rest, "month"), strings.HasPrefix(rest, "mo"):
			q.unit = unitMonth
		case strings.HasPrefix(rest, "year"), strings.HasPrefix(rest, "yr"):
			q.unit = unitYear
		case strings.HasPrefix(rest, "week"), strings.HasPrefix(rest, "wk"):
			q.unit = unitWeek
		}
	}
	// a relation before the number (past "the", "a", month and day of a date)
	before := q.start
	firstAt := -1 // "the first few": where the ordinal opening the count stands
	for k := len(toks) - 1; k >= 0 && q.rel == relNone; k-- {
		t := toks[k]
		if int(t.end) > q.start {
			continue
		}
		gap := low[t.end:before]
		if !fillerOnly(gap) && !(q.year && dateOnly(gap)) {
			break
		}
		if t.e.kind == kRel {
			q.rel = t.e.arg
			q.spanStart = int(t.start)
			break
		}
		if t.e.kind == kLimit && strings.HasPrefix(t.e.text, "maximum") {
			q.rel = relMax // "a maximum number of two attempts"
			q.spanStart = int(t.start)
			break
		}
		if q.year && dateOnly(low[t.start:t.end]) {
			before = int(t.start) // "jan. 1st, 2021": the day is the date's
			continue
		}
		if t.e.kind == kOrdinal && t.e.arg == 1 && fillerOnly(low[t.end:q.start]) && !q.ordinal {
			before = int(t.start) // "within the first 3 attempts": the first few
			firstAt = before
			continue
		}
		if t.e.kind == kOrdinal || t.e.kind == kUnit {
			break
		}
	}
	if q.rel == relNone && q.unitAt > 0 && outAtCount[low[q.unitAt:q.spanEnd]] && namesExam(toks) {
		q.rel = relMax // "a three-strike rule for the USMLE": three attempts at most
	}
	if q.rel == relNone && firstAt >= 0 && (q.unit == unitAttempt || q.unit == unitTimes) {
		// "passed on the first two attempts": the first few attempts bound
		// the count as "in two attempts" does
		q.rel, q.spanStart = relIn, firstAt
	}
	if q.rel == relNone && q.ordinal && q.n >= 2 && firstOrBefore(low[:q.start]) {
		q.rel = relBy // "on the first or second attempt": by the second
	}
	// a relation after the number and its unit ("or higher", "or less", "+"),
	// also past what the count is per ("2 attempts per exam at most")
	for _, t := range toks {
		if int(t.start) < after {
			continue
		}
		if !fillerOnly(low[after:t.start]) && !(q.unit != unitNone && perGap(low[after:t.start])) {
			break
		}
		if t.e.kind == kRel && afterRel[t.e.text] {
			if q.rel == relNone || q.rel == relIn || q.rel == relBy {
				q.rel = t.e.arg
				if q.year && (t.e.text == "or more recent" || t.e.text == "or sooner") {
					q.rel = relSince // "2022 or more recent"
				}
			}
			q.spanEnd = int(t.end)
		}
		break
	}
	// "a 5-year cutoff", "a three year limit": a bound of that size; also
	// with what it limits between ("a 5-year graduation cutoff")
	if q.rel == relNone && q.unit != unitNone {
		first, from := -1, after
		for _, t := range toks {
			if int(t.start) < from || first >= 0 && int(t.start) != first {
				if first >= 0 {
					break
				}
				continue
			}
			first = int(t.start) // every reading of the next word
			if wordsBetween(low, from, first) != 0 {
				continue
			}
			if t.e.kind == kLimit && limitNouns[t.e.text] {
				q.rel = relMax
			} else if t.e.kind == kTopic && topic(t.e.arg) == tGrad && from == after {
				first, from = -1, int(t.end) // the limit noun may follow it
			}
		}
	}
	if q.rel == relGT {
		if k := modalNegationBefore(low, toks, q.spanStart); k >= 0 {
			q.rel = relMax // "must not be out of medical school for more than 5 years"
			q.negAt = int(toks[k].start) + 1
		} else if negationJustBefore(low[:q.spanStart]) {
			q.rel = relMax // "not with more than one failed attempt"
		}
	}
	if q.rel == relApprox {
		q.approx = true
	}
}

// occasionUnits are the units of attempts that name an occasion: after an
// ordinal the attempt ("on the first time"), after a count a number of
// times ("more than one time"), which a verb of failing makes failures
// (see failedBefore).
var occasionUnits = map[string]bool{"time": true}

// outAtCount are the units whose count is where one is out: N strikes are
// N attempts at most.
var outAtCount = map[string]bool{"strike": true, "strikes": true}

// namesExam reports an exam word among toks: strikes count attempts only
// where an exam is spoken of.
func namesExam(toks []lexMatch) bool {
	for _, t := range toks {
		if t.e.kind == kTopic && examTokenTopics.has(topic(t.e.arg)) {
			return true
		}
	}
	return false
}

// firstOrBefore reports text ending in "first or" ("on the first or
// second try"): the ordinal after it is the last of a range from the first.
func firstOrBefore(s string) bool {
	f := strings.Fields(s)
	n := len(f)
	return n >= 2 && f[n-1] == "or" && (f[n-2] == "first" || f[n-2] == "1st")
}

// relBeforeUnit reads a relation that stands between a number and its unit
// ("2 or more times", "three or more failed attempts", "1 or fewer
// failures"): the relation and the unit are the number's.
func relBeforeUnit(low string, toks []lexMatch, q *quantity, after *int) {
	for i, t := range toks {
		if int(t.start) < q.end {
			continue
		}
		if t.e.kind != kRel || !afterRel[t.e.text] || !fillerOnly(low[q.end:t.start]) {
			return
		}
		for _, u := range toks[i+1:] {
			if int(u.start) < int(t.end) {
				continue
			}
			if u.e.kind == kUnit && fillerOnly(low[t.end:u.start]) {
				q.rel, q.unit, q.unitAt, q.spanEnd, *after = t.e.arg, u.e.arg, int(u.start), int(u.end), int(u.end)
			}
			if int(u.start) > int(t.end)+1 || u.e.kind == kUnit {
				return
			}
		}
		return
	}
}

// unitPastExams finds a count's unit (attempts, failures, times) behind
// the names of exams that stand between it and its number ("one USMLE
// failure", "two USMLE and/or COMLEX attempts"). ok is false when no exam
// name comes first, or what follows the exams is no such unit.
func unitPastExams(low string, toks []lexMatch, from int) (unit uint8, at, end int, ok bool) {
	after, exams := from, 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if int(t.start) < after {
			continue
		}
		if !examGap(low[after:t.start]) {
			return 0, 0, 0, false
		}
		// every reading of the word at t.start
		isExam, u, uEnd := false, uint8(0), 0
		wEnd := int(t.end)
		for j := i; j < len(toks) && toks[j].start == t.start; j++ {
			switch e := toks[j].e; {
			case e.kind == kTopic && family(topic(e.arg)) == 2:
				isExam = true
				wEnd = max(wEnd, int(toks[j].end))
			case e.kind == kUnit && (e.arg == unitAttempt || e.arg == unitFailure || e.arg == unitTimes):
				u, uEnd = e.arg, int(toks[j].end)
			}
		}
		switch {
		case u != 0 && exams > 0:
			return u, int(t.start), uEnd, true
		case isExam && exams < 4:
			exams++
			after = wEnd
		default:
			return 0, 0, 0, false
		}
	}
	return 0, 0, 0, false
}

// examGap reports the words that may stand between exam names and between
// them and a count's unit: fillers and connectors ("and/or", "or", "step").
func examGap(s string) bool {
	for _, f := range strings.Fields(slashCommaParenSpacer.Replace(s)) {
		switch f {
		case "and", "or", "the", "a", "an", "of", "board", "exam", "exams", "examination":
		default:
			return false
		}
	}
	return true
}

// limitNouns are the limit words a size stands before ("a 5-year cutoff").
var limitNouns = map[string]bool{"cutoff": true, "cut-off": true, "cut off": true, "limit": true, "limitation": true,
	"restriction": true, "maximum": true, "cutoff date": true, "cut-off date": true, "cut off date": true, "time limit": true,
	"cutoff point": true, "cut-off point": true, "cut off point": true}

// negationJustBefore reports "not", "no", "cannot" or "never" among the
// last two words of s ("cannot exceed 4 years" is at most 4).
func negationJustBefore(s string) bool {
	f := strings.Fields(s)
	for i := len(f) - 1; i >= 0 && i >= len(f)-2; i-- {
		if f[i] == "not" || f[i] == "no" || f[i] == "cannot" || f[i] == "never" || strings.HasSuffix(f[i], "n't") {
			return true
		}
	}
	return false
}

// negatedModals are the auxiliaries whose negation forbids what follows:
// "must not", "may not", "cannot", "should not" (not "do not" or "will
// not", which describe or turn away rather than bound).
var negatedModals = map[string]bool{"must": true, "may": true, "can": true, "should": true, "shall": true}

// modalNegationBefore finds the negation of a modal ("must not", "cannot",
// "can't", "should not") that governs a "more than" bound starting at
// spanStart, and returns its index in toks (-1: none). The requirement is
// then an upper bound — "must not be out of medical school for more than 5
// years" is "no more than 5 years" — and the negation is the bound's, not
// the topic's. It reaches the bound across at most eight words with no
// clause break, condition, relative pronoun or second negation between.
func modalNegationBefore(low string, toks []lexMatch, spanStart int) int {
	for k := len(toks) - 1; k >= 0; k-- {
		t := toks[k]
		if int(t.end) > spanStart {
			continue
		}
		switch t.e.kind {
		case kBreak, kCond, kExcl:
			return -1
		case kNeg:
			gap := examsOut(low, toks[k+1:], int(t.end), spanStart)
			if fieldCount(gap) > 8 || strings.ContainsAny(gap, ",;:()") ||
				relativeGap(gap) || !modalNegation(low, t) {
				return -1
			}
			return k
		}
	}
	return -1
}

// modalNegation reports a negation that is a modal's: "cannot", "can't",
// "mustn't", or "not" right after must, may, can, should or shall. So is
// a "not" that opens its statement, perhaps after a perfect's auxiliary
// ("not retaken any step more than once", "has not failed …"): an item
// of a list whose lead-in asks ("you must be a graduate who has:"), whose
// modality the clause takes from its lead-in (a lead-in that describes
// makes it a figure, no rule). Inside a sentence a perfect's "not" is no
// modal's ("candidates who have not graduated more than 5 years ago
// should contact us" sets no limit).
func modalNegation(low string, t lexMatch) bool {
	w := low[t.start:t.end]
	switch w {
	case "cannot", "can't", "mustn't", "shouldn't", "can not":
		return true
	case "not":
		f := strings.Fields(low[max(0, int(t.start)-16):t.start])
		if len(f) > 0 && negatedModals[f[len(f)-1]] {
			return true
		}
		pre := strings.TrimLeft(low[:t.start], " -*•·")
		if pre == "" {
			return true
		}
		// "has not …" opening the statement
		return len(f) == 1 && perfectAux[f[0]] && len(pre) == len(f[0])+1
	}
	return false
}

// perfectAux are the auxiliaries of a perfect ("has not failed").
var perfectAux = map[string]bool{"has": true, "have": true, "had": true}

// examsOut is low[a:b] with the names of exams in it, and the words that
// coordinate them ("either Step 1 or Step 2 of the USMLE"), blanked: a
// list of the exams a count is on is no relative clause or new item
// between a negation and its bound, nor words that keep them apart. toks
// are the lexicon's matches from a on.
func examsOut(low string, toks []lexMatch, a, b int) string {
	gap := low[a:b]
	var buf []byte
	for _, t := range toks {
		if int(t.start) >= b {
			break
		}
		if t.e.kind != kTopic || !examTokenTopics.has(topic(t.e.arg)) || int(t.start) < a || int(t.end) > b {
			continue
		}
		if buf == nil {
			buf = []byte(gap)
		}
		for i := int(t.start) - a; i < int(t.end)-a; i++ {
			buf[i] = ' '
		}
	}
	if buf == nil {
		return gap
	}
	// the coordinators left between blanks, and "either" before them
	f := strings.Fields(string(buf))
	out := f[:0]
	for _, w := range f {
		switch w {
		case "and", "or", "and/or", "either", "both", "nor", "of", "the":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// relativeGap reports a relative pronoun or conjunction in the words
// between a negation and a bound: the bound belongs to another clause.
func relativeGap(s string) bool {
	for _, w := range strings.Fields(s) {
		switch w {
		case "who", "that", "which", "whose", "and", "or", "if", "unless", "when":
			return true
		}
	}
	return false
}

// afterRel are the relations written after a number ("220 or higher", "3
// years or less", "2019 or later").
var afterRel = map[string]bool{"or higher": true, "or above": true, "or more": true, "or greater": true, "or better": true,
	"and above": true, "and higher": true, "and up": true, "+": true, "or over": true, "and over": true, "or less": true,
	"or fewer": true, "or sooner": true, "or more recent": true, "maximum": true, "max": true, "max.": true, "minimum": true,
	"min": true, "or later": true, "or after": true, "and later": true, "and after": true, "onward": true, "onwards": true,
	"or newer": true, "and beyond": true, "or since": true, "at most": true, "or under": true, "is the most": true,
	"at the most": true, "the most we accept": true, "is the maximum": true}

// perGap reports the words of what a count is per: "per exam", "on each
// step", "for each test".
func perGap(s string) bool {
	f := strings.Fields(s)
	if n := len(f); n > 0 && (f[n-1] == "is" || f[n-1] == "are") {
		f = f[:n-1] // "3 attempts per step is the most"
	}
	switch {
	case len(f) == 2 && f[0] == "per", len(f) == 3 && (f[0] == "on" || f[0] == "for") && (f[1] == "each" || f[1] == "every"):
		return true
	}
	return false
}

// fillerOnly reports whether s holds only spaces and words that stand
// between a number and its relation or unit: "the", "a", "an", "of", "(",
// "full", "consecutive".
func fillerOnly(s string) bool {
	// the words of parenDashCommaSpacer.Replace(s), read in s
	for f := range strings.FieldsFuncSeq(s, isSpaceParenDashComma) {
		switch f {
		case "the", "a", "an", "of", "full", "consecutive", "calendar", "additional", "total", "period":
		default:
			return false
		}
	}
	return true
}

// dateOnly reports whether s is the month and day of a date before its year.
func dateOnly(s string) bool {
	for _, f := range strings.Fields(commaDotSpacer.Replace(s)) {
		if monthNames[f] {
			continue
		}
		f = strings.TrimRight(f, "stndrh")
		if _, err := strconv.Atoi(f); err != nil {
			return false
		}
	}
	return true
}

// isSpaceParenDashComma reports what strings.Fields splits
// parenDashCommaSpacer.Replace(s) at: white space, and the characters the
// replacer makes spaces.
func isSpaceParenDashComma(r rune) bool {
	return r == '(' || r == ')' || r == '-' || r == ',' || unicode.IsSpace(r)
}

// Replacers that turn punctuation into spaces before a text is split into
// words, built once (a Replacer is safe for concurrent use) rather than per
// call.
var (
	commaDotSpacer        = strings.NewReplacer(",", " ", ".", " ")
	slashCommaParenSpacer = strings.NewReplacer("/", " ", ",", " ", "(", " ", ")", " ")
	parenDashCommaSpacer  = strings.NewReplacer("(", " ", ")", " ", "-", " ", ",", " ")
	scoreListSpacer       = strings.NewReplacer(",", " ", "&", " ", "/", " ", "(", " ", ")", " ")
	commaParenSpacer      = strings.NewReplacer(",", " ", "(", " ")
	commaSlashSpacer      = strings.NewReplacer(",", " ", "/", " ")
)
