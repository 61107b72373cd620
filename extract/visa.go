package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// visaType is one of the two visas the pipeline tracks.
type visaType int

const (
	visaJ1 visaType = iota
	visaH1B
)

var visaFields = [2]imgfriendly.Field{imgfriendly.FieldVisaJ1, imgfriendly.FieldVisaH1B}

// Patterns over normalised text (see norm).
var (
	negCue = mustGate(`\b(?:not|no|none|don't|doesn't|cannot|can't|unable|never|neither|nor|won't|isn't|aren't|without|no longer|ineligible)\b|n't\b`, "no", "n't", "unable", "never", "neither", "without", "ineligible")
	posCue = mustGateSure(`sponsor|accept|support|offer|consider|eligib|welcome|availab|provid|process|file|allow|obtain|yes\b|\bwe do\b|\bwill\b|\bcan\b`,
		[]string{"sponsor", "accept", "support", "offer", "consider", "eligib", "welcome", "availab", "provid", "process", "file", "allow", "obtain"},
		"yes", "we do", "will", "can")
	// exclusive: "only J-1", "J-1 only", "exclusively J-1".
	exclusiveBefore = mustGate(`\b(?:only|exclusively|solely)\s+(?:(?:accept|sponsor|support|consider|offer|take)s?\s+)?(?:the\s+)?(?:ecfmg[- ]sponsored\s+)?(?:j1|h1b)\b(?:\s*(?:,|and|or|/)\s*(?:j1|h1b)\b)?`, "only", "exclusively", "solely")
	exclusiveAfter  = mustGate(`(?:j1|h1b)\s*(?:\(\s*ecfmg\s*\)\s*)?(?:visas?\s*)?(?:holders?\s*|sponsorship\s*|status\s*)?(?:only|exclusively)\b(\s+(?:for|if|when|with|to|after|in|on|as|under|through)\b)?`, "only", "exclusively")
	// genericNeg: the program sponsors no visa at all.
	genericNeg = mustGate(`(?:\b(?:we|program|institution|hospital|department|residency)\b[^.]{0,40}\b(?:not|unable to|cannot|no longer)\b[^.]{0,25}\bsponsor)|\bno visa sponsorship\b|\bvisa sponsorship is not\b|\bvisas? (?:are|is) not (?:sponsored|offered|available|supported)\b|\bdo(?:es)? not (?:offer|provide|support) (?:any )?visa|\bnot (?:able to )?sponsor (?:any )?(?:visas|foreign)|\bunable to sponsor\b|\b(?:requir|need)\w* (?:a )?visa(?: sponsorship)? (?:are|is|will) not (?:be )?(?:eligible|considered)\b|\bno visas? (?:are|is) sponsored\b`, "sponsor", "visa")
	// citizensOnly: only citizens and permanent residents may apply.
	citizensOnly = mustGate(`\b(?:only|must be|limited to|restricted to|open only to|open to)\b[^.;]{0,30}\b(?:citizens?|permanent residents?|green card)|\bcitizens?(?: and| or|/|,)? (?:lawful )?(?:permanent residents?|green card holders?)(?: only)\b|\b(?:citizenship|permanent residency|green card) (?:is )?required\b|\bcitizens? only\b`, "citizen", "permanent resident", "green card")
	visaWord     = mustGateSure(`\bvisas?\b|sponsorship`, []string{"sponsorship"}, "visa")
	citizenWord  = mustGateSure(`\bcitizen|permanent resident|green card`, []string{"permanent resident", "green card"}, "citizen")
	yesStart     = regexp.MustCompile(`^(?:yes|yep|absolutely|certainly|of course)\b`)
	noStart      = regexp.MustCompile(`^(?:no|nope)(?:[,.;!:]|$| -| we\b| it\b| the\b| they\b| our\b| unfortunately\b| not\b)`)
	// valueYes and valueNo read a bare value under a visa label or question.
	valueYes = regexp.MustCompile(`^(?:yes|sponsored|accepted|available|offered|supported|we do|we sponsor|we accept|sponsor|considered)\b`)
	valueNo  = mustGate(`^(?:no|none|not\b|we do not|we don't|unfortunately|unable|never|n't)|\bnot (?:sponsored|accepted|available|offered|supported|at this time)\b|\bdo not\b|\bdon't\b|\bcannot\b|\bunable\b`, "no", "n't", "unfortunately", "unable", "never")
	// condTrigger finds where a visa's condition starts in the original text.
	condTrigger = regexp.MustCompile(`(?i)\b(?:only if|only for|only when|only after|only to|if|provided(?: that)?|as long as|when|for (?:applicants|candidates|those|residents|graduates|individuals|exceptional|highly|outstanding|international|current|people)|on a case[- ]by[- ]case basis|case[- ]by[- ]case|in (?:rare|exceptional|limited|select|certain) (?:cases|circumstances|situations)|subject to|unless|except|depending on|who (?:have|has|are|hold|already)|with (?:step|usmle|passing|a passing|scores?|a score)|after passing|contingent (?:on|upon)|(?:current|existing) h-?1-?b holders?|(?:current|existing) holders)\b`)
	origVisa    = [2]*regexp.Regexp{regexp.MustCompile(`(?i)j\s?-?\s?1\b`), regexp.MustCompile(`(?i)h\s?-?\s?1\s?-?\s?b\b|h-?1\s+visa`)}
	bothWord    = mustGate(`\bboth\b`, "both")
	mustWord    = mustGate(`\b(?:must|need|have to|required?|only)\b`, "must", "need", "have to", "require", "only")
	holdersOnly = mustGate(`(?i)\b(?:current|existing)\b[^.;]*\bholders?\b(?:\s+only)?`, "holder")
	bareCond    = regexp.MustCompile(`(?i)^(?:yes|sponsored|available|accepted|offered|considered)?[,.;:\s-]*`)
)

// visaRules reads J-1 and H-1B sponsorship from one statement.
func visaRules(st *stmt, c *collector) {
	low := st.low
	if !mentionsVisa(low) && !mentionsVisa(st.qLow) {
		return
	}
	hasType := strings.Contains(low, "j1") || strings.Contains(low, "h1b")
	qTypes := typesIn(st.qLow)
	qAbout := len(qTypes) > 0 || (st.qLow != "" && (visaWord.MatchString(st.qLow) || citizenWord.MatchString(st.qLow)))
	if !hasType && !qAbout && !visaWord.MatchString(low) && !citizenWord.MatchString(low) {
		return
	}
	// An answer's leading Yes/No answers its question.
	if st.first && st.q != "" && !st.qWeak && qAbout {
		answerPolarity(st, qTypes, c)
	} else if !hasType && len(qTypes) > 0 && fieldCount(low) <= 12 && !visaWord.MatchString(low) {
		// A bare value under a label or heading naming the visa.
		valuePolarity(st, qTypes, c)
	} else if !hasType && st.q != "" && !st.qWeak && visaWord.MatchString(st.qLow) && fieldCount(low) <= 6 {
		if valueNo.MatchString(low) && !valueYes.MatchString(low) {
			c.add(visaFields[visaJ1], imgfriendly.BoolValue(false), "", rankGeneric, st)
			c.add(visaFields[visaH1B], imgfriendly.BoolValue(false), "", rankGeneric, st)
		}
	}
	if citizensOnly.MatchString(low) && !strings.Contains(low, " not ") && !strings.Contains(low, "n't") {
		c.add(visaFields[visaJ1], imgfriendly.BoolValue(false), "", rankGeneric, st)
		c.add(visaFields[visaH1B], imgfriendly.BoolValue(false), "", rankGeneric, st)
	}
	parts := clauses(low)
	listCtx := st.q != "" && !st.qWeak && visaWord.MatchString(st.qLow) && !negCue.MatchString(st.qLow) && len(qTypes) == 0
	var prevTypes []visaType
	for i, part := range parts {
		types := typesIn(part)
		if len(types) == 0 && bothWord.MatchString(part) && posCue.MatchString(part) && !negCue.MatchString(part) {
			types = prevTypes // "…on a J-1 or an H-1B visa; both are supported"
		}
		prevTypes = types
		if len(types) == 0 {
			// every form of genericNeg also says "no", "not" or "unable"
			if (strings.Contains(part, "no") || strings.Contains(part, "unable")) && genericNeg.MatchString(part) {
				c.add(visaFields[visaJ1], imgfriendly.BoolValue(false), "", rankGeneric, st)
				c.add(visaFields[visaH1B], imgfriendly.BoolValue(false), "", rankGeneric, st)
			}
			continue
		}
		excl := exclusiveTypes(part)
		neg := negCue.MatchString(stripNotOnly(part))
		pos := posCue.MatchString(part) || len(excl) > 0 || listCtx
		unless := i+1 < len(parts) && conditionalNeg(parts[i+1])
		switch {
		case neg && unless:
			// "we do not sponsor H-1B unless …": a conditional yes
			for _, t := range types {
				c.add(visaFields[t], imgfriendly.BoolValue(true), visaCondition(st.text, t), rankExplicit, st)
			}
		case neg && !conditionalNeg(part):
			for _, t := range types {
				c.add(visaFields[t], imgfriendly.BoolValue(false), "", rankExplicit, st)
			}
		case pos:
			for _, t := range types {
				c.add(visaFields[t], imgfriendly.BoolValue(true), visaCondition(st.text, t), rankExplicit, st)
			}
			if len(excl) > 0 {
				for t := visaJ1; t <= visaH1B; t++ {
					if !containsType(excl, t) {
						c.add(visaFields[t], imgfriendly.BoolValue(false), "", rankImplied, st)
					}
				}
			}
		}
	}
}

// visaHints are the words of a visa or citizenship statement.
var visaHints = newKeywordSet([]string{"visa", "j1", "h1b", "sponsor", "citizen", "permanent resident", "green card"})

// mentionsVisa is a cheap test that lets most sentences skip the visa
// rules' regular expressions.
func mentionsVisa(low string) bool {
	return visaHints.find(low, 1) != 0
}

// answerPolarity applies an answer's leading "Yes"/"No" to its question.
func answerPolarity(st *stmt, qTypes []visaType, c *collector) {
	q := st.qLow
	if i := strings.Index(q, "?"); i >= 0 && i < len(q)-1 {
		q = q[:i+1] // a compound question: the leading yes/no answers its first part
		qTypes = typesIn(q)
	}
	yes, no := yesStart.MatchString(st.low), noStart.MatchString(st.low)
	if !yes && !no {
		if !strings.Contains(st.low, "j1") && !strings.Contains(st.low, "h1b") && len(qTypes) > 0 && !visaWord.MatchString(st.low) {
			valuePolarity(st, qTypes, c)
		}
		return
	}
	if strings.Contains(q, "only") {
		return
	}
	citizen := citizenWord.MatchString(q)
	switch {
	case yes && citizen && len(qTypes) == 0 && mustWord.MatchString(q):
		c.add(visaFields[visaJ1], imgfriendly.BoolValue(false), "", rankGeneric, st)
		c.add(visaFields[visaH1B], imgfriendly.BoolValue(false), "", rankGeneric, st)
	case citizen:
	case yes && len(qTypes) == 1:
		c.add(visaFields[qTypes[0]], imgfriendly.BoolValue(true), answerCondition(st.text), rankExplicit, st)
	case no && len(qTypes) > 0:
		for _, t := range qTypes {
			c.add(visaFields[t], imgfriendly.BoolValue(false), "", rankExplicit, st)
		}
	case no && visaWord.MatchString(q) && strings.Contains(q, "sponsor"):
		c.add(visaFields[visaJ1], imgfriendly.BoolValue(false), "", rankGeneric, st)
		c.add(visaFields[visaH1B], imgfriendly.BoolValue(false), "", rankGeneric, st)
	}
}

// valuePolarity reads a short answer with no visa named ("Sponsored", "Not
// at this time", "Only for current H-1B holders") as about the question's visa.
func valuePolarity(st *stmt, qTypes []visaType, c *collector) {
	if len(qTypes) != 1 && !(len(qTypes) == 2 && valueNo.MatchString(st.low)) {
		return
	}
	low := st.low
	switch {
	case valueNo.MatchString(low) && !conditionalNeg(low):
		for _, t := range qTypes {
			c.add(visaFields[t], imgfriendly.BoolValue(false), "", rankExplicit, st)
		}
	case valueYes.MatchString(low) || condTriggerStart(st.text) >= 0 || strings.Contains(low, "only"):
		c.add(visaFields[qTypes[0]], imgfriendly.BoolValue(true), answerCondition(st.text), rankExplicit, st)
	}
}

// answerCondition returns the condition an answer attaches to its "yes":
// the answer without its leading "Yes," when something conditional remains.
func answerCondition(text string) string {
	rest := strings.TrimSpace(bareCond.ReplaceAllString(text, ""))
	rest = strings.TrimRight(rest, ". ")
	if rest == "" || condTriggerStart(rest) < 0 && !strings.Contains(strings.ToLower(rest), "only") {
		return ""
	}
	return rest
}

// visaCondition returns the condition attached to a visa in a sentence:
// from the first condition word after the visa's mention (and before the
// other visa's) to the clause's end; or a leading "If …," clause; or a
// condition that itself names the visa ("only for applicants who already
// hold an H-1B visa").
func visaCondition(text string, t visaType) string {
	mine := visaSpans(text, t)
	other := visaSpans(text, 1-t)
	if len(mine) == 0 {
		return ""
	}
	for _, m := range mine {
		end := len(text)
		for _, o := range other {
			if o[0] >= m[1] && o[0] < end {
				end = o[0]
			}
		}
		seg := text[m[1]:end]
		if at := condTriggerStart(seg); at >= 0 {
			if cond := trimCond(seg[at:]); cond != "" {
				return cond
			}
		}
	}
	first := mine[0]
	start := 0
	for _, o := range other {
		if o[1] <= first[0] && o[1] > start {
			start = o[1]
		}
	}
	before := text[start:first[0]]
	if at := condTriggerStart(before); at >= 0 {
		if comma := strings.Index(before[at:], ","); comma >= 0 {
			return strings.TrimSpace(before[at : at+comma])
		}
		return trimCond(text[start+at:])
	}
	if m := holdersOnly.FindString(text); m != "" {
		return m
	}
	return ""
}

// trimCond cuts a condition at its clause's end.
func trimCond(cond string) string {
	if e := clauseEnd(cond); e >= 0 {
		cond = cond[:e]
	}
	return strings.TrimRight(strings.TrimSpace(cond), ".;,)")
}

var clauseEndPattern = mustGate(`;|\. |\bbut\b|\bhowever\b|, and (?:we|our|the)\b`, ";", ". ", "but", "however", ", and ")

func clauseEnd(s string) int {
	if m := clauseEndPattern.FindStringIndex(s); m != nil {
		return m[0]
	}
	return -1
}

// clauses splits a normalised sentence into parts whose polarity may
// differ, also at "and"/"or" when what follows is a new predicate.
func clauses(low string) []string {
	var out []string
	for _, p := range splitLits(low, clauseSeps) {
		out = append(out, splitConj(p)...)
	}
	return out
}

// clauseSeps separate clauses whose polarity may differ (normalised text
// has single spaces, so " but " is the word "but").
var clauseSeps = []string{";", " but ", " however", " although ", " though ", " whereas ", " while ",
	", only ", ". ", " except ", " unless ", " instead", " rather "}

// splitLits splits s before every occurrence of a separator, keeping the
// separator with the part it opens ("unless …").
func splitLits(s string, seps []string) []string {
	var cuts []int
	for _, sep := range seps {
		for from := 0; ; {
			i := strings.Index(s[from:], sep)
			if i < 0 {
				break
			}
			cuts = append(cuts, from+i)
			from += i + len(sep)
		}
	}
	if len(cuts) == 0 {
		return []string{s}
	}
	slices.Sort(cuts)
	var out []string
	prev := 0
	for _, c := range cuts {
		if c > prev {
			out = append(out, s[prev:c])
			prev = c
		}
	}
	return append(out, s[prev:])
}

// conjPattern: only "and" opens a new predicate; a negation distributes
// over "or" ("we do not accept J-1 or sponsor H-1B").
var conjPattern = mustGate(` and `, " and ")

// splitConj splits "we accept J-1 and do not sponsor H-1B" at "and", but not
// "we sponsor J-1 and H-1B".
func splitConj(p string) []string {
	locs := conjPattern.FindAllStringIndex(p, -1)
	for _, l := range locs {
		left, right := p[:l[0]], p[l[1]:]
		if len(typesIn(left)) == 0 || len(typesIn(right)) == 0 {
			continue
		}
		rt := strings.TrimSpace(right)
		cued := func(s string) bool { return negCue.MatchString(s) || posCue.MatchString(s) }
		if strings.HasPrefix(rt, "j1") || strings.HasPrefix(rt, "h1b") || strings.HasPrefix(rt, "the j1") || strings.HasPrefix(rt, "the h1b") {
			// a new subject: "J-1 visas are accepted and H-1B visas are not"
			if cued(left) && cued(rt) {
				return append([]string{left}, splitConj(right)...)
			}
			continue
		}
		if cued(rt) {
			return append([]string{left}, splitConj(right)...)
		}
	}
	return []string{p}
}

// typesIn lists the visas named in normalised text.
func typesIn(low string) []visaType {
	var out []visaType
	if strings.Contains(low, "j1") {
		out = append(out, visaJ1)
	}
	if strings.Contains(low, "h1b") {
		out = append(out, visaH1B)
	}
	return out
}

func containsType(ts []visaType, t visaType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// exclusiveTypes returns the visas a clause says are the only ones.
func exclusiveTypes(part string) []visaType {
	if m := exclusiveBefore.FindString(part); m != "" {
		return typesIn(m)
	}
	for _, m := range exclusiveAfter.FindAllStringSubmatch(part, -1) {
		if m[1] == "" {
			return typesIn(m[0])
		}
	}
	return nil
}

// stripNotOnly removes "not only", which is no negation.
func stripNotOnly(s string) string {
	return strings.ReplaceAll(s, "not only", "")
}

// conditionalNeg reports a negation that only restricts ("not required to
// hold", "unless", "except"): "we do not sponsor H-1B unless …" is a
// conditional yes, read by the positive branch.
func conditionalNeg(part string) bool {
	return strings.HasPrefix(strings.TrimSpace(part), "unless") || strings.HasPrefix(strings.TrimSpace(part), "except")
}
