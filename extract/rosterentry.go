package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Residency-entry events (issue 12, rost17b). A person is an incoming or
// current resident when a clause whose subject the person is says they
// entered, are entering or are in a residency: "matched into", "matched
// to", "got his first-choice surgery residency", "secured a spot in",
// "was accepted into the residency program", "will start her residency",
// "is in his second year of residency". The phrases are rows of one
// lexicon, entryEvents: the verb's forms, what must follow the verb (the
// match's preposition, or the training's noun within a few words), and
// the event's class — entered, entering, in it, or the events that make
// the person no resident now (a residency completed or done long ago, a
// residency sought: "is applying to", "hopes to match" is a plan through
// its modal, gradNotGap). The first event of the person's clause decides
// (entryEvent). The same lexicon holds the events other readers read, each
// row marked with its readers (entryUse): a start or an end of her
// residency (residencyTurn), leaving the residency (residencyLeft), a
// writer's own start (beganResidency); each reader's expression is built
// from its rows (entryAlternation).

// entryClass is what an event says of its subject's residency.
type entryClass uint8

const (
	entryNone     entryClass = iota
	entryEntered             // matched, secured, got, was accepted into: an incoming (or new) resident
	entryEntering            // begins, is starting, will start: an incoming resident
	entryIn                  // is completing, is in her second year of: a resident now
	entryOver                // completed, did her residency: no resident now
	entrySought              // applying to, applied for: an applicant
	entryEnding              // finishing, completing, graduating from, leaving her residency: a resident now, to leave soon
)

// entryObject is what must follow an event's verb.
type entryObject uint8

const (
	objMatch      entryObject = iota // the match's preposition: "matched into", "matched at", "matched to"
	objTraining                      // the training's noun within a few words: "secured a surgery residency", "landed a spot in"
	objIntoTrain                     // "into" or "to", then the training's noun: "accepted into the residency program"
	objYearOf                        // a year of the training: "is in her second year of residency"
	objTheirs                        // her, his, their or the: "started her", "began the" (the training's noun follows in the reader's frame)
	objHerHis                        // her or his: "finish her", "completion of his"
	objFromTheirs                    // from, then her, his or the: "graduates from the"
	objOurs                          // her, his, the or our: "is leaving our"
	objOfNameFrom                    // a name (the expression's group 1), then from and her, his, the or our: "departure of Sam Oduya from the"
	objMine                          // my or our: "I began my"
)

// entryEvent is one row: the verb's forms, what follows them, the class,
// the readers that read it.
type entryEvent struct {
	verbs []string
	obj   entryObject
	class entryClass
	use   entryUse
}

// entryUse is a reader of the lexicon's rows.
type entryUse uint8

const (
	useClause entryUse = 1 << iota // graduateResidents: the first event of a person's clause (entryEventIn)
	useTurn                        // startedResidents, countedResidents: a start of her residency, or its end now or soon (residencyTurn)
	useLeft                        // startedResidents: leaving the residency (residencyLeft)
	useBegan                       // a writer's own start of the residency they are in (beganResidency)
)

// entryEvents is the lexicon of residency-entry events.
var entryEvents = []entryEvent{
	// entered
	{[]string{"matched", "matches", "match", "matching"}, objMatch, entryEntered, useClause},
	{[]string{"secured", "secures", "securing", "obtained", "obtains", "landed", "lands", "earned", "earns", "won", "got", "gets",
		"accepted"}, objTraining, entryEntered, useClause},
	{[]string{"accepted", "admitted"}, objIntoTrain, entryEntered, useClause},
	// entering
	{[]string{"begin", "begins", "beginning", "began", "start", "starts", "starting", "enter", "enters", "entering", "commence",
		"commences", "commencing", "join", "joins", "joining"}, objTraining, entryEntering, useClause},
	{[]string{"start", "starts", "started", "starting", "begin", "begins", "began", "begun", "beginning"}, objTheirs, entryEntering, useTurn},
	{[]string{"began", "started", "begun", `am\s+starting`, `am\s+beginning`}, objMine, entryEntering, useBegan},
	// in it
	{[]string{"completing"}, objTraining, entryIn, useClause},
	{[]string{"in"}, objYearOf, entryIn, useClause},
	// ending now or soon
	{[]string{"finish", "finishes", "finishing", "complete", "completes", "completing", `completion\s+of`}, objHerHis, entryEnding, useTurn},
	{[]string{"graduate", "graduates", "graduating"}, objFromTheirs, entryEnding, useTurn},
	{[]string{"leaves", "leaving", "departs", "departing"}, objOurs, entryEnding, useLeft},
	{[]string{`departure\s+of`}, objOfNameFrom, entryEnding, useLeft},
	// over, sought
	{[]string{"completed", "finished", "did", "done"}, objTraining, entryOver, useClause},
	{[]string{"applying", "applied", "apply", "applies"}, objIntoTrain, entrySought, useClause},
}

// entryTrainingNoun is the training an event enters: a residency, an
// internship, a spot, position or place in one.
const entryTrainingNoun = `(?:residency|residencies|internship|residency\s+position|residency\s+appointment|residency\s+program|residency\s+training)`

// entryObjects are the patterns of what follows a verb, by entryObject.
var entryObjects = [...]string{
	objMatch:      `\s+(?:into|with|in|at|to)\b`,
	objTraining:   `\s+(?:(?:a|an|the|her|his|their|a\s+spot\s+in|a\s+position\s+in|a\s+place\s+in|a\s+slot\s+in)\s+)?(?:[^\s,.;:]+\s+){0,5}?` + entryTrainingNoun + `\b`,
	objIntoTrain:  `\s+(?:into|to|for)\s+(?:(?:a|an|the|her|his|their)\s+)?(?:[^\s,.;:]+\s+){0,4}?(?:residency|residencies|internship|program|programs)\b`,
	objYearOf:     `\s+(?:her|his|their)\s+(?:first|second|third|fourth|fifth|final|last|pgy-?\d)\s+year\s+(?:of|in)\s+(?:(?:the|her|his|their)\s+)?(?:[^\s,.;:]+\s+){0,3}?(?:residency|internship|training)\b`,
	objTheirs:     `\s+(?:her|his|their|the)`,
	objHerHis:     `\s+(?:her|his)`,
	objFromTheirs: `\s+from\s+(?:her|his|the)`,
	objOurs:       `\s+(?:her|his|the|our)`,
	objOfNameFrom: `\s+(\S+(?:\s+\S+){1,4}?)\s+from\s+(?:her|his|the|our)`,
	objMine:       `\s+(?:my|our)`,
}

// entryAlternation is the alternation of the rows a reader reads whose class is
// class: each row's verb forms, then what must follow them.
func entryAlternation(use entryUse, class entryClass) string {
	var alts []string
	for _, e := range entryEvents {
		if e.use&use != 0 && e.class == class {
			alts = append(alts, `(?:`+strings.Join(e.verbs, "|")+`)`+entryObjects[e.obj])
		}
	}
	return strings.Join(alts, "|")
}

// clauseEvents are the rows graduateResidents reads (entryRE's groups).
var clauseEvents = func() []entryEvent {
	var out []entryEvent
	for _, e := range entryEvents {
		if e.use&useClause != 0 {
			out = append(out, e)
		}
	}
	return out
}()

// entryRE is the lexicon's clause rows as one expression: group k+1 is
// clauseEvents[k]'s.
var entryRE = sync.OnceValue(func() *regexp.Regexp {
	var b strings.Builder
	b.WriteString(`(?i)\b(?:`)
	for k, e := range clauseEvents {
		if k > 0 {
			b.WriteByte('|')
		}
		b.WriteString(`(` + strings.Join(e.verbs, "|") + `)` + entryObjects[e.obj])
	}
	b.WriteString(`)`)
	return regexp.MustCompile(b.String())
})

// entryEventIn returns the first event in t: where it starts and ends and
// its class; entryNone when t has none.
func entryEventIn(t string) (start, end int, class entryClass) {
	m := entryRE().FindStringSubmatchIndex(t)
	if m == nil {
		return -1, -1, entryNone
	}
	for k := range clauseEvents {
		if m[2*k+2] >= 0 {
			return m[0], m[1], clauseEvents[k].class
		}
	}
	return m[0], m[1], entryNone
}

// entersResidency reports an event class of a resident, now or to come.
func (c entryClass) entersResidency() bool {
	return c == entryEntered || c == entryEntering || c == entryIn
}

// photoCue is a photograph's place of a person set in brackets after the
// name: "(above, left)", "(pictured)", "(second from right)".
var photoCueWords = newWordList("above", "below", "left", "right", "center", "centre", "pictured", "top", "bottom", "middle",
	"far", "front", "back", "row", "second", "third", "from", "in", "photo", "inset", "seated", "standing", "at", "the", "with")

// skipPhotoCue drops a photograph's cue in brackets at t's start.
func skipPhotoCue(t string) string {
	r := strings.TrimLeft(t, " ")
	if !strings.HasPrefix(r, "(") {
		return t
	}
	e := strings.IndexByte(r, ')')
	if e < 0 || e > 40 {
		return t
	}
	for w := range strings.FieldsSeq(r[1:e]) {
		if !photoCueWords.in(strings.Trim(w, ",")) {
			return t
		}
	}
	return r[e+1:]
}

// cutPhotoCues drops from a subject every photograph's cue in brackets
// after a word ("Ana Ruiz (left)", "Ana Ruiz (second from left) and Ben
// Ota (right)"): a caption's place of the person is transparent to the
// relation that binds the name before it. Brackets that hold any other
// word (a degree, a year, a program) stay.
func cutPhotoCues(sub string) string {
	for from := 0; from < len(sub); {
		k := strings.IndexByte(sub[from:], '(')
		if k < 0 {
			break
		}
		k += from
		from = k + 1
		if k == 0 || sub[k-1] != ' ' {
			continue
		}
		if r := skipPhotoCue(sub[k:]); len(r) < len(sub)-k {
			sub = strings.TrimRight(sub[:k-1], " ") + r
			from = k - 1
		}
	}
	return sub
}

// storyYearRE is a date in a page's opening: "March 18, 2016" (or
// "2016-03-18": isoDateYear).
var storyYearRE = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+((?:19|20)\d\d)\b`)

// storyYear is the earliest year of the dates a page opens with (its
// title and first six blocks: a site's line, a byline's date may stand
// over the story's own), 0 when it opens with none: a match "in the 2016
// Match" on a story dated March 18, 2016 is this year's.
func storyYear(d *doc) int {
	y := 0
	read := func(t string) {
		for _, m := range storyYearRE.FindAllStringSubmatch(t, -1) {
			if v, _ := strconv.Atoi(m[1]); y == 0 || v < y {
				y = v
			}
		}
		if v := isoDateYear(t); v > 0 && (y == 0 || v < y) {
			y = v
		}
	}
	read(d.title)
	for i := 0; i < min(6, len(d.blocks)); i++ {
		read(d.blocks[i].text)
	}
	return y
}

// isoDateYear is the year of the first date written "2016-03-18" in t, or
// 0.
func isoDateYear(t string) int {
	for from := 0; ; {
		k := strings.IndexByte(t[from:], '-')
		if k < 0 {
			return 0
		}
		k += from
		from = k + 1
		if k < 4 || k+6 > len(t) || t[k+3] != '-' || !isDigit(t[k+1]) || !isDigit(t[k+2]) || !isDigit(t[k+4]) || !isDigit(t[k+5]) ||
			k+6 < len(t) && isDigit(t[k+6]) || k > 4 && isDigit(t[k-5]) {
			continue
		}
		if y := atoiYear(t[k-4 : k]); y >= 1900 && y < 2100 && t[k+1] <= '1' && t[k+4] <= '3' {
			return y
		}
	}
}

// yearOnce is a page's storyYear, read the first time it is asked for.
type yearOnce struct {
	d    *doc
	y    int
	read bool
}

func (o *yearOnce) year() int {
	if !o.read {
		o.y, o.read = storyYear(o.d), true
	}
	return o.y
}

// pastYearIn reports a year in clause before the story's own year (any
// year when the story has none): "matched into surgery in 1997".
func pastYearIn(clause string, story *yearOnce) bool {
	ys := yearWord.FindAllString(clause, -1)
	if len(ys) == 0 {
		return false
	}
	y := story.year()
	for _, w := range ys {
		if y == 0 || atoiYear(w) < y {
			return true
		}
	}
	return false
}

// timeSeasons are the words after "this" or "last" that make a time:
// "this spring", "last Friday".
var timeSeasons = map[string]bool{"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true, "year": true,
	"week": true, "month": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true}

// timeAfterSchool returns where a time after a school's name starts in t
// (" in May", " this spring", " last Friday"), 0 when t has none: the
// school ends there.
func timeAfterSchool(t string) int {
	for from := 0; from < len(t); {
		k := strings.IndexByte(t[from:], ' ')
		if k < 0 {
			return 0
		}
		k += from
		from = k + 1
		w, rest, _ := strings.Cut(t[k+1:], " ")
		if w != "in" && w != "this" && w != "last" {
			continue
		}
		next, _, _ := strings.Cut(rest, " ")
		next = strings.ToLower(strings.TrimRight(next, ",.;"))
		if w == "in" && monthNames[next] && (len(next) > 3 || next == "may") || w != "in" && timeSeasons[next] {
			return k
		}
	}
	return 0
}
