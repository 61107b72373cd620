package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/imgfriendly/imgfriendly"
)

// One reader of the relation between a person and a resident's role,
// whatever the shape around it: a subject (a name, a coordinated list of
// names with their titles, ranks and degrees, or a pronoun or surname
// carried from the sentence before, or a surname the page names in full)
// bound by a relation (a copula, "serves as", "joined … as", "is one of
// our", "was one of 12", "is in her second year of residency"), or by
// apposition (a comma or dash: "Ana Ruiz, MD, second-year resident at X",
// "Dr. Ben Ota, one of the hospital's 20 new residents,") to a role word;
// or a role before the name it titles ("our PGY-2 resident Ana Ruiz",
// "chief resident Dr. Roe", "one of our interns, Ana Ruiz,"). The reader
// starts from the role word (relRoleWords, a training year), which a block
// must hold (the block's word hints: a block without one costs nothing),
// and walks back over the words before it: modifiers that say what the
// person trains in (trainingModifiers' words), determiners (an article, a
// count, a possessive), a quantifier, an adverb, then a relation's words,
// each a row of a table, or the apposition's comma. What stands before
// the relation must be the subject, whole; a subject in apposition must
// agree in number with the role, and the role must close the apposition.
// When nothing before the role binds it, the name after it may
// (relNamedAfter). Residents placed at two or more different programs
// ("…, resident at A", "…, resident at B") are a round-up of other
// programs' residents: none of them is read (dropOtherPrograms). A role with
// a place after it ("residents of Austin"), a possessive ("the residents'
// lounge"), or any other word between the relation and the role (a status,
// "former"; another role, "faculty who teach our residents") binds no one.
// A caption's list whose lead sentence is about something the people do
// takes its subject from the sentence before ("X Hospital residents train
// for a drill. Carrying a stretcher, from left to right are: …").

// relVerbRows are the relations, as word sequences, that bind the subject
// before them to the role after them (present or future: "was a
// resident" is no row). A "*" stands for up to four words ("joined the
// program as").
var relVerbRows = [][]string{
	{"is"}, {"are"}, {"will", "be"}, {"has", "been", "named"}, {"have", "been", "named"}, {"was", "named"},
	{"were", "named"}, {"was", "selected", "as"}, {"were", "selected", "as"}, {"serves", "as"}, {"serve", "as"},
	{"is", "serving", "as"}, {"are", "serving", "as"}, {"will", "serve", "as"}, {"joined", "*", "as"},
	{"joins", "*", "as"}, {"join", "*", "as"}, {"has", "joined", "*", "as"}, {"have", "joined", "*", "as"},
	{"starts", "*", "as"}, {"start", "*", "as"}, {"began", "*", "as"}, {"has", "been", "selected", "as"},
	{"have", "been", "selected", "as"}, {"was", "chosen", "as"}, {"were", "chosen", "as"}, {"has", "been", "chosen", "as"},
	{"have", "been", "chosen", "as"}, {"was", "elected"}, {"were", "elected"}, {"has", "been", "elected"},
	{"have", "been", "elected"}, {"was", "elected", "as"}, {"were", "elected", "as"},
	{"became"}, {"has", "been"}, {"have", "been"},
	// a year of the residency begun now: "is beginning her fourth year as a surgery resident"
	{"is", "beginning", "*", "as"}, {"are", "beginning", "*", "as"}, {"is", "starting", "*", "as"},
	{"are", "starting", "*", "as"}, {"begins", "*", "as"}, {"begin", "*", "as"}, {"is", "entering", "*", "as"},
	{"are", "entering", "*", "as"}, {"enters", "*", "as"},
	// a post held now: "works as a resident physician at X"
	{"works", "as"}, {"work", "as"}, {"is", "working", "as"}, {"are", "working", "as"}, {"trains", "as"},
	{"train", "as"}, {"is", "training", "as"}, {"are", "training", "as"},
}

// relEnteredRows are the rows of relVerbRows that tell of a role taken up
// before now ("became a resident", "has been a resident"): read only when
// the sentence dates it to no year and says of no role since
// (relEnteredNow).
var relEnteredRows = [][]string{{"became"}, {"has", "been"}, {"have", "been"}}

// relAdverbs may stand before or after a relation's words ("is now a",
// "currently serves as").
var relAdverbs = []string{"now", "currently", "also", "still", "both", "all", "each", "recently"}

// relArticles may stand right before the role (after its modifiers).
var relArticles = []string{"a", "an", "the", "our", "new"}

// relQuantifiers, before the article, make the subject some of a group:
// "one of our interns", "among the residents".
var relQuantifiers = [][]string{{"one", "of"}, {"two", "of"}, {"three", "of"}, {"four", "of"}, {"some", "of"},
	{"all", "of"}, {"both", "of"}, {"among"}}

// relCollectives are the groups a role's members make, before the role
// (and its modifiers): "our team of chief residents".
var relCollectives = [][]string{{"team", "of"}, {"group", "of"}, {"ranks", "of"}, {"cohort", "of"}}

// relJoinRows are the relations that make the subject a member of a
// collective of relCollectives ("joins our team of chief residents", "is
// part of the group of interns").
var relJoinRows = [][]string{{"has", "joined"}, {"have", "joined"}, {"will", "join"}, {"joins"}, {"join"}, {"joined"},
	{"is", "part", "of"}, {"are", "part", "of"}, {"is", "now", "part", "of"}, {"rounds", "out"}, {"round", "out"}}

// relYearOf are the words after a year that make it a year of the
// residency: "in her second year of residency".
var relYearOf = []string{"year of residency", "year of internship", "year of residency training", "year of training"}

// relRelatives open a relative clause after the subject: the subject is
// before it ("Ana Ruiz, who grew up in Ohio, is …"), or the clause binds
// the role to it ("Drs. Ana Ruiz and Ben Ota, both of whom are in their
// fourth year of residency, …").
var relRelatives = []string{", who", ", both of whom", ", all of whom", ", each of whom", ", all three of whom"}

// relPronouns refer to the subject of the sentence before (one person).
var relPronouns = map[string]bool{"She": true, "He": true}

// relPluralCarried are the subjects that take the names of a list before:
// "They", "Both", "Both of them", "The two", "All three".
var relPluralCarried = map[string]bool{"They": true, "Both": true, "Both of them": true, "The two": true,
	"The two of them": true, "The pair": true, "All three": true, "All three of them": true, "All of them": true}

// relationResidents reads the person↔role relation in the blocks that
// hold a resident's word (the block's hints). In such a block it looks
// for the role words themselves, and walks back from each over a window
// of at most relReach bytes, lowered into a buffer on the stack: the
// sentences of the block are split only where a relation binds a role,
// or a colon may open a caption's list.
func relationResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	var affils []string // by resident: the program named after the role (rosteraffiliation.go)
	var spans [][2]int
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 20 || !b.in(&residentHeadWords) && !b.in(&predicateRoles) && !b.relAbbrevRole() && !relBareYearMay(b.text) && (b.words().find(residencyTurn.hints)&1 == 0 || !relProgramMay(b.text)) {
			continue
		}
		// on a page or in a section of past people (alumni, graduates),
		// only a present relation binds: "Dr. Ana Ruiz, a 2019 graduate
		// of our school, is now a second-year resident at X"
		past := outOfScope(d, i)
		if past && !pastScope(d, i) && !actScope(d, i) {
			continue
		}
		t, split := b.text, false
		bare := relBareYearMay(t)                 // (a year of nothing named is a role only where it may bind)
		peer := relPeerMay(t) || relProgramMay(t) // (a classmate, a residency program: a role only where the block may name one)
		add := func(names []string, evidence, affil string) {
			ev := imgfriendly.Evidence{URL: pageURL, Text: evidence, Selector: b.selector()}
			for _, n := range names {
				ev := ev
				ev.Text = relNamingEvidence(d, i, n, evidence)
				out = append(out, imgfriendly.Resident{Name: n, Evidence: ev})
				affils = append(affils, affil)
			}
		}
		if strings.IndexByte(t, ':') >= 0 && !past {
			spans, split = sentenceSpansInto(spans[:0], t), true
			for k, sp := range spans {
				if names, ev := relCaption(t, spans[:k], t[sp[0]:sp[1]], sp[0]); names != nil {
					add(names, ev, "")
				}
			}
		}
		for at := 0; ; {
			r0, r1 := relRoleAtIn(t, at, bare, peer)
			if r0 < 0 {
				break
			}
			at = r1
			if peer && relPeerNoun(t[r0:r1]) && !relPeerOfResidents(t, r0) {
				continue // "five students listen as one of their classmates, Ana Ruiz, …": classmates of others
			}
			if relProgramRole(t[r0:r1]) {
				if bd, ok := relProgramBound(t, r0); ok && !past {
					if !split {
						spans, split = sentenceSpansInto(spans[:0], t), true
					}
					if names, ev, _ := relBoundSubject(d, t, spans, bd, r0, r1); names != nil {
						add(names, ev, "")
					}
				}
				continue // (a program names no one after it)
			}
			if r1 < len(t) && (t[r1] == '\'' || strings.HasPrefix(t[r1:], "’")) || placeAfter(t[r0:]) || relRoleModified(t[r1:]) {
				continue // "the residents' lounge", "residents of Austin", "a resident advocate"
			}
			if bd, ok := relBoundBefore(t, r0); ok && (!past || relPresent(t, bd, r0)) {
				if !split {
					spans, split = sentenceSpansInto(spans[:0], t), true
				}
				if names, ev, affil := relBoundSubject(d, t, spans, bd, r0, r1); names != nil {
					add(names, ev, affil)
					continue
				}
			}
			if past {
				continue
			}
			if names, ev := relNamedAfter(t, r0, r1); names != nil {
				add(names, ev, "")
			} else if names, ev := relInvertedNames(t, r0, r1); names != nil {
				add(names, ev, "") // "Among the residents honored was Ana Ruiz"
			}
		}
	}
	out, d.roundUp = dropOtherPrograms(out, affils)
	return out
}

// relBoundSubject reads the subject the relation bd before the role at
// r0..r1 of t binds to it (spans: t's sentences): the names, the evidence, and
// the program named after the role.
func relBoundSubject(d *doc, t string, spans [][2]int, bd relBinding, r0, r1 int) ([]string, string, string) {
	k := 0
	for k+1 < len(spans) && spans[k+1][0] <= bd.end {
		k++
	}
	if k >= len(spans) || spans[k][0] > bd.end {
		return nil, "", ""
	}
	sp := spans[k]
	if bd.entry {
		if d == nil || !relEnteredNow("", t[r1:max(sp[1], r1)]) {
			return nil, "", ""
		}
		name, ok := relEntryName(d, blockOf(d, t))
		if !ok {
			return nil, "", ""
		}
		return []string{name}, t[sp[0]:max(sp[1], r1)], affiliationAfter(relAfterRole(t[r1:]))
	}
	s := t[sp[0]:max(sp[1], r1)]
	if sd := cutDateline(s); bd.quant != "" && (yearWord.MatchString(sd) || pastSpan(sd)) {
		return nil, "", "" // "one of the first residents, 20 years ago": a group then
	}
	if bd.member && strings.HasPrefix(relAfterRole(t[r1:]), " as ") {
		return nil, "", "" // "joins our team of chief residents as their faculty advisor": another role
	}
	if bd.apposed && !relApposedClosed(t[r1:]) && !(bd.bare && relSaidAfter(t[r1:])) {
		return nil, "", "" // "With Dr. Marsh, the chief resident runs rounds": the role is the next clause's subject
	}
	if !relBareYear(r0, r1, t[sp[0]:bd.end]) {
		return nil, "", ""
	}
	names, ev := relSubject(d, t, spans[:k], t[sp[0]:bd.end], sp[0], bd)
	if names == nil && !bd.apposed {
		// "This year, Doe is …", "Dr. Roe hopes is …": the subject behind
		// a fronted phrase, or before a word an edit left (rostermention.go)
		if sub, ok := relRepairedSubject(t[sp[0]:bd.end]); ok {
			names, ev = relSubject(d, t, spans[:k], sub, sp[0], bd)
		}
	}
	if names == nil || bd.apposed && !relAgrees(t[r0:r1], bd, len(names)) {
		return nil, "", ""
	}
	if bd.apposed && r1 < sp[1] && relPredicateOver(t[r1:sp[1]]) {
		return nil, "", "" // "Dr. Ana Ruiz, chief resident, went on to a cardiology fellowship": the residency is over
	}
	if !bd.apposed && !relEnteredNow(t[bd.end:r0], t[r1:max(sp[1], r1)]) {
		return nil, "", "" // "Dr. Roe became a resident here in 2005 and is now a professor": a residency then
	}
	return names, t[ev:max(sp[1], r1)], affiliationAfter(relAfterRole(t[r1:]))
}

// relEnteredNow reports whether a relation (rel, the words between the
// subject and the role) that tells of a role taken up before now
// (relEnteredRows) leaves the person in it: the sentence's rest after the
// role names no year ("in 2005", "since 2010"), no time ago, no role held
// since ("and is now an associate professor") and no training over. Any
// other relation reports true.
func relEnteredNow(rel, rest string) bool {
	ws := strings.Fields(asciiLower(rel))
	entered := false
	for _, row := range relEnteredRows {
		if len(ws) >= len(row) && slices.Equal(ws[:len(row)], row) && (len(ws) == len(row) || !slices.Contains([]string{"named", "selected", "chosen", "elected"}, ws[len(row)])) {
			entered = true
		}
	}
	if !entered {
		return true
	}
	if yearWord.MatchString(rest) || pastSpan(rest) || strings.Contains(rest, " ago") {
		return false
	}
	return !otherRoles.in(rest) && !staffRoleWords.in(rest) && !relPredicateOver(rest)
}

// relPredicateOver reports a sentence's rest after a role in apposition
// that tells of the person's training (the self cues of a third person's
// account: selfCues) as over: a fellowship under way, a residency
// completed, a practice.
func relPredicateOver(rest string) bool {
	if selfCueSet.find(rest, 1) == 0 {
		return false
	}
	a := selfAccount{}
	a.add(rest, strings.ReplaceAll(asciiLower(rest), "’", "'"))
	return a.over > 0
}

// relPresent reports a binding by a relation in the present tense, its
// verb first after adverbs ("is", "are", "currently serves as", "is now in
// her second year of"):
// no apposition, no group, and no word of another time ("was", "will",
// "has been", "former").
func relPresent(t string, bd relBinding, r0 int) bool {
	if bd.entry {
		return true // "Now a PGY-2 resident at X": present by its adverb
	}
	if bd.apposed || bd.quant != "" || bd.end >= r0 {
		return false
	}
	ws := strings.Fields(asciiLower(t[bd.end:r0]))
	v := 0
	for v < len(ws) && relAdverb(ws[v]) {
		v++ // "currently serves as", "now is"
	}
	if v == len(ws) {
		return false
	}
	switch strings.Trim(ws[v], ",") {
	case "is", "are", "serves", "serve":
	default:
		return false
	}
	for _, w := range ws {
		switch w {
		case "was", "were", "will", "has", "have", "had", "former", "past":
			return false
		}
	}
	return true
}

// relAbbrevRole reports a block whose text may hold a role its word hints
// do not see: a chief's "CMR", a training year glued to its number
// ("PGY3"), an R year ("R3"). The text's R's are read once for "CMR" and
// the R years, and "PGY" is looked for only where the block's words hold
// "pgy" in some case (yearSet): three searches of every block's text
// before (relAbbrevRoleText, TestRelAbbrevRole).
func (b *block) relAbbrevRole() bool {
	t := b.text
	for from := 0; ; {
		k := strings.IndexByte(t[from:], 'R')
		if k < 0 {
			break
		}
		from += k
		if from >= 2 && t[from-2:from] == "CM" || relRYear(t, from) {
			return true
		}
		from++
	}
	return b.words().find(yearSet)&1 != 0 && strings.Contains(t, "PGY")
}

// relRYear reports a training year written "R" and its number 1 to 5 at
// t[i:i+2], a word of its own ("Dr. Ana Ruiz (R3)", "R2 Ben Ota").
func relRYear(t string, i int) bool {
	return i+2 <= len(t) && t[i] == 'R' && t[i+1] >= '1' && t[i+1] <= '5' &&
		(i == 0 || !isWordByte(t[i-1])) && (i+2 == len(t) || !isWordByte(t[i+2]))
}

// relYearTitle reports a training year's abbreviation at t[r0:r1] that
// titles the name right after it (relYearToken): the name follows after a
// space alone, and the abbreviation opens its phrase, no comma, dash, bar
// or parenthesis before it — "Ana Ruiz, MD - PGY-2 - Lakeview School of
// Medicine" gives the year to the name before it, and the school after it
// is none.
func relYearTitle(t string, r0, r1 int) bool {
	if !relYearToken(t[r0:r1]) || r1+1 >= len(t) || t[r1] != ' ' || !upperAt(t, r1+1) {
		return false
	}
	i := r0 - 1
	for i >= 0 && t[i] == ' ' {
		i--
	}
	return i < 0 || strings.IndexByte(",-|(/", t[i]) < 0 && !strings.HasSuffix(t[:i+1], "–") && !strings.HasSuffix(t[:i+1], "—") && !strings.HasSuffix(t[:i+1], "·")
}

// relYearToken reports a role that is a training year's abbreviation
// itself ("PGY-2", "PGY1", "R3"): a trainee's title with no other
// meaning, so that it titles the name after it with no "our" before it
// ("PGY1 Ana Ruiz has …", "said R3 Ben Ota"), where "resident" alone
// may be a town's.
func relYearToken(role string) bool {
	return len(role) >= 2 && (role[0]|0x20 == 'p' || relRYear(role, 0))
}

// relRoleModified reports a role word that modifies the noun after it,
// which is the person's role ("a resident advocate", "the intern
// coordinator", "a resident physician assistant"): after the role (and
// "physician"), roleModified's words.
func relRoleModified(after string) bool {
	w, rest := relNextWord(after)
	if w == "physician" || w == "physicians" {
		w, _ = relNextWord(rest)
	}
	return w != "" && roleModified(w)
}

// relNextWord is the next word of t (lower case, after spaces) and the
// text after it; "" when punctuation comes first.
func relNextWord(t string) (string, string) {
	i := 0
	for i < len(t) && t[i] == ' ' {
		i++
	}
	if i == 0 {
		return "", t
	}
	e := wordEnd(t, i)
	return asciiLower(t[i:e]), t[e:]
}

// relAfterRole is the text after a role, "physician(s)" passed over.
func relAfterRole(after string) string {
	if w, rest := relNextWord(after); w == "physician" || w == "physicians" {
		return rest
	}
	return after
}

// relApposedClosed reports a role in apposition that closes there: the
// text after it (after "physician") is punctuation that ends the
// apposition, or a preposition or "who" that goes on with it ("Ana Ruiz,
// PGY-2 resident at Lakeside:", "Dr. Ben Ota, one of 20 new residents at
// Valley Health, said").
func relApposedClosed(after string) bool {
	after = relAfterRole(after)
	if after == "" || strings.IndexByte(",;:.!?)\n(", after[0]) >= 0 {
		return true
	}
	if strings.HasPrefix(after, " —") || strings.HasPrefix(after, " –") || strings.HasPrefix(after, " - ") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–") {
		return true
	}
	w, rest := relNextWord(after)
	return slices.Contains(relAppositionGoesOn, w) || w == "of" && relOfProgram(rest)
}

// relOfProgram reports the words after a role's "of" that name the
// program, department or service the role is held in ("chief resident of
// the pediatrics program", "resident of our Internal Medicine
// Department"): a determiner or a capitalised word, then up to five words
// before a noun of relProgramNouns that closes the phrase. A place ("a
// resident of Dayton") names no program.
func relOfProgram(rest string) bool {
	for n := 0; n < 7; n++ {
		w, r := relNextWord(rest)
		if w == "" {
			return false
		}
		if n > 0 && slices.Contains(relProgramNouns, w) {
			return r == "" || strings.IndexByte(",.;:)\n", r[0]) >= 0 || strings.HasPrefix(r, " at ") || strings.HasPrefix(r, " in ") || strings.HasPrefix(r, " —") || strings.HasPrefix(r, " –")
		}
		if r != "" && (r[0] == ',' || r[0] == '.' || r[0] == ';') {
			return false
		}
		rest = r
	}
	return false
}

// relProgramNouns are the nouns of a program, department or service a
// role is held in, after its "of" (relOfProgram).
var relProgramNouns = []string{"program", "residency", "department", "service", "division", "hospital", "clinic"}

// relSaidAfter reports a verb of saying right after a role (relSaidVerbs),
// which closes an apposition with no article, its comma left out: "Jane
// Roe, DO, psychiatry resident says, …". A role with no article is no
// subject of its own clause ("With Dr. Marsh, chief resident duties grew"
// holds no verb of saying; "the chief resident says" has its article).
func relSaidAfter(after string) bool {
	w, _ := relNextWord(relAfterRole(after))
	return w != "" && slices.Contains(relSaidVerbs, w)
}

// relAppositionGoesOn are the words after a role in apposition that go on
// with it: a place or program, a track, a relative clause.
var relAppositionGoesOn = []string{"at", "in", "with", "from", "who", "for", "on"}

// relAgrees reports whether the number of people a subject names fits the
// role in apposition bd: one for "resident", "one of our residents"; two
// or more for "residents" ("both PGY-2 residents") and "each a resident".
func relAgrees(role string, bd relBinding, n int) bool {
	switch {
	case bd.quant == "one":
		return n == 1
	case bd.quant != "" || foldIs(role[:min(len(role), 4)], "year"):
		return n >= 1 // (a year of the residency: "her" or "their" says the number)
	case bd.each == "each":
		return n >= 2 && !relPluralRole(role)
	case bd.each != "" || relPluralRole(role):
		return n >= 2 && relPluralRole(role)
	}
	return n == 1
}

// relPluralRole reports a role word in the plural ("residents", "PGY-2s",
// "CMRs").
func relPluralRole(role string) bool {
	return role != "" && role[len(role)-1]|0x20 == 's'
}

// relReach is how far back from a role word the relation is looked for.
const relReach = 160

// relRoleAt finds the next role word of t at or after at (in any case):
// its start and end, or -1. A role is a word of relRoleWords ("resident",
// "interns", "CMR"), "PGY-n" (but not before "resident", the role then,
// "PGY-2" its modifier), or a year of the residency ("her second year of
// residency"). One table look-up a byte finds the words that may open one.
func relRoleAt(t string, at int) (int, int) {
	return relRoleAtIn(t, at, false, false)
}

// relRoleAtIn is relRoleAt, a bare year ("in their fourth year,") a role
// too when bare, and a peer noun ("classmates", relPeerNouns) when peer.
func relRoleAtIn(t string, at int, bare, peer bool) (int, int) {
	for i := at; i < len(t); i++ {
		if !relFirst[t[i]] || i > 0 && isWordByte(t[i-1]) {
			continue
		}
		if e := relRoleEnd(t, i, bare, peer); e > 0 {
			return i, e
		}
	}
	return -1, -1
}

// relRoleWords are the roles read as words (lower case), each with its
// plural: a resident's, an intern's, a chief medical resident's
// abbreviation. (A role's first letter must be one of relFirst's.)
var relRoleWords = []string{"resident", "residents", "intern", "interns", "cmr", "cmrs"}

// relFirst are the first letters of the roles, in both cases.
var relFirst = func() (f [256]bool) {
	for _, c := range "rRiIpPyYcC" {
		f[c] = true
	}
	return f
}()

// relRoleEnd is the end of the role word that starts at i in t, or 0.
func relRoleEnd(t string, i int, bare, peer bool) int {
	if i < 0 || i > 0 && isWordByte(t[i-1]) {
		return 0
	}
	switch t[i] | 0x20 {
	case 'r', 'i', 'c':
		e := wordEnd(t, i)
		for _, w := range relRoleWords {
			if foldIs(t[i:e], w) {
				return e
			}
		}
		if e == i+2 && relRYear(t, i) {
			return e
		}
		if peer && foldIs(t[i:e], "residency") {
			if p := relProgramEnd(t, e); p > 0 {
				return p // "in the new family medicine residency program": a place of the residents' own (rolemembership.go)
			}
		}
		if peer && relPeerNoun(t[i:e]) {
			return e
		}
	case 'p':
		e := i + 3
		if e > len(t) || !foldIs(t[i:e], "pgy") {
			return 0
		}
		if e < len(t) && (t[e] == '-' || t[e] == ' ') {
			e++
		}
		if e >= len(t) || t[e] < '1' || t[e] > '7' {
			return 0
		}
		e++
		if e < len(t) && t[e] == 's' {
			e++
		}
		if e < len(t) && isWordByte(t[e]) || e+9 <= len(t) && foldIs(t[e:e+9], " resident") {
			return 0
		}
		return e
	case 'y':
		for _, y := range relYearOf {
			if len(t)-i >= len(y) && foldIs(t[i:i+len(y)], y) {
				return i + len(y)
			}
		}
		if e := i + 4; bare && e < len(t) && foldIs(t[i:e], "year") && strings.IndexByte(",;)", t[e]) >= 0 {
			return e // a year of nothing named, the apposition closed: "in their fourth year," (relBareYear)
		}
	}
	return 0
}

// relBareYear reports a role that is a year of nothing named ("both of
// whom are in their fourth year,"): a year of residency only when the
// subject is a doctor by title ("Drs. Ana Ruiz and Ben Ota", "Dr. Ruiz",
// "Lt. Col. (Dr.) Ruiz"), a graduate of medical school; anyone else's may
// be a student's year.
func relBareYear(r0, r1 int, sub string) bool {
	if r1-r0 != len("year") {
		return true
	}
	return strings.Contains(sub, "Dr. ") || strings.Contains(sub, "Drs. ") || strings.Contains(sub, "(Dr.)")
}

// relBareYearMay is a necessary condition of a bare year's binding in t
// (relBareYear): a year that ends an apposition, and a doctor's title.
func relBareYearMay(t string) bool {
	if !strings.Contains(t, "Dr") {
		return false
	}
	for from := 0; ; {
		k := strings.Index(t[from:], " year")
		if k < 0 {
			return false
		}
		from += k + len(" year")
		if from < len(t) && (t[from] == ',' || t[from] == ';' || t[from] == ')') {
			return true
		}
	}
}

// foldIs reports whether s is w (lower case ASCII) in any case.
func foldIs(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// wordEnd is the end of the word of t that starts at i.
func wordEnd(t string, i int) int {
	e := i
	for e < len(t) && isWordByte(t[e]) {
		e++
	}
	return e
}

// relWords are the words before a role, read back from it on demand:
// word(0) is the nearest. A comma, semicolon, colon or closing
// parenthesis ends the clause, and the words; so does relReach.
type relWords struct {
	t     string
	floor int
	ws    [12][2]int
	n     int
	done  bool
	stop  int // where the punctuation that ended the clause is, or -1
}

// word is the b-th word back (as written), or "" past the clause.
func (w *relWords) word(b int) string {
	for !w.done && w.n <= b && w.n < len(w.ws) {
		end := w.floor
		if w.n > 0 {
			end = w.ws[w.n-1][0]
		} else {
			end = w.floor
			w.floor = max(0, end-relReach)
		}
		t := w.t
		for end > w.floor && (t[end-1] == ' ' || t[end-1] == '\n') {
			end--
		}
		if end <= w.floor || t[end-1] == ',' || t[end-1] == ';' || t[end-1] == ':' || t[end-1] == ')' {
			w.done = true
			if end > w.floor {
				w.stop = end - 1
			}
			break
		}
		start := end
		if t[end-1] == '(' {
			start-- // a parenthesis opens an apposition, a word of its own: "Lia Cruz (second-year resident)"
		} else {
			for start > w.floor && t[start-1] != ' ' && t[start-1] != ',' && t[start-1] != '\n' && t[start-1] != '(' {
				start--
			}
		}
		if start == w.floor && w.floor > 0 {
			w.done = true // a word cut by the reach
			break
		}
		w.ws[w.n] = [2]int{start, end}
		w.n++
	}
	if b < 0 || b >= w.n {
		return ""
	}
	return w.t[w.ws[b][0]:w.ws[b][1]]
}

// is reports whether the b-th word back is lit (lower case) in any case.
func (w *relWords) is(b int, lit string) bool {
	return foldIs(w.word(b), lit)
}

// relBinding is how a role is bound to the subject before it: where the
// subject ends, and the shape.
type relBinding struct {
	end     int    // where the subject ends in t
	apposed bool   // the role in apposition after a comma: "Ana Ruiz, a PGY-2 resident,"
	quant   string // the quantifier's first word ("one" of "one of our interns"), or ""
	each    string // an apposition's "both", "all" or "each" (lower case), or ""
	titled  bool   // an apposition's "a" or "an" and a modifier: "Okafor, a first-year resident"
	bare    bool   // an apposition of modifiers and the role alone, no article: "Roe, DO, psychiatry resident"
	member  bool   // a member of a collective of the role: "joins our team of chief residents"
	entry   bool   // a predicate with no subject, its clause opening with "currently" or "now": "Currently a urology resident at X" under an entry's name line
}

// relBoundBefore walks back from a role at r0 of t over its modifiers,
// determiners, quantifier and adverbs to a relation's words, or to the
// comma or dash of an apposition; it returns where the subject ends in t, or ok
// false when no relation binds the role.
func relBoundBefore(t string, r0 int) (relBinding, bool) {
	w := relWords{t: t, floor: r0, stop: -1}
	b := 0
	if foldIs(t[r0:min(len(t), r0+4)], "year") {
		// "in her second year of residency": the ordinal, a possessive, "in"
		if !relModifier(w.word(b)) {
			return relBinding{}, false
		}
		b++
		if w.is(b, "her") || w.is(b, "his") || w.is(b, "their") || w.is(b, "the") {
			b++
		}
		if !w.is(b, "in") {
			return relBinding{}, false
		}
		b++
		for relAdverb(w.word(b)) {
			b++
		}
		if w.word(b) == "" && w.stop >= 0 && t[w.stop] == ',' {
			// an apposition: "Ana Ruiz and Ben Ota, both in their second
			// year of residency, presented …"
			return relBinding{end: w.stop, apposed: true}, true
		}
		if !w.is(b, "is") && !w.is(b, "are") {
			return relBinding{}, false
		}
		end, ok := w.subjectEnd(b)
		return relBinding{end: end}, ok
	}
	b = w.roleModifiers(b, true) // "second-year", "family medicine", "chief", "QVFM Chief"
	mods := b
	for n := 0; n < 4 && relDeterminer(w.word(b)); n++ {
		b++ // "a", "our", "the hospital's new", "20 new"
	}
	quant := ""
	for _, q := range relQuantifiers {
		if x := w.word(b); len(x) != 2 && len(x) != 5 {
			break // (only "of" and "among" end a quantifier)
		}
		if w.endAt(b, q) {
			quant = q[0]
			b += len(q)
			break
		}
	}
	if quant == "" {
		// "joins our team of chief residents", "is part of the group of
		// interns": a collective of the role, its determiners, then a
		// verb of joining or belonging
		for _, c := range relCollectives {
			if !w.endAt(b, c) {
				continue
			}
			k := b + len(c)
			for n := 0; n < 2 && relDeterminer(w.word(k)); n++ {
				k++
			}
			for _, row := range relJoinRows {
				if v, ok := w.verbAt(k, row); ok {
					end, ok := w.subjectEnd(v)
					return relBinding{end: end, member: true}, ok
				}
			}
			return relBinding{}, false
		}
	}
	det := b
	for relAdverb(w.word(b)) {
		b++
	}
	x := w.word(b)
	if b == det+1 && det == mods+1 && (w.is(mods, "a") || w.is(mods, "an")) && (w.word(det) == "Currently" || w.word(det) == "Now" || x == "" && (w.is(det, "currently") || w.is(det, "now"))) &&
		(x == "" && (w.stop >= 0 && (t[w.stop] == ',' || t[w.stop] == ';') || w.stop < 0 && strings.TrimLeft(t[:w.ws[det][0]], " ") == "") ||
			len(x) > 3 && strings.HasSuffix(x, ".") && !strings.Contains(x[:len(x)-1], ".")) {
		// "Currently a urology resident at X.", "Won an award; now a
		// second-year surgery resident": an entry's predicate opening its
		// block, a sentence (capitalised) or a clause after a comma or a
		// semicolon, its subject the name line over it (relEntryName)
		return relBinding{end: w.ws[det][0], entry: true}, true
	}
	paren := x == "(" && relParenClosed(t, r0) // "Dr. Ron Vale (faculty member) and Lia Cruz (resident)"
	if x == "" && w.stop >= 0 && (t[w.stop] == ',' || t[w.stop] == ';') || x == "-" || x == "—" || x == "–" || paren {
		// an apposition after a comma or a dash: something said between
		// it and the role, and no adverb but "both", "all" or "each"
		each := ""
		if b > det {
			each = asciiLower(w.word(det))
			if b > det+1 || each != "both" && each != "all" && each != "each" {
				return relBinding{}, false
			}
		}
		if b == 0 && (x != "" && !paren || x == "" && !relAloneMay(t, r0)) {
			return relBinding{}, false
		}
		end := w.stop
		if x != "" {
			end = w.ws[b][0]
		}
		titled := mods > 0 && quant == "" && (w.is(mods, "a") || w.is(mods, "an"))
		return relBinding{end: end, apposed: true, quant: quant, each: each, titled: titled, bare: b == mods}, true
	}
	if quant != "" {
		for _, row := range relPastGroupRows {
			if v, ok := w.verbAt(b, row); ok {
				end, ok := w.subjectEnd(v)
				return relBinding{end: end, quant: quant}, ok
			}
		}
	}
	if b > mods && w.is(b, "and") && (w.is(mods, "a") || w.is(mods, "an")) {
		// "is a representative of the union and an adult psychiatry
		// resident": a second predicate noun before the role's, joined by
		// "and", its own article after the relation; none a staff's or
		// another role's
		for k := b + 1; k <= b+relCoordReach; k++ {
			if w.word(k) == "" {
				break
			}
			if !w.is(k, "a") && !w.is(k, "an") {
				continue
			}
			between := strings.ReplaceAll(asciiLower(w.t[w.ws[k-1][0]:w.ws[b+1][1]]), "house staff", "") // (the residents' own union)
			if otherRoles.in(between) || staffRoleWords.in(between) || k+1 > b+relCoordReach {
				break
			}
			for v := k + 1; relAdverb(w.word(v)); v++ {
				k = v
			}
			for _, row := range relVerbsLongFirst {
				if v, ok := w.verbAt(k+1, row); ok {
					end, ok := w.subjectEnd(v)
					return relBinding{end: end}, ok
				}
			}
			break
		}
	}
	if !relVerbLast(w.word(b)) {
		return relBinding{}, false // (most roles: no relation's word before them)
	}
	for _, row := range relVerbsLongFirst {
		if v, ok := w.verbAt(b, row); ok {
			end, ok := w.subjectEnd(v)
			return relBinding{end: end, quant: quant}, ok
		}
	}
	return relBinding{}, false
}

// relPastGroupRows bind a subject to a group of residents in the past
// tense ("Abebe was one of 12 residents who received a white coat"): only
// with a quantifier, and only in a sentence that dates nothing (a year, "20
// years ago": a group then, alumni now).
var relPastGroupRows = [][]string{{"was"}, {"were"}}

// relDeterminer reports a word that may stand before a role's modifiers: an
// article of relArticles, a count ("12", "twenty"), or a possessive ("the
// hospital's", "its").
func relDeterminer(x string) bool {
	if x == "" {
		return false
	}
	if relArticle(x) {
		return true
	}
	if x[0] >= '0' && x[0] <= '9' {
		for i := 0; i < len(x); i++ {
			if x[i] < '0' || x[i] > '9' {
				return false
			}
		}
		return true
	}
	if len(x) > 2 && (strings.HasSuffix(x, "'s") || strings.HasSuffix(x, "’s")) {
		return x[0] >= 'a' && x[0] <= 'z' // "the hospital's", not a person's "Dr. Roe's"
	}
	return relCounts[asciiLower(x)]
}

// relCounts are counts and possessive pronouns written as words before a
// role ("one of twelve residents", "one of its residents").
var relCounts = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "its": true, "their": true}

// relArticle reports a word of relArticles in any case.
func relArticle(x string) bool {
	if len(x) > 3 {
		return false
	}
	for _, a := range relArticles {
		if foldIs(x, a) {
			return true
		}
	}
	return false
}

// relAdverb reports a word of relAdverbs in any case.
func relAdverb(x string) bool {
	if len(x) < 3 || len(x) > 9 {
		return false
	}
	for _, a := range relAdverbs {
		if foldIs(x, a) {
			return true
		}
	}
	return false
}

// relVerbsLongFirst are relVerbRows, the longer first: "will serve as"
// is tried before "serve as", which ends it.
var relVerbsLongFirst = func() [][]string {
	rows := slices.Clone(relVerbRows)
	slices.SortStableFunc(rows, func(a, b []string) int { return len(b) - len(a) })
	return rows
}()

// relVerbLast reports a word that ends a row of relVerbRows (one of
// relVerbEnds).
func relVerbLast(x string) bool {
	if len(x) < 2 || len(x) > 7 {
		return false
	}
	for _, e := range relVerbEnds {
		if foldIs(x, e) {
			return true
		}
	}
	return false
}

// relVerbEnds are the words that end the rows of relVerbRows, each once.
var relVerbEnds = func() []string {
	var ends []string
	for _, r := range relVerbRows {
		if !slices.Contains(ends, r[len(r)-1]) {
			ends = append(ends, r[len(r)-1])
		}
	}
	return ends
}()

// relModifier reports a word of trainingModifiers (modifierWord), lowered
// on the stack for the table's look-up unless it may be a training year
// ("PGY-2").
func relModifier(x string) bool {
	if x == "" || len(x) > 24 {
		return false
	}
	var buf [24]byte
	digit := false
	for i := 0; i < len(x); i++ {
		c := x[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		digit = digit || c >= '0' && c <= '9' || c == '/'
		buf[i] = c
	}
	if digit {
		return modifierWord(x)
	}
	return len(x) >= 4 && modifierWords[string(buf[:len(x)])] // (no word of the table is shorter)
}

// subjectEnd is where the subject ends in the text before the relation
// whose first word is v words back: after adverbs ("currently serves")
// and a "who" ("Ana Ruiz, who is …") are passed over.
func (w *relWords) subjectEnd(v int) (int, bool) {
	for relAdverb(w.word(v+1)) && !w.is(v+1, "all") && !w.is(v+1, "both") {
		v++
	}
	if w.is(v+1, "who") {
		v++
	}
	if w.word(v) == "" {
		return 0, false
	}
	return w.ws[v][0], true
}

// verbAt reports whether the relation row ends b words back, and how many
// words back it starts.
func (w *relWords) verbAt(b int, row []string) (int, bool) {
	for j := len(row) - 1; j >= 0; j-- {
		if row[j] == "*" {
			// up to four words, then the row's word before the gap
			for g := 0; g <= 4; g++ {
				if v, ok := w.verbAt(b+g, row[:j]); ok {
					return v, true
				}
			}
			return 0, false
		}
		if !w.is(b, row[j]) {
			return 0, false
		}
		b++
	}
	return b - 1, true
}

// endAt reports whether the words q end b words back.
func (w *relWords) endAt(b int, q []string) bool {
	for j := len(q) - 1; j >= 0; j-- {
		if !w.is(b, q[j]) {
			return false
		}
		b++
	}
	return true
}

// relSubject reads the subject that is the end of sub, which starts at
// from in text: a coordinated list of names or one name, whole from its
// first word; a pronoun or a surname takes the name that opens a sentence
// before (a surname: else the name the page gives in full elsewhere, or
// the surname as printed after a title, "Doctor Alvarez is our chief
// resident", or opening the sentence before "a" or "an" and a modifier in
// apposition, "Okafor, a first-year resident in neurology, said"). It returns the names and where their evidence starts in text
// (the sentence before, when the subject is carried from it). A subject in
// apposition is no name's last words ("… School of Medicine at Mount
// Sinai, PGY-1 resident").
func relSubject(d *doc, text string, before [][2]int, sub string, from int, bd relBinding) ([]string, int) {
	sub = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(sub, " \n"), ","), " \n")
	sub = cutPhotoCues(sub) // "Ana Ruiz (left), a second-year resident, …": the photograph's place is no part of the subject
	for _, rel := range relRelatives {
		if k := strings.Index(sub, rel); k > 0 {
			sub = sub[:k] // "Ana Ruiz, who grew up in Ohio, is …": the relative clause between
			break
		}
	}
	if !bd.apposed {
		sub = relAsideCut(relDashAsideCut(sub)) // "Ana Ruiz, a 2019 graduate of X, is now …", "Ana Ruiz (MD '19) is …", "Ruiz — with four others — is"
	} else if s := cutDateline(sub); s != "" {
		if k := strings.Index(s, ", "); k > 0 && personAside(s[k+2:]) && upperAt(s, strings.LastIndexByte(s[:k], ' ')+1) {
			sub = s[:k] // "Dr. Ana Ruiz, 31, a third-year resident, …"
		}
	}
	sub = cutDateline(sub) // "AKRON — Dr. Rao joins …": the subject after the dateline
	if bd.apposed && bylineLine(sub) {
		sub = sub[len("By "):] // "By Ana Ruiz, MD, PGY-2": the author in apposition with the role
	}
	if sub == "" {
		return nil, 0
	}
	if relPronouns[sub] {
		if names, at := relCarried(text, before, ""); names != nil || d == nil {
			return names, at
		}
		return relCarriedBlocks(d, text, from) // "\"It's been great,\" he said." over "He is now a first-year resident …"
	}
	if relPluralCarried[sub] {
		return relCarriedList(text, before) // "Ana Ruiz and Ben Ota joined us. Both are PGY-1 residents."
	}
	if names := relSurnameList(d, text, sub); names != nil {
		at := from
		if k := strings.Index(text, names[0]); k >= 0 && k < at {
			at = k // the evidence from the full names, when this block gives them
		}
		return names, at // "Ruiz and Ota are …" after "Drs. Ana Ruiz and Ben Ota"
	}
	if w := relUntitled(sub); w == "" {
		return nil, 0 // "Dr. , is …": a title alone
	} else if !strings.Contains(w, " ") && upperAt(w, 0) {
		if names, at := relCarried(text, before, w); names != nil || d == nil {
			return names, at
		}
		if name, ok := fullNameBefore(d, w, blockOf(d, text)); ok {
			return []string{name}, from // "Abebe was one of 12 residents …", the story named Ruth Abebe before
		}
		if lw := asciiLower(w); w != sub && !notNameWords[lw] {
			return []string{w}, from // "Doctor Alvarez is our chief resident": a title makes the surname a person's
		}
		if lw := asciiLower(w); bd.titled && w == sub && len(w) >= 3 && !nonNameOpeners[lw] && !notNameWords[lw] && !rolesElsewhere(d, w) {
			return []string{w}, from
		}
		return nil, 0
	} else if (w != sub || relLowerParticle(w)) && len(w) < 40 && w[0] >= 'a' && w[0] <= 'z' || relParticleSurname(w) {
		// a surname that opens with its particle ("Dr. de la Fuente", "Van
		// Dyke"): the name of a sentence before that ends with it, or the
		// name the page gives in full ("Van Dyke" may be a first name and a
		// surname too: else read as it stands)
		if names, at := relCarried(text, before, w); names != nil {
			return names, at
		}
		if d != nil && w[0] >= 'A' && w[0] <= 'Z' {
			name, n := fullNameUpTo(d, w, len(d.blocks)-1)
			if n == 1 {
				return []string{name}, from
			}
			if n == 2 {
				return nil, 0 // "Van Dyke" after "Ana Van Dyke" and "Dr. Ben Van Dyke": no one person
			}
		}
	}
	if w, ok := relSpokenSurname(sub); ok && d != nil {
		// "“…,” says Lind, who is a third-year resident": the speaker's
		// surname, the story naming her in full before
		if names, at := relCarried(text, before, w); names != nil {
			return names, at
		}
		if name, ok := fullNameBefore(d, w, blockOf(d, text)); ok {
			return []string{name}, from
		}
	}
	for start := max(0, len(sub)-300); start < len(sub); start++ {
		if start > 0 && sub[start-1] != ' ' || !upperAt(sub, start) {
			continue
		}
		if bd.apposed && inName(sub[:start]) && !apposedAnd(sub[:start]) {
			continue
		}
		if names, e := coordinatedNameList(sub[start:]); e == len(sub)-start {
			if otherRoleBefore(asciiLower(sub[max(0, start-30):start])) {
				return nil, 0
			}
			return names, from
		}
		it := listItem.FindStringSubmatchIndex(sub[start:])
		if it == nil || it[1] != len(sub)-start {
			continue
		}
		name, ok := personName(sub[start+it[2] : start+it[3]])
		if !ok || isSchoolLine(name) || hasAcronym(name) || otherRoleBefore(asciiLower(sub[max(0, start-30):start])) {
			return nil, 0
		}
		if first, _, _ := strings.Cut(name, " "); nonNameOpeners[asciiLower(first)] {
			return nil, 0 // "Now Osei is …": an adverb and the surname, no name (relRepairedSubject reads it)
		}
		if relParticleSurname(name) && d != nil {
			full, n := fullNameUpTo(d, name, len(d.blocks)-1)
			if n == 2 {
				return nil, 0 // "Van Dyke" after "Ana Van Dyke" and "Dr. Ben Van Dyke": no one person
			}
			if n == 1 {
				name = full // "said Van Dyke, a third-year resident" after "Ana Van Dyke grew up …"
			}
		}
		return []string{name}, from
	}
	return nil, 0
}

// blockOf is the index of the block whose text is t, or the last block's
// when none is.
func blockOf(d *doc, t string) int {
	for i := range d.blocks {
		if d.blocks[i].text == t {
			return i
		}
	}
	return len(d.blocks) - 1
}

// relAsideOpeners open an apposition between a subject and its relation
// that says what else the person is (lower case, after the comma): "Ana
// Ruiz, a 2019 graduate of X, is now …", "Dr. Ana Ruiz, Class of 2019, is
// …".
var relAsideOpeners = []string{"a ", "an ", "class of ", "the "}

// relAsideCut returns the subject sub without an apposition or a
// parenthesis that closes it: a parenthesis ("Ana Ruiz (MD '19)"), or a
// comma's aside opening with relAsideOpeners that names no other role (a
// staff's, a former resident's: "Dr. Roe, the program director, is …"
// keeps its aside, and the relation reads no one) and no resident's (an
// apposition of its own). The text before the aside must end in a
// capitalised word (a name's).
func relAsideCut(sub string) string {
	if strings.HasSuffix(sub, ")") {
		if k := strings.LastIndexByte(sub, '('); k > 0 && sub[k-1] == ' ' && !strings.ContainsAny(sub[k:], ",;") {
			return strings.TrimRight(sub[:k], " ")
		}
	}
	for from := 0; ; {
		k := strings.Index(sub[from:], ", ")
		if k < 0 {
			return sub
		}
		k += from
		from = k + 2
		aside := asciiLower(sub[k+2:])
		if personAside(sub[k+2:]) {
			if e := strings.LastIndexByte(sub[:k], ' ') + 1; upperAt(sub, e) {
				return sub[:k] // "Ana Ruiz, 29, is …", "Ana Ruiz, of Dayton, Ohio, is …"
			}
			return sub
		}
		if !slices.ContainsFunc(relAsideOpeners, func(o string) bool { return strings.HasPrefix(aside, o) }) {
			continue
		}
		if strings.Contains(aside, ", ") || staffRoleWords.in(aside) || otherRoles.in(aside) || residentRoleRE.MatchString(aside) || staffChief(aside) {
			return sub
		}
		if e := strings.LastIndexByte(sub[:k], ' ') + 1; !upperAt(sub, e) {
			return sub
		}
		return sub[:k]
	}
}

// personAside reports an aside that tells a person's age or hometown and
// nothing else, the whole rest of a subject after a name's comma: "29",
// "of Dayton", "from Dayton, Ohio" (a place: capitalised words, perhaps a
// comma and a state or country after them).
func personAside(a string) bool {
	if n := len(a); n >= 1 && n <= 2 && isDigit(a[0]) && isDigit(a[n-1]) {
		return true // an age
	}
	if age, rest, ok := strings.Cut(a, ", "); ok && len(age) <= 2 && personAside(age) {
		return personAside(rest) // "29, of Dayton"
	}
	rest, ok := strings.CutPrefix(a, "of ")
	if !ok {
		rest, ok = strings.CutPrefix(a, "from ")
	}
	if !ok || rest == "" {
		return false
	}
	place, state, two := strings.Cut(rest, ", ")
	if two && (strings.Contains(state, ", ") || !capitalWords(state)) {
		return false
	}
	return capitalWords(place) && !otherRoles.in(rest) && !staffRoleWords.in(rest) && !isSchoolLine(rest)
}

// capitalWords reports one to three words, each capitalised: a place's
// name ("Dayton", "New York", "Port of Spain" is not: its "of").
func capitalWords(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if !upperAt(w, 0) {
			return false
		}
	}
	return true
}

// relParticleSurname reports two or three capitalised words of which the
// first is a surname's particle ("Van Dyke", "De Luca", "Van der Berg"):
// perhaps a surname alone.
func relParticleSurname(w string) bool {
	p, rest, ok := strings.Cut(w, " ")
	if !ok || !relParticles[p] || strings.Count(rest, " ") > 1 || !upperAt(rest, 0) && !strings.HasPrefix(rest, "der ") {
		return false
	}
	return true
}

// relLowerParticle reports a surname that opens with a particle in lower
// case, its last word capitalised: "de la Fuente", "van der Berg".
func relLowerParticle(w string) bool {
	p, _, ok := strings.Cut(w, " ")
	return ok && relParticles[strings.ToUpper(p[:1])+p[1:]] && upperAt(w, strings.LastIndexByte(w, ' ')+1)
}

// relParticles are the capitalised particles that open surnames.
var relParticles = map[string]bool{"Van": true, "Von": true, "De": true, "Da": true, "Di": true, "Del": true, "Della": true,
	"La": true, "Le": true, "Du": true, "Dos": true, "Das": true, "St.": true}

// relUntitled is sub without a doctor's title before it ("Dr. ", "Dr ",
// "Doctor ").
func relUntitled(sub string) string {
	for _, p := range [...]string{"Dr. ", "Dr ", "Doctor "} {
		if w, ok := strings.CutPrefix(sub, p); ok {
			return w
		}
	}
	return sub
}

// relCarried is the name opening the nearest sentence before (of the same
// block, at most three back) that opens with one; with a surname, the
// nearest whose last word it is. It returns the name and where that
// sentence starts.
func relCarried(text string, before [][2]int, surname string) ([]string, int) {
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		s := cutDateline(text[before[k][0]:before[k][1]]) // ("AKRON — Ana Ruiz grew up …")
		it := listItem.FindStringSubmatchIndex(s)
		if it == nil {
			if surname == "" {
				if name, ok := relReportedSpeaker(s); ok {
					return []string{name}, before[k][0] // "The pay is lower, Dr. Ana Ruiz said in an interview."
				}
			}
			continue
		}
		name, ok := personName(s[it[2]:it[3]])
		if !ok || isSchoolLine(name) || hasAcronym(name) {
			continue
		}
		if surname == "" || strings.HasSuffix(name, " "+surname) {
			return []string{name}, before[k][0]
		}
	}
	return nil, 0
}

// relEntryName is the one person an entry's name line names, the line
// right over block i, or the one over that when it is a line of its own
// (a program, a year): "**Ana Ruiz, M.D.** - Lakeview Medical Student"
// (markdown's emphasis passed over), "Ana Ruiz, MD". A line of several
// names, a heading, a table's row or a staff's line is none.
func relEntryName(d *doc, i int) (string, bool) {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		b := &d.blocks[j]
		if b.role == roleRow || b.role == roleHeading || len(b.text) > 160 {
			return "", false
		}
		t := strings.TrimLeft(b.text, "*_ ")
		head := t
		for _, sep := range [...]string{" - ", " – ", " — ", " | "} {
			if k := strings.Index(head, sep); k > 0 {
				head = head[:k]
			}
		}
		rest := asciiLower(t[len(head):])
		head = strings.TrimRight(head, "*_ ")
		if !upperAt(head, 0) {
			continue
		}
		cand := head // the name without its degrees
		if it := listItem.FindStringSubmatchIndex(head); it != nil {
			after := strings.TrimLeft(head[it[1]:], "*_")
			if strings.HasPrefix(after, ", ") && upperAt(after, 2) || strings.HasPrefix(after, " and ") || strings.HasPrefix(after, " & ") {
				return "", false // "**Ben Ota, Carl Diaz**": a group's line
			}
			cand = head[it[2]:it[3]]
		} else if k := strings.Index(head, ", "); k > 0 {
			cand = head[:k] // "Ana “Annie” Ruiz, M.D., Ph.D."
		}
		name, ok := personName(cand)
		if !ok {
			continue
		}
		if isSchoolLine(name) || hasAcronym(name) || staffRoleWords.in(rest) || entryFrameWords.in(rest) {
			return "", false // (a student then, "- Lakeview Medical Student", is the resident now; a byline's office is no entry's)
		}
		return name, true
	}
	return "", false
}

// entryFrameWords on a name line make it a page's frame (a byline, a
// contact), no entry of a list.
var entryFrameWords = newWordList("office", "communications", "writer", "editor", "contact", "media")

// relReportedSpeaker is the speaker of a sentence that reports speech
// after a fronted clause: the name after its last comma, then a verb of
// saying (relSaidVerbs: "…, Dr. Ana Ruiz said in an interview.", "…, Ben
// Ota told reporters."). The
// speaker is the sentence's subject, as a name that opens one is.
func relReportedSpeaker(s string) (string, bool) {
	c := strings.LastIndex(s, ", ")
	if c < 0 {
		return "", false
	}
	rest := s[c+2:]
	it := listItem.FindStringSubmatchIndex(rest)
	if it == nil {
		return "", false
	}
	after := rest[it[1]:]
	said := false
	if strings.HasPrefix(after, " ") {
		for _, v := range relSaidVerbs {
			if strings.HasPrefix(after[1:], v) && (len(after) == len(v)+1 || !isWordByte(after[len(v)+1])) {
				said = true
				break
			}
		}
	}
	if !said {
		return "", false
	}
	name, ok := personName(rest[it[2]:it[3]])
	if !ok || isSchoolLine(name) || hasAcronym(name) {
		return "", false
	}
	return name, true
}

// relCarriedBlocks is the name opening the nearest sentence of the (at
// most three) blocks before the block whose text is text, no heading
// between, for a pronoun that opens its block's first sentence: a story's
// paragraph that goes on about the person the paragraph before named
// (the quotes between, which open with no name, passed over). A name the
// page gives a staff role is none. The evidence is the pronoun's sentence
// (at from).
func relCarriedBlocks(d *doc, text string, from int) ([]string, int) {
	i := blockOf(d, text)
	if i < 0 || d.blocks[i].text != text {
		return nil, 0
	}
	var spans [][2]int
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		b := &d.blocks[j]
		if b.role == roleHeading || markLevel(b) > 0 {
			// the section's heading a person's name alone ("## Ana Ruiz,
			// MD, MPH" over her bio, or that line in a paragraph of a page
			// that shows its markdown as written): the person the section
			// tells of
			if name, ok := headingPerson(b); ok && !rolesElsewhere(d, name) {
				return []string{name}, from
			}
			return nil, 0
		}
		if b.role == roleRow {
			return nil, 0
		}
		spans = sentenceSpansInto(spans[:0], b.text)
		if names, _ := relCarried(b.text, spans, ""); names != nil {
			if rolesElsewhere(d, names[0]) {
				return nil, 0
			}
			return names, from
		}
		if len(spans) > 3 {
			return nil, 0 // (relCarried reads three sentences back: a long paragraph ends the search)
		}
	}
	return nil, 0
}

// relNamingEvidence is the evidence of a resident named n whose relation
// block i reads in evidence: where evidence does not name the person (a
// pronoun carried from the name heading over the bio), the nearest block
// before that does, within the blocks a pronoun is carried over, then
// evidence ("Ana Ruiz, MD | She is currently a third-year resident …").
func relNamingEvidence(d *doc, i int, n, evidence string) string {
	first, _, _ := strings.Cut(n, " ")
	if strings.Contains(evidence, first) {
		return evidence
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if t := d.blocks[j].text; strings.Contains(t, first) {
			return strings.TrimLeft(t, "# ") + " | " + evidence
		}
	}
	return evidence
}

// headingPerson is the person a heading names and nothing else (a
// plain text's "#" marks passed over): "Ana Ruiz, MD, MPH", "Dr. Ben Ota".
func headingPerson(b *block) (string, bool) {
	t := b.text
	if b.node == nil || b.role != roleHeading {
		t = strings.TrimLeft(strings.TrimLeft(t, "#"), " ")
	}
	it := listItem.FindStringSubmatchIndex(t)
	if it == nil || strings.TrimRight(t[it[1]:], " ") != "" {
		return "", false
	}
	name, ok := personName(t[it[2]:it[3]])
	if !ok || isSchoolLine(name) || hasAcronym(name) {
		return "", false
	}
	return name, true
}

// relCaption reads a caption's list ("from left to right are: A, B and
// C", "Pictured: …") bound to residents by the sentence that leads it
// (captionLead), or, when that lead says nothing of who the people are
// ("Carrying a stretcher, from left to right are:"), by the sentence
// before it: the subject carried. s is the sentence of text at from; the
// list is read on text, whose sentences the titles' periods of the list
// ("Capt. (Dr.) A B") may have cut, to the list's end: a name after it
// ("Walking behind is …") is no item of it. It returns the names and the
// evidence (the lead through the list).
func relCaption(text string, before [][2]int, s string, from int) ([]string, string) {
	c := strings.IndexByte(s, ':')
	if c < 0 || !listMarkerLast[asciiLower(lastWord(s[:c]))] {
		return nil, ""
	}
	m := listCaptionMarker.FindStringIndex(s[max(0, c-40) : c+1])
	if m == nil {
		return nil, ""
	}
	at := from + max(0, c-40) + m[0] // the marker, in text
	lead := text[:at]
	if !captionLead(lead) {
		own := s[:at-from]
		if len(before) == 0 || residentHeadWords.in(own) || captionGroup(asciiLower(own)) {
			return nil, "" // the lead says who the people are itself
		}
		if !captionLead(text[before[len(before)-1][0]:before[len(before)-1][1]]) {
			return nil, ""
		}
		at = before[len(before)-1][0]
	}
	l := from + c + 1
	for l < len(text) && text[l] == ' ' {
		l++
	}
	names, end := coordinatedNameList(text[l:])
	if len(names) == 0 {
		return nil, ""
	}
	if rest := strings.TrimLeft(text[l+end:], " "); rest != "" && strings.IndexByte(".;!\n", rest[0]) < 0 {
		return nil, "" // the list goes on in words no name is
	}
	return names, leadSentenceThrough(text, at, l+end)
}

// relSchoolNouns are the nouns that make the person the graduate of the
// school named after them ("is a graduate of X", "an alumna of X"): rows
// of the school relation that schoolSaid's verbs do not hold. The school
// must have a medical school's words (medicalNamed): a college alone may
// be an undergraduate one.
var relSchoolNouns = []string{"graduate of ", "alumna of ", "alumnus of "}

// nounSchool returns the medical school a clause (low: in lower case)
// makes the person a graduate of, or "".
func nounSchool(clause, low string) string {
	for _, n := range relSchoolNouns {
		k := strings.Index(low, n)
		if k < 0 {
			continue
		}
		rest := strings.TrimPrefix(clause[k+len(n):], "the ")
		rest = rest[:schoolNameEnd(rest)]
		school := schoolEnd(rest)
		if !upperAt(school, 0) || !medicalNamed.in(school) {
			return ""
		}
		return school
	}
	return schoolBeforeNoun(clause, low)
}

// schoolNameEnd is where a school's name that opens rest ends: at a
// comma, a parenthesis, a semicolon, a line's end or a full stop, but
// not an abbreviation's dot ("St. Matthew's University", "Univ. of X").
func schoolNameEnd(rest string) int {
	for from := 0; ; {
		e := strings.IndexAny(rest[from:], ".;,()\n")
		if e < 0 {
			return len(rest)
		}
		e += from
		if rest[e] != '.' || e+2 >= len(rest) || rest[e+1] != ' ' || !upperAt(rest, e+2) {
			return e
		}
		j := strings.LastIndexByte(rest[:e], ' ') + 1
		var wb [16]byte
		if !abbreviations[string(lowerInto(wb[:], rest[j:e]))] {
			return e
		}
		from = e + 1
	}
}

// schoolNounPlural reports a graduates' plural noun ("graduates",
// "alumni") after a school's name at k..from of low that speaks of one
// person of the many: "one of the many X graduates", "one of our X
// alumni".
func schoolNounPlural(low string, k, from int) bool {
	if low[from-1] != 'i' && (low[from] != 's' || from+1 < len(low) && isWordByte(low[from+1])) {
		return false // "graduated", "graduateship": no plural
	}
	return strings.Contains(low[:k], "one of ")
}

// relSchoolNounsAfter are the nouns the school may stand before, as a
// modifier: "a Lakeside Medical School graduate", "a proud Ibadan
// College of Medicine alumna".
var relSchoolNounsAfter = []string{" graduate", " alumna", " alumnus", " alumni"}

// schoolBeforeNoun returns the school named by the capitalised words (and
// "of", "and", "the" between them) right before a noun of
// relSchoolNounsAfter, when they have a medical school's words; "".
func schoolBeforeNoun(clause, low string) string {
	for _, n := range relSchoolNounsAfter {
		for from := 0; ; {
			k := strings.Index(low[from:], n)
			if k < 0 {
				break
			}
			k += from
			from = k + len(n)
			if plural := n == " alumni" || from < len(low) && isWordByte(low[from]); plural && !schoolNounPlural(low, k, from) || strings.HasPrefix(low[from:], " of ") {
				continue // "graduates", "graduate of X": nounSchool's
			}
			ws := strings.Fields(clause[:k])
			j := len(ws)
			for j > 0 && (upperAt(ws[j-1], 0) || j < len(ws) && (ws[j-1] == "of" || ws[j-1] == "and" || ws[j-1] == "the")) {
				j--
			}
			for j < len(ws) && !upperAt(ws[j], 0) {
				j++ // (a name opens with its capital)
			}
			if school := strings.Join(ws[j:], " "); school != "" && medicalNamed.in(school) {
				return school
			}
		}
	}
	return ""
}

// relCarriedList is the coordinated list of names that opens the sentence
// before (of the same block), the antecedent of "They", and where that
// sentence starts.
func relCarriedList(text string, before [][2]int) ([]string, int) {
	if len(before) == 0 {
		return nil, 0
	}
	sp := before[len(before)-1]
	if names, _ := coordinatedNameList(cutDateline(text[sp[0]:sp[1]])); names != nil {
		return names, sp[0]
	}
	return nil, 0
}

// relNamedAfter reads a role said before the name it is the title of: "our
// PGY-2 resident Jane Roe", "chief resident Dr. Roe", "By our PGY3 and
// aspiring intensivist Dr. Li Wei", "Written by our PGY 2: Dr. Vera Cole",
// "one of our interns, Jane Roe,". Before the role's modifiers stands the
// program's "our" (perhaps after a quantifier), or at least one modifier
// says what the person trains as ("Chief resident Dr. Roe"); a past status
// before them ("our former CMR Dr. X") breaks the walk. "and" and up to
// three lower-case words may follow the role, none another role ("our
// intern and program director Dr. X"). A comma before the name makes an
// apposition, which the name's end must close ("our chief resident, Dr.
// Ana Ruiz, said"). It returns the names and the evidence.
func relNamedAfter(t string, r0, r1 int) ([]string, string) {
	w := relWords{t: t, floor: r0, stop: -1}
	b := 0
	b = w.roleModifiers(b, false)
	// "fellow" says what the person is as a modifier does ("fellow
	// resident Ana Ruiz"), and a peer's possessive stands for the
	// program's "our": "their classmate Ana Ruiz" (a peer noun, its group
	// residents), "one of their fellow residents, Ana Ruiz"
	peer := relPeerNoun(t[r0:r1])
	fellow := !peer && w.is(b, "fellow")
	if fellow {
		b++
	}
	mods := b
	our := w.is(b, "our") || (peer || fellow) && relPeerPossessive(w.word(b))
	if our {
		b++
	} else if peer {
		return nil, ""
	}
	quant := ""
	for _, q := range relQuantifiers {
		if w.endAt(b, q) {
			quant = q[0]
			b += len(q)
			break
		}
	}
	if !our && (mods == 0 && !relYearTitle(t, r0, r1) || quant != "") {
		return nil, ""
	}
	start := r0
	if b > 0 {
		start = w.ws[b-1][0]
	}
	if otherRoleBefore(asciiLower(t[max(0, start-30):start])) {
		return nil, ""
	}
	if w, r := relNextWord(t[r1:]); w == "physician" || w == "physicians" {
		r1 = len(t) - len(r) // "said third-year resident physician, Ana Ruiz, MD": the role's noun
	}
	rest := t[r1:]
	at := 0
	if strings.HasPrefix(rest, " and ") {
		// "our PGY3 and aspiring intensivist Dr. Li Wei", "Chief Resident
		// and member of the wellness committee Derek Lund": a second role,
		// up to relCoordReach lower-case words, no other role among them
		// and none another person's ("our intern and his roommate X")
		j, n := len(" and"), 0
		for n < relCoordReach && j+1 < len(rest) && rest[j] == ' ' && rest[j+1] >= 'a' && rest[j+1] <= 'z' {
			e := wordEnd(rest, j+1)
			if e == j+1 {
				break
			}
			if n == 0 && relOthersOpeners[rest[j+1:e]] {
				return nil, ""
			}
			j, n = e, n+1
		}
		if n == 0 {
			return nil, ""
		}
		between := asciiLower(rest[:j])
		if otherRoles.in(between) || staffRoleWords.in(between) {
			return nil, ""
		}
		at = j
	}
	comma, dash := false, false
	if at < len(rest) && (rest[at] == ':' || rest[at] == ',') {
		comma = rest[at] == ','
		at++
	} else if d := relDashOpen(rest[at:]); d > 0 {
		comma, dash = true, true // "one of their classmates — Ana Ruiz, MD — presents"
		at += d - 1
	}
	if at >= len(rest) || rest[at] != ' ' {
		return nil, ""
	}
	for at < len(rest) && rest[at] == ' ' {
		at++
	}
	if !upperAt(rest, at) {
		return nil, ""
	}
	var names []string
	end := 0
	if relPluralRole(t[r0:r1]) && quant == "" {
		names, end = coordinatedNameList(rest[at:])
	} else if it := listItem.FindStringSubmatchIndex(rest[at:]); it != nil {
		raw := rest[at+it[2] : at+it[3]]
		raw = strings.TrimSuffix(strings.TrimSuffix(raw, "’s"), "'s")
		if name, ok := personName(raw); ok && !isSchoolLine(name) && !hasAcronym(name) {
			names, end = []string{name}, it[1]
		}
	}
	if names == nil {
		return nil, ""
	}
	after := rest[at+end:]
	if dash {
		if a := skipCredentials(after); relDashOpen(" "+a) > 0 {
			after = "," // the apposition closed by its dash, after the degrees
		}
	}
	if comma && after != "" && strings.IndexByte(",.;:!?\n", after[0]) < 0 {
		return nil, "" // "our residents, Ana Ruiz and Ben Ota work …": no apposition closed
	}
	if after != "" && (after[0] == '-' || isWordByte(after[0])) {
		return nil, "" // a longer word than the name read
	}
	return names, sentenceAround(t, start, r1+at+end)
}

// relCoordReach is how many lower-case words a second role coordinated
// with a resident's before the name may hold ("member of the wellness
// committee").
const relCoordReach = 8

// relOthersOpeners open a phrase that names another person than the
// subject: "and his roommate", "and their son".
var relOthersOpeners = map[string]bool{"his": true, "her": true, "their": true, "whose": true, "its": true}

// relDashOpen is the length of the dash that opens t with a space on
// both sides (" - ", as a block writes every dash, " — ", " – "), or 0:
// the dash is an apposition's comma.
func relDashOpen(t string) int {
	for _, d := range [...]string{" - ", " — ", " – "} {
		if strings.HasPrefix(t, d) {
			return len(d)
		}
	}
	return 0
}

// nonNameOpeners are capitalised words that open a sentence before a name
// ("On Saturday Ana Ruiz and …"), no surname opening one ("Today, a
// first-year resident …").
var nonNameOpeners = map[string]bool{"on": true, "in": true, "at": true, "today": true, "yesterday": true,
	"recently": true, "meanwhile": true, "congratulations": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "then": true, "later": true, "also": true,
	"here": true, "now": true, "currently": true, "however": true, "last": true, "this": true, "next": true}

// relSpokenSurnameVerbs are the verbs that attribute a quotation to the
// speaker after them ("says", "said", "adds", a misprinted "say";
// rosterspeech.go).
var relSpokenSurnameVerbs = slices.Concat(speechForms(true, finiteForms), speechForms(true, baseForms))

// relSpokenSurname is the surname a subject ends with after a verb of
// saying ("“Ask early,” says Lind", "says de la Fuente", "says
// Núñez-Ortega"): up to three words after the verb, the last capitalised,
// letters, hyphens and apostrophes only, no title.
func relSpokenSurname(sub string) (string, bool) {
	ws := strings.Fields(sub)
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-4; k-- {
		if !slices.Contains(relSpokenSurnameVerbs, ws[k]) {
			continue
		}
		name := ws[k+1:]
		last := name[len(name)-1]
		if !upperAt(last, 0) || notNameWords[asciiLower(last)] {
			return "", false
		}
		for _, w := range name {
			for _, c := range w {
				if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
					return "", false
				}
			}
		}
		for _, w := range name[:len(name)-1] {
			if !nameParticles[w] {
				return "", false // ("says Dr. Lind": a title's, read as before)
			}
		}
		return strings.Join(name, " "), true
	}
	return "", false
}
