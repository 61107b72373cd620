package extract

import (
	"cmp"
	"regexp"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// Pages about one resident: a resident's own essay ("my co-residents", "my
// intern year", "as an IMG far from home"), or a profile of "third-year
// resident Jane Doe". Such a page names one resident, often without a
// school; what it says of the resident's training abroad, or of the
// medical school, is the resident's.

// residentVoice are phrases only a resident writes of their own training.
var residentVoice = append([]string{"co-resident", "my intern", "intern year", "i matched", "had matched", "i was matched",
	"my residency", "as a resident", "as an intern", "fellow residents", "intern class", "as a first-year",
	"as a pgy", "my fellow interns", "my co-interns", "i started residency", "i began residency", "my program director",
	"my seniors", "my senior residents", "my first call", "my attendings"}, coupleVoice...)

// coupleVoice are phrases of two residents who matched together, writing
// as "we" ("Ana and I couples matched here").
var coupleVoice = []string{"couples matched", "couples match", "couple's match", "couples-matched", "we both matched",
	"matched together", "and i matched", "and i both matched", "and i couples"}

// selfAnchors open a writer's statement of what they are ("I am a
// second-year resident", "my name is …"): the cheap test before selfResident.
var selfAnchors = []string{"i am a", "i'm a", "i’m a", "i am one of", "i'm one of", "i’m one of", "i will be a", "i'll be a", "i’ll be a",
	"i am currently", "i'm currently", "i’m currently", "i am now", "i'm now", "i’m now"}

// residentVoiceSet finds residentVoice (group 0) and selfAnchors (group 1)
// in any case.
var residentVoiceSet = newFoldedKeywordSet(residentVoice, selfAnchors)

var (
	// selfResident is a writer saying they are a resident now: "I am a
	// second year psychiatry resident at …", "I'm a PGY-1 resident", "I'm a
	// USMD PGY-2 at …", "I am one of the chief residents", or will be one at
	// a program named ("I'll be a PGY-1 at X this year"). Group 1 is the
	// future's verb, group 2 the words before the role, group 3 "of" and a
	// capital (a place's resident) or "at" (a program).
	selfResident = regexp.MustCompile(`(?i)\bi(?: am|'m|’m|( will be|'ll be|’ll be))\s+(?:(?:currently|now|proud to be)\s+)?(?:a|an|one of the|one of our)\s+((?:[\p{L}0-9/.&-]+,?\s+){0,5}?)(?:(?:co-)?chief\s+)?(?:resident|intern|pgy-?\s?[1-7])s?\b(\s+of\s+\p{Lu}|\s+at\s)?`)
	// oneResidentTitle is a title about one resident: "A Day in the Life of
	// a PGY-2 Resident", "Life as an Intern".
	oneResidentTitle = regexp.MustCompile(`(?i)\b(?:a|an)\s+(?:[\p{L}0-9-]+\s+){0,3}(?:resident|intern)\b|\bday in the life\b[^|]{0,20}?\b(?:pgy-?[1-7]|resident|intern)\b`)
	// myNameIs is a writer's name: "My name is Jane", "my name is Jane Doe".
	myNameIs = regexp.MustCompile(`\b[Mm]y name is\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`)
	// iAmName is a writer giving their name: "I am Dr. Jane Doe.",
	// "I am Jane Doe, a PGY-2 in …", "I'm Jane, a pediatrics PGY-2". Group 1
	// is the name (a first name alone counts only with the role after it:
	// writerNamed), group 2 a resident's role right after it.
	iAmName = regexp.MustCompile(`\bI(?: am|'m|’m)\s+(?:Dr\.\s+)?(\p{Lu}[\p{L}'’-]+(?:(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})?)\s*(?:\.|,(\s+(?:a|an|one of (?:the|our))\s+(?:[\p{L}0-9/-]+\s+){0,3}?(?:(?:co-)?chief\s+)?(?:resident|intern|PGY-?[1-7])\b)?)`)
	// iAmDoctor is a writer introducing themself to a patient by title and
	// name, as a resident: "Hi, I'm Dr. Rao, the resident taking care of
	// you", "I am Dr. Osei, a resident on the medicine team". Group 1 the
	// name (a surname alone, as written), group 2 the words before the role.
	iAmDoctor = regexp.MustCompile(`\bI(?: am|'m|’m)\s+(?:Dr\.?|Doctor)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),\s+(?:the|a|an|your|one of the|one of your)\s+((?:[\p{L}0-9/-]+\s+){0,3}?)(?:resident|intern)(?:\s+(?:physician|doctor))?(?:[^'’\p{L}]|$)`)
	// titleTailName is a name after a title's dash or colon: "A Day in the
	// Life of a PGY-1 Resident - Jane".
	titleTailName = regexp.MustCompile(`\s[-–—:|]\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*$`)
)

// notNowResident are words before "resident" that make the writer no
// resident of a program now: a former one, a permanent resident (a visa
// status), a student or a research intern.
var notNowResident = newWordList("former", "past", "retired", "permanent", "legal", "lawful", "u.s.", "us",
	"student", "medical student", "research", "summer", "undergraduate", "visiting", "fellow", "faculty", "attending")

// selfResidentIn returns the sentence of text in which the writer says they
// are a resident now, or "".
func selfResidentIn(text string) string {
	for _, m := range selfResident.FindAllStringSubmatchIndex(text, -1) {
		if m[6] >= 0 && text[m[6]:m[7]] != "" && strings.Contains(asciiLower(text[m[6]:m[7]]), " of ") || notNowResident.in(text[m[4]:m[5]]) {
			continue // "a resident of Ohio", "a permanent resident"
		}
		if m[2] >= 0 && (m[6] < 0 || !strings.Contains(asciiLower(text[m[6]:m[7]]), " at") || intentWords.in(text[max(0, m[0]-30):m[0]])) {
			continue // "one day I'll be a resident", "I hope I will be a resident at X": no program's resident yet
		}
		return sentenceAround(text, m[0], m[1])
	}
	return ""
}

// sentenceAround is the sentence of text holding text[from:to].
func sentenceAround(text string, from, to int) string {
	start := strings.LastIndexAny(text[:from], ".!?\n") + 1
	end := len(text)
	if e := strings.IndexAny(text[to:], ".!?\n"); e >= 0 {
		end = to + e + 1
	}
	return strings.TrimSpace(text[start:end])
}

// aboutOneResident reports a title about one resident, not a group, a
// leader or an application.
func aboutOneResident(title string) bool {
	if title == "" || !residentOrIntern.in(title) {
		return false // (the usual page: no expression run)
	}
	return oneResidentTitle.MatchString(title) && !otherRoles.in(title) && !titleWords.in(title)
}

// residentOrIntern are the role words of oneResidentTitle.
var residentOrIntern = newWordList("resident", "intern", "pgy")

// anyBlock reports whether a block (no table row) holds a word of k.
func anyBlock(d *doc, k *keywordSet) bool {
	for i := range d.blocks {
		if d.blocks[i].role != roleRow && uint8(d.blocks[i].words().find(k)) != 0 {
			return true
		}
	}
	return false
}

// residentNowVoice are the phrases of residentVoice that make the writer a
// resident now, not one who was a resident once or who speaks of the
// intern year to come.
var residentNowVoice = []string{"as an intern,", "as a resident,", "as a pgy", "my co-residents", "my fellow interns",
	"my co-interns", "my fellow residents", "my intern class", "my program director", "my seniors", "my senior residents",
	"my attendings"}

// leaderVoice marks the writer as the program's leader, not a resident.
var leaderVoice = []string{"i am the program director", "as program director", "as the program director",
	"as your program director", "as associate program director", "as director", "i am the chair", "as chair",
	"as the chair", "as department chair", "as your chair", "as coordinator", "as your coordinator",
	"as a faculty member", "as an attending", "i am the coordinator", "i am the director"}

// leaderNow reports leaderVoice in low, not after a verb of past work: "I
// worked as an attending physician for two years" tells of a career before
// this residency (an international graduate's, often), "as an attending, I
// teach" of the writer now.
func leaderNow(low string) bool {
	for _, v := range leaderVoice {
		for from := 0; ; {
			k := strings.Index(low[from:], v)
			if k < 0 {
				break
			}
			k += from
			from = k + len(v)
			before := strings.TrimRight(low[max(0, k-12):k], " ")
			if !strings.HasSuffix(before, "worked") && !strings.HasSuffix(before, "served") && !strings.HasSuffix(before, "practiced") && !strings.HasSuffix(before, "practised") {
				return true
			}
		}
	}
	return false
}

var (
	// imgSelf is a resident saying they are an IMG.
	imgSelf = regexp.MustCompile(`(?i)\b(?:(?:as an?|being an?|i am an?|i'm an?|i was an?|myself an?)\s+(?:img|fmg|international medical graduate|foreign medical graduate|international graduate)|my (?:medical )?(?:training|education|schooling|degree) (?:abroad|overseas|in another country|outside (?:the us|the u\.s\.|the united states))|i (?:trained|studied medicine|went to medical school) (?:abroad|overseas|in another country|outside (?:the us|the u\.s\.|the united states))|my ecfmg (?:certificate|certification))\b`)
	// imgWriterTitle is a title about one international graduate who tells
	// their story: "International medical graduate shares …", "An IMG
	// reflects on …" (not "International Medical Graduate Requirements").
	imgWriterTitle = regexp.MustCompile(`(?i)^(?:an?\s+)?(?:img|international medical graduate|foreign medical graduate)\s+(?:shares|reflects|looks|writes|recalls|tells|describes|explains|finds|learns|talks|speaks|remembers|opens|discusses)\b`)
	// trainedIn is where one trained as a doctor: "trained as a doctor in
	// the Dominican Republic", "went to medical school in India", "my
	// first year of med school was in the UK".
	trainedIn = regexp.MustCompile(`(?i)\b(?:trained as an? (?:doctor|physician)|went to medical school|attended medical school|studied medicine|graduated from medical school|completed (?:my |her |his )?medical (?:school|degree|education|training)|(?:medical|med) school(?:\s+was)?|medical degree)\s+in\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,3})`)
	// schoolSaid names a medical school in a bio: "I attended X for medical
	// school", "medical school at X", "earned my MD from X", "received his
	// doctor of medicine degree from X".
	schoolSaid = regexp.MustCompile(`(?i)\b(?:medical school (?:was |is )?at|med school at|(?:md|m\.d\.|md/phd|m\.d\./ph\.d\.|mbbs) program (?:at|of)|(?:earned|received|obtained) (?:my|her|his|their) (?:md|m\.d\.|medical degree|medical doctoral degree|medical doctorate|mbbs|do|(?:md|m\.d\.|do|d\.o\.) degree|doctor of (?:osteopathic )?medicine(?: degree)?) (?:from|at)|(?:completed|obtained|received|did|finished|pursued) (?:my|her|his|their) medical (?:degree|education|school|training|studies) (?:at|from)|(?:attended|went to|graduated from)(?: medical school at)?|(?:chose|decided|went on) to study(?: medicine)? at|studied(?: medicine)? at|(?:for|pursued?|began|begin|started?|continued?) (?:my|her|his|their) (?:medical|medicine) (?:studies|education|training|degree|school) at)\s+(?:the\s+)?(\p{Lu}[^.;,()]{2,90})`)
	// medicalTrip is a country one went to for medical school: "returned
	// to Jamaica for her medical studies", "moved to India to study
	// medicine". (Compiled on first use, asked only of a bio whose words
	// hold a trip's verb: tripWords.)
	medicalTrip = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`\b(?i:returned|moved|went|came|headed|relocated)(?:\s+(?i:back|home))?\s+to\s+(?:the\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,3})\s+(?i:for\s+(?:my\s+|her\s+|his\s+|their\s+)?(?:medical|medicine)|to\s+(?:attend\s+medical|study\s+medicine|pursue\s+(?:my|her|his|their)\s+medical|begin\s+(?:my|her|his|their)\s+medical))`)
	})
)

// profileResidents reads a page about one resident: the resident, with
// what the page says of the resident's IMG status, training country and
// school. It reads nothing unless the page is written in a resident's own
// voice or names "resident <Name>" once.
func profileResidents(d *doc, pageURL string, found []imgfriendly.Resident) []imgfriendly.Resident {
	title := pageTitle(d)
	urlName := residentPageName(pageURL) // the one resident the address files the page under
	author, authorText := authorLine(d)  // "By Dr. Jane Doe" over an essay
	if len(found) > 1 || d.roundUp || len(found) == 0 && urlName == "" && !anyBlock(d, residentVoiceSet) && !aboutOneResident(title) && !writerIntroduced(d) && author == "" {
		return found
	}
	if len(found) == 0 && staffAuthored(title) {
		return found // "Message from the Faculty": the first person is the heading's author, no resident
	}
	all := inScopeText(d)
	low := asciiLower(all)
	if len(found) == 0 {
		if rs := coupleResidents(d, all, low, pageURL); rs != nil {
			return rs
		}
	}
	var r imgfriendly.Resident
	said := ""         // the writer's own words that they are a resident
	voiceOnly := false // said is only a resident's phrase ("my co-residents"), no statement
	if len(found) == 1 {
		r = found[0]
	} else {
		// a writer who gives their name and says they are a resident
		// answers an interview's questions, unlike an FAQ's writer; a
		// one-resident title with the writer's name under it needs little
		// first person ("I rotated …")
		named, namedSaid := writerNamed(all)
		byline := ""
		if aboutOneResident(title) {
			byline = bylineName(d, title)
		}
		// an essay under a byline whose writer says they began their
		// residency, or whose byline gives a resident's training year
		authored := ""
		if author != "" {
			if resident, other := bylineResident(authorText); resident {
				authored = authorText
			} else if !other {
				authored = beganSaid(all, low)
			}
		}
		minFirst := 5
		if byline != "" || authored != "" {
			minFirst = 1
		} else if urlName != "" {
			minFirst = 2 // the address says whose page it is; the writer need only speak of themself
		}
		asked := questions(d) >= 2 && !interviewOf(d, title) && authored == "" // (the byline's writer asks the reader's questions)
		if leaderNow(low) || firstPersonCount(low) < minFirst || asked && (named == "" || namedSaid == "" && selfResidentIn(all) == "") || staffSigned(d) || outOfScope(d, 0) {
			return found // (an FAQ asks in the first person: "Can I apply if I ...?")
		}
		r.Name = cmp.Or(named, byline, author)
		if named == "" && byline == "" && authored == "" && urlName == "" {
			// a writer named only by a byline or a sign-off, or not at all
			if a := account(d, true, nil); a.notResidentNow() && a.now == 0 {
				return found // the writer tells of a residency over, or to come, and of none now
			}
		}
		said = cmp.Or(namedSaid, selfResidentIn(all), authored)
		if said == "" && aboutOneResident(title) {
			said = title
		}
		if said == "" && !hasAny(low, residentVoice) && urlName == "" {
			return found
		}
		if said == "" {
			said = firstMatch(all, residentNowVoice) // "As an intern, I …": the writer is one now
			voiceOnly = said != ""
		}
		if len(d.blocks) > 0 && d.blocks[0].role != roleRow && r.Name == "" {
			if n, ok := personName(d.blocks[0].text); ok {
				r.Name = n
			}
		}
		if r.Name == "" {
			r.Name = nameAboveVoice(d) // "Jane Doe DO, MS" on a line of its own over her essay
		}
		if r.Name == "" {
			r.Name = signOffName(d) // "Jane Doe" under it
		}
		if m := myNameIs.FindStringSubmatch(all); r.Name == "" && m != nil {
			r.Name = m[1]
		}
		if m := titleTailName.FindStringSubmatch(title); r.Name == "" && m != nil && !residentHeadWords.in(m[1]) && !menuLine(title) {
			r.Name = m[1]
		}
		if r.Name == "" {
			r.Name = urlName // the name only the address gives: it merges with the same name on the roster
		}
		r.Evidence = imgfriendly.Evidence{URL: pageURL, Text: cmp.Or(said, firstMatch(all, residentVoice), firstPersonSentence(all)), Selector: ""}
		if said != "" {
			// the writers' first names on a line of their own under the
			// title: "Tommy", "Ana and Lee" (an essay two residents share,
			// whose schools cannot be told apart)
			if names := bylineNames(d, title); len(names) > 1 {
				out := make([]imgfriendly.Resident, len(names))
				for k, n := range names {
					out[k] = imgfriendly.Resident{Name: n, Evidence: r.Evidence}
				}
				return out
			} else if len(names) == 1 && r.Name == "" {
				r.Name = names[0]
			}
		}
	}
	if imgSelfSaid(all) || r.Name != "" && imgWriterTitle.MatchString(title) {
		img := true
		r.IMG = &img
	}
	bioSchool(all, low, &r)
	if r.School == "" && r.Country == "" {
		if sc := chosenSchool(allText(d)); sc != "" {
			r.School, r.Country = splitCountryKeep(cleanSchool(sc), "") // "What drew you to KUSM?"
		}
	}
	if r.Name == "" && r.School == "" && r.Country == "" && r.IMG == nil && said == "" {
		return found // a resident's voice with nothing to tell of them: nothing to count
	}
	if len(found) == 0 && (said == "" || voiceOnly) && urlName == "" && spanOverTold(all) {
		// a writer (unnamed, or named by a byline alone) who never says
		// they are a resident now and tells the residency's span as a
		// stretch gone by ("the town I matched in was where I lived for the
		// following four years"): the IMG status or school the piece tells
		// is a graduate's
		return found
	}
	return []imgfriendly.Resident{r}
}

// bioSchool reads what a bio (all, and low, its lower case) says of its
// one person's medical school and training country into r: the country
// where the person trained ("went to medical school in India", "returned
// to Jamaica for her medical studies"), and the school a verb names as
// the medical one, or a university that is the only school the bio names.
// A generic verb's school that is not said to be the medical one (a
// college, an institute of technology) is passed for the next one the
// sentence names.
func bioSchool(all, low string, r *imgfriendly.Resident) {
	if m := trainedIn.FindStringSubmatch(all); m != nil && r.Country == "" {
		if c := trainedCountry(m[1]); c != "" {
			r.Country = c
		}
	}
	if r.Country == "" && tripWords(low) {
		if m := medicalTrip().FindStringSubmatch(all); m != nil {
			if c := trainedCountry(m[1]); c != "" {
				r.Country = c
			}
		}
	}
	if r.School == "" {
		// a generic verb's university ("I graduated from the University
		// of Ibadan", "I chose to study at X University"), taken when the
		// piece names no other school by a verb, and no college degree
		bare, bareSchool := false, ""
	sentences:
		for _, s := range sentences(strings.ReplaceAll(all, "\n", " ")) {
			ls := asciiLower(s)
			for from := 0; from < len(s); {
				m := schoolSaid.FindStringSubmatchIndex(s[from:])
				if m == nil {
					break
				}
				for k := range m {
					if m[k] >= 0 {
						m[k] += from
					}
				}
				from = m[2] // (the next clause may stand inside this one's long school: "attended X and then … medical studies at Y")
				verb := ls[m[0]:m[2]]
				school := schoolEnd(s[m[2]:m[3]])
				generic := genericSchoolVerb(verb)
				if generic && awardWordBefore(ls[:m[0]]) {
					continue // "the student award went to Amy Tran": a recipient, not a school
				}
				if relativeBefore(ls[:m[0]]) {
					continue // "her sister went to medical school at X": a relative's school
				}
				if generic && !strings.Contains(ls, "medical school") && !strings.Contains(ls, "med school") && !strings.Contains(ls, "medical degree") &&
					!medicalNamed.in(school) && !medicalLine(all, schoolEnd(school)) {
					// "attended Wellesley College": not said to be the
					// medical school; a university may be, when it is the
					// only school the piece names (below)
					if !bare && school != "" && school[0] >= 'A' && school[0] <= 'Z' && !collegeCues.in(s) && universityNamed.in(school) {
						bare, bareSchool = true, school
					} else if school != "" {
						bareSchool = "" // two schools: which is which is not said
					}
					continue
				}
				if school != "" && !upperAt(school, 0) {
					continue // "went to medical school there": the case-blind verb took words for a name
				}
				if school != "" {
					r.School, r.Country = splitCountryKeep(cleanSchool(school), r.Country)
					break sentences
				}
			}
		}
		if r.School == "" && bareSchool != "" && r.Country == "" && onlySchoolNamed(low, asciiLower(bareSchool)) {
			r.School, r.Country = splitCountryKeep(cleanSchool(bareSchool), r.Country)
		}
	}
}

// relativeBefore reports a relative of the person as a whole word in a
// sentence's text before its school verb (low, lower case): "her brother
// went to medical school at X" gives the brother's school, not the
// resident's.
func relativeBefore(low string) bool {
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == ',' || r == '\'' || r == '’' }) {
		if relativeWords[w] {
			return true
		}
	}
	return false
}

// relativeWords are a person's relatives (lower case).
var relativeWords = map[string]bool{"sister": true, "brother": true, "mother": true, "father": true, "wife": true,
	"husband": true, "son": true, "daughter": true, "parents": true, "spouse": true, "partner": true, "cousin": true,
	"uncle": true, "aunt": true, "grandfather": true, "grandmother": true, "fiancé": true, "fiance": true, "siblings": true}

// tripWords reports low (a text in lower case) holding medicalTrip's
// verb and its "medic": the cheap test before the expression.
func tripWords(low string) bool {
	if !strings.Contains(low, " to ") || !strings.Contains(low, "medic") {
		return false
	}
	for _, v := range []string{"returned", "moved", "went", "came", "headed", "relocated"} {
		if strings.Contains(low, v) {
			return true
		}
	}
	return false
}

// genericSchoolVerb reports a verb of schoolSaid that reaches a school
// without saying it is the medical school: "attended", "went to",
// "graduated from", "studied at", "chose to study at" (not "studied
// medicine at", "went to medical school at").
func genericSchoolVerb(verb string) bool {
	if strings.HasPrefix(verb, "attended") || strings.HasPrefix(verb, "went to") || strings.HasPrefix(verb, "graduated") {
		return !strings.Contains(verb, "medical school")
	}
	return strings.Contains(verb, "stud") && !strings.Contains(verb, "medic") // (not "studied medicine at", "her medical studies at")
}

// onlySchoolNamed reports whether every university or college low names
// is school: "I graduated from the University of Florida and later
// studied at the University of Ibadan" names two, and which one is the
// medical school is not said.
func onlySchoolNamed(low, school string) bool {
	n := strings.Count(school, "universi") + strings.Count(school, "college")
	return n > 0 && strings.Count(low, "universi")+strings.Count(low, "college") == n*strings.Count(low, school)
}

// universityNamed are the words of a university's name (a college alone
// is an undergraduate's school as often as a medical one).
var universityNamed = newWordList("university", "universidad", "universidade", "université", "universita", "università", "universitas")

// inScopeText is the text of d's blocks that are no table row and sit in
// no section of other people, a line each: what a page about one resident
// says of the resident.
func inScopeText(d *doc) string {
	var text strings.Builder
	for i := range d.blocks {
		if d.blocks[i].role != roleRow && !outOfScope(d, i) {
			text.WriteString(d.blocks[i].text)
			text.WriteString("\n")
		}
	}
	return text.String()
}

// staffAuthored reports a page title that names its writer as someone
// other than a resident ("Message from the Faculty", "A Note from Our
// Chair"): the page's first person is that writer, no resident.
func staffAuthored(title string) bool {
	if !authoredHeading(title) {
		return false
	}
	k := sectionKind(title)
	return k == sectionOthers || k == sectionNeutral && staffRoleWords.in(title)
}

// nameAboveVoice returns the name on a line of its own right above the
// page's first paragraph written in the first person (two "I"/"my" at
// least): an essay's writer named over it, as a program page sets a
// resident's account under the description of a training year; "" when
// that line is no person's name.
func nameAboveVoice(d *doc) string {
	for i := 1; i < len(d.blocks); i++ {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 80 || firstPersonCount(asciiLower(b.text)) < 2 {
			continue
		}
		if p := &d.blocks[i-1]; p.role != roleRow && len(p.text) <= 60 {
			if n, ok := personName(p.text); ok {
				return n
			}
		}
		return ""
	}
	return ""
}

// imgSelfSaid reports imgSelf in a statement of the page, not in a
// question an applicant asks ("Can I apply if I am an IMG?", "What if my
// ECFMG certification is pending?").
func imgSelfSaid(all string) bool {
	for _, m := range imgSelf.FindAllStringIndex(all, -1) {
		if !strings.HasSuffix(sentenceAround(all, m[0], m[1]), "?") {
			return true
		}
	}
	return false
}

// interviewOf reports an interview with one resident: a title about one
// resident ("Insight from an intern", "Interview with a PGY1 resident")
// over questions put to the resident ("What has been your favorite
// rotation?") more than asked by an applicant ("Can I apply if I …?"). An
// FAQ's questions are the applicant's own.
func interviewOf(d *doc, title string) bool {
	if !aboutOneResident(title) && !calledInterview(d) {
		return false
	}
	you, me := 0, 0
	for i := range d.blocks {
		t := d.blocks[i].text
		if d.blocks[i].role != roleQuestion && !strings.HasSuffix(t, "?") {
			continue
		}
		low := asciiLower(t)
		if hasAnyWord(low, []string{"you", "your"}) {
			you++
		}
		if hasAnyWord(low, []string{"i", "my", "me", "we", "our"}) {
			me++
		}
	}
	return you >= 2 && you > me
}

// writerIntroduced reports a block where the writer gives their name and
// role at once ("I am Jane Doe, a PGY-2 …"): the cheap test first.
func writerIntroduced(d *doc) bool {
	for i := range d.blocks {
		if t := d.blocks[i].text; saysIAm(t) {
			if _, said := writerNamed(t); said != "" {
				return true
			}
		}
	}
	return false
}

// saysIAm reports whether t holds "I am ", "I'm " or "I’m ": read at
// t's capital I's in one pass, where three searches read the text three
// times (writerIntroduced asks it of every block).
func saysIAm(t string) bool {
	for from := 0; ; {
		k := strings.IndexByte(t[from:], 'I')
		if k < 0 {
			return false
		}
		from += k + 1
		if r := t[from:]; strings.HasPrefix(r, " am ") || strings.HasPrefix(r, "'m ") || strings.HasPrefix(r, "’m ") {
			return true
		}
	}
}

// calledInterview reports a page whose title or first block says it is an
// interview ("… a series of interviews with current PGY-1s", "Interview:
// Dr. X"): its questions are asked of the one who answers.
func calledInterview(d *doc) bool {
	for i := range min(len(d.blocks), 2) {
		if hasPrefixFold(d.blocks[i].text, "interview") || strings.Contains(asciiLower(d.blocks[i].text), " interview") {
			return true
		}
	}
	return false
}

// writerNamed returns the name a writer gives ("I am Dr. Jane Doe.") and,
// when they say in the same breath that they are a resident ("I am Jane
// Doe, a PGY-2 in …"), that sentence.
func writerNamed(all string) (name, said string) {
	if containsAny(all, "'’") && strings.Contains(all, "I") || strings.Contains(all, "I am ") {
		if n, s := doctorIntroduced(all); n != "" {
			return n, s
		}
	}
	if !strings.Contains(all, "I am ") && !strings.Contains(all, "I'm ") && !strings.Contains(all, "I’m ") {
		return "", ""
	}
	for _, m := range iAmName.FindAllStringSubmatchIndex(all, -1) {
		n, ok := all[m[2]:m[3]], false
		if strings.Contains(n, " ") {
			n, ok = personName(n)
		} else if m[4] >= 0 { // "I'm Priya, a PGY-2": a first name with a resident's role
			ok = len(firstNames(n)) == 1
		}
		if !ok {
			continue
		}
		if m[4] >= 0 && !notNowResident.in(all[m[4]:m[5]]) {
			return n, sentenceAround(all, m[0], m[1])
		}
		return n, ""
	}
	return "", ""
}

// doctorIntroduced returns the name a writer gives when introducing
// themself as a resident (iAmDoctor) and the sentence that says it; not
// when the words before the role make the writer someone else ("the former
// resident", "a visiting resident") or the role is another's.
func doctorIntroduced(all string) (name, said string) {
	if !strings.Contains(all, "Dr") && !strings.Contains(all, "Doctor") {
		return "", ""
	}
	for _, m := range iAmDoctor.FindAllStringSubmatchIndex(all, -1) {
		if notNowResident.in(all[m[4]:m[5]]) || otherRoles.in(all[m[4]:m[5]]) {
			continue
		}
		n := all[m[2]:m[3]]
		if !strings.Contains(n, " ") {
			if notNameWords[asciiLower(n)] || len(n) < 2 {
				continue
			}
		} else if n2, ok := personName(n); ok {
			n = n2
		} else {
			continue
		}
		return n, sentenceAround(all, m[0], m[1])
	}
	return "", ""
}

// bylineName returns the name on the short line right under the title:
// "Jane Doe, M.D." under "A Day in the Life: PGY-1".
func bylineName(d *doc, title string) string {
	for i := range min(len(d.blocks), 3) {
		t := d.blocks[i].text
		if t == title || d.blocks[i].role == roleRow {
			continue
		}
		if len(t) > 50 {
			return ""
		}
		n, _ := personName(t)
		return n
	}
	return ""
}

// medicalLine reports a sentence of text that names school beside the
// words of medical training ("What was medical training like at X?", or a
// question about X followed by one about its training): the school a
// writer graduated from is then their medical school.
func medicalLine(text, school string) bool {
	if len(school) < 6 {
		return false
	}
	medical := []string{"medical training", "medical school", "medical education", "medical degree", "medical student"}
	for line := range strings.SplitSeq(text, "\n") {
		if !strings.Contains(line, school) {
			continue
		}
		ss := sentences(line)
		for k, s := range ss {
			if !strings.Contains(s, school) {
				continue
			}
			if hasAny(asciiLower(s), medical) {
				return true
			}
			// a question about the school, then one about its training
			if strings.HasSuffix(s, "?") && k+1 < len(ss) && strings.HasSuffix(ss[k+1], "?") && hasAny(asciiLower(ss[k+1]), medical) {
				return true
			}
		}
	}
	return false
}

// coupleResidents reads a testimonial two residents wrote together: a
// heading that names the pair ("Dan and Patsy Park", "Ana Ruiz and Ben
// Ota") over text that says they matched together ("Patsy and I couples
// matched"). Each is a resident; what else the text says (a school, a
// country) cannot be told apart between them and is left out. Nothing when
// a leader writes, or when the page asks questions (an FAQ).
func coupleResidents(d *doc, all, low, pageURL string) []imgfriendly.Resident {
	said := firstMatch(all, coupleVoice)
	if said == "" || hasAny(low, leaderVoice) || questions(d) >= 2 {
		return nil
	}
	for i := range min(len(d.blocks), 2) {
		if d.blocks[i].role == roleRow {
			continue
		}
		a, b, ok := personPair(d.blocks[i].text)
		if !ok {
			continue
		}
		ev := imgfriendly.Evidence{URL: pageURL, Text: said}
		return []imgfriendly.Resident{{Name: a, Evidence: ev}, {Name: b, Evidence: ev}}
	}
	return nil
}

// personPair reads two people named on one line: "Dan and Patsy Park" (a
// first name, then a full name whose surname both share) or "Ana Ruiz and
// Ben Ota".
func personPair(t string) (string, string, bool) {
	t = strings.TrimSpace(t)
	sep := " and "
	i := strings.Index(t, sep)
	if i < 0 {
		sep = " & "
		if i = strings.Index(t, sep); i < 0 {
			return "", "", false
		}
	}
	left, right := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+len(sep):])
	b, ok := personName(right)
	if !ok || strings.Contains(right, " and ") {
		return "", "", false
	}
	if a, ok := personName(left); ok {
		return a, b, true
	}
	if names := firstNames(left); len(names) == 1 {
		return names[0] + " " + b[strings.LastIndexByte(b, ' ')+1:], b, true
	}
	return "", "", false
}

// bylineNames returns the first names a short line right under the title
// holds, alone: "Tommy", "Ana and Lee".
func bylineNames(d *doc, title string) []string {
	for i := range min(len(d.blocks), 3) {
		t := d.blocks[i].text
		if t == title || d.blocks[i].role == roleRow {
			continue
		}
		if len(t) > 40 {
			return nil
		}
		return firstNames(t)
	}
	return nil
}

// medicalNamed are words of a school's own name that make it a medical
// school: "graduated from Dow Medical College" needs no "medical school"
// beside it, "graduated from Rice University" does.
var medicalNamed = newWordList("medical", "medicine", "osteopathic", "health sciences", "medicina", "medecine",
	"médecine", "medizin", "mbbs")

// schoolEnd trims a school named in a sentence at the words that follow
// it: "Drexel University for medical school" → "Drexel University".
func schoolEnd(s string) string {
	for _, stop := range []string{" for ", " where ", " and ", " before ", " after ", " in 20", " in 19", " with ", " while ", " because ", " who "} {
		if i := strings.Index(s, stop); i > 0 {
			s = s[:i]
		}
	}
	return strings.TrimSpace(s)
}

// firstPersonCount counts the words "i", "my", "me" in low.
func firstPersonCount(low string) int {
	n := 0
	for _, w := range strings.Fields(low) {
		switch strings.Trim(w, ".,;:!?\"'()") {
		case "i", "my", "me", "i'm", "i've", "i’m", "i’ve", "myself":
			n++
		}
	}
	return n
}

// firstPersonSentence returns the first sentence in which the writer
// speaks of themself, for evidence.
func firstPersonSentence(text string) string {
	for _, s := range sentences(strings.ReplaceAll(text, "\n", " ")) {
		if firstPersonCount(asciiLower(s)) > 0 {
			return s
		}
	}
	return ""
}

// spanOver is a residency's whole span told as gone by: a verb of the past
// and "for the next (or following) N years" ("the town was our base for
// the next four years", "I spent the following three years there"). Its sentence
// must speak of the residency (spanResidency), not of a job before it
// ("I worked for the next two years in a clinic"). Asked only of a text
// holding "years" and "next" or "following".
var spanOver = regexp.MustCompile(`(?i)\b(?:became|was|were|spent|stayed|remained|lived|trained)\b[^.!?]{0,80}?\b(?:for )?the (?:next|following) (?:\d|two|three|four|five|six|seven) years\b`)

// spanResidency are the words that tie a span to the residency.
var spanResidency = []string{"residency", "interview", "matched", "the match", "program", "intern", "resident"}

// spanOverTold reports a sentence of text that tells a residency's span as
// gone by (spanOver).
func spanOverTold(text string) bool {
	if !strings.Contains(text, "years") || !strings.Contains(text, " next ") && !strings.Contains(text, " following ") {
		return false
	}
	for _, s := range sentences(strings.ReplaceAll(text, "\n", " ")) {
		if spanOver.MatchString(s) && hasAny(s, spanResidency) {
			return true
		}
	}
	return false
}

// firstMatch returns the sentence holding the first of phrases, for evidence.
func firstMatch(text string, phrases []string) string {
	for _, s := range sentences(strings.ReplaceAll(text, "\n", " ")) {
		if hasAny(s, phrases) {
			return s
		}
	}
	return ""
}

// countryIn returns the country that the start of s names, or "".
func countryIn(s string) string {
	ws := strings.Fields(s)
	for n := len(ws); n >= 1; n-- {
		c := strings.Join(ws[:n], " ")
		if isCountry(c) {
			return canonicalCountry(c)
		}
		if c2, ok := moreCountries[strings.ToLower(c)]; ok {
			return c2
		}
	}
	return ""
}

// trainedCountry is the country of the place a resident trained in:
// countryIn's, or the United States for a US state ("medical school in
// Kentucky"; Georgia, a country too, and the states named like people are
// not in usStateNames: no country).
func trainedCountry(place string) string {
	if c := countryIn(place); c != "" {
		return c
	}
	w, _, _ := strings.Cut(place, " ")
	var buf [24]byte
	if usStateNames[string(lowerInto(buf[:], w))] {
		return "United States"
	}
	return ""
}

// moreCountries are places rosters name as where residents trained that
// the roster's country list lacks.
var moreCountries = map[string]string{
	"myanmar": "Myanmar", "burma": "Myanmar", "caribbean": "Caribbean", "the caribbean": "Caribbean",
	"west indies": "West Indies", "bangladesh": "Bangladesh", "ireland": "Ireland", "iraq": "Iraq",
	"iran": "Iran", "afghanistan": "Afghanistan", "sri lanka": "Sri Lanka", "cuba": "Cuba",
}

// questions counts the page's questions: blocks asked as questions or
// ending with a question mark.
func questions(d *doc) int {
	n := 0
	for i := range d.blocks {
		if d.blocks[i].role == roleQuestion || strings.HasSuffix(d.blocks[i].text, "?") {
			n++
		}
	}
	return n
}

// beganResidency is a writer saying they began the residency they are in:
// "I began my internal medicine residency at …", "I started my residency
// in June", "I have just started my intern year". An applicant's "I hope to
// begin my residency" and a spouse's "my husband began his residency" are
// not it; an attending's "I began my residency in 2005 and completed it"
// is told apart by pastResidencyVoice. The verbs are entryEvents' rows for
// useBegan.
var beganResidency = regexp.MustCompile(`\bI\s+(?:have\s+)?(?:just\s+)?(?:` + entryAlternation(useBegan, entryEntering) + `)\s+(?:[\p{L}/&-]+\s+){0,4}?(?:residency|intern\s+year|internship)\b`)

// pastResidencyVoice are phrases of a writer whose residency is over.
var pastResidencyVoice = []string{"completed my residency", "finished my residency", "completed it", "finished it",
	"after residency", "after my residency", "since residency", "since my residency", "graduated from residency",
	"graduated from my residency", "i now practi", "now practic", "in private practice", "i am an attending",
	"i'm an attending", "i’m an attending", "now an attending", "years ago", "decades ago"}

// beganSaid returns the sentence of all in which the writer says they
// began their residency, when nothing says it is over; else "".
func beganSaid(all, low string) string {
	if !strings.Contains(low, "residen") && !strings.Contains(low, "intern") {
		return ""
	}
	m := beganResidency.FindStringIndex(all)
	if m == nil || hasAny(low, pastResidencyVoice) {
		return ""
	}
	return sentenceAround(all, m[0], m[1])
}

// authorPrefixes open a byline.
var authorPrefixes = []string{"By ", "Author: ", "Authors: ", "Written by ", "Written By "}

// authorLine reads the byline among the page's first four blocks: "By Dr.
// Jane Doe", "Author: Jane Doe, MD, Highland Emergency Medicine R4, on
// behalf of …". It returns the name (personName) and the line, or "".
func authorLine(d *doc) (name, line string) {
	for i := range min(len(d.blocks), 4) {
		t := d.blocks[i].text
		if d.blocks[i].role == roleRow || len(t) > 200 {
			continue
		}
		rest, ok := "", false
		for _, p := range authorPrefixes {
			if rest, ok = strings.CutPrefix(t, p); ok {
				break
			}
		}
		if !ok && len(t) <= 100 && strings.Contains(t, "y ") {
			if at := bylineStart(t); at >= 0 {
				rest, ok = t[at:], true // "Posted by Jane Roe on March 3", "March 3 · By Jane Roe"
			}
		}
		if !ok {
			continue
		}
		rest = stripTitle(strings.TrimSpace(rest))
		if e := strings.IndexAny(rest, ",;(|·\n"); e >= 0 {
			rest = rest[:e]
		}
		for _, stop := range []string{" on ", " - ", " – ", " — "} {
			if e := strings.Index(rest, stop); e >= 0 {
				rest = rest[:e] // "Jane Roe on March 3, 2026"
			}
		}
		if n, ok := personName(strings.TrimSpace(rest)); ok {
			return n, t
		}
		return "", ""
	}
	return "", ""
}

// bylineResident reads the fields of a byline after the name, up to whom
// the writer writes for ("on behalf of the Student Advising Committee"):
// resident when one gives a resident's training year or role ("…, MD,
// Highland Emergency Medicine R4", "…, PGY-2, Internal Medicine", "…,
// chief resident") and none another role; other when one gives another
// role (a professor, a director, a student, a fellow).
func bylineResident(line string) (resident, other bool) {
	_, rest, ok := strings.Cut(line, ",")
	if !ok {
		return false, false
	}
	year := false
	for f := range strings.SplitSeq(rest, ",") {
		ws := strings.Fields(f)
		if len(ws) == 0 {
			continue
		}
		low := asciiLower(f)
		if strings.HasPrefix(ws[0], "on") && strings.Contains(low, "on behalf") || ws[0] == "for" {
			break // "on behalf of the Student Advising Committee": whom the writer writes for
		}
		if otherRoles.in(f) || staffRoleWords.in(f) || notNowResident.in(f) {
			return false, true
		}
		if year {
			continue
		}
		last := ws[len(ws)-1]
		if len(last) == 2 && (last[0] == 'R' || last[0] == 'r') && last[1] >= '1' && last[1] <= '7' && len(ws) > 1 {
			year = true // "Highland Emergency Medicine R4": a program's fourth-year resident
		}
		if pgyIn(low) >= 0 || hasAnyWord(low, []string{"resident", "intern", "chief resident"}) {
			year = true
		}
	}
	return year, false
}
