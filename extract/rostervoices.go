package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// Residents a page names without a roster's structure: the signature of a
// quoted testimonial ("… — J.D., MD, PGY-2"), the signer of a first-person
// letter on a residents' page, a name followed by what the person is ("Jane
// Doe, M.D., who is completing her residency", "John Roe, a second-year
// resident,"), and a fellowship-match list of the program's residents
// ("Congratulations to: A B – Cardiology, C D – Nephrology"). Each needs
// the text itself to say resident: a training year, a resident role, a
// residents' page, a fellowship match.

// voiceResidents gathers the residents of the four shapes.
func voiceResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	out = append(out, attributionResidents(d, pageURL)...)
	out = append(out, signedResidents(d, pageURL)...)
	out = append(out, predicateResidents(d, pageURL)...)
	out = append(out, fellowshipMatchResidents(d, pageURL)...)
	out = append(out, groupedNameResidents(d, pageURL)...)
	out = append(out, keyedRecordResidents(d, pageURL)...)
	out = append(out, awardResidents(d, pageURL)...)
	out = append(out, awardLinesResidents(d, pageURL)...)
	out = append(out, awardRowResidents(d, pageURL)...)
	out = append(out, graduatingResidents(d, pageURL)...)
	out = append(out, graduateClassResidents(d, pageURL)...)
	out = append(out, awardToResidents(d, pageURL)...)
	out = append(out, degreeListResidents(d, pageURL)...)
	out = append(out, captionResidents(d, pageURL)...)
	out = append(out, classSignedResidents(d, pageURL)...)
	out = append(out, testimonialResidents(d, pageURL)...)
	return out
}

// attributionDash finds the dash that opens a quote's attribution.
var attributionDash = mustGateDerived(`(?:^|\s)[—–~-]\s*`)

// dashFirst reports whether attributionDash can match at the start of t:
// a dash first, or after one white-space character.
func dashFirst(t string) bool {
	if t == "" {
		return false
	}
	switch t[0] {
	case '\t', '\n', '\f', '\r', ' ':
		t = t[1:]
		if t == "" {
			return false
		}
	}
	switch t[0] {
	case '~', '-':
		return true
	case 0xe2: // the first byte of "—" and "–"
		return strings.HasPrefix(t, "—") || strings.HasPrefix(t, "–")
	}
	return false
}

// attributionResidents reads quotes signed with a training year: "“…” —
// S.K., MD, PGY3", "- Jane Doe, PGY-2", and the signature on the line
// under a quote: "Jane Doe, MD - PGY III", "— Jane Doe, DO – PGY-2,
// Internal Medicine". The name may be initials.
func attributionResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow {
			continue
		}
		// the quote or dash first: the block's words and a byte test, where
		// the year test reads the line for three words; a line ends with a
		// quotation mark only if it holds one
		quoted, dash := b.quoted(), dashFirst(b.text)
		signature := !quoted && !dash && i > 0 && len(b.text) <= 70 && d.blocks[i-1].quoted() && endsQuote(d.blocks[i-1].text)
		if !quoted && !dash && !signature {
			continue // quoting no one, the line's last dash opens no attribution unless it starts the line (below)
		}
		if !b.hasYear() && !romanYearField(dashesAsCommas(b.text)) || outOfScope(d, i) {
			continue // (a block's year tests read Arabic years only: "PGY III", "PGY-II")
		}
		name, ok := "", false
		if !signature {
			name, ok = lastDashAttribution(b.text)
		}
		if !ok {
			name, ok = signatureAttribution(b.text, signature)
		}
		if ok {
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		}
	}
	return out
}

// lastDashAttribution reads the attribution after a line's last dash: "“…”
// — S.K., MD, PGY3", "-Jane Doe PGY-2".
func lastDashAttribution(t string) (string, bool) {
	locs := attributionDash.FindAllStringIndex(t, -1)
	if len(locs) == 0 {
		return "", false
	}
	loc := locs[len(locs)-1]
	tail := strings.TrimSpace(t[loc[1]:])
	if len(tail) > 70 {
		return "", false
	}
	if loc[0] > 0 && !containsAny(t[:loc[0]], "\"“”") {
		return "", false // a dash inside a line that quotes no one: "Jane Doe - PGY-2" is a card's
	}
	name, _, ok := nameDegreesYearOf(tail, true)
	if !ok {
		// "-Jane Doe PGY-2": the year after a space
		j := strings.LastIndexByte(tail, ' ')
		if j < 0 || !trainingYear(tail[j+1:]) {
			return "", false
		}
		if name, ok = personName(tail[:j]); !ok {
			return "", false
		}
	}
	return name, true
}

// signatureAttribution reads a signature whose fields a dash may part as a
// comma does: the text after the first dash that follows the quote (the
// whole line when signature, a line under a quote), "Jane Doe, MD - PGY
// III, Internal Medicine"; the specialty after the year is dropped.
func signatureAttribution(t string, signature bool) (string, bool) {
	tail := strings.TrimSpace(t)
	if !signature {
		from := strings.LastIndexAny(t, "\"“”") + 1 // (0 with no quote: the dash that opens the line)
		if from > 0 && strings.HasPrefix(t[from-1:], "”") {
			from += len("”") - 1
		}
		tail = strings.TrimSpace(t[from:])
		switch {
		case dashFirst(tail):
			tail = strings.TrimLeft(tail, "—–~- ")
		case from == 0:
			return "", false // a line that quotes no one: a dash opens its attribution
		}
	}
	if len(tail) > 70 {
		return "", false
	}
	parts := strings.Split(dashesAsCommas(tail), ",")
	for len(parts) > 2 && trainingModifiers(parts[len(parts)-1]) && !trainingYear(strings.TrimSpace(parts[len(parts)-1])) {
		parts = parts[:len(parts)-1] // "…, PGY-2, Internal Medicine": the specialty
	}
	name, _, ok := nameDegreesYearOf(strings.Join(parts, ","), true)
	return name, ok
}

// dashesAsCommas turns the dashes that part a signature's fields (" - ",
// " – ", " — ") into commas.
func dashesAsCommas(t string) string {
	if !strings.Contains(t, " - ") && !strings.Contains(t, " – ") && !strings.Contains(t, " — ") {
		return t
	}
	for _, dash := range []string{" - ", " – ", " — "} {
		t = strings.ReplaceAll(t, dash, ", ")
	}
	return t
}

// signatureLine reports a line that is a person's name, degrees and
// training year: "Jane Doe, MD - PGY III".
func signatureLine(t string) bool {
	_, _, ok := nameDegreesYear(dashesAsCommas(t))
	return ok
}

// endsQuote reports a text that ends with a closing quotation mark (perhaps
// after a full stop): the quote a signature line under it signs.
func endsQuote(t string) bool {
	t = strings.TrimRight(t, " \t\n.")
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"")
}

// initialsName is a name written as initials: "S.K.", "T. B.", "J.R.R".
var initialsName = regexp.MustCompile(`^\p{Lu}\.\s?(?:\p{Lu}\.?\s?){1,2}$`)

// pageTitle is the page's title, else (plain text) its first line when
// that is short.
func pageTitle(d *doc) string {
	if d.title != "" {
		return d.title
	}
	k := 0
	k = plainTitleAt(d) // the page's own heading after its site's name and menu
	for k < len(d.blocks) && k < 4 && d.blocks[k].node == nil && pageChrome(d.blocks[k].text) {
		k++ // a dateline, a reading time, a site's link over the title of a stored page
	}
	if k < len(d.blocks) && len(d.blocks[k].text) <= 80 {
		return d.blocks[k].text
	}
	return ""
}

// chromeLines are lines of a site's frame that a stored page's text may
// open with, over its title.
var chromeLines = map[string]bool{"skip to main content": true, "skip to content": true, "skip navigation": true,
	"save": true, "share": true, "print": true, "read more": true, "menu": true, "search": true}

// pageChrome reports a line that opens a stored page above its title and
// says nothing of it: a date ("January 17, 2024", "14/07/2019"), a
// reading time ("2 min read"), a frame's link ("Skip to Main Content",
// "Save"), a fact-checker's credit.
func pageChrome(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) > 40 || t == "" {
		return false
	}
	low := asciiLower(t)
	if chromeLines[low] || strings.HasPrefix(low, "fact checked by") || minRead.MatchString(low) {
		return true
	}
	return dateLine(low)
}

// minRead is a reading time: "2 min read", "5 minute read".
var minRead = regexp.MustCompile(`^\d{1,2}\s*(?:min|mins|minute|minutes)\s+read$`)

// dateSeparators are the marks a date's parts are parted by, read as
// spaces (one replacer, built once).
var dateSeparators = strings.NewReplacer(",", " ", "/", " ", "-", " ", ".", " ")

// dateLine reports a line that is a date alone: "january 17, 2024",
// "june 03, 2018", "14/07/2019", "2024-01-17" (lower case).
func dateLine(low string) bool {
	f := strings.Fields(dateSeparators.Replace(low))
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	month, year := false, false
	for _, w := range f {
		switch {
		case monthNames[w]:
			month = true
		case isYearWord(w):
			year = true
		case allDigits(w) && len(w) <= 2:
		default:
			return false
		}
	}
	return year && (month || len(f) == 3)
}

// signedResidents reads the signer of a first-person text on a page about
// residents ("Life as a Resident", "Message from the Chief Resident"): a
// line that is a name alone, right after the text, not followed by a role
// other than a resident's.
func signedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	title := pageTitle(d)
	if title == "" || !residentHeadWords.in(title) || otherRoles.in(title) || titleWords.in(title) {
		return nil
	}
	var out []imgfriendly.Resident
	over := int8(0) // the writer's account tells of a residency over or to come, none now: 1 yes, 2 no (asked once)
	for i := 1; i < len(d.blocks); i++ {
		b := &d.blocks[i]
		// the letter before it first: few lines follow one, and reading a
		// line as a name costs more
		if b.role == roleRow || len(d.blocks[i-1].text) < 200 || outOfScope(d, i) {
			continue
		}
		name, ok := personName(b.text)
		if !ok {
			continue
		}
		prev := asciiLower(d.blocks[i-1].text)
		if firstPersonCount(prev) < 3 || hasAny(prev, leaderVoice) {
			continue
		}
		if i+1 < len(d.blocks) {
			next := d.blocks[i+1].text
			if len(next) < 60 && (otherRoles.in(next) || titleWords.in(next)) && !residentHeadWords.in(next) || d.blocks[i+1].lineRole() == roleOther {
				continue // "Program Director", "Chief Executive Officer": the letter is a leader's
			}
		}
		if over == 0 {
			over = 2
			if a := account(d, true, nil); a.notResidentNow() && a.now == 0 {
				over = 1
			}
		}
		if over == 1 {
			continue // the signer tells of a residency over ("now that I have finished residency"), or to come
		}
		out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
	}
	return out
}

// predicateName is a name followed by its degrees, perhaps a relative
// clause set off by commas ("Dr. Jo Day, who came to Ohio from Lima, is
// completing her residency"), and what the person is: group 1 the name,
// group 2 the words after it. Like every expression that opens with a name
// of two capitalised words, it is run only where such a pair opens
// (namePairAt).
var predicateName = mustStartDerived(`((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,?\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))*(?:,\s+who\s+[^,.;!?]{1,80},)?,?\s+((?:who\s+)?(?:is|will(?:\s+also)?\s+(?:serve|be)|serves|joins|begins|starts)\b|(?:a|an|our|the)\s)`, namePairAt).startingWith(capitals, true)

// predicateNameParticle is predicateName with a surname that opens with
// its particles ("Ana de la Fuente, a graduate of X and a resident at Y"),
// read only in a block that holds a particle (particleMay).
var predicateNameParticle = regexp.MustCompile(predicateNamePart + `(?:,?\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))*(?:,\s+who\s+[^,.;!?]{1,80},)?,?\s+((?:who\s+)?(?:is|will(?:\s+also)?\s+(?:serve|be)|serves|joins|begins|starts)\b|(?:a|an|our|the)\s)`)

// particleMay reports a text that may name a surname opening with a
// particle: one of nameTailParticles between spaces.
func particleMay(t string) bool {
	for from := 0; ; {
		k := strings.IndexByte(t[from:], ' ')
		if k < 0 {
			return false
		}
		from += k + 1
		e := from
		for e < len(t) && t[e] >= 'a' && t[e] <= 'z' && e-from < 5 {
			e++
		}
		if e > from && e < len(t) && t[e] == ' ' && nameTailParticles[t[from:e]] {
			return true
		}
	}
}

// predicateNameOpen is predicateName whose clause opens with "another"
// or with "now"/"currently" before an article or "in" ("Dr. Vera Cole,
// another first-year resident, said", "Ben Ota, MD, now in a surgery
// residency", "Dr. Omar Haddad, currently a Resident in Surgery"): run only
// on the blocks that hold one of those words (openerMay), so the usual
// block pays nothing for it.
var predicateNameOpen = mustStartDerived(`((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,?\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))*,?\s+((?:currently|now)\s+(?:a|an|our|the|in)\s|another\s)`, namePairAt).startingWith(capitals, true)

// openerMay is a necessary condition of a predicateNameOpen match in t.
func openerMay(t string) bool {
	return strings.Contains(t, "now ") || strings.Contains(t, "currently ") || strings.Contains(t, "another ")
}

// predicateNameGraded is predicateName with a membership grade after the
// degrees (gradeAside), run on the blocks that name a grade.
var predicateNameGraded = mustStartDerived(`((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,?\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))*`+gradeAside+`?(?:,\s+who\s+[^,.;!?]{1,80},)?,?\s+((?:who\s+)?(?:is|will(?:\s+also)?\s+(?:serve|be)|serves|joins|begins|starts)\b|(?:a|an|our|the)\s)`, namePairAt).startingWith(capitals, true)

// gradeAside is a society's membership grade in apposition after a
// name's degrees: ", ACP Resident/Fellow Member", ", Associate Member",
// ", Resident Member of the State Medical Society". A grade is a title, not
// what the person is: the role after it says that.
const gradeAside = `(?:,\s+(?:[A-Z]{2,6}\s+)?(?:\p{Lu}[\p{L}/-]*\s+){0,3}(?:Member|Associate)\b(?:\s+of\s+the(?:\s+\p{Lu}[\p{L}-]*){1,4})?)`

// yearAfterName is a name followed by its degrees and a training year in
// running text: "Jane Doe, MD (PGY-3) presented", "Dr. John Roe, PGY-2,
// won", "Dr. Jane Doe (Family Medicine, PGY-2)", "Dr. Jane Doe (IM PGY-1)":
// group 1 the name, group 2 the words before the year in the parenthesis
// (yearAsideSpecialty).
var yearAfterName = mustGateDerived(predicateNamePart + `(?:,?\s*(?:M\.D\.|D\.O\.|Ph\.D\.|(?:MD|DO|MBBS|PhD|MPH)\b\.?))*(?:,\s*|\s*\(\s*((?:[\p{L}/&-]+\s+){0,2}[\p{L}/&-]+,?\s+)?)(?:PGY|PL)[- ]?[1-7]\b`)

// yearAsideSpecialty reports the words before a training year in a
// parenthesis after a name that say what the person trains in: a
// specialty ("Family Medicine", "internal medicine") or its capitals
// ("IM", "OB/GYN"); "Cardiology Fellow" or "Faculty" say something else.
func yearAsideSpecialty(ws string) bool {
	ws = strings.TrimRight(strings.TrimSpace(ws), ",")
	if trainingModifiers(ws) {
		return true
	}
	return len(ws) <= 6 && !strings.Contains(ws, " ") && isUpper(strings.ReplaceAll(ws, "/", ""))
}

// yearAsideShort reports whether the training year that yearAfterName
// found between t[from:to] is a short aside when it opens a parenthesis
// ("Jane Doe (PGY-2)", "Jane Doe, MD (PGY-3, chief)"), not a note that
// merely starts with a year.
func yearAsideShort(t string, from, to int) bool {
	open := strings.IndexByte(t[from:to], '(')
	if open < 0 {
		return true
	}
	inner := t[from+open+1:]
	if end := strings.IndexByte(inner, ')'); end >= 0 {
		inner = inner[:end]
	} else if len(inner) > 40 {
		inner = inner[:40]
	}
	return shortAside(inner)
}

// oneLineEntry reports whether block i is a roster's one-line entry ("Doe,
// Jane — University of the West Indies (PGY-1)"): the card readers' line,
// not running text. The card readers have read most such lines already.
func oneLineEntry(d *doc, i int) bool {
	return pageNames(d).kind(d, i)&(nameIs|nameRest) != 0
}

// inName reports text that ends inside a name: a separator of a one-line
// entry or a word that joins a school's name to its place ("at", "of the").
func inName(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, sep := range []string{"—", "–", " -", "|", "·"} {
		if strings.HasSuffix(b, sep) {
			return true
		}
	}
	if i := strings.LastIndexByte(b, ' '); i >= 0 || b != "" {
		switch strings.ToLower(b[i+1:]) {
		case "of", "the", "at", "de", "del", "du", "di", "da", "la", "in", "and", "&":
			return true
		}
	}
	return false
}

// hasAcronym reports a word of two or more capitals without dots ("ECU",
// "UCSF"): a school's or a place's, not a person's.
func hasAcronym(t string) bool {
	for _, w := range strings.Fields(t) {
		if len(w) >= 2 && isUpper(w) && !strings.Contains(w, ".") {
			return true
		}
	}
	return false
}

// predicateNamePart is the name yearAfterName opens with (group 1): two or
// three capitalised words, an initial perhaps after the first, and a
// surname perhaps opening with its particles in lower case ("Ana de la
// Fuente, MD, PGY-1", nameTail).
const predicateNamePart = `((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}\.)?` + nameTail + `{1,2})`

// predicateRoles say that the person is a resident of the program.
// ("residency" alone is the program: "crucial for obtaining a residency").
var predicateRoles = newWordList("resident", "intern", "chief resident", "co-chief resident", "his residency",
	"her residency", "their residency", "year of residency")

// predicateResidents reads "Jane Doe, M.D., who is completing her residency
// in …", "John Roe will serve as chief resident", "Ann Lee, a second-year
// resident, …": the role within the clause after the name, no other role
// before it, and nothing of the past ("was a resident" is an alumnus).
func predicateResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || b.role == roleHeading || len(b.text) < 30 || outOfScope(d, i) {
			continue
		}
		if b.hasYear() && !oneLineEntry(d, i) {
			for _, m := range yearAfterName.FindAllStringSubmatchIndex(b.text, -1) {
				if byName(b.text[m[2]:m[3]]) {
					m[2] += len("By ") // "By Nadia Farouk, MD, PGY-2, …": a column's residents (rosteryearlist.go)
				}
				if m[4] >= 0 && !yearAsideSpecialty(b.text[m[4]:m[5]]) {
					continue // "(Cardiology Fellow, PGY-5)": a fellow's year
				}
				cand, before := b.text[m[2]:m[3]], b.text[:m[2]]
				if otherRoleBefore(asciiLower(b.text[max(0, m[2]-30):m[2]])) || isSchoolLine(cand) || hasAcronym(cand) || inName(before) && !afterYearEntry(before) {
					continue // "… School of Medicine at Mount Sinai (PGY-1)": a school's place, not a person
				}
				if !yearAsideShort(b.text, m[3], m[1]) {
					continue // "Relocation Stipend (PGY-1 only. Paid with the first check)": a benefit's note
				}
				// (a training year after the words makes them a person's
				// name, a state-named surname too: "Henry Colorado, MD, PGY-1")
				if name, ok := personNameOf(b.text[m[2]:m[3]], true); ok {
					out = append(out, imgfriendly.Resident{Name: fullerName(d, name), Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
				}
			}
		}
		if !b.in(&predicateRoles) && (!b.hasYear() || !b.pgyClauseMay()) && (!b.residencyTermMay() || !residencyTerm.MatchString(b.text)) {
			continue // (a training year may be the role: "Jo Day is currently a PGY-2 in …")
		}
		if b.residencyTermMay() && (strings.Contains(b.text, "Now in ") || strings.Contains(b.text, "Currently in ")) {
			out = append(out, frontedTermResidents(d, b, pageURL)...)
		}
		re := predicateName
		if strings.Contains(b.text, "Member") || strings.Contains(b.text, "Associate") {
			re = predicateNameGraded // (a grade is rare: the longer expression only where one may be)
		}
		ms := re.FindAllStringSubmatchIndex(b.text, -1)
		if particleMay(b.text) {
			ms = append(ms, predicateNameParticle.FindAllStringSubmatchIndex(b.text, -1)...) // (a name read twice is one person: dedupe)
		}
		if openerMay(b.text) {
			ms = append(ms, predicateNameOpen.FindAllStringSubmatchIndex(b.text, -1)...)
		}
		for _, m := range ms {
			head := predicateHead(b.text[m[4]:])
			low := asciiLower(head)
			pgy := pgyIn(low)
			term := -1 // where the role said as a stretch of the residency opens in clause
			clause := ""
			adverb := nowOrCurrently(b.text[m[4]:])
			if raw := clauseEnd(b.text[m[4]:]); (adverb > 0 || pgy < 0 && !predicateRoles.in(head)) && residencyTermMay(raw) {
				clause = strings.Join(strings.Fields(raw), " ") // head is its first nine words
				if k := residencyTerm.FindStringIndex(clause); k != nil {
					term = k[0]
				}
			}
			if adverb > 0 && (term < 0 || term != nowOrCurrently(clause)) && !asideRole.MatchString(asciiLower(b.text[m[4]+adverb:m[4]+len(clauseEnd(b.text[m[4]:]))])) {
				continue // "Roy Tan, now in practice after his residency": no resident's role where "now" opens
			}
			if pgy < 0 && !predicateRoles.in(head) && term < 0 {
				continue
			}
			// the text up to the role: no faculty, alumni or family role
			at := len(low)
			if pgy >= 0 {
				at = pgy
			}
			for _, w := range predicateRoles.words {
				if k := wordIndex(low, w); k >= 0 && k < at {
					at = k // (a whole word: "intern" is not "internal medicine")
				}
			}
			if term >= 0 && term <= at {
				// the role said as a stretch of the residency, perhaps past
				// the head's nine words ("is weeks away from finishing her
				// first year as an obstetrics and gynecology resident")
				head, low, at = clause, asciiLower(clause), term
			}
			if otherRoles.in(low[:at]) || notNowResident.in(low[:at]) || otherRoleBefore(asciiLower(b.text[max(0, m[2]-30):m[2]])) {
				continue
			}
			if roleNamesAward(low[at:]) {
				continue // "…, presented the resident award to …": the role names an award, not the person
			}
			if containsAny(head[:at], "'‘“\"") {
				continue // "… the 'Resident of the Year' award": the role is in a quoted name
			}
			if placeBefore(head[:at]) || placeAfter(head[at:]) {
				continue // "Jo Day, an Austin resident", "a resident of Stockton": a place's dweller
			}
			if _, r1 := relRoleAt(head, at); r1 > 0 && relRoleModified(head[r1:]) {
				continue // "Jo Day is a resident advocate", "the intern coordinator": the role word modifies the person's role
			}
			name, ok := personName(b.text[m[2]:m[3]])
			if !ok {
				continue
			}
			if first, _, _ := strings.Cut(name, " "); nonNameOpeners[asciiLower(first)] {
				continue // "Now Osei is a first-year resident": an adverb and a surname (the relation reader's)
			}
			name = fullerName(d, name) // ("Van Dyke, a third-year resident, …" after "Ana Van Dyke")
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		}
	}
	return out
}

// residencyTerm is a resident's role said as a stretch of the residency
// under way: "in her second year of pathology residency", "finishing his
// first year as an obstetrics and gynecology resident", "halfway through
// her third year of residency", "in a general surgery residency". The past
// ("was in his first year", "completed her first year") is never read:
// predicateName has no such verb. A director's "first year as program
// director of the residency" names no resident (the role word must be
// "resident" or "intern" after "as"), and the words between the article and
// "residency" are checked against other roles by the caller.
var residencyTerm = regexp.MustCompile(`(?i)\b(?:(?:in|into|finishing|completing|starting|beginning|halfway\s+through)\s+(?:her|his|their|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|final|last|[1-7](?:st|nd|rd|th))(?:\s+and\s+(?:final|last))?\s+year\s+(?:of\s+(?:her\s+|his\s+|their\s+)?(?:[a-z/&-]+\s+){0,4}?residency|as\s+(?:an?\s+)?(?:[\p{L}/&-]+\s+){0,5}?(?:resident|intern))|in\s+(?:an?|her|his|their)\s+(?:[a-z/&-]+\s+){0,4}?residency)\b`)

// frontedTerm is a sentence that opens with the residency under way of
// the person it then names: "Now in the third and final year of his
// residency, Nadia Farouk presented …", "Currently in her second year of
// residency, Farouk …" (group 1 the name, the surname alone when the story
// named the person in full before). "In his first year of residency, Roe
// met …" without "now" tells of the past of anyone, a director's too.
var frontedTerm = regexp.MustCompile(`(?:^|[.!?]["”’]?\s+)(?:Now|Currently)\s+in\s+(?:the|her|his|their)\s+(?:first|second|third|fourth|fifth|sixth|seventh|final|last)(?:\s+and\s+(?:final|last))?\s+year\s+of\s+(?:her|his|their)\s+(?:[a-z/&-]+\s+){0,3}?residency(?:\s+training)?,\s+(?:Dr\.\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})`)

// frontedTermResidents reads frontedTerm in a block predicateResidents
// reads (residencyTermMay, "Now in " or "Currently in "): a full name as personName takes
// it, or a surname the page gives in full elsewhere (fullNameFor). The
// phrase itself says the person is a resident now; what other sentences
// say near the surname ("presented to the department chair") is not read.
func frontedTermResidents(d *doc, b *block, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for _, m := range frontedTerm.FindAllStringSubmatchIndex(b.text, -1) {
		n := b.text[m[2]:m[3]]
		name, ok := "", false
		if strings.Contains(n, " ") {
			name, ok = personName(n)
		} else {
			name, ok = fullNameFor(d, n)
		}
		if !ok {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, m[2], m[3]), Selector: b.selector()}})
	}
	return out
}

// residencyTermMay is a necessary condition of a residencyTerm match in t:
// " year as " (a resident or intern follows), or "residency" with " year
// of " or " in a"/" in her"/" in his"/" in their" (the words before a
// residency's article), in either case.
//
// (Both openings end in a "y": the text is searched for its "y"s and "Y"s,
// rarer than the "e" and " " that strings.Contains would stop at, and the
// words read back or on from there: yearAsResidency.)
func residencyTermMay(t string) bool {
	yearAs, residency := yearAsResidency(t)
	if yearAs {
		return strings.Contains(t, "esident") || strings.Contains(t, "ntern") || strings.Contains(t, "ESIDENT") || strings.Contains(t, "NTERN")
	}
	if !residency {
		return false
	}
	return strings.Contains(t, " year of ") || strings.Contains(t, " Year of ") || strings.Contains(t, " in a") ||
		strings.Contains(t, " in her ") || strings.Contains(t, " in his ") || strings.Contains(t, " in their ")
}

// yearAsResidency reports whether t holds " year as " or " Year as "
// (yearAs), and "esidency" or "ESIDENCY" (residency), found at t's "y"s
// and "Y"s.
func yearAsResidency(t string) (yearAs, residency bool) {
	for _, c := range [...]struct {
		y                byte
		yearAs, esidency string
	}{{'y', "year as ", "esidency"}, {'Y', "Year as ", "ESIDENCY"}} {
		for from := 0; from < len(t); {
			i := strings.IndexByte(t[from:], c.y)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i > 0 && t[i-1] == ' ' && strings.HasPrefix(t[i:], c.yearAs) {
				return true, residency // (yearAs decides: residency is not asked)
			}
			residency = residency || i >= 7 && t[i-7:i+1] == c.esidency
		}
	}
	return false, residency
}

// clauseEnd is the clause that opens t (up to ".;!?" or ", and "), as
// written: predicateHead without its bound of nine words.
func clauseEnd(t string) string {
	if e := strings.IndexAny(t, ";.!?"); e >= 0 {
		t = t[:e]
	}
	if e := strings.Index(t, ", and "); e >= 0 {
		t = t[:e]
	}
	return t
}

// nowOrCurrently returns where the words after an opening "now" or
// "currently" of clause begin ("now in a surgery residency", "currently a
// Resident in …"), or 0.
func nowOrCurrently(clause string) int {
	for _, a := range [...]string{"now ", "currently "} {
		if strings.HasPrefix(clause, a) {
			return len(a)
		}
	}
	return 0
}

// predicateHead is the first nine words of the clause that opens clause
// (up to ".;!?" or ", and "), one space between them.
func predicateHead(clause string) string {
	if e := strings.IndexAny(clause, ";.!?"); e >= 0 {
		clause = clause[:e]
	}
	if e := strings.Index(clause, ", and "); e >= 0 {
		clause = clause[:e]
	}
	words := strings.Fields(clause)
	if len(words) > 9 {
		words = words[:9]
	}
	return strings.Join(words, " ")
}

// pgyClauseMayFollow is a necessary condition for predicateName to find, in
// a block that names no predicate role as a whole word, a clause whose head
// names one (a multi-word role such as "year of residency" spanning a line
// break or a no-break space) or holds a training year: "residency" in the
// block, or a "pgy" opening a word with, in the ten words up to it and no
// ".;!?" between, a word that can open the clause — one of predicateName's
// verbs ("is", "serves", "joins", "begins", "starts" before a byte that ends
// an ASCII word; "will"), articles ("a", "an", "our", "the", "another") or
// "now", "currently". Roster cards ("Jo Day, MD / PGY-2 / Medical School:
// …") have none, and the unanchored expression no longer runs on every one
// of them.
//
// (Both words are first looked for by containsFold: the text is lowered,
// a copy, only where a "pgy" is to be read in context.)
func pgyClauseMayFollow(t string) bool {
	if containsFold(t, "residency") {
		return true
	}
	return containsFold(t, "pgy") && pgyClauseOpens(t)
}

// pgyClauseMay is pgyClauseMayFollow(b.text), each of its two searches
// made only where b's words hold what it looks for: "esidency"
// (residencyTermWords) before "residency", "pgy" (yearSet's group) before
// "pgy". Most blocks predicateResidents asks hold a year and no
// "residency", and the search for it stopped at every "r".
func (b *block) pgyClauseMay() bool {
	w := b.words()
	if w.find(residencyTermWords)&1 != 0 && containsFold(b.text, "residency") {
		return true
	}
	return w.find(yearSet)&1 != 0 && containsFold(b.text, "pgy") && pgyClauseOpens(b.text)
}

// pgyClauseOpens is pgyClauseMayFollow's reading of a text that holds
// "pgy" in some case: a "pgy" opening a word with a word that can open
// the clause in the ten words up to it (after the last ".;!?" before it).
//
// (Read in t's own case, no lowered copy: the "pgy"s by indexFold, the
// clause's last ten words read back from the year, in ASCII, each lowered
// into a small buffer for clauseOpener; where a non-ASCII byte is met, the
// clause is split as strings.Fields splits it, forward. TestPgyClauseOpens
// and FuzzPgyClauseOpens hold it to the lowered reading,
// pgyClauseOpensLowered.)
func pgyClauseOpens(t string) bool {
	for from := 0; ; {
		k := indexFold(t[from:], "pgy")
		if k < 0 {
			return false
		}
		k += from
		from = k + 3
		if k > 0 && isWordByte(t[k-1]) {
			continue
		}
		if opens, ascii := clauseOpenerBack(t[:k]); opens {
			return true
		} else if !ascii && clauseOpenerIn(t[:k]) {
			return true
		}
	}
}

// clauseOpenerBack reads the last ten words of the clause that ends c
// (after its last ".;!?") back from its end, as long as they and the white
// space between are ASCII: opens when one can open predicateName's clause
// (clauseOpenerFold); ascii false when a non-ASCII byte was met before the
// answer (the caller reads the clause forward: clauseOpenerIn).
func clauseOpenerBack(c string) (opens, ascii bool) {
	end := len(c)
	for n := 0; n < 10; n++ {
		for end > 0 && asciiFieldSpace(c[end-1]) {
			end--
		}
		if end == 0 || sentenceMark(c[end-1]) {
			return false, true
		}
		start := end
		for start > 0 && !asciiFieldSpace(c[start-1]) && !sentenceMark(c[start-1]) {
			start--
			if c[start] >= utf8.RuneSelf {
				return false, false
			}
		}
		if clauseOpenerFold(c[start:end]) {
			return true, true
		}
		end = start
	}
	return false, true
}

// sentenceMark reports the bytes a clause of pgyClauseOpens opens after.
func sentenceMark(c byte) bool {
	return c == '.' || c == ';' || c == '!' || c == '?'
}

// clauseOpenerIn reports a word that can open predicateName's clause
// (clauseOpenerFold) among the last ten words, as strings.Fields parts
// them, of the clause that ends c.
func clauseOpenerIn(c string) bool {
	s := len(c) - 1
	for s >= 0 && !sentenceMark(c[s]) {
		s--
	}
	var last [10]string // the last ten words, in a ring
	n := 0
	for w := range strings.FieldsSeq(c[s+1:]) {
		last[n%len(last)] = w
		n++
	}
	for _, w := range last[:min(n, len(last))] {
		if clauseOpenerFold(w) {
			return true
		}
	}
	return false
}

// asciiFieldSpace reports the ASCII bytes strings.Fields parts words at.
func asciiFieldSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// clauseOpenerFold is clauseOpener(asciiLower(w)): the word's first ten
// bytes lowered are all clauseOpener reads of a longer word (its prefixes
// are seven bytes at most, its whole words nine).
func clauseOpenerFold(w string) bool {
	switch w[0] | 0x20 { // (the first letters of clauseOpener's words)
	case 'a', 'o', 't', 'n', 'c', 'w', 'i', 's', 'j', 'b':
	default:
		return false
	}
	var buf [10]byte
	n := min(len(w), len(buf))
	for i := 0; i < n; i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return clauseOpener(string(buf[:n]))
}

// clauseOpener reports a word (lower case) that can open predicateName's
// clause, as a prefix of it: a verb followed by a byte that is not an ASCII
// word byte, or "will", or an article ("another" too) or "now"/"currently"
// alone.
func clauseOpener(w string) bool {
	switch w {
	case "a", "an", "our", "the", "another", "now", "currently":
		return true
	}
	if strings.HasPrefix(w, "will") {
		return true
	}
	for _, v := range [...]string{"is", "serves", "joins", "begins", "starts"} {
		if strings.HasPrefix(w, v) && (len(w) == len(v) || !isWordByte(w[len(v)])) {
			return true
		}
	}
	return false
}

// wordIndex returns where w first opens a whole word of low, or -1.
func wordIndex(low, w string) int {
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if (i == 0 || !isWordByte(low[i-1])) && (i+len(w) == len(low) || !isWordByte(low[i+len(w)])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// roleNamesAward reports a role whose next words (up to three) hold
// "award" or "prize": "resident award", "chief resident research award".
func roleNamesAward(low string) bool {
	f := strings.Fields(low)
	for k := 1; k < len(f) && k <= 3; k++ {
		w := strings.Trim(f[k], ",.;:")
		if w == "award" || w == "awards" || w == "prize" || w == "prizes" {
			return true
		}
	}
	return false
}

// pgyIn returns where a training year written as PGY ("pgy-2", "pgy 3",
// "pgy1") opens a word of low, or -1.
func pgyIn(low string) int {
	for from := 0; ; {
		k := strings.Index(low[from:], "pgy")
		if k < 0 {
			return -1
		}
		k += from
		from = k + 3
		j := k + 3
		if j < len(low) && (low[j] == '-' || low[j] == ' ') {
			j++
		}
		if (k == 0 || !isWordByte(low[k-1])) && j < len(low) && low[j] >= '1' && low[j] <= '7' && (j+1 == len(low) || !isWordByte(low[j+1])) {
			return k
		}
	}
}

// placeBefore reports a capitalised word right before a role that is no
// training year or specialty ("an Austin resident", "a New York
// resident"): the person lives there.
func placeBefore(before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ",")
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	return !modifierWords[asciiLower(w)] && !trainingYear(w)
}

// placeAfter reports a role followed by "of" and a capitalised word that
// is no institution's: "resident of Stockton" lives there; "resident of
// the program" and "resident of Mercy Hospital" train there.
func placeAfter(role string) bool {
	_, rest, ok := strings.Cut(role, " ")
	if !ok || !strings.HasPrefix(rest, "of ") {
		return false
	}
	if strings.HasPrefix(rest, "of the ") {
		return dwellerOf(role) // "a resident of the west side", not "of the year"
	}
	f := strings.Fields(rest[3:])
	if len(f) == 0 || f[0][0] < 'A' || f[0][0] > 'Z' {
		return false
	}
	for _, w := range f[:min(len(f), 4)] {
		if slices.Contains(institutionWords, asciiLower(strings.Trim(w, ",.;"))) {
			return false
		}
	}
	return true
}

// subspecialties are what residents match into after residency.
var subspecialties = newWordList("cardiology", "endocrinology", "nephrology", "critical care", "pulmonary",
	"pulmonology", "hematology", "oncology", "gastroenterology", "infectious disease", "infectious diseases",
	"rheumatology", "geriatrics", "geriatric medicine", "palliative", "hospice", "allergy", "immunology",
	"sleep medicine", "neonatology", "neonatal", "sports medicine", "interventional", "electrophysiology",
	"hepatology", "toxicology", "addiction", "child and adolescent", "forensic", "maternal-fetal",
	"neuroradiology", "pain medicine", "hospital medicine", "fellowship")

var fellowshipWord = newWordList("fellowship", "fellowships")

// matchPair is "Name – Specialty" in a list: group 1 the name, group 2 the
// specialty up to the next comma, semicolon, "!" or the end.
var matchPair = mustGateDerived(`((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+[-–—]\s+([^,;!\n]{3,60})`)

// fellowshipMatchResidents reads the program's residents in news of their
// fellowship match: two or more "Name – Subspecialty" in a block (or in
// the items of one list) that speaks of a fellowship, or under a heading
// that does.
func fellowshipMatchResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	underFellowship := false // the heading over the block speaks of a fellowship
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleHeading {
			underFellowship = b.in(&fellowshipWord)
		}
		if b.role == roleRow || !underFellowship && !b.in(&fellowshipWord) || outOfScope(d, i) {
			continue
		}
		var found []imgfriendly.Resident
		for _, m := range matchPair.FindAllStringSubmatch(b.text, -1) {
			if !subspecialties.in(m[2]) {
				continue
			}
			name, ok := gluedName(m[1])
			if !ok {
				continue
			}
			found = append(found, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
		}
		if len(found) >= 2 {
			out = append(out, found...)
		}
	}
	return out
}

// nameDegreesYearOf is nameDegreesYear, the name possibly initials alone
// ("S.K., MD, PGY3") when initials is set.
func nameDegreesYearOf(t string, initials bool) (name, year string, ok bool) {
	if name, year, ok = nameDegreesYear(t); ok || !initials {
		return name, year, ok
	}
	parts := strings.Split(t, ",")
	k := len(parts)
	for k > 1 {
		p := strings.TrimSpace(parts[k-1])
		if len(p) < 12 && trainingYear(p) {
			year = p
		} else if !isDegree(p) && !academicYear.MatchString(p) {
			break
		}
		k--
	}
	if year == "" {
		return "", "", false
	}
	n := strings.TrimSpace(strings.Join(parts[:k], ","))
	if r, _ := utf8.DecodeRuneInString(n); !unicode.IsUpper(r) || !initialsName.MatchString(n) {
		return "", "", false
	}
	return n, year, true
}

// listItems splits a list's text at its commas and semicolons, but not at
// those inside a parenthesis ("Ana Ruiz (X Medical College, Town), Ben
// Ota"); the items are trimmed, empty ones dropped.
func listItems(t string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) {
			switch t[i] {
			case '(':
				depth++
				continue
			case ')':
				if depth > 0 {
					depth--
				}
				continue
			case ',', ';':
				if depth > 0 {
					continue
				}
			default:
				continue
			}
		}
		if p := strings.TrimSpace(t[from:i]); p != "" {
			out = append(out, p)
		}
		from = i + 1
	}
	return out
}

// itemAside reads the parenthesis after a name in a list of residents: a
// training year ("PGY-2"), a medical school ("University of X", "X Medical
// College, Town"), or a short capitalised name of one ("Wayne State",
// kept as no school): false when it says something else — a role, a
// fellowship or practice the person went to, a sentence.
func itemAside(r *imgfriendly.Resident, aside string) bool {
	aside = strings.TrimSpace(aside)
	if trainingYear(aside) {
		r.Year = aside
		return true
	}
	if destinationWords.in(aside) {
		return false
	}
	if sc := cleanSchool(aside); schoolShaped(sc) {
		r.School, r.Country = splitCountry(sc) // (before the roles: "University of X Faculty of Medicine")
		return true
	}
	if w := readRoleHits(aside); titleWords.in(aside) || w.in(&otherRoles) {
		return false
	}
	return fieldCount(aside) <= 4 && nameShaped(aside)
}

// groupedNameResidents reads bare names listed under a line that names a
// group of residents: "PGY-2", "Interns 2025–2026", "Chief Residents",
// "Class of 2027" on a roster, each followed by two or more lines that are
// a person's name alone. A class-year grouping is a roster's structure even
// when no school is given.
func groupedNameResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	var sections []imgfriendly.Resident // the residents of sections' lists (sectionListRun)
	for i := 0; i < len(d.blocks); i++ {
		g := d.blocks[i].text
		if d.blocks[i].role == roleRow || outOfScope(d, i) {
			continue
		}
		j := i + 1
		var run []imgfriendly.Resident
		if k := d.blocks[i].colonOrDash(); k > 0 && residentGroupLine(d, strings.TrimSpace(g[:k])) {
			// "PGY-2: Jane Doe, John Roe and Ann Lee" on one line (a line
			// whose head names no group of residents lists none: its names
			// are not split)
			head, names := strings.TrimSpace(g[:k]), strings.TrimLeft(g[k:], ":–— ")
			firsts := firstNames(strings.ReplaceAll(names, ";", ","))
			for _, p := range listItems(strings.ReplaceAll(names, " and ", ",")) {
				var aside string
				if strings.HasSuffix(p, ")") {
					// "PGY-1: Ana Ruiz (University of X), Ben Ota (Y College)"
					p, aside, _ = strings.Cut(p[:len(p)-1], "(")
				}
				name, ok := personName(p)
				if p = strings.TrimSpace(p); !ok && len(firsts) >= 2 && slices.Contains(firsts, p) {
					name, ok = p, true // "Chief Residents 2026: Ana, Ben and Carla"
				}
				if !ok {
					run = nil
					break // a list of anything else
				}
				r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: g, Selector: d.blocks[i].selector()}}
				if trainingYear(head) {
					r.Year = head
				}
				if aside != "" && !itemAside(&r, aside) {
					run = nil
					break // "Class of 2019: Ana Ruiz (Cardiology fellowship, Mayo)": where alumni went
				}
				run = append(run, r)
			}
			if len(run) >= 2 {
				out = append(out, run...)
				continue
			}
			run = nil
		}
		b := &d.blocks[i]
		may := gatesOff || residentGroupMay(d, b)
		if may && b.hint()&(hintResident|oddFold) != 0 && nameListRunOpens(d, i, i+1) && residentGroupLine(d, b.text) {
			// a section's lines of people by topic: "Cardiology: Ana Ruiz, MD"
			if run, end := sectionListRun(d, i, pageURL); run != nil {
				out = append(out, run...)
				sections = append(sections, run...)
				i = end - 1
				continue
			}
		}
		if may && i+2 < len(d.blocks) && (groupNameAt(d, i+1) && !groupNameAt(d, i+2) || bioOpensWithName(d, i+1)) && residentGroupLine(d, b.text) {
			// a name line with its bio under it, then the next: "Ana Ruiz,
			// MD" / "Ana grew up in Quito …" (rostergroupbios.go)
			if run, end := groupBioRun(d, i, pageURL); run != nil {
				out = append(out, run...)
				i = end - 1
				continue
			}
		}
		// a run is two or more name lines right under the group's line:
		// the two lines under it are asked before the line itself
		if !gatesOff && (!may || !groupNameAt(d, i+1) || !groupNameAt(d, i+2)) || !residentGroupLine(d, b.text) {
			continue
		}
		for ; j < len(d.blocks) && d.blocks[j].role != roleRow; j++ {
			if d.blocks[j].lineRole() != roleNone {
				break // "Hospitalist", "Chief Resident": a card's role line, no name (the cards are read as cards)
			}
			if j > i+1 && otherContainer(&d.blocks[i+1], &d.blocks[j]) {
				break // the next card's name ("PGY-2" / "Ross" in one card, "Ben Ota, DO" the next's): no run of this line's
			}
			name, ok := personName(d.blocks[j].text)
			if f := firstNames(d.blocks[j].text); !ok && len(f) == 1 {
				name, ok = f[0], true // "Chief Residents" / "Priya" / "Sam": first names alone
			}
			if !ok {
				break
			}
			r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: g + " | " + d.blocks[j].text, Selector: d.blocks[j].selector()}}
			if trainingYear(g) || yearInText(g) != "" {
				r.Year = g
			}
			run = append(run, r)
		}
		if len(run) >= 2 && !samePersonLines(run[0].Name, run[1].Name) {
			// (a name over the same name with degrees, "Ana Ruiz" /
			// "Ana Ruiz, M.D.", is one person's caption, no group: the
			// lines under it say who the person is)
			out = append(out, run...)
			i = j - 1
		}
	}
	if len(sections) > 0 {
		out = append(out, peerGroupResidents(d, sections, pageURL)...)
	}
	return out
}

// otherContainer reports two blocks of a page's elements whose elements
// have different parents: one list's items share theirs, two cards' lines
// do not.
func otherContainer(a, b *block) bool {
	return a.node != nil && b.node != nil && a.node.Parent != b.node.Parent
}

// samePersonLines reports two names of a run that are one person's: the
// same first word (the cheap test), then the same key.
func samePersonLines(a, b string) bool {
	fa, _, _ := strings.Cut(a, " ")
	fb, _, _ := strings.Cut(b, " ")
	return fa == fb && personKey(a) == personKey(b)
}

// residentGroupBlock is residentGroupLine(d, b.text), without reading the
// text for the role lists when the block's hints hold no resident's word
// (nor a character that folds into one) and neither a roster page nor a
// year line could stand for one.
func residentGroupBlock(d *doc, b *block) bool {
	return residentGroupMay(d, b) && residentGroupLine(d, b.text)
}

// residentGroupMay is residentGroupBlock's cheap part: false when
// residentGroupLine(d, b.text) is.
func residentGroupMay(d *doc, b *block) bool {
	t := b.text
	if len(t) > 60 || strings.HasSuffix(t, ".") {
		return false
	}
	return b.hint()&(hintResident|oddFold) != 0 || rosterPage(d) || isYearLine(t)
}

// groupNameAt reports whether block j can be a name of
// groupedNameResidents' run: a block that is no table row and gives no
// role, whose text is a person's name or one first name. Each block is
// asked twice (under the line two above it and the line above it): its
// answers are kept in the page's name memo (the memo's own reading
// answers when it has read the block; else personName's and firstNames'
// answers, groupNameBits).
func groupNameAt(d *doc, j int) bool {
	if j >= len(d.blocks) || d.blocks[j].role == roleRow {
		return false
	}
	m := pageNames(d)
	if m[j]&(nameRead|namePerson) == 0 {
		m[j] |= namePerson
		if _, ok := personName(d.blocks[j].text); ok {
			m[j] |= nameIs
		}
	}
	name := m[j]&nameIs != 0
	if !name {
		if m[j]&nameFirstRead == 0 {
			m[j] |= nameFirstRead
			if len(firstNames(d.blocks[j].text)) == 1 {
				m[j] |= nameFirstOne
			}
		}
		name = m[j]&nameFirstOne != 0
	}
	return name && d.blocks[j].lineRole() == roleNone
}

// residentGroupLine reports a short line that names a group of residents:
// a training year or a resident role, with no other people's role
// ("Resident Wellness Committee", "Former Residents" are not).
func residentGroupLine(d *doc, t string) bool {
	if len(t) > 60 || strings.HasSuffix(t, ".") || fieldCount(t) > 6 {
		return false
	}
	if containsFold(t, "in-chief") {
		t = inChief.ReplaceAllString(t, "") // "Editors-in-Chief": an editor's rank, no chief resident
	}
	w := readRoleHits(t)
	if !w.in(&residentHeadWords) && !isYearLine(t) && !(rosterPage(d) && w.in(&weakResidentWords)) {
		return false
	}
	return w.sectionKind() != sectionOthers && !w.in(&otherRoles) && !w.in(&groupWords)
}

// inChief is the rank of "editor-in-chief", "commander in chief".
var inChief = regexp.MustCompile(`(?i)[\s-]in[\s-]chief\b`)

// awardLineParts reads an award line, "<award> – <name>" or "<award>:
// <name>", as the expression awardLine (rosterperf10_test.go) matches it:
// the award (group 1) and the name with its degrees (group 2), or ok false.
// The expression is anchored at both ends and its award lazy: the award is
// the shortest opening of 5 to 70 characters (no line break among them)
// after which the rest of the line is a separator and a name
// (awardLineName). The expression tried its bounded repetition at every
// length, a walk of the whole program each time (~33k instructions a
// line); here a length is tested where it ends, and fails at once unless
// white space or a colon follows.
func awardLineParts(t string) (award, name string, ok bool) {
	n := 0 // characters read into the award
	for i := 0; i < len(t); {
		if n >= 5 {
			if name, ok := awardLineName(t[i:]); ok {
				return t[:i], name, true
			}
			if n == 70 {
				break
			}
		}
		r, w := utf8.DecodeRuneInString(t[i:])
		if r == '\n' {
			break // (. is no line break)
		}
		n++
		i += w
	}
	return "", "", false
}

// awardLineName reads the rest of an award line after its award, as
// awardLine's `\s*(?:\s[–—-]|:)\s+(\p{Lu}[^:–—]{3,60})$` (\s is one of
// "\t\n\f\r "): white space and a colon, or white space and a dash; white
// space; then the name to the end of the line, a capital letter and 3 to
// 60 characters that are no colon nor long dash. The white space before
// the separator, and the white space after it, are taken whole: a name
// opens with no white space.
func awardLineName(s string) (string, bool) {
	j := 0
	for j < len(s) && isRESpace(s[j]) {
		j++
	}
	switch {
	case j < len(s) && s[j] == ':':
		j++
	case j > 0 && j < len(s) && s[j] == '-':
		j++
	case j > 0 && (strings.HasPrefix(s[j:], "–") || strings.HasPrefix(s[j:], "—")):
		j += len("–")
	default:
		return "", false
	}
	k := j
	for k < len(s) && isRESpace(s[k]) {
		k++
	}
	if k == j {
		return "", false
	}
	name := s[k:]
	r, w := utf8.DecodeRuneInString(name)
	if !unicode.Is(unicode.Lu, r) {
		return "", false
	}
	n := 0
	for _, r := range name[w:] {
		if r == ':' || r == '–' || r == '—' {
			return "", false
		}
		n++
	}
	return name, n >= 3 && n <= 60
}

// lastAwardSeparator returns where the last of awardLine's separators in t
// starts (a colon, or a dash after white space), or -1 when t has none.
func lastAwardSeparator(t string) int {
	for k := len(t) - 1; k >= 0; k-- {
		switch c := t[k]; {
		case c == ':':
			return k
		case (c == '-' || c == 0xe2 && (strings.HasPrefix(t[k:], "–") || strings.HasPrefix(t[k:], "—"))) && k > 0 && isRESpace(t[k-1]):
			return k // (the byte itself first: the white space before is asked only of a dash's)
		}
	}
	return -1
}

// awardResidents reads award lines whose award is a resident's: "Intern of
// the Year – Jane Doe, MD", "Chief Resident Award: John Roe". An award for a
// fellow, a teacher, faculty or staff names no resident.
func awardResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) > 140 || b.hint()&(hintResident|oddFold) == 0 {
			continue
		}
		// the award (group 1) ends before its separator, and must hold a
		// resident's word (below): a line with none before its last
		// separator, such as a roster's one-line entry "Doe, Jane - X
		// School (PGY-2)", has no resident's award, and the expression (a
		// lazy prefix tried at every length, that matches such entries)
		// need not run. (A whole word before the separator is one of the
		// whole line: the separator is no word byte, nor the space before a
		// dash.)
		if k := lastAwardSeparator(b.text); k < 0 || !residentHeadWords.in(b.text[:k]) || outOfScope(d, i) {
			continue
		}
		award, who, ok := awardLineParts(b.text)
		if !ok || fieldCount(award) > 8 || containsAny(award, "\"“”.!?") {
			continue
		}
		if w := readRoleHits(award); !w.in(&residentHeadWords) || w.in(&otherRoles) || w.in(&titleWords) || awardOthers.in(award) {
			continue
		}
		if fieldCount(award) <= 2 && trainingYear(award) && fullNamesListed(who) {
			continue // "PGY-2: Ana Ruiz, Ben Ota": a year's list (groupedNameResidents), no "Last, First" winner
		}
		name, ok := personName(who)
		if !ok {
			continue
		}
		out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: b.text, Selector: b.selector()}})
	}
	return out
}

// fullNamesListed reports two or more comma-separated parts of t, each of
// two words or more (degrees aside): "Ana Ruiz, Ben Ota" lists two people,
// where "Ruiz, Ana" and "Ana Ruiz, MD" name one.
func fullNamesListed(t string) bool {
	n := 0
	for p := range strings.SplitSeq(t, ",") {
		if p = strings.TrimSpace(p); isDegree(p) {
			continue
		}
		if !strings.Contains(p, " ") {
			return false
		}
		n++
	}
	return n >= 2
}

// awardOthers in an award's name make it someone else's.
var awardOthers = newWordList("teacher", "teaching", "educator", "mentor", "support", "nurse", "nursing")
