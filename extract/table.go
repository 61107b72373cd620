package extract

import (
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A fact table maps what a reading says about a topic to facts: each row is
// a pattern over one mention (its topic, polarity, the modality of its
// clause, the cues beside it, the number bound to it) and the field, value
// and rank it gives. Rows are tried in order; for each mention and field the
// first row that matches speaks. The topics a table reads are its gate: a
// sentence naming none of them (nor its question) is not read for it.
type table struct {
	name  string
	rows  []rule
	gate  topicSet // derived: every topic its rows read
	owned topicSet // a clause naming one of these speaks for itself (no topic from the question)
	// refers are words that point back to the owned topic named before
	// them ("Step 1 – no score requirement, but must pass": the score is
	// Step 1's): a clause naming only these does not end a continuation.
	refers topicSet
	// mentions, when set, finds the table's mentions in a clause instead
	// of its topic words (composite topics such as US clinical experience).
	mentions func(r *reading, cl *clause, add func(mention))
	// bind, when set, gives a mention the numbers that belong to it instead
	// of those bound to its word.
	bind func(r *reading, m *mention)
	// stands maps a topic to the topics it stands for ("USMLE" for Steps 1
	// and 2 CK) when a clause takes it from its question.
	stands map[topic][]topic
	// weaker, when set, reports a reading that speaks only where nothing
	// more specific is said (a count of attempts summed over the exams):
	// its rows give it at rankImplied.
	weaker func(m *mention, q *quantity) bool
}

// mention is one topic of a clause, or a topic a clause takes from the
// question it answers, with what the clause says about it.
type mention struct {
	r    *reading
	cl   *clause
	tok  int // index of its word in cl.toks; -1 when taken from the question
	top  topic
	at   int // byte of its word in r.low (the clause's start when taken)
	end  int
	neg  bool
	lead int8 // ±1: the answer's leading yes/no, about this topic of the question
	qs   []*quantity
}

// pol is a polarity a row asks of its mention.
type pol uint8

const (
	polAny pol = iota
	polPos     // not negated (and not a lead)
	polNeg     // negated (and not a lead)
	polYes     // the answer's "Yes" about it
	polNo      // the answer's "No" about it
)

// rule is one line (a row) of a fact table (see table).
type rule struct {
	name   string
	topics topicSet // the mention is about one of these
	pol    pol
	mod    modFlags // the clause (or, lacking cues, its context) holds one of these; 0: any
	notMod modFlags // … and none of these
	has    kindSet  // cue kinds the clause must hold
	lacks  kindSet  // … and must not
	qmod   modFlags // the question must hold one of these (rows about a lead)
	qhas   kindSet  // cue kinds the question must hold
	qlacks kindSet  // … and must not
	near   kindSet  // cue kinds within three words of the mention
	with   topicSet // the clause also names one of these
	clean  topicSet // the sentence and its question name none of these
	qty    *qtyNeed // the mention must have such a number (nil: none needed)
	field  imgfriendly.Field
	by     *[numTopics]imgfriendly.Field // the field by the mention's topic, when field is ""
	to     target
	val    func(e *env, m *mention, q *quantity) (imgfriendly.Value, bool)
	rank   int
	cond   bool // carry the condition attached to the visa
	// cell: the row reads only the terse value of a label (reading.cell):
	// a table's label names the topic, its cell states the program's rule
	// for it, as a requirement ("Step 2 CK | 225" a minimum, "Attempts |
	// First attempt" one attempt, "USCE | Yes" required)
	cell bool
}

// target says which fields a row writes.
type target uint8

const (
	toField  target = iota // row.field, or row.by[topic]
	toOthers               // the visa fields the sentence does not name
	toBoth                 // both visa fields
)

// qtyNeed is what a row asks of the number bound to its mention.
type qtyNeed struct {
	units   uint16 // 1<<unit; 0: any
	rels    uint16 // 1<<relation; 0: any
	year    bool   // a calendar year (else: not one)
	ordinal bool   // an ordinal (else: not one)
	score   bool   // a three-digit score
	anyKind bool   // ordinals and counts alike
	min     float64
	max     float64
}

func unitsOf(us ...uint8) uint16 {
	var s uint16
	for _, u := range us {
		s |= 1 << u
	}
	return s
}

func relsOf(rs ...uint8) uint16 { return unitsOf(rs...) }

// ok reports whether q meets the need.
func (n *qtyNeed) ok(q *quantity) bool {
	if q.id || q.approx {
		return false
	}
	if n.units != 0 && n.units&(1<<q.unit) == 0 {
		return false
	}
	if n.rels != 0 && n.rels&(1<<q.rel) == 0 {
		return false
	}
	if q.year != n.year {
		return false
	}
	if !n.anyKind && q.ordinal != n.ordinal {
		return false
	}
	if n.score && !q.scoreLike() {
		return false
	}
	if n.max > 0 && (q.n < n.min || q.n > n.max) {
		return false
	}
	return true
}

// env is what a table's values may read besides the mention: the page's
// application cycle; trace, when set, is told of every row that speaks
// (for tests that show why a fact was read).
type env struct {
	cyc   cycle
	trace func(*table, *rule, *mention, imgfriendly.Value)

	// the mentions of the statement a table is reading, and add, which
	// appends one: made once for the page's statements, not at each apply
	ms  []mention
	add func(mention)
}

// derive sets each table's gate from its rows.
func (t *table) derive() *table {
	for _, r := range t.rows {
		t.gate |= r.topics
	}
	if t.owned == 0 {
		t.owned = t.gate
	}
	t.gate |= t.owned
	return t
}

// apply reads one statement with the table.
func (t *table) apply(r *reading, e *env, c *collector) {
	qt := topicSet(0)
	if r.q != nil {
		qt = r.q.all
	}
	other := t != &observershipTable && r.other
	if !(r.topics | qt).any(t.gate) || other && !r.leadStands {
		return
	}
	if e.add == nil {
		e.add = func(m mention) { e.ms = append(e.ms, m) }
	}
	e.ms = e.ms[:0]
	add := e.add
	for ci := range r.clauses {
		if other {
			break // only the lead is the program's (leadStands)
		}
		cl := &r.clauses[ci]
		if cl.hypo || len(cl.toks) == 0 && strings.Trim(r.low[cl.start:cl.end], " .,;:()-") == "" {
			continue // an "if" clause asserts nothing; an empty one says nothing
		}
		n := len(e.ms)
		if t.mentions != nil {
			t.mentions(r, cl, add)
		} else {
			for k, tok := range cl.toks {
				if tok.e.kind == kTopic && t.gate.has(topic(tok.e.arg)) {
					add(mention{r: r, cl: cl, tok: k, top: topic(tok.e.arg), at: int(tok.start), end: int(tok.end),
						neg: negated(r.low, cl, k)})
				}
			}
		}
		if len(e.ms) > n && !cl.askedRead {
			cl.asked, cl.askedEnd = embeddedQuestion(r.low, cl)
			cl.askedRead = true
		}
		if cl.askedEnd > 0 {
			// the words of a question the clause embeds assert nothing
			kept := e.ms[:n]
			for _, m := range e.ms[n:] {
				if m.tok < 0 || m.at < cl.asked || m.at >= cl.askedEnd {
					kept = append(kept, m)
				}
			}
			if len(kept) < len(e.ms) && len(kept) == n {
				e.ms = kept
				continue // (nor does the clause take its question's topics)
			}
			e.ms = kept
		}
		if len(e.ms) > n || cl.topics.any(t.owned) || ci == 0 && r.lead != 0 && bareLead(r.low, cl) {
			continue // the answer's bare yes/no speaks for the question's topics
		}
		// a clause naming none of the table's topics continues the last
		// clause of the sentence that did ("… within 3 years; there is no
		// strict cutoff"), or takes the question's (any answer, or a short
		// value under a heading)
		var from topicSet
		if cl.paren {
			// a parenthesis speaks of the word just before it: "Step 1
			// (pass) and Step 2 CK (minimum 220)"
			from = topicBeforeParen(r, cl, t.gate)
		}
		// a parenthesis naming a subject of its own (an observership, letters,
		// research, a residency year) speaks of it, not of the clause around
		// it: "three months of US clinical experience (observerships do not
		// fulfil this requirement)"; one naming attempts or scores still
		// speaks of the exam before it
		// So does a clause set apart by a semicolon or a "but" ("US clinical
		// experience is preferred; a preliminary year in an accredited
		// residency program is required")
		ownSubject := (cl.paren || ci > 0 && ownAfterSeparator(r.low[cl.start:cl.end])) && cl.topics.any(asideSubjects) && !cl.topics.any(t.gate)
		// a clause with a subject and a verb of its own that names a topic
		// unrelated to the one it would continue speaks of that topic: "US
		// clinical experience is preferred, ECFMG certification is required"
		// requires no experience, "we do not require USCE, but applicants
		// must have passed Step 1" no USCE either
		for p := ci - 1; p >= 0 && from == 0 && !ownSubject; p-- {
			pc := &r.clauses[p]
			if pc.paren {
				continue
			}
			if pc.topics.any(t.owned) && (cl.mod != 0 || cl.kinds.any(ownWords) || r.hasQuantityIn(cl)) && !speaksOfOther(cl, pc.topics&t.gate, t.refers) {
				// a continuation with nothing of its own ("…, though this may be
				// waived") says no more than the clause it continues
				from = pc.topics & t.gate
			}
			if ts := pc.topics.without(topics(tUSA)); ts != 0 && ts.without(t.refers) != 0 {
				break // the clause before speaks of something: this one continues it
			}
		}
		if from == 0 && ci+1 < len(r.clauses) && !r.clauses[ci+1].paren && r.clauses[ci+1].topics.any(t.owned) && cl.topics.without(topics(tUSA)) == 0 &&
			(ci == 0 || r.clauses[ci-1].topics.without(topics(tUSA)) == 0) && !verbWithObject(r.low, cl) {
			from = r.clauses[ci+1].topics & t.gate // "There is no strict cutoff, but graduates within 4 years …"
		}
		if from == 0 && r.q != nil && (!r.q.weak || isShortValue(r.st.text)) && !speaksOfOther(cl, r.q.all&t.gate, t.refers) {
			from = r.q.all & t.gate
		}
		from = t.specific(from)
		for tp := topic(1); tp < numTopics; tp++ {
			if !from.has(tp) {
				continue
			}
			for _, st := range t.standsFor(tp) {
				add(mention{r: r, cl: cl, tok: -1, top: st, at: cl.start, end: cl.start, neg: leadingNegation(r.low, cl) && !premiseNo(r, ci)})
			}
		}
	}
	if r.lead != 0 && len(r.clauses) > 0 {
		qt := t.specific(r.q.topics & t.gate)
		for tp := topic(1); tp < numTopics; tp++ {
			if qt.has(tp) {
				for _, st := range t.standsFor(tp) {
					add(mention{r: r, cl: &r.clauses[0], tok: -1, top: st, at: 0, lead: r.lead})
				}
			}
		}
	}
	for i := range e.ms {
		m := &e.ms[i]
		if t.bind != nil {
			t.bind(r, m)
		} else {
			bindDefault(r, m)
		}
		var done [8]imgfriendly.Field
		nd := 0
	rows:
		for ri := range t.rows {
			rw := &t.rows[ri]
			f := rw.field
			if f == "" && rw.by != nil {
				f = rw.by[m.top]
			}
			if rw.to == toField && f == "" {
				continue
			}
			for _, d := range done[:nd] {
				if d == f && rw.to == toField {
					continue rows
				}
			}
			q, ok := rw.match(r, m)
			if !ok {
				continue
			}
			v := imgfriendly.Value{}
			if rw.val != nil {
				if v, ok = rw.val(e, m, q); !ok {
					continue
				}
			}
			if e.trace != nil {
				e.trace(t, rw, m, v)
			}
			cond := ""
			if rw.cond {
				cond = visaConditionOf(m)
			}
			rank := rw.rank
			if t.weaker != nil && rank > rankImplied && t.weaker(m, q) {
				rank = rankImplied
			}
			switch rw.to {
			case toField:
				c.add(f, v, cond, rank, r.st)
				if nd < len(done) {
					done[nd] = f
					nd++
				}
			case toBoth:
				c.add(imgfriendly.FieldVisaJ1, v, "", rw.rank, r.st)
				c.add(imgfriendly.FieldVisaH1B, v, "", rw.rank, r.st)
			case toOthers:
				named := r.topics
				if !named.has(tJ1) {
					c.add(imgfriendly.FieldVisaJ1, v, "", rw.rank, r.st)
				}
				if !named.has(tH1B) {
					c.add(imgfriendly.FieldVisaH1B, v, "", rw.rank, r.st)
				}
			}
		}
	}
}

// speaksOfOther reports a clause that opens with a subject and a verb of
// its own (clause.own) and names a topic unrelated to every topic of ts
// (the topics it would take from the clause before or the question): a
// rule about that topic, not a continuation. Exams, scores, attempts and
// failures are one subject ("…, but it must be passed on the first try");
// the United States and the table's words that refer back name nothing.
func speaksOfOther(cl *clause, ts, refers topicSet) bool {
	own := cl.topics.without(topics(tUSA)).without(refers)
	if !cl.own || own == 0 || ts == 0 {
		return false
	}
	for a := topic(1); a < numTopics; a++ {
		if !own.has(a) {
			continue
		}
		related := false
		for b := topic(1); b < numTopics && !related; b++ {
			related = ts.has(b) && relatedTopics(a, b)
		}
		if !related {
			return true
		}
	}
	return false
}

// relatedTopics reports two topics of one subject: the same family, or an
// exam and its attempts.
func relatedTopics(a, b topic) bool {
	fa, fb := family(a), family(b)
	return fa == fb || fa == 2 && fb == 3 || fa == 3 && fb == 2
}

// topicJustBefore reports a topic word of cl ending at most two words
// before byte at: a parenthesis there speaks of it ("US clinical
// experience (not required)"), one after another word of something else
// ("fully licensed (with no restriction)").
func topicJustBefore(low string, cl *clause, at int) bool {
	for _, t := range cl.toks {
		if t.e.kind == kTopic && int(t.end) <= at && wordsBetween(low, int(t.end), at) <= 2 {
			return true
		}
	}
	return false
}

// asideSubjects are the things a parenthesis may speak of instead of the
// clause around it.
var asideSubjects = topics(tObservership, tLetters, tResearch, tTraining)

// topicBeforeParen is the topic of the word just before a parenthesis
// (at most two words before it), when it is one of ts.
func topicBeforeParen(r *reading, p *clause, ts topicSet) topicSet {
	out := r.around(p)
	if out == p {
		return 0
	}
	var before []lexMatch
	for _, t := range out.toks {
		if t.e.kind == kTopic && int(t.end) <= p.start {
			before = append(before, t)
		}
	}
	if len(before) == 0 || wordsBetween(r.low, int(before[len(before)-1].end), p.start) > 2 {
		return 0
	}
	// the words joined to it by a list, back to another parenthesis: "Step 1
	// and Step 2 CK (minimum 220 each)", but "Step 1 (pass) and Step 2 CK
	// (220)" gives the second to Step 2 CK alone
	var got topicSet
	for k := len(before) - 1; k >= 0; k-- {
		t := before[k]
		if k < len(before)-1 && t.end <= before[k+1].start && !listGap(r.low[t.end:before[k+1].start]) {
			break
		}
		if ts.has(topic(t.e.arg)) {
			got = got.with(topic(t.e.arg))
		}
	}
	return got
}

// listGap reports the words between two items of a list: "and", "or", a
// comma, "&", "/", nothing; no parenthesis.
func listGap(gap string) bool {
	if strings.ContainsAny(gap, "()") {
		return false
	}
	for _, f := range strings.Fields(strings.NewReplacer(",", " ", "&", " ", "/", " ").Replace(gap)) {
		switch f {
		case "and", "or", "both", "the", "either":
		default:
			return false
		}
	}
	return true
}

// ownWords are the cues that give a continuing clause something to say
// of the topic it continues ("both are supported", "not required").
var ownWords = kinds(kNeg, kVerb, kBoth, kExcl, kPass, kLimit, kObsVerb, kEligible, kComplement, kCond)

// verbWithObject reports a clause whose visa verb has an object of its
// own ("we accept qualified international graduates, but …"): it speaks of
// that, not of the topic of the clause after it ("we are glad to sponsor,
// but only J-1 visas").
func verbWithObject(low string, cl *clause) bool {
	for i, t := range cl.toks {
		if t.e.kind == kVerb && wordsBetween(low, int(t.end), cl.end) >= 2 && !limitAfter(cl.toks[i+1:]) {
			return true
		}
	}
	return false
}

// limitAfter reports a limit word among toks: "we do not have a strict
// cutoff, but …" has the limit for its object, which the next clause's
// topic owns.
func limitAfter(toks []lexMatch) bool {
	for _, t := range toks {
		if t.e.kind == kLimit {
			return true
		}
	}
	return false
}

// bareLead reports a first clause that is only its yes/no: nothing but the
// lead word stands in it ("No.", "Yes, through ECFMG" is not bare).
func bareLead(low string, cl *clause) bool {
	return fieldCount(low[cl.start:cl.end]) <= 1
}

// premiseNo reports the first clause of an answer opening with a "No." of
// its own sentence that answerLead did not take as the answer, because the
// sentence after it states the rule ("Do you require 3 months of USCE?"
// "No. We require at least one month."): the "No" denies the question's
// quantity, not the rule after it.
func premiseNo(r *reading, ci int) bool {
	if ci != 0 || r.lead != 0 || r.q == nil || !r.q.question || !r.st.first || !noLead(r.low) {
		return false
	}
	rest := strings.TrimLeft(r.low, " ")
	return hasWordPrefix(rest, "no") && leadSentence(rest[2:])
}

// leadingNegation reports a clause that opens with a negation ("Not
// accepted", "Do not count as USCE"): a value denying what its label
// names.
func leadingNegation(low string, cl *clause) bool {
	for k, t := range cl.toks {
		if t.e.kind == kNeg {
			if wordsBetween(low, cl.start, int(t.start)) > 1 {
				return false
			}
			// the negation of a verb that breaks its reach ("cannot be
			// guaranteed", "do not need to …"): that verb's, not the label's
			for _, u := range cl.toks[k+1:] {
				if int(u.start) < int(t.end) {
					continue
				}
				return !(u.e.kind == kBreak && wordsBetween(low, int(t.end), int(u.start)) <= 1)
			}
			return true
		}
		if t.e.kind == kTopic {
			return false
		}
	}
	return false
}

// specific drops the topics that stand for others when ts names one of
// those others itself ("USMLE Step 2 CK" is Step 2 CK alone).
func (t *table) specific(ts topicSet) topicSet {
	var generic topicSet
	for g := range t.stands {
		generic = generic.with(g)
	}
	if ts.without(generic) != 0 {
		return ts.without(generic)
	}
	return ts
}

// standsFor returns the topics tp stands for in the table.
func (t *table) standsFor(tp topic) []topic {
	if ts, ok := t.stands[tp]; ok {
		return ts
	}
	return []topic{tp}
}

// match reports whether the row fits the mention, and the number it reads.
func (rw *rule) match(r *reading, m *mention) (*quantity, bool) {
	if rw.topics != 0 && !rw.topics.has(m.top) || rw.cell && !r.cell {
		return nil, false
	}
	switch rw.pol {
	case polPos:
		if m.neg || m.lead != 0 {
			return nil, false
		}
	case polNeg:
		if !m.neg || m.lead != 0 {
			return nil, false
		}
	case polYes:
		if m.lead != 1 {
			return nil, false
		}
	case polNo:
		if m.lead != -1 {
			return nil, false
		}
	default:
		if m.lead != 0 {
			return nil, false
		}
	}
	mod := m.cl.mod
	if mod&(mHard|mSoft|mStats|mNotReq|mExclusion) == 0 && !m.cl.paren {
		mod = r.ctx
	} else if r.ctx&mSoft != 0 && mod&(mSoft|mStats|mNotReq) == 0 {
		switch {
		case (r.q != nil && !r.q.question || r.st.leadMod&mSoft != 0) && !modalVerbIn(m.cl):
			// "USCE (preferred): 3 months minimum", "We prefer: … experience of
			// at least two months": the minimum of a preference
			mod = mod&^mHard | mSoft
		case m.cl.mod&mHard == 0:
			mod |= mSoft
		}
	}
	if m.lead != 0 {
		mod = 0 // a lead's modality is the question's
	}
	if rw.mod != 0 && mod&rw.mod == 0 {
		return nil, false
	}
	if mod&rw.notMod != 0 {
		return nil, false
	}
	if rw.has != 0 && m.cl.kinds&rw.has != rw.has {
		return nil, false
	}
	if m.cl.kinds&rw.lacks != 0 {
		return nil, false
	}
	if rw.qmod != 0 && (r.q == nil || r.q.mod&rw.qmod == 0) {
		return nil, false
	}
	if rw.qhas != 0 && (r.q == nil || r.q.kinds&rw.qhas != rw.qhas) {
		return nil, false
	}
	if rw.qlacks != 0 && r.q != nil && r.q.kinds&rw.qlacks != 0 {
		return nil, false
	}
	if rw.near != 0 && !nearKinds(r, m, rw.near) {
		return nil, false
	}
	if rw.with != 0 && !m.cl.topics.any(rw.with) {
		return nil, false
	}
	if rw.clean != 0 {
		qt := topicSet(0)
		if r.q != nil && !r.q.weak {
			qt = r.q.all
		}
		if (r.topics | qt).any(rw.clean) || r.st.leadVisa && rw.clean.any(topics(tJ1, tH1B)) {
			return nil, false
		}
	}
	if rw.qty == nil {
		return nil, true
	}
	for _, q := range m.qs {
		if rw.qty.ok(q) {
			return q, true
		}
	}
	return nil, false
}

// nearKinds reports a cue of the given kinds within three words of the
// mention (before or after it).
func nearKinds(r *reading, m *mention, ks kindSet) bool {
	for _, t := range m.cl.toks {
		if !ks.has(t.e.kind) {
			continue
		}
		switch {
		case int(t.end) <= m.at:
			if wordsBetween(r.low, int(t.end), m.at) <= 3 {
				return true
			}
		case int(t.start) >= m.end:
			if wordsBetween(r.low, m.end, int(t.start)) <= 3 {
				return true
			}
		}
	}
	return false
}

// bindDefault gives a mention the numbers bound to its word, or, for a
// mention taken from the question, the clause's numbers bound to no topic.
func bindDefault(r *reading, m *mention) {
	bindIf(r, m, func(q *quantity) bool {
		if m.tok < 0 && q.bound == tNone {
			if q.unit == unitNone && r.unit != unitNone && !q.year {
				q.unit = r.unit // "Years accepted after graduation" / "<= 5"
			}
			return true
		}
		return m.tok >= 0 && q.boundAt == m.at && q.bound == m.top
	})
}

// bindIf gives a mention the numbers of its clause that keep says are its.
func bindIf(r *reading, m *mention, keep func(q *quantity) bool) {
	m.qs = m.qs[:0]
	for qi := range r.qtys {
		if q := &r.qtys[qi]; r.clauseAt(q.start) == m.cl && keep(q) {
			m.qs = append(m.qs, q)
		}
	}
}

// The values rows give.
func yes(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return imgfriendly.BoolValue(true), true
}
func no(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return imgfriendly.BoolValue(false), true
}

func text(s string) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(*env, *mention, *quantity) (imgfriendly.Value, bool) { return imgfriendly.TextValue(s), true }
}

// number is the bound number itself.
func number(_ *env, _ *mention, q *quantity) (imgfriendly.Value, bool) {
	return imgfriendly.NumValue(q.n), true
}

// numberPlus is the bound number plus k ("no more than one failure" is two
// attempts).
func numberPlus(k float64) func(*env, *mention, *quantity) (imgfriendly.Value, bool) {
	return func(_ *env, _ *mention, q *quantity) (imgfriendly.Value, bool) {
		return imgfriendly.NumValue(q.n + k), true
	}
}

// tables are every fact table, in the order they read a statement.
var tables = []*table{visaTable.derive(), yogTable.derive(), examTable.derive(), attemptsTable.derive(),
	usceTable.derive(), observershipTable.derive(), ecfmgTable.derive(), recencyTable.derive()}

// gateWords are the words a statement (or its question) must contain, in
// its original spelling, for any table to read it: the lexicon's words of
// the tables' topics, with the spellings norm folds into them.
func gateWords() []string {
	var gate topicSet
	for _, t := range tables {
		gate |= t.gate
	}
	seen := map[string]bool{}
	var out []string
	addw := func(w string) {
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for _, e := range lexicon {
		if e.kind != kTopic || !gate.has(topic(e.arg)) || topic(e.arg) == tUSA {
			continue
		}
		if raw, ok := foldedFrom[e.text]; ok {
			for _, w := range raw {
				addw(w)
			}
			continue
		}
		addw(e.text)
	}
	return out
}

// foldedFrom lists, for each token norm writes, the spellings it comes from
// (enough of each to find it, in lower case).
var foldedFrom = map[string][]string{
	"j1": {"j1", "j-1", "j 1", "j-i", "j -"}, "h1b": {"h1", "h-1", "h 1", "hi-b", "h -"},
	"j1 visa": {"j1", "j-1", "j 1"}, "j1 visas": {"j1", "j-1", "j 1"}, "j1 status": {"j1", "j-1"}, "j1 sponsorship": {"j1", "j-1"},
	"h1b visa": {"h1", "h-1"}, "h1b visas": {"h1", "h-1"}, "h1b status": {"h1", "h-1"}, "h1b sponsorship": {"h1", "h-1"},
	"ecfmg sponsored visa": {"sponsored visa"}, "ecfmg-sponsored visa": {"sponsored visa"},
	"step1": {"step", "usmle"}, "step2ck": {"step", "usmle", "2ck", "2 ck"}, "step2cs": {"step"}, "step3": {"step"},
	"level1": {"level", "comlex"}, "level2": {"level", "comlex"}, "level2pe": {"level"}, "comlex": {"comlex", "complex"},
	"usa graduate": {"graduate"},
	"attempt":      {"attempt", "time pass", "time-pass"},
}
