package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A page about one resident: a resident's own piece ("my first month of
// residency", "as a second-year resident at …"), a medical school's
// testimonial of a graduate now in residency (the graduate's name as the
// title), a spotlight ("Meet Dr. Jane Doe, PGY-2"). Whether its person is a
// resident now is a matter of tense: the same role words tell of a
// residency under way, over ("just finished residency", "years ago, during
// my residency"), or to come ("in July I start residency"). The cues are
// rows of selfCues: a verb or phrase with the sense of time it gives, and
// where its role word stands; the role word's kind (the residency as a
// whole, its first year, a later year, a fellowship, medical school) turns
// the cue's sense into a verdict on the person (selfVerdicts).

// selfSense is the time a cue speaks of.
type selfSense uint8

const (
	senseNow    selfSense = iota // under way: "my first day of", "is now a", "went on to"
	senseOver                    // ended: "finished", "completed", "is over"
	senseAhead                   // to come: "will begin", "I start"
	senseApply                   // sought: "applying for", "matched into" (an applicant's, whatever the year)
	senseEnter                   // entered, the training under way since: "went to", "started a" (of medical school it says nothing of now)
	senseEnding                  // to end: "until I finish", "will complete" (the training under way now)
)

// selfRoleAt says where a cue's role word stands.
type selfRoleAt uint8

const (
	roleAfterCue   selfRoleAt = iota // within the six words after the cue: "went on to a three-year internal medicine residency"
	roleBeforeCue                    // right before the cue: "our intern year is over"
	roleInSentence                   // anywhere in the sentence: "twenty years ago, during my residency"
	noRole                           // the cue alone: "now practices"
)

// selfRoleReach is how many words after a cue its role may stand: an
// article, adjectives and the specialty ("a highly coveted three-year
// internal medicine residency"); a preposition ends the role's head first.
const selfRoleReach = 9

// selfCue is one row: the words (lower case, whole words), the sense, where
// the role stands, strong for a present statement of what the person is
// ("I am a …", "is now a …"), which holds even on a page whose title is
// about others (a forum of fellowship applicants), and third for a cue
// that tells of another ("began his residency", "is a resident"): a
// writer's account reads it not (their spouse's residency is not theirs).
type selfCue struct {
	words         string
	sense         selfSense
	at            selfRoleAt
	strong, third bool
}

// selfCues are the cues of a person's time in training, in the first and
// the third person.
var selfCues = []selfCue{
	// under way
	{"my first day of", senseNow, roleAfterCue, false, false}, {"my first week of", senseNow, roleAfterCue, false, false},
	{"my first month of", senseNow, roleAfterCue, false, false}, {"my first year of", senseNow, roleAfterCue, false, false},
	{"my second year of", senseNow, roleAfterCue, false, false}, {"my third year of", senseNow, roleAfterCue, false, false},
	{"first day as", senseNow, roleAfterCue, false, false}, {"first week as", senseNow, roleAfterCue, false, false},
	{"i am a", senseNow, roleAfterCue, true, false}, {"i'm a", senseNow, roleAfterCue, true, false},
	{"i am an", senseNow, roleAfterCue, true, false}, {"i'm an", senseNow, roleAfterCue, true, false},
	{"i am currently a", senseNow, roleAfterCue, true, false}, {"i am now a", senseNow, roleAfterCue, true, false},
	{"as a", senseNow, roleAfterCue, false, false}, {"as an", senseNow, roleAfterCue, false, false},
	{"i have started", senseNow, roleAfterCue, false, false}, {"i just started", senseNow, roleAfterCue, false, false},
	{"i am starting", senseNow, roleAfterCue, false, false}, {"i'm starting", senseNow, roleAfterCue, false, false},
	{"halfway through", senseNow, roleAfterCue, false, false}, {"so far in my", senseNow, roleAfterCue, false, false},
	{"is now a", senseNow, roleAfterCue, true, true}, {"is currently a", senseNow, roleAfterCue, true, true},
	{"is a", senseNow, roleAfterCue, true, true}, {"is an", senseNow, roleAfterCue, true, true},
	{"is in her", senseNow, roleAfterCue, true, true}, {"is in his", senseNow, roleAfterCue, true, true},
	{"is in their", senseNow, roleAfterCue, true, true}, {"went on to", senseNow, roleAfterCue, false, false},
	{"began a", senseNow, roleAfterCue, false, false}, {"began her", senseNow, roleAfterCue, false, true},
	{"began his", senseNow, roleAfterCue, false, true}, {"started her", senseNow, roleAfterCue, false, true},
	{"started his", senseNow, roleAfterCue, false, true},
	{"is completing", senseNow, roleAfterCue, true, true}, {"is now in", senseNow, roleAfterCue, true, true},
	{"is currently in", senseNow, roleAfterCue, true, true},
	{"of the way through", senseNow, roleAfterCue, false, false}, // "a third of the way through his residency"
	{"am doing", senseNow, roleAfterCue, false, false}, {"i'm doing", senseNow, roleAfterCue, false, false},
	{"and doing", senseNow, roleAfterCue, false, false}, {"currently doing", senseNow, roleAfterCue, false, false},
	{"now doing", senseNow, roleAfterCue, false, false}, {"is doing", senseNow, roleAfterCue, false, true},
	// entered (the verb of an account in the third person)
	{"went to", senseEnter, roleAfterCue, false, true}, {"started a", senseEnter, roleAfterCue, false, true},
	{"entered a", senseEnter, roleAfterCue, false, true}, {"moved on to", senseEnter, roleAfterCue, false, true},
	// what only a resident has now: co-residents, a continuity clinic
	{"my co-residents", senseNow, noRole, false, false}, {"my co-interns", senseNow, noRole, false, false},
	{"my fellow residents", senseNow, noRole, false, false}, {"my fellow interns", senseNow, noRole, false, false},
	{"my continuity clinic", senseNow, noRole, false, false}, {"my continuity patients", senseNow, noRole, false, false},
	// over
	{"finished", senseOver, roleAfterCue, false, false}, {"completed", senseOver, roleAfterCue, false, false},
	{"graduated from", senseOver, roleAfterCue, false, false}, {"my last day of", senseOver, roleAfterCue, false, false},
	{"when i was a", senseOver, roleAfterCue, false, false}, {"when i was an", senseOver, roleAfterCue, false, false},
	{"is over", senseOver, roleBeforeCue, false, false}, {"is complete", senseOver, roleBeforeCue, false, false},
	{"is done", senseOver, roleBeforeCue, false, false}, {"is finished", senseOver, roleBeforeCue, false, false},
	{"is ending", senseOver, roleBeforeCue, false, false}, {"ends", senseOver, roleBeforeCue, false, false},
	{"came to an end", senseOver, roleBeforeCue, false, false},
	{"years ago", senseOver, roleInSentence, false, false}, {"decades ago", senseOver, roleInSentence, false, false},
	{"now practice", senseOver, noRole, false, false}, {"now practices", senseOver, noRole, false, false},
	{"i practice", senseOver, noRole, false, false}, {"in private practice", senseOver, noRole, false, false},
	{"now practise", senseOver, noRole, false, false}, {"i practise", senseOver, noRole, false, false},
	{"was doing", senseOver, roleAfterCue, false, false}, {"were doing", senseOver, roleAfterCue, false, false},
	{"did my", senseOver, roleAfterCue, false, false}, {"did his", senseOver, roleAfterCue, false, true},
	{"did her", senseOver, roleAfterCue, false, true}, {"did their", senseOver, roleAfterCue, false, true},
	{"completed it", senseOver, noRole, false, false}, {"finished it", senseOver, noRole, false, false},
	{"attending physician", senseOver, noRole, false, false}, {"an attending", senseOver, noRole, false, false},
	// to come
	{"will start", senseAhead, roleAfterCue, false, false}, {"will begin", senseAhead, roleAfterCue, false, false},
	{"will graduate from", senseAhead, roleAfterCue, false, false},
	{"i start", senseAhead, roleAfterCue, false, false}, {"i begin", senseAhead, roleAfterCue, false, false},
	// to end: the training under way until then
	{"will finish", senseEnding, roleAfterCue, false, false}, {"i finish", senseEnding, roleAfterCue, false, false},
	{"will complete", senseEnding, roleAfterCue, false, false}, {"i complete", senseEnding, roleAfterCue, false, false},
	{"applying for", senseApply, roleAfterCue, false, false},
	{"applying to", senseApply, roleAfterCue, false, false}, {"apply for", senseApply, roleAfterCue, false, false},
	{"apply to", senseApply, roleAfterCue, false, false}, {"matched into", senseApply, roleAfterCue, false, false},
	{"personal statement", senseApply, noRole, false, false},
}

// pairCues are the cues of two people's training told together by one of
// them: "we started our residencies together", "we are both residents".
// pairAccount reads them, and only in a sentence that makes the two one
// subject ("both", "together").
var pairCues = []selfCue{
	{"we started our", senseNow, roleAfterCue, false, false}, {"we began our", senseNow, roleAfterCue, false, false},
	{"we both started", senseNow, roleAfterCue, false, false}, {"we both began", senseNow, roleAfterCue, false, false},
	{"we are both", senseNow, roleAfterCue, true, false}, {"we're both", senseNow, roleAfterCue, true, false},
	{"we both are", senseNow, roleAfterCue, true, false}, {"both of us are", senseNow, roleAfterCue, true, false},
	{"we are now both", senseNow, roleAfterCue, true, false}, {"we're now both", senseNow, roleAfterCue, true, false},
	{"we finished our", senseOver, roleAfterCue, false, false}, {"we completed our", senseOver, roleAfterCue, false, false},
	{"we both finished", senseOver, roleAfterCue, false, false}, {"we both completed", senseOver, roleAfterCue, false, false},
	{"we were both", senseOver, roleAfterCue, false, false}, {"both of us were", senseOver, roleAfterCue, false, false},
	{"we will start our", senseAhead, roleAfterCue, false, false}, {"we will begin our", senseAhead, roleAfterCue, false, false},
	{"we will both", senseAhead, roleAfterCue, false, false}, {"we both matched", senseApply, roleAfterCue, false, false},
	{"we matched", senseApply, roleAfterCue, false, false}, {"we are both applying", senseApply, roleAfterCue, false, false},
}

// pairTogether are the words that make two people one subject.
var pairTogether = []string{"both", "together"}

// pairAccount reads what a personal page says of its writer's and another's
// training told together.
func pairAccount(d *doc) selfAccount {
	a := selfAccount{first: true}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.words().find(pairSet)&1 == 0 {
			continue
		}
		for _, s := range sentences(b.text) {
			low := strings.ReplaceAll(asciiLower(s), "’", "'")
			if strings.HasSuffix(s, "?") || !hasAnyWord(low, []string{"we", "us"}) || !hasAnyWord(low, pairTogether) {
				continue
			}
			a.read(s, low, pairCues)
		}
	}
	return a
}

// pairResidents reads a personal page whose writer and another (a couple's
// story under their two first names) are residents now, told together:
// the two names of the page's title ("Ana and Ben", among its first six
// lines), or two residents
// unnamed. Its gates are the writer's (readSelf): a page in the first
// person singular, no leader's voice, no residency told as gone by; asked
// first of the blocks' words (pairSet, a member of blockWords).
func pairResidents(d *doc, pageURL string) []imgfriendly.Resident {
	if len(d.blocks) == 0 || d.roundUp {
		return nil
	}
	may := false
	for i := range d.blocks {
		if b := &d.blocks[i]; b.role != roleRow && b.words().find(pairSet)&1 != 0 && (b.hint()&hintResident != 0 || strings.Contains(b.text, "esidenc")) {
			may = true
			break
		}
	}
	if !may {
		return nil
	}
	a := pairAccount(d)
	if !a.residentNow() || singularStatements(d) < 2 || leaderNow(strings.ReplaceAll(asciiLower(allText(d)), "’", "'")) || staffSigned(d) || outOfScope(d, 0) {
		return nil
	}
	if !a.strong && spanOverTold(allText(d)) {
		return nil
	}
	ev := imgfriendly.Evidence{URL: pageURL, Text: a.said}
	var names [2]string
	for i := range min(len(d.blocks), 6) { // (the title below a site's lines or a byline)
		if names = pairTitleNames(d.blocks[i].text); names[0] != "" {
			break
		}
	}
	return []imgfriendly.Resident{{Name: names[0], Evidence: ev}, {Name: names[1], Evidence: ev}}
}

// pairTitleNames reads a couple's title, two first names joined: "Ana and
// Ben", "Ana & Ben"; two empty names when t is not one.
func pairTitleNames(t string) [2]string {
	for _, j := range []string{" and ", " & "} {
		x, y, ok := strings.Cut(strings.TrimSpace(t), j)
		if ok && pairFirstName(x) && pairFirstName(y) {
			return [2]string{x, y}
		}
	}
	return [2]string{}
}

// pairFirstName reports one capitalised word of letters, a first name's
// shape, that is no word of a title's ("Match", "Day").
func pairFirstName(w string) bool {
	if len(w) < 2 || len(w) > 20 || !startsUpper(w) || strings.ContainsAny(w, " .,:;!?0123456789") {
		return false
	}
	return !residentHeadWords.in(w) && !staffRoleWords.in(w) && !otherRoles.in(w)
}

// selfCueSet finds the words of selfCues in any case: a block without one
// is read no further.
var selfCueSet = func() *keywordSet {
	ws := make([]string, len(selfCues))
	for i, c := range selfCues {
		ws[i] = c.words
	}
	return newFoldedKeywordSet(ws)
}()

// pairSet finds the words that make two people one subject (pairTogether)
// in any case, read with the block's words: pairResidents' first gate.
var pairSet = newFoldedKeywordSet(pairTogether)

// selfRole is the kind of training a role word names.
type selfRole uint8

const (
	noSelfRole selfRole = iota
	roleWhole           // the residency, a resident
	roleFirst           // the intern year, PGY-1
	roleLater           // PGY-2 and after
	roleFellow          // a fellowship, a fellow
	roleSchool          // medical school, a medical student
)

// selfVerdict is what a cue says of its person.
type selfVerdict uint8

const (
	verdictNone    selfVerdict = iota
	verdictNow                 // a resident now
	verdictOver                // the residency is over
	verdictAhead               // the residency is to come
	verdictStudent             // a medical student now
)

// selfVerdicts turns a cue's sense and its role's kind into a verdict: a
// first year over is a resident's next year ("our intern year is over"), a
// later year to come a resident's too ("I start PGY-2 on Monday"); a
// fellowship under way or over is a residency over; a training to end is
// under way now ("until I finish my residency": a resident; "I finish
// medical school in May": a student).
var selfVerdicts = [6][6]selfVerdict{
	senseNow:    {verdictNone, verdictNow, verdictNow, verdictNow, verdictOver, verdictStudent},
	senseOver:   {verdictNone, verdictOver, verdictNow, verdictNone, verdictOver, verdictNone},
	senseAhead:  {verdictNone, verdictAhead, verdictAhead, verdictNow, verdictNone, verdictAhead},
	senseApply:  {verdictNone, verdictAhead, verdictAhead, verdictAhead, verdictAhead, verdictAhead},
	senseEnter:  {verdictNone, verdictNow, verdictNow, verdictNow, verdictOver, verdictNone},
	senseEnding: {verdictNone, verdictNow, verdictNow, verdictNow, verdictOver, verdictStudent},
}

// roleKind reads the role a few words name: words are lower case, as many
// as the cue's window holds; the first role word decides. With head, the
// role must be the head of the words, before any preposition ("as a
// candidate for our residency" names no role of the person; "my second
// year of residency" does).
func roleKind(words []string, head bool) selfRole {
	for k, w := range words {
		w = strings.Trim(w, ".,;:!?\"'()")
		if head && selfPreps[w] && (w != "of" || k == 0 || !strings.HasPrefix(words[k-1], "year")) {
			return noSelfRole
		}
		next := ""
		if k+1 < len(words) {
			next = strings.Trim(words[k+1], ".,;:!?\"'()")
		}
		switch {
		case (w == "resident" || w == "residents") && next == "of":
			return noSelfRole // "a longtime resident of Austin": one who lives there
		case head && (w == "residency" || w == "resident" || w == "intern" || w == "internship") && roleModified(next):
			return noSelfRole // "as a residency coordinator": the role word names another's work
		case w == "residency" || w == "resident" || w == "residents" || w == "residencies" || w == "chief":
			return roleWhole
		case w == "intern" || w == "internship" || w == "interns":
			return roleFirst
		case strings.HasPrefix(w, "pgy"):
			if strings.HasSuffix(w, "1") || next == "1" {
				return roleFirst
			}
			return roleLater
		case w == "fellow" && next != "resident" && next != "residents" && next != "interns" && next != "intern":
			return roleFellow
		case w == "fellowship" && !strings.HasPrefix(next, "application") && !strings.HasPrefix(next, "interview"):
			return roleFellow
		case w == "medical" && (next == "school" || next == "student") || w == "med" && next == "school":
			return roleSchool
		case w == "school" && next == "of" && k+2 < len(words) && strings.HasPrefix(words[k+2], "medicine"):
			return roleSchool
		}
	}
	return noSelfRole
}

// roleIn reads the role after "in a", "in an", "in my" or "in our" among
// words: one who is (a mother, an IMG) in a residency is in it now. "In
// the" names a place ("a nurse in the residency clinic").
func roleIn(words []string) selfRole {
	for k := 0; k+2 < len(words); k++ {
		if words[k] == "in" {
			switch words[k+1] {
			case "a", "an", "my", "our":
				if r := roleKind(words[k+2:], true); r != roleSchool {
					return r
				}
			}
			return noSelfRole
		}
	}
	return noSelfRole
}

// roleModified reports a word after a role word that makes the role word a
// modifier of someone else's work or place: "residency coordinator",
// "resident lounge", "intern selection committee", "resident advocate",
// "intern mentor".
func roleModified(next string) bool {
	switch next {
	case "coordinator", "coordinators", "office", "committee", "lounge", "manager", "administrator", "staff",
		"recruitment", "selection", "liaison", "assistant", "advocate", "advocates", "mentor", "mentors":
		return true
	}
	return staffRoleWords.in(next)
}

// selfPreps end a role's head: the words after them name something else.
var selfPreps = map[string]bool{"for": true, "of": true, "in": true, "at": true, "to": true, "with": true,
	"about": true, "on": true, "from": true, "by": true, "as": true}

// selfAccount is what a page's sentences say of its person's training.
type selfAccount struct {
	first                     bool // the writer's own account: cues of another are not read
	kin                       bool // the account of the writer's relative: cues of the writer's own are not read
	now, over, ahead, student int
	strong                    bool   // a present statement of what the person is
	said                      string // the first sentence that says the person is a resident now
}

// add reads one sentence (low its lower case, apostrophes straight).
func (a *selfAccount) add(s, low string) { a.read(s, low, selfCues) }

// read reads one sentence by the cues of a lexicon.
func (a *selfAccount) read(s, low string, cues []selfCue) {
	for _, c := range cues {
		if c.third && a.first || a.kin && hasAnyWord(c.words, selfFirstWords) {
			continue
		}
		for from := 0; from < len(low); {
			i := strings.Index(low[from:], c.words)
			if i < 0 {
				break
			}
			i += from
			from = i + len(c.words)
			end := i + len(c.words)
			if i > 0 && isWordByte(low[i-1]) || end < len(low) && isWordByte(low[end]) {
				continue
			}
			var role selfRole
			switch c.at {
			case roleAfterCue:
				long := strings.Fields(low[end:min(len(low), end+100)])
				ws := long[:min(len(long), selfRoleReach)]
				if len(ws) > 0 && ws[0] == "the" && c.words == "graduated from" {
					ws = ws[1:] // "graduated from the … School of Medicine"
				}
				if len(ws) > 0 && (a.first && selfOthersWords[ws[0]] || a.kin && (ws[0] == "my" || ws[0] == "our")) {
					continue // "halfway through his residency" in the writer's account: another's; "my residency" in a relative's: the writer's
				}
				role = roleKind(ws, true)
				if role == noSelfRole && c.strong {
					role = roleIn(long[:min(len(long), 10)]) // "I'm an IMG in a surgical residency": in one now
				}
				if role != noSelfRole && role != roleSchool && c.sense == senseNow && notNowResident.in(strings.Join(ws, " ")) {
					role = noSelfRole // "as a former resident", "a research intern"
				}
			case roleBeforeCue:
				ws := strings.Fields(low[max(0, i-40):i])
				if len(ws) > 3 {
					ws = ws[len(ws)-3:]
				}
				// the role must head the words before the cue: "our intern
				// year is over", not "my first month of residency is complete"
				if slices.Contains(ws, "of") {
					ws = nil
				}
				role = roleKind(ws, false)
			case roleInSentence:
				role = roleKind(strings.Fields(low), false)
			case noRole:
				role = roleWhole
			}
			if role == noSelfRole {
				continue
			}
			switch selfVerdicts[c.sense][role] {
			case verdictNow:
				a.now++
				a.strong = a.strong || c.strong
				if a.said == "" {
					a.said = s
				}
			case verdictOver:
				a.over++
			case verdictAhead:
				a.ahead++
			case verdictStudent:
				a.student++
			}
		}
	}
}

// residentNow reports an account of a resident now: a residency under way,
// and nothing that says it is over or still to come.
func (a *selfAccount) residentNow() bool {
	return a.now > 0 && a.over == 0 && a.ahead == 0
}

// notResidentNow reports an account whose residency is over, or to come
// with nothing under way.
func (a *selfAccount) notResidentNow() bool {
	return a.over > 0 || a.ahead > 0 && a.now == 0 || a.student > 0 && a.now == 0
}

// singularBlock reports a block that may speak in the first person
// singular; firstPersonBlock one that may speak in the first person (the
// cheap tests before its sentences are read).
func singularBlock(t string) bool {
	return strings.Contains(t, "my ") || strings.Contains(t, "My ") || strings.Contains(t, "I ") ||
		strings.Contains(t, "I'") || strings.Contains(t, "I’")
}

func firstPersonBlock(t string) bool {
	return singularBlock(t) || strings.Contains(t, "our ")
}

// selfFirstWords are the words that put a sentence in the writer's mouth;
// selfWeWords in the mouth of the writer and others, which a program's
// page speaks in too ("as a resident in our program, you …"): they count
// in a sentence that speaks to no reader.
var (
	selfFirstWords = []string{"i", "my", "me", "i'm", "i've", "myself"}
	selfWeWords    = []string{"our", "we"}
	selfYouWords   = []string{"you", "your"}
)

// selfThirdWords are the words that tell of the page's person.
var selfThirdWords = []string{"she", "he", "her", "his", "they", "their"}

// selfOthersWords open a role that is another's, not the writer's ("halfway
// through his residency").
var selfOthersWords = map[string]bool{"his": true, "her": true, "their": true}

// kinWords are the writer's relatives a personal page tells of: "my
// husband", "my beloved hubby", "our son".
var kinWords = map[string]bool{"husband": true, "hubby": true, "huz": true, "wife": true, "wifey": true, "spouse": true,
	"partner": true, "fiance": true, "fiancé": true, "fiancee": true, "fiancée": true, "boyfriend": true, "girlfriend": true,
	"son": true, "daughter": true, "brother": true, "sister": true, "mother": true, "mom": true, "father": true, "dad": true}

// kinNicknames are the words a spouse's page calls the spouse by with
// "the": "the hubby".
var kinNicknames = map[string]bool{"hubby": true, "huz": true, "wifey": true}

// kinAt returns where the first of the writer's relatives stands in low
// ("my" or "our", up to two words, then a word of kinWords; "the" before
// a word of kinNicknames), or -1.
func kinAt(low string) int {
	ws := strings.Fields(low)
	for k, w := range ws {
		if w == "the" && k+1 < len(ws) && kinNicknames[strings.Trim(ws[k+1], ".,;:!?\"'()")] {
			return k // "the hubby is in his second year of residency"
		}
		if w != "my" && w != "our" {
			continue
		}
		for j := k + 1; j < min(len(ws), k+4); j++ {
			if kinWords[strings.Trim(ws[j], ".,;:!?\"'()")] {
				return k
			}
		}
	}
	return -1
}

// kinAccount reads what a first-person page says of the writer's relative
// in the sentences that name one ("my husband is a third of the way
// through his residency") and no year: the cues of another person, and
// the writer's own left out.
func kinAccount(d *doc) selfAccount {
	a := selfAccount{kin: true}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || !firstPersonBlock(b.text) || b.words().find(selfCueSet)&1 == 0 {
			continue
		}
		for _, s := range sentences(b.text) {
			if strings.HasSuffix(s, "?") {
				continue
			}
			if low := strings.ReplaceAll(asciiLower(s), "’", "'"); kinAt(low) >= 0 && !yearWord.MatchString(cutDateline(s)) {
				a.add(s, low) // (a year dates the relative's start or end: "when my husband began his residency in 2019" tells nothing of now)
			}
		}
	}
	return a
}

// account reads the sentences of the page's prose blocks in which the
// writer (first) or the page's person (third: a pronoun, or one of names)
// speaks or is spoken of.
func account(d *doc, first bool, names []string) selfAccount {
	a := selfAccount{first: first}
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || first && !firstPersonBlock(b.text) || b.words().find(selfCueSet)&1 == 0 {
			continue
		}
		for _, s := range sentences(b.text) {
			if strings.HasSuffix(s, "?") {
				continue // a question an applicant asks ("Can I apply if I am a PGY-2?")
			}
			low := strings.ReplaceAll(asciiLower(s), "’", "'")
			if first && !hasAnyWord(low, selfFirstWords) && (!hasAnyWord(low, selfWeWords) || hasAnyWord(low, selfYouWords)) {
				continue
			}
			if !first && !hasAnyWord(low, selfThirdWords) && !hasAnyWord(low, selfFirstWords) && !selfNamed(low, names) {
				continue
			}
			a.add(s, low)
		}
	}
	return a
}

// selfNamed reports one of names (lower case) as a whole word of low.
func selfNamed(low string, names []string) bool {
	return len(names) > 0 && hasAnyWord(low, names)
}

// selfResidents reads a page about one resident: what profileResidents
// reads, unless the page's tense says the writer's residency is over or
// still to come (then an unnamed writer with nothing else told is no
// resident); and, where it reads no one, the writer whose own piece says
// they are a resident now, or the page's named person (its title, or a
// "Meet Dr. …" line) a resident now. What the page says of the resident's
// school or training abroad is then read as profileResidents reads it.
func selfResidents(d *doc, pageURL string, found []imgfriendly.Resident) []imgfriendly.Resident {
	out := readSelf(d, pageURL, found)
	if len(out) == 1 && out[0].School == "" && out[0].Country == "" && out[0].IMG == nil {
		out[0].School, out[0].Country = answeredSchool(d)
	}
	return out
}

// readSelf is selfResidents before the school an interview's answer names.
func readSelf(d *doc, pageURL string, found []imgfriendly.Resident) []imgfriendly.Resident {
	out := profileResidents(d, pageURL, found)
	if len(out) == 1 && len(found) == 0 && out[0].Name == "" && out[0].School == "" && out[0].Country == "" && out[0].IMG == nil {
		if a := account(d, true, nil); a.notResidentNow() {
			return nil // the writer's residency is over, or to come
		}
		return out
	}
	if len(out) != 0 || len(found) != 0 || d.roundUp || len(d.blocks) == 0 {
		return out
	}
	if r, ok := subjectResident(d, pageURL); ok {
		r.School, r.Country = gerundSchool(d)
		return profileResidents(d, pageURL, []imgfriendly.Resident{r})
	}
	for i := range d.blocks {
		// the cheap test: a block that speaks of a residency in the
		// writer's singular voice (a program speaks as "our")
		if b := &d.blocks[i]; b.role != roleRow && len(b.text) >= 20 && (b.hint()&hintResident != 0 || strings.Contains(b.text, "esidenc")) && singularBlock(b.text) {
			a := account(d, true, nil)
			kin := !a.residentNow() && a.now == 0 // (a writer in training now tells of no relative's residency here)
			if kin {
				a = kinAccount(d) // the writer's relative: "my husband is a third of the way through his residency"
			}
			if !a.residentNow() || singularStatements(d) < 2 || leaderNow(strings.ReplaceAll(asciiLower(allText(d)), "’", "'")) {
				return out
			}
			if !a.strong && spanOverTold(allText(d)) {
				return out // "I stayed there for the next four years": the residency told as gone by
			}
			if kin {
				return profileResidents(d, pageURL, []imgfriendly.Resident{{Evidence: imgfriendly.Evidence{URL: pageURL, Text: a.said}}})
			}
			if staffSigned(d) || staffAuthored(pageTitle(d)) {
				return out // a staff member signs, or the title names the writer as staff
			}
			name, line := authorLine(d)
			if _, other := bylineResident(line); other {
				return out // a byline's writer with another role ("…, Program Director")
			}
			if !a.strong && outOfScope(d, 0) {
				return out
			}
			if name == "" {
				name = signOffName(d) // "Jane Roe" under the piece
			}
			r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: a.said}} // (the byline's writer, if any)
			r.School, r.Country = gerundSchool(d)
			return profileResidents(d, pageURL, []imgfriendly.Resident{r})
		}
	}
	return out
}

// signOffName is the name a first-person piece is signed with: a line
// that is a name alone among the page's last three blocks, right after a
// block in the first person, with no role after it (a leader's or
// anyone's: "Program Director" under the name makes the writer a leader,
// whom the caller's account already turned away). "" when there is none.
func signOffName(d *doc) string {
	for i := len(d.blocks) - 1; i >= max(1, len(d.blocks)-3); i-- {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) > 40 || !singularBlock(d.blocks[i-1].text) {
			continue
		}
		if i+1 < len(d.blocks) && len(d.blocks[i+1].text) < 60 && (otherRoles.in(d.blocks[i+1].text) || staffRoleWords.in(d.blocks[i+1].text)) {
			return ""
		}
		if n, ok := personName(b.text); ok {
			return n
		}
	}
	return ""
}

// subjectResident reads the page's named person as a resident now: a
// "Meet Dr. Jane Doe, PGY-2" line among the first blocks (its role says
// so, or the page's account does), or a title that is a person's name over
// an account of a resident now ("After earning her MD at …, she went on to
// a three-year residency at …").
func subjectResident(d *doc, pageURL string) (imgfriendly.Resident, bool) {
	site := 0 // the site's lines above the page's own first line
	for i := 0; i < min(len(d.blocks), site+3); i++ {
		t := d.blocks[i].text
		if d.blocks[i].role == roleRow || len(t) > 120 || outOfScope(d, i) {
			continue
		}
		if i == site && site < maxSiteLines && len(t) > 40 && len(t) <= 100 && bylineStart(t) >= 0 {
			site++ // a byline with its writer's role: a site line (siteLine reads the shorter)
			continue
		}
		rest, ok := spotlightLead(t)
		name, role := splitNameRole(rest)
		if !ok {
			if i > site || len(t) > 40 {
				continue
			}
			name, role = t, ""
		}
		n, ok := personName(name)
		if !ok {
			if i == site && site < maxSiteLines && siteLine(t) {
				site++
			}
			continue
		}
		ev := imgfriendly.Evidence{URL: pageURL, Text: t, Selector: d.blocks[i].selector()}
		if role == "" && i+1 < len(d.blocks) {
			// the role on the line under the name: "Ana Ruiz, MD" over
			// "PGY-2, Family Medicine"
			if next := d.blocks[i+1].text; len(next) <= 60 && d.blocks[i+1].role != roleRow && residentRoleOpens(next) {
				role = next
			}
		}
		if role != "" {
			low := asciiLower(role)
			if (pgyIn(low) >= 0 || residentHeadWords.in(role)) && !otherRoles.in(role) && !staffRoleWords.in(role) && !notNowResident.in(role) {
				if a := account(d, false, selfNameWords(n)); !a.notResidentNow() {
					if w := account(d, true, nil); !w.notResidentNow() || w.now > 0 {
						return imgfriendly.Resident{Name: n, Evidence: ev}, true
					} // (the person's own words: "I completed my residency here and now practice …")
				}
			}
			return imgfriendly.Resident{}, false
		}
		a := account(d, false, selfNameWords(n))
		if a.residentNow() && !leaderNow(asciiLower(a.said)) {
			ev.Text = a.said
			return imgfriendly.Resident{Name: n, Evidence: ev}, true
		}
		return imgfriendly.Resident{}, false
	}
	return imgfriendly.Resident{}, false
}

// maxSiteLines is how many site lines (siteLine) may stand above the
// line that names a page's person.
const maxSiteLines = 3

// siteLine reports a line a site puts above a page's own title: a section
// name, a breadcrumb, a date ("Graduate Stories", "Home > News", "May 3,
// 2026") — short, no sentence, naming no role other than a resident's
// (under "Faculty Stories" or "Alumni" the name line is no resident's).
func siteLine(t string) bool {
	if len(t) <= 100 && (bylineStart(t) >= 0 || menuLine(t)) {
		return true // a byline: its writer's role ("Staff Writer") is no section's; a menu's "Faculty" item neither
	}
	if len(t) > 40 || strings.Contains(t, ". ") || strings.ContainsAny(t[len(t)-1:], ".?!:") {
		return false
	}
	return !otherRoles.in(t) && !staffRoleWords.in(t) && !notNowResident.in(t) && !captionOthers.in(t)
}

// spotlightLeads open a line that presents one person: "Meet Dr. Jane
// Doe, PGY-2", "Spotlight on Dr. Jane Doe", "Get to Know Our Interns: Jane
// Doe" (matched in any case; what a colon closes is the lead's too).
var spotlightLeads = []string{"meet ", "spotlight on ", "spotlight: ", "resident spotlight: ", "intern spotlight: ",
	"get to know ", "getting to know ", "introducing "}

// spotlightLead returns the rest of t after a spotlight's lead.
func spotlightLead(t string) (string, bool) {
	if t == "" || !strings.ContainsRune("mMsSrRiIgG", rune(t[0])) {
		return "", false // (no lead's first letter: the usual line)
	}
	for _, l := range spotlightLeads {
		if hasPrefixFold(t, l) {
			rest := t[len(l):]
			if k := strings.Index(rest, ": "); k >= 0 {
				rest = rest[k+2:] // "Our Interns: Jane Doe"
			}
			return rest, true
		}
	}
	return "", false
}

// splitNameRole splits a spotlight's rest at the first comma, dash or bar
// after the name: "Dr. Jane Doe, PGY-2", "Jane Doe – PGY-2".
func splitNameRole(rest string) (name, role string) {
	k := len(rest)
	for _, sep := range []string{", ", " - ", " – ", " — ", " | "} {
		if i := strings.Index(rest, sep); i >= 0 && i < k {
			k = i
		}
	}
	if k == len(rest) {
		return rest, ""
	}
	return rest[:k], strings.TrimLeft(rest[k:], ",-–—| ")
}

// selfNameWords are the lower-case words of a name, for finding the person
// again by first name or surname.
func selfNameWords(n string) []string {
	var out []string
	for _, w := range strings.Fields(asciiLower(n)) {
		if len(w) > 2 {
			out = append(out, w)
		}
	}
	return out
}

// gerundVerbs, gerundOwners, gerundDegrees and gerundPreps are the parts of
// a school told in a clause before the person's main verb: "After earning
// her MD at X, she …", "after receiving my medical degree from X".
var (
	gerundVerbs   = []string{"earning", "receiving", "obtaining", "completing"}
	gerundOwners  = []string{"her", "his", "their", "my"}
	gerundDegrees = []string{"md", "m.d.", "medical degree", "do", "d.o.", "mbbs", "doctor of medicine", "medical doctorate"}
	gerundPreps   = []string{"at", "from"}
)

// gerundSchool returns the school (and the country it names) a gerund
// clause of the page's prose tells, or "".
func gerundSchool(d *doc) (school, country string) {
	for i := range d.blocks {
		t := d.blocks[i].text
		if d.blocks[i].role == roleRow || !strings.Contains(t, "ing ") {
			continue
		}
		low := asciiLower(t)
		for _, v := range gerundVerbs {
			for from := 0; ; {
				k := strings.Index(low[from:], v+" ")
				if k < 0 {
					break
				}
				k += from
				from = k + len(v)
				if rest, ok := gerundObject(low[k+len(v)+1:]); ok {
					start := len(t) - len(rest)
					end := start + strings.IndexAny(t[start:]+".", ".;,()")
					if sc := schoolEnd(t[start:end]); sc != "" && sc[0] >= 'A' && sc[0] <= 'Z' {
						return splitCountryKeep(cleanSchool(sc), "")
					}
				}
			}
		}
	}
	return "", ""
}

// gerundObject reads "her MD at " from the start of low and returns what
// follows it.
func gerundObject(low string) (string, bool) {
	for _, steps := range [][]string{gerundOwners, gerundDegrees, gerundPreps} {
		ok := false
		for _, w := range steps {
			if rest, found := strings.CutPrefix(low, w+" "); found {
				low, ok = strings.TrimPrefix(rest, "the "), true
				break
			}
		}
		if !ok {
			return "", false
		}
	}
	return low, true
}

// allText is the text of the page's prose blocks, one a line.
func allText(d *doc) string {
	var b strings.Builder
	for i := range d.blocks {
		if d.blocks[i].role != roleRow {
			b.WriteString(d.blocks[i].text)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// singularStatements counts the sentences of the page's prose, questions
// aside, in which the writer speaks of themself alone ("I", "my", "me"):
// a page an applicant's questions fill ("Can I apply if I …?") has few;
// a story that quotes a named speaker ("“I remember my first night as an
// intern,” said Dr. Roe, professor of medicine") has none of the writer's
// in the quotes (writersVoice).
func singularStatements(d *doc) int {
	n := 0
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || !singularBlock(b.text) {
			continue
		}
		for _, s := range sentences(writersVoice(b.text)) {
			if !strings.HasSuffix(s, "?") && firstPersonCount(strings.ReplaceAll(asciiLower(s), "’", "'")) > 0 {
				n++
			}
		}
	}
	return n
}

// schoolAsked are the words of a question put to the page's person about
// their medical school ("Where did you go to medical school?", "What
// medical school did you attend?").
var schoolAsked = []string{"medical school", "med school"}

// answeredSchool returns the school an interview's answer names when the
// answer is the school alone, on the line after a question put to the
// reader's "you" about their medical school; "" else. (An answer that is a
// sentence, "I went to X", is profileResidents' to read.)
func answeredSchool(d *doc) (school, country string) {
	for i := 0; i+1 < len(d.blocks); i++ {
		q := d.blocks[i].text
		if len(q) > 100 || !strings.HasSuffix(q, "?") || !strings.Contains(q, "you") {
			continue
		}
		low := asciiLower(q)
		if !hasAny(low, schoolAsked) || !hasAnyWord(low, []string{"you", "your"}) {
			continue
		}
		a := strings.TrimSuffix(strings.TrimSpace(d.blocks[i+1].text), ".")
		if len(a) > 120 || strings.ContainsAny(a, "?!;") || strings.Contains(a, ". ") || firstPersonCount(asciiLower(a)) > 0 || !isSchoolLine(a) {
			return "", "" // a sentence, or no school's name
		}
		return splitCountryKeep(cleanSchool(a), "")
	}
	return "", ""
}

// quoteSpan is a quotation in curly or straight double quotes.
var quoteSpan = regexp.MustCompile(`“[^”]*”?|"[^"]*"?`)

// namedSpeaker is a quote's attribution to a named speaker: "said Dr. Roe"
// (saidName), or the name before the verb, perhaps with an aside between
// commas ("Roe said", "Dr. Ana Roe, professor of medicine, said").
var namedSpeaker = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+(?:,[^,.;!?“”"]{1,100},)?\s+` + speechAlternation(quoteVerbs) + `\b`)

// writersVoice is t without the quotations it attributes to a named
// speaker: their words, not the writer's. A quote no one is said to speak
// (a testimonial under its signer's caption) stays.
func writersVoice(t string) string {
	if !strings.ContainsAny(t, "“\"") {
		return t
	}
	outside := quoteSpan.ReplaceAllString(t, " ")
	if outside == t || !saidName.MatchString(outside) && !namedSpeaker.MatchString(outside) {
		return t
	}
	return outside
}
