package extract

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Patterns over normalised text for US clinical experience.
var (
	usceWord   = mustGate(`\busce\b|\bus (?:based |hands-on )?clinical (?:experience|rotations?)|clinical (?:experience|rotations?) (?:in|within) the us\b|clinical experience in us\b|\bus-based clinical|hands-on (?:us )?clinical experience|\bus health ?care (?:experience|setting)`, "usce", "clinical", "health care", "healthcare")
	usceNotReq = mustGateSure(`not (?:required|necessary|mandatory|needed|a requirement)|\bno (?:usce )?requirement|(?:do|does|don't|doesn't) not? ?require|\boptional\b|^no\.?$|^none\.?$|^not required`,
		[]string{"not required", "not necessary", "not mandatory", "not needed", "not a requirement"}, "no", "require", "optional")
	usceReq = mustGateSure(`requir|\bmust\b|mandatory|\bneed\b|minimum|at least|essential|necessary`,
		[]string{"requir", "mandatory", "minimum", "at least", "essential", "necessary"}, "must", "need")
	months       = mustGate(`\b(\d{1,2}(?:\.\d)?)\s*(?:-\s*)?(months?|mos?\.?|weeks?|wks?)\b`, "mo", "week", "wk")
	recency      = mustGate(`(?:within|in|during) (?:the )?(?:last|past|previous|prior)\s*$`, "last", "past", "previous", "prior")
	usceAsk      = mustGateSure(`requir|\bneed|\bmust\b|necessary|mandatory`, []string{"requir", "necessary", "mandatory"}, "need", "must")
	obsValueYes  = regexp.MustCompile(`^(?:yes|accepted|counts?|acceptable|considered|qualif)`)
	obsValueNo   = regexp.MustCompile(`^(?:no\b|not\b|do not|does not|don't|doesn't|never)`)
	observership = mustGateSure(`observership|shadowing`, []string{"observership", "shadowing"})
	obsNo        = regexp.MustCompile(`not (?:count|be counted|accepted|acceptable|considered|qualify|valid|sufficient|meet|satisfy|fulfil)|(?:do|does|don't|doesn't|will not|won't|cannot|can't) (?:not )?(?:count|qualify|satisfy|meet|fulfil)|\bno observerships\b|excluding observerships|(?:except|other than|excludes?|not including) observerships|hands-on (?:experience )?only|must be hands-on|observerships? (?:are|is) not`)
	obsYes       = mustGate(`observerships? (?:and externships )?(?:count|are accepted|are acceptable|is accepted|is acceptable|qualify|are considered|is considered|will be considered|are counted|satisfy|meet)|including observerships|(?:includes?|or|and) observerships?|observerships? (?:are|is) (?:fine|ok|welcome)`, "observership")
)

// mentionsUSCE is a cheap test that lets most sentences skip the USCE rules.
func mentionsUSCE(low string) bool {
	return usceHints.find(low, 1) != 0
}

var usceHints = newKeywordSet([]string{"usce", "clinical", "observership", "hands-on", "shadowing", "health care", "healthcare"})

// usceRules reads the USCE requirement, its length and whether observerships
// count from one statement.
func usceRules(st *stmt, c *collector) {
	low := st.low
	if !mentionsUSCE(low) && (st.qWeak || !mentionsUSCE(st.qLow)) {
		return
	}
	strongQ := st.q != "" && !st.qWeak
	labelCtx := strongQ && usceWord.MatchString(st.qLow)
	obsQ := strongQ && observership.MatchString(st.qLow)
	obsHere := observership.MatchString(low)
	if !labelCtx && !obsQ && !usceWord.MatchString(low) && !(obsHere && strings.Contains(low, "experience")) {
		return
	}
	if isVisaTopic(low) {
		return
	}
	yes, no := st.first && strongQ && yesStart.MatchString(low), st.first && strongQ && noStart.MatchString(low)
	// Observerships: a statement about them says nothing about the requirement.
	if obsHere || obsQ {
		switch {
		case obsNo.MatchString(low) || no || obsQ && !obsHere && obsValueNo.MatchString(low):
			c.add(imgfriendly.FieldUSCEObservershipOK, imgfriendly.BoolValue(false), "", rankExplicit, st)
		case obsYes.MatchString(low) || yes || obsQ && !obsHere && obsValueYes.MatchString(low):
			c.add(imgfriendly.FieldUSCEObservershipOK, imgfriendly.BoolValue(true), "", rankExplicit, st)
		}
		return
	}
	if strings.Contains(low, "hands-on") && (strings.Contains(low, "only") || strings.Contains(low, "must be")) {
		c.add(imgfriendly.FieldUSCEObservershipOK, imgfriendly.BoolValue(false), "", rankExplicit, st)
	}
	if strongQ && strings.Contains(st.qLow, "recen") {
		return // "Does my clinical experience need to be recent?": recency, not a requirement
	}
	asksRequired := labelCtx && usceAsk.MatchString(st.qLow)
	req := ""
	switch {
	case isSoft(low) && !strings.Contains(low, "not preferred"):
		req = "preferred"
	case no && asksRequired, usceNotReq.MatchString(low):
		req = "not_required"
	case yes && asksRequired, usceReq.MatchString(low):
		req = "required"
	}
	if req != "" {
		c.add(imgfriendly.FieldUSCERequirement, imgfriendly.TextValue(req), "", rankExplicit, st)
	}
	if req == "not_required" {
		return
	}
	for _, m := range months.FindAllStringSubmatchIndex(low, -1) {
		if recency.MatchString(low[:m[0]]) {
			continue // "within the last 12 months": how recent, not how long
		}
		n, err := strconv.ParseFloat(low[m[2]:m[3]], 64)
		if err != nil || n <= 0 {
			continue
		}
		if low[m[4]] == 'w' {
			n = math.Round(n/4.345*10) / 10 // weeks to months, one decimal
		}
		if n > 36 {
			continue
		}
		c.add(imgfriendly.FieldUSCEMonths, imgfriendly.NumValue(n), "", rankExplicit, st)
		break
	}
}
