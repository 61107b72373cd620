package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// visaFields are the fields of the two visas, by topic.
var visaFields = func() *[numTopics]imgfriendly.Field {
	var f [numTopics]imgfriendly.Field
	f[tJ1], f[tH1B] = imgfriendly.FieldVisaJ1, imgfriendly.FieldVisaH1B
	return &f
}()

// visaTable reads J-1 and H-1B sponsorship. A named visa is false when a
// negation governs it and true when the clause affirms it (a visa verb, a
// requirement to hold it, an exclusive "only", a list of accepted statuses,
// a label or question asking for the visas). "Only" and lists of accepted
// statuses leave the visas they do not name false, below anything a page
// says of them by name; a page ruling out visas in general, or admitting
// citizens and permanent residents only, makes both false at the lowest
// rank.
var visaTable = table{
	name:     "visa",
	owned:    topics(tJ1, tH1B, tVisa, tStatus),
	mentions: visaMentions,
	bind:     bindVisa,
	rows: []rule{
		// an answer's yes/no about the visa its question names
		{name: "answer yes", topics: topics(tJ1, tH1B), pol: polYes, by: visaFields, val: yes, rank: rankExplicit, cond: true},
		{name: "answer no", topics: topics(tJ1, tH1B), pol: polNo, by: visaFields, val: no, rank: rankExplicit},
		{name: "answer no to visas", topics: topics(tVisa), pol: polNo, qhas: kinds(kVerb), to: toBoth, val: no, rank: rankGeneric},
		{name: "label's bare no to visas", topics: topics(tVisa), pol: polNo, to: toBoth, val: bareNoUnderVisaLabel, rank: rankGeneric},
		{name: "answer yes to must be a citizen", topics: topics(tStatus), pol: polYes, qmod: mHard, to: toBoth, val: no, rank: rankGeneric},

		// a named visa
		{name: "item under a denying lead-in", topics: topics(tJ1, tH1B), pol: polPos, by: visaFields, val: deniedItem, rank: rankExplicit},
		{name: "item under a denying lead-in, excepted: others not", topics: topics(tJ1, tH1B), pol: polPos, to: toOthers, val: exceptedItem, rank: rankImplied},
		{name: "those needing it turned away", topics: topics(tJ1, tH1B), mod: mExclusion, by: visaFields, val: needVisaTurnedAway, rank: rankExplicit},
		{name: "those lacking it turned away", topics: topics(tJ1, tH1B), pol: polNeg, mod: mExclusion, by: visaFields, val: lackVisaTurnedAway, rank: rankExplicit},
		{name: "excepted from a denial", topics: topics(tJ1, tH1B), pol: polNeg, by: visaFields, val: exceptedFromDenial, rank: rankExplicit, cond: true},
		{name: "denied", topics: topics(tJ1, tH1B), pol: polNeg, by: visaFields, val: unlessSubgroup(unlessLacking(no)), rank: rankExplicit},
		{name: "only", topics: topics(tJ1, tH1B), pol: polPos, near: kinds(kExcl), lacks: kinds(kCond), by: visaFields, val: ifExclusiveOf(yes), rank: rankExplicit},
		{name: "only: others not", topics: topics(tJ1, tH1B), pol: polPos, near: kinds(kExcl), lacks: kinds(kCond), to: toOthers, val: ifExclusiveOf(no), rank: rankImplied},
		{name: "only, fused to its noun", topics: topics(tJ1, tH1B), pol: polPos, by: visaFields, val: onlyJustBefore(true), rank: rankExplicit},
		{name: "only, fused to its noun: others not", topics: topics(tJ1, tH1B), pol: polPos, to: toOthers, val: onlyJustBefore(false), rank: rankImplied},
		{name: "the only visa is it", topics: topics(tJ1, tH1B), pol: polPos, lacks: kinds(kCond), by: visaFields, val: onlyVisaIs(true), rank: rankExplicit},
		{name: "the only visa is it: others not", topics: topics(tJ1, tH1B), pol: polPos, lacks: kinds(kCond), to: toOthers, val: onlyVisaIs(false), rank: rankImplied},
		{name: "the visas are it", topics: topics(tJ1, tH1B), pol: polPos, by: visaFields, val: visasAre, rank: rankExplicit, cond: true},
		// the J-1 that ECFMG sponsors, accepted (a verb of accepting, not of
		// sponsoring: "J-1 is sponsored by ECFMG" is how the visa works): the
		// program takes J-1 residents, whatever it says of sponsoring a J-1
		// itself ("we do not offer J-1 sponsorship but accept ECFMG-sponsored
		// J-1 visas")
		{name: "ECFMG's J-1 accepted", topics: topics(tJ1), pol: polPos, has: kinds(kVerb), with: topics(tECFMG), by: visaFields, val: acceptedVerb(yes), rank: rankQualified, cond: true},
		// the visa an answer's "No" denied, named again after it with no
		// contrast between ("No. H-1B holders must convert to a J-1."): the
		// answer's denial, not a visa taken
		{name: "named again after the answer's no", topics: topics(tJ1, tH1B), pol: polPos, by: visaFields, val: againAfterNo, rank: rankExplicit},
		{name: "affirmed", topics: topics(tJ1, tH1B), pol: polPos, has: kinds(kVerb), by: visaFields, val: yes, rank: rankExplicit, cond: true},
		{name: "required to hold", topics: topics(tJ1, tH1B), pol: polPos, mod: mHard, by: visaFields, val: ifModal(yes), rank: rankExplicit, cond: true},
		// the one visa applicants are required to hold or obtain leaves the
		// other out ("international applicants must obtain a J-1 visa"),
		// below anything the page says of the other by name
		{name: "required to hold: others not", topics: topics(tJ1, tH1B), pol: polPos, mod: mHard, lacks: kinds(kCond), to: toOthers, val: ifModal(requiredToHold), rank: rankImplied},
		{name: "eligible for it, required", topics: topics(tJ1, tH1B), pol: polPos, has: kinds(kEligible), by: visaFields, val: eligibleRequired, rank: rankExplicit, cond: true},
		{name: "holders eligible", topics: topics(tJ1, tH1B), pol: polPos, has: kinds(kEligible), notMod: mExclusion | mSoft | mStats | mNotReq,
			by: visaFields, val: holdersEligible, rank: rankExplicit, cond: true},
		{name: "item where applicable", topics: topics(tJ1, tH1B), pol: polPos, by: visaFields, val: applicableItem, rank: rankExplicit, cond: true},
		{name: "status list", topics: topics(tJ1, tH1B), pol: polPos, with: topics(tStatus), by: visaFields, val: ifStatusListed(yes), rank: rankExplicit},
		{name: "status list: others not", topics: topics(tJ1, tH1B), pol: polPos, with: topics(tStatus), to: toOthers, val: ifStatusListed(no), rank: rankImplied},
		{name: "all other visas not", topics: topics(tVisa), has: kinds(kComplement), mod: mExclusion, to: toOthers, val: othersDenied, rank: rankImplied},
		{name: "all other visas not (denied)", topics: topics(tVisa), pol: polNeg, has: kinds(kComplement), to: toOthers, val: othersDenied, rank: rankImplied},
		{name: "preferred visa", topics: topics(tJ1, tH1B), pol: polPos, mod: mSoft, by: visaFields, val: preferredVisa, rank: rankExplicit, cond: true},
		{name: "listed under a visa label", topics: topics(tJ1, tH1B), pol: polPos, by: visaFields, val: listedValue, rank: rankExplicit, cond: true},
		// a label for the program's visas whose value names one ("Visa
		// Status | J-1 visa sponsorship through ECFMG"): the value is the
		// list, the other left out
		{name: "one listed under a visa label: others not", topics: topics(tJ1, tH1B), pol: polPos, to: toOthers, val: oneListedValue, rank: rankImplied},
		// a question asking which visas, answered by naming one: the answer
		// is the list, the other left out ("What visas do you sponsor?" "The J-1.")
		{name: "which visas, one named: others not", topics: topics(tJ1, tH1B), pol: polPos, qhas: kinds(kAsk), lacks: kinds(kCond), to: toOthers, val: oneNamedAnswer, rank: rankImplied},

		// visas in general
		{name: "no visas", topics: topics(tVisa), pol: polNeg, has: kinds(kVerb), to: toBoth, val: noneOfThese, rank: rankGeneric},
		{name: "no visa sponsorship", topics: topics(tVisa), pol: polNeg, to: toBoth, val: genericDenial, rank: rankGeneric},
		{name: "those needing a visa turned away", topics: topics(tVisa), mod: mExclusion, to: toBoth, val: needVisaTurnedAway, rank: rankGeneric},
		{name: "citizens only", topics: topics(tStatus), pol: polPos, mod: mHard, to: toBoth, val: statusOnly, rank: rankGeneric},
		{name: "citizens only (only)", topics: topics(tStatus), pol: polPos, near: kinds(kExcl), to: toBoth, val: statusOnly, rank: rankGeneric},
		{name: "without sponsorship", topics: topics(tStatus), pol: polPos, to: toBoth, val: withoutSponsorship, rank: rankGeneric},
	},
}

// bindVisa binds as bindDefault does. A visa taken from a label or
// question that names visas alone, whose value opens by turning it away
// ("H-1B: will not be considered", "J-1 Visa Sponsorship: cannot be
// considered"), is governed by that negation as by "not sponsored".
func bindVisa(r *reading, m *mention) {
	bindDefault(r, m)
	if m.tok >= 0 || m.lead != 0 || m.neg || r.q == nil || r.q.all.without(topics(tJ1, tH1B, tVisa)) != 0 {
		return
	}
	if len(m.cl.toks) > 0 {
		t := m.cl.toks[0]
		m.neg = t.e.kind == kExclusion && negatingWord(t.e.text) && wordsBetween(r.low, m.cl.start, int(t.start)) == 0
	}
}

// againAfterNo denies a visa named in an answer after its "No" denied it
// (reading.answeredNo), when no contrast ("however", "but", "although",
// "except") stands between the answer's start and the visa: "No. However,
// H-1B visas are considered for …" takes back the "No".
func againAfterNo(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 || !m.r.answeredNo.has(m.top) || contrastWords.MatchString(m.r.low[:m.at]) {
		return imgfriendly.Value{}, false
	}
	return no(nil, m, nil)
}

// contrastWords are the words that turn an answer's "No" around.
var contrastWords = regexp.MustCompile(`\b(however|but|although|though|nevertheless|nonetheless|except|exception|exceptions|unless|yet)\b`)

// acceptedVerb keeps a value when the mention's clause takes the visa with
// a verb of accepting ("accept", "welcome", "consider"), not of sponsoring.
func acceptedVerb(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		for _, t := range m.cl.toks {
			if t.e.kind == kVerb && (strings.HasPrefix(t.e.text, "accept") || strings.HasPrefix(t.e.text, "welcome") || strings.HasPrefix(t.e.text, "consider")) {
				return f(e, m, q)
			}
		}
		return imgfriendly.Value{}, false
	}
}

// ifExclusiveOf keeps a value when an exclusive word near the mention
// limits the visa itself: "J-1 visas only", "limited to the J-1". A
// "limited to" or "restricted to" after the visa limits what follows it
// ("the J-1 visa is limited to the length of a training program"), not
// the visas accepted; an "only" closed off from the visa by a comma or a
// parenthesis limits the words on its side ("(new interns only), J-1
// physicians …").
func ifExclusiveOf(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		low := m.r.low
		for _, t := range m.cl.toks {
			if t.e.kind != kExcl {
				continue
			}
			before := int(t.end) <= m.at && wordsBetween(low, int(t.end), m.at) <= 3 && !strings.ContainsAny(low[t.end:m.at], ",;()")
			after := int(t.start) >= m.end && wordsBetween(low, m.end, int(t.start)) <= 3 && !strings.ContainsAny(low[m.end:t.start], ",;()")
			if before || after && !strings.HasPrefix(t.e.text, "limited") && !strings.HasPrefix(t.e.text, "restricted") {
				return f(e, m, q)
			}
		}
		return imgfriendly.Value{}, false
	}
}

// onlyJustBefore reads an "only" that the lexicon files with the words it
// is fused to ("only applicants with", "only for", "only on"): when the
// named visa follows within three words, with no other topic or break
// between, the "only" limits what is accepted to it ("only applicants
// holding a J-1 visa will be considered", "applying only for J-1
// visas"). The named visa is given v, the others !v. An "only for" after
// the visa is its condition, not this ("H-1B only for applicants who
// passed Step 3").
func onlyJustBefore(v bool) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
		if m.tok < 0 {
			return imgfriendly.Value{}, false
		}
		toks := m.cl.toks
		for k := m.tok - 1; k >= 0; k-- {
			t := toks[k]
			if int(t.end) > m.at {
				continue // another reading of the visa's own word
			}
			if wordsBetween(m.r.low, int(t.end), m.at) > 3 {
				break
			}
			switch {
			case strings.HasPrefix(t.e.text, "only ") && (t.e.kind == kHard || t.e.kind == kCond || t.e.kind == kExcl):
				return imgfriendly.BoolValue(v), true
			case t.e.kind == kTopic && (topic(t.e.arg) == tVisa || topic(t.e.arg) == tECFMG):
				// "only ECFMG-sponsored J-1": a word of the visa's own name
			case t.e.kind == kTopic, t.e.kind == kBreak, t.e.kind == kNeg, t.e.kind == kOther:
				return imgfriendly.Value{}, false
			}
		}
		return imgfriendly.Value{}, false
	}
}

// deniedItem is a visa named bare in an item under a lead-in that refuses
// its items ("We are unable to sponsor:" "H-1B visas"): the lead-in's
// denial is the item's. An item with words of its own that state
// something ("J-1: accepted through ECFMG") speaks for itself.
//
// An item that refuses every visa but the one it names ("We do not
// offer:" "Visas other than the J-1") accepts that one, and (see
// exceptedItem) refuses the others.
func deniedItem(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if !m.r.st.leadDeny || m.tok < 0 || otherKindAfter(m) {
		return imgfriendly.Value{}, false
	}
	if m.cl.kinds.any(kinds(kVerb, kNeg, kHard, kSoft, kExclusion, kExcl, kEligible)) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(exceptedBefore(m)), true
}

// exceptedItem refuses the visas an item under a refusing lead-in does
// not name when it excepts the one it names (see deniedItem).
func exceptedItem(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	if v, ok := deniedItem(e, m, q); !ok || v.Bool == nil || !*v.Bool {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(false), true
}

// pointsToList reports a sentence that opens a list (it ends with a
// colon): what it denies or accepts is named by the items under it.
func pointsToList(m *mention) bool {
	return strings.HasSuffix(strings.TrimSpace(m.r.st.text), ":")
}

// exceptedFromDenial is a visa a denial makes an exception of: "we do not
// sponsor any visas other than the J-1", "no visas except (for) the J-1".
func exceptedFromDenial(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 || !exceptedBefore(m) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(true), true
}

// exceptedBefore reports a visa named just after an exception word of its
// clause ("other than (the) J-1", "except H-1B", "besides J-1").
func exceptedBefore(m *mention) bool {
	if m.tok < 0 {
		return false
	}
	before := " " + m.r.low[m.cl.start:m.at]
	for _, w := range []string{" other than ", " except for ", " except ", " besides ", " apart from ", " aside from ", " save for "} {
		if i := strings.LastIndex(before, w); i >= 0 && fieldCount(before[i+len(w):]) <= 2 {
			return true
		}
	}
	return false
}

// listedValue affirms a visa named in an answer to, or a value of, a label
// or question asking about visas ("Visas supported: J-1, H-1B"; "Which
// visas do you sponsor?" "J-1 and H-1B.").
func listedValue(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	r := m.r
	if m.tok < 0 || r.q == nil || r.q.weak || !r.q.all.any(topics(tVisa, tJ1, tH1B)) || r.q.kinds.any(kinds(kNeg, kExclusion)) {
		return imgfriendly.Value{}, false
	}
	if !r.st.first && fieldCount(r.st.text) > 12 {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(true), true
}

// oneListedValue is false for the visa a label's value leaves out, where
// the label is a field of one value: the program's visa status, as a
// listing of programs gives it ("Visa Status | J-1 visa sponsorship
// through ECFMG", one of the field's values: J-1, H-1B, both or none). The
// label names visas in general and no visa by name, with a word of a
// single-valued field (singleValueLabels), not as a question; its value is
// a short cell that names one visa and nothing of another kind (no
// negation, condition, preference, other visas or statuses); "J-1 and
// H-1B" names both. A list's label ("Visa sponsorship | J-1", "Visas
// sponsored | J-1") leaves the other unsaid (session 12's grid).
func oneListedValue(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	r := m.r
	if m.tok < 0 || r.q == nil || r.q.question || r.q.weak || !r.q.all.has(tVisa) || r.q.all.any(topics(tJ1, tH1B)) ||
		r.q.kinds.any(kinds(kNeg, kExclusion, kSoft, kCond, kStats)) || !r.st.first || fieldCount(r.st.text) > 8 || !singleValueLabel(r.q.low) {
		return imgfriendly.Value{}, false
	}
	if r.topics.has(tJ1) == r.topics.has(tH1B) || r.topics.has(tStatus) {
		return imgfriendly.Value{}, false
	}
	for _, t := range r.toks {
		switch t.e.kind {
		case kNeg, kCond, kSoft, kStats, kExclusion, kComplement, kOther, kException:
			return imgfriendly.Value{}, false
		}
	}
	return imgfriendly.BoolValue(false), true
}

// singleValueLabel reports a label with a word of singleValueLabels.
func singleValueLabel(low string) bool {
	for _, w := range strings.Fields(strings.Trim(low, " :")) {
		if singleValueLabels[strings.Trim(w, ":()")] {
			return true
		}
	}
	return false
}

// singleValueLabels are the words that make a visa label a field of one
// value (see oneListedValue).
var singleValueLabels = map[string]bool{"status": true}

// onlyVisaIs reads "the only (accepted training) visa (we accept) is the
// J-1": an "only" before a word for visas in general, and the named visa
// after a copula; the named visa is given v, the others !v.
func onlyVisaIs(v bool) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
		if m.tok < 0 {
			return imgfriendly.Value{}, false
		}
		toks := m.cl.toks
		for i, t := range toks {
			if int(t.start) >= m.at {
				break
			}
			if t.e.kind != kExcl || !strings.HasPrefix(t.e.text, "only") {
				continue
			}
			for _, u := range toks[i+1:] {
				if int(u.start) >= m.at {
					break
				}
				if u.e.kind != kTopic || topic(u.e.arg) != tVisa || wordsBetween(m.r.low, int(t.end), int(u.start)) > 3 {
					continue
				}
				// the named visa is what the copula's complement is: "is
				// (the) J-1", not "is that J-1 applicants …"
				between := " " + m.r.low[u.end:m.at]
				for _, cop := range []string{" is ", " are ", " will be "} {
					if k := strings.LastIndex(between, cop); k >= 0 && fillerOnly(between[k+len(cop):]) {
						return imgfriendly.BoolValue(v), true
					}
				}
			}
		}
		return imgfriendly.Value{}, false
	}
}

// visasAre reads a visa named as what the visas (of the program, of its
// residents) are: a word for visas in general as the subject of a copula,
// and the named visa after it, alone or in a list of visas ("Typical visas
// are J-1 (through ECFMG) and H-1B (with Step 3)", "the visa types we
// accept are J-1 or H-1B").
func visasAre(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 {
		return imgfriendly.Value{}, false
	}
	low := m.r.low
	for _, u := range m.cl.toks {
		if int(u.start) >= m.at {
			break
		}
		if u.e.kind != kTopic || topic(u.e.arg) != tVisa {
			continue
		}
		between := " " + low[u.end:m.at]
		for _, cop := range []string{" are ", " is ", " include ", " includes "} {
			k := strings.Index(between, cop)
			if k < 0 || fieldCount(between[:k]) > 3 {
				continue
			}
			if visaListOnly(between[k+len(cop):]) {
				return imgfriendly.BoolValue(true), true
			}
		}
	}
	return imgfriendly.Value{}, false
}

// visaListOnly reports text that holds only visa names, what is said of
// them in parentheses, and the words that list them: what stands between
// a copula and a later visa of one list.
func visaListOnly(s string) bool {
	depth := 0
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth = max(0, depth-1)
		case depth == 0:
			b.WriteRune(c)
		}
	}
	for _, f := range strings.Fields(strings.NewReplacer(",", " ", "/", " ").Replace(b.String())) {
		switch f {
		case "the", "a", "an", "and", "or", "either", "both", "j1", "h1b", "visa", "visas":
		default:
			return false
		}
	}
	return true
}

// othersDenied denies the visas a sentence does not name when it denies
// "all other visa types" ("J-1 … (all other visa types are not
// sufficient)"): the complement word stands just before the visa word.
func othersDenied(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if !m.r.topics.any(topics(tJ1, tH1B)) || m.tok <= 0 {
		return imgfriendly.Value{}, false
	}
	if t := m.cl.toks[m.tok-1]; t.e.kind != kComplement || wordsBetween(m.r.low, int(t.end), m.at) > 1 {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(false), true
}

// preferredVisa is a visa a program prefers ("J-1 is the preferred visa",
// "we prefer to sponsor J-1"): accepted.
func preferredVisa(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	for _, t := range m.cl.toks {
		if t.e.kind == kSoft && strings.HasPrefix(t.e.text, "prefer") && !applicantsPrefer(m.r.low[m.cl.start:t.start]) &&
			(int(t.end) <= m.at && wordsBetween(m.r.low, int(t.end), m.at) <= 3 || int(t.start) >= m.end && wordsBetween(m.r.low, m.end, int(t.start)) <= 3) {
			return imgfriendly.BoolValue(true), true
		}
	}
	return imgfriendly.Value{}, false
}

// applicantsPrefer reports a preference whose subject, the word before it,
// is the applicants ("most IMGs prefer the H-1B"): theirs, not the
// program's.
func applicantsPrefer(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "imgs", "applicants", "candidates", "residents", "graduates", "physicians", "students", "trainees", "people", "many", "most", "some":
		return true
	}
	return false
}

// ifModal keeps a value when the clause holds a modal verb (must, need,
// require, should): "must have a J-1 visa", not "H-1B visa criteria".
func ifModal(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if m.tok < 0 {
			return imgfriendly.Value{}, false // the visa must be named where it is required
		}
		cl := m.cl
		if cl.paren {
			cl = m.r.around(cl) // "must hold an acceptable visa (J-1 exchange visitor)"
		}
		for _, t := range cl.toks {
			if t.e.kind == kHard && t.e.arg == 1 {
				return f(e, m, q)
			}
		}
		if m.cl.mod&(mHard|mSoft|mStats|mNotReq|mExclusion) == 0 && m.r.ctx&mHard != 0 {
			return f(e, m, q) // an item under "… must be one of the following:"
		}
		return imgfriendly.Value{}, false
	}
}

// bareNoUnderVisaLabel is false for both visas when a label (not a
// question) names visas alone and its value is a bare "No" or "None"
// ("Visa: None", a table row "Visas | No"): nothing is sponsored.
func bareNoUnderVisaLabel(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	q := m.r.q
	if q == nil || q.question || q.weak || q.all.without(topics(tVisa)) != 0 || fieldCount(m.r.low) > 2 {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(false), true
}

// oneNamedAnswer is false for the visas an answer leaves out when the
// question asks the program which visas it sponsors or accepts and the
// answer's first sentence is short (at most six words) and names the one
// visa: "The J-1.", "J-1 visas through ECFMG." (Not "Which visa should I
// get?" "The J-1 is most common.": asked of the reader.)
func oneNamedAnswer(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 || !m.r.st.first || !askedOfProgram(m.r.q) || fieldCount(m.r.low) > 6 || m.r.clauses[0].kinds.any(kinds(kNeg, kExclusion, kSoft, kStats)) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(false), true
}

// requiredToHold is false for the visas a sentence does not name when the
// applicants' requirement governs the named one as what they must hold,
// have, obtain or be eligible for: a modal of requirement, then one of those
// verbs, then the visa, in its clause.
func requiredToHold(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 || len(m.r.clauses) == 0 || m.cl != &m.r.clauses[0] {
		return imgfriendly.Value{}, false
	}
	modal := -1
	for _, t := range m.cl.toks {
		if int(t.start) >= m.at {
			break
		}
		switch {
		case t.e.kind == kHard && t.e.arg == 1 && modal < 0:
			modal = int(t.start)
			if !applicantsSubject(m.r.low[m.cl.start:modal]) {
				return imgfriendly.Value{}, false
			}
		case modal >= 0 && t.e.kind == kVerb && holdVerb(t.e.text):
			return imgfriendly.BoolValue(false), true
		}
	}
	return imgfriendly.Value{}, false
}

// holdVerb reports a visa predicate of possession: the applicant holds,
// has or obtains the visa (not one the program sponsors or accepts).
func holdVerb(w string) bool {
	return strings.HasPrefix(w, "hold") || strings.HasPrefix(w, "obtain") || w == "have a"
}

// applicantsSubject reports a subject of at most four words that names the
// applicants as a whole, or the ones from abroad: "International
// applicants", "All non-citizens", "You" — not a group among them ("such
// candidates", "each resident", "spouses").
func applicantsSubject(s string) bool {
	f := strings.Fields(strings.Trim(s, " -*•,"))
	if len(f) == 0 || len(f) > 4 || f[0] == "such" || f[0] == "these" || f[0] == "those" {
		return false
	}
	return applicantNouns[strings.Trim(f[len(f)-1], ",")]
}

// applicantNouns are the heads of a subject naming the applicants.
var applicantNouns = map[string]bool{"applicants": true, "candidates": true, "graduates": true, "imgs": true, "fmgs": true,
	"non-citizens": true, "noncitizens": true, "citizens": true, "you": true, "nationals": true}

// eligibleRequired affirms a visa the applicant is required to be eligible
// for: an item under a requirement's lead-in ("… must fall within the
// following: eligible to seek a J-1 visa") or "must be eligible for a J-1"
// — not the ECFMG's own rule ("to be eligible for J-1 sponsorship,
// applicants must pass …").
func eligibleRequired(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 {
		return imgfriendly.Value{}, false
	}
	hard := false
	for _, t := range m.cl.toks {
		switch {
		case int(t.start) >= m.at:
		case t.e.kind == kHard && t.e.arg == 1:
			hard = true
		case t.e.kind == kEligible:
			if strings.HasSuffix(strings.TrimSpace(m.r.low[m.cl.start:t.start]), "to be") {
				return imgfriendly.Value{}, false // a purpose: "to be eligible for …"
			}
			if hard || m.r.ctx&mHard != 0 && m.cl.mod&mHard == 0 {
				return imgfriendly.BoolValue(true), true
			}
		}
	}
	return imgfriendly.Value{}, false
}

// applicableItem affirms a list item that is the visa itself with the
// applicants it applies to ("J-1 visa (where applicable)", "J-1 visa if
// an international graduate"): a requirement for them, stated without a
// verb.
func applicableItem(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 || m.cl.paren {
		return imgfriendly.Value{}, false
	}
	low := m.r.low
	if m.cl.kinds.any(kinds(kVerb, kNeg, kHard, kSoft, kExclusion)) || strings.Trim(low[m.cl.start:m.at], " -*•(") != "" {
		return imgfriendly.Value{}, false
	}
	rest := strings.TrimLeft(low[m.end:min(len(low), m.end+40)], " ")
	for _, w := range []string{"visa ", "visas ", "status "} {
		rest = strings.TrimPrefix(rest, w)
	}
	for _, p := range []string{"(where applicable", "(if applicable", "(as applicable", "where applicable", "if applicable", "if an ", "if a ", "if international", "if foreign", "if non-"} {
		if strings.HasPrefix(rest, p) {
			return imgfriendly.BoolValue(true), true
		}
	}
	return imgfriendly.Value{}, false
}

// genericDenial is "no visa sponsorship", "visas are not sponsored": a
// denial with no visa named in the sentence, nor another kind of visa
// after it ("no sponsorship to those pursuing permanent resident visas").
func genericDenial(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if otherKindAfter(m) || pointsToList(m) {
		return imgfriendly.Value{}, false
	}
	if !m.cl.kinds.has(kVerb) && strings.HasPrefix(m.r.low[m.end:], " status") {
		// "we do not verify visa status", "the NRMP does not check an
		// applicant's visa status": what is negated is an act on the
		// applicant's status, no verb of sponsoring or accepting
		return imgfriendly.Value{}, false
	}
	if m.r.topics.any(topics(tJ1, tH1B)) && !m.cl.topics.any(topics(tJ1, tH1B)) {
		// "we do not sponsor visas, although we accept J-1" still denies H-1B
		return imgfriendly.BoolValue(false), true
	}
	if m.cl.topics.any(topics(tJ1, tH1B)) {
		return imgfriendly.Value{}, false // the named visas speak for themselves
	}
	if conditionalDenial(m) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(false), true
}

// noneOfThese is "we do not sponsor visas": false, unless the visas are
// of another kind named after ("… permanent resident visas").
func noneOfThese(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if otherKindAfter(m) || pointsToList(m) || conditionalDenial(m) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(false), true
}

// conditionalDenial reports a denial of visas in general bound to a
// credential the physician lacks (decided in session 18): "without a
// license, a visa is not an option", "no visa can be issued to a physician
// without a license", "a visa is not available unless the physician holds
// a license". It tells what a visa takes, not that one is refused: no
// refusal. The condition ("without", "unless", "lacking": denialConditions)
// follows the visa with no punctuation between, or opens the sentence (or a
// clause after "and", "but" or a comma) and ends at the one comma before
// the visa's clause; it is no visa, status or sponsorship of its own ("without sponsorship" and "unless they hold a green card" keep their
// denial; "without exception" is emphasis).
func conditionalDenial(m *mention) bool {
	low := m.r.low
	for _, c := range denialConditions {
		for from := 0; ; {
			i := strings.Index(low[from:], c)
			if i < 0 {
				break
			}
			i += from
			from = i + len(c)
			if i > 0 && isWordByte(low[i-1]) {
				continue
			}
			cond := low[from:]
			if j := strings.IndexAny(cond, ",.;:"); j >= 0 {
				cond = cond[:j]
			}
			switch {
			case i >= m.end:
				if strings.ContainsAny(low[m.end:i], ",;.:") {
					continue // (after the clause's end)
				}
			case i+len(c)+len(cond) < m.at:
				// fronted: the condition opens its clause, and one comma
				// ends it before the visa's clause
				before := strings.TrimRight(low[:i], " ")
				if !(before == "" || strings.HasSuffix(before, ",") || strings.HasSuffix(before, ".") || strings.HasSuffix(before, ":") ||
					strings.HasSuffix(before, " and") || strings.HasSuffix(before, " but")) {
					continue // "applicants without US experience …": whom another rule is for
				}
				if gap := low[i+len(c)+len(cond) : m.at]; !strings.HasPrefix(gap, ",") || strings.ContainsAny(gap[1:], ",;.:") {
					continue
				}
			default:
				continue
			}
			if !conditionAboutVisas(cond) {
				return true
			}
		}
	}
	return false
}

// denialConditions are the words that bind a denial to a condition;
// visaConditionWords mark a condition that is itself about a visa or a
// status ("unless they are permanent residents"), or emphasis ("without
// exception"), which leaves the denial whole.
var (
	denialConditions   = []string{"without ", "unless ", "lacking "}
	visaConditionWords = []string{"visa", "sponsor", "exception", "citizen", "green card", "permanent", "status", "authoriz",
		"j1", "j-1", "h1", "h-1", "ead", "immigra", "work permit"}
)

// conditionAboutVisas reports a condition that names a visa, a status or
// sponsorship (visaConditionWords).
func conditionAboutVisas(cond string) bool {
	for _, w := range visaConditionWords {
		if strings.Contains(cond, w) {
			return true
		}
	}
	return cond == "" || strings.TrimSpace(cond) == ""
}

// otherKindAfter reports another kind of visa than J-1 or H-1B named after
// the mention in its clause, or right before it as its kind ("TN visas are
// not permitted"): what is denied is that kind.
func otherKindAfter(m *mention) bool {
	for _, t := range m.cl.toks {
		if t.e.kind != kOther {
			continue
		}
		if int(t.start) >= m.end {
			return true
		}
		if int(t.start) < m.at && strings.Trim(m.r.low[min(int(t.end), m.at):m.at], " ()") == "" {
			return true // the kind's word (or the kind with its "visa", or "(F-1)") runs up to the mention
		}
	}
	return false
}

// needVisaTurnedAway is "applicants who require visa sponsorship will not
// be considered", and with a visa named, "we will not consider applicants
// who need J-1 sponsorship": the visa they need is denied.
func needVisaTurnedAway(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.top == tVisa && m.cl.topics.any(topics(tJ1, tH1B)) {
		return imgfriendly.Value{}, false // "needing J-1 visa sponsorship": the named visa's row speaks
	}
	before := m.r.low[m.cl.start:m.at]
	if strings.Contains(before, "requir") || strings.Contains(before, "need") {
		return imgfriendly.BoolValue(false), true
	}
	// a named visa the turned-away applicants hold: "we do not accept
	// applicants with (on, holding) J-1 visas"
	if m.top != tVisa {
		for _, w := range visaHolderCues {
			if strings.Contains(before, w) {
				return imgfriendly.BoolValue(false), true
			}
		}
		// applicants for the visa itself, who seek it: "we do not consider
		// applicants for H-1B visa sponsorship" (one "ineligible for H-1B
		// status" is a candidate's standing, not a program turning seekers away)
		for _, p := range []string{" applicants for ", " candidates for ", " applications for ", " requests for "} {
			for _, a := range []string{"", "the ", "an ", "a "} {
				if strings.HasSuffix(before, p+a) {
					return imgfriendly.BoolValue(false), true
				}
			}
		}
	}
	return imgfriendly.Value{}, false
}

// visaHolderCues are the words between applicants and the visa they hold:
// "applicants with (on, holding) a J-1 visa".
var visaHolderCues = []string{" with ", " on ", " holding ", " who hold ", " who have "}

// eligibleFor are the openings of what an eligibility after a visa may be
// for and still be eligibility for the residency: nothing, applying, an
// interview, the program ("J-1 holders are eligible to apply"); eligibility
// for something else ("eligible for a waiver") is no admission.
var eligibleFor = []string{"", "to apply", "to be considered", "for consideration", "for an interview", "for interview",
	"to interview", "for the program", "for our program", "for the residency", "for our residency", "for residency",
	"for the match", "to match", "for a position", "for positions", "for selection"}

// holdersEligible is "applicants with a J-1 visa are eligible", "H-1B
// holders are eligible to apply": those who hold the visa are admitted,
// so the program takes it (as it denies the visa of those it turns away,
// needVisaTurnedAway).
func holdersEligible(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 {
		return imgfriendly.Value{}, false
	}
	low := m.r.low
	held := strings.HasPrefix(strings.TrimLeft(low[m.end:], " "), "holder")
	for _, w := range visaHolderCues {
		held = held || strings.Contains(low[m.cl.start:m.at], w)
	}
	if !held {
		return imgfriendly.Value{}, false
	}
	for _, t := range m.cl.toks {
		if t.e.kind != kEligible || int(t.start) < m.end || t.e.text != "eligible" {
			continue
		}
		rest := strings.Trim(low[t.end:m.cl.end], " .;,")
		for _, f := range eligibleFor {
			if rest == f || f != "" && hasWordPrefix(rest, f) {
				return imgfriendly.BoolValue(true), true
			}
		}
	}
	return imgfriendly.Value{}, false
}

// lackVisaTurnedAway is "applicants who don't have a J-1 visa will not be
// considered", "those without an H-1B are not eligible": the negation is
// the applicants' lack of the visa and the exclusion turns them away, so
// the visa is what admits — it is accepted.
func lackVisaTurnedAway(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if lacksVisa(m) {
		return imgfriendly.BoolValue(true), true
	}
	return imgfriendly.Value{}, false
}

// unlessLacking keeps a denial out of a clause that turns away those who
// lack the visa (see lackVisaTurnedAway).
func unlessLacking(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if m.cl.mod&mExclusion != 0 && lacksVisa(m) {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// unlessSubgroup keeps a denial out of a clause that continues a visa
// named before it in the sentence and refuses it only to one track or
// group ("J-1 visa (where applicable); not available for transitional
// year residents", "we sponsor H-1B visas, but not for fellowship
// positions"): an exception to what the clause before says, not a
// refusal.
func unlessSubgroup(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if m.tok < 0 && m.lead == 0 && namedBefore(m) && refusedToSome(m.r.low[m.cl.start:m.cl.end]) {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// namedBefore reports the mention's visa named in a clause of its
// sentence before the mention's clause.
func namedBefore(m *mention) bool {
	for i := range m.r.clauses {
		if c := &m.r.clauses[i]; c.start < m.cl.start && c.topics.has(m.top) {
			return true
		}
	}
	return false
}

// refusedToSome reports a clause that opens with a negation (after its
// connective) and names whom it refuses: "not available for preliminary
// interns", "but not for fellowship positions", "though not to TY
// residents".
func refusedToSome(cl string) bool {
	f := strings.Fields(strings.NewReplacer(",", " ", ";", " ", "(", " ", ")", " ").Replace(cl))
	for len(f) > 0 {
		switch f[0] {
		case "but", "though", "although", "however", "and", "yet", "except", "it", "is", "are", "this", "that":
			f = f[1:]
			continue
		}
		break
	}
	if len(f) < 3 || f[0] != "not" {
		return false
	}
	f = f[1:]
	switch f[0] {
	case "available", "offered", "sponsored", "accepted", "applicable", "supported", "possible", "an", "allowed", "permitted":
		f = f[1:]
	}
	return len(f) >= 2 && (f[0] == "for" || f[0] == "to" || f[0] == "in")
}

// lacksVisa reports a visa mention governed by a negated possession
// ("don't have", "do not hold", "not possess", "lack") in the few words
// before it. ("Without" a visa is lacking's, which drops the mention.)
func lacksVisa(m *mention) bool {
	if m.tok < 0 {
		return false
	}
	if after := strings.Fields(m.r.low[m.end:min(len(m.r.low), m.end+14)]); len(after) > 0 && strings.HasPrefix(after[0], "sponsor") {
		return false // "we do not have H-1B sponsorship": the program's, not the applicant's
	}
	subject := m.r.low[m.cl.start:m.at]
	if !strings.Contains(subject, "applicant") && !strings.Contains(subject, "candidate") && !strings.Contains(subject, "who ") &&
		!strings.Contains(subject, "those") && !strings.Contains(subject, "anyone") && !strings.HasPrefix(subject, "you") &&
		!(m.cl.turnedAway && strings.HasPrefix(subject, "if you")) {
		return false // the applicants are the ones who lack it
	}
	before := " " + m.r.low[max(m.cl.start, m.at-28):m.at]
	for _, w := range []string{"n't have ", " not have ", "n't hold ", " not hold ", " not possess ", "n't possess ", " lack ", " lacking "} {
		if i := strings.LastIndex(before, w); i >= 0 && fieldCount(before[i+len(w):]) <= 3 {
			return true
		}
	}
	return false
}

// statusOnly is a requirement of citizenship or permanent residency that
// names no visa: every visa is ruled out.
func statusOnly(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.cl.topics.any(topics(tJ1, tH1B, tVisa, tECFMG)) || m.tok < 0 || m.cl.kinds.has(kNeg) && !onlyAnswerNeg(m.r.low, m.cl) {
		return imgfriendly.Value{}, false
	}
	if statusNamesPeople(m) || m.r.st.listAnyVisa {
		return imgfriendly.Value{}, false // a status among alternatives that admit any visa rules none out
	}
	// a work authorisation ("must be authorized to work", "a valid work
	// permit") may be a visa's; an EAD is a status of its own that needs no
	// sponsorship ("citizens, permanent residents or EAD holders"). A document ("proof of citizenship") is asked of every
	// applicant and rules no status out.
	for _, t := range m.cl.toks {
		if t.e.kind == kTopic && topic(t.e.arg) == tStatus && workAuthorization[t.e.text] && !isEAD(m.r.low, t) {
			return imgfriendly.Value{}, false
		}
	}
	if documentOf(m.r.low[max(m.cl.start, m.at-40):m.at]) {
		return imgfriendly.Value{}, false
	}
	if openStatusBranch(sentenceRest(m.r.low, m.end)) {
		return imgfriendly.Value{}, false // "… or hold the appropriate documents to train": any lawful status, a visa's too
	}
	// "American citizens who are IMGs" names people, not a requirement
	if after := strings.Fields(m.r.low[m.end:min(len(m.r.low), m.end+12)]); len(after) > 0 {
		switch strings.Trim(after[0], ",.;") {
		case "who", "that", "which", "whose":
			return imgfriendly.Value{}, false
		}
	}
	return imgfriendly.BoolValue(false), true
}

// onlyAnswerNeg reports a clause whose only negation is an answer's
// opening "No" ("No, applicants must be US citizens …"): the answer's, not
// the rule's.
func onlyAnswerNeg(low string, cl *clause) bool {
	for _, t := range cl.toks {
		if t.e.kind == kNeg && !answerWord(low, t) {
			return false
		}
	}
	return true
}

// statusNamesPeople reports a status word that names a group rather than
// asks for the status: people it excludes ("non-U.S. citizens"), an
// audience ("requirements for U.S. citizens", "citizen applicants must …",
// "Non-U.S. Citizens Requirements") or a count ("120 U.S. citizens").
func statusNamesPeople(m *mention) bool {
	low := m.r.low
	if nonPrefixed(low, m.at) {
		return true
	}
	at := m.at
	for k := m.tok - 1; k >= 0; k-- {
		// the first of a coordination: "for U.S. citizens and permanent residents"
		if t := m.cl.toks[k]; t.e.kind == kTopic && topic(t.e.arg) == tStatus && int(t.end) <= at && connectorsOnly(low[t.end:at]) {
			at = int(t.start)
		}
	}
	before := strings.Fields(low[m.cl.start:at])
	for len(before) > 0 && (before[len(before)-1] == "usa" || before[len(before)-1] == "u.s" || before[len(before)-1] == "american" || before[len(before)-1] == "all") {
		before = before[:len(before)-1]
	}
	if len(before) > 0 {
		w := strings.Trim(before[len(before)-1], "(,;:")
		if w == "for" && !m.cl.kinds.has(kExcl) {
			return true // "for citizens only" still asks for the status
		}
		if w != "" && w[0] >= '0' && w[0] <= '9' {
			return true
		}
	}
	if after := strings.Fields(low[m.end:min(len(low), m.end+24)]); len(after) > 0 && peopleNouns[strings.Trim(after[0], ",.;:)")] {
		return true
	}
	return subjectRelative(m)
}

// subjectRelative reports a status inside a relative clause of the
// sentence's subject ("Residents who are U.S. citizens or hold a green
// card must pass Step 3"): it picks out whom the rule is for. Where a verb
// or a requirement comes before the relative ("we accept applicants who
// are citizens"), or the clause is exclusive ("only those who are
// citizens"), the relative says whom the program takes.
func subjectRelative(m *mention) bool {
	low := m.r.low
	before := " " + low[m.cl.start:m.at]
	rel := -1
	for _, w := range []string{" who ", " that "} {
		if i := strings.LastIndex(before, w); i > rel {
			rel = i
		}
	}
	if rel < 0 || fieldCount(before[rel:]) > 8 {
		return false
	}
	relAt := m.cl.start + rel // the byte of the relative in low (before has one byte more)
	for _, t := range m.cl.toks {
		if int(t.start) >= relAt {
			break
		}
		if t.e.kind == kVerb || t.e.kind == kHard || t.e.kind == kExcl || t.e.kind == kExclusion || strings.HasPrefix(t.e.text, "only") {
			return false
		}
	}
	// the rule after the relative must be the sentence's own predicate: a
	// modal or verb after the status
	for _, t := range m.cl.toks {
		if int(t.start) >= m.end && (t.e.kind == kHard || t.e.kind == kVerb) {
			return true
		}
	}
	return false
}

// connectorsOnly reports a gap of list punctuation and conjunctions.
func connectorsOnly(gap string) bool {
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", "/", " ", ";", " ").Replace(gap)) {
		switch w {
		case "and", "or", "usa", "u.s", "legal", "lawful":
		default:
			return false
		}
	}
	return true
}

// peopleNouns are the nouns a status word may qualify, naming a group ("U.S.
// citizen applicants", "citizens requirements").
var peopleNouns = map[string]bool{"applicant": true, "applicants": true, "candidate": true, "candidates": true, "graduate": true,
	"graduates": true, "students": true, "physicians": true, "requirements": true, "requirement": true}

// isEAD reports an employment authorization document: "EAD", "employment
// authorization document (card)".
func isEAD(low string, t lexMatch) bool {
	if t.e.text == "ead" {
		return true
	}
	rest := low[t.end:]
	return strings.HasPrefix(t.e.text, "employment authorization") && (strings.HasPrefix(rest, " document") || strings.HasPrefix(rest, " card"))
}

// documentOf reports a document noun that the status word after before
// completes: "proof of", "a copy of your", "documentation of US".
func documentOf(before string) bool {
	f := strings.Fields(before)
	for j := len(f) - 1; j >= 0 && j >= len(f)-4; j-- {
		w := strings.Trim(f[j], ",.;:(")
		switch {
		case documentNouns[w]:
			return true
		case w == "of" || w == "your" || w == "a" || w == "the" || w == "usa" || w == "valid" || w == "their" || w == "his" || w == "her":
		default:
			return false
		}
	}
	return false
}

// openStatusBranch reports a list of statuses after the status word that
// ends open (decided in session 18): an alternative after "or" that admits
// whatever status the law allows — a mark of the fitting or the other
// (openMarks: "appropriate", "proper", "other", "another") before a noun
// of papers or standing (openNouns: "documentation", "authorization",
// "status") within a few words ("… citizens, permanent residents, or
// possess the appropriate documentation to train legally", "… or hold
// another status that permits training"), such a noun that permits ("or
// hold the documents that allow them to train"), or "or otherwise" before a word
// of being allowed ("or be otherwise authorized to train"). A visa may be
// that status, so the list rules no visa out: a work-authorisation list,
// no refusal. A named status ("or hold an EAD") closes the list, and
// papers of a status ("or the appropriate documentation of citizenship")
// prove one of those named.
func openStatusBranch(rest string) bool {
	for from := 0; ; {
		i := strings.Index(rest[from:], "or ")
		if i < 0 {
			return false
		}
		i += from
		from = i + 3
		if i > 0 && isWordByte(rest[i-1]) {
			continue // "for", "nor"
		}
		ws := strings.Fields(rest[from:min(len(rest), from+64)])
		marked := false
		for j, w := range ws[:min(len(ws), 6)] {
			w = strings.Trim(w, ",.;:()")
			switch {
			case openMarks[w]:
				marked = true
			case w == "otherwise":
				if j+1 < len(ws) && openAllowed[strings.Trim(ws[j+1], ",.;:()")] || j+2 < len(ws) && openAllowed[strings.Trim(ws[j+2], ",.;:()")] {
					return true // "or otherwise be authorized"
				}
			case marked && openNouns[w]:
				return j+1 >= len(ws) || ws[j+1] != "of" // (not "the appropriate documentation of citizenship")
			case openNouns[w] && j+1 < len(ws):
				next := ws[j+1]
				if (next == "that" || next == "which") && j+2 < len(ws) {
					next = ws[j+2]
				}
				if strings.HasPrefix(next, "allow") || strings.HasPrefix(next, "permit") || strings.HasPrefix(next, "enabl") {
					return true // "or hold the documents that allow them to train"
				}
			}
		}
	}
}

// sentenceRest is low after at up to the end of its sentence or a
// semicolon: an alternative of a list may stand in a clause of its own
// ("…, or have the necessary papers").
func sentenceRest(low string, at int) string {
	rest := low[at:]
	if i := strings.IndexByte(rest, ';'); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, ". "); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// openMarks, openNouns and openAllowed are the words of an open status
// alternative (openStatusBranch).
var (
	openMarks = map[string]bool{"appropriate": true, "proper": true, "necessary": true, "other": true, "another": true,
		"suitable": true, "requisite": true}
	openNouns = map[string]bool{"documentation": true, "documents": true, "document": true, "paperwork": true, "papers": true,
		"authorization": true, "authorisation": true, "status": true, "permission": true, "immigration": true}
	openAllowed = map[string]bool{"authorized": true, "authorised": true, "eligible": true, "permitted": true, "allowed": true,
		"able": true, "qualified": true, "entitled": true}
)

// workAuthorization are the status words that admit a visa holder (an H-1B
// is an authorisation to work).
var workAuthorization = map[string]bool{"ead": true, "employment authorization": true, "employment authorizations": true,
	"work authorization": true, "work permit": true, "work permits": true, "authorized to work": true, "authorization to work": true,
	"legally authorized": true, "lawfully employable": true}

// documentNouns are what an application asks to see of a status ("proof of
// citizenship", "a copy of your green card").
var documentNouns = map[string]bool{"proof": true, "copy": true, "copies": true, "documentation": true, "evidence": true,
	"verification": true, "documents": true, "document": true}

// visaMentions files the visa words of a clause, and a denied sponsorship
// with no visa named after it ("… accepting J-1 visas but site will not
// sponsor") as a denial of visas in general.
func visaMentions(r *reading, cl *clause, add func(mention)) {
	if r.referent != 0 {
		// "This is the only visa we accept": the visa word stands for the
		// visa it refers to
		for k, t := range cl.toks {
			if t.e.kind == kTopic && topic(t.e.arg) == tVisa {
				add(mention{r: r, cl: cl, tok: k, top: r.referent, at: int(t.start), end: int(t.end), neg: negated(r.low, cl, k)})
				return
			}
		}
	}
	own := false
	about := false
	others := -1 // whether the clause is about another population than trainees, once asked
	for k, t := range cl.toks {
		if t.e.kind == kAbout {
			about = true // "information on J-1 eligibility, H-1B visas": subjects offered, nothing stated
		}
		if t.e.kind == kTopic && topics(tJ1, tH1B, tVisa, tStatus).has(topic(t.e.arg)) {
			if others < 0 {
				others = 0
				if c := r.low[cl.start:cl.end]; otherPopulation(c) || researchTraining(c) || programsInGeneral(c) || definesTerm(c) || visaKindSubject(c) ||
					r.q != nil && !r.q.question && visaKindSubject(r.q.low) && !definiteProgram(strings.Fields(c)) {
					// (a list after a lead-in of the kind: "certain kinds of visas allow training: H-1B, J-1 …")
					others = 1
				}
			}
			if others == 1 || licensed(r, int(t.start)) || lacking(cl, k) || about || laterStatus(r, cl, k) || regardless(r.low, cl, int(t.start)) || notNeeded(r.low, cl, k) || noneNeeded(r.low, cl, k) || notHeld(r.low, cl, int(t.start)) ||
				visaPermits(r.low, cl, k) {
				continue // "residents without a valid visa": people who lack one, not a sponsorship
			}
			if topic(t.e.arg) == tVisa && typedVisa(r.low, cl.toks, k) {
				continue // "H-1B visa sponsorship": the named visa's mention speaks for it
			}
			if outer, w := exampleOf(r, cl); outer != nil && topics(tJ1, tH1B).has(topic(t.e.arg)) {
				// "other visas (e.g., H-1B) are considered": the example takes
				// the reading of the visa word it exemplifies
				ow := outer.toks[w]
				add(mention{r: r, cl: outer, tok: w, top: topic(t.e.arg), at: int(ow.start), end: int(ow.end), neg: negated(r.low, outer, w)})
				own = true
				continue
			}
			add(mention{r: r, cl: cl, tok: k, top: topic(t.e.arg), at: int(t.start), end: int(t.end), neg: negated(r.low, cl, k)})
			own = true
		}
	}
	if own || !r.topics.any(topics(tJ1, tH1B, tVisa)) {
		return
	}
	for k, t := range cl.toks {
		if t.e.kind == kVerb && strings.HasPrefix(t.e.text, "sponsor") && negatedBefore(r.low, cl.toks, k, 3) &&
			strings.Trim(r.low[t.end:cl.end], " .,;)") == "" {
			add(mention{r: r, cl: cl, tok: k, top: tVisa, at: int(t.start), end: int(t.end), neg: true})
		}
	}
}

// typedVisa reports a word for visas in general (visa, sponsorship) that
// a named visa restricts: the named visa stands just before it ("H-1B
// visa sponsorship", "J-1 sponsorship requests") or just after its "of"
// or "for" ("sponsorship of H-1B visas", "sponsorship for the J-1"). What
// the clause says of it is said of that visa alone, so a denial of it is
// no denial of the other visa. A general word the named visa does not
// touch ("visa sponsorship of any kind", "H-1B or any other visas",
// "visas, including the H-1B") stays general.
//
// A label or question's word is read the same way (see readQuestion): "H-1B
// visa sponsorship: not available", "Do you offer H-1B visa sponsorship?"
// "No." deny the H-1B alone.
func typedVisa(low string, toks []lexMatch, k int) bool {
	named := func(t lexMatch) bool { return t.e.kind == kTopic && topics(tJ1, tH1B).has(topic(t.e.arg)) }
	for j := k - 1; j >= 0; j-- {
		if t := toks[j]; named(t) && int(t.end) <= int(toks[k].start) {
			return strings.Trim(low[t.end:toks[k].start], " -") == ""
		}
	}
	rest := low[toks[k].end:]
	for _, p := range []string{" of ", " for "} {
		if !strings.HasPrefix(rest, p) {
			continue
		}
		at := int(toks[k].end) + len(p)
		for _, a := range []string{"the ", "an ", "a "} {
			if strings.HasPrefix(low[at:], a) {
				at += len(a)
			}
		}
		for _, t := range toks[k+1:] {
			if named(t) && int(t.start) == at {
				return true
			}
		}
	}
	return false
}

// notNeeded reports a visa that a negated "need" or "require" governs,
// in a clause that asks nothing ("citizens do not need a visa to train
// here"): whether someone needs a visa says nothing of sponsorship. A
// clause that requires or admits ("applicants must not require
// sponsorship", "only those who do not need a visa") keeps the reading.
func notNeeded(low string, cl *clause, k int) bool {
	need := false
	for j, t := range cl.toks[:k] {
		switch {
		case t.e.kind == kBreak && (t.e.text == "need" || t.e.text == "needs" || t.e.text == "require" || t.e.text == "requires"):
			need = need || governedVerb(low, cl.toks, j, k)
		case t.e.kind == kHard && t.e.text != "need" && t.e.text != "needs" && t.e.text != "require" && t.e.text != "requires",
			t.e.kind == kExcl, t.e.kind == kExclusion:
			return false
		}
	}
	for _, t := range cl.toks[k:] {
		if t.e.kind == kHard || t.e.kind == kExcl || t.e.kind == kExclusion {
			return false
		}
	}
	return need
}

// noneNeeded reports a visa that is said to be needed by no one it
// names: "no visa needed", "no visa is required", "need no visa", "a
// no-visa-needed status". It tells what a status spares its holder, as a
// negated need does (notNeeded), not what the program sponsors; the
// statuses beside it still speak for themselves ("citizens or permanent
// residents only (no visa needed)" rules out both visas by its list).
func noneNeeded(low string, cl *clause, k int) bool {
	t := cl.toks[k]
	before := strings.TrimRight(low[cl.start:t.start], " (-")
	after := strings.TrimLeft(low[t.end:cl.end], " -")
	w := strings.Fields(before)
	if len(w) == 0 || strings.TrimLeft(w[len(w)-1], "(\"'") != "no" {
		return false
	}
	if len(w) > 1 {
		switch w[len(w)-2] {
		case "need", "needs", "needing", "require", "requires", "requiring":
			return true // "need no visa"
		}
	}
	for _, be := range []string{"is ", "are ", "being "} {
		after = strings.TrimPrefix(after, be)
	}
	for _, p := range []string{"needed", "required", "necessary"} {
		if strings.HasPrefix(after, p) && (len(after) == len(p) || !isWordByte(after[len(p)])) {
			return true // "no visa (is) needed"
		}
	}
	return false
}

// otherPopulation reports a clause about the visas of people other
// than trainees — faculty, staff, employees, scholars, researchers —
// that names no trainee or applicant ("the international office files
// H-1B petitions for faculty and staff"): a university's immigration
// service for its employees is not the residency's sponsorship.
func otherPopulation(low string) bool {
	other := false
	prev := ""
	for _, f := range strings.Fields(low) {
		w := strings.Trim(f, ",.;:()\"'!?")
		switch w {
		case "faculty", "employee", "employees", "scholar", "scholars", "researcher", "researchers", "postdoc", "postdocs",
			"postdoctoral", "post-doctoral", "professor", "professors", "professionals":
			other = true
		case "staff":
			if prev != "house" && prev != "medical" {
				other = true
			}
		case "resident", "residents", "residency", "residencies", "fellow", "fellows", "fellowship", "fellowships", "trainee",
			"trainees", "intern", "interns", "internship", "applicant", "applicants", "candidate", "candidates", "officer", "officers",
			"physician", "physicians", "graduate", "graduates", "img", "imgs", "fmg", "fmgs", "you", "your", "student", "students",
			"program", "programs", "gme":
			return false
		}
		prev = w
	}
	return other
}

// researchTraining reports a clause whose visa serves research training
// (decided in session 18): a research fellowship, a research position or
// year ("the board's support for a J-1 applicant who wishes to complete a
// research fellowship", "J-1 visas for research fellows") and no word of
// clinical training beside it (researchKinds, clinicalWords). Research
// is another population than the residency's trainees, as scholars are
// (otherPopulation); "J-1 visas for residents and research fellows" keeps
// its residents.
func researchTraining(low string) bool {
	found := false
	for from := 0; !found; {
		i := strings.Index(low[from:], "research ")
		if i < 0 {
			return false
		}
		from += i + len("research ")
		for _, k := range researchKinds {
			found = found || strings.HasPrefix(low[from:], k)
		}
	}
	for _, w := range clinicalWords {
		if strings.Contains(low, w) {
			return false
		}
	}
	return true
}

// researchKinds are what a word of research names as training after it;
// clinicalWords mark a clause that names clinical training too.
var (
	researchKinds = []string{"fellow", "position", "year", "scholar", "training", "appointment", "post"}
	clinicalWords = []string{"residen", "clinical", "intern", "gme", "graduate medical"}
)

// programsInGeneral reports a clause about what many, most or few
// programs do ("many residency programs sponsor only J-1 visas", "not
// all programs offer the H-1B", "fewer hospitals sponsor H-1B visas"), or
// about programs of a kind by what they do, a bare plural before "that"
// or "which" ("programs that sponsor the H-1B usually want Step 3") or
// a participle of their acts ("programs sponsoring the H-1B"), or after a
// preposition an indefinite program ("if offered by a residency program",
// "once accepted into a residency program"): advice about programs in
// general, not this program's policy. A
// program's own ("most of our programs") is not in general, nor is a
// clause that names the program of the page ("unlike most programs, we
// sponsor the H-1B"; definiteProgram).
func programsInGeneral(low string) bool {
	f := strings.Fields(low)
	for i, w := range f {
		switch w {
		case "by", "at", "from", "in", "into":
			if i+1 < len(f) && indefiniteProgram(f[i+1:]) && !definiteProgram(f) {
				return true
			}
			continue
		case "programs", "residencies", "hospitals", "institutions", "programmes":
			// a kind of program by what it does: "programs that sponsor
			// the H-1B usually want Step 3", "apply to hospitals which
			// accept J-1 visas"
			if i+1 < len(f) && (f[i+1] == "that" || f[i+1] == "which" || kindParticiple(f[i+1])) && (i == 0 || !pluralDeterminers[strings.Trim(f[i-1], ",.;:()")]) {
				return !definiteProgram(f)
			}
			continue
		case "many", "most", "few", "fewer", "several":
		case "all":
			if i == 0 || f[i-1] != "not" {
				continue
			}
		default:
			continue
		}
		for j := i + 1; j < len(f) && j <= i+3; j++ {
			n := strings.Trim(f[j], ",.;:()")
			if n == "of" || n == "our" || n == "these" || n == "its" || n == "your" {
				break
			}
			switch n {
			case "programs", "residencies", "hospitals", "institutions", "programmes", "sponsors", "employers":
				return !definiteProgram(f) // "unlike most programs, we sponsor the H-1B": the program's own
			}
		}
	}
	return false
}

// kindParticiple reports a participle of a program's acts after a bare
// plural, naming a kind of program by what it does as "that sponsor"
// does: "programs sponsoring the H-1B", "hospitals accepting J-1 visas",
// "programs reporting J-1 acceptance".
func kindParticiple(w string) bool {
	switch strings.Trim(w, ",.;:()") {
	case "sponsoring", "accepting", "offering", "reporting", "supporting", "requiring", "considering", "taking", "willing":
		return true
	}
	return false
}

// pluralDeterminers are the words that make a plural noun after them
// definite or counted ("the programs that …", "our hospitals which …",
// "two programs that …", "one of the programs that …"): no kind in
// general.
var pluralDeterminers = map[string]bool{"the": true, "our": true, "these": true, "those": true, "its": true, "your": true,
	"their": true, "his": true, "her": true, "my": true, "both": true, "two": true, "three": true, "four": true, "five": true}

// indefiniteProgram reports words that open with an indefinite article
// or "any" and name a program within the next three words ("a GME
// program", "an accredited residency", "any teaching hospital"): after
// "by", "at", "from" or "in" it is whatever program may do it ("if
// offered by a residency program"), no program in particular. A program
// that describes itself ("we are a community program that sponsors …")
// has no preposition before its article.
func indefiniteProgram(f []string) bool {
	if f[0] != "a" && f[0] != "an" && f[0] != "any" {
		return false
	}
	for j := 1; j < len(f) && j <= 3; j++ {
		n := strings.Trim(f[j], ",.;:()")
		if n == "of" || n == "our" || n == "this" || n == "its" || n != f[j] && j < 3 && !programNoun(n) {
			return false // "a program of ours", or the phrase ended before a program
		}
		if programNoun(n) {
			return true
		}
	}
	return false
}

// definiteProgram reports words that name a program of the page's own:
// "we", "our", "ours", "us", or "the" or "this" before a program noun within
// three words ("the residency", "this internal medicine program"). A
// clause whose program is named so states its policy, whatever an
// indefinite one beside it does ("the residency sponsors J-1 visas, which
// a department of the university processes").
func definiteProgram(f []string) bool {
	for i, w := range f {
		switch strings.Trim(w, ",.;:()") {
		case "we", "our", "ours", "us":
			return true
		case "the", "this":
			for j := i + 1; j < len(f) && j <= i+3; j++ {
				n := strings.Trim(f[j], ",.;:()")
				if programNoun(n) {
					return true
				}
				if n != f[j] || n == "of" {
					break
				}
			}
		}
	}
	return false
}

// programNoun is a word that names a residency program or its institution.
func programNoun(w string) bool {
	switch w {
	case "program", "programs", "programme", "residency", "residencies", "hospital", "hospitals", "institution",
		"institutions", "employer", "employers", "department", "departments":
		return true
	}
	return false
}

// visaKindSubject reports a clause whose subject is visas as a kind —
// "certain kinds of visas allow clinical training: …", "several visa
// types are available", "the two most common visas are the J-1 and the
// H-1B", "this type of visa requires …" — and that names no program of the
// page's own: it tells what visas there are and what they do, as an
// explainer does, not what the program sponsors. The kind's words
// (visaKindWords) stand before the clause's first verb, which is not a
// passive of the program's acts: "the following visa types are accepted:
// J-1 and H-1B", "the visa types we sponsor are …" and "the only visa type
// is the J-1" are the program's.
func visaKindSubject(low string) bool {
	if !strings.Contains(low, "visa type") && !strings.Contains(low, " of visa") && !strings.Contains(low, "most ") &&
		!strings.Contains(low, "visa categor") && !strings.Contains(low, "visa class") && !strings.Contains(low, "visa option") {
		return false // (the usual clause)
	}
	at := -1
	for _, k := range visaKindWords {
		if i := strings.Index(low, k); i >= 0 && (i == 0 || !isWordByte(low[i-1])) && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	f := strings.Fields(low)
	if definiteProgram(f) {
		return false
	}
	for _, w := range f {
		if w == "only" {
			return false // "the only visa type is the H-1B": the program's one visa
		}
	}
	// the kind is the subject: no verb before it, and one after it that
	// says something of it ("Visa types: J-1, H-1B" is a label of the
	// program's own)
	if hasFiniteVerb(low[:at]) || !hasFiniteVerb(low[at:]) && !kindPredicate(low[at:]) {
		return false
	}
	for _, w := range f {
		if programActs[strings.Trim(w, ",.;:()\"'!?")] {
			return false // "visa types accepted: …", "the following visa types are sponsored"
		}
	}
	return true
}

// kindPredicate reports a verb that says what visas of a kind do or are
// ("… allow clinical training", "… permit work", "… exist"), which
// hasFiniteVerb reads only after a pronoun. ("Visa types include J-1 and
// H-1B" lists a program's, as a label would.)
func kindPredicate(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.Trim(w, ",.;:()") {
		case "allow", "permit", "exist", "enable", "let", "differ", "vary", "fall", "apply":
			return true
		}
	}
	return false
}

// visaKindWords name visas as a kind, not a visa the program handles;
// programActs are the passives of the program's acts on a visa.
var (
	visaKindWords = []string{"kinds of visa", "types of visa", "type of visa", "kind of visa", "categories of visa",
		"classes of visa", "visa types", "visa type ", "visa categories", "visa category", "visa classifications",
		"visa options", "most common visa", "most used visa", "most popular visa", "most common type", "most common types"}
	programActs = map[string]bool{"accepted": true, "sponsored": true, "supported": true, "considered": true, "offered": true,
		"welcomed": true, "processed": true, "honored": true, "honoured": true, "recognized": true}
)

// definesTerm reports a clause that defines a word or a legal category
// rather than stating a rule: its subject is a category or term ("this
// classification does not include persons with temporary visas", "the
// term nonimmigrant does not cover …"), or it says what a kind of
// person is ("an immigrant is a person who …"). What a category includes
// is no visa the program refuses.
func definesTerm(low string) bool {
	f := strings.Fields(low)
	i := 0
	if i < len(f) {
		switch f[i] {
		case "this", "that", "the", "such", "each", "every", "a", "an":
			i++
		}
	}
	if i < len(f) {
		switch strings.Trim(f[i], ",.;:()\"") {
		case "classification", "classifications", "category", "categories", "term", "definition", "designation":
			return true
		}
	}
	return strings.Contains(low, " is a person who ") || strings.Contains(low, " is any person ") ||
		strings.Contains(low, " is defined as ") || strings.Contains(low, " means a person ")
}

// visaPermits reports a visa that is the subject of "allow" or "permit"
// with an object of its own ("the J-1 does not allow residents to
// moonlight", "H-1B status permits work for one employer only"): the
// sentence tells what the visa lets its holder do, not what the program
// sponsors. A visa that is allowed ("H-1B visas are not allowed", "the
// program allows J-1 visas") is the object, read as before.
func visaPermits(low string, cl *clause, k int) bool {
	end := int(cl.toks[k].end)
	for _, t := range cl.toks[k+1:] {
		if int(t.start) < end {
			continue // another reading of the visa's own word
		}
		if t.e.kind != kVerb {
			if t.e.kind == kNeg {
				continue // "does not allow"
			}
			return false
		}
		switch low[t.start:t.end] {
		case "allow", "allows", "permit", "permits":
		default:
			return false
		}
		if wordsBetween(low, end, int(t.start)) > 4 {
			return false
		}
		for _, w := range strings.Fields(low[end:t.start]) {
			switch strings.Trim(w, ",;:") {
			case "is", "are", "be", "been", "was", "were", "being", "we", "i", "they", "you", "it":
				return false
			}
		}
		after := strings.Fields(low[t.end:min(len(low), int(t.end)+24)])
		if len(after) == 0 {
			return false
		}
		switch after[0] {
		case "it", "them", "this", "these", "those", "such", "by", "for", "at", "in", "on", "to", "under", "through",
			"unless", "except", "if", "and", "or":
			return false
		}
		return isLexWord(after[0][0])
	}
	return false
}

// notHeld reports a visa named by the people who do not hold it, in a
// relative clause ("applicants who do not hold a valid visa should …",
// "candidates that don't have an H-1B yet …"), in a clause that turns
// nobody away: it describes the people, and refuses no visa. (Those
// turned away for lacking it are lackVisaTurnedAway's.)
func notHeld(low string, cl *clause, at int) bool {
	if cl.kinds.has(kExclusion) {
		return false
	}
	f := strings.Fields(low[max(cl.start, at-60):at])
	j := len(f) - 1
	for j >= 0 {
		switch f[j] {
		case "a", "an", "the", "valid", "current", "any", "their", "own", "yet", "already":
			j--
			continue
		}
		break
	}
	if j < 2 {
		return false
	}
	switch f[j] {
	case "hold", "have", "possess", "carry":
	default:
		return false
	}
	j--
	switch {
	case f[j] == "not" && j >= 1 && (f[j-1] == "do" || f[j-1] == "does" || f[j-1] == "did"):
		j -= 2
	case f[j] == "don't" || f[j] == "doesn't" || f[j] == "didn't":
		j--
	default:
		return false
	}
	return j >= 0 && (f[j] == "who" || f[j] == "that")
}

// regardless reports a status or visa named as what a rule does not
// depend on ("every trainee, regardless of citizenship, must …",
// "irrespective of visa status"): it asks for none.
func regardless(low string, cl *clause, at int) bool {
	before := strings.Fields(low[max(cl.start, at-40):at])
	for j := len(before) - 1; j >= 0 && j >= len(before)-4; j-- {
		if before[j] != "of" || j == 0 {
			continue
		}
		switch strings.Trim(before[j-1], "(,;:") {
		case "regardless", "irrespective", "independent", "independently":
			return true
		}
	}
	return false
}

// laterStatus reports a visa named as the status a J-1 physician may move
// to after training ("… must go home for two years before they may apply
// for an H-1B or a green card"): a "before", "until" or "after" ahead of
// it with the physician's own step ("apply for", "be eligible for",
// "change to") between, and a J-1 named earlier in the sentence. A
// program's own act there ("before we can sponsor an H-1B") is a
// condition, read as such.
func laterStatus(r *reading, cl *clause, k int) bool {
	t := cl.toks[k]
	if topic(t.e.arg) == tJ1 || !strings.Contains(r.low[:t.start], "j1") {
		return false
	}
	before := " " + r.low[cl.start:t.start]
	at := -1
	for _, w := range []string{" before ", " until ", " after "} {
		if i := strings.LastIndex(before, w); i > at {
			at = i
		}
	}
	if at < 0 || fieldCount(before[at:]) > 9 {
		return false
	}
	gap := before[at:]
	for _, w := range []string{"sponsor", "accept", "offer", "consider", "support", "process"} {
		if strings.Contains(gap, w) {
			return false
		}
	}
	for _, w := range []string{"eligible for", "apply for", "applying for", "change to", "changing to", "switch to", "switching to",
		"transfer to", "convert to", "adjust"} {
		if strings.Contains(gap, w) {
			return true
		}
	}
	return false
}

// exampleOf returns, for a parenthesis that gives examples ("(e.g.,
// H-1B)", "(such as the H-1B)"), the clause around it and the index of the
// word for visas in general it stands just after.
//
// A parenthesis that is only a list of named visas ("Visa sponsorship is
// available (J-1 and H-1B)", "We do not sponsor visas (J-1 or H-1B)")
// names the members of the clause's word for visas in general, wherever
// that word stands before it, when the clause names no visa of its own.
func exampleOf(r *reading, cl *clause) (*clause, int) {
	if !cl.paren {
		return nil, -1
	}
	in := strings.TrimLeft(r.low[cl.start:cl.end], "( ")
	ok := false
	for _, p := range []string{"e.g", "eg ", "eg,", "such as", "for example", "for instance", "including", "like "} {
		ok = ok || strings.HasPrefix(in, p)
	}
	list := !ok && visaList(r.low, cl)
	if !ok && !list {
		return nil, -1
	}
	outer := r.around(cl)
	if outer == cl || list && outer.topics.any(topics(tJ1, tH1B)) {
		return nil, -1
	}
	for k := len(outer.toks) - 1; k >= 0; k-- {
		t := outer.toks[k]
		if int(t.end) > cl.start {
			continue
		}
		if gap := strings.Trim(r.low[t.end:cl.start], " ("); t.e.kind == kTopic && topic(t.e.arg) == tVisa &&
			(list || gap == "" || gap == "type" || gap == "types" || gap == "categories" || gap == "classes") {
			return outer, k
		}
		if !list {
			break
		}
	}
	return nil, -1
}

// visaList reports a parenthesis that holds named visas and list words
// alone: "(J-1 and H-1B)", "(J1, H1B)", "(J-1 or H-1B visas)".
func visaList(low string, cl *clause) bool {
	at := cl.start
	n := 0
	for _, t := range cl.toks {
		if t.e.kind != kTopic {
			continue // (the visa's own word read twice: "j1 visa" a topic and a verb's object)
		}
		if int(t.start) < at { // a word read twice, inside the one before ("visa" of "visa 0000")
			if tp := topic(t.e.arg); tp != tJ1 && tp != tH1B && tp != tVisa {
				return false
			}
			at = max(at, int(t.end))
			continue
		}
		if tp := topic(t.e.arg); tp != tJ1 && tp != tH1B && tp != tVisa || !listGap(strings.Trim(low[at:t.start], "( ")) {
			return false
		}
		if topic(t.e.arg) != tVisa {
			n++
		}
		at = int(t.end)
	}
	return n > 0 && listGap(strings.Trim(low[at:cl.end], " )."))
}

// ifStatusListed keeps a value when the clause lists a status as accepted:
// a status word no negation governs ("citizens, permanent residents or
// J-1"), not "applicants who are not US citizens … J-1".
func ifStatusListed(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		for k, t := range m.cl.toks {
			if t.e.kind == kTopic && topic(t.e.arg) == tStatus && !negated(m.r.low, m.cl, k) && !nonPrefixed(m.r.low, int(t.start)) &&
				listedWith(m.r.low, m, t) {
				return f(e, m, q)
			}
		}
		return imgfriendly.Value{}, false
	}
}

// listedWith reports a status word in one list with the mention's visa:
// at most eight words apart, joined by a comma, "or", "and" or a slash
// ("citizens, permanent residents or J-1 holders"), not a word of another
// statement in the clause ("the J-1 holder must return to the country of
// permanent residence").
func listedWith(low string, m *mention, t lexMatch) bool {
	a, b := m.end, int(t.start)
	if int(t.end) <= m.at {
		a, b = int(t.end), m.at
	}
	if wordsBetween(low, a, b) > 8 {
		return false
	}
	gap := low[a:b]
	return strings.Contains(gap, ",") || strings.Contains(gap, " or ") || strings.Contains(gap, " and ") ||
		strings.Contains(gap, "/") || strings.Contains(gap, ";")
}

// nonPrefixed reports a status word denied by a "non-" before it, past
// "usa" ("non-U.S. citizen applicants", "non-citizens").
func nonPrefixed(low string, at int) bool {
	before := strings.TrimRight(low[max(0, at-12):at], " -")
	before = strings.TrimRight(strings.TrimSuffix(before, "usa"), " -")
	return strings.HasSuffix(before, "non") && (len(before) == 3 || !isLexWord(before[len(before)-4]))
}

// lacking reports a visa word governed by "without" a few words before it:
// it names people who lack the visa ("residents without a valid visa
// cannot …"), which says nothing of what the program sponsors.
func lacking(cl *clause, k int) bool {
	if strings.Contains(cl.toks[k].e.text, "sponsor") {
		return false // "without sponsorship" denies the program's act, not the person's visa
	}
	for j, seen := k-1, 0; j >= 0 && seen < 3; j-- {
		t := cl.toks[j]
		if t.start == cl.toks[k].start {
			continue // another reading of the same word
		}
		seen++
		if t.e.kind == kNeg {
			return t.e.text == "without"
		}
		if t.e.kind == kTopic || t.e.kind == kVerb {
			return false
		}
	}
	return false
}

// withoutSponsorship is "authorized to work without sponsorship".
func withoutSponsorship(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok >= 0 && strings.HasPrefix(m.cl.toks[m.tok].e.text, "without") && (m.cl.mod&mHard != 0 || m.r.ctx&mHard != 0) {
		return imgfriendly.BoolValue(false), true
	}
	return imgfriendly.Value{}, false
}

// Conditions attached to a sponsored visa, read in the original text.
var (
	condTrigger = mustStartDerived(`(?i)\b(?:only if|only for|only when|only after|only to|only with|if|provided(?: that)?|as long as|when|for (?:applicants|candidates|those|residents|graduates|individuals|exceptional|highly|outstanding|international|current|people)|on a case[- ]by[- ]case basis|case[- ]by[- ]case|on an individual basis|on a limited basis|in (?:rare|exceptional|limited|select|certain|unusual) (?:cases|circumstances|situations|instances)|subject to|unless|except|depending on|who (?:have|has|are|hold|already|meet)|with (?:step|usmle|passing|a passing|scores?|a score|the approval)|after passing|contingent (?:on|upon)|(?:current|existing) h-?1-?b holders?|(?:current|existing) holders)\b`, condStart)
	// origVisa are the J-1's and the H-1B's spellings; each opens with its
	// letter in either case, which (?i) leaves the regexp package no literal
	// to skip to: it ran at every character of the sentence
	origVisa = [2]startedRegexp{
		mustStartDerived(`(?i)j\s?-?\s?1\b`, func(s string, i int) bool { return (s[i] == 'j' || s[i] == 'J') && visaDigitNext(s, i) }).startingWith("jJ", false),
		mustStartDerived(`(?i)h\s?-?\s?1\s?-?\s?b\b|h-?1\b`, func(s string, i int) bool { return (s[i] == 'h' || s[i] == 'H') && visaDigitNext(s, i) }).startingWith("hH", false),
	}
	holdersOnly = mustGateDerived(`(?i)\b(?:current|existing)\b[^.;]*\bholders?\b(?:\s+only)?`) // (run where "holder" and "current" or "existing" are)
	bareCond    = regexp.MustCompile(`(?i)^(?:yes|sponsored|available|accepted|offered|considered)?[,.;:\s-]*`)
	clauseEndRe = regexp.MustCompile(`;|\. |\bbut\b|\bhowever\b|, and (?:we|our|the)\b`)
)

// condStart is where a match of condTrigger can start: a word opening
// with the first two letters of one of its phrases (in either case; a
// character that is not ASCII may be a letter (?i) folds, and is let
// through), as wordStartIn reads the first.
func condStart(s string, i int) bool {
	if !wordStartIn(s, i, "oipawfcsued") {
		return false
	}
	if s[i] >= 0x80 {
		return true
	}
	if i+1 >= len(s) {
		return false // (every phrase has two letters or more)
	}
	c := s[i+1]
	return c >= 0x80 || strings.IndexByte(condSeconds[s[i]|0x20], c|0x20) >= 0
}

// condSeconds are the second letters of condTrigger's phrases by their
// first: "only", "on a case", "if", "in rare cases", "provided", "as long
// as", "after passing", "when", "who", "with", "for", "case-by-case",
// "contingent", "current", "subject to", "unless", "except", "existing",
// "depending on".
var condSeconds = [256]string{'o': "n", 'i': "fn", 'p': "r", 'a': "sf", 'w': "hi", 'f': "o", 'c': "aou", 's': "u", 'u': "n", 'e': "x", 'd': "e"}

// visaDigitNext reports what follows the letter of a visa's spelling at
// s[i] in each match of origVisa: the digit, a dash or a \s space.
func visaDigitNext(s string, i int) bool {
	return i+1 < len(s) && (s[i+1] == '1' || s[i+1] == '-' || isRESpace(s[i+1]))
}

// visaConditionOf returns the condition a sentence attaches to the visa a
// mention names, or, for an answer's "Yes", the rest of the answer when it
// is conditional.
func visaConditionOf(m *mention) string {
	text := m.r.st.text
	if m.tok < 0 && m.lead != 1 {
		return "" // a clause continuing another names no visa of its own
	}
	if m.lead == 1 {
		rest := strings.TrimSpace(bareCond.ReplaceAllString(text, ""))
		rest = strings.TrimRight(rest, ". ")
		if rest == "" || condTrigger.FindStringIndex(rest) == nil && !strings.Contains(strings.ToLower(rest), "only") {
			return ""
		}
		return rest
	}
	t := 0
	if m.top == tH1B {
		t = 1
	}
	return visaCondition(text, t)
}

// visaCondition returns the condition attached to visa t (0 J-1, 1 H-1B) in
// a sentence: from the first condition word after the visa's mention (and
// before the other visa's) to the clause's end; or a leading "If …" clause;
// or a condition that itself names the visa ("only for applicants who
// already hold an H-1B visa").
func visaCondition(text string, t int) string {
	mine := origVisa[t].FindAllStringIndex(text, -1)
	other := origVisa[1-t].FindAllStringIndex(text, -1)
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
		if at := condTrigger.FindStringIndex(seg); at != nil {
			if cond := trimCond(seg[at[0]:]); cond != "" {
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
	if at := condTrigger.FindStringIndex(before); at != nil {
		if comma := strings.Index(before[at[0]:], ","); comma >= 0 {
			return strings.TrimSpace(before[at[0] : at[0]+comma])
		}
		return trimCond(text[start+at[0]:])
	}
	if m := holdersOnly.FindString(text); m != "" {
		return m
	}
	return ""
}

// trimCond cuts a condition at its clause's end.
func trimCond(cond string) string {
	if m := clauseEndRe.FindStringIndex(cond); m != nil {
		cond = cond[:m[0]]
	}
	return strings.TrimRight(strings.TrimSpace(cond), ".;,)")
}
