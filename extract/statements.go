package extract

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stmt is one sentence to reason about, with the question or label it answers.
type stmt struct {
	q     string // question or label the sentence answers, as written ("" if none)
	qLow  string // q normalised
	qWeak bool   // q is a heading above the text, not a question or label
	text  string // the sentence as written
	low   string // the sentence normalised (see norm)
	first bool   // first sentence of an answer: a leading "Yes"/"No" answers q
	blk   *block
	// leadMod is the modality of the list lead-in above the sentence
	// ("Applicants must meet the following criteria:", "Minimum
	// Requirements"), lent to the items under it; leadVisa says the lead-in
	// is about a visa ("… may apply for an H-1B visa if they meet the
	// below requirements:"), whose conditions its items are.
	leadMod  modFlags
	leadVisa bool
	leadPass bool // the lead-in asks for passes ("Score reports (passing, first attempt):")
	// leadOther: the lead-in or heading is about another thing than applying
	// to the residency ("Observership policy:", "To obtain ECFMG
	// sponsorship, a foreign national must:"): its items are that thing's
	// requirements
	leadOther bool
	// leadDeny: the lead-in denies what its items name ("We are unable to
	// sponsor:", "The following are not accepted:").
	leadDeny bool
	// listAnyVisa: an item of the same list admits a visa of any kind
	// ("one of the following: permanent residency; an appropriate visa").
	listAnyVisa bool
	// visaCtx: a short sentence with no topic of its own after one about
	// visas ("… must hold a J-1 visa. We do not sponsor."): it continues it.
	visaCtx bool
	// described: a label's line or row under a heading, caption or lead-in
	// that describes residents or applicants ("Profile of our current
	// residents", "Average scores of matched applicants", "Our interns
	// averaged:"): its value is their figure, not the program's rule (see
	// labelScope)
	described bool
}

// evidence is the text that states the fact: the block (with its question or
// label in front) when it is short, else the sentence.
func (s *stmt) evidence() string {
	body := s.blk.text
	if s.blk.role == roleRow || len(body) > 400 {
		body = s.text
		if s.blk.role == roleRow && len(s.blk.text) <= 400 {
			body = s.blk.text
			return body
		}
	}
	if s.q != "" && !s.qWeak && !strings.Contains(body, s.q) {
		return s.q + " " + body
	}
	return body
}

// onlyVisaHeading reports a heading that is an exclusive visa statement
// and nothing else: a visa's name with "only" before or after it, perhaps
// "visa(s)", "sponsored", "accepted", "sponsorship" or "holders", a
// label before a colon, "we sponsor" or "we accept" ("J-1 Visas ONLY",
// "Visa Sponsorship: J-1 Only", "Only J-1 Visas Sponsored", "We accept
// J-1 visas only"). A heading that only names a visa ("J-1 Visas"), or
// says whom its section is for ("For J-1 visa holders only"), states
// nothing.
func onlyVisaHeading(text string) bool {
	if len(text) > 60 || !strings.Contains(text, "only") && !strings.Contains(text, "Only") && !strings.Contains(text, "ONLY") {
		return false // (the cheap gate: most headings say no "only")
	}
	t := strings.ToLower(strings.TrimRight(text, " .!"))
	return strings.Count(t, "only") == 1 && onlyVisaHeadingRe.MatchString(t)
}

var onlyVisaHeadingRe = regexp.MustCompile(`^\W*([a-z][a-z ]{2,30}:\s*)?((we|the program|our program|this program) (sponsors?|accepts?) )?` +
	`(only )?(the )?(j-?1|h-?1-?b)( visas?)?( (sponsorship|sponsored|accepted|holders))?( only)?$`)

// statements splits the blocks of a page into sentences and pairs each with
// the question, label or heading it answers.
func statements(d *doc) []stmt {
	var out []stmt
	var qm qMemo
	q, qWeak, qLeft := "", false, 0
	var qScope *html.Node // the FAQ container a question governs (nil: no bound)
	// the label of the row before, and of the "Label: value" line before
	// (its block), which a score label after it takes when it names an
	// exam (examLabel, asked only then)
	prevLabel := ""
	lineLabel, lineLabelAt := "", -1
	visaLabel, visaLabelAt := "", -1 // a label over a run of visa lines ("Visa Status / J-1 … / H-1B visa"), its last line
	var headBuf [8]scopeHead         // room for the headings open at once
	sc := labelScope{heads: headBuf[:0], last: -1, lead: scopeHead{at: -1}}
	for i := range d.blocks {
		b := &d.blocks[i]
		text := b.text
		if b.role == roleHeading {
			sc.heading(b, i)
		}
		switch {
		case b.role == roleRow:
			sc.label(d, i, b.row.table)
			if cells := b.row.cells; len(cells) >= 2 && isLabel(cells[0]) {
				val := joinNonEmpty(cells[1:], ". ")
				lbl := cells[0]
				if prevLabel != "" && scoreLabel.find(lbl, 1) != 0 && !relevant(lbl) && !examParts.MatchString(strings.ToLower(lbl)) && examLabel(prevLabel) {
					// "Step 2 required | Yes" then "Minimum score | 215": the score is Step 2's
					lbl = prevLabel + " - " + lbl
				}
				n := len(out)
				out = emit(out, b, val, lbl, false, &qm)
				sc.mark(d, out[n:], b.row.table)
				prevLabel = cells[0]
			} else {
				out = emit(out, b, text, "", false, &qm)
			}
			continue
		case b.role == roleHeading && !strings.HasSuffix(text, "?"):
			if onlyVisaHeading(text) {
				// "J-1 Visas ONLY" over a section: a statement, as the
				// same words in a table cell or a sentence are
				out = emit(out, b, text, "", false, &qm)
			}
			q, qWeak, qLeft, qScope = text, true, 6, nil
			continue
		case b.role == roleQuestion || b.role == roleHeading || strings.HasSuffix(text, "?"):
			// an answer glued to the next question ("… we will sponsor J-1
			// visas. - Is USCE required?") answers the question before
			if b.role != roleQuestion && b.role != roleHeading && q != "" && !qWeak && qLeft > 0 {
				if ans, next, ok := answerThenQuestion(text); ok {
					out = emit(out, b, ans, q, false, &qm)
					text = next
				}
			}
			if b.role != roleQuestion && b.role != roleHeading {
				// a flattened FAQ ("5. Is USCE required? No, we do not
				// require it. 6. Do you sponsor visas?"): its answers are
				// read under their own questions, the last question governs
				// what follows
				if pairs, last, ok := inlineFAQ(text); ok {
					out = emit(out, b, pairs, "", false, &qm)
					text = last
				}
			}
			qt, ans := splitQA(text)
			q, qWeak, qLeft, qScope = qt, false, 3, faqScope(b.node)
			if ans != "" {
				out = emit(out, b, ans, q, false, &qm)
				qLeft--
			}
			continue
		}
		if qt, ans := splitQA(text); ans != "" && qt != text {
			q, qWeak, qLeft, qScope = qt, false, 3, faqScope(b.node)
			out = emit(out, b, ans, q, false, &qm)
			qLeft--
			continue
		}
		text = stripAnswerPrefix(text)
		curQ, weak := "", false
		if qLeft > 0 && !within(b.node, qScope) {
			qLeft = 0 // past the end of the question's FAQ container
		}
		if qLeft > 0 {
			curQ, weak = q, qWeak
			qLeft--
		}
		if pairs := labelPairs(text); pairs != nil {
			// "Step 1: Pass; Step 2 CK: 220 minimum": each label governs its
			// own value
			sc.label(d, i, nil)
			n := len(out)
			for _, p := range pairs {
				lbl, val, _ := labelValue(p)
				out = emit(out, b, val, lbl, false, &qm)
			}
			sc.mark(d, out[n:], nil)
			continue
		}
		if lbl, val, ok := labelValue(text); ok {
			sc.label(d, i, nil)
			// "Visa sponsorship: J-1 only. Applicants must have passed Step 1.":
			// the label governs its own sentence only
			var room [4]string // (the first sentence is read; the rest are the text after it)
			ss := sentencesInto(room[:0], val)
			if len(ss) == 0 {
				continue
			}
			own := lbl
			if lineLabelAt == i-1 && scoreLabel.find(lbl, 1) != 0 && !relevant(lbl) && !examParts.MatchString(strings.ToLower(lbl)) && examLabel(lineLabel) {
				// "Step 2 required: Yes" then "Minimum score: 245": the score is Step 2's
				lbl = lineLabel + " - " + lbl
			}
			n := len(out)
			out = emit(out, b, ss[0], lbl, false, &qm)
			sc.mark(d, out[n:], nil)
			if rest := strings.TrimSpace(strings.TrimPrefix(val, ss[0])); rest != "" {
				out = emit(out, b, rest, curQ, weak, &qm)
			}
			lineLabel, lineLabelAt = own, i
			continue
		} else if i > 0 && d.blocks[i-1].role != roleRow && curQ == "" && isLabel(text) && namesTopic(text, topics(tJ1, tH1B)) &&
			(visaLabelAt == i-1 || isLabel(d.blocks[i-1].text) && !namesTopic(d.blocks[i-1].text, topics(tJ1, tH1B)) && namesTopic(d.blocks[i-1].text, topics(tVisa))) {
			// a label naming visas over one visa a line: each line is a value
			// of the label, and the run is its list
			if visaLabelAt != i-1 {
				visaLabel = d.blocks[i-1].text
			}
			curQ, weak, visaLabelAt = visaLabel, false, i
		} else if i > 0 && d.blocks[i-1].role != roleRow && isShortValue(text) && isLabel(d.blocks[i-1].text) {
			curQ, weak = d.blocks[i-1].text, false
			// "Step 2 required / Yes / Minimum score / 250", one a line: the
			// score is the exam's of the label-value pair above
			if i >= 3 && scoreLabel.find(curQ, 1) != 0 && !relevant(curQ) && isLabel(d.blocks[i-3].text) &&
				relevant(d.blocks[i-3].text) && isShortValue(d.blocks[i-2].text) {
				curQ = d.blocks[i-3].text + " - " + curQ
			}
		}
		if i > 0 && curQ == "" && fieldCount(text) <= 12 && durationWord.find(text, 1) != 0 {
			// "US clinical experience required" / "Minimum 3 months", one a
			// line or an item: the length is the experience's above (past
			// short values such as "Required" under it)
			for j := i - 1; j >= 0 && j >= i-2; j-- {
				if c := usceBefore(d.blocks[j].text, text); c != "" {
					curQ, weak = c, false
					break
				}
				if !isLabel(d.blocks[j].text) {
					break
				}
			}
		}
		out = emit(out, b, text, curQ, weak, &qm)
	}
	setLeadIns(d, out)
	return out
}

// labelScope follows the headings, captions and lead-ins over the label
// lines and table rows of a page, to tell those whose heading or lead-in
// describes residents or applicants ("Profile of our current residents",
// "Class of 2026 statistics", "The median figures of our interns were:"):
// their values are figures, not rules. The lead-in (the block just before
// a run of label lines or a table's rows) speaks first, then the open
// headings from the innermost out; the first that says anything decides
// (see scopeVerdict): a heading that asks ("Requirements") nested in one
// that describes keeps its rules. Verdicts are read only for a label whose
// statement is kept, and only when a word of description is over it.
type labelScope struct {
	heads []scopeHead
	last  int        // the last label block (line or row), -1 none
	table *html.Node // its table (nil: a label line)
	lead  scopeHead  // the block before the run of labels the last is in (at -1: none)
}

// scopeHead is an open heading or a lead-in: its level (1–6; a caption 7,
// bound to its table), its block, whether it has a word of description
// (words) and its verdict, each read once when first asked.
type scopeHead struct {
	level int
	at    int
	table *html.Node
	words int8 // 0 unread, 1 none, 2 some
	v     int8
}

const (
	scopeUnknown int8 = iota
	scopeSilent       // says nothing of how strict its labels are
	scopeDescribes
	scopeSays // asks, prefers or turns away: its labels keep their reading
)

// describingWord reports whether the heading or lead-in has a word of
// description (describingWords).
func (h *scopeHead) describingWord(d *doc) bool {
	if h.words == 0 {
		h.words = 1
		if describingWords.find(d.blocks[h.at].text, 1) != 0 {
			h.words = 2
		}
	}
	return h.words == 2
}

// verdict is scopeVerdict of the heading or lead-in.
func (h *scopeHead) verdict(d *doc) int8 {
	if h.v == scopeUnknown {
		h.v = scopeVerdict(d.blocks[h.at].text)
	}
	return h.v
}

// heading opens the heading at block i, closing those at its level and
// below.
func (s *labelScope) heading(b *block, i int) {
	level, tbl := 1, (*html.Node)(nil) // a plain-text heading or another element: the top
	if b.node != nil {
		switch l := headingLevel(b); {
		case b.node.DataAtom == atom.Caption:
			level, tbl = 7, b.node.Parent
		case l < 7:
			level = l
		}
	}
	k := len(s.heads)
	for k > 0 && s.heads[k-1].level >= level {
		k--
	}
	s.heads = append(s.heads[:k], scopeHead{level: level, at: i, table: tbl})
}

// label notes that block i is a label line (tbl nil) or a row of tbl; a
// block that does not continue the run before it opens a run whose
// lead-in is the block before it, when that is running text or an item.
func (s *labelScope) label(d *doc, i int, tbl *html.Node) {
	if s.last != i-1 || s.table != tbl || i == 0 {
		s.lead = scopeHead{at: -1}
		if i > 0 && d.blocks[i-1].role != roleHeading && d.blocks[i-1].role != roleRow && d.blocks[i-1].role != roleQuestion {
			s.lead.at = i - 1
		}
	}
	s.last, s.table = i, tbl
}

// mark sets described on the statements of the label just noted when its
// scope describes.
func (s *labelScope) mark(d *doc, sts []stmt, tbl *html.Node) {
	if len(sts) == 0 || !s.describes(d, tbl) {
		return
	}
	for k := range sts {
		sts[k].described = true
	}
}

// describes reads the verdicts of the last label's lead-in and headings,
// nearest first; none is read unless one of them has a word of
// description.
func (s *labelScope) describes(d *doc, tbl *html.Node) bool {
	worded := s.lead.at >= 0 && s.lead.describingWord(d)
	for k := len(s.heads) - 1; k >= 0 && !worded; k-- {
		if h := &s.heads[k]; h.table == nil || h.table == tbl {
			worded = h.describingWord(d)
		}
	}
	if !worded {
		return false
	}
	if s.lead.at >= 0 {
		if v := s.lead.verdict(d); v != scopeSilent {
			return v == scopeDescribes
		}
	}
	for k := len(s.heads) - 1; k >= 0; k-- {
		h := &s.heads[k]
		if h.table != nil && h.table != tbl {
			continue // another table's caption
		}
		if v := h.verdict(d); v != scopeSilent {
			return v == scopeDescribes
		}
	}
	return false
}

// describingWords are the lexicon's words of description (kStats), any
// case: a heading or lead-in without one describes nothing.
var describingWords = newFoldedKeywordSet(func() []string {
	var out []string
	for _, e := range lexicon {
		if e.kind == kStats && !slices.Contains(out, e.text) {
			out = append(out, e.text)
		}
	}
	return out
}())

// scopeVerdict is what a heading or lead-in (its last sentence) says of
// the labels under it: a lexicon description (average, median, our
// residents, matched applicants, statistics) with no requirement describes
// them; a requirement, preference or exclusion says how strict they are.
func scopeVerdict(t string) int8 {
	low := norm(lastOfSentences(t))
	var buf [16]lexMatch
	toks := lex.scan(low, buf[:0])
	stats, says := false, false
	for i, tk := range toks {
		switch tk.e.kind {
		case kStats:
			stats = true
		case kHard:
			if !negatedBefore(low, toks, i, 5) {
				return scopeSays
			}
		case kSoft, kExclusion:
			says = true
		}
	}
	switch {
	case stats:
		return scopeDescribes
	case says:
		return scopeSays
	}
	return scopeSilent
}

// examLabel reports a label naming an exam ("Step 2 CK required"): the
// exam a score label after it ("Minimum score") is about. A label of
// another topic ("USCE recency") lends a score label nothing.
func examLabel(lbl string) bool {
	if !relevant(lbl) {
		return false
	}
	var buf [16]lexMatch
	for _, t := range lex.scan(norm(lbl), buf[:0]) {
		if t.e.kind == kTopic && topics(tStep1, tStep2CK, tStep2CS, tStep3, tLevel1, tLevel2, tUSMLE, tCOMLEX, tAllSteps, tScore).has(topic(t.e.arg)) {
			return true
		}
	}
	return false
}

// scoreLabel finds the words of a row label that asks for a score with no
// exam named ("Minimum score").
var scoreLabel = newFoldedKeywordSet([]string{"score", "minimum", "cutoff", "cut-off", "cut off"})

// otherLead matches a lead-in or heading about another thing than the
// residency: observers and observerships (named in its first words: "Our
// observership policy:", not "… does not include observerships"), or what
// ECFMG asks for its certificate or its sponsorship of the exchange visa,
// or another regime than the residency's (Selective Service registration,
// the J-1 waiver and the Conrad 30 program, whose visas serve physicians
// after training), or documents a new resident brings (a visa in such a
// list is a document shown, not one sponsored), or admission to a medical
// school ("MD/PhD Program Admissions", "Admission to the School of
// Medicine": whom the school admits).
// (Statements ask it of every weak question: it runs only where its words
// are.)
var otherLead = mustGateDerived(`^\W*([a-z]+\W+){0,2}observ(er|ers|ership|erships)\b|\b(obtain|receive|get|requirements? for|eligib\w* for|to qualify for)\s+(an? |the )?(ecfmg|educational commission)|\b(selective service|conrad|visa waivers?|j1 waivers?|waiver program|(original|immigration|onboarding|orientation) documents|documents to bring|bring the following)\b|\b(md|m\.d\.|md/phd|md-phd|mstp|medical school|school of medicine|college of medicine)\s+(program\s+)?admissions?\b|\badmissions? to (the )?(md|md/phd|school of medicine|college of medicine|medical school)\b|\bprospective medical students\b`)

// setLeadIns lends each list item the modality of its lead-in: the block
// before the list that ends with ":" ("… must meet the following
// criteria:") or is a short title over it ("Minimum Requirements"). A
// lead-in governs the items and short unpunctuated lines after it, up to
// the first block that is neither.
func setLeadIns(d *doc, stmts []stmt) {
	k := 0
	var lead modFlags
	leading, visa, first, pass, other, deny := false, false, false, false, false, false
	items, anyVisa := -1, false // the first statement under the current lead-in; whether an item admits any visa
	closeList := func() {
		if items >= 0 && anyVisa {
			for j := items; j < k; j++ {
				stmts[j].listAnyVisa = true
			}
		}
		items, anyVisa = -1, false
	}
	// the last title over the lists ("Eligibility Criteria"), whose
	// modality an audience lead-in takes: read only when one asks for it,
	// back from the lead-in to the block where it was last known
	section, sectionAt := "", 0 // the title over blocks before sectionAt
	sectionBefore := func(i int) string {
		for j := i - 1; j >= sectionAt; j-- {
			if sectionTitle(&d.blocks[j]) {
				section = d.blocks[j].text
				break
			}
		}
		sectionAt = i
		return section
	}
	for i := range d.blocks {
		b := &d.blocks[i]
		t := b.text
		self := false // the lead-in itself: its own words say what it denies
		switch {
		case strings.HasSuffix(t, ":") || i+1 < len(d.blocks) && d.blocks[i+1].role == roleItem && b.role != roleItem && (isLabel(t) || followingLead(t)) && !marked(t):
			outer := lead
			nested := leading && b.role == roleItem // "• Graduates of schools abroad with:" inside a list
			closeList()
			lead, pass = modalityOf(t)
			if lead == 0 && nested {
				lead = outer // the item opens a list of its own, held to the list it belongs to
			}
			if lead == 0 && admittingLead(t) {
				lead = mHard // "Our program considers applications from individuals with:"
			}
			if lead == 0 && audienceTitle(t) {
				// "Eligibility Criteria" / "International Medical Graduates" /
				// items: the group's list is held to the criteria above it;
				// with none above, what a group of applicants is listed for
				// is what it must bring
				if sec := sectionBefore(i); sec != "" {
					lead, _ = modalityOf(sec)
				}
				if lead == 0 {
					lead = mHard
				}
			}
			leading, visa, first, other, deny, self = true, visaLead(t), true, otherLead.MatchString(strings.ToLower(t)), denyingLead(t), true
		case leading && (first || b.role == roleItem || !strings.HasSuffix(t, ".") && fieldCount(t) <= 25) && b.role != roleHeading && b.role != roleQuestion:
			first = false
		default:
			closeList()
			lead, leading, visa, pass, other, deny = 0, false, false, false, false, false
		}
		if leading && !self {
			if items < 0 {
				items = k
			}
			anyVisa = anyVisa || admitsAnyVisa(t)
		}
		for k < len(stmts) && stmts[k].blk == b {
			stmts[k].leadMod, stmts[k].leadVisa, stmts[k].leadPass, stmts[k].leadOther, stmts[k].leadDeny = lead, visa, pass, other, deny && !self
			k++
		}
	}
	closeList()
}

// sectionTitle reports a block setLeadIns takes for the title over the
// lists after it: a label that is no list item and names no audience.
func sectionTitle(b *block) bool {
	return b.role != roleItem && isLabel(b.text) && !audienceLabel(b.text)
}

// admittingLead reports a lead-in saying whom the program considers,
// accepts, reviews or interviews, by what they have ("Our program
// considers applications from individuals with:", "We interview
// candidates who have the following:"): its items are what admits them,
// requirements. A negated admission ("we do not accept applicants
// with:") is denyingLead's.
func admittingLead(t string) bool {
	if admitVerbs.find(t, 1) == 0 && !hasNonASCII(t) {
		return false // no verb below in any case (lowering makes one of ASCII letters only, or of a character such as "İ")
	}
	return admittingWords(t)
}

// admittingWords is admittingLead read word by word, past its gate.
func admittingWords(t string) bool {
	if ss := sentences(t); len(ss) > 1 {
		t = ss[len(ss)-1]
	}
	low := strings.ToLower(t)
	if !strings.HasSuffix(strings.TrimSpace(low), ":") && !followingLead(t) {
		return false
	}
	f := strings.Fields(strings.NewReplacer(":", " ", ",", " ").Replace(low))
	verb := -1
	for i, w := range f {
		switch w {
		case "not", "no", "never", "cannot", "don't", "doesn't", "won't", "unable":
			return false
		case "consider", "considers", "accept", "accepts", "review", "reviews", "interview", "interviews", "invite", "invites", "welcome", "welcomes":
			if verb < 0 {
				verb = i
			}
		case "applicants", "applications", "candidates", "individuals", "graduates", "physicians", "those":
			if verb >= 0 && i-verb <= 3 {
				return true
			}
		}
	}
	return false
}

// admitVerbs are in every verb admittingLead reads.
var admitVerbs = newFoldedKeywordSet([]string{"consider", "accept", "review", "interview", "invite", "welcome"})

// audienceTitle reports a short title that names only a group of
// applicants ("International Medical Graduates", "For IMG applicants",
// "Osteopathic Medical School Graduates"): it says whose rules follow, not
// how strict they are.
func audienceTitle(t string) bool {
	return isLabel(t) && audienceLabel(t)
}

// audienceLabel is audienceTitle of a label (isLabel(t) known).
func audienceLabel(t string) bool {
	if audienceWords.find(t, 1) == 0 && !hasNonASCII(t) {
		return false // no group word in any case (lowering makes one of ASCII letters only, or of a character such as "İ")
	}
	return audienceGroup(t)
}

// audienceGroup reports whether the words of t name a group of applicants
// and no people described (see audienceTitle).
func audienceGroup(t string) bool {
	group := false
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(t, " :"))) {
		switch strings.Trim(w, "(),.") {
		case "our", "recent", "former", "past", "current", "meet", "alumni", "news":
			return false // "Our Recent Graduates": people described, not applicants
		case "graduates", "graduate", "imgs", "img", "fmgs", "fmg", "applicants", "applicant", "candidates", "candidate":
			group = true
		}
	}
	return group
}

// audienceWords are in every word audienceTitle takes for a group.
var audienceWords = newFoldedKeywordSet([]string{"graduate", "img", "fmg", "applicant", "candidate"})

// hasNonASCII reports a byte of s that is not ASCII.
func hasNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// lastOfSentences returns the last sentence of t when t has several, else
// t (a lead-in's last sentence is the one that opens its list).
func lastOfSentences(t string) string {
	var buf [8][2]int
	if sp := sentenceSpansInto(buf[:0], t); len(sp) > 1 {
		return t[sp[len(sp)-1][0]:sp[len(sp)-1][1]]
	}
	return t
}

// marked reports a line that opens with a list mark ("· H1B Visa"): an
// item of the list above it, not a label over the list after it.
func marked(t string) bool {
	for _, m := range []string{"· ", "• ", "- ", "* ", "+ ", "– "} {
		if strings.HasPrefix(t, m) {
			return true
		}
	}
	return false
}

// admitsAnyVisa reports an item that names a visa of no kind in
// particular ("an appropriate visa for residency training", "a valid
// visa"): a list with it among its alternatives rules no visa out.
func admitsAnyVisa(t string) bool {
	if !containsFold(t, "visa") {
		return false // (no "visa" in any case: no character outside ASCII lowers to one of its letters; a byte search for "v" and "V", where a keyword set's table walk read every byte)
	}
	low := norm(t)
	var buf [16]lexMatch
	generic := false
	for _, tk := range lex.scan(low, buf[:0]) {
		switch {
		case tk.e.kind == kTopic && (topic(tk.e.arg) == tJ1 || topic(tk.e.arg) == tH1B), tk.e.kind == kOther, tk.e.kind == kNeg:
			return false
		case tk.e.kind == kTopic && topic(tk.e.arg) == tVisa:
			generic = true
		}
	}
	return generic
}

// denyingLead reports a lead-in that refuses what its items name: an
// exclusion ("The following are not accepted:", "Applicants holding these
// cannot be considered:") or a negated verb of sponsoring or accepting
// ("We are unable to sponsor:", "Our hospital does not support the
// following visa types:"). A lead-in about those who lack the items
// ("Applicants without one of the following will not be considered:")
// asks for them instead.
func denyingLead(t string) bool {
	t = lastOfSentences(t)
	low := norm(t)
	var buf [24]lexMatch
	toks := lex.scan(low, buf[:0])
	for _, tk := range toks {
		if tk.e.kind == kNeg && (tk.e.text == "without" || tk.e.text == "lacking" || strings.HasSuffix(tk.e.text, " lack")) ||
			tk.e.kind == kCond && (tk.e.text == "unless" || tk.e.text == "if") {
			return false
		}
	}
	for _, w := range []string{"not have", "n't have", "not hold", "n't hold", "not possess", "n't possess"} {
		if strings.Contains(low, w) {
			return false
		}
	}
	for i, tk := range toks {
		switch tk.e.kind {
		case kExclusion:
			return true
		case kVerb:
			if negatedBefore(low, toks, i, 3) {
				return true
			}
		}
	}
	return false
}

// followingLead reports a sentence that announces a list without its
// colon: "… must fall within the following categories".
func followingLead(t string) bool {
	rest := t
	for range 2 { // the last two words, read from the end without splitting the line
		rest = strings.TrimRightFunc(rest, unicode.IsSpace)
		if rest == "" {
			return false
		}
		k := strings.LastIndexFunc(rest, unicode.IsSpace)
		if strings.ToLower(rest[k+1:]) == "following" {
			return true
		}
		rest = rest[:k+1]
	}
	return false
}

// visaLead reports a lead-in that names a visa.
func visaLead(t string) bool { return namesTopic(t, topics(tJ1, tH1B)) }

// namesTopic reports a line that names one of ts.
func namesTopic(t string, ts topicSet) bool {
	if !relevant(t) {
		return false
	}
	low := norm(t)
	var buf [16]lexMatch
	for _, tk := range lex.scan(low, buf[:0]) {
		if tk.e.kind == kTopic && ts.has(topic(tk.e.arg)) {
			return true
		}
	}
	return false
}

// modalityOf is the requirement or preference a lead-in states, and
// whether it asks for passes.
func modalityOf(t string) (modFlags, bool) {
	// the sentence that opens the list speaks for it, not the praise or
	// preference before it ("Competitive applications are welcome. The
	// following is required:")
	t = lastOfSentences(t)
	if !relevantLead(t) {
		return 0, false
	}
	low := norm(t)
	// "In addition to the program's requirements, we also look for …": the
	// phrase points back; the modality is the main clause's
	if strings.HasPrefix(low, "in addition to ") {
		if i := strings.IndexByte(low, ','); i > 0 {
			low = low[i+1:]
		}
	}
	var buf [16]lexMatch
	toks := lex.scan(low, buf[:0])
	var m modFlags
	pass, prefers := false, false
	for i, tk := range toks {
		switch tk.e.kind {
		case kHard:
			if !negatedBefore(low, toks, i, 5) {
				m |= mHard
			}
		case kSoft:
			m |= mSoft
			prefers = prefers || preferenceWord(tk.e.text)
		case kPass:
			pass = !negatedBefore(low, toks, i, 3)
		case kExclusion:
			// "We do not consider applicants with:", "The following will not
			// be considered:": the items are what turns applicants away
			if !deniedExclusion(low, toks, i) && !lackingLead(toks) {
				m |= mExclusion
			}
		}
	}
	if m == 0 && weighingLeads.find(t, 1) != 0 && !admittingWords(t) {
		m = mSoft // "In selecting residents we consider the following:" (not "… the following applicants:")
	}
	if m&mSoft != 0 && !prefers {
		m |= mWeighs
	}
	return m, pass
}

// preferenceCues open the words of preference that call a lead-in's items
// preferred ("Preferred qualifications:", "We recommend:", "Desirable:"),
// as against those that name what selection looks at (mWeighs).
var preferenceCues = []string{"prefer", "recommend", "desir", "ideal", "encourag", "advis", "suggest", "favor", "favour",
	"priorit", "preference", "plus", "bonus", "asset", "advantage", "helpful", "beneficial", "optimal", "like to see"}

// preferenceWord reports a lexicon word of preference that opens with one
// of preferenceCues.
func preferenceWord(w string) bool {
	for _, c := range preferenceCues {
		if strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

// weighingLeads are the lead-ins whose verb of weighing takes the list as
// its object: what the program considers, not whom ("We consider the
// following:"; "We consider applicants with:" is admittingLead's).
var weighingLeads = newFoldedKeywordSet([]string{"consider the following", "considers the following", "consider:", "considers:",
	"take into account", "takes into account", "take into consideration", "takes into consideration", "weigh the following",
	"evaluate the following", "evaluates the following"})

// lackingLead reports a lead-in about those who lack its items
// ("Applicants without the following will not be considered:"): the
// items are asked for, not turned away.
func lackingLead(toks []lexMatch) bool {
	for _, tk := range toks {
		if tk.e.kind == kNeg && lackingWords[tk.e.text] {
			return true
		}
	}
	return false
}

// leadWords are the words of a lead-in's modality (any case).
var leadWords = newFoldedKeywordSet([]string{"must", "requir", "mandatory", "minimum", "criteri", "prerequisite", "need",
	"should", "expect", "qualification", "prefer", "suggest", "recommend", "looking for", "look for", "looks for", "desir", "ideal", "pass",
	"strong applicant", "strong candidate", "strongest", "consider", "not eligible", "ineligible", "not accept", "seek", "value"})

func relevantLead(t string) bool { return leadWords.find(t, 1) != 0 }

// answerThenQuestion splits a block that ends with a question but opens
// with statements into those statements and the question.
func answerThenQuestion(text string) (ans, question string, ok bool) {
	ss := sentenceSpans(text)
	first := -1
	for i, sp := range ss {
		if strings.HasSuffix(text[sp[0]:sp[1]], "?") {
			first = i
			break
		}
	}
	if first < 1 {
		return "", "", false
	}
	ans = strings.TrimRight(strings.TrimSpace(text[:ss[first][0]]), " -")
	question = strings.TrimLeft(text[ss[first][0]:], "- ")
	if fieldCount(ans) < 2 || ans[0] >= '0' && ans[0] <= '9' || firstPerson(ans) {
		return "", "", false // "9. Are there …?", "I have eight months …. Can this …?": the question's own
	}
	return ans, question, question != ""
}

// listMarker reports a sentence that is only an item's number or letter:
// "6.", "7)", "(8)", "iv.", "B.".
func listMarker(s string) bool {
	s = strings.Trim(s, "().) ")
	if s == "" || len(s) > 4 {
		return false
	}
	if isDigit(s[0]) {
		return strings.Trim(s, "0123456789") == ""
	}
	return len(s) == 1 || strings.Trim(strings.ToLower(s), "ivx") == ""
}

// inlineFAQ splits a block that ends with a question and holds earlier
// questions each followed by its answer into those pairs and the last
// question.
func inlineFAQ(text string) (pairs, last string, ok bool) {
	ss := sentenceSpans(text)
	if len(ss) < 3 {
		return "", "", false
	}
	lastAt := ss[len(ss)-1][0]
	asked, answered := false, false
	for _, sp := range ss[:len(ss)-1] {
		if strings.HasSuffix(text[sp[0]:sp[1]], "?") {
			asked = true
		} else if asked && fieldCount(text[sp[0]:sp[1]]) > 1 {
			answered = true
		}
	}
	if !answered {
		return "", "", false
	}
	return strings.TrimSpace(text[:lastAt]), strings.TrimSpace(text[lastAt:]), true
}

// firstPerson reports an applicant speaking: "I", "my", "I've".
func firstPerson(s string) bool {
	var buf [4]byte
	for f := range strings.FieldsSeq(s) {
		// an ASCII word is lowered on the stack (none of more than four
		// bytes is a pronoun); another as before ("İ" is lowered to "i")
		f = strings.Trim(f, ".,;:!?()\"")
		low := ""
		switch {
		case !isASCII(f):
			low = strings.ToLower(f)
		case len(f) <= len(buf):
			low = string(appendLower(buf[:0], f))
		}
		switch low {
		case "i", "my", "i've", "i'm", "me":
			return true
		}
	}
	return false
}

// faqScope is the container a question at n governs: the nearest ancestor
// with more than one element child (the dl of a dt, the details of a summary,
// the accordion item of a toggle, the FAQ list of a bold question), so that
// blocks after the container are not read as its answer. Nil for plain text.
func faqScope(n *html.Node) *html.Node {
	for n != nil && n.Parent != nil {
		n = n.Parent
		kids := 0
		for c := n.FirstChild; c != nil && kids < 2; c = c.NextSibling {
			if c.Type == html.ElementNode {
				kids++
			}
		}
		if kids >= 2 {
			return n
		}
	}
	return nil
}

// within reports whether n lies inside scope; any node is within a nil scope,
// and a block without a node (plain text) is within any scope.
func within(n, scope *html.Node) bool {
	if scope == nil || n == nil {
		return true
	}
	for ; n != nil; n = n.Parent {
		if n == scope {
			return true
		}
	}
	return false
}

// emit appends the sentences of text as statements answering q.
func emit(out []stmt, b *block, text, q string, weak bool, qm *qMemo) []stmt {
	first := true
	qRel := q != "" && qm.relevant(q)
	// text is the block's text or a part of it: a part holds no word its
	// block does not
	if !qRel && (!relevantHints(b.hint()) || text != b.text && !relevant(text)) && strings.IndexByte(text, '?') < 0 {
		return out // nothing here for any rule, and no question to carry
	}
	var spanBuf [8][2]int
	prevVisa := false
	spans := sentenceSpansInto(spanBuf[:0], text)
	for n, sp := range spans {
		if n >= maxSentences {
			break
		}
		s := text[sp[0]:sp[1]]
		if !first && n+1 < len(spans) && listMarker(s) && strings.HasSuffix(text[spans[n+1][0]:spans[n+1][1]], "?") {
			continue // "… applicants. 6. Do you sponsor visas?": the next question's number, no answer
		}
		if strings.HasSuffix(s, "?") {
			q, weak, first = s, false, true
			qRel = qm.relevant(q)
			continue
		}
		if len(s) > maxSentenceLen {
			s = s[:maxSentenceLen]
		}
		// a score that names no exam is the exam's the sentence before named
		// ("Applicants must pass USMLE. A minimum score of 220 is required.")
		carried := ""
		// So is a pass that names no exam ("USMLE/COMLEX scores. Passing
		// scores are required.", "… Step 1 … It must be passed before …").
		if n > 0 && (q == "" || weak && !qRel) && (scoreLabel.find(s, 1) != 0 && hasThreeDigits(s) || examPassIn(s)) && !examLabel(s) {
			carried = examBefore(text, spans[:n]) // (rare: the lexer runs again only here)
		}
		// a length that names nothing is the experience's the sentence
		// before required ("US clinical experience is required. A minimum
		// of three months is expected.")
		if n > 0 && carried == "" && (q == "" || weak && !qRel) && durationWord.find(s, 1) != 0 {
			carried = usceBefore(text[spans[n-1][0]:spans[n-1][1]], s)
		}
		if !qRel && carried == "" && !b.relevant(s) {
			if prevVisa && fieldCount(s) <= 8 && sponsorWord.find(s, 1) != 0 {
				low := norm(s)
				out = append(out, stmt{text: s, low: low, blk: b, visaCtx: true})
			}
			first, prevVisa = false, false
			continue // no rule could use it: skip the normalisation
		}
		if _, _, ok := labelValue(s); ok && n > 0 {
			// "… is required. Step 1: Pass." — a label inside running text;
			// "… Step 1: Pass; Step 2 CK: 220 minimum." — pairs, each label
			// governing its own value (as on a line of its own)
			pairs := labelPairs(s)
			if pairs == nil {
				pairs = []string{s}
			}
			for _, p := range pairs {
				lbl, val, _ := labelValue(p)
				qLow := norm(lbl)
				out = append(out, stmt{q: lbl, qLow: qLow, text: val, low: partsUnder(qLow, val, norm(val)), first: true, blk: b})
			}
			first = false
			continue
		}
		sq, sWeak := q, weak
		if carried != "" {
			sq, sWeak = carried, false
		}
		qLow := ""
		switch {
		case sq == q && q != "":
			qLow = qm.norm(q) // the question governs the block's other sentences too: normalised once
		case sq != "":
			qLow = norm(sq)
		}
		low := partsUnder(qLow, s, norm(s))
		out = append(out, stmt{q: sq, qLow: qLow, qWeak: sWeak, text: s, low: low, first: first, blk: b})
		first = false
		prevVisa = strings.Contains(low, "visa") || strings.Contains(low, "j1") || strings.Contains(low, "h1b")
	}
	return out
}

// examPass finds a pass whose object can only be an exam's: a passing
// (test, board …) score or result, or something passed with no object ("must be passed",
// "passing is required") — not "pass a background check".
var examPass = mustGateDerived(`\bpass(ing|ed)?\s+([a-z-]+\s+)?(scores?|results?|grades?|marks?|performances?|reports?)\b|\b(be|been|are|is|were|was)\s+passed\b|\bpassing\s+(is|are)\b`)

// examPassIn is examPass.MatchString(strings.ToLower(s)), lowering s
// only when it holds "pass" in some ASCII case: every match holds "pass",
// and no character outside ASCII lowers to "p", "a" or "s".
func examPassIn(s string) bool {
	return containsFold(s, "pass") && examPass.MatchString(strings.ToLower(s))
}

// sponsorWord finds the verb of a bare denial ("We do not sponsor.").
var sponsorWord = newFoldedKeywordSet([]string{"sponsor"})

// qMemo keeps the relevance and normal form of the last question seen: a
// heading or question governs several blocks, and is read once for all.
type qMemo struct {
	q      string
	rel    bool
	low    string
	hasLow bool
}

func (m *qMemo) set(q string) {
	if q != m.q {
		*m = qMemo{q: q, rel: relevant(q)}
	}
}

func (m *qMemo) relevant(q string) bool {
	m.set(q)
	return m.rel
}

func (m *qMemo) norm(q string) string {
	m.set(q)
	if !m.hasLow {
		m.low, m.hasLow = norm(q), true
	}
	return m.low
}

var qaPattern = regexp.MustCompile(`^(?i:q(?:uestion)?)\s*[:.)-]\s*(.*?)(?:\s+(?i:a(?:nswer)?)\s*[:.)-]\s*(.*))?$`)

// qaHead is qaPattern's opening, which every match holds: read first, it
// fails at the second or third letter of "Qualifications", where qaPattern
// reads the whole text.
var qaHead = regexp.MustCompile(`^(?i:q(?:uestion)?)\s*[:.)-]`)

// qaSplit is qaPattern.FindStringSubmatch(text) read by hand (its groups 1
// and 2, and whether it matched): the expression's lazy question, tried
// against the optional answer at every character, cost some thirty
// thousand instructions a "Q:" text. Every choice of the expression but
// the lazy question's length is settled by the next character (a run of
// white space before a letter or a mark, "question" or "q", "answer" or
// "a", each followed by what the shorter cannot be), so the lazy question
// is extended a character at a time, stopping where the answer matches or
// the text ends; '.' takes no newline. (?i) folds "ſ" to "s".
// TestQASplit and FuzzQASplit hold it to the expression.
func qaSplit(text string) (q, a string, ok bool) {
	if text == "" || text[0]|0x20 != 'q' {
		return "", "", false
	}
	for _, after := range [2]int{foldedPrefix(text, 1, "uestion"), 1} {
		if after < 0 {
			continue
		}
		c := reSpaceEnd(text, after) // (the marks are no white space: the run is all \s* can take)
		if c == len(text) || !qaMark(text[c]) {
			continue
		}
		// the white space after the mark, longest first: the question
		// starts where it ends
		for r := reSpaceEnd(text, c+1); r > c; r-- {
			if q, a, ok := qaRest(text, r); ok {
				return q, a, true
			}
		}
	}
	return "", "", false
}

// qaRest matches `(.*?)(?:\s+(?i:a(?:nswer)?)\s*[:.)-]\s*(.*))?$` at
// text[r:].
func qaRest(text string, r int) (q, a string, ok bool) {
	for p := r; ; {
		if a, ok := qaAnswerAt(text, p); ok {
			return text[r:p], a, true
		}
		if p == len(text) {
			return text[r:p], "", true
		}
		if text[p] == '\n' {
			return "", "", false
		}
		_, n := utf8.DecodeRuneInString(text[p:])
		p += n
	}
}

// qaAnswerAt matches `\s+(?i:a(?:nswer)?)\s*[:.)-]\s*(.*)$` at text[p:],
// giving the answer.
func qaAnswerAt(text string, p int) (string, bool) {
	j := reSpaceEnd(text, p)
	if j == p || j == len(text) || text[j]|0x20 != 'a' {
		return "", false
	}
	for _, k := range [2]int{foldedPrefix(text, j+1, "nswer"), j + 1} {
		if k < 0 {
			continue
		}
		l := reSpaceEnd(text, k)
		if l == len(text) || !qaMark(text[l]) {
			continue
		}
		m := reSpaceEnd(text, l+1)
		if strings.IndexByte(text[m:], '\n') >= 0 {
			continue // ('.' takes no newline; white space given back to it would hold this one too)
		}
		return text[m:], true
	}
	return "", false
}

// foldedPrefix returns where word (lower-case ASCII letters) ends when text
// at i spells it in any case, "ſ" for an "s"; -1 when it does not.
func foldedPrefix(text string, i int, word string) int {
	for k := 0; k < len(word); k++ {
		if i < len(text) && text[i]|0x20 == word[k] && text[i] >= 'A' {
			i++
			continue
		}
		if word[k] == 's' && strings.HasPrefix(text[i:], "ſ") {
			i += len("ſ")
			continue
		}
		return -1
	}
	return i
}

// qaMark reports a byte of qaPattern's [:.)-].
func qaMark(c byte) bool { return c == ':' || c == '.' || c == ')' || c == '-' }

// reSpaceEnd returns where, from i, the run of the regexp package's \s bytes
// in text ends.
func reSpaceEnd(text string, i int) int {
	for i < len(text) && isRESpace(text[i]) {
		i++
	}
	return i
}

// splitQA splits "Q: ... A: ..." text into question and answer. Text that is
// not so marked is returned whole as the question.
func splitQA(text string) (q, a string) {
	if len(text) > 2 && (text[0] == 'Q' || text[0] == 'q') && qaHead.MatchString(text) {
		if q, a, ok := qaSplit(text); ok {
			return q, a
		}
	}
	if i := strings.Index(text, "? A:"); i >= 0 {
		return text[:i+1], strings.TrimSpace(text[i+4:])
	}
	return text, ""
}

func stripAnswerPrefix(t string) string {
	if t == "" || t[0] != 'A' {
		return t // every prefix opens with "A"
	}
	for _, p := range []string{"A:", "A.", "Answer:", "A -", "A)"} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(t[len(p):])
		}
	}
	return t
}

// labelPairs splits a line of label-value pairs set apart by semicolons
// ("Step 1: Pass; Step 2 CK: 220 minimum") into its pairs; nil unless it
// holds two or more and every part is one, each value without a sentence
// end inside.
func labelPairs(t string) []string {
	if strings.IndexByte(t, ';') < 0 || strings.Count(t, ":") < 2 {
		return nil
	}
	parts := strings.Split(strings.TrimRight(t, ". "), "; ")
	if len(parts) < 2 {
		return nil
	}
	for _, p := range parts {
		lbl, val, ok := labelValue(p)
		if !ok || strings.ContainsAny(val, ".!?") || audienceLabel(lbl) {
			return nil // (a group's rule beside another's is read whole: "IMGs: …; US grads: …")
		}
	}
	return parts
}

// labelValue splits "Label: value" lines whose label is short.
func labelValue(t string) (label, value string, ok bool) {
	i := strings.IndexByte(t, ':')
	if i <= 1 || i > 60 || i == len(t)-1 {
		return "", "", false
	}
	label = strings.TrimSpace(t[:i])
	value = strings.TrimSpace(t[i+1:])
	if value == "" || !isLabel(label) {
		return "", "", false
	}
	if c := label[len(label)-1]; c >= '0' && c <= '9' && value[0] >= '0' && value[0] <= '9' {
		return "", "", false // a time like 10:30
	}
	return label, value, true
}

// isLabel reports whether t reads like a label or table heading: short, no
// sentence punctuation.
func isLabel(t string) bool {
	if t == "" || len(t) > 60 || hasLabelStop(t) && !strings.Contains(t, "U.S.") {
		return false
	}
	return fieldCount(t) <= 8
}

// hasLabelStop is strings.ContainsAny(t, ".!?;"), eight bytes at a time
// (strings.IndexAny built its byte set at each call: a fifth of the
// statements' label tests, asked of every block and row).
func hasLabelStop(t string) bool {
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(t); i += 8 {
		x := load64(t, i)
		if hasSentenceEnd(x) || ((x^(';'*ones))-ones)&^(x^(';'*ones))&hiBits != 0 {
			return true
		}
	}
	// the bytes after the last eight, with no branch on them (a switch
	// was mispredicted at most stops in the short texts it is asked of)
	stop := uint8(0)
	for ; i < len(t); i++ {
		stop |= labelStopByte[t[i]]
	}
	return stop != 0
}

// labelStopByte is 1 for the bytes hasLabelStop looks for.
var labelStopByte = [256]uint8{'.': 1, '!': 1, '?': 1, ';': 1}

// shortValues are bare values that need their label.
var shortValues = map[string]bool{"yes": true, "no": true, "none": true, "n/a": true, "not required": true,
	"required": true, "preferred": true, "recommended": true, "sponsored": true, "not sponsored": true,
	"accepted": true, "not accepted": true, "offered": true, "not offered": true, "available": true,
	"not available": true, "pass": true, "passed": true, "no limit": true, "no cutoff": true, "not applicable": true}

// shortValueLen is the length of the longest of shortValues: a longer text
// is none of them, and is not hashed to find out.
var shortValueLen = func() int {
	n := 0
	for v := range shortValues {
		n = max(n, len(v))
	}
	return n
}()

// isShortValue reports whether t is a bare value that needs its label:
// "Yes", "Not sponsored", "230", "Within 5 years", "J-1 only".
func isShortValue(t string) bool {
	if len(t) > 50 || t == "" {
		return false
	}
	var buf [50]byte
	low := string(bytes.TrimSuffix(lowerInto(buf[:], t), []byte("."))) // on the stack up to 32 bytes
	if low == "" {
		return false
	}
	switch {
	case len(low) <= shortValueLen && shortValues[low], low[0] >= '0' && low[0] <= '9' && !strings.ContainsAny(low, ".,;:"):
		return true
	case strings.HasPrefix(low, "within "), strings.HasSuffix(low, " only"), strings.HasSuffix(low, " preferred"), strings.HasSuffix(low, " required"):
		return true
	case (low[0] == '<' || low[0] == '>') && strings.IndexAny(low, "0123456789") >= 0 && fieldCount(low) <= 3:
		return true // "<= 5", "> 220": a bound in a flattened table
	case (strings.HasPrefix(low, "usmle") || strings.HasPrefix(low, "step ") || strings.HasPrefix(low, "comlex")) && fieldCount(low) <= 4:
		return true // "USMLE Step 1" under "Exams/passing scores"
	}
	return false
}

// abbreviations that end with a period but do not end a sentence.
var abbreviations = map[string]bool{
	"dr": true, "drs": true, "mr": true, "mrs": true, "ms": true, "st": true, "e.g": true, "i.e": true,
	"u.s": true, "vs": true, "no": true, "inc": true, "jr": true, "sr": true, "etc": true,
	"approx": true, "prof": true, "u.s.a": true, "ph.d": true, "m.d": true, "d.o": true,
	"e.c.f.m.g": true, "mt": true, "ft": true, "univ": true, "dept": true, "p": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
	// military ranks before a name: "Lt. Col. (Dr.) Ana Ruiz", "Capt. Ben Ota"
	"lt": true, "col": true, "capt": true, "cpt": true, "maj": true, "sgt": true, "cdr": true, "lcdr": true, "ltc": true,
}

// sentenceOpeners are words that open a sentence after a person's
// degrees: "… and Tom Hale, M.D. The residents host the dinner."
var sentenceOpeners = map[string]bool{"the": true, "this": true, "these": true, "that": true, "those": true,
	"he": true, "she": true, "they": true, "we": true, "our": true, "his": true, "her": true, "their": true,
	"it": true, "its": true, "i": true, "my": true, "in": true, "during": true, "after": true, "when": true}

// degreeEndsSentence reports a dotted degree (w, lower case, without its
// last dot: "m.d", "ph.d") whose dot ends the sentence, because the next
// word, capitalised, is one that opens a sentence (rest is the text after
// the dot). An abbreviation that is no degree ("U.S.", "Dr.") never ends
// one here.
func degreeEndsSentence(w []byte, rest string) bool {
	if bytes.IndexByte(w, '.') < 0 || len(rest) < 3 || rest[0] != ' ' || rest[1] < 'A' || rest[1] > 'Z' || !isDegree(string(w)) {
		return false
	}
	rest = rest[1:]
	end := 0
	for end < len(rest) && end < 8 && (rest[end] >= 'a' && rest[end] <= 'z' || rest[end] >= 'A' && rest[end] <= 'Z') {
		end++
	}
	if end == 0 || end == 8 || end < len(rest) && rest[end] != ' ' && rest[end] != ',' {
		return false
	}
	var wb [8]byte
	return sentenceOpeners[string(lowerInto(wb[:], rest[:end]))]
}

// sentences splits text at sentence ends, keeping abbreviations such as
// "Dr." and "U.S." inside their sentence.
func sentences(text string) []string {
	var buf [8][2]int
	spans := sentenceSpansInto(buf[:0], text)
	out := make([]string, len(spans))
	for i, sp := range spans {
		out[i] = text[sp[0]:sp[1]]
	}
	return out
}

// sentencesInto is sentences appending to out (a caller's buffer, which
// may be on its stack).
func sentencesInto(out []string, text string) []string {
	var buf [8][2]int
	for _, sp := range sentenceSpansInto(buf[:0], text) {
		out = append(out, text[sp[0]:sp[1]])
	}
	return out
}

// sentenceSpans returns the byte ranges of the sentences of text, trimmed of
// surrounding space.
func sentenceSpans(text string) [][2]int {
	return sentenceSpansInto(nil, text)
}

// sentenceSpansInto is sentenceSpans appending to out (a caller's buffer).
func sentenceSpansInto(out [][2]int, text string) [][2]int {
	add := func(a, b int) {
		for a < b && isASCIISpace(text[a]) {
			a++
		}
		for b > a && isASCIISpace(text[b-1]) {
			b--
		}
		if seg := text[a:b]; seg != "" {
			if t := strings.TrimSpace(seg); t != seg { // Unicode space at an end
				a += strings.Index(seg, t)
				b = a + len(t)
			}
			if a < b {
				out = append(out, [2]int{a, b})
			}
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		for i+8 <= len(text) && !hasSentenceEnd(load64(text, i)) {
			i += 8 // (eight bytes a step to the next '.', '!' or '?')
		}
		if i == len(text) {
			break
		}
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		glued := c == '.' && i+2 < len(text) && text[i+1] == '-' && text[i+2] == ' ' // "application.- Applicants must …"
		if i+1 < len(text) && text[i+1] != ' ' && !glued {
			continue
		}
		if c == '.' && !glued {
			j := i
			for j > start && text[j-1] != ' ' && text[j-1] != '(' {
				j--
			}
			var wb [16]byte
			w := lowerInto(wb[:], text[j:i])
			if (abbreviations[string(w)] || (len(w) == 1 && w[0] >= 'a' && w[0] <= 'z') || len(w) <= 5 && bytes.IndexByte(w, '.') >= 0) && !degreeEndsSentence(w, text[i+1:]) {
				continue
			}
			if i+2 < len(text) {
				if n := text[i+2]; n >= 'a' && n <= 'z' {
					continue
				}
			}
		}
		add(start, i+1)
		start = i + 1
		if len(out) > maxSentences {
			return out
		}
	}
	add(start, len(text))
	return out
}

// hasSentenceEnd reports a '.', '!' or '?' among eight bytes x: a byte of
// x xor the mark repeated is zero there (the zero-byte test is exact for
// the word as a whole).
func hasSentenceEnd(x uint64) bool {
	const ones = 0x0101010101010101
	zero := func(v uint64) uint64 { return (v - ones) &^ v & hiBits }
	return zero(x^('.'*ones))|zero(x^('!'*ones))|zero(x^('?'*ones)) != 0
}

// relevantWords are the words some fact table needs in a sentence or in
// its question (derived from the tables' topics, see gateWords); a
// sentence with none of them, under a question with none of them, is
// skipped before normalisation.
var relevantWords = gateWords()

// relevantSet finds relevantWords (group 0), the words a count speaks of
// (group 1) and digits (group 2), in either case.
var relevantSet = newFoldedKeywordSet(relevantWords, countWords, digitWords)

var (
	countWords = []string{"resident", "trainee", "staff", "img", "international", "fmg", "foreign"}
	digitWords = []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
)

// blockHints finds, in one pass over a block's text and in either case, the
// words of relevantSet's three groups (bits 1, 2, 4), the words of proseHints
// (bit 8) and of cycleHints (bit 16), and of the word lists the roster
// readers ask of whole blocks (blockLists, bits 32 to 128): the statement,
// prose-roster, cycle and roster tests all ask about every block, and read it
// once between them.
var blockHints = newFoldedKeywordSet(relevantWords, countWords, digitWords, proseWords, cycleWords,
	residentHeadWords.words, predicateRoles.words, fellowshipWord.words)

const (
	hintProse      = 8
	hintCycle      = 16
	hintResident   = 32  // residentHeadWords
	hintPredicate  = 64  // predicateRoles
	hintFellowship = 128 // fellowshipWord
	hintsRead      = 1 << 9
	// (oddFold, 1 << 8, is in the hints when the text holds "ſ" or "K")
)

// hint returns the blockHints of b's text, read on first use (by
// blockWords, whose other members' words the same pass finds: words).
func (b *block) hint() uint16 {
	if b.hints&hintsRead == 0 {
		b.readWords() // (apart: hint, asked of every block by every reader, is inlined)
	}
	return uint16(b.hints)
}

// readWords reads b's text with blockWords, once.
func (b *block) readWords() {
	b.found = blockWords.read(b.text).found
	b.hints |= uint32(b.found&blockHintBits) | hintsRead
}

// relevantHints is relevant's answer from a blockHints result.
func relevantHints(found uint16) bool {
	return found&1 != 0 || found&6 == 6
}

// relevant reports whether some rule could use s (in any case): it has one
// of relevantWords, or speaks of residents with a number.
func relevant(s string) bool {
	found := relevantSet.find(s, 1)
	// "we have 30 residents": a count needs a number
	return found&1 != 0 || found&6 == 6
}

// relevant is relevant(s) for s a sentence of b: the block's hints answer
// for its whole text, read once.
func (b *block) relevant(s string) bool {
	if s == b.text {
		return relevantHints(b.hint())
	}
	return relevant(s)
}

// examBefore returns the last of the sentences at spans in text that names
// an exam, or "".
func examBefore(text string, spans [][2]int) string {
	for k := len(spans) - 1; k >= 0; k-- {
		if s := text[spans[k][0]:spans[k][1]]; examLabel(s) {
			return s
		}
	}
	return ""
}

// durationWord finds the units of a length of clinical experience.
var durationWord = newFoldedKeywordSet([]string{"month", "week"})

// usceBefore returns prev when it speaks of US clinical experience and s
// is a bare length of months or weeks that names no topic of its own (but
// clinical experience: rotations, clerkships); "" otherwise.
func usceBefore(prev, s string) string {
	var buf [24]lexMatch
	unit := false
	for _, t := range lex.scan(norm(s), buf[:0]) {
		switch {
		case t.e.kind == kTopic && topic(t.e.arg) == tExperience:
			// "Rotations should total at least 8 weeks": the same experience
		case t.e.kind == kTopic:
			return "" // "Graduation within 6 months …": a length of its own topic
		case t.e.kind == kUnit && (t.e.arg == unitMonth || t.e.arg == unitWeek):
			unit = true
		}
	}
	if !unit {
		return ""
	}
	exp, usa := false, false
	for _, t := range lex.scan(norm(prev), buf[:0]) {
		if t.e.kind != kTopic {
			continue
		}
		switch topic(t.e.arg) {
		case tUSCE:
			return prev
		case tExperience:
			exp = true
		case tUSA:
			usa = true
		case tObservership, tTraining, tResearch:
			return ""
		}
	}
	if exp && usa {
		return prev
	}
	return ""
}

// hasThreeDigits reports a run of exactly three digits, the size of a
// USMLE or COMLEX score.
func hasThreeDigits(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isDigit(s[i]) {
			run++
			continue
		}
		if run == 3 {
			return true
		}
		run = 0
	}
	return false
}
