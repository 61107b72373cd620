package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A reading is one statement taken apart for the fact tables, in layers:
//
//   - topics: what each part of the sentence is about (the lexicon's topic
//     words, with where they stand);
//   - polarity and scope: which words a negation governs (up to the end of
//     its clause, through "or", but not past a new verb such as "need", a
//     relative "who", an "if", or another kind of visa);
//   - modality: whether a clause requires (must, minimum, will not be
//     considered), prefers (prefer, competitive), describes (average, most
//     of our residents) or denies a requirement (not required, no minimum),
//     with the modality of the question, label, heading or list lead-in
//     above it as a default;
//   - quantities: every number with its unit and relation, bound to the
//     nearest topic of its clause.
//
// The question or label a sentence answers lends its topics to clauses that
// name none of a table's own ("Is USCE required?" / "No, we require at least
// three months"), and a leading "Yes"/"No" answers it unless the rest of the
// sentence says something of its own.
type reading struct {
	st      *stmt
	low     string
	toks    []lexMatch
	qtys    []quantity
	clauses []clause
	topics  topicSet // every topic of the sentence
	q       *qreading
	lead    int8     // +1 yes, -1 no: the sentence opens an answer with it and it answers q
	ctx     modFlags // modality lent by the question, label, heading or list lead-in
	unit    uint8    // a unit the label names ("Years accepted after graduation")
	other   bool     // about another program than the residency (see aboutOtherProgram)
	system  bool     // about residency programs in general or the country's process (countrysProcess, manyPrograms)
	// cell: the sentence is the terse value of a label (a table row's first
	// cell, a "Label:" line), not a question's answer or a heading's text,
	// and neither the label nor the value says how strict it is: the label
	// names the topic and the cell the program's rule for it ("Step 2 CK |
	// 225", "Attempts | First attempt", "USCE | Yes, 3 months"). Rows
	// marked cell read it (see rule.cell).
	cell bool
	// leadStands: the sentence is other (about other programs) but its lead
	// is a sentence of its own answering a question about this program: the
	// lead is read, not the rest
	leadStands bool
	// askedOfProgram: the sentence speaks of programs in general (system)
	// but answers a question put to the program: it does not make the page
	// an adviser's
	askedOfProgram bool
	// referent is the visa "this is the only visa we accept" refers to: the
	// one the question or the sentence before in the block names
	referent topic
	// answeredNo are the visas of the question an answer opened by denying
	// with its "No" (in this sentence or one before, under the same
	// question): a sentence after it naming them says more of the "No"
	// ("No. H-1B holders must convert to a J-1."), not that they are taken
	answeredNo topicSet
}

// set is a set of small values (topics, lexicon kinds) as bits.
type set[T ~uint8] uint64

func setOf[T ~uint8](xs ...T) set[T] {
	var s set[T]
	for _, x := range xs {
		s |= 1 << x
	}
	return s
}

func (s set[T]) has(x T) bool            { return s&(1<<x) != 0 }
func (s set[T]) any(o set[T]) bool       { return s&o != 0 }
func (s set[T]) with(x T) set[T]         { return s | 1<<x }
func (s set[T]) without(o set[T]) set[T] { return s &^ o }

// topicSet is a set of topics; kindSet a set of lexicon kinds.
type (
	topicSet = set[topic]
	kindSet  = set[kind]
)

func topics(ts ...topic) topicSet { return setOf(ts...) }
func kinds(ks ...kind) kindSet    { return setOf(ks...) }

// modFlags are the modalities a clause (or its context) holds.
type modFlags uint8

const (
	mHard      modFlags = 1 << iota // a requirement: must, minimum
	mSoft                           // a preference: prefer, competitive
	mStats                          // a description: average, most of our residents
	mNotReq                         // a denied requirement: not required, no minimum
	mExclusion                      // applicants turned away: will not be considered
	// mWeighs marks a list lead-in's preference that names what selection
	// looks at ("While reviewing applications we look for:", "Strong
	// applicants will have:", "We consider the following:"), not one that
	// calls its items preferred ("Preferred qualifications:"): a graded
	// item under it (a score, months, years, the first attempt) is a
	// preference, but a pass/fail item (a pass, a completion, a
	// certification), which has no degree to prefer, is asked (see weighed)
	mWeighs
)

// clause is a part of a sentence whose polarity and modality may differ
// from its neighbours' (split at ";", "but", "however", "although" …).
type clause struct {
	start, end int
	paren      bool // a parenthesis inside a clause: "(within three years of graduation)"
	hypo       bool // an "if" clause: "if you have not graduated within the last 3 years"
	toks       []lexMatch
	topics     topicSet
	kinds      kindSet
	mod        modFlags
	inherited  bool // an answer's clause that names no topic of its own
	turnedAway bool // an "if" clause whose consequence turns the applicant away: who is turned away
	own        bool // opens with a subject and a verb of its own: "…, but applicants must be certified"
	// asked, askedEnd: the bytes of r.low of a question the clause embeds
	// ("ask the program whether it sponsors the H-1B"; embeddedQuestion),
	// whose words assert nothing; askedEnd 0: none; found once a table
	// finds a mention in the clause (askedRead)
	asked, askedEnd int
	askedRead       bool
}

// qreading is the question or label a sentence answers.
type qreading struct {
	low      string
	toks     []lexMatch
	topics   topicSet // of the first question (a leading yes/no answers it)
	all      topicSet // of the whole question
	kinds    kindSet
	mod      modFlags
	hypo     bool // a question in the first person with a number: "I graduated ten years ago …"
	question bool // a question, not a label
	weak     bool // a heading over the text
	unit     uint8
}

// clauseSeps separate clauses (normalised text has single spaces, so
// " but " is the word "but").
var clauseSeps = []string{";", " but ", " however", " although ", " though ", " whereas ", " while ", " except ",
	" unless ", " instead", " rather ", " - ", " – ", " yet ", " even if "}

// asideHowever reports a "however" set off by commas inside one clause,
// after a subject with no verb yet ("H-1B visas, however, are not
// sponsored"): an aside, not the start of a clause — the subject and its
// predicate are read together. (After a verb, "We sponsor J-1 visas,
// however, H-1B …", it opens one.)
func asideHowever(low string, i int) bool {
	after := low[i+len(" however"):]
	return i > 0 && low[i-1] == ',' && strings.HasPrefix(after, ",") && !hasFiniteVerb(low[:i-1])
}

// clauseSepSet finds whether a text holds any of clauseSeps.
var clauseSepSet = newKeywordSet(clauseSeps)

// sentenceWords reads, in one pass over a statement's normalised text, the
// words of every keyword set and gated expression read asks of that text
// (splitClauses, othersRule and the tests of r.other), each of which read
// the sentence again.
var sentenceWords = newKeywordUnion(clauseSepSet, otherRuleGate, observerSubject.hints, studentRule.hints,
	certifierRule.hints, schoolStage.hints, schoolApplicants.hints, countrysProcess.hints, manyPrograms.hints, pluralPrograms, reasonSet)

// read takes a statement apart (see reading).
func read(st *stmt, buf *readBuf) *reading {
	return readMatched(st, buf, lex.scan(st.low, buf.toks[:0]))
}

// readMatched is read with toks, the lexicon's matches in st.low
// (lex.scan into buf.toks).
func readMatched(st *stmt, buf *readBuf, toks []lexMatch) *reading {
	r := &buf.r
	*r = reading{st: st, low: st.low}
	r.toks = toks
	buf.toks = r.toks
	r.qtys = quantities(st.low, r.toks, buf.qtys[:0])
	buf.qtys = r.qtys
	takeBoundNegations(r.toks, r.qtys)
	words := sentenceWords.read(r.low)
	r.clauses = splitClauses(words, r.toks, buf.clauses[:0])
	reasons := words.find(reasonSet) != 0 // (else no clause gives a reason: reasonSpan finds none)
	buf.clauses = r.clauses
	for i := range r.clauses {
		cl := &r.clauses[i]
		if !cl.hypo && (story(r.low, cl) || ifApplicable(r.low, cl) || othersRule(words, cl.start) || examsOwnRule(r.low, cl) || residentsOwn(r.low, cl) ||
			domesticMay(r.low, cl) && domesticSubject(r.low, cl)) {
			cl.hypo = true // no rule of the program's, addressed to applicants
		}
		if cl.topics.has(tRepeat) && examRepeated(cl) {
			cl.topics = cl.topics.with(tFailure) // "repeated Step 1": a retake (no gate's word of its own)
		}
		r.topics |= cl.topics
		cl.mod = clauseModality(r.low, cl, reasons)
	}
	// an opening "if" clause whose consequence turns the applicant away
	// ("If you graduated more than 5 years ago, you are not eligible")
	// describes who is turned away, as "Applicants who … are not eligible"
	// does: it is read with the consequence's exclusion
	for i := 0; i+1 < len(r.clauses); i++ {
		cl := &r.clauses[i]
		if !cl.hypo || cl.paren || !strings.HasPrefix(strings.TrimLeft(r.low[cl.start:cl.end], " ,;"), "if ") {
			continue
		}
		j := i + 1
		for j < len(r.clauses) && r.clauses[j].paren {
			j++
		}
		if j < len(r.clauses) && !r.clauses[j].hypo && r.clauses[j].mod&mExclusion != 0 && r.clauses[j].topics.without(topics(tUSA)) == 0 {
			cl.hypo, cl.turnedAway = false, true
			cl.mod |= mExclusion
		}
	}
	// an opening clause that only prefers ("To be competitive, applicants
	// should score …") lends its preference to the clause it opens
	// (a sentence of its own after a semicolon or a "but" is not opened by it:
	// "We urge applicants to apply early; three months … are required")
	for i := 0; i+1 < len(r.clauses); i++ {
		if cl := &r.clauses[i]; !cl.paren && cl.topics == 0 && cl.mod == mSoft && !ownAfterSeparator(r.low[r.clauses[i+1].start:]) {
			r.clauses[i+1].mod |= mSoft
		}
	}
	inlineLeadIn(r, reasons)
	// under a lead-in that prefers and asks nothing ("Preferences:",
	// "Recommended qualifications:"), an item's "should" is the preference's
	// ("All exams should be passed on the first attempt"); "must" still asks
	if st.leadMod&mSoft != 0 && st.leadMod&mHard == 0 {
		for i := range r.clauses {
			if cl := &r.clauses[i]; cl.mod&mHard != 0 && onlyShould(cl) {
				cl.mod = cl.mod&^mHard | mSoft
			}
		}
	}
	// a parenthesis without cues of its own takes the requirement or
	// preference of the clause around it ("Recent graduates (within three
	// years of graduation) are preferred"), not its description
	var main *clause
	for i := range r.clauses {
		cl := &r.clauses[i]
		if !cl.paren {
			main = cl
			continue
		}
		if cl.mod == 0 && main != nil {
			cl.mod = main.mod &^ (mStats | mNotReq)
		}
	}
	if st.qLow != "" {
		r.q = buf.question(st)
		if !r.q.weak {
			r.ctx = r.q.mod &^ mNotReq // a heading over the text lends no modality
		}
		if st.described {
			// under a heading or lead-in that describes ("Profile of our
			// current residents"), a label's value is described as under a
			// label that says so ("Average Step 2 CK | 245")
			r.ctx |= mStats
		}
		if r.q.question {
			r.ctx &^= mHard // a question asking whether something is required does not require it
			if r.q.mod&mHard != 0 && (isShortValue(st.text) && st.text[0] >= '0' && st.text[0] <= '9' || yesThenNumber(st.text)) {
				r.ctx |= mHard // "What is the minimum score?" "220." / "Yes, 220 for each."
			}
		}
		r.unit = r.q.unit
		r.cell = st.first && !r.q.question && !r.q.weak && r.q.mod&(mSoft|mStats|mNotReq|mExclusion) == 0 && terseCell(r.low) &&
			!describedTable(st.blk) && !st.described
		if st.first && !r.q.weak {
			r.lead = answerLead(r)
			if r.lead < 0 && anyClinicalAsked(r.q) {
				// "Do you require any clinical experience?" "No.": none is
				// required, US experience included
				qc := *r.q
				qc.all, qc.topics = qc.all.with(tUSCE), qc.topics.with(tUSCE)
				r.q = &qc
			}
		}
	}
	switch {
	case r.lead < 0:
		buf.noQ, buf.noTopics = st.qLow, r.q.topics&topics(tJ1, tH1B)
	case st.qLow != buf.noQ:
		buf.noQ, buf.noTopics = "", 0
	}
	if st.qLow != "" && st.qLow == buf.noQ {
		r.answeredNo = buf.noTopics
	}
	if st.leadMod != 0 {
		r.ctx |= st.leadMod
	}
	if st.visaCtx {
		r.topics = r.topics.with(tVisa) // "… a J-1 visa. We do not sponsor.": it speaks of visas
	}
	r.referent = visaReferent(r, buf)
	if r.referent != 0 {
		r.topics = r.topics.with(r.referent) // it speaks of that visa: the others are the ones it leaves out
	}
	bindQuantities(r)
	// a question about the country's process ("How do I get a medical
	// residency in the US as an IMG?") makes its answers about it too
	r.system = countrysProcess.MatchWords(words) || manyPrograms.MatchWords(words) || programsOfAKind(words) || entryIntoAnyProgram(r) ||
		r.q != nil && r.q.question && countrysProcess.MatchString(r.q.low)
	r.other = aboutOtherProgram(r) || st.leadOther || unansweredRow(st) || comparisonRow(st) || r.q != nil && r.q.weak && otherLead.MatchString(r.q.low) || observerSubject.MatchWords(words) ||
		studentRule.MatchWords(words) || certifiersMatch(certifierRule.FindStringSubmatchWords(words)) || schoolStage.MatchWords(words) ||
		r.topics.any(visaFamily) && schoolApplicants.MatchWords(words) ||
		r.system && !programVoice.MatchString(r.low) && !(r.topics.any(topics(tJ1, tH1B)) && someOfPrograms.MatchString(r.low) && buf.institution()) ||
		r.q != nil && !r.q.question && certifiersRule(r.q.low)
	// a "Yes." or "No." of its own sentence answers the question about this
	// program, whatever the sentences after it say of other programs ("No.
	// Holders of that visa should look at other programs."): the other
	// programs' scope is their sentence, not the answer's lead
	r.leadStands = r.other && r.lead != 0 && leadOwnSentence(r.low) && askedOfProgram(r.q)
	r.askedOfProgram = r.system && askedOfProgram(r.q)
	return r
}

// terseCell reports a label's value that is a cell, not a sentence: a few
// words (at most eight) with no finite verb ("225", "Step 1 pass, Step 2
// CK 225", "Yes, 3 months"), whose cues of modality, if any, are read as
// every clause's are.
func terseCell(low string) bool {
	return fieldCount(low) <= 8 && !hasFiniteVerb(low)
}

// describedTable reports a table row whose table's header describes
// rather than asks ("Measure | Mean", "Step | Our interns"): its cells are
// figures of residents or applicants, not rules.
func describedTable(b *block) bool {
	if b == nil || b.row == nil || len(b.row.header) == 0 {
		return false
	}
	var tb [16]lexMatch
	for _, h := range b.row.header {
		for _, t := range lex.scan(norm(h), tb[:0]) {
			if t.e.kind == kStats {
				return true
			}
		}
	}
	return false
}

// tablesGate is every topic a fact table reads (the union of the tables'
// gates): a statement whose reading and question name none is read by no
// table (table.apply returns at once).
var tablesGate = func() topicSet {
	var g topicSet
	for _, t := range tables {
		g |= t.gate
	}
	return g
}()

// skim reads of a statement what analyse takes of it when no fact table
// can read it, without taking it apart: nearly half the statements of a
// page (a date under a heading, a resident's name and school) name no topic
// a table reads, and read would split them into clauses and find their
// quantities and modality for nothing. A reading names a table's topic
// only through a lexicon word of the statement (its clauses' words, or a
// unit of attempts that bindQuantities files as tAttempt), a topic of its
// question, a visa statement before it (st.visaCtx), or the visa a
// sentence naming tVisa refers to. With none of these ok is set, and
// system is r.system && !r.askedOfProgram (asked only with wantSystem:
// analyse's page-wide flag, once set, asks no more). Otherwise ok is false
// and toks are st.low's lexicon matches, for readMatched.
//
// What read leaves in buf for the statements after, skim leaves the same
// or to the same effect: the question's reading (buf.question); the
// question a "No" answered, with the visas it denied — none here, as the
// question names no table's topic, so that no later statement is told of
// any, as when the question changes (buf.noQ is only compared with later
// statements' questions); and the block whose visa a sentence may refer to
// (visaReferent starts again at each new block, and statements come block
// after block: the next reading in st's block or a later one starts from
// the same state).
func skim(st *stmt, buf *readBuf, wantSystem bool) (toks []lexMatch, ok, system bool) {
	toks = lex.scan(st.low, buf.toks[:0])
	buf.toks = toks
	if st.visaCtx {
		return toks, false, false
	}
	for i := range toks {
		switch e := toks[i].e; e.kind {
		case kTopic:
			if tablesGate.has(topic(e.arg)) {
				return toks, false, false
			}
		case kUnit:
			if e.arg == unitAttempt || e.arg == unitTimes {
				return toks, false, false
			}
		}
	}
	var q *qreading
	if st.qLow != "" {
		q = buf.question(st)
		if q.all.any(tablesGate) {
			return toks, false, false
		}
	}
	if st.qLow != buf.noQ {
		buf.noQ, buf.noTopics = "", 0
	}
	if wantSystem {
		words := sentenceWords.read(st.low)
		system = (countrysProcess.MatchWords(words) || manyPrograms.MatchWords(words) || programsOfAKind(words) ||
			q != nil && q.question && countrysProcess.MatchString(q.low)) && !askedOfProgram(q)
	}
	return toks, true, system
}

// leadOwnSentence reports an answer whose opening "Yes" or "No" ends its
// sentence ("No. …", "Yes! …") or is set against the rest by a contrast
// ("No, though many programs do", "Yes, unlike some programs").
func leadOwnSentence(low string) bool {
	low = strings.TrimLeft(low, " ")
	for _, w := range []string{"yes", "no"} {
		if !hasWordPrefix(low, w) {
			continue
		}
		rest := low[len(w):]
		if leadSentence(rest) {
			return true
		}
		if rest = strings.TrimLeft(rest, " "); len(rest) > 0 && (rest[0] == ',' || rest[0] == ';') {
			rest = strings.TrimLeft(rest[1:], " ")
			for _, c := range []string{"though", "although", "but", "however", "unlike", "while", "whereas"} {
				if hasWordPrefix(rest, c) {
					return true
				}
			}
		}
		return false
	}
	return false
}

// askedOfProgram reports a question put to the program about its own acts
// ("Do you sponsor …?", "Does your program require …?"), not to the reader
// ("Do I need …?") nor about programs in general, the country's process,
// another program or an observership: its answer is the program's.
func askedOfProgram(q *qreading) bool {
	if q == nil || q.weak || !q.question || q.all.has(tObservership) {
		return false
	}
	return programAsked.MatchString(q.low) && !countrysProcess.MatchString(q.low) && !manyPrograms.MatchString(q.low) &&
		!otherLead.MatchString(q.low) && !certifiersRule(q.low)
}

// programAsked matches a question to the program about what it does:
// "do you sponsor", "does your program require", "will the residency
// accept". (Not "do you need": an adviser asks the reader so.)
var programAsked = regexp.MustCompile(`\b(do|does|will|would|can|could)\s+(you|your program|the program|this program|your residency|the residency|your department|the department|your institution|the institution)\s+(currently\s+|still\s+|ever\s+)?(sponsor|accept|require|consider|offer|take|allow|provide|support|interview|prefer|have)\b`)

// countrysProcess matches a sentence about the country's process rather
// than one program's rules, as a story, an essay or an adviser's page
// tells it: the residency application process or the match "in the US",
// US residency programs or residency programs in the US, getting into
// residency there, what it takes "to practise medicine in the US" or "to
// become a physician in America", an opening "In the United States,", what
// "most residency programs require". What candidates "have to" do there
// asserts nothing about a program (programVoice: said by the program, it
// is its rule). (What follows entry into any program is entryIntoAnyProgram.)
var countrysProcess = mustGate(`\b(residency|application|match|matching|selection) process(es)? (in|of|for) (the )?(usa|america)\b|`+
	`^\W*(in order )?to (practice|practise)( medicine)?( as an? (physician|doctor))? in (the )?(usa|america)\b|`+
	`\b(hope|hopes|hoping|wish|wishes|wishing|want|wants|wanting|plan|plans|planning|aspire|aspires|aspiring|dream|dreams) (to|of) (train|training|practice|practise|practicing|practising|work|working)( medicine)? in (the )?(usa|america)\b|`+
	`\bto (become|be) an? (licensed |practicing |practising )?(physician|doctor) in (the )?(usa|america)\b|`+
	`^\W*in (the )?(usa|america)\s*,|`+
	`\busa (residency programs|residency match|residency positions|residency application process|match|residencies)\b|`+
	`\b(apply|applying|applies) (for|to) (medical )?residency( programs| training)? in (the )?(usa|america)\b|`+
	`\b(get|gets|getting|got) into residency in (the )?(usa|america)\b|\bresidency (programs|positions) in (the )?(usa|america)\b|`+
	`\b(get|gets|getting|obtain|obtaining|secure|securing|land|landing|requirements for) (an? )?(medical )?residency( position| spot| training)? in (the )?(usa|america)\b|`+
	`\b(most|many|all|the majority of|nearly all|virtually all) (usa )?(residency )?programs (require|ask|expect|want|prefer|need|look)\b`,
	"in the usa", "in usa", "in america", "in the america", "process", "usa residenc", "usa match", "programs require", "programs ask", "programs expect",
	"programs want", "programs prefer", "programs need", "programs look") // (every match holds one: the expression derives no gate)

// entryIntoAnyProgram reports a sentence about visas or US clinical
// experience that tells what follows entry into any program ("after
// being accepted into a US residency program, IMGs must obtain a visa that
// permits clinical training", "once matched into a residency, …"): the
// country's process, as countrysProcess's sentences are. A program of the
// page's own ("matched into our program") is no entry into any.
func entryIntoAnyProgram(r *reading) bool {
	if !r.topics.any(topics(tVisa, tJ1, tH1B, tUSCE, tExperience)) || !strings.Contains(r.low, "ed ") {
		return false
	}
	for _, v := range entryVerbs {
		i := strings.Index(r.low, v)
		if i < 0 || i > 0 && isWordByte(r.low[i-1]) {
			continue
		}
		f := strings.Fields(r.low[i+len(v) : min(len(r.low), i+len(v)+40)])
		for len(f) > 0 && f[0] == "usa" {
			f = f[1:]
		}
		if len(f) > 0 && indefiniteProgram(f) {
			return true
		}
	}
	return false
}

// entryVerbs are the entries into a program entryIntoAnyProgram reads,
// before an indefinite program ("a residency program", "an accredited
// residency").
var entryVerbs = []string{"accepted into ", "admitted into ", "admitted to ", "accepted to ", "matched into ", "matching into ",
	"matched with ", "matching with ", "matched to "}

// manyPrograms matches a sentence about residency programs in general:
// what "most", "many" or "some" programs do, what programs "often" or
// "usually" ask, what is "common to nearly all programs".
var manyPrograms = mustGate(`\b(most|many|some|several|certain|few|other|nearly all|virtually all|almost all) (of the )?(usa )?(residency |hospital |training )?(programs|institutions|hospitals)\b|`+
	`\bprograms (often|usually|typically|generally|commonly|frequently|tend to)\b|\bcommon (for|to|among|in) (nearly |almost |virtually )?all (usa )?(residency )?programs\b`,
	append(phrases([]string{"most", "many", "some", "several", "certain", "few", "other", "all"},
		[]string{"programs", "residency programs", "hospital programs", "training programs", "usa residency programs", "institutions", "hospitals", "of the"}),
		"programs often", "programs usually", "programs typically", "programs generally", "programs commonly", "programs frequently", "programs tend")...)

// embeddedQuestion returns the bytes of a question the clause embeds
// after a verb of asking, learning or showing: "ask the program whether it
// sponsors the H-1B", "check if each program accepts J-1 visas", "the
// list shows which programs sponsor J-1 and H-1B visas", "contact us to
// learn whether we sponsor H-1B visas this year". A question asks; its
// words say nothing the program does, as a question of a FAQ says nothing
// until it is answered. The question runs to the clause's end or to a
// colon ("the table shows which visas we sponsor: J-1 and H-1B" names
// them after it). A "whether" with no such verb ("all applicants, whether
// US or international graduates, must …") is no question. end is 0 when
// the clause embeds none.
func embeddedQuestion(low string, cl *clause) (at, end int) {
	text := low[cl.start:cl.end]
	if !strings.Contains(text, "whether ") && !strings.Contains(text, "which ") && !strings.Contains(text, "if ") &&
		!strings.Contains(text, "what ") {
		return 0, 0 // (the usual clause)
	}
	verb := -10 // the word index of the last verb of asking
	i := 0
	for w, rest := 0, text; rest != ""; w++ {
		rest = strings.TrimLeft(rest, " ")
		if rest == "" {
			break
		}
		n := strings.IndexByte(rest, ' ')
		if n < 0 {
			n = len(rest)
		}
		word := strings.Trim(rest[:n], ",;()\"'")
		i = len(text) - len(rest)
		switch {
		case askingVerbs[word]:
			verb = w
		case word == "whether" && w == 0:
			// a question as the subject: "Whether a program sponsors the
			// H-1B affects where applicants apply" asks, up to its comma or
			// the clause's end; "Whether US or international graduates,
			// applicants must …" (no verb before the comma) is no question
			at, end = cl.start+i, cl.end
			if c := strings.IndexByte(low[at:cl.end], ','); c >= 0 {
				end = at + c
			}
			if !hasFiniteVerb(low[at+len("whether"):end]) && !subjectQuestionVerb(low[at+len("whether"):end]) {
				return 0, 0
			}
			return at, end
		case (word == "whether" || word == "if" || word == "which" || word == "what") && w-verb <= 4:
			at = cl.start + i
			end = cl.end
			if c := strings.IndexByte(low[at:cl.end], ':'); c >= 0 {
				end = at + c
			}
			return at, end
		}
		if strings.HasSuffix(rest[:n], ",") {
			verb = -10 // "show readiness for residency, which can be documented by …": a relative clause, no question
		}
		rest = rest[n:]
	}
	return 0, 0
}

// subjectQuestionVerb reports a verb of a program's acts in the third
// person ("whether a program sponsors …", "whether programs report …"),
// which hasFiniteVerb may not read as finite.
func subjectQuestionVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.;:()")
		if verbWords[w]&(auxiliary|thirdPersonVerb) != 0 {
			return true
		}
		switch w {
		case "sponsor", "sponsors", "accept", "accepts", "report", "reports", "require", "requires", "offer", "offers", "consider", "considers":
			return true
		}
	}
	return false
}

// askingVerbs are the verbs a question may be embedded under: of asking,
// learning, checking and showing.
var askingVerbs = map[string]bool{"ask": true, "asks": true, "asking": true, "check": true, "checks": true, "checking": true,
	"confirm": true, "confirms": true, "verify": true, "verifies": true, "know": true, "knows": true, "learn": true, "learns": true,
	"find": true, "see": true, "determine": true, "determines": true, "decide": true, "decides": true, "show": true, "shows": true,
	"tell": true, "tells": true, "list": true, "lists": true, "indicate": true, "indicates": true, "wonder": true, "wondering": true,
	"inquire": true, "inquiring": true, "clarify": true, "research": true, "investigate": true}

// programsOfAKind reports a sentence about what many, most or some
// programs of a kind do, their kind named between the quantifier and the
// noun ("most IMG-friendly programs sponsor J-1 only", "some
// H-1B-sponsoring programs require Step 3", "many community hospitals"):
// programs in general, as manyPrograms' are. The words between are one or
// two modifiers, none a determiner or a possessive ("most of our
// programs", "some of the programs" are no kind; modifiersOfKind). Asked
// only of a sentence holding a plural program noun (pluralPrograms).
func programsOfAKind(w unionWords) bool {
	if w.find(pluralPrograms) == 0 {
		return false
	}
	s := w.s
	for _, n := range []string{" programs", " institutions", " hospitals", " residencies"} {
		for from := 0; ; {
			i := strings.Index(s[from:], n)
			if i < 0 {
				break
			}
			i += from
			from = i + len(n)
			if from < len(s) && isWordByte(s[from]) {
				continue // "programsʼ", "hospitalsts": no plural noun
			}
			// the words before the noun, nearest first: a quantifier two
			// or three words back, the words between of a kind
			var ws [3]string
			end := i
			for k := 0; k < 3 && end > 0; k++ {
				st := strings.LastIndexByte(s[:end], ' ') + 1
				ws[k] = s[st:end]
				end = st - 1
				if k >= 1 && kindQuantifier(ws[k]) && modifiersOfKind(ws[:k]) {
					return true
				}
				if end < 0 {
					break
				}
			}
		}
	}
	return false
}

// kindQuantifier reports a quantifier of programs in general.
func kindQuantifier(w string) bool {
	switch w {
	case "most", "many", "some", "several", "certain", "few", "fewer":
		return true
	}
	return false
}

// pluralPrograms finds the plural program nouns programsOfAKind reads.
var pluralPrograms = newKeywordSet([]string{"programs", "institutions", "hospitals", "residencies"})

// modifiersOfKind reports words that name a kind of program, none of them
// a determiner, a possessive, a preposition or a number.
func modifiersOfKind(ws []string) bool {
	for _, f := range ws {
		switch f {
		case "of", "the", "our", "your", "their", "its", "these", "those", "this", "that", "my", "his", "her", "such",
			"other", "to", "in", "at", "for", "from", "and", "or", "with", "we", "you", "they", "are", "were", "have":
			return false
		}
		if f == "" || f[0] >= '0' && f[0] <= '9' {
			return false
		}
	}
	return true
}

// programVoice matches the program speaking of itself: "we", "our", "this
// program", "the program".
var programVoice = mustGateDerived(`\b(we|our|ours|us|this program|the program|this residency)\b`)

// ownAfterSeparator reports a clause that opens at a semicolon or a "but":
// a sentence of its own, not the one a clause before it opens.
func ownAfterSeparator(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, ";") || strings.HasPrefix(rest, "but ")
}

// visaFamily are the topics of visas and status.
var visaFamily = topics(tJ1, tH1B, tVisa, tStatus)

// visaReferent returns the visa a sentence refers to by "this is the only
// visa (type) …": the one its question names, else the one the sentence
// before in the same block named (0 when none, or both, were named). It
// also keeps the visa this reading names for the sentence after it.
func visaReferent(r *reading, buf *readBuf) topic {
	if buf.lastBlk != r.st.blk {
		buf.lastBlk, buf.lastVisa = r.st.blk, 0
	}
	named := oneVisa(r.topics)
	if named != 0 || r.topics.has(tJ1) && r.topics.has(tH1B) {
		buf.lastVisa = named
		return 0
	}
	if !r.topics.has(tVisa) || !onlyVisaAnaphor(r.low) {
		return 0
	}
	if r.q != nil && !r.q.weak {
		if v := oneVisa(r.q.all); v != 0 {
			return v
		}
	}
	return buf.lastVisa
}

// oneVisa returns the visa of ts when it names exactly one of J-1 and H-1B.
func oneVisa(ts topicSet) topic {
	switch {
	case ts.has(tJ1) && !ts.has(tH1B):
		return tJ1
	case ts.has(tH1B) && !ts.has(tJ1):
		return tH1B
	}
	return 0
}

// onlyVisaAnaphor reports a sentence that opens (after a "yes") with a
// pronoun as the subject of "the only visa": "This is the only visa we
// accept", "It is the only type of visa we sponsor".
func onlyVisaAnaphor(low string) bool {
	t := strings.TrimLeft(low, " ")
	if rest, ok := strings.CutPrefix(t, "yes"); ok {
		t = strings.TrimLeft(rest, " ,.;:-")
	}
	for _, subj := range []string{"this ", "that ", "it "} {
		rest, ok := strings.CutPrefix(t, subj)
		if !ok {
			continue
		}
		for _, cop := range []string{"is the only ", "will be the only ", "remains the only ", "is currently the only "} {
			if after, ok := strings.CutPrefix(rest, cop); ok {
				f := strings.Fields(after)
				for i := 0; i < len(f) && i < 3; i++ {
					if strings.HasPrefix(f[i], "visa") {
						return true
					}
				}
			}
		}
	}
	return false
}

// observerSubject matches a sentence whose subject is an observer: what
// observers must have is no rule of the residency.
var observerSubject = mustGateDerived(`^(\W*(the|all|our|an?)\s+)?(observers?|observership (applicants?|candidates?))\b`)

// studentRule matches a medical school's rule for its own students: a
// sentence whose subject is students (not applicants or graduates) and
// that speaks of a clerkship, an elective, a rotation, graduation or
// promotion ("Students must have passed Step 1 before starting
// clerkships", "Visiting students must have passed Step 1 to enroll in an
// elective"): what the school asks of them is no rule of the residency.
var studentRule = mustGateDerived(`^\W*((all|our|visiting|current|medical|fourth[- ]year|third[- ]year|4th[- ]year|3rd[- ]year|osteopathic|allopathic)\s+)*students?\s+((in|of|at|enrolled in) [^,.;]{0,40}?\s+)?(must|are required|is required|should|need|will need|have to|are expected)\b[^.;]*\b(clerkships?|electives?|rotations?|sub-?internships?|graduation|graduate|promotion|promoted|enroll\w*|register\w*|continue in)\b`)

// schoolApplicants matches a sentence about those who apply to a medical
// school: its MD or MD/PhD program's applicants ("Applicants to our MD
// program must …", "All applicants (MD and MD/PhD) …", "MSTP applicants
// …"), admission to the school ("… are considered for admission to the
// School of Medicine", "The College of Medicine admits only …"). Whom a
// school admits is no rule of a residency's; a residency's applicants who
// hold an MD, or graduates of MD programs, are not these. (Asked only of a
// sentence about visas or status, whom a school's admission rule names;
// schoolAdmissionsPage reads the rest of such a page.)
var schoolApplicants = mustGateDerived(`\b(md/phd|md-phd|mstp|medical school|md program) applicants?\b|\bmd (and|or|&) md/phd\b|\bapplicants? (to|for) (the |our )?(md\b|m\.d\.|md/phd\b|md-phd\b|mstp\b|doctor of medicine\b|medical school\b|school of medicine\b|college of medicine\b)|\b(admission|admissions|matriculation) (to|into|in) (the |our )?(md\b|m\.d\.|md/phd\b|md-phd\b|mstp\b|doctor of medicine\b|medical school\b|school of medicine\b|college of medicine\b)|\b(school|college) of medicine (admits|will admit|only admits)\b`)

// certifierRule matches a sentence that states ECFMG's own requirements
// for its certificate ("To meet the examination requirement for ECFMG
// certification, you must pass …", "ECFMG requires that …", "The
// requirements for ECFMG certification include …"): the certifier's rule,
// not the program's (a program asking for the certificate says so in its
// own clause). The purpose opens the sentence and ECFMG stands within six
// words of it, none of them a modal or a subject ("To be eligible for our
// program applicants must be ECFMG certified" is the program's rule).
var certifierRule = mustGateDerived(`^\W*(?:(?:in order )?to (?:meet|satisfy|fulfill|fulfil|complete|obtain|receive|earn|achieve|be eligible for|qualify for|become|be)\s+((?:[\w'-]+\s+){0,6}?)(?:ecfmg|educational commission)\b|(?:the )?(?:\w+ )?requirements? (?:for|of) (?:the )?(?:ecfmg|educational commission)\b[^.;:]{0,40}\b(?:include|includes|are|is)\b|(?:the )?ecfmg (?:requires|will require|mandates)\b)`)

// certifiersRule reports a sentence that states ECFMG's own requirements
// (certifierRule, with no modal or subject between the purpose and ECFMG).
func certifiersRule(low string) bool {
	return certifiersMatch(certifierRule.FindStringSubmatch(low))
}

// certifiersMatch is certifiersRule from certifierRule's match m.
func certifiersMatch(m []string) bool {
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		switch w {
		case "must", "should", "shall", "will", "need", "needs", "are", "is", "applicants", "applicant", "candidates", "candidate", "residents", "you", "we", "our", "program":
			return false
		}
	}
	return true
}

// schoolStage matches a pass asked before a stage of medical school — the
// clerkships, the clinical years, promotion to the third year ("Step 1 must
// be passed prior to starting clerkships", "students must pass Step 1 before
// entering the clinical phase"): the school's rule for its students, whoever
// the sentence's subject is. Clerkships asked beside the pass ("passed Step
// 1 and completed core clerkships") are no stage before it.
var schoolStage = mustGateDerived(`\b(before|prior to|to|in order to|until)\s+((a |the |all )?(students?|trainees?|they)( may| can| will)? |the )?(start|starting|begin|beginning|enter|entering|continue|continuing|advance|advancing|progress|progressing|promotion|be promoted|move|moving)\b[^.;]{0,25}?\b(clerkships?|clerkship (year|phase)|clinical (phase|years?|curriculum)|phase (2|ii|two)|(third|3rd|fourth|4th)[- ]year|core rotations)\b`)

// anyClinicalAsked reports a question whether clinical experience of any
// kind is required, with no place, research or observership named: a "No"
// to it requires no US clinical experience either (a "Yes" says nothing of
// the United States).
func anyClinicalAsked(q *qreading) bool {
	return q.question && q.mod&mHard != 0 && q.topics.has(tExperience) && strings.Contains(q.low, "clinical") &&
		!strings.Contains(q.low, "countr") && !strings.Contains(q.low, "abroad") &&
		!q.all.any(topics(tUSA, tUSCE, tResearch, tObservership, tTraining))
}

// yesThenNumber reports a short answer that is a "Yes" and its number
// ("Yes, 225.", "Yes, 220 for each"): the number the question asks for.
func yesThenNumber(text string) bool {
	t := strings.TrimLeft(text, " ")
	if len(t) < 4 || !strings.EqualFold(t[:3], "yes") {
		return false
	}
	t = strings.TrimLeft(t[3:], " ,.:;-")
	return t != "" && t[0] >= '0' && t[0] <= '9' && fieldCount(t) <= 10 // "Yes, 220 on Step 1 and Step 2 CK."
}

// readBuf keeps a reading's slices between statements, and the reading of
// the last question: the sentences of one answer and the blocks under one
// heading answer the same question, which is read once for all of them.
type readBuf struct {
	r       reading
	q       qreading
	qRead   bool // q holds a question's reading
	toks    []lexMatch
	qtoks   []lexMatch
	qtys    []quantity
	clauses []clause
	// the one visa (J-1 or H-1B) the last reading of block lastBlk named,
	// for a sentence that refers to it ("This is the only visa we accept.")
	lastBlk  *block
	lastVisa topic
	// the visas an answer's "No" denied (see reading.answeredNo), and the
	// question that answer answers
	noQ      string
	noTopics topicSet
	// the page read (nil in tests that read statements alone), and whether
	// an institution speaks on it (0 not yet known, 1 yes, 2 no)
	d    *doc
	inst int8
}

// institution reports a page on which an institution speaks of itself
// (institutionPage), asked once per page.
func (buf *readBuf) institution() bool {
	if buf.d == nil {
		return false
	}
	if buf.inst == 0 {
		buf.inst = 2
		if institutionPage(buf.d) {
			buf.inst = 1
		}
	}
	return buf.inst == 1
}

// someOfPrograms matches a part of the programs ("some programs", "certain
// of our programs", "individual programs"): on an institution's page, its
// own programs, not residency programs in general.
var someOfPrograms = mustGate(`\b(?:some|certain|several|select|selected|individual|a few|a number of)(?: of (?:the|our|its))? (?:residency |training |gme )?programs\b`, "programs")

// question returns the reading of st's question: the one kept when the last
// question read was the same (readQuestion reads nothing else of st).
func (buf *readBuf) question(st *stmt) *qreading {
	if buf.qRead && buf.q.low == st.qLow && buf.q.weak == st.qWeak && buf.q.question == strings.Contains(st.q, "?") {
		return &buf.q
	}
	buf.qRead = true
	return readQuestion(st, &buf.q, buf)
}

// adverbYet reports a "yet" that is an adverb of time, not a conjunction,
// by the word before it: "not yet passed", "have yet to", "as yet".
func adverbYet(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	switch w := f[len(f)-1]; w {
	case "not", "never", "as", "have", "has", "had":
		return true
	default:
		return strings.HasSuffix(w, "n't")
	}
}

// splitClauses cuts low at clauseSeps, at an "if" and at the comma that
// ends an opening "if" clause, and at a comma that joins two clauses each
// with a modality of its own ("Step 1 is required, Step 2 preferred"). A
// parenthesis of two words or more is a clause of its own, and the words
// around it stay one clause ("experience (not observerships) of two months
// in the US").
func splitClauses(w unionWords, toks []lexMatch, out []clause) []clause {
	low := w.s
	var cutBuf [16]int // (on the stack: most sentences have a cut or two)
	cuts := append(cutBuf[:0], 0)
	if w.find(clauseSepSet) != 0 { // (most sentences have no separator: one pass says so)
		for _, sep := range clauseSeps {
			for from := 0; ; {
				i := strings.Index(low[from:], sep)
				if i < 0 {
					break
				}
				if (sep != " yet " || !adverbYet(low[:from+i])) && (sep != " however" || !asideHowever(low, from+i)) {
					cuts = append(cuts, from+i)
				}
				from += i + len(sep)
			}
		}
	}
	cuts = parenCuts(low, 0, len(low), cuts)
	cuts = append(cuts, len(low))
	sortInts(cuts)
	type seg struct {
		s, e int
		hypo bool
		own  bool // a sentence of its own after a comma (see commaSentences)
	}
	var segBuf [8]seg
	segs := segBuf[:0]
	for i := 0; i+1 < len(cuts); i++ {
		s, e := cuts[i], cuts[i+1]
		if e <= s {
			continue
		}
		t := strings.TrimLeft(low[s:e], " ,;")
		// a connective before an opening "if" ("however, if a visa is
		// needed, …") leaves the "if" clause opening
		for _, c := range []string{"however", "but", "and", "also", "otherwise", "though", "yet", "so"} {
			if rest, ok := strings.CutPrefix(t, c); ok && (strings.HasPrefix(rest, ", if ") || strings.HasPrefix(rest, " if ")) {
				t = strings.TrimLeft(rest, " ,")
				s = e - len(t)
				break
			}
		}
		if strings.HasPrefix(t, "even if ") {
			segs = append(segs, seg{s, e, true, false}) // "… on the first attempt even if …": a supposition
			continue
		}
		// an opening "if" clause ends at its comma, and supposes ("only if
		// …" answering a question supposes too)
		if strings.HasPrefix(t, "if ") || strings.HasPrefix(t, "only if ") {
			if c := strings.Index(low[s:e], ", "); c > 0 {
				segs = append(segs, seg{s, s + c, true, false})
				s += c
			}
		}
		// an opening concession ends at its comma: "although there is no
		// cutoff, graduating within 7 years is encouraged"
		for _, c := range []string{"although ", "though ", "even though ", "while "} {
			if strings.HasPrefix(t, c) {
				if k := strings.Index(low[s:e], ", "); k > 0 {
					segs = append(segs, seg{s, s + k, false, false})
					s += k
				}
				break
			}
		}
		// a comma between two clauses that each state a modality, and an
		// "and"/"or" that opens a modality of its own ("must be above 210
		// and ideally above 230": the bound is required, the ideal is not)
		sent := commaSentences(low, s, e)
		cs := splices(low, toks, s, e)
		if len(sent) > 0 {
			cs = append(cs, sent...)
		}
		if len(cs) > 0 {
			cs = parenCuts(low, s, e, cs)
			sortInts(cs)
			cs = slices.Compact(cs)
		}
		for _, c := range cs {
			segs = append(segs, seg{s, c, false, opensSentence(low[s:c]) || andNegated(low[s:c])})
			s = c
		}
		segs = append(segs, seg{s, e, false, opensSentence(low[s:e]) || andNegated(low[s:e])})
	}
	for _, sg := range segs {
		s, e := sg.s, sg.e
		cl := clause{start: s, end: e, hypo: sg.hypo, own: sg.own}
		parens := parensIn(low, s, e)
		cl.toks = tokensIn(toks, s, e, parens)
		fileTopics(&cl)
		out = append(out, cl)
		for _, pr := range parens {
			pc := clause{start: pr[0], end: pr[1], paren: true, hypo: cl.hypo}
			for _, tk := range toks {
				if int(tk.start) >= pr[0] && int(tk.end) <= pr[1] {
					pc.toks = append(pc.toks, tk)
				}
			}
			fileTopics(&pc)
			out = append(out, pc)
		}
	}
	return out
}

// tokensIn returns the words of toks that lie in [s, e) outside parens, in
// their order: a part of toks (its capacity cut to its length) when they
// run unbroken there, as they nearly always do, else a copy. Nil when there
// are none. (The readers only read a clause's words.)
func tokensIn(toks []lexMatch, s, e int, parens [][2]int) []lexMatch {
	first, last, n := -1, -1, 0
	for k, tk := range toks {
		if int(tk.start) < s || int(tk.end) > e || inSpans(parens, int(tk.start)) {
			continue
		}
		if first < 0 {
			first = k
		}
		last = k
		n++
	}
	switch {
	case n == 0:
		return nil
	case n == last-first+1:
		return toks[first : last+1 : last+1]
	}
	return tokensCopy(toks, s, e, parens)
}

// tokensCopy returns a copy of the words of toks that lie in [s, e) outside
// parens, in their order: what tokensIn gives when they do not run unbroken.
func tokensCopy(toks []lexMatch, s, e int, parens [][2]int) []lexMatch {
	var out []lexMatch
	for _, tk := range toks {
		if int(tk.start) < s || int(tk.end) > e || inSpans(parens, int(tk.start)) {
			continue
		}
		out = append(out, tk)
	}
	return out
}

// parenCuts adds, for a separator cut inside a parenthesis ("Passing
// scores are required (we have no minimum score, but a first attempt is
// preferred)"), cuts at the parenthesis' opening and after its closing: the
// parenthesis' denials and preferences stay out of the clause it stands in,
// whose cut would otherwise take the parenthesis' first half.
func parenCuts(low string, s, e int, cuts []int) []int {
	n := len(cuts)
	for _, c := range cuts[:n] {
		if c <= s || c >= e {
			continue
		}
		open := strings.LastIndexByte(low[s:c], '(')
		if open < 0 || strings.IndexByte(low[s+open:c], ')') >= 0 {
			continue
		}
		if open += s; open > s {
			cuts = append(cuts, open)
		}
		if k := strings.IndexByte(low[c:e], ')'); k >= 0 && strings.Trim(low[c+k+1:e], " .,;:") != "" {
			cuts = append(cuts, c+k+1)
		}
	}
	return cuts
}

// fileTopics sets a clause's topics and cue kinds from its words.
func fileTopics(cl *clause) {
	for _, t := range cl.toks {
		cl.kinds |= 1 << t.e.kind
		if t.e.kind == kTopic {
			cl.topics = cl.topics.with(topic(t.e.arg))
		}
	}
	cl.topics = withUSCE(cl.topics)
}

// parensIn returns the parentheses of two words or more in low[s:e].
func parensIn(low string, s, e int) [][2]int {
	var out [][2]int
	for from := s; from < e; {
		i := strings.IndexByte(low[from:e], '(')
		if i < 0 {
			break
		}
		i += from
		j := strings.IndexByte(low[i:e], ')')
		if j < 0 {
			break
		}
		j += i
		if fieldCount(low[i+1:j]) >= 2 {
			out = append(out, [2]int{i, j + 1})
		}
		from = j + 1
	}
	return out
}

func inSpans(spans [][2]int, i int) bool {
	for _, sp := range spans {
		if i >= sp[0] && i < sp[1] {
			return true
		}
	}
	return false
}

// commaSplices returns the commas of low[s:e] with a modality cue on each
// side (before the comma, and between it and the next comma or the end).
// splices are commaSplices and conjunctionSplices in order.
func splices(low string, toks []lexMatch, s, e int) []int {
	out := append(commaSplices(low, toks, s, e), conjunctionSplices(low, toks, s, e)...)
	out = append(out, withAfterSoft(low, toks, s, e)...)
	out = append(out, withPreference(low, toks, s, e)...)
	out = append(out, subjectSplices(low, toks, s, e)...)
	out = append(out, andPredicates(low, s, e)...)
	sortInts(out)
	return out
}

// withAfterSoft finds a " with " right after a word of preference that
// ends its predicate, before a phrase about another topic ("scores of 80
// are favored with no more than one failure"): what follows is a rule of
// its own, not what is preferred ("we prefer a score of 200 with no more
// than one failure", "experience is preferred with 3 months in the US"
// keep it).
func withAfterSoft(low string, toks []lexMatch, s, e int) []int {
	var out []int
	for _, t := range toks {
		if t.e.kind != kSoft || int(t.start) < s || int(t.end) >= e || !strings.HasPrefix(low[t.end:], " with ") {
			continue
		}
		before := strings.Fields(low[max(s, int(t.start)-6):t.start])
		if len(before) == 0 {
			continue
		}
		switch before[len(before)-1] {
		case "are", "is", "be", "been":
		default:
			continue
		}
		// … and the phrase after speaks of another topic than the predicate
		var fams, other = map[int]bool{}, false
		for _, u := range toks {
			if u.e.kind != kTopic || int(u.start) < s || int(u.end) > e {
				continue
			}
			if int(u.end) <= int(t.start) {
				fams[family(topic(u.e.arg))] = true
			} else if int(u.start) > int(t.end) && !fams[family(topic(u.e.arg))] {
				other = true
			}
		}
		if other {
			out = append(out, int(t.end))
		}
	}
	return out
}

// withPreference finds a " with " that opens a preference ("… is required
// with preference for graduates of accredited schools", "must be passed
// with priority given to …", "with a strong preference for …") after a part
// that requires: the preference is a clause of its own and does not soften
// the requirement before it.
func withPreference(low string, toks []lexMatch, s, e int) []int {
	var out []int
	for at := s; at < e; {
		i := strings.Index(low[at:e], " with ")
		if i < 0 {
			break
		}
		c := at + i
		next := c + len(" with ")
		at = next
		for k := 0; k < 2; k++ { // "with a strong preference"
			w, _, more := strings.Cut(low[next:e], " ")
			if !more || w != "a" && w != "an" && w != "strong" && w != "special" && w != "some" && w != "particular" {
				break
			}
			next += len(w) + 1
		}
		for _, t := range toks {
			if int(t.start) == next && t.e.kind == kSoft && t.e.arg == 0 && requiresIn(toks, s, c) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

// requiresIn reports a verb of requirement ("must", "required") in toks
// between s and e.
func requiresIn(toks []lexMatch, s, e int) bool {
	for _, t := range toks {
		if int(t.start) >= s && int(t.end) <= e && t.e.kind == kHard && t.e.arg == 1 {
			return true
		}
	}
	return false
}

// conjunctionSplices finds an " and " or " or " whose next word is a cue of
// modality (ideally, preferably, must, should …) after a part that states
// a modality of its own: the two parts are two clauses.
func conjunctionSplices(low string, toks []lexMatch, s, e int) []int {
	var out []int
	from := s
	for _, conj := range []string{" and ", " or "} {
		for at := s; ; {
			i := strings.Index(low[at:e], conj)
			if i < 0 {
				break
			}
			c := at + i
			next := c + len(conj)
			if w, _, _ := strings.Cut(low[next:e], " "); cueAdverb(w) {
				next += len(w) + 1 // "… and strongly prefer …"
			}
			for _, t := range toks {
				if int(t.start) != next {
					continue
				}
				if (t.e.kind == kSoft || t.e.kind == kHard && t.e.arg == 1) && (hasModalCue(toks, from, c) || kindBetween(toks, kPass, from, c)) {
					out = append(out, c)
					break
				}
			}
			at = next
		}
	}
	return out
}

// cueAdverb reports an adverb that may stand before a cue of modality
// ("strongly prefer", "also require").
func cueAdverb(w string) bool {
	switch w {
	case "strongly", "highly", "also", "very", "really", "greatly":
		return true
	}
	return false
}

// subjectSplices finds a comma and a coordinator (", and", ", or", ", so")
// that open a sentence of their own: a subject of one to three words and
// a verb of requirement ("there is no cutoff for scores, and applicants
// must have graduated within 5 years"). What the first part denies or
// requires does not reach into the second.
func subjectSplices(low string, toks []lexMatch, s, e int) []int {
	var out []int
	for _, conj := range []string{", and ", ", or ", ", so ", ", plus "} {
		for at := s; ; {
			i := strings.Index(low[at:e], conj)
			if i < 0 {
				break
			}
			c := at + i
			next := c + len(conj)
			at = next
			if wordsBetween(low, s, c) < 2 || nounList(low, toks, s, c) {
				continue // "Step 1, Step 2 CK, and Step 3 must be passed": a list, the subject of one verb
			}
			topicSubject := false
			for _, t := range toks {
				if int(t.start) < next {
					continue
				}
				n := wordsBetween(low, next, int(t.start))
				if n > 3 || strings.ContainsAny(low[next:t.start], ",;:(") {
					break
				}
				// a preference with a subject of its own (", and we strongly
				// prefer"), not one whose subject ends a list of exams
				// (", and Step 2 CS have priority")
				if t.e.kind == kHard && t.e.arg == 1 || t.e.kind == kSoft && t.e.arg == 0 && n <= 2 && !topicSubject {
					if n >= 1 {
						out = append(out, c)
					}
					break
				}
				if t.e.kind != kTopic && t.e.kind != kNone {
					break // a cue in the subject: no subject of its own
				}
				topicSubject = topicSubject || t.e.kind == kTopic
			}
		}
	}
	return out
}

// commaSentences finds a comma between two sentences written as one (a
// comma splice): a part with a finite verb of its own, then, after the
// comma and an optional "however", "but" or "yet", a subject of one to five
// words and a finite verb ("We do not sponsor H-1B visas, J-1 visas are
// accepted", "USCE is preferred, ECFMG certification is required", "there
// is no cutoff, we require …"). The negation and modality of each stay in
// it. A comma before a word that cannot open a subject ("including",
// "provided", "which", "such as", a preposition) or before words with no
// finite verb ("at least 3 months, in …") joins no sentence.
func commaSentences(low string, s, e int) []int {
	return clauseCuts(low, s, e, ", ", opensSentence)
}

// clauseCuts returns where low[s:e] divides at sep into clauses: at each sep
// whose part before holds a finite verb and whose part after opens a clause
// of its own (opens); the parts between two cuts are read alone.
func clauseCuts(low string, s, e int, sep string, opens func(string) bool) []int {
	var out []int
	from := s
	for at := s; at < e; {
		i := strings.Index(low[at:e], sep)
		if i < 0 {
			break
		}
		c := at + i
		at = c + len(sep)
		if !hasFiniteVerb(low[from:c]) {
			continue
		}
		if opens(low[c+len(sep) : e]) {
			out = append(out, c)
			from = c + len(sep)
		}
	}
	return out
}

// opensSentence reports a part that opens with a sentence of its own:
// after an optional "however", "but" or "yet", a subject of one to five
// words, then a finite verb, with no punctuation or coordinator between
// (", permanent residents or J-1 holders must …" continues a list).
func opensSentence(rest string) bool {
	rest = strings.TrimLeft(rest, " ,;-–")
	w, after, _ := strings.Cut(rest, " ")
	switch strings.TrimRight(w, ",") {
	case "however", "but", "yet", "also", "furthermore", "additionally", "moreover":
		rest = strings.TrimLeft(after, " ,")
		w, _, _ = strings.Cut(rest, " ")
	}
	if !subjectOpener(w) {
		return false
	}
	var buf [6]string // the subject and its verb lie in the first six words
	words := firstWords(rest, buf[:0])
	for k, x := range words {
		bare := strings.TrimRight(x, ",;:.")
		if k > 0 && finiteAt(words, k) {
			return true
		}
		if k >= 5 || bare != x || x == "and" || x == "or" || x == "nor" || x == "&" {
			return false
		}
	}
	return false
}

// firstWords appends to out the first cap(out) words of s, split at
// white space as strings.Fields splits (a no-break space too), without
// allocating.
func firstWords(s string, out []string) []string {
	for len(out) < cap(out) {
		i := spaceEnd(s, 0, true)
		if i == len(s) {
			break
		}
		j := spaceEnd(s, i, false)
		out = append(out, s[i:j])
		s = s[j:]
	}
	return out
}

// appendFields appends to out the words of s, split at white space as
// strings.Fields splits.
func appendFields(out []string, s string) []string {
	for {
		i := spaceEnd(s, 0, true)
		if i == len(s) {
			return out
		}
		j := spaceEnd(s, i, false)
		out = append(out, s[i:j])
		s = s[j:]
	}
}

// spaceEnd returns where, from i, the run of white space (space true) or
// of other characters (space false) in s ends, by unicode.IsSpace.
func spaceEnd(s string, i int, space bool) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] != space { // (unicode.IsSpace's ASCII spaces)
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) != space {
			break
		}
		i += n
	}
	return i
}

// Classes of the words that tell whether a group of words holds a finite
// verb (verbWords): auxiliaries are the verbs that make a group of words a
// sentence of its own wherever they stand; lexical verbs do so after a
// personal pronoun ("we accept", "you need"), third-person verbs after any
// subject ("the program accepts"). Words that are as often nouns ("offers",
// "needs", "supports") are not among the last. A relative opens a clause
// whose verb is not the sentence's.
const (
	auxiliary = 1 << iota
	lexicalVerb
	thirdPersonVerb
	pronoun
	relative
)

// verbClassWords are the words of each class.
var verbClassWords = map[uint8]string{
	auxiliary: `is are was were will would must should shall may can cannot can't could do does did don't
		doesn't didn't has have won't isn't aren't`,
	lexicalVerb:     `accept sponsor prefer offer consider expect encourage welcome recommend support require need provide review`,
	thirdPersonVerb: `accepts requires prefers considers expects encourages welcomes recommends sponsors`,
	pronoun:         `we you they i`,
	relative:        `who which that whose whom whether when if`,
}

// verbWords gives each word of verbClassWords its classes: one lookup a
// word where a set per class took up to four.
var verbWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for c, ws := range verbClassWords {
		for _, w := range strings.Fields(ws) {
			m[w] |= c
		}
	}
	return m
}()

// finiteAt reports a finite verb at words[k] (see auxiliary).
func finiteAt(words []string, k int) bool {
	return finiteClassAt(words, k, verbWords[strings.TrimRight(words[k], ",;:.")])
}

// finiteClassAt is finiteAt with the classes of words[k] known.
func finiteClassAt(words []string, k int, class uint8) bool {
	if class&(auxiliary|thirdPersonVerb) != 0 {
		return true
	}
	if class&lexicalVerb == 0 || k == 0 {
		return false
	}
	// after a pronoun, perhaps through an adverb: "we only accept", "we also require"
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch p := strings.TrimRight(words[j], ",;:."); {
		case verbWords[p]&pronoun != 0:
			return true
		case p != "only" && p != "also" && p != "strongly" && p != "highly" && p != "simply" && p != "just":
			return false
		}
	}
	return false
}

// hasFiniteVerb reports a finite verb in part outside a relative or
// conditional clause ("candidates who have passed Step 1, Step 2 CK …"
// states no sentence yet).
func hasFiniteVerb(part string) bool {
	var buf [32]string // (on the stack: strings.Fields allocated at every call)
	words := appendFields(buf[:0], part)
	inRel := false
	for k, x := range words {
		class := verbWords[strings.TrimRight(x, ",;:.")]
		if class&relative != 0 {
			inRel = true
			continue
		}
		if finiteClassAt(words, k, class) {
			if !inRel {
				return true
			}
			inRel = false // the relative's verb: a verb after it is the main one
		}
	}
	return false
}

// subjectOpener reports a word that may open the subject of a new
// sentence: not a verb, a preposition, a relative, a condition or a word
// that continues the clause before ("including", "provided", "preferably").
func subjectOpener(w string) bool {
	if w == "" || verbWords[w]&(auxiliary|thirdPersonVerb) != 0 || w[0] >= '0' && w[0] <= '9' {
		return false
	}
	switch w {
	case "including", "includes", "such", "which", "who", "whom", "whose", "where", "when", "with", "without", "for", "in",
		"on", "at", "by", "from", "to", "of", "as", "if", "unless", "provided", "providing", "preferably", "ideally",
		"especially", "particularly", "although", "though", "while", "or", "and", "nor", "not", "rather", "than", "because",
		"since", "so", "that", "e.g.", "i.e.", "etc.", "plus", "except", "excluding", "regardless", "irrespective",
		"depending", "within", "after", "before", "during", "up", "until", "per", "via", "through", "along", "beyond":
		return false
	}
	return true
}

// nounList reports a part that only names topics ("Step 1, Step 2 CK"):
// no finite verb and no word of the lexicon but topics, so that a ", and"
// after it continues the list.
func nounList(low string, toks []lexMatch, s, c int) bool {
	if hasFiniteVerb(low[s:c]) {
		return false
	}
	named := false
	for _, t := range toks {
		if int(t.start) < s || int(t.end) > c {
			continue
		}
		if t.e.kind != kTopic {
			return false
		}
		named = true
	}
	return named
}

func commaSplices(low string, toks []lexMatch, s, e int) []int {
	var out []int
	from := s
	for {
		i := strings.Index(low[from:e], ", ")
		if i < 0 {
			return out
		}
		c := from + i
		next := strings.Index(low[c+2:e], ", ")
		end := e
		if next >= 0 {
			end = c + 2 + next
		}
		if hasModalCue(toks, from, c) && hasModalCue(toks, c, end) {
			out = append(out, c)
		}
		from = c + 2
	}
}

func hasModalCue(toks []lexMatch, s, e int) bool {
	for _, t := range toks {
		if int(t.start) >= s && int(t.end) <= e {
			switch {
			case t.e.kind == kHard && t.e.arg == 1, t.e.kind == kSoft, t.e.kind == kExclusion:
				return true
			}
		}
	}
	return false
}

func sortInts(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// clauseModality reads the modality cues of a clause: a requirement or
// preference word governed by a negation is denied ("not required", "no
// minimum", "not preferred").
//
// reasons is false when low holds none of reasonSet's words: then no
// clause of it gives a reason.
func clauseModality(low string, cl *clause, reasons bool) modFlags {
	var m modFlags
	group := false // a group as subject: a description unless required of
	rFrom, rTo := cl.end, cl.end
	if reasons {
		rFrom, rTo = reasonSpan(low, cl)
	}
	for i, t := range cl.toks {
		if int(t.start) >= rFrom && int(t.start) < rTo {
			continue // the reason for a rule says why, not what is asked
		}
		switch t.e.kind {
		case kHard:
			if negatedBefore(low, cl.toks, i, 5) && !lackedBound(low, cl.toks, i) || needNot(low, t) {
				m |= mNotReq
			} else {
				m |= mHard
			}
		case kSoft:
			if t.e.arg == 1 && modalVerbIn(cl) {
				continue // "we require … due to the competitive nature of the program"
			}
			if !negatedBefore(low, cl.toks, i, 3) {
				m |= mSoft
			}
		case kStats:
			if t.e.arg == 1 {
				group = true
			} else {
				m |= mStats
			}
		case kExclusion:
			if !deniedExclusion(low, cl.toks, i) {
				m |= mExclusion
			}
		}
	}
	if group && !(m&mHard != 0 && modalVerbIn(cl)) {
		m |= mStats
	}
	if m&(mHard|mSoft|mExclusion) == 0 && narrative(low, cl) {
		m |= mStats
	}
	return m
}

// needNot reports the modal "need not" ("Step 1 need not be passed",
// "applicants need not have …"): a requirement denied by the negation
// after it.
// lackedBound reports a lower bound of a number that a word of lacking
// governs: "applicants without at least three months of USCE", "those
// lacking a minimum of 220": the applicants lack the quantity, which the
// sentence requires (a denied requirement has no number: "without a
// minimum score").
func lackedBound(low string, toks []lexMatch, i int) bool {
	t := toks[i]
	if t.e.arg != 0 || !lackingBounds[t.e.text] {
		return false
	}
	k := i - 1
	for k >= 0 && toks[k].e.kind != kNeg {
		k--
	}
	if k < 0 || !lackingWords[toks[k].e.text] {
		return false
	}
	rest := strings.TrimLeft(low[t.end:min(len(low), int(t.end)+6)], " of")
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// lackingBounds are the lower bounds a lack may govern; lackingWords the
// negations that say a person lacks what follows.
var (
	lackingBounds = map[string]bool{"at least": true, "minimum": true, "min": true, "minimum of": true, "a minimum of": true}
	lackingWords  = map[string]bool{"without": true, "lacking": true, "who lack": true, "that lack": true}
)

func needNot(low string, t lexMatch) bool {
	w := low[t.start:t.end]
	return (w == "need" || w == "needs") && strings.HasPrefix(low[t.end:], " not ") && !strings.HasPrefix(low[t.end:], " not only ")
}

// reasonOpeners open a reason: "… is required because …", "… since
// practice abroad is usually …", "Because the program is competitive, …".
var reasonOpeners = []string{" because ", " since ", " given that ", " as the practice ", " as medical "}

// reasonSet finds reasonOpeners without their leading space, in a whole
// sentence: a clause with one of reasonOpeners (or, at its start, one
// without the space) has one of them, and so has its sentence.
var reasonSet = newKeywordSet(func() []string {
	var ws []string
	for _, w := range reasonOpeners {
		ws = append(ws, w[1:])
	}
	return ws
}())

// sinceOfTime are the words after "since" that make it a time ("since
// graduation", "since the date of …"), not a reason.
var sinceOfTime = []string{"graduat", "your ", "their ", "medical school", "completion", "the date", "the time", "then",
	"last", "leaving", "finishing", "completing", "that time", "january", "july", "june", "the end", "the start", "the beginning"}

// reasonSpan returns the bytes [from, to) of a reason in cl that its
// modality cues ("usually", "ideally") describe rather than the rule: one
// after the first words, to the clause's end, or one opening the clause,
// to its first comma. from == to when there is none.
func reasonSpan(low string, cl *clause) (int, int) {
	text := " " + low[cl.start:cl.end]
	best := -1
	for _, w := range reasonOpeners {
		k := strings.Index(text, w)
		if k < 0 {
			continue
		}
		if w == " since " {
			rest := text[k+len(w):]
			if rest == "" || isDigit(rest[0]) || slices.ContainsFunc(sinceOfTime, func(p string) bool { return strings.HasPrefix(rest, p) }) {
				continue
			}
		}
		if best < 0 || k < best {
			best = k
		}
	}
	switch {
	case best < 0:
		return cl.end, cl.end
	case best == 0:
		if c := strings.IndexByte(text, ','); c > 0 {
			return cl.start, cl.start + c - 1
		}
		return cl.end, cl.end
	case fieldCount(text[:best]) >= 3:
		return cl.start + best - 1, cl.end
	}
	return cl.end, cl.end
}

// deniedExclusion reports a word of turning away that a negation denies
// ("are not excluded", "not automatically disqualified", "is not
// ineligible"): nobody is turned away. Exclusions written with their own
// negation ("will not be considered") are not denied by it.
func deniedExclusion(low string, toks []lexMatch, i int) bool {
	if negatingWord(toks[i].e.text) || strings.Contains(toks[i].e.text, "unable") {
		return false
	}
	at := toks[i].start
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if t.end > at {
			continue // another reading of the same words
		}
		switch t.e.kind {
		case kNeg:
			return !answerWord(low, t) && wordsBetween(low, int(t.end), int(at)) <= 3
		case kBreak, kCond, kExcl:
			return false
		}
	}
	return false
}

// onlyShould reports a clause whose every word of requirement is "should".
func onlyShould(cl *clause) bool {
	should := false
	for _, t := range cl.toks {
		if t.e.kind == kHard {
			if t.e.text != "should" {
				return false
			}
			should = true
		}
	}
	return should
}

// modalVerbIn reports a verb of requirement in the clause: must, require,
// need, have to.
func modalVerbIn(cl *clause) bool {
	for _, t := range cl.toks {
		if t.e.kind == kHard && t.e.arg == 1 {
			return true
		}
	}
	return false
}

// aboutOtherProgram reports a statement about another program than the
// residency (an observership or externship program): the question asks
// about it alone, or the sentence opens with it as its subject ("Our
// observership program accepts …"). Whom it admits is no rule of the
// residency's.
func aboutOtherProgram(r *reading) bool {
	other := func(toks []lexMatch, low string, opening bool) bool {
		for _, t := range toks {
			if t.e.kind != kTopic || topic(t.e.arg) == tUSA {
				continue
			}
			isProg := topic(t.e.arg) == tObservership && strings.Contains(t.e.text, "program")
			return isProg && (!opening || wordsBetween(low, 0, int(t.start)) <= 1)
		}
		return false
	}
	if r.q != nil && !r.q.weak && r.q.all.without(topics(tObservership, tUSA)) == 0 && other(r.q.toks, r.q.low, false) {
		return true
	}
	return other(r.toks, r.low, true)
}

// narrative reports a clause that tells what the program did rather than
// what it asks: the program ("we", "our program") is the subject of a verb
// in the past tense ("we graduated 40 residents", "our program has trained
// …"), and no modal word stands in the clause. A visa verb is left alone
// ("we have sponsored H-1B visas" says the visa is sponsored).
func narrative(low string, cl *clause) bool {
	text := low[cl.start:cl.end]
	if !strings.Contains(text, "ed") || !strings.Contains(text, "we ") && !strings.Contains(text, "our ") && !strings.Contains(text, "the ") {
		return false // no past tense, or no subject it could have
	}
	f := strings.Fields(punctSpacer.Replace(text))
	for i := 0; i < len(f); i++ {
		j := i + 1
		switch {
		case f[i] == "we":
		case (f[i] == "our" || f[i] == "the") && i+1 < len(f) && programNouns[f[i+1]]:
			j = i + 2
		default:
			continue
		}
		for j < len(f) && narrativeFiller[f[j]] {
			j++
		}
		if j < len(f) && len(f[j]) > 4 && strings.HasSuffix(f[j], "ed") && !nonNarrative(f[j]) {
			return true
		}
	}
	return false
}

// story reports a clause that tells a person's past ("It required
// passing Step 1", "she had to complete six months of rotations", "it took
// him two attempts", "getting a position required him to …"): a personal
// pronoun as the subject of a verb in the past tense, or a verb in the past
// tense with a personal pronoun as its object. What someone had to do is
// no rule of the program's ("You have to pass …", "It requires …" are).
func story(low string, cl *clause) bool {
	text := low[cl.start:cl.end]
	if !pronounWord(text) {
		return false // (what follows reads a personal pronoun, a word of its own, in every way it says yes)
	}
	if !strings.Contains(text, "i ") && !strings.Contains(text, "he ") && !strings.Contains(text, "they ") &&
		!strings.Contains(text, "it ") && !strings.Contains(text, " him") && !strings.Contains(text, " her") &&
		!strings.Contains(text, " me") && !strings.Contains(text, " them") {
		return false
	}
	f := strings.Fields(punctSpacer.Replace(text))
	for i, w := range f {
		past := len(w) > 4 && strings.HasSuffix(w, "ed") || pastForms[w]
		if past && i+1 < len(f) && objectPronouns[f[i+1]] && i > 0 {
			return true // "… required him to pass", "it took her two attempts"
		}
		if !subjectPronouns[w] || i > 0 && (numberedPart[f[i-1]] || conditionWords[f[i-1]]) {
			continue // "Step I passed" names an exam; "if they graduated within 3 years" is a rule's condition
		}
		j := i + 1
		for j < len(f) && storyFiller[f[j]] {
			j++
		}
		if j >= len(f) {
			continue
		}
		v := f[j]
		if w == "it" && (v == "was" || v == "were") {
			continue // "it was required that …": a rule in the passive
		}
		if len(v) > 4 && strings.HasSuffix(v, "ed") || pastForms[v] {
			return true
		}
	}
	return false
}

// pronounWord reports a personal pronoun of story's as a word of text:
// a run of ASCII letters and digits with none before or after it. A word
// of strings.Fields(punctSpacer.Replace(text)) is such a run wherever it
// is made of ASCII letters only, so text without one gives story nothing
// to read; it is found in one pass, without building the words.
func pronounWord(text string) bool {
	// (every short word of a sentence is asked: a switch, where two map
	// lookups hashed each)
	for i := 0; i < len(text); {
		if !isASCIIAlnum(text[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isASCIIAlnum(text[j]) {
			j++
		}
		if j-i <= 4 && personalPronoun(text[i:j]) {
			return true
		}
		i = j
	}
	return false
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

var (
	subjectPronouns = map[string]bool{"i": true, "he": true, "she": true, "they": true, "it": true}
	objectPronouns  = map[string]bool{"him": true, "her": true, "me": true, "them": true}
	conditionWords  = map[string]bool{"if": true, "unless": true, "whether": true, "when": true, "once": true, "provided": true, "providing": true, "that": true}
	numberedPart    = map[string]bool{"step": true, "level": true, "part": true, "phase": true, "class": true, "type": true, "grade": true}
	storyFiller     = map[string]bool{"also": true, "first": true, "then": true, "still": true, "finally": true, "eventually": true,
		"later": true, "soon": true, "successfully": true, "even": true, "only": true}
	pastForms = map[string]bool{"had": true, "did": true, "took": true, "was": true, "were": true, "got": true, "went": true,
		"spent": true, "began": true, "came": true, "chose": true, "became": true, "made": true, "left": true, "knew": true}
)

// personalPronoun is subjectPronouns[w] || objectPronouns[w] (a test
// holds the two to the same words).
func personalPronoun(w string) bool {
	switch w {
	case "i", "he", "she", "they", "it", "him", "her", "me", "them":
		return true
	}
	return false
}

// applicableCues make an item conditional on what an applicant happens to
// have ("U.S. clinical experience, if applicable", "…, if any").
var applicableCues = []string{"if applicable", "where applicable", "when applicable", "as applicable", "if any", "if available"}

// ifApplicable reports a clause about clinical experience asked for only
// "if applicable" ("if any", "if available"): an applicant who has some
// sends it, one who has none is not turned away, so it states no rule. On
// an exam, a visa or an ECFMG certificate the same words name the one that
// applies to the applicant ("USMLE or COMLEX, as applicable", "J-1 visa
// (if applicable)"), and the item keeps its reading.
func ifApplicable(low string, cl *clause) bool {
	text := low[cl.start:cl.end]
	if !strings.Contains(text, "if a") && !strings.Contains(text, "applicable") {
		return false
	}
	if !cl.topics.any(topics(tExperience, tUSCE)) || cl.topics.any(topics(tJ1, tH1B, tVisa, tStep1, tStep2CK, tUSMLE, tCOMLEX, tLevel1, tLevel2, tECFMG, tCertified)) {
		return false
	}
	for _, c := range applicableCues {
		if strings.Contains(text, c) {
			return true
		}
	}
	return false
}

// nonNarrative reports past participles that state a rule or a visa policy
// rather than a past event ("required", "preferred", "accepted").
func nonNarrative(w string) bool {
	for _, e := range lex.scan(w, nil) {
		switch e.e.kind {
		case kHard, kSoft, kVerb, kExclusion, kStats:
			return true
		}
	}
	return false
}

var (
	punctSpacer     = strings.NewReplacer(",", " ", ".", " ", "(", " ", ")", " ")
	programNouns    = map[string]bool{"program": true, "programs": true, "residency": true, "department": true, "hospital": true}
	narrativeFiller = map[string]bool{"have": true, "has": true, "had": true, "also": true, "successfully": true, "proudly": true, "recently": true, "already": true}
)

// answerWord reports a "No" that opens an answer ("No. …", "No, you
// must …"): it answers a question, and governs nothing after it.
func answerWord(low string, t lexMatch) bool {
	if t.start != 0 || t.e.kind != kNeg || !(t.e.text == "no" || t.e.text == "none" || t.e.text == "nope") {
		return false
	}
	return int(t.end) == len(low) || strings.IndexByte(",.;:!-", low[t.end]) >= 0
}

// negatedBefore reports whether a negation governs toks[i]: it stands at
// most maxWords words before it, with no break between.
func negatedBefore(low string, toks []lexMatch, i, maxWords int) bool {
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		switch t.e.kind {
		case kNeg:
			if answerWord(low, t) {
				return false
			}
			if relativeNegation(low, t) && topicBetween(toks, k, i) {
				return false // "those who are not citizens will need …": the negation stays in its relative clause
			}
			return wordsBetween(low, int(t.end), int(toks[i].start)) <= maxWords
		case kBreak, kCond, kExcl:
			return false
		}
	}
	return false
}

// relativeNegation reports a negation inside a relative clause: "who",
// "that" or "which" stands at most two words before it ("applicants who
// are not citizens").
func relativeNegation(low string, t lexMatch) bool {
	f := strings.Fields(low[max(0, int(t.start)-30):t.start])
	for j := len(f) - 1; j >= 0 && j >= len(f)-3; j-- {
		switch strings.Trim(f[j], ",;:") {
		case "who", "that", "which", "whose":
			return true
		}
	}
	return false
}

// topicBetween reports a topic word among toks(a, b).
func topicBetween(toks []lexMatch, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if toks[j].e.kind == kTopic && toks[j].start > toks[a].start {
			return true
		}
	}
	return false
}

// wordsBetween counts the words of low[a:b].
func wordsBetween(low string, a, b int) int {
	if a >= b {
		return 0
	}
	return fieldCount(low[a:b])
}

// negated reports whether a negation governs the topic word toks[i] of a
// clause: a negation before it, reaching it past no new verb, relative,
// condition or other kind of visa ("we do not sponsor J-1 or H-1B visas",
// "neither H-1B nor J-1"); or one just after it that denies what is said of
// it ("H-1B visas are not sponsored", "J-1: No"), whatever stopped the look
// back ("note that H-1B visas are not sponsored"). A negation inside an "if"
// clause asserts nothing.
func negated(low string, cl *clause, i int) bool {
	toks := cl.toks
	at := int(toks[i].start)
back:
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		switch t.e.kind {
		case kNeg, kExclusion:
			if t.e.kind == kExclusion && !verbsTheObject(low, toks, k, i) {
				continue // "we will not consider applicants who …": people turned away, read by the exclusion rows
			}
			if wordsBetween(low, int(t.end), at) > 12 || answerWord(low, t) || newSubject(low[t.end:at]) || newPredicate(low[t.end:at]) || hedged(low, t) ||
				contrastOnly(low, t, toks, i) || relativeNegation(low, t) && modalBetween(toks, k, i) {
				break back // "residents who do not hold a J-1 must obtain an H-1B": the relative's negation ends at the main verb
			}
			rest := low[toks[i].end:]
			if strings.Contains(rest, " unless ") || strings.Contains(rest, " except ") || strings.Contains(low[toks[i].end:cl.end], " without ") {
				break back // "we do not sponsor H-1B unless …": a condition, read as such
			}
			for j := k - 1; j >= 0; j-- {
				if toks[j].e.kind == kCond && (toks[j].e.text == "if" || toks[j].e.text == "when" || toks[j].e.text == "unless") && !cl.turnedAway {
					break back // "if the program does not allow H-1B visas …"
				}
			}
			return true
		case kBreak:
			if governedVerb(low, toks, k, i) {
				continue // "will not provide sponsorship": the negation's own verb, the visa its object
			}
			break back
		case kOther, kExcl:
			break back // "no H-1B, only J-1": the negation stops at the exclusive word
		case kTopic:
			if topic(t.e.arg) == tStatus && family(topic(toks[i].e.arg)) == 1 && topic(toks[i].e.arg) != tStatus && !nonPrefixed(low, int(t.start)) {
				// "applicants who are not US citizens … a J-1 visa": the negation is
				// the citizenship's; "non-citizens" are the people a negated verb
				// would sponsor ("cannot sponsor non-permanent residents for visas")
				break back
			}
		case kCond:
			if (t.e.text == "if" || t.e.text == "when") && !cl.turnedAway {
				break back
			}
		}
	}
	// after it: "are not sponsored", ": no", "not allowed"
	end := int(toks[i].end)
	for k := i + 1; k < len(toks); k++ {
		t := toks[k]
		if int(t.start) < end {
			continue // another reading of the same word
		}
		if int(t.start)-end > 40 {
			return false
		}
		switch t.e.kind {
		case kNeg:
			if newSubject(low[end:t.start]) || hedged(low, t) {
				return false // "we sponsor J-1 visas, we do not sponsor …": the next clause's
			}
			if family(topic(toks[i].e.arg)) == 4 && excludedKind(" "+low[end:t.end]+" ") {
				return false // "experience that does not include observerships": the relative's, what it may not be
			}
			rest := low[t.end:min(len(low), cl.end)]
			if strings.TrimSpace(strings.Trim(rest, ".,;:)!")) == "" {
				return true // "J-1: No." "H-1B visa: none"
			}
			for j := k + 1; j < len(toks) && int(toks[j].start) < int(t.end)+30; j++ {
				switch toks[j].e.kind {
				case kVerb, kObsVerb, kExclusion:
					return true
				}
			}
			return false
		case kExclusion:
			// "H-1B visas are not accepted", "… will not be considered": a
			// visa turned away is denied
			if topics(tJ1, tH1B).has(topic(toks[i].e.arg)) && negatingWord(t.e.text) && !newSubject(low[end:t.start]) {
				return true
			}
		case kTopic:
			if sameFamily(topic(toks[i].e.arg), topic(t.e.arg)) {
				continue // "H-1B and J-1 visas are not sponsored"
			}
			if topic(toks[i].e.arg) == tObservership && topic(t.e.arg) == tExperience && wordsBetween(low, end, int(t.start)) == 0 {
				// "observership experience is not accepted": the experience
				// word is the compound's head, the observership its kind;
				// what is denied of the one is denied of the other
				end = int(t.end)
				continue
			}
			return false
		case kVerb:
			if alsoTopic(toks, k) {
				continue // "visa sponsorship" names a visa before it verbs one
			}
			// an affirmative verb first: "J-1 visas are accepted, H-1B not"
			if !strings.Contains(low[end:t.start], "not") {
				return false
			}
		}
	}
	return false
}

// admittingVerbs are the last words of a turning-away phrase that is a
// negated verb of admitting in the active voice ("will not consider",
// "does not consider", "cannot interview"): its object may be a thing as
// well as people.
var admittingVerbs = wordSet("consider", "considers", "entertain", "entertains", "accept", "accepts", "review", "reviews", "issue", "issues")

// verbsTheObject reports a turning-away phrase toks[k] that is a negated
// verb of admitting whose object is the topic word toks[i]: nothing but
// words of sponsoring, an article or "any", or "requests for", stand
// between them ("we will not consider H-1B visa sponsorship", "does not
// consider sponsoring J-1 visas", "will not consider requests for H-1B
// sponsorship"). Its negation then governs the topic as "we do not
// sponsor" does. Only a visa is such an object here: "we do not consider
// graduation year" states no rule on graduation. With people as its object ("will not consider
// applicants who need …") the phrase turns them away instead.
func verbsTheObject(low string, toks []lexMatch, k, i int) bool {
	t := toks[k]
	f := strings.Fields(t.e.text)
	if !topics(tJ1, tH1B, tVisa).has(topic(toks[i].e.arg)) || !negatingWord(t.e.text) || len(f) == 0 || !admittingVerbs[f[len(f)-1]] || int(t.end) > int(toks[i].start) {
		return false
	}
	// the words between, less those of other visas coordinated with it
	// ("will not consider J-1 or H-1B visa sponsorship")
	between := []byte(low[t.end:toks[i].start])
	for _, u := range toks[k+1 : i] {
		if u.e.kind == kTopic && topics(tJ1, tH1B, tVisa).has(topic(u.e.arg)) && int(u.start) >= int(t.end) && int(u.end) <= int(toks[i].start) {
			for b := int(u.start); b < int(u.end); b++ {
				between[b-int(t.end)] = ' '
			}
		}
	}
	for _, w := range strings.Fields(parenDashCommaSpacer.Replace(string(between))) {
		switch {
		case w == "the" || w == "a" || w == "an" || w == "any" || w == "of" || w == "for" || w == "or" || w == "and" ||
			w == "request" || w == "requests":
		case strings.HasPrefix(w, "sponsor"), w == "visa", w == "visas":
		default:
			return false
		}
	}
	return true
}

// modalBetween reports a modal verb of requirement among toks(a, b).
func modalBetween(toks []lexMatch, a, b int) bool {
	for j := a + 1; j < b; j++ {
		if toks[j].e.kind == kHard && toks[j].e.arg == 1 {
			return true
		}
	}
	return false
}

// contrastOnly reports a topic word after a comma that an "only" follows
// ("we do not sponsor the H-1B, J-1 only", "no H-1B, J-1 visas only"):
// the named thing is what is admitted, against what the negation refused.
func contrastOnly(low string, neg lexMatch, toks []lexMatch, i int) bool {
	if !strings.Contains(low[neg.end:toks[i].start], ",") {
		return false
	}
	for _, t := range toks[i+1:] {
		if t.start < toks[i].end {
			continue // another reading of the same word
		}
		return t.e.kind == kExcl && strings.HasPrefix(t.e.text, "only") && wordsBetween(low, int(toks[i].end), int(t.start)) <= 1
	}
	return false
}

// hedged reports a negation softened by the adverb after it ("not
// generally available", "do not usually sponsor"): a rarity, which
// admits the exception, not a denial.
func hedged(low string, t lexMatch) bool {
	f := strings.Fields(low[t.end:min(len(low), int(t.end)+16)])
	if len(f) == 0 {
		return false
	}
	switch strings.Trim(f[0], ",.;:") {
	case "generally", "usually", "typically", "normally", "routinely", "ordinarily", "often", "always":
		return true
	}
	return false
}

// negatingWord reports a phrase that holds a negation ("are not
// accepted", "cannot be considered"), not one that only excludes
// ("ineligible", "excluded").
func negatingWord(s string) bool {
	return strings.Contains(s, "not") || strings.Contains(s, "n't")
}

// governedVerb reports a verb toks[k] that a negation stands just before
// ("not provide", "do not require") and whose object is toks[i], at most
// two words after it. A guarantee is no such verb: what a program "cannot
// guarantee" it may still give (a hedge), so the negation stays the
// guarantee's.
func governedVerb(low string, toks []lexMatch, k, i int) bool {
	if k == 0 || wordsBetween(low, int(toks[k].end), int(toks[i].start)) > 2 || strings.HasPrefix(toks[k].e.text, "guarantee") {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		t := toks[j]
		if t.start == toks[k].start {
			continue
		}
		return t.e.kind == kNeg && negationReaches(low[t.end:toks[k].start]) && !relativeNegation(low, t)
	}
	return false
}

// negationReaches reports the words between a negation and the verb it
// governs: none ("cannot provide"), or the infinitive's "to" ("unable to
// provide", "not able to provide").
func negationReaches(gap string) bool {
	gap = strings.TrimSpace(gap)
	return gap == "" || gap == "to" || gap == "able to"
}

// newSubject reports a comma followed by a subject pronoun in s: a new
// clause begins there, and a negation does not reach across it.
//
// A comma followed by a short noun phrase and a modal verb ("…, the
// applicant would have to get a J-1", "…, such candidates must hold …")
// opens one too.
func newSubject(s string) bool {
	for _, p := range []string{", we ", ", you ", ", they ", ", it ", ", he ", ", she "} {
		if strings.Contains(s, p) {
			return true
		}
	}
	for i := strings.Index(s, ", "); i >= 0; {
		f := strings.Fields(s[i+2:])
		for j := 1; j < len(f) && j <= 3; j++ {
			switch f[j] {
			case "must", "would", "will", "should", "shall", "can", "may", "need", "needs", "has", "have":
				return true
			}
		}
		k := strings.Index(s[i+2:], ", ")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return false
}

// newPredicate reports a coordinator in s followed by a verb of its own
// ("no attempt limits and will consider graduates …"): a negation before
// it does not reach the words after it.
func newPredicate(s string) bool {
	for _, c := range []string{" and ", " but "} {
		if i := strings.Index(s, c); i >= 0 {
			if f := strings.Fields(s[i+len(c):]); len(f) > 0 && verbBefore(f[0]) {
				return true
			}
		}
	}
	return false
}

// alsoTopic reports a word that is a topic as well as what toks[k] says.
func alsoTopic(toks []lexMatch, k int) bool {
	for _, j := range [2]int{k - 1, k + 1} {
		if j >= 0 && j < len(toks) && toks[j].start == toks[k].start && toks[j].end == toks[k].end && toks[j].e.kind == kTopic {
			return true
		}
	}
	return false
}

// families group topics whose words can share one verb.
func sameFamily(a, b topic) bool {
	return family(a) == family(b)
}

func family(t topic) int {
	switch t {
	case tJ1, tH1B, tVisa, tStatus:
		return 1
	case tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2, tUSMLE, tCOMLEX, tAllSteps, tScore:
		return 2
	case tAttempt, tFailure, tRepeat:
		return 3
	case tExperience, tUSA, tUSCE:
		return 4
	}
	return 10 + int(t)
}

// readQuestion reads the question or label of a statement.
func readQuestion(st *stmt, q *qreading, buf *readBuf) *qreading {
	*q = qreading{low: st.qLow, weak: st.qWeak, question: strings.Contains(st.q, "?")}
	q.toks = lex.scan(st.qLow, buf.qtoks[:0])
	buf.qtoks = q.toks
	first := len(q.low)
	if i := strings.Index(q.low, "?"); i >= 0 && i < len(q.low)-1 {
		first = i + 1 // a compound question: its first part is the one a yes/no answers
	}
	hasNumber := looseNumber(q.low) || strings.Contains(q.low, " ago")
	group := false // a group named (see clauseModality)
	for i, t := range q.toks {
		q.kinds |= 1 << t.e.kind
		switch t.e.kind {
		case kTopic:
			if topic(t.e.arg) == tVisa && typedVisa(q.low, q.toks, i) {
				continue // "H-1B visa sponsorship": the named visa is what is asked
			}
			q.all = q.all.with(topic(t.e.arg))
			if int(t.start) < first {
				q.topics = q.topics.with(topic(t.e.arg))
			}
		case kHard:
			if negatedBefore(q.low, q.toks, i, 5) {
				q.mod |= mNotReq
			} else {
				q.mod |= mHard
			}
		case kSoft:
			q.mod |= mSoft
		case kStats:
			if t.e.arg == 1 {
				group = true // (a description unless the question asks what is required of them)
			} else {
				q.mod |= mStats
			}
		case kUnit:
			if q.unit == unitNone && t.e.arg != unitOld && t.e.arg != unitPercent && t.e.arg != unitPercentile {
				q.unit = t.e.arg
			}
		case kFirstPerson:
			if hasNumber {
				q.hypo = true
			}
		}
	}
	if group && q.mod&mHard == 0 {
		q.mod |= mStats // "What are your residents like?": its answer describes them
	}
	q.all, q.topics = withUSCE(q.all), withUSCE(q.topics)
	return q
}

// looseNumber reports a number standing as a word of its own ("10 years",
// "a 210"), not the digit of an exam's name ("step1") or an ordinal ("my
// 1st attempt"): what makes a question in the first person a hypothetical.
func looseNumber(low string) bool {
	for i := 0; i < len(low); i++ {
		if !isDigit(low[i]) || i > 0 && (isLexLetter(low[i-1]) || isDigit(low[i-1])) {
			continue
		}
		j := i
		for j < len(low) && isDigit(low[j]) {
			j++
		}
		if j == len(low) || !isLexLetter(low[j]) {
			return true
		}
		i = j
	}
	return false
}

// withUSCE adds US clinical experience to topics naming clinical experience
// and the United States (and no residency year).
func withUSCE(ts topicSet) topicSet {
	if ts.has(tExperience) && ts.has(tUSA) && !ts.has(tTraining) {
		return ts.with(tUSCE)
	}
	return ts
}

// answerLead reads the "Yes" or "No" an answer (or a label's value) opens
// with, when it answers the question: not when the question is a
// hypothetical ("I graduated ten years ago, can I apply?"), and not when
// the rest of the sentence makes a statement of its own ("No, you must have
// graduated within 3 years").
func answerLead(r *reading) int8 {
	low := r.low
	var lead int8
	var rest string
	switch {
	case hasWordPrefix(low, "yes"), hasWordPrefix(low, "yep"), hasWordPrefix(low, "absolutely"), hasWordPrefix(low, "certainly"),
		hasWordPrefix(low, "of course"):
		lead, rest = 1, low[strings.IndexAny(low+" ", " ,.;:!")+0:]
	case noLead(low):
		lead, rest = -1, low[strings.IndexAny(low+" ", " ,.;:!"):]
	case r.q.question && !r.q.hypo && ellipticAnswer(low) != 0:
		return ellipticAnswer(low) // "Unfortunately, we do not.": the question's verb understood
	case !r.q.question && valueYes(low):
		return 1
	case !r.q.question && valueNo(low):
		return -1
	default:
		return 0
	}
	if r.q.hypo {
		return 0
	}
	// the first clause is the lead's; a cue of its own in it speaks instead
	// ("No, you must have graduated within 3 years"), unless the lead is a
	// sentence of its own ("No. H-1B holders must convert to a J-1."): the
	// sentence after it says more, the answer stands
	if len(r.clauses) > 0 {
		cl := &r.clauses[0]
		if cl.mod&(mHard|mSoft|mNotReq|mExclusion|mStats) != 0 && !leadSentence(rest) {
			return 0
		}
		// "No. We require at least one month.": a "No." that corrects the
		// question's premise, the sentence after it the rule
		if lead < 0 && cl.mod&(mHard|mSoft) != 0 && ruleNumber(r) {
			return 0
		}
		// "No; our requirement is at least one month": a bare "No" that
		// corrects the question's premise, the clause after it the rule
		if lead < 0 && fieldCount(low[cl.start:cl.end]) <= 1 && len(r.clauses) > 1 && !r.clauses[1].paren &&
			r.clauses[1].mod&(mHard|mSoft) != 0 && len(r.qtys) > 0 {
			return 0
		}
	}
	return lead
}

// leadSentence reports the rest of an answer after its "Yes" or "No" when
// the lead ends a sentence ("No. …", "Yes! …"): the lead is a sentence of
// its own.
func leadSentence(rest string) bool {
	return len(rest) > 0 && (rest[0] == '.' || rest[0] == '!')
}

// ruleNumber reports a number of the sentence that a rule could state: a
// quantity with its unit, a bound or a score ("at least one month",
// "220"), not a day of a date nor the "1" of "j1".
func ruleNumber(r *reading) bool {
	for i := range r.qtys {
		if q := &r.qtys[i]; !q.id && !q.year && (q.unit != unitNone || q.rel != relNone || q.scoreLike()) {
			return true
		}
	}
	return false
}

// ellipticAnswer reads an answer that is only a subject and an auxiliary,
// the question's verb understood: "We do." (+1), "Unfortunately, we do
// not." (-1), "The program cannot at this time." (-1).
func ellipticAnswer(low string) int8 {
	t := strings.TrimSpace(low)
	if !mayElliptic(t) {
		return 0 // (the expression would read all of a long answer to say so)
	}
	m := ellipticRe.FindStringSubmatch(t)
	if m == nil {
		return 0
	}
	if m[2] != "" || strings.HasSuffix(m[1], "not") || strings.HasSuffix(m[1], "n't") {
		return -1
	}
	return 1
}

var ellipticRe = regexp.MustCompile(`^(?:(?:unfortunately|currently|at this time|at present|presently|sadly)[, ]+)*` +
	`(?:we|it|they|the program|our program|this program|the department|our department|the institution|our institution)\s+` +
	`(do|does|can|will|is|are|cannot|can't|don't|doesn't|won't|do not|does not|will not|is not|are not)(\s+not)?` +
	`(?:\s+(?:currently|at this time|at present|presently))?\s*[.!]?$`)

// ellipticOpeners are the words every match of ellipticRe opens with (a
// regret or time, or the subject), ellipticClosers those it ends with
// before its stop (the auxiliary, "not", or the time).
var (
	ellipticOpeners = []string{"unfortunately", "currently", "at this time", "at present", "presently", "sadly", "we", "it",
		"they", "the program", "our program", "this program", "the department", "our department", "the institution",
		"our institution"}
	ellipticClosers = []string{"do", "does", "can", "will", "is", "are", "cannot", "can't", "don't", "doesn't", "won't",
		"not", "currently", "at this time", "at present", "presently"}
)

// mayElliptic reports whether t (trimmed) opens with an ellipticOpener and
// ends, past a stop and spaces, with an ellipticCloser: what every match of
// ellipticRe does, found without running it.
func mayElliptic(t string) bool {
	opens := false
	for _, w := range ellipticOpeners {
		if strings.HasPrefix(t, w) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "."), "!") // (one of them at most: [.!]?)
	t = strings.TrimRight(t, " \t\n\f\r")                   // (\s*)
	for _, w := range ellipticClosers {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// noLead reports an answer opening with "No": "No.", "No, …", "No - …",
// "None", "No we …", "Nope".
func noLead(low string) bool {
	if hasWordPrefix(low, "none") || hasWordPrefix(low, "nope") {
		return true
	}
	// "Unfortunately not.", "Sadly, no.": a regret before a bare "no"
	for _, h := range []string{"unfortunately", "sadly", "regrettably"} {
		if hasWordPrefix(low, h) {
			rest := strings.TrimLeft(low[len(h):], " ,")
			if hasWordPrefix(rest, "not") {
				rest = strings.TrimSpace(rest[3:])
				return rest == "" || strings.IndexByte(",.;!", rest[0]) >= 0 || strings.HasPrefix(rest, "at this time") || strings.HasPrefix(rest, "at present")
			}
			return hasWordPrefix(rest, "no") && noLead(rest)
		}
	}
	// "There is none.", "There isn't.": the thing asked about denied whole
	for _, p := range thereIsNone {
		if len(low) < 11 || low[0] != 't' {
			break // (every answer is asked; few open with "there")
		}
		if hasWordPrefix(low, p) {
			rest := strings.TrimSpace(low[len(p):])
			return rest == "" || strings.IndexByte(",.;!", rest[0]) >= 0
		}
	}
	if !hasWordPrefix(low, "no") {
		return false
	}
	rest := low[2:]
	if rest == "" || strings.IndexByte(",.;!:)", rest[0]) >= 0 {
		return true
	}
	for _, w := range []string{" -", " we ", " it ", " the ", " they ", " our ", " unfortunately", " not ", " but ", " you "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// thereIsNone are the answers that deny the thing asked about whole.
var thereIsNone = []string{"there is none", "there are none", "there is not", "there isn't", "there are not", "there aren't"}

// valueYes and valueNo read a label's bare value.
func valueYes(low string) bool {
	for _, w := range []string{"yes", "sponsored", "accepted", "available", "offered", "supported", "we do", "we sponsor",
		"we accept", "sponsor", "considered", "allowed", "through ecfmg", "via ecfmg", "through the ecfmg", "limited",
		"case by case", "case-by-case", "rarely", "in rare", "only for", "only if", "only with"} {
		if hasWordPrefix(low, w) {
			return true
		}
	}
	return false
}

func valueNo(low string) bool {
	if noLead(low) {
		return true
	}
	for _, w := range []string{"not", "we do not", "we don't", "unfortunately", "unable", "never", "n/a"} {
		if hasWordPrefix(low, w) {
			return true
		}
	}
	return false
}

// hasWordPrefix reports whether s starts with the word w.
func hasWordPrefix(s, w string) bool {
	return strings.HasPrefix(s, w) && (len(s) == len(w) || !isLexWord(s[len(w)]))
}

// quantityTakers are the topics a number may belong to.
var quantityTakers = topics(tGrad, tExperience, tUSCE, tUSA, tObservership, tScore, tStep1, tStep2CK, tStep2CS, tStep3,
	tLevel1, tLevel2, tUSMLE, tCOMLEX, tAllSteps, tAttempt, tFailure, tLetters, tTestAge, tTraining, tResidents,
	tClinicalGap, tJ1, tH1B, tVisa, tECFMG, tCertified, tResearch)

// stayTopics are the topics of time spent somewhere: experience, rotations,
// observerships, training, research, time away from practice.
var stayTopics = topics(tExperience, tUSCE, tObservership, tTraining, tResearch, tClinicalGap, tStudy)

// bindQuantities binds each number to the nearest quantity-taking topic
// word of its clause: "graduated within 5 years and have 3 months of US
// clinical experience" gives 5 years to graduation and 3 months to the
// experience. A number of attempts or failures belongs to the attempts.
func bindQuantities(r *reading) {
	for qi := range r.qtys {
		q := &r.qtys[qi]
		if q.id {
			continue
		}
		if at := failedBefore(r, q); q.unit == unitTimes && at >= 0 {
			// "failed Step 1 more than once", "failed twice": a count of failures
			q.unit, q.bound, q.boundAt = unitFailure, tFailure, at
			continue
		}
		if q.unit == unitTimes && !countsTries(r, q) {
			continue // "repeated a clerkship more than once": times of something else
		}
		switch q.unit {
		case unitAttempt, unitTimes:
			q.bound, q.boundAt = tAttempt, q.unitAt
			r.topics = r.topics.with(tAttempt) // "taken more than three times" speaks of attempts
			continue
		case unitFailure:
			q.bound, q.boundAt = tFailure, q.unitAt
			continue
		}
		cl := r.clauseAt(q.start)
		if cl == nil {
			continue
		}
		// "a year or more of clinical experience": what follows "of" is
		// what the number measures
		of := q.unit != unitNone && measured(r.low[q.spanEnd:], q.unit) && !anchorNext(r.low, cl, q.spanEnd)
		// a country named where a school is ("graduation from a school
		// outside the United States within 5 years") is no length of time
		// spent there: with graduation and no experience in the clause, the
		// place takes no number
		placeOnly := cl.topics.has(tGrad) && !cl.topics.any(stayTopics)
		best, bestD := -1, 1<<30
		for k, t := range cl.toks {
			if t.e.kind != kTopic || !quantityTakers.has(topic(t.e.arg)) || placeOnly && topic(t.e.arg) == tUSA {
				continue
			}
			if of && int(t.start) >= q.spanEnd && int(t.start)-q.spanEnd <= 60 {
				best, bestD = k, -1
				break
			}
			d := 0
			switch {
			case int(t.end) <= q.spanStart:
				d = q.spanStart - int(t.end)
			case int(t.start) >= q.spanEnd:
				d = int(t.start) - q.spanEnd + 1 // a tie goes to the word before
				if g := r.low[q.spanEnd:t.start]; strings.Contains(g, ", and ") || kindBetween(cl.toks, kAnchor, q.spanEnd, int(t.start)) {
					d += 1000 // "within 5 years of application, and an ECFMG certificate": counted to a moment, or a new item
				}
				if q.rel == relWindow {
					d = 2*d + 20 // "graduated … in the past 2 years and …": a window looks back to what it dates
				}
			default:
				d = 0
			}
			if d < bestD {
				best, bestD = k, d
			}
		}
		if best >= 0 {
			q.bound, q.boundAt = topic(cl.toks[best].e.arg), int(cl.toks[best].start)
		}
	}
}

// kindBetween reports a word of kind k wholly within bytes [a, b).
func kindBetween(toks []lexMatch, k kind, a, b int) bool {
	for _, t := range toks {
		if t.e.kind == k && int(t.start) >= a && int(t.end) <= b {
			return true
		}
	}
	return false
}

// anchorNext reports a moment right after a length ("5 years of
// application", "3 years of the start of training"): the length is
// counted to it and measures nothing named after it.
func anchorNext(low string, cl *clause, at int) bool {
	for _, t := range cl.toks {
		if int(t.end) <= at {
			continue
		}
		if t.e.kind != kAnchor {
			return false
		}
		for _, w := range strings.Fields(low[at:t.start]) {
			if w != "of" && w != "the" && w != "your" && w != "their" {
				return false
			}
		}
		return true
	}
	return false
}

// countsTries reports a number of times that counts tries at an exam:
// its clause, or the question, names an exam, attempts or failures ("taken
// Step 1 more than twice", "How many attempts are allowed?" "No more than
// 3 times."). Times of anything else ("changed programs more than once",
// "repeated a clerkship more than once") are none.
func countsTries(r *reading, q *quantity) bool {
	tries := examTokenTopics | topics(tAttempt, tFailure)
	if cl := r.clauseAt(q.start); cl != nil && cl.topics.any(tries) {
		return true
	}
	return r.q != nil && r.q.all.any(tries)
}

// failedBefore finds a verb of failure that a count of times belongs to:
// a failure word before the number in its clause, within six words besides
// the exams it names ("failed either Step 1 or Step 2 of the USMLE more
// than once"), with no word of attempts or passing between ("failed the
// same step more than once", not "failed once, passed within 3 attempts").
func failedBefore(r *reading, q *quantity) int {
	cl := r.clauseAt(q.start)
	if cl == nil || q.unit != unitTimes {
		return -1
	}
	failed := -1
	for _, t := range cl.toks {
		if int(t.end) > q.start {
			break
		}
		switch {
		case t.e.kind == kTopic && (topic(t.e.arg) == tFailure || topic(t.e.arg) == tRepeat && examRepeated(cl)):
			if int(t.end) <= q.spanStart && fieldCount(examsOut(r.low, cl.toks, int(t.end), q.spanStart)) <= 6 {
				failed = int(t.start)
			}
		case t.e.kind == kPass, t.e.kind == kTopic && topic(t.e.arg) == tAttempt, t.e.kind == kUnit && t.e.arg == unitAttempt:
			failed = -1
		}
	}
	return failed
}

// measured reports a preposition after a number and its unit that names
// what the number measures: "3 months of clinical experience", "5 years
// after graduation", "4 years since the end of medical school".
func measured(after string, unit uint8) bool {
	if strings.HasPrefix(after, " of ") {
		return true
	}
	if unit != unitYear && unit != unitMonth && unit != unitWeek {
		return false
	}
	for _, p := range []string{" after ", " since ", " from ", " following ", " out of ", " past "} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// hasQuantityIn reports a number (not an id) in the clause.
func (r *reading) hasQuantityIn(cl *clause) bool {
	for i := range r.qtys {
		if q := &r.qtys[i]; !q.id && r.clauseAt(q.start) == cl {
			return true
		}
	}
	return false
}

// around returns the clause a parenthesis stands in (the parenthesis
// itself when none holds it).
func (r *reading) around(p *clause) *clause {
	for k := range r.clauses {
		if cl := &r.clauses[k]; !cl.paren && p.start >= cl.start && p.start < cl.end {
			return cl
		}
	}
	return p
}

// clauseAt returns the clause holding byte i (a parenthesis before the
// clause around it).
func (r *reading) clauseAt(i int) *clause {
	var found *clause
	for k := range r.clauses {
		if cl := &r.clauses[k]; i >= cl.start && i < cl.end {
			if cl.paren {
				return cl
			}
			if found == nil {
				found = cl
			}
		}
	}
	return found
}

// inlineLeadIn lends the modality of a lead-in inside a sentence to the
// items after its colon that semicolons set apart ("The following are
// preferred for IMGs: graduation within five years; hands-on clinical
// experience in the US; …"), as a list's lead-in lends it to its items
// (setLeadIns): an item with no cue of its own takes what the words
// before the colon say, read as a clause of their own (the first item's
// cues are its own).
func inlineLeadIn(r *reading, reasons bool) {
	if len(r.clauses) < 2 {
		return
	}
	first := &r.clauses[0]
	c := strings.IndexByte(r.low[first.start:first.end], ':')
	if c <= 0 || first.hypo || first.paren {
		return
	}
	c += first.start
	lead := clause{start: first.start, end: c, hypo: first.hypo}
	for _, t := range first.toks {
		if int(t.end) <= c {
			lead.toks = append(lead.toks, t)
		}
	}
	m := clauseModality(r.low, &lead, reasons)
	if m == 0 {
		return
	}
	for i := 1; i < len(r.clauses); i++ {
		cl := &r.clauses[i]
		if cl.paren {
			continue
		}
		if !strings.HasPrefix(strings.TrimLeft(r.low[cl.start:cl.end], " "), ";") {
			return // a clause the sentence goes on with, no item
		}
		if cl.mod == 0 && !cl.hypo {
			cl.mod = m
		}
	}
}
