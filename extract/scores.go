package extract

import (
	"math"
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// minFields are the minimum-score fields by exam.
var minFields = func() *[numTopics]imgfriendly.Field {
	var f [numTopics]imgfriendly.Field
	f[tStep1], f[tStep2CK], f[tLevel2] = imgfriendly.FieldStep1Min, imgfriendly.FieldStep2CKMin, imgfriendly.FieldComlex2Min
	return &f
}()

// passFields are the pass-required fields by exam.
var passFields = func() *[numTopics]imgfriendly.Field {
	var f [numTopics]imgfriendly.Field
	f[tStep1], f[tLevel1] = imgfriendly.FieldStep1PassRequired, imgfriendly.FieldComlex1PassRequired
	return &f
}()

// scoreScale is the range of a minimum on each exam's scale: two-digit
// old-scale scores and COMLEX-sized numbers on USMLE are not minimums.
var scoreScale = map[topic][2]float64{tStep1: {180, 300}, tStep2CK: {180, 300}, tLevel2: {350, 900}}

// examTable reads exam minimums and pass requirements. A three-digit score
// belongs to the exams named just before it ("Step 1 and Step 2 CK scores of
// at least 230") or, failing those, just after it ("250 or higher on Step 1
// and Step 2"); "USMLE" alone stands for Steps 1 and 2 CK, "both steps" and
// "all steps" too, "COMLEX" alone for Levels 1 and 2. A score is a minimum
// when the clause requires it or bounds it from below ("or higher", ">"),
// and nothing when it is a preference (step2ck_preferred_min for Step 2 CK),
// a description of residents, or a condition of a visa.
var examTable = table{
	name:     "exams",
	owned:    examTokenTopics,
	refers:   topics(tScore),
	stands:   genericExams,
	mentions: examMentions,
	bind:     bindScores,
	rows: []rule{
		{name: "minimum, required", topics: topics(tStep1, tStep2CK, tLevel2), mod: mHard | mExclusion, notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, qty: &qtyNeed{score: true, rels: relsOf(relNone, relMin, relGT, relIn)}, by: minFields, val: onScale, rank: rankExplicit},
		{name: "minimum, bounded below", topics: topics(tStep1, tStep2CK, tLevel2), notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, qty: &qtyNeed{score: true, rels: relsOf(relMin, relGT)}, by: minFields, val: onScale, rank: rankExplicit},
		// a bare score in a label's cell: "Step 2 CK | 225", "USMLE: Step 2 CK 225"
		{name: "a bare score in a label's cell", topics: topics(tStep1, tStep2CK, tLevel2), cell: true, notMod: mSoft | mStats | mNotReq | mExclusion,
			clean: visaTopics, qty: &qtyNeed{score: true, rels: relsOf(relNone)}, by: minFields, val: onScale, rank: rankExplicit},
		{name: "below it, turned away", topics: topics(tStep1, tStep2CK, tLevel2), mod: mExclusion, notMod: mSoft | mStats,
			clean: visaTopics, qty: &qtyNeed{score: true, rels: relsOf(relMax)}, by: minFields, val: onScale, rank: rankExplicit},
		{name: "preferred", topics: topics(tStep2CK), mod: mSoft, notMod: mStats, clean: visaTopics,
			qty: &qtyNeed{score: true, rels: relsOf(relNone, relMin, relGT)}, field: imgfriendly.FieldStep2CKPreferredMin, val: onScale, rank: rankExplicit},

		{name: "pass, answered", topics: topics(tStep1, tLevel1), pol: polYes, qhas: kinds(kPass), by: passFields, val: yes, rank: rankExplicit},
		{name: "pass required", topics: topics(tStep1, tLevel1), pol: polPos, has: kinds(kPass), mod: mHard | mExclusion, notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, by: passFields, val: outsideWindow(passValue), rank: rankExplicit},
		{name: "pass as a criterion", topics: topics(tStep1, tLevel1), pol: polPos, has: kinds(kPass), notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, by: passFields, val: outsideWindow(passHead), rank: rankExplicit},
		{name: "pass of those let in", topics: topics(tStep1, tLevel1), pol: polPos, has: kinds(kPass), notMod: mSoft | mStats | mNotReq | mExclusion,
			clean: visaTopics, by: passFields, val: outsideWindow(tolerated(passOfThoseLetIn)), rank: rankExplicit},
		{name: "pass on a counted attempt", topics: topics(tStep1, tLevel1), pol: polPos, has: kinds(kPass), notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, by: passFields, val: outsideWindow(passOnAttempt), rank: rankExplicit},
		{name: "listed under a passing label", topics: topics(tStep1, tLevel1), pol: polPos, qhas: kinds(kPass), notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, by: passFields, val: outsideWindow(passLabel), rank: rankExplicit},
		// a pass/fail item under a lead-in that weighs ("While reviewing
		// applications we look for:" / "Successful completion of USMLE
		// Step 1"): the pass has no degree to prefer, so it is asked, below
		// what a sentence of the page says of it outright
		{name: "pass under a lead-in that weighs", topics: topics(tStep1, tLevel1), pol: polPos, has: kinds(kPass), mod: mSoft, notMod: mStats | mNotReq | mExclusion,
			clean: visaTopics, by: passFields, val: outsideWindow(weighed(passValue)), rank: rankImplied},
		{name: "listed under a passing lead-in", topics: topics(tStep1, tLevel1), pol: polPos, notMod: mSoft | mStats | mNotReq,
			clean: visaTopics, by: passFields, val: outsideWindow(passLead), rank: rankExplicit},
	},
}

// genericExams are the exam words that stand for several exams.
var genericExams = map[topic][]topic{tUSMLE: {tStep1, tStep2CK}, tAllSteps: {tStep1, tStep2CK}, tCOMLEX: {tLevel1, tLevel2}}

// visaTopics are the topics of a visa statement, whose scores are the
// visa's condition.
var visaTopics = topics(tJ1, tH1B, tVisa)

// examMentions files each exam a clause names; "USMLE" (or "all steps",
// "both steps") without a step stands for Steps 1 and 2 CK, "COMLEX" without
// a level for Levels 1 and 2.
func examMentions(r *reading, cl *clause, add func(mention)) {
	specific := cl.topics.any(topics(tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2))
	for k, t := range cl.toks {
		if t.e.kind != kTopic {
			continue
		}
		m := mention{r: r, cl: cl, tok: k, at: int(t.start), end: int(t.end), neg: negated(r.low, cl, k)}
		tp := topic(t.e.arg)
		switch tp {
		case tStep1, tStep2CK, tLevel1, tLevel2:
			m.top = tp
			add(m)
			continue
		case tUSMLE, tCOMLEX:
			if specific {
				continue // "USMLE Step 1": the step speaks
			}
		}
		for _, st := range genericExams[tp] {
			m.top = st
			add(m)
		}
	}
}

// examTokenTopics are the exam words a score may belong to.
var examTokenTopics = topics(tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2, tUSMLE, tCOMLEX, tAllSteps)

// bindScores gives an exam mention the scores that belong to it: each score
// belongs to the exams named before it (a list joined by "and", "or", "&",
// "/", ","), or, with none pending, to those named within a few words after
// it. A mention taken from the question gets the clause's scores that no
// exam of the clause claims.
func bindScores(r *reading, m *mention) {
	m.qs = m.qs[:0]
	cl := m.cl
	var exams []ex
	specific := cl.topics.any(topics(tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2))
	for _, t := range cl.toks {
		if t.e.kind == kTopic && examTokenTopics.has(topic(t.e.arg)) && !(specific && topic(t.e.arg) == tUSMLE) {
			exams = append(exams, ex{int(t.start), int(t.end), topic(t.e.arg)})
		}
	}
	var pairs []scorePair
	paired := false
	switch {
	case m.tok >= 0:
		pairs, paired = parallelLists(r, cl, exams)
	case len(exams) == 0 && r.q != nil:
		pairs, paired = labelledList(r, cl)
	}
	for qi := range r.qtys {
		q := &r.qtys[qi]
		if r.clauseAt(q.start) != cl || !q.scoreLike() {
			continue
		}
		if paired {
			// a list of scores beside a list of exams: the k-th score is
			// the k-th exam's, or nobody's when the lists disagree
			for _, p := range pairs {
				if p.q == q && (m.tok >= 0 && p.e.at == m.at || m.tok < 0 && p.e.tp == m.top) {
					m.qs = append(m.qs, q)
				}
			}
			continue
		}
		if m.tok < 0 {
			if len(exams) == 0 {
				m.qs = append(m.qs, q)
			}
			continue
		}
		// the exams pending before the score: the last run joined by list words
		var group []ex
		for _, e := range exams {
			if e.end > q.start {
				break
			}
			if len(group) > 0 && !examJoin(r.low[group[len(group)-1].end:e.at]) {
				group = group[:0]
			}
			group = append(group, e)
		}
		// a later score in the clause takes the exams after the one before it
		for _, p := range r.qtys {
			if r.clauseAt(p.start) == cl && p.start < q.start && p.scoreLike() && len(group) > 0 && p.start > group[len(group)-1].end {
				group = group[:0]
			}
		}
		// "200 for Step 1 and 210 for Step 2": a score whose exam follows it
		// through a preposition belongs to that exam, not to those pending
		if after := examsAfterPrep(r.low, exams, q); after != nil {
			group = after
		}
		if len(group) == 0 {
			for _, e := range exams {
				if e.at < q.end {
					continue
				}
				if len(group) == 0 && e.at-q.spanEnd > 40 {
					break
				}
				if len(group) > 0 && !examJoin(r.low[group[len(group)-1].end:e.at]) {
					break
				}
				group = append(group, e)
			}
		}
		for _, e := range group {
			if e.at == m.at {
				m.qs = append(m.qs, q)
				break
			}
		}
	}
}

// ex is an exam word of a clause: where it is and the exam it names.
type ex struct {
	at, end int
	tp      topic
}

// examsAfterPrep returns the exams that follow q through a preposition
// alone ("210 for Step 2", "220 on Step 2 CK and Step 3"), nil when none do.
func examsAfterPrep(low string, exams []ex, q *quantity) []ex {
	var group []ex
	for _, e := range exams {
		if e.at < q.spanEnd {
			continue
		}
		if len(group) == 0 && !scorePrep(low[q.spanEnd:e.at]) {
			return nil
		}
		if len(group) > 0 && !examJoin(low[group[len(group)-1].end:e.at]) {
			break
		}
		group = append(group, e)
	}
	return group
}

// scorePrep reports the words between a score and its exam: a preposition,
// perhaps with "the" or the exam family's name ("for", "on the", "on
// USMLE").
func scorePrep(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	switch f[0] {
	case "for", "on", "in":
	default:
		return false
	}
	for _, w := range f[1:] {
		switch w {
		case "the", "usmle", "comlex":
		default:
			return false
		}
	}
	return true
}

// scorePair is a score of a list and the exam it pairs with.
type scorePair struct {
	q *quantity
	e ex
}

// parallelLists pairs a list of two or more scores with a list of as many
// exams, in order, whichever comes first: "205 and 215 on Step 1 and Step 2
// CK (respectively)", "Step 1 and Step 2 CK minimums are 205 and 215",
// "212/224 on Step 1/Step 2 CK", three of each. ok reports a clause whose
// scores form one list (joined by "and", "&", "/" or commas; no exam
// between them; not a range "between 220 and 260") beside a list of exams
// of two or more: then each score is its exam's alone, and none is
// anybody's when no list of exams beside it has as many items, for "205
// and 215 on Step 1, Step 2 CK and Step 3" cannot be told apart. With
// "respectively" that holds beside a single exam word too. A generic exam
// word in a list of specific ones ("COMLEX Level 1 and Level 2") is no
// item of it.
func parallelLists(r *reading, cl *clause, exams []ex) ([]scorePair, bool) {
	scores := scoreList(r, cl)
	if scores == nil {
		return nil, false
	}
	first, last := scores[0], scores[len(scores)-1]
	// the runs of exams joined by list words
	var before, after []ex
	var run []ex
	flush := func() {
		if len(run) == 0 {
			return
		}
		items := specificItems(run)
		switch {
		case run[len(run)-1].end <= first.spanStart:
			before = items
		case run[0].at >= last.spanEnd && after == nil:
			after = items
		}
		run = nil
	}
	for _, e := range exams {
		if e.end > first.spanStart && e.at < last.spanEnd {
			return nil, false // an exam inside the list of scores: "220 on Step 1 and 230 on Step 2 CK"
		}
		if len(run) > 0 && (!examJoin(r.low[run[len(run)-1].end:e.at]) || run[len(run)-1].end <= first.spanStart && e.at >= last.spanEnd) {
			flush()
		}
		run = append(run, e)
	}
	flush()
	respectively := wordIn(r.low[cl.start:cl.end], "respectively")
	var list []ex
	switch {
	case len(before) == len(scores):
		list = before
	case len(after) == len(scores):
		list = after
	case len(before) >= 2 || len(after) >= 2 || respectively && (len(before) > 0 || len(after) > 0):
		return nil, true // the lists disagree: no score is known to be an exam's
	default:
		return nil, false
	}
	return pair(scores, list), true
}

func pair(scores []*quantity, list []ex) []scorePair {
	pairs := make([]scorePair, len(scores))
	for k, q := range scores {
		pairs[k] = scorePair{q, list[k]}
	}
	return pairs
}

// scoreList returns the scores of a clause when there are two or more and
// they form one list (joined by "and", "&", "/" or commas, not a range
// "between 220 and 260"); nil otherwise.
func scoreList(r *reading, cl *clause) []*quantity {
	var scores []*quantity
	for qi := range r.qtys {
		if q := &r.qtys[qi]; r.clauseAt(q.start) == cl && q.scoreLike() {
			scores = append(scores, q)
		}
	}
	if len(scores) < 2 {
		return nil
	}
	for k := 1; k < len(scores); k++ {
		// a score whose span reaches past the next one's start ("170 or
		// higher 200": the bound's words run on) forms no list with it
		if scores[k].spanStart < scores[k-1].spanEnd || !scoreListGap(r.low[scores[k-1].spanEnd:scores[k].spanStart]) {
			return nil
		}
	}
	first := scores[0]
	if f := strings.Fields(r.low[max(cl.start, first.spanStart-12):first.spanStart]); len(f) > 0 {
		switch f[len(f)-1] {
		case "between", "from":
			return nil // a range, which bounds every exam alike
		}
	}
	return scores
}

// labelledList pairs a list of scores in a clause that names no exam with
// the exams its label or question names, in order ("Step 1/Step 2 CK
// minimum scores: 210/220"); ok with no pairs when the counts disagree
// ("USMLE minimums: 210/220" names one exam for two scores).
func labelledList(r *reading, cl *clause) ([]scorePair, bool) {
	scores := scoreList(r, cl)
	if scores == nil {
		return nil, false
	}
	var run []ex
	specific := r.q.all.any(topics(tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2))
	for _, t := range r.q.toks {
		tp := topic(t.e.arg)
		if t.e.kind == kTopic && examTokenTopics.has(tp) && !(specific && tp == tUSMLE) {
			run = append(run, ex{int(t.start), int(t.end), tp})
		}
	}
	list := specificItems(run)
	if len(list) != len(scores) {
		return nil, true
	}
	return pair(scores, list), true
}

// specificItems drops the generic exam words (USMLE, COMLEX, all steps)
// from a list that names specific exams: "COMLEX Level 1 and Level 2" is a
// list of two.
func specificItems(run []ex) []ex {
	var out []ex
	for _, e := range run {
		if _, generic := genericExams[e.tp]; !generic {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return run
	}
	return out
}

// scoreListGap reports the words between two scores of one list: "and",
// "&", "/", a comma, "respectively" (", respectively, and").
func scoreListGap(s string) bool {
	n := 0
	for _, f := range strings.Fields(scoreListSpacer.Replace(s)) {
		switch f {
		case "and", "respectively":
		default:
			return false
		}
		n++
	}
	return n > 0 || strings.ContainsAny(s, ",/&")
}

// wordIn reports w as a whole word of s.
func wordIn(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		end := i + len(w)
		if (i == 0 || !isLexLetter(s[i-1])) && (end == len(s) || !isLexLetter(s[end])) {
			return true
		}
		k := strings.Index(s[end:], w)
		if k < 0 {
			break
		}
		i = end + k
	}
	return false
}

// examJoin reports whether s only joins exams that share one score: "and",
// "or", "&", "/", ",", "usmle", "comlex".
func examJoin(s string) bool {
	for _, f := range strings.Fields(scoreListSpacer.Replace(s)) {
		switch f {
		case "and", "or", "and/or", "usmle", "comlex", "on", "both", "either", "the", "of":
		default:
			return false
		}
	}
	return true
}

// onScale is the score when it lies on the exam's scale.
func onScale(_ *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	r := scoreScale[m.top]
	if q.n < r[0] || q.n > r[1] || conditioned(m, q) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.NumValue(q.n), true
}

// outsideWindow keeps a pass that is not bounded in time: "all exams
// passed within seven years", "pass Step 3 within 7 years of taking Step 1"
// set a window for licensure (the first number after the pass word bounds
// years that belong to no graduation, experience or training), not a pass
// to apply.
func outsideWindow(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		for _, t := range m.cl.toks {
			if t.e.kind != kPass {
				continue
			}
			if licensurePurpose(m.r, int(t.start)) {
				return imgfriendly.Value{}, false
			}
			// the first number after the pass word
			for i := range m.r.qtys {
				w := &m.r.qtys[i]
				if w.id || w.start < int(t.end) || m.r.clauseAt(w.start) != m.cl {
					continue
				}
				if w.unit == unitYear && (w.rel == relMax || w.rel == relWindow) && !othersYears.has(w.bound) {
					return imgfriendly.Value{}, false
				}
				break
			}
		}
		return f(e, m, q)
	}
}

// licensurePurpose reports a licence (or Step 3) named as the purpose or
// author of the pass at "at": before it ("to be licensed in Ohio, you must
// pass …", "state licensure requires …") or as its purpose after it ("…
// passed in order to apply for Step 3"). That is the board's pass, not one
// the program asks of its applicants.
func licensurePurpose(r *reading, at int) bool {
	if !r.topics.has(tLicensure) {
		return false
	}
	for _, t := range r.toks {
		if t.e.kind != kTopic || topic(t.e.arg) != tLicensure {
			continue
		}
		if int(t.start) < at || purposeWord(t.e.text) {
			return true
		}
	}
	return false
}

// purposeWord reports a licensure entry that states a purpose ("to be
// licensed", "in order to apply for Step 3", "before taking Step 3"), which
// governs a pass before it too.
func purposeWord(s string) bool {
	for _, p := range []string{"to ", "in order to ", "before ", "prior to ", "eligible to "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// othersYears are the topics whose years a pass's clause may bound besides
// the exams' own (graduation, experience, time away, training).
var othersYears = topics(tGrad, tExperience, tUSCE, tUSA, tClinicalGap, tTraining, tObservership)

// passValue is true for a required pass, false for a pass said not to be
// required.
func passValue(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if !passNear(m) {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.BoolValue(true), true
}

// passOnAttempt is a pass bounded by its attempts ("applicants who passed
// Step 1 on the first attempt", "earn a passing score within two tries",
// "only first-attempt passes on the USMLE are considered"):
// whoever the attempts rule admits has passed, so the pass is asked too.
func passOnAttempt(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	for i, t := range m.cl.toks {
		if t.e.kind != kPass || passOfAnother(m, i) {
			continue
		}
		for _, q := range m.r.qtys {
			if q.unit == unitAttempt && m.r.clauseAt(q.start) == m.cl {
				return imgfriendly.BoolValue(true), true // "… on the first attempt", "first-attempt passes"
			}
		}
	}
	return imgfriendly.Value{}, false
}

// passHead is a pass that opens a list item or label value ("Passing scores
// on USMLE 1 & 2", "A first attempt passing, for USMLE Step 1"), or stands
// in a list item with no verb before it ("Score transcript with a passing
// result for Step 1"): a criterion, not a description.
func passHead(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	item := m.r.st.blk != nil && m.r.st.blk.role == roleItem
	for i, t := range m.cl.toks {
		if i > 3 && !item {
			break
		}
		if t.e.kind != kPass || passOfAnother(m, i) {
			continue
		}
		n := wordsBetween(m.r.low, m.cl.start, int(t.start))
		if n <= 3 || item && n <= 20 && !verbBefore(m.r.low[m.cl.start:t.start]) {
			return imgfriendly.BoolValue(true), true
		}
	}
	return imgfriendly.Value{}, false
}

// verbBefore reports a finite or modal verb among the words of s: a list
// item with one states something ("our residents have passed …"); one
// without names what is asked for ("a transcript with a passing score for
// Step 1").
func verbBefore(s string) bool {
	for _, w := range strings.Fields(s) {
		switch strings.Trim(w, ",.;:()") {
		case "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can", "could", "may",
			"might", "must", "should", "do", "does", "did", "shall":
			return true
		}
	}
	return false
}

// passOfThoseLetIn is a pass that describes the applicants a clause lets
// in ("we consider applicants with passing scores on the USMLE", "we accept
// candidates who have passed the USMLE or COMLEX", with tolerated's verbs):
// a pass word right after "with" or "who (have)" (past "a", "the", "all",
// "their"); "with or without passing scores" and "with passing or failing
// scores" let in either.
func passOfThoseLetIn(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	for i, t := range m.cl.toks {
		if t.e.kind != kPass || passOfAnother(m, i) {
			continue
		}
		f := strings.Fields(m.r.low[max(m.cl.start, int(t.start)-40):t.start])
		for len(f) > 0 {
			switch f[len(f)-1] {
			case "a", "the", "all", "their", "have", "has", "had":
				f = f[:len(f)-1]
				continue
			}
			break
		}
		if n := len(f); n > 0 && (f[n-1] == "with" || f[n-1] == "who") && !strings.HasPrefix(m.r.low[t.start:], "passing or ") {
			return imgfriendly.BoolValue(true), true
		}
	}
	return imgfriendly.Value{}, false
}

// passLabel is an exam listed under a label that asks for passes
// ("Exams/passing scores: USMLE Step 1").
func passLabel(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if q := m.r.q; m.tok >= 0 && q != nil && !q.weak && !q.question {
		return imgfriendly.BoolValue(true), true
	}
	return imgfriendly.Value{}, false
}

// weighed keeps a value of a pass/fail item (a pass, a certification)
// under a lead-in that weighs (mWeighs), when the item has no cue of
// preference, description or denial of its own: "Successful completion
// of USMLE Step 1" under "We look for:" is asked; "Passing Step 1 is
// preferred" under it, or any item under "Preferred qualifications:", is
// not.
func weighed(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if m.r.st.leadMod&mWeighs == 0 || m.cl.mod&(mSoft|mStats|mNotReq) != 0 {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// passLead is an exam named by an item of a list whose lead-in asks for
// passes ("Score reports (passing scores required):" / "USMLE Steps 1 and
// 2").
func passLead(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if m.tok >= 0 && m.r.st.leadPass {
		return imgfriendly.BoolValue(true), true
	}
	return imgfriendly.Value{}, false
}

// passNear reports a pass word in the mention's clause that is not "pass/fail"
// reporting, and that names this exam's pass: the nearest exam to it is in
// the mention's list.
func passNear(m *mention) bool {
	for i, t := range m.cl.toks {
		if t.e.kind == kPass && !passOfAnother(m, i) {
			return true
		}
	}
	return false
}

// passOfAnother reports a pass word toks[i] that governs another exam: the
// first exam after it is not the mention's, and the mention stands after
// that exam past more than a list ("pass Step 3 within 7 years of taking
// Step 1": the pass is Step 3's; "pass Step 1, Step 2 CK and Step 3", "pass
// COMLEX Level 1 and 2 or USMLE Step 1 and 2": each is passed).
func passOfAnother(m *mention, i int) bool {
	if m.tok < 0 {
		return false
	}
	toks := m.cl.toks
	if ecfmgOwnsPass(m, i) {
		return true
	}
	if int(toks[i].start) >= m.end {
		return passOfExamAfter(m, i)
	}
	if int(toks[i].end) > m.at {
		return false
	}
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		if t.e.kind != kTopic || family(topic(t.e.arg)) != 2 || topic(t.e.arg) == tScore {
			continue
		}
		if int(t.start) >= m.at {
			return false // the mention is the first exam after the pass
		}
		gap := strings.Fields(punctSpacer.Replace(m.r.low[t.end:m.at]))
		n := 0
		for _, w := range gap {
			switch w {
			case "and", "or", "&", "/", "and/or", "the", "usmle", "comlex", "step", "level", "as", "well", "both",
				// the exams of a list between ("COMLEX Level 1 and 2 or USMLE Step 1 and 2")
				"step1", "step2ck", "step2cs", "step3", "level1", "level2", "level2pe", "level3":
			default:
				n++
			}
		}
		return n > 1
	}
	return false
}

// ecfmgOwnsPass reports a pass that ECFMG's certificate or sponsorship is
// said to include or require ("the requirements for ECFMG certification
// include passing Step 1", "an ECFMG certificate requires that the graduate
// pass Step 1"): what ECFMG asks, not a rule of the program's.
func ecfmgOwnsPass(m *mention, i int) bool {
	at := int(m.cl.toks[i].start)
	for j := len(m.r.toks) - 1; j >= 0; j-- {
		t := m.r.toks[j] // across clauses: "ECFMG certification, which requires passing …"
		if int(t.end) > at || t.e.kind != kTopic || topic(t.e.arg) != tECFMG && topic(t.e.arg) != tCertified {
			continue
		}
		return wordsBetween(m.r.low, int(t.end), at) <= 8 && ecfmgContent.MatchString(m.r.low[t.end:at])
	}
	return false
}

var ecfmgContent = regexp.MustCompile(`\b(include|includes|including|included|require|requires|consists? of|entails?|means)\b`)

// passOfExamAfter reports a pass word after the mention that names
// another exam right after it: "a score of 78 on USMLE 1 & 2 and a passing
// score on Step 3" passes Step 3, not Step 1.
func passOfExamAfter(m *mention, i int) bool {
	toks := m.cl.toks
	if strings.Trim(m.r.low[m.end:toks[i].start], " :-") == "" {
		return false // the pass right after the exam, as its value: "Step 1 pass, Step 2 CK 225"
	}
	for j := i + 1; j < len(toks); j++ {
		t := toks[j]
		if t.e.kind != kTopic || family(topic(t.e.arg)) != 2 || topic(t.e.arg) == tScore {
			continue
		}
		for _, w := range strings.Fields(punctSpacer.Replace(m.r.low[toks[i].end:t.start])) {
			switch w {
			case "score", "scores", "result", "results", "grade", "on", "of", "for", "in", "the", "a", "usmle", "comlex", "exam", "examination":
			default:
				return false
			}
		}
		return topic(t.e.arg) != m.top && !examsShareAll(m, t)
	}
	return false
}

// examsShareAll reports an exam word that stands for the mention's exam too
// ("USMLE" for Step 1).
func examsShareAll(m *mention, t lexMatch) bool {
	for _, st := range genericExams[topic(t.e.arg)] {
		if st == m.top {
			return true
		}
	}
	return false
}

// attemptsTable reads the most attempts allowed per exam: "first attempt
// only" and "no failures" are 1; "no more than one failure" and "by the
// second try" 2; "within three attempts", "more than three attempts will not
// be considered" 3. Preferences ("first attempt preferred", "will receive
// preference"), descriptions ("each with one attempt") and rules about the
// clinical skills exam or Step 3 alone are not limits.
var attemptsTable = table{
	name:     "attempts",
	owned:    topics(tAttempt, tFailure),
	mentions: attemptMentions,
	weaker:   acrossExams,
	rows: []rule{
		{name: "attempts at most N", topics: topics(tAttempt), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt, unitTimes, unitNone), rels: relsOf(relMax, relIn, relWindow), min: 1, max: 6},
			field: imgfriendly.FieldAttemptsMax, val: onExams(number), rank: rankExplicit},
		{name: "more than N attempts turned away", topics: topics(tAttempt), mod: mExclusion, notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt, unitTimes), rels: relsOf(relGT), min: 1, max: 6},
			field: imgfriendly.FieldAttemptsMax, val: onExams(number), rank: rankExplicit},
		{name: "N or more attempts turned away", topics: topics(tAttempt), mod: mExclusion, notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt), rels: relsOf(relMin), min: 2, max: 6},
			field: imgfriendly.FieldAttemptsMax, val: onExams(numberPlus(-1)), rank: rankExplicit},
		{name: "only N attempts", topics: topics(tAttempt), has: kinds(kExcl), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt), rels: relsOf(relNone), min: 1, max: 6},
			field: imgfriendly.FieldAttemptsMax, val: onExams(number), rank: rankExplicit},
		{name: "a count under a label about attempts", topics: topics(tAttempt), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt, unitNone), rels: relsOf(relNone), min: 1, max: 6},
			field: imgfriendly.FieldAttemptsMax, val: onExams(takenNumber), rank: rankExplicit},
		{name: "by the n-th attempt", topics: topics(tAttempt), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt), ordinal: true, rels: relsOf(relBy), min: 2, max: 4},
			field: imgfriendly.FieldAttemptsMax, val: onExams(number), rank: rankExplicit},
		{name: "first attempt, answered", topics: topics(tAttempt), pol: polYes, qhas: kinds(kOrdinal), qlacks: kinds(kSoft),
			field: imgfriendly.FieldAttemptsMax, val: askedFirstAttempt, rank: rankExplicit},
		{name: "no failures, labelled", topics: topics(tFailure), pol: polNo, field: imgfriendly.FieldAttemptsMax, val: labelledNone, rank: rankExplicit},
		{name: "failures asked about, no", topics: topics(tFailure), pol: polNo, qhas: kinds(kVerb), qlacks: kinds(kSoft),
			field: imgfriendly.FieldAttemptsMax, val: askedFailuresTurnedAway, rank: rankExplicit},
		{name: "attempts asked about, no", topics: topics(tAttempt), pol: polNo, qlacks: kinds(kSoft),
			field: imgfriendly.FieldAttemptsMax, val: askedAttemptsTurnedAway, rank: rankExplicit},
		{name: "first attempt required", topics: topics(tAttempt), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitAttempt), ordinal: true, min: 1, max: 1},
			field: imgfriendly.FieldAttemptsMax, val: onExams(firstAttempt), rank: rankExplicit},
		// the first attempt in a label's cell: "Attempts | First attempt"
		{name: "first attempt in a label's cell", topics: topics(tAttempt), cell: true, notMod: mSoft | mStats | mNotReq,
			qty:   &qtyNeed{units: unitsOf(unitAttempt), ordinal: true, min: 1, max: 1},
			field: imgfriendly.FieldAttemptsMax, val: onExams(number), rank: rankExplicit},
		{name: "failures at most N", topics: topics(tFailure), notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitFailure, unitNone), rels: relsOf(relMax), min: 0, max: 5},
			field: imgfriendly.FieldAttemptsMax, val: onExams(numberPlus(1)), rank: rankExplicit},
		{name: "more than N failures turned away", topics: topics(tFailure), mod: mExclusion, notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitFailure), rels: relsOf(relGT), min: 0, max: 5},
			field: imgfriendly.FieldAttemptsMax, val: onExams(numberPlus(1)), rank: rankExplicit},
		{name: "N (or more) failures turned away", topics: topics(tFailure), mod: mExclusion, notMod: mSoft | mStats,
			qty:   &qtyNeed{units: unitsOf(unitFailure), rels: relsOf(relMin, relNone, relIn), min: 1, max: 5},
			field: imgfriendly.FieldAttemptsMax, val: onExams(number), rank: rankExplicit},
		{name: "N failures tolerated", topics: topics(tFailure), pol: polPos, notMod: mSoft | mStats | mExclusion | mNotReq,
			qty:   &qtyNeed{units: unitsOf(unitFailure), rels: relsOf(relNone, relIn), min: 1, max: 3},
			field: imgfriendly.FieldAttemptsMax, val: onExams(tolerated(numberPlus(1))), rank: rankExplicit},
		{name: "no failures", topics: topics(tFailure), pol: polNeg, notMod: mSoft | mStats,
			field: imgfriendly.FieldAttemptsMax, val: onExams(noCount(1)), rank: rankExplicit},
		{name: "failures turned away", topics: topics(tFailure), mod: mExclusion, notMod: mSoft | mStats,
			field: imgfriendly.FieldAttemptsMax, val: onExams(noCount(1)), rank: rankExplicit},
	},
}

// firstAttempt is 1 when passing on the first attempt is required: the
// clause requires it, makes it the only way ("first attempt passes only"),
// or states the pass as a criterion ("A first attempt passing").
func firstAttempt(_ *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	cl := m.cl
	mod := cl.mod
	if mod&(mHard|mSoft|mStats|mNotReq|mExclusion) == 0 {
		mod = m.r.ctx
	}
	if mod&(mHard|mExclusion) != 0 || cl.kinds.has(kExcl) || cl.kinds.has(kPass) && mod&mNotReq == 0 {
		return imgfriendly.NumValue(1), true
	}
	// "Step 1: Pass (first attempt)": the attempt in a parenthesis after a
	// pass that its own clause states as a criterion, not a statistic, a
	// preference or a pass not required
	if cl.paren {
		if a := m.r.around(cl); a != cl && a.kinds.has(kPass) && a.mod&(mSoft|mStats|mNotReq) == 0 && m.r.ctx&(mSoft|mStats|mNotReq) == 0 {
			return imgfriendly.NumValue(1), true
		}
	}
	// "210+ on the first attempt": a score bounded below, to be had on the
	// first attempt
	for i := range m.r.qtys {
		if s := &m.r.qtys[i]; m.r.clauseAt(s.start) == cl && s.scoreLike() && (s.rel == relMin || s.rel == relGT) && mod&mNotReq == 0 {
			return imgfriendly.NumValue(1), true
		}
	}
	return imgfriendly.Value{}, false
}

// tolerated keeps a count of failures that the clause accepts: "we will
// consider applicants with one failure", "one retake is acceptable",
// "applicants with a single failed attempt may be considered" — whoever
// failed N times is let in, so N+1 attempts are. A negation in the clause
// (a refusal) or a question or supposition asks nothing of the kind.
func tolerated(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		if m.cl.hypo || m.r.q != nil && m.r.q.question {
			return imgfriendly.Value{}, false
		}
		ok := false
		for _, t := range m.cl.toks {
			switch {
			case t.e.kind == kNeg:
				return imgfriendly.Value{}, false
			case t.e.kind == kVerb || t.e.kind == kObsVerb || t.e.kind == kEligible:
				for _, w := range toleranceWords {
					if strings.HasPrefix(t.e.text, w) {
						ok = true
					}
				}
			}
		}
		if !ok {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// toleranceWords are the openings of the verbs that let an applicant in.
var toleranceWords = []string{"accept", "consider", "allow", "permit", "eligible", "welcome"}

// labelledNone is 1 for "None" (or "No") under a label of failures
// ("Failures: None"); a "No" to a question ("Is there a limit on
// failures?") is no such rule.
func labelledNone(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	if q := m.r.q; q == nil || q.question || q.weak {
		return imgfriendly.Value{}, false
	}
	return imgfriendly.NumValue(1), true
}

// askedFailuresTurnedAway is 1 for a "No" to a question whether
// applicants with a failure are accepted or considered ("Do you accept
// applicants with a USMLE failure?"), and N+1 when the question counts
// more than N failures.
func askedFailuresTurnedAway(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	q := m.r.q
	if q == nil || !q.question {
		return imgfriendly.Value{}, false
	}
	var buf [4]quantity
	for _, n := range quantities(q.low, q.toks, buf[:0]) {
		if n.id || n.year {
			continue
		}
		if n.unit == unitFailure && n.rel == relGT && n.n <= 4 {
			return imgfriendly.NumValue(n.n + 1), true
		}
		return imgfriendly.Value{}, false // another count: not a question of any failure
	}
	return imgfriendly.NumValue(1), true
}

// askedAttemptsTurnedAway is N for a "No" to a question whether applicants
// with more than N attempts are accepted or considered ("Do you accept
// applicants with more than one attempt?", "Can I apply if I needed more
// than two tries?"), N-1 when it counts N or more; nothing when the
// question counts no attempts.
func askedAttemptsTurnedAway(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	q := m.r.q
	if q == nil || !q.question {
		return imgfriendly.Value{}, false
	}
	var buf [4]quantity
	for _, n := range quantities(q.low, q.toks, buf[:0]) {
		if n.id || n.year || n.unit != unitAttempt && n.unit != unitTimes || n.n > 5 {
			continue
		}
		switch n.rel {
		case relGT:
			return imgfriendly.NumValue(n.n), true
		case relMin:
			if n.n >= 2 {
				return imgfriendly.NumValue(n.n - 1), true
			}
		}
		return imgfriendly.Value{}, false
	}
	return imgfriendly.Value{}, false
}

// askedFirstAttempt is 1 for a "Yes" to a question whether the exams must
// be passed on the first attempt ("Must I pass Step 1 on my first try?"):
// the question puts "first" before its word of attempts and asks for a
// requirement or a pass.
func askedFirstAttempt(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
	q := m.r.q
	if q.mod&mHard == 0 && !q.kinds.has(kPass) {
		return imgfriendly.Value{}, false
	}
	for i, t := range q.toks {
		if t.e.kind != kOrdinal || t.e.arg != 1 || i+1 >= len(q.toks) {
			continue
		}
		// "first attempt", or the compound "first-attempt (passes)"
		if n := q.toks[i+1]; n.e.kind == kTopic && topic(n.e.arg) == tAttempt && strings.Trim(q.low[t.end:max(t.end, n.start)], " -") == "" {
			return imgfriendly.NumValue(1), true
		}
	}
	return imgfriendly.Value{}, false
}

// takenNumber is a bare number under a label or question about attempts
// ("Attempts allowed: 1"): a short value that takes its topic from the
// label; or a count of attempts that opens the value of a label or the
// answer to a question asking for the limit ("Is there an attempt limit?"
// "Yes, one attempt per step.").
func takenNumber(_ *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
	r := m.r
	switch {
	case r.q == nil || r.q.hypo:
		return imgfriendly.Value{}, false
	case m.tok < 0:
		if !isShortValue(r.st.text) && fieldCount(r.low) > 2 {
			return imgfriendly.Value{}, false
		}
	case !r.st.first || r.q.weak || r.q.question && !r.q.kinds.has(kLimit) || !opensValue(r, q):
		return imgfriendly.Value{}, false
	}
	return imgfriendly.NumValue(q.n), true
}

// noCount is n for a rule with no count of its own ("no failures"), when
// the clause holds no count of attempts or failures.
func noCount(n float64) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(_ *env, m *mention, _ *quantity) (imgfriendly.Value, bool) {
		for _, q := range m.r.qtys {
			if m.r.clauseAt(q.start) == m.cl && (q.unit == unitFailure || q.unit == unitAttempt) {
				return imgfriendly.Value{}, false
			}
		}
		return imgfriendly.NumValue(n), true
	}
}

// onExams keeps an attempt rule that speaks of Steps 1 and 2 (or of no exam
// in particular), not of the clinical skills exam or Step 3 alone.
func onExams(f func(*env, *mention, *quantity) (imgfriendly.Value, bool)) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool) {
		ts := m.cl.topics
		if ts.any(topics(tStep2CS, tStep3)) && !ts.any(topics(tStep1, tStep2CK, tLevel1, tLevel2, tAllSteps)) || conditioned(m, q) {
			return imgfriendly.Value{}, false
		}
		return f(e, m, q)
	}
}

// conditioned reports a number that follows "if" (or "provided", "as long
// as") in its clause: "failures may be considered if Step 2 CK is above
// 240" names the condition of an exception, not a minimum. In a clause
// that turns applicants away the "if" is the rule's trigger.
func conditioned(m *mention, q *quantity) bool {
	if q == nil || m.cl.mod&mExclusion != 0 {
		return false // "will not issue a license if a step was taken more than three times": the rule's own trigger
	}
	for _, t := range m.cl.toks {
		if int(t.start) >= q.start {
			break
		}
		if t.e.kind == kCond {
			switch t.e.text {
			case "if", "only if", "provided", "provided that", "as long as":
				return true
			}
		}
	}
	return false
}

// acrossExams reports a count summed over several exams ("six attempts in
// total", "no more than 2 failed attempts combined"): the limit is per
// exam, so a sum speaks only where no count per exam is given.
func acrossExams(m *mention, q *quantity) bool {
	if q == nil {
		return false
	}
	low := m.r.low
	before := strings.Fields(low[max(0, q.spanStart-24):q.spanStart])
	after := strings.Fields(punctSpacer.Replace(low[q.spanEnd:min(len(low), q.spanEnd+24)]))
	var near []string
	if len(before) > 0 {
		near = append(near, before[len(before)-1])
	}
	near = append(near, after[:min(2, len(after))]...)
	near = append(near, strings.Fields(low[q.start:q.spanEnd])...)
	for _, w := range near {
		switch strings.Trim(w, ",.;:()") {
		case "total", "combined", "cumulative", "cumulatively", "altogether", "overall", "aggregate":
			return true
		}
	}
	return false
}

// monthsOf converts a duration to months: weeks / 4.345 to one decimal,
// years × 12.
func monthsOf(q *quantity) float64 {
	switch q.unit {
	case unitWeek:
		return math.Round(q.n/4.345*10) / 10
	case unitYear:
		return q.n * 12
	}
	return q.n
}

// examRepeated reports a clause that names an exam, where a verb of
// repeating (tRepeat) is a retake of it, a failure before it: "repeated
// Step 1 more than once", "applicants who have repeated any USMLE step";
// "repeated a year of medical school" names none.
func examRepeated(cl *clause) bool {
	return cl.topics.any(examTokenTopics.without(topics(tStep2CS, tStep3)))
}

// attemptMentions files the words of attempts and failures, and the units
// that count them ("taken more than three times", "a first try").
func attemptMentions(r *reading, cl *clause, add func(mention)) {
	last := -1
	for k, t := range cl.toks {
		tp := tNone
		switch {
		case t.e.kind == kTopic && (topic(t.e.arg) == tAttempt || topic(t.e.arg) == tFailure):
			tp = topic(t.e.arg)
		case t.e.kind == kTopic && topic(t.e.arg) == tRepeat && examRepeated(cl):
			tp = tFailure // "not repeated Step 1 more than once": a retake
		case t.e.kind == kUnit && (t.e.arg == unitAttempt || t.e.arg == unitTimes):
			tp = tAttempt
		case t.e.kind == kUnit && t.e.arg == unitFailure:
			tp = tFailure
		default:
			continue
		}
		if int(t.start) == last {
			continue // one word, two kinds
		}
		last = int(t.start)
		add(mention{r: r, cl: cl, tok: k, top: tp, at: int(t.start), end: int(t.end), neg: negated(r.low, cl, k)})
	}
}
