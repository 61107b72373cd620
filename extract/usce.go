package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// usceTable reads the US clinical experience rule. Its topic is made of two
// words: clinical experience (rotations, clinical activities, patient care,
// hands-on work) and the United States, in one clause; or "USCE" itself. A
// residency year (PGY-1, graduate medical education) is not USCE. The
// clause's modality gives the requirement (a preference outweighs "not
// required"); a duration bound to it gives the months, unless it is how
// recent the experience must be ("within the last 3 years").
var usceTable = table{
	name:     "usce",
	owned:    topics(tUSCE, tUSA, tStudy),
	mentions: usceMentionsOwn,
	bind:     bindUSCE,
	rows: []rule{
		{name: "required, answered", topics: topics(tUSCE), pol: polYes, qmod: mHard, field: imgfriendly.FieldUSCERequirement, val: text("required"), rank: rankExplicit},
		{name: "not required, answered", topics: topics(tUSCE), pol: polNo, qmod: mHard, field: imgfriendly.FieldUSCERequirement, val: text("not_required"), rank: rankExplicit},
		// a "Yes" or "No" in the cell of a label naming the experience: "USCE | Yes, 3 months"
		{name: "yes in a label's cell", topics: topics(tUSCE), pol: polYes, cell: true, field: imgfriendly.FieldUSCERequirement, val: text("required"), rank: rankExplicit},
		{name: "no in a label's cell", topics: topics(tUSCE), pol: polNo, cell: true, field: imgfriendly.FieldUSCERequirement, val: text("not_required"), rank: rankExplicit},
		// one way to meet a requirement ("This can be shown by doing two
		// or more rotations in the US or another English-speaking country")
		{name: "a means of meeting what is asked", topics: topics(tUSCE), pol: polPos, has: kinds(kMeans), notMod: mStats | mNotReq | mExclusion,
			field: imgfriendly.FieldUSCERequirement, val: meansAfter, rank: rankExplicit},
		{name: "preferred", topics: topics(tUSCE), mod: mSoft, notMod: mStats, qlacks: kinds(kRecent), field: imgfriendly.FieldUSCERequirement, val: text("preferred"), rank: rankExplicit},
		{name: "not required", topics: topics(tUSCE), mod: mNotReq, notMod: mStats, qlacks: kinds(kRecent), field: imgfriendly.FieldUSCERequirement, val: text("not_required"), rank: rankExplicit},
		{name: "required", topics: topics(tUSCE), pol: polPos, mod: mHard, notMod: mStats, qlacks: kinds(kRecent), field: imgfriendly.FieldUSCERequirement, val: text("required"), rank: rankExplicit},
		{name: "those without it turned away", topics: topics(tUSCE), pol: polNeg, mod: mExclusion, notMod: mStats, field: imgfriendly.FieldUSCERequirement, val: text("required"), rank: rankExplicit},
		{name: "those without it considered", topics: topics(tUSCE), pol: polNeg, notMod: mStats | mExclusion | mHard | mSoft, has: kinds(kVerb),
			field: imgfriendly.FieldUSCERequirement, val: lackersConsidered, rank: rankExplicit},
		{name: "months", topics: topics(tUSCE), pol: polPos, notMod: mStats | mNotReq,
			qty:   &qtyNeed{units: unitsOf(unitMonth, unitWeek, unitYear), rels: relsOf(relNone, relMin, relGT), max: 100},
			field: imgfriendly.FieldUSCEMonths, val: usceMonths, rank: rankExplicit},
		// the months those without them are turned away for: "applicants
		// without at least three months of USCE will not be considered"
		{name: "months, those without them turned away", topics: topics(tUSCE), pol: polNeg, mod: mExclusion, notMod: mStats | mNotReq,
			qty:   &qtyNeed{units: unitsOf(unitMonth, unitWeek, unitYear), rels: relsOf(relMin, relGT), max: 100},
			field: imgfriendly.FieldUSCEMonths, val: usceMonths, rank: rankExplicit},
	},
}

// condAfter reports a condition word of cl after byte at.
func condAfter(cl *clause, at int) bool {
	for _, t := range cl.toks {
		if int(t.start) >= at && t.e.kind == kCond {
			return true
		}
	}
	return false
}

// meansAfter is "preferred" for an experience named after a word that
// makes what follows one way to meet what is asked ("… can be shown by
// doing two or more rotations in the United States"): one way among
// others is a preference. An experience before it is what is shown, asked
// as the clause says ("US clinical experience is required, which can be
// documented by letters").
func meansAfter(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 {
		return imgfriendly.Value{}, false
	}
	for _, t := range m.cl.toks[:m.tok] {
		if t.e.kind == kMeans {
			return imgfriendly.TextValue("preferred"), true
		}
	}
	return imgfriendly.Value{}, false
}

// lackersConsidered is "applicants without U.S. clinical experience are
// reviewed (considered, welcome) as well": people who lack the experience
// are admitted, so it is not required; admitted on a condition ("… will
// be considered if they have an exceptional academic record", "… on a
// case-by-case basis"), the experience is waived for some and expected of
// the rest: preferred.
func lackersConsidered(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 || !strings.Contains(m.r.low[max(m.cl.start, m.at-40):m.at], "without") {
		return imgfriendly.Value{}, false
	}
	for _, t := range m.cl.toks {
		if t.e.kind != kVerb || int(t.start) < m.end {
			continue
		}
		switch {
		case strings.HasPrefix(t.e.text, "consider"), strings.HasPrefix(t.e.text, "review"), strings.HasPrefix(t.e.text, "accept"),
			strings.HasPrefix(t.e.text, "welcome"):
			if condAfter(m.cl, int(t.end)) {
				// "… will be considered if they have an exceptional
				// record": the experience waived for some, expected of the
				// rest
				return imgfriendly.TextValue("preferred"), true
			}
			return imgfriendly.TextValue("not_required"), true
		}
	}
	return imgfriendly.Value{}, false
}

// usceMentionsOwn finds US clinical experience as usceMentions does, in a
// clause that states the program's rule for its applicants (see
// licensed: "State licensure requires six months of US clinical
// experience" is the board's).
func usceMentionsOwn(r *reading, cl *clause, add func(mention)) {
	if !r.topics.has(tLicensure) {
		usceMentions(r, cl, add)
		return
	}
	usceMentions(r, cl, func(m mention) {
		if !licensed(r, m.at) {
			add(m)
		}
	})
}

// usceMentions finds US clinical experience in a clause: "USCE", or an
// experience word with the United States in the same clause (the
// experience word stands for both), and no residency year; or, under a
// question about USCE, the United States or clinical experience alone. The
// United States of letters from US physicians is not the experience's, nor
// that of research ("research in the US is welcome" under the question), and
// a clause about observerships ("Observerships count toward US clinical
// experience", "an observership or externship in a US hospital") states no
// USCE rule.
func usceMentions(r *reading, cl *clause, add func(mention)) {
	if cl.topics.has(tTraining) && !trainingOnlyPlace(r.low, cl) || cl.topics.has(tObservership) && observershipOutsideAsides(r, cl) && aboutObservership(r.low, cl) {
		return // what a clause says of observerships (or a residency year) is not the USCE rule
	}
	if cl.paren && topicBeforeParen(r, cl, topics(tLetters)) != 0 {
		return // "three letters (preferably from US clinical work)": the letters' source, no USCE rule
	}
	qUSCE := r.q != nil && !r.q.weak && r.q.all.has(tUSCE)
	usa, usaAt := false, -1
	for k, t := range cl.toks {
		// the United States of letters' writers, or of a school graduated
		// from ("a graduate of a US or foreign school, or an IMG with
		// clinical experience"), is not where the experience is
		if t.e.kind == kTopic && topic(t.e.arg) == tUSA && !topics(tLetters, tGrad).has(nearestTopic(r.low, cl, k)) {
			usa = true
			if usaAt < 0 {
				usaAt = k
			}
		}
	}
	at := -1
	for k, t := range cl.toks {
		if t.e.kind != kTopic {
			continue
		}
		switch topic(t.e.arg) {
		case tUSCE:
			at = k
		case tExperience:
			if at < 0 && (usa || qUSCE) {
				at = k
			}
		}
		if at >= 0 && topic(cl.toks[at].e.arg) == tUSCE {
			break
		}
	}
	if at < 0 && usa {
		at = studiedInUSA(r, cl) // "one year of formal medical education in the United States"
	}
	if at < 0 && usa && qUSCE && !cl.topics.has(tResearch) {
		at = usaAt // "we do prefer to see some US clinical expierence"; not "research in the US is valued"
	}
	if at >= 0 && providedExperience(r, cl, at) {
		return // "residency provides graduates with the hands-on clinical training they need": what training gives, no rule
	}
	if at >= 0 && lettersWritersExperience(r, cl, at) {
		return // "letters from physicians who supervised your US clinical experience": the writers', no rule
	}
	if at >= 0 {
		t := cl.toks[at]
		add(mention{r: r, cl: cl, tok: at, top: tUSCE, at: int(t.start), end: int(t.end), neg: negated(r.low, cl, at)})
	}
}

// providedExperience reports an experience that is the object of a verb
// of providing ("the Match secures a residency that will provide
// graduates with the hands-on clinical training they need", "our program
// offers residents US clinical experience", "committed to giving
// trainees hands-on experience in US hospitals"): what a residency, a
// program or a process gives its trainees, not what an applicant must
// bring. Only the receivers, determiners and the experience's own
// modifiers stand between the verb and the experience (providedBetween);
// an applicant told to provide something ("applicants must provide
// documentation of their US clinical experience", "please provide …") or a
// preference given ("we give preference to applicants with US clinical
// experience") keeps the rule, as does a providing after the experience
// ("applicants need the US experience an externship provides").
func providedExperience(r *reading, cl *clause, at int) bool {
	before := r.low[cl.start:cl.toks[at].start]
	f := strings.Fields(before)
	v := -1
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.Trim(f[i], ",.;:()\"'")
		if providingVerbs[w] {
			v = i
			break
		}
		if !providedBetween[w] {
			return false
		}
	}
	if v < 0 {
		return false
	}
	for k := 0; k < at; k++ {
		if t := cl.toks[k]; t.e.kind == kHard && int(t.start) < cl.start+strings.LastIndex(before, f[v]) {
			return false // "applicants must provide …": the applicant's act, asked
		}
	}
	for _, w := range f[:v] {
		if strings.Trim(w, ",.;:()\"'") == "please" {
			return false
		}
	}
	return true
}

// providingVerbs are the verbs of giving an experience.
var providingVerbs = map[string]bool{"provide": true, "provides": true, "providing": true, "give": true, "gives": true, "giving": true,
	"offer": true, "offers": true, "offering": true, "afford": true, "affords": true, "affording": true}

// providedBetween are the words that may stand between a verb of providing
// and the experience it provides: its receivers, determiners, and the
// experience's own modifiers.
var providedBetween = map[string]bool{"the": true, "a": true, "an": true, "our": true, "their": true, "your": true, "its": true,
	"all": true, "every": true, "each": true, "much": true, "more": true, "with": true, "and": true, "them": true, "you": true,
	"him": true, "her": true, "graduates": true, "residents": true, "interns": true, "trainees": true, "doctors": true,
	"physicians": true, "imgs": true, "fmgs": true, "learners": true, "new": true, "young": true, "medical": true,
	"international": true, "foreign": true, "future": true, "incoming": true, "hands-on": true, "clinical": true, "direct": true,
	"supervised": true, "valuable": true, "extensive": true, "broad": true, "excellent": true, "practical": true,
	"real-world": true, "essential": true, "invaluable": true, "early": true, "ample": true, "rich": true, "diverse": true,
	"usa": true, "american": true, "inpatient": true, "outpatient": true}

// lettersWritersExperience reports an experience named in a relative clause
// about the writers of letters named before it ("two letters must come
// from physicians who supervised your US clinical experience").
func lettersWritersExperience(r *reading, cl *clause, at int) bool {
	for k := 0; k < at; k++ {
		if t := cl.toks[k]; t.e.kind == kTopic && topic(t.e.arg) == tLetters {
			return lettersWriters.MatchString(r.low[t.end:cl.toks[at].start])
		}
	}
	return false
}

var lettersWriters = regexp.MustCompile(`\b(physicians?|doctors?|supervisors?|attendings?|faculty|preceptors?|people|persons?|someone|those|mentors?)\s+(who|that|whom|with whom|under whom)\b`)

// observershipOutsideAsides reports an observership named in the clause
// itself, not only in a parenthesis inside it: "must have three months of
// US clinical experience (observerships do not count)" requires the
// experience; the aside is a clause of its own.
func observershipOutsideAsides(r *reading, cl *clause) bool {
	for _, t := range cl.toks {
		if t.e.kind == kTopic && topic(t.e.arg) == tObservership && (cl.paren || !r.clauseAt(int(t.start)).paren) {
			return true
		}
	}
	return false
}

// studiedInUSA returns the index in cl.toks of a length of schooling or
// training ("one year of formal medical education", "six months of
// training"): with the United States in the clause, clinical experience
// there, which the length measures; -1 when there is none. A whole degree
// (more than two years) is a graduate's schooling, not experience; a
// residency year is no USCE (see usceMentions).
func studiedInUSA(r *reading, cl *clause) int {
	for k, t := range cl.toks {
		if t.e.kind != kTopic || topic(t.e.arg) != tStudy {
			continue
		}
		for qi := range r.qtys {
			q := &r.qtys[qi]
			if q.id || q.year || q.ordinal || q.spanEnd > int(t.start) || strings.TrimSpace(r.low[q.spanEnd:t.start]) != "" {
				continue
			}
			if q.unit != unitMonth && q.unit != unitWeek && q.unit != unitYear || q.rel != relNone && q.rel != relMin && q.rel != relGT {
				continue
			}
			if n := monthsOf(q); n > 0 && n <= 24 {
				return k
			}
		}
	}
	return -1
}

// aboutObservership reports a clause that speaks of observerships rather
// than of the experience: an observership word stands before every
// experience word and is not merely listed with it. An observership after
// the experience is how it may be had ("US clinical experience through
// observerships or externships"), and one coordinated with it is one more
// kind of it ("observership or clinical experience in the US is
// considered favorably"): the clause is the USCE rule then.
func aboutObservership(low string, cl *clause) bool {
	obs := -1
	for k, t := range cl.toks {
		if t.e.kind == kTopic && topic(t.e.arg) == tObservership {
			obs = k
			break
		}
	}
	if obs < 0 {
		return false
	}
	for k, t := range cl.toks {
		if t.e.kind != kTopic || topic(t.e.arg) != tExperience && topic(t.e.arg) != tUSCE {
			continue
		}
		switch {
		case k < obs:
			// the means of the experience: "… through / such as /
			// including observerships"
			between := " " + commaParenSpacer.Replace(low[t.end:cl.toks[obs].start]) + " "
			for _, w := range meansWords {
				if strings.Contains(between, w) {
					return false
				}
			}
			if excludedKind(between) {
				return false // what the experience may not be: "… that does not include observerships"
			}
			// … or listed after it: "US clinical experience/shadowing",
			// "clinical experience in the US or shadowing"
			raw := low[t.end:cl.toks[obs].start]
			gap := strings.Fields(strings.NewReplacer(",", " ", "/", " ").Replace(raw))
			if (strings.Contains(raw, "/") || coordinated(gap)) && len(gap) <= 6 && !strings.Contains(raw, " not ") {
				return false
			}
		case strings.HasPrefix(t.e.text, "extern"):
			// "observership or externship": still observerships
		default:
			// listed with it: only coordination between the two words
			gap := strings.Fields(commaSlashSpacer.Replace(low[cl.toks[obs].end:t.start]))
			if coordinated(gap) && coordinationOnly(gap) {
				return false
			}
		}
	}
	return true
}

// meansWords introduce how an experience is had.
var meansWords = []string{" through ", " via ", " such as ", " including ", " includes ", " e.g. ", " like ", " in the form of ", " by way of ", " gained in ", " from "}

// coordinationOnly reports a gap of conjunctions and the words that may
// qualify the experience after them ("or other hands-on clinical").
func coordinationOnly(gap []string) bool {
	for _, w := range gap {
		switch w {
		case "or", "and", "other", "hands-on", "direct", "us", "u.s.", "american", "any", "clinical", "patient", "prior", "previous", "recent", "relevant":
		default:
			return false
		}
	}
	return true
}

// coordinated reports a gap of coordination words holding a conjunction.
func coordinated(gap []string) bool {
	for _, w := range gap {
		if w == "or" || w == "and" {
			return true
		}
	}
	return false
}

// bindUSCE gives the experience every duration of its clause bound to the
// experience, the country or "USCE"; a mention taken from the question gets
// the durations bound to no topic.
func bindUSCE(r *reading, m *mention) {
	bindIf(r, m, func(q *quantity) bool {
		if m.tok < 0 {
			return q.bound == tNone
		}
		return q.bound == tExperience || q.bound == tUSA || q.bound == tUSCE || q.bound == tStudy
	})
}

// usceMonths is a duration's length in months (how recent the experience
// must be is not its length).
func usceMonths(_ *env, _ *mention, q *quantity) (imgfriendly.Value, bool) {
	n := monthsOf(q)
	if n <= 0 || n > 36 {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.NumValue(n), true
}

// observershipTable reads whether observerships count as US clinical
// experience: false when a negation governs what is said of them ("are not
// accepted", "do not count", "this does not include observerships", "hands-on
// experience (not observerships)"), true when they count, qualify or are
// accepted. Whether a program offers observerships says nothing.
var observershipTable = table{
	name: "observership",
	rows: []rule{
		{name: "answered yes", topics: topics(tObservership), pol: polYes, qhas: kinds(kObsVerb), field: imgfriendly.FieldUSCEObservershipOK, val: yes, rank: rankExplicit},
		{name: "answered no", topics: topics(tObservership), pol: polNo, qhas: kinds(kObsVerb), field: imgfriendly.FieldUSCEObservershipOK, val: no, rank: rankExplicit},
		{name: "not observerships", topics: topics(tObservership), pol: polNeg, field: imgfriendly.FieldUSCEObservershipOK, val: obsDenied, rank: rankExplicit},
		{name: "they are not considered", topics: topics(tObservership), mod: mExclusion, field: imgfriendly.FieldUSCEObservershipOK, val: no, rank: rankExplicit},
		{name: "what the experience may not be", topics: topics(tObservership), field: imgfriendly.FieldUSCEObservershipOK, val: obsExcludedKind, rank: rankExplicit},
		{name: "they count", topics: topics(tObservership), pol: polPos, has: kinds(kObsVerb), notMod: mNotReq, field: imgfriendly.FieldUSCEObservershipOK, val: obsCount, rank: rankExplicit},
	},
}

// obsDenied is false when the negation denies what observerships may do
// ("not accepted", "do not count") or stands right before them ("not
// observerships", "excluding observerships").
func obsDenied(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.cl.kinds.has(kObsVerb) || m.cl.kinds.has(kExclusion) {
		return imgfriendly.BoolValue(false), true
	}
	if m.tok > 0 {
		if t := m.cl.toks[m.tok-1]; t.e.kind == kNeg && wordsBetween(m.r.low, int(t.end), m.at) == 0 {
			return imgfriendly.BoolValue(false), true
		}
	}
	return imgfriendly.Value{}, false
}

// obsExcludedKind is false for an observership named as what the clinical
// experience before it may not be ("… experience that does not include
// observerships", "…, which cannot be an observership", "excluding
// observerships"; see excludedKind).
func obsExcludedKind(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	for k := m.tok - 1; k >= 0; k-- {
		t := m.cl.toks[k]
		if t.e.kind != kTopic || topic(t.e.arg) != tExperience && topic(t.e.arg) != tUSCE {
			continue
		}
		if excludedKind(" " + commaParenSpacer.Replace(m.r.low[t.end:m.at]) + " ") {
			return imgfriendly.BoolValue(false), true
		}
		break
	}
	return imgfriendly.Value{}, false
}

// obsCount is true when the clause says observerships count: a verb of
// counting after them, or "including observerships".
func obsCount(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok < 0 {
		if m.cl.topics.has(tExperience) || m.cl.kinds.has(kExcl) {
			return imgfriendly.Value{}, false // "only hands-on experience counts": not theirs
		}
		return imgfriendly.BoolValue(true), true // "Observerships: accepted as USCE"
	}
	for _, t := range m.cl.toks {
		if t.e.kind == kObsVerb && (int(t.start) > m.at || t.e.text == "include" || t.e.text == "includes") {
			return imgfriendly.BoolValue(true), true
		}
	}
	return imgfriendly.Value{}, false
}

// excludedKind reports words between an experience and an observership
// that say what the experience may not be: a relative clause with a
// negation ("… experience that does not include observership", "…,
// which cannot be an observership") or an excluding phrase ("excluding",
// "other than", "not including"). The experience is still what is asked
// for.
func excludedKind(between string) bool {
	for _, w := range []string{" excluding ", " not including ", " other than ", " exclusive of ", " apart from "} {
		if strings.Contains(between, w) {
			return true
		}
	}
	rel := strings.Index(between, " that ")
	if i := strings.Index(between, " which "); i >= 0 && (rel < 0 || i < rel) {
		rel = i
	}
	if rel < 0 {
		return false
	}
	after := between[rel:]
	return strings.Contains(after, " not ") || strings.Contains(after, "n't ") || strings.Contains(after, " cannot ") ||
		strings.Contains(after, " exclude")
}

// trainingOnlyPlace reports a clause whose every residency word only says
// where the clinical experience named before it was had ("hands-on
// clinical experience in the US … in an accredited residency program",
// "patient care at an ACGME-accredited program"): a place preposition (and
// perhaps an article or a word of the kind) stands right before it, and an
// experience word comes first. The experience is then what is asked, and
// the residency its setting; a residency year asked for itself ("a PGY-1
// year with eleven months of patient care at an accredited program")
// names the residency first, and states no USCE rule.
func trainingOnlyPlace(low string, cl *clause) bool {
	exp := false
	for _, t := range cl.toks {
		if t.e.kind != kTopic {
			continue
		}
		switch topic(t.e.arg) {
		case tExperience, tUSCE:
			// "clinical training in an accredited program" is the
			// residency's training itself, not experience had there
			exp = exp || !strings.Contains(t.e.text, "training")
		case tTraining:
			if !exp || !settingBefore(low[cl.start:t.start]) {
				return false
			}
		}
	}
	return exp
}

// settingBefore reports text that ends with a preposition of place, perhaps
// followed by an article or words of the kind ("… in an", "… gained at a
// US", "… during the"), or with a place coordinated after one ("… at a
// medical school or an"): what comes next is where something was had.
func settingBefore(s string) bool {
	f := strings.Fields(s)
	for len(f) > 0 && placeQualifiers[strings.Trim(f[len(f)-1], ",-")] {
		f = f[:len(f)-1]
	}
	if len(f) > 0 && (f[len(f)-1] == "or" || f[len(f)-1] == "and") {
		// one more place coordinated with one before it: "… at a US medical
		// school or an accredited residency program"
		for k := len(f) - 2; k >= 0 && k >= len(f)-8; k-- {
			if placePrepositions[f[k]] {
				return true
			}
		}
		return false
	}
	return len(f) > 0 && placePrepositions[f[len(f)-1]]
}

var (
	placePrepositions = map[string]bool{"in": true, "at": true, "during": true, "through": true, "from": true, "within": true}
	placeQualifiers   = map[string]bool{"a": true, "an": true, "the": true, "one": true, "any": true, "us": true, "usa": true,
		"u.s.": true, "american": true, "accredited": true, "approved": true, "acgme": true, "acgme-accredited": true, "lcme": true, "aoa": true}
)
