package extract

// The roster readers ask the same questions of every block: is one of a
// list's words in it ("resident", "fellowship"), does it name a training
// year. A block's text is read once for those of them blockHints holds, with
// the statement and cycle hints, and the year test is kept with the block.

// in reports whether one of l's words is a whole word of b's text, as
// l.in(b.text) does; for the lists blockHints reads (residentHeadWords,
// predicateRoles, fellowshipWord) without reading the text again when none
// of their words is in it, and with the answer kept with the block (the
// semicolon, caption, award, degree-list readers ask residentHeadWords of
// the same blocks; the predicate, apposition and award-to readers
// predicateRoles).
func (b *block) in(l *wordList) bool {
	var bit uint16
	var read uint32 // the bit of b.hints that says the answer is kept; the next bit holds it
	switch l {
	case &residentHeadWords:
		bit, read = hintResident, inResidentRead
	case &predicateRoles:
		bit, read = hintPredicate, inPredicateRead
	case &fellowshipWord:
		bit, read = hintFellowship, inFellowshipRead
	default:
		return l.in(b.text)
	}
	if b.hints&read == 0 {
		b.hints |= read
		if b.hint()&bit != 0 && l.in(b.text) {
			b.hints |= read << 1
		}
	}
	return b.hints&(read<<1) != 0
}

// Bits of block.hints that keep in's answers: each list's read bit, and
// above it its answer.
const (
	inResidentRead   = 1 << 16
	inPredicateRead  = 1 << 18
	inFellowshipRead = 1 << 20
)

// hintDigits is blockHints' bit for a digit (relevantSet's group 2).
const hintDigits = 4

// Bits of block.hints that keep hasYear's answer.
const (
	yearRead  = 1 << 10
	yearFound = 1 << 11
)

// hasYear reports hasYearInText(b.text), read once. A training year opens
// with "pgy", "class of" or "intern" in any case (yearSet), or with a
// character that folds into an ASCII letter: a block whose words have none
// holds none, and its text is not read again.
func (b *block) hasYear() bool {
	if b.hints&yearRead == 0 {
		b.hints |= yearRead
		if (b.hint()&oddFold != 0 || b.words().find(yearSet)&1 != 0) && hasYearInText(b.text) {
			b.hints |= yearFound
		}
	}
	return b.hints&yearFound != 0
}

// Bits of block.hints that keep lineRole's answer.
const (
	lineRoleRead     = 1 << 12
	lineRoleResident = 1 << 13
	lineRoleOther    = 1 << 14
)

// lineRole is lineRole(b.text), read once (with b's words): the card,
// grouped-name, letter and staff readers all ask it of the same short
// lines.
func (b *block) lineRole() int {
	if b.hints&lineRoleRead == 0 {
		b.hints |= lineRoleRead
		switch lineRoleOf(b.text, b.words()) {
		case roleResident:
			b.hints |= lineRoleResident
		case roleOther:
			b.hints |= lineRoleOther
		}
	}
	switch {
	case b.hints&lineRoleResident != 0:
		return roleResident
	case b.hints&lineRoleOther != 0:
		return roleOther
	}
	return roleNone
}

// roleLists are the word lists the roster readers ask together of one short
// line or heading (whom a section lists, whose role a card line gives, what
// an award is for): roleSet finds the words of all of them in one pass, and
// roleHits answers each list's in from that pass.
var roleLists = [...]*wordList{&pastWords, &residentHeadWords, &groupWords, &weakResidentWords, &otherRoles,
	&notNowResident, &staffRoleWords, &titleWords}

var roleSet = func() *keywordSet {
	groups := make([][]string, len(roleLists))
	for i, l := range roleLists {
		groups[i] = l.words
	}
	return newFoldedKeywordSet(groups...)
}()

// roleHits is one text read by roleSet: found has bit i when a word of
// roleLists[i] occurs in the text, in any case (perhaps not as a whole word).
type roleHits struct {
	text  string
	low   string // asciiLower(text), made on first use
	found uint16
}

func readRoleHits(t string) roleHits {
	return roleHits{text: t, found: roleSet.scan(t, 0)}
}

// roleHits is readRoleHits(b.text), from b's words.
func (b *block) roleHits() roleHits {
	return roleHits{text: b.text, found: b.words().find(roleSet)}
}

// lower returns asciiLower of the text, made once.
func (w *roleHits) lower() string {
	if w.low == "" {
		w.low = asciiLower(w.text)
	}
	return w.low
}

// in is l.in(w.text) for a list of roleLists: a whole word of l is in the
// text (l.in's answer, read without scanning the text again when roleSet
// found no word of l).
func (w *roleHits) in(l *wordList) bool {
	for i, rl := range roleLists {
		if rl == l {
			return w.found&(1<<i) != 0 && l.in(w.text)
		}
	}
	return l.in(w.text)
}

// blockWords reads, in the one pass hint makes over a block's text, the
// words of blockHints and those of the keyword sets and gates that roster
// readers ask of whole blocks, one block after another (where each read the
// text again): the started, breakdown, addressed and self readers' gates,
// the words of a resident's voice, a roster's heading; the resident's role
// and the class's graduation residentsNews asks of a page's opening lines;
// the openings of a residency's term (predicateResidents); the role lists
// a heading or a card's line is read for (roleSet, facultyOf: lineRole,
// sectionKind); a letter's words (signedWelcomeResidents); a training
// year's openings (hasYear); quotation marks (attributionResidents); a
// colon or a dash (groupedNameResidents); a count's words (countedLists).
var blockWords = newKeywordUnion(blockHints, residencyTurn.hints, breakdownCue.hints, residentVoiceSet, greetingWords, selfCueSet,
	rosterTitle.hints, residentRoleRE.hints, residencyGraduates.hints, residencyGraduated.hints, residencyTermWords,
	roleSet, facultyOf.hints, letterSet, yearSet, markSet, gradSet, pairSet, countWordSet, foreignRoleSet)

// blockHintBits are blockHints' bits of a blockWords answer: its first
// member's eight groups, then its oddFold bit, where blockHints.scan
// answers them (TestBlockWordsHints).
const blockHintBits = 1<<9 - 1

// words returns b's text with blockWords' words found in it, read once
// (hint). Its find answers for any set (a set that is no member of
// blockWords reads the text again).
func (b *block) words() unionWords {
	if b.hints&hintsRead == 0 {
		b.readWords()
	}
	return unionWords{s: b.text, u: blockWords, found: b.found}
}

// may is g.possible(b.text), read from b's words.
func (b *block) may(g gatedRegexp) bool {
	return g.possibleFrom(b.words().find(g.hints))
}

// residencyTermWords are the openings residencyTermMay looks for, in any
// case (it reads " year as " and "esidency" in two cases each): a text
// without one holds no residency term.
var residencyTermWords = newFoldedKeywordSet([]string{" year as ", "esidency"})

// residencyTermMay is residencyTermMay(b.text), with b's words read first.
func (b *block) residencyTermMay() bool {
	return b.words().find(residencyTermWords)&1 != 0 && residencyTermMay(b.text)
}

// letterSet holds letterWords' words in any case, perhaps not whole: a
// block without one holds none of them as a whole word, in its text or in
// any part of it.
var letterSet = newFoldedKeywordSet(letterWords.words)

// yearSet holds the words a match of yearInTextPattern opens with ("pgy",
// "class of", "intern"), in any case.
var yearSet = newFoldedKeywordSet([]string{"pgy", "class of", "intern"})

// markSet holds three groups of marks, one member of blockWords (a
// folded member takes a bit for its groups and one for its odd folds: the
// three as one take four, not six): group 1 quoteMarks' characters (a
// text holds one of them exactly when quoteMarks.index finds one; UTF-8
// is self-synchronising: where a character's encoding is in a text,
// decoding meets it), group 2 colonOrDash's characters, group 4 the
// double quotes of nicknameMarks after a space (rosternickname.go).
var markSet = newFoldedKeywordSet([]string{"\"", "“", "”"}, []string{":", "–", "—"}, []string{` "`, " “"})

// markSet's groups.
const (
	markQuote     = 1
	markColonDash = 2
	markNickname  = 4
)

// quoted reports quoteMarks.index(b.text) >= 0, from b's words.
func (b *block) quoted() bool {
	return b.words().find(markSet)&markQuote != 0
}

// colonOrDash is colonOrDash.index(b.text), b's text read only when its
// words hold one.
func (b *block) colonOrDash() int {
	if b.words().find(markSet)&markColonDash == 0 {
		return -1
	}
	return colonOrDash.index(b.text)
}
