package extract

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// exam identifies a licensing exam part.
type exam int

const (
	examStep1 exam = iota
	examStep2
	examLevel1
	examLevel2
)

// Patterns over normalised text for exam requirements.
var (
	examToken   = regexp.MustCompile(`step1|step2ck|comlex(?:-usa)?(?: level1| level2)?|level1|level2|\b\d{3}\b`)
	passWord    = mustGate(`\bpass(?:ed|ing)?\b`, "pass")
	passFail    = mustGateSure(`pass\s*/\s*fail|pass-fail|pass or fail|pass/no pass`, []string{"pass-fail", "pass or fail", "pass/no pass"}, "pass")
	scoreNotReq = mustGateSure(`not (?:required|necessary|mandatory)`, []string{"not required", "not necessary", "not mandatory"})
	// attempts
	firstAttempt = mustGate(`\b(?:first|1st|single|1)[- ](?:attempt|try|sitting)|not (?:consider|accept)\w*[^.;]{0,30}\bany (?:usmle |step )?(?:failures?|failed attempts?)|\bno (?:prior |previous )?(?:failures?|failed attempts?|fails|attempt failures?)\b|without (?:any )?(?:failures?|failed attempts?)|never failed|no more than 1 attempt`, "attempt", "try", "sitting", "fail")
	maxFailures  = mustGate(`\b(?:no more than|not more than|at most|a maximum of|maximum of|max\.?|up to|only)\s+(\d)\s+(?:failures?|failed attempts?|fails|attempt failures?)|more than (\d) (?:failures?|failed attempts?)[^.;]{0,40}\bnot\b`, "fail")
	maxAttempts  = mustGate(`\b(?:no more than|not more than|at most|a maximum of|maximum of|max\.?|up to|maximum|within|in|limit of)\s+(\d)\s+attempts?\b|\b(\d)\s+attempts?\s+(?:or fewer|or less|maximum|max\b|per step|per exam)|more than (\d) attempts?[^.;]{0,40}\bnot\b`, "attempt")
	attemptsMore = mustGate(`\b(\d) or more (?:attempts?|failures?)[^.;]{0,40}\bnot\b`, "attempt", "fail")
	// attemptsValue: a bare value under an attempts label: "Maximum 2 per Step".
	attemptsValue = regexp.MustCompile(`^(?:maximum|max\.?|no more than|up to|at most|limit)?:?\s*(\d)\b(?:\s+(?:per|attempts?|total)\b|\s*$)`)
)

// scoreRules reads exam minimums, pass requirements and attempt limits from
// one statement. A statement about visas is skipped: its scores are that
// visa's condition, not a general minimum.
func scoreRules(st *stmt, c *collector) {
	low := st.low
	ctx := low
	if st.q != "" && !st.qWeak {
		ctx = st.qLow + " : " + low
	}
	if !isExamTopic(ctx) {
		return
	}
	if isVisaTopic(low) || st.q != "" && !st.qWeak && isVisaTopic(st.qLow) {
		return // a score in a visa statement is the visa's condition
	}
	soft := isSoft(ctx)
	stats := isStats(low)
	scoreMins(st, c, ctx, soft, stats)
	passRequired(st, c, ctx)
	attempts(st, c, ctx, soft)
}

// scoreMins assigns each three-digit score to the exams named just before it
// (or, failing that, just after it).
func scoreMins(st *stmt, c *collector, ctx string, soft, stats bool) {
	if stats || !hasThreeDigits(ctx) || scoreNotReq.MatchString(ctx) {
		return // a score has three digits
	}
	toks := examToken.FindAllStringIndex(ctx, -1)
	var pending []exam
	pendEnd := 0
	for i, t := range toks {
		w := ctx[t[0]:t[1]]
		if w[0] >= '0' && w[0] <= '9' {
			n, _ := strconv.Atoi(w)
			exams := pending
			if len(exams) == 0 && i+1 < len(toks) && toks[i+1][0]-t[1] < 40 {
				if e, ok := examOf(ctx[toks[i+1][0]:toks[i+1][1]]); ok {
					exams = []exam{e}
				}
			}
			cue := ctx[max(0, t[0]-40):min(len(ctx), t[1]+25)]
			if st.q != "" && !st.qWeak {
				cue += " " + st.qLow
			}
			for _, e := range exams {
				scoreFact(st, c, e, n, soft, isHard(cue))
			}
			pending = nil
			continue
		}
		if e, ok := examOf(w); ok {
			if len(pending) > 0 && !examJoin.MatchString(ctx[pendEnd:t[0]]) {
				pending = nil // "passed Step 1 and have a Step 2 CK of 220": 220 is Step 2 CK's only
			}
			pending = append(pending, e)
			pendEnd = t[1]
		}
	}
}

// examJoin is what may stand between exams that share one score.
var examJoin = regexp.MustCompile(`^[\s,/&]*(?:(?:and|or|&)\s*)?(?:usmle\s*)?$`)

// examOf maps a token to its exam.
func examOf(tok string) (exam, bool) {
	switch {
	case tok == "step1":
		return examStep1, true
	case tok == "step2ck":
		return examStep2, true
	case strings.HasSuffix(tok, "level1"):
		return examLevel1, true
	case strings.HasSuffix(tok, "level2"):
		return examLevel2, true
	}
	return 0, false
}

func scoreFact(st *stmt, c *collector, e exam, n int, soft, hard bool) {
	switch e {
	case examStep1:
		if n >= 180 && n <= 300 && hard && !soft {
			c.add(imgfriendly.FieldStep1Min, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
		}
	case examStep2:
		if n < 180 || n > 300 {
			return
		}
		if soft {
			c.add(imgfriendly.FieldStep2CKPreferredMin, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
		} else if hard {
			c.add(imgfriendly.FieldStep2CKMin, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
		}
	case examLevel2:
		if n >= 350 && n <= 900 && hard && !soft {
			c.add(imgfriendly.FieldComlex2Min, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
		}
	}
}

// passRequired reads "must have passed Step 1", "Step 1: Pass".
func passRequired(st *stmt, c *collector, ctx string) {
	if passFail.MatchString(ctx) && !strings.Contains(ctx, "must") && !strings.Contains(ctx, "require") {
		return
	}
	if !passWord.MatchString(st.low) && !(st.q != "" && passWord.MatchString(st.qLow) && isShortValue(st.text)) {
		return
	}
	label := st.q != "" && !st.qWeak
	required := isHard(ctx) || label || strings.HasPrefix(st.low, "pass")
	if !required || isSoft(ctx) {
		return
	}
	neg := scoreNotReq.MatchString(ctx) || strings.Contains(ctx, "not need")
	if strings.Contains(ctx, "step1") && !strings.Contains(ctx, "step1 and step2ck scores") {
		c.add(imgfriendly.FieldStep1PassRequired, imgfriendly.BoolValue(!neg), "", rankExplicit, st)
	}
	if strings.Contains(ctx, "comlex") && strings.Contains(ctx, "level1") {
		c.add(imgfriendly.FieldComlex1PassRequired, imgfriendly.BoolValue(!neg), "", rankExplicit, st)
	}
}

// attempts reads the maximum number of attempts per exam.
func attempts(st *stmt, c *collector, ctx string, soft bool) {
	if soft || !strings.Contains(ctx, "attempt") && !strings.Contains(ctx, "fail") && !strings.Contains(ctx, "first") && !strings.Contains(ctx, "sitting") {
		return
	}
	n := 0
	var m []string
	// the three counting expressions all need a digit, white space and
	// "attempt", "fail" or "or more" after it
	counted := numberThen(ctx, countedNext)
	switch {
	case counted && submatch(&m, maxFailures, ctx):
		f, _ := strconv.Atoi(m[1] + m[2])
		n = f + 1
	case counted && submatch(&m, attemptsMore, ctx):
		k, _ := strconv.Atoi(m[1])
		if strings.Contains(m[0], "failure") {
			n = k
		} else {
			n = k - 1
		}
	case counted && submatch(&m, maxAttempts, ctx):
		n, _ = strconv.Atoi(m[1] + m[2] + m[3])
	case firstAttempt.MatchString(ctx) && (passWord.MatchString(ctx) || strings.Contains(ctx, "fail") ||
		strings.Contains(ctx, "only") || strings.Contains(ctx, "requir") || strings.Contains(ctx, "must")):
		n = 1
	case st.q != "" && !st.qWeak && strings.Contains(st.qLow, "attempt") && attemptsValue.MatchString(st.low):
		n, _ = strconv.Atoi(attemptsValue.FindStringSubmatch(st.low)[1])
	}
	if n >= 1 && n <= 6 {
		c.add(imgfriendly.FieldAttemptsMax, imgfriendly.NumValue(float64(n)), "", rankExplicit, st)
	}
}

// countedNext are the words that follow a number and its spaces in every
// match of maxFailures, attemptsMore and maxAttempts.
var countedNext = []string{"attempt", "fail", "or more "}

// submatch sets *m to re's submatches in s and reports whether it matched.
func submatch(m *[]string, re gatedRegexp, s string) bool {
	*m = re.FindStringSubmatch(s)
	return *m != nil
}

// hasThreeDigits reports whether s has three digits in a row.
func hasThreeDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if run++; run == 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
