package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/imgfriendly/imgfriendly"
)

// News of residents quotes them: "…,” said Jane Doe. A reporter gives every
// other speaker a role ("said Joe Roe, MD, program director", "said
// president Ann Lee"), so on a page whose opening speaks of residents, a
// speaker named with no role, or with a resident's role or medical school
// after the name, is one of the residents the story is about.

// saidName is a quote's attribution: "said Jane Doe", "says Dr. Jane Doe,
// MD, who …", "added Jane Doe" (a verb of the lexicon, quoteVerbs; its base
// form right after the quotation, '"…," say Jane Doe'). Group 1 is the
// name, group 2 what follows the name and its degrees.
//
// The name's words after the first may open with a particle in lower case
// ("Ana de la Fuente", nameTail); a surname alone ("said Ruiz, PGY-2") is
// the person the page named in full before (fullNameFor).
var saidName = regexp.MustCompile(`(?:\b` + speechAlternation(quoteVerbs) + `|[,”"’]\s+` + speechAlternation(speechForms(true, baseForms)) + `)\s+(?:(?:Dr\.?|Doctor)\s+)?((?:(?:de|del|della|da|van|von|der|la|le|di|du)\s+){0,2}\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?` + nameTail + `{0,2})(?:,?\s*(?:M\.D\.|D\.O\.|MD|DO|MBBS)\b\.?)*([^.;!?]*)`)

// nameTail is a word of a name after its first: capitalised, after up to
// two particles in lower case ("de la Fuente", "van der Berg").
const nameTail = `(?:\s+(?:(?:de|del|della|da|dos|du|van|von|der|den|la|le|di|bin|al|el)\s+){0,2}\p{Lu}[\p{L}'’-]+)`

// credentialsThenAside skips the degrees and credentials in capitals after
// a name ("M.D., FACS, FASCRS") and reads the aside after them (group 1).
var credentialsThenAside = regexp.MustCompile(`^(?:,?\s*(?:M\.D\.|D\.O\.|Ph\.D\.|MD|DO|MBBS|[A-Z]{2,6})\b\.?)*([^.;!?]*)`)

// credentialsAside is the aside after a speaker's name (after, from the
// comma that follows the name): the degrees and credentials skipped
// (skipCredentials: "M.D.", "PhD", "FACS"), up to the sentence's end; ""
// when a degree's dot ends the sentence ("…, MD. When he chose …").
func credentialsAside(after string) string {
	rest := skipCredentials(after)
	if consumed := strings.TrimRight(after[:len(after)-len(rest)], " "); strings.HasSuffix(consumed, ".") && !strings.HasPrefix(rest, ",") {
		return ""
	}
	if e := strings.IndexAny(rest, ".;!?"); e >= 0 {
		rest = rest[:e]
	}
	return rest
}

// attributionAside is what a quote's attribution may say after the name for
// the speaker to be a resident: nothing, or a resident's role ("a
// second-year resident"), or where they went to medical school ("who
// graduated from X").
func attributionAside(rest string) bool {
	rest = strings.TrimSpace(strings.Trim(strings.TrimSpace(rest), ",.\"”’"))
	if rest == "" {
		return true
	}
	if newPhysician(asciiLower(rest)) {
		return true // "said Doctor Ana Ruiz, medical school graduate": a new doctor on a page about the new residents
	}
	if staffRoleWords.in(rest) || otherRoles.in(rest) {
		return false
	}
	low := asciiLower(rest)
	if m := asideRole.FindStringIndex(rest); m != nil && !notNowResident.in(rest) && !dwellerOf(rest) && !relRoleModified(rest[m[1]:]) && !clauseObjectRole(low) {
		return true // not "an Armonk, New York resident": a place's
	}
	if strings.HasPrefix(low, "who ") && ownTraining(low) {
		return true // "said Jane Doe, who moved across the country for her internship"
	}
	if strings.HasPrefix(low, "as he ") || strings.HasPrefix(low, "as she ") || strings.HasPrefix(low, "as they ") {
		// "says Carl Brandt, as he notes the mentorship he found": how the
		// speaker said it, no role, unless it speaks of residents as
		// others ("as she welcomed the interns")
		return !residentRoleRE.MatchString(low)
	}
	return strings.HasPrefix(low, "who graduated from") || strings.HasPrefix(low, "a graduate of") ||
		strings.HasPrefix(low, "who earned") || strings.HasPrefix(low, "who attended")
}

// clauseObjectRole reports an aside (lower case) that is a relative clause
// whose verb is no copula: "who introduced the residents to their
// families" makes the speaker no resident, the residents its verb's
// object; "who is a second-year resident", "who are both interns" keep
// the role.
func clauseObjectRole(low string) bool {
	r, ok := strings.CutPrefix(low, "who ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(r, " ")
	switch w {
	case "is", "are", "was", "were", "has", "have", "became", "becomes", "remains", "serves", "served", "now", "also", "currently":
		return false
	}
	return true
}

// newPhysicianPhrases call a person a new doctor, just out of medical
// school: on a page about a program's new residents, one of them. The
// student or graduate they name is no other role.
var newPhysicianPhrases = []string{"medical student graduate", "medical school graduate", "med school graduate",
	"recent medical graduate", "new medical graduate", "newly graduated physician", "newly graduated doctor"}

// newPhysician reports an aside (lower case) that is a new doctor's
// description: a newPhysicianPhrases phrase, after an article or "a recent"
// at most.
func newPhysician(low string) bool {
	for _, a := range []string{"a ", "an ", "recent ", "new "} {
		low = strings.TrimPrefix(low, a)
	}
	for _, p := range newPhysicianPhrases {
		if low == p || low == p+"s" {
			return true
		}
	}
	return false
}

// dropNewPhysician removes newPhysicianPhrases from s (lower case), so that
// their "student" or "graduate" reads as no other role.
func dropNewPhysician(s string) string {
	if !strings.Contains(s, " graduate") && !strings.Contains(s, "graduated ") {
		return s
	}
	for _, p := range newPhysicianPhrases {
		s = strings.ReplaceAll(s, p, "new physician")
	}
	return s
}

// ownTraining reports an aside that tells of the person moving or coming
// for their own internship or residency, or to start it ("who moved from
// Ohio for his internship", "who came here to begin her residency"); a
// residency completed ("who completed his residency here") is an alumnus's.
func ownTraining(low string) bool {
	if strings.Contains(low, "complet") || strings.Contains(low, "finish") || yearWord.MatchString(low) {
		return false
	}
	for _, p := range []string{"his ", "her ", "their "} {
		for _, lead := range []string{"for ", "to start ", "to begin "} {
			if strings.Contains(low, lead+p+"internship") || strings.Contains(low, lead+p+"intern year") || strings.Contains(low, lead+p+"residency") {
				return true
			}
		}
	}
	return false
}

// asideRole is a resident's role in an attribution's aside: "a
// second-year resident", "PGY-2 resident", "one of our interns"; the words
// before the role are lower case or a training year.
// A training year alone is one too ("PGY-2", "PGY 3").
var asideRole = regexp.MustCompile(`^(?:(?:(?:[Aa]n?|[Oo]ur|[Tt]he|[Oo]ne of (?:our|the))\s+)?(?:(?:[a-z0-9/-]+|PGY-?[1-7])\s+){0,4}(?:(?:co-)?chief\s+)?(?:resident|intern)s?\b|PGY[- ]?[1-7]\b)`)

// residentsNews reports a page whose opening (its first three lines, or
// up to its lede, the first paragraph of sentences, when site lines, a
// date and a byline stand over the title: six at most; and the page's own
// heading after its site's frame with the two lines under it, pageHeadAt;
// a menu's lines aside) speaks of residents or interns of a program, not
// of a school's match (students matching into residencies).
func residentsNews(d *doc) bool {
	if matchWords.in(pageTitle(d)) {
		return false
	}
	lede := false
	h, menu := pageHeadAt(d), frameMenu(d) // the page's own heading after its site's frame
	for i := 0; i < len(d.blocks) && i < maxFrameLines+3; i++ {
		if !(i < 3 || !lede && i < 6) && (h < 0 || i < h || i >= h+3) {
			continue
		}
		if menu && menuAt(d, i) {
			continue // "Home | Residents | Faculty": a menu's item is no page's subject
		}
		b := &d.blocks[i]
		t, w := b.text, b.words() // (the gates' words read with the block's hints)
		lede = lede || b.role != roleHeading && fieldCount(t) >= 10 && strings.Contains(t, ". ") || strings.HasSuffix(t, ".") && fieldCount(t) >= 10
		for _, m := range residentRoleRE.submatchesIf(b.may(residentRoleRE.gatedRegexp), t) {
			if !notNowResident.in(t[max(0, m[0]-20):m[0]]) && !hasPrefixFold(t[m[1]:], " match") {
				return true // (not the "National Resident Matching Program")
			}
		}
		if graduatingClassIf(residencyGraduates.MatchWords(w) || residencyGraduated.MatchWords(w), t) {
			return true
		}
	}
	return graduatingClass(d.title)
}

// residencyGraduated is a residency that graduated its class: "the
// residency program graduated six physicians".
var residencyGraduated = mustGateDerived(`(?i)\bresidency(?:\s+program)?\s+(?:has\s+|recently\s+)?graduated\b`)

// schoolGraduation is a graduation from medical school, which a residency
// follows: "will graduate from the medical school in May and start her
// residency" speaks of a student, not of a residency's graduating class.
var schoolGraduation = mustGateDerived(`(?i)\bgraduat(?:e|es|ing|ion)\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:medical|osteopathic)\s+(?:school|college)\b`)

// graduatingClass reports a sentence of t that speaks of a residency's
// graduating class (residencyGraduates), not of its alumni or former
// residents.
func graduatingClass(t string) bool {
	return graduatingClassIf(residencyGraduates.MatchString(t) || residencyGraduated.MatchString(t), t)
}

// graduatingClassIf is graduatingClass(t) where either says whether
// residencyGraduates or residencyGraduated matches t.
func graduatingClassIf(either bool, t string) bool {
	if !either {
		return false
	}
	for _, s := range sentences(t) {
		if (residencyGraduates.MatchString(s) || residencyGraduated.MatchString(s)) && !otherRoles.in(strings.ReplaceAll(asciiLower(s), "graduates", "")) && !notNowResident.in(s) && !schoolGraduation.MatchString(s) {
			return true
		}
	}
	return false
}

// quotedResidents reads the residents a news story quotes.
func quotedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	// residentsNews(d), read when a block first asks it: most blocks quote
	// no one and name no verb of saying, and the page's opening is not read
	// for them (0 not asked, 1 yes, 2 no)
	newsRead := int8(0)
	news := func() bool {
		if newsRead == 0 {
			newsRead = 2
			if residentsNews(d) {
				newsRead = 1
			}
		}
		return newsRead == 1
	}
	var out []imgfriendly.Resident
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 30 {
			continue
		}
		// on a page about residents, a quoted speaker; on any page, a
		// speaker a resident's role is given beside the name ("said Dr.
		// Ana Ruiz, a third-year resident", "Ruiz, PGY-2, said"): the
		// role says resident, whatever the page's opening says
		// a role beside the name is read in a quote's block or a block
		// with a resident's word; a hometown alone (hometownOnly) on a
		// page about residents, quoted or told of
		quoted := b.quoted() && news() // (the quotation marks from the block's words)
		role, told := quoted, false
		if !quoted {
			role, told = saidRoleTold(b.hint()&hintResident != 0,
				func() bool { return quoteVerbWords.in(b.text) }, news, func() bool { return hometownMay(b.text) })
		}
		if !role && !told || outOfScope(d, i) {
			continue
		}
		for _, m := range saidName.FindAllStringSubmatchIndex(b.text, -1) {
			n, aside := b.text[m[2]:m[3]], b.text[m[4]:m[5]]
			if after := b.text[m[3]:]; strings.HasPrefix(after, ",") {
				aside = credentialsAside(after) // "says Carl Brandt, M.D., PhD, as he notes …": degrees saidName does not know
			}
			if k := len(n) - 3; k > 0 && (n[k:] == " Jr" || n[k:] == " Sr") && strings.HasPrefix(b.text[m[3]:], ".") {
				// "said Joe Roe Jr., M.D., FACS, associate professor …": the
				// suffix's dot ended the aside before what the person is
				n = n[:k]
				aside = credentialsThenAside.FindStringSubmatch(b.text[m[3]+1:])[1]
			}
			home := news() && hometownOnly(aside) // "said Ben Ota, of Lagos, Nigeria"
			if !home && (!role || !attributionAside(aside) || !quoted && !asideRole.MatchString(strings.TrimLeft(aside, ", "))) {
				continue // "said Joe Roe, MD, program director"; off a page about residents, no role
			}
			name, ok := personName(n)
			if !ok && (!strings.Contains(n, " ") || !upperAt(n, 0)) && strings.TrimSpace(aside) != "" {
				name, ok = fullNameFor(d, n) // "said Ruiz, PGY-2", named in full before
			} else if ok {
				name = fullerName(d, name)
			}
			if !ok || rolesElsewhere(d, name) {
				continue
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, m[0], m[1]), Selector: b.selector()}})
		}
		for _, verb := range quoteVerbsAfter {
			for from := 0; ; {
				k := strings.Index(b.text[from:], verb)
				if k < 0 {
					break
				}
				k += from
				from = k + len(verb)
				if from < len(b.text) && isWordByte(b.text[from]) {
					continue // "saidly", "sayso"
				}
				st, name, ok := 0, "", false
				if quoted {
					st, name, ok = nameOpensSentence(b.text[:k])
				}
				if !ok {
					st, name, ok = asideBeforeSaid(d, b.text[:k], role, news())
				}
				if !ok || rolesElsewhere(d, name) {
					continue
				}
				out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, st, k), Selector: b.selector()}})
			}
		}
	}
	return out
}

// saidRoleTold is quotedResidents' reading of a block it does not read as
// a quote: role when a resident's block (resident: its hints) holds a verb
// of saying (said), told when the verb stands beside a hometown (home) on
// a page of residents' news (news). It answers as
//
//	if resident || news() { role, told = said() && resident, said() && news() && home() }
//
// asking the page's news last (most blocks hold no verb of saying or no
// hometown's opener, and the page's opening is then not read for them) and
// a block that is no resident's for its hometown before its verbs.
func saidRoleTold(resident bool, said, news, home func() bool) (role, told bool) {
	if resident {
		if said() {
			return true, news() && home()
		}
		return false, false
	}
	return false, home() && said() && news()
}

// nameOpensSentence reads the text before a verb of saying as a sentence
// that opens with the speaker's name and holds nothing else ("Jane Doe"
// before " said her class …", "Dr. Jane Doe" before " says"): where the
// name starts, and the name. A role before the name ("Program director
// Jane Doe said") is no name's word, and a name set off by commas ("Jane
// Doe, who …, said") is not read: the reporter gave the staff that aside;
// nor is a name after a clause's opener ("As Jane Doe noted, we …"): the
// writer's own sentence.
func nameOpensSentence(before string) (start int, name string, ok bool) {
	start = strings.LastIndexAny(before, ".!?\n") + 1
	if start > 0 && before[start-1] == '.' && strings.HasSuffix(before[:start], "Dr.") {
		start = strings.LastIndexAny(before[:start-3], ".!?\n") + 1 // "Dr." is no sentence's end
	}
	if q := strings.LastIndex(before[start:], "”"); q >= 0 {
		start += q + len("”") // "“…,” Jane Doe said": the name after the quotation its sentence opens with
	} else if q := strings.LastIndex(before[start:], ",\""); q >= 0 {
		start += q + 2
	}
	for start < len(before) && (before[start] == ' ' || before[start] == '"' || before[start] == '\'') {
		start++
	}
	for _, q := range [...]string{"”", "’"} {
		if strings.HasPrefix(before[start:], q) {
			start += len(q)
		}
	}
	for start < len(before) && before[start] == ' ' {
		start++
	}
	cand := before[start:]
	if f := frontedClauseEnd(cand); f > 0 && strings.IndexByte(cand[f:], ',') < 0 {
		start, cand = start+f, cand[f:] // "Speaking in Spanish, Cesar Mota said"
	}
	if len(cand) < 5 || len(cand) > 48 || strings.IndexByte(cand, ',') >= 0 || strings.Count(cand, " ") > 4 {
		return 0, "", false
	}
	if w, _, _ := strings.Cut(cand, " "); clauseOpeners[w] {
		return 0, "", false // "As Sofia Cruz observed, we …": the writer's clause, no attribution of a quote
	}
	name, ok = personName(cand)
	return start, name, ok
}

// asideBeforeSaid reads the speaker named first, with a resident's role
// in apposition before the verb of saying: "Dr. Ana Ruiz, a third-year
// resident, said …", "“…,” Ruiz, PGY-2, says." (a surname alone is the
// person the page named in full before). The aside must be one
// attributionAside takes (when role) or a hometown alone (hometownOnly,
// when home). It returns where the name starts, and the name.
func asideBeforeSaid(d *doc, before string, role, home bool) (start int, name string, ok bool) {
	if !strings.HasSuffix(before, ",") {
		return 0, "", false
	}
	start = strings.LastIndexAny(before, ".!?\n") + 1
	for start > 0 && before[start-1] == '.' {
		// "Dr." and "M.D." end no sentence
		w := strings.LastIndexAny(before[:start-1], " \n") + 1
		if t := before[w : start-1]; t != "Dr" && t != "M.D" && t != "D.O" && t != "Jr" {
			break
		}
		start = strings.LastIndexAny(before[:w], ".!?\n") + 1
	}
	seg := before[start : len(before)-1]
	if q := max(strings.LastIndex(seg, "”"), strings.LastIndex(seg, "\"")); q >= 0 {
		start += q + 1
		if strings.HasPrefix(seg[q:], "”") {
			start += len("”") - 1
		}
		seg = before[start : len(before)-1]
	}
	seg = strings.TrimSpace(seg)
	start = len(before) - 1 - len(seg)
	if _, ok := personName(nameHead(seg)); !ok {
		if f := frontedClauseEnd(seg); f > 0 {
			seg, start = seg[f:], start+f // "Asked what he thought of the Valley, Carlos Ruiz, of Bogotá, …, said"
		}
	}
	if len(seg) > 160 {
		return 0, "", false
	}
	parts := strings.Split(seg, ", ")
	if len(parts) < 2 {
		return 0, "", false
	}
	if home {
		parts = splitNamePlace(parts) // "Luis Prado of Quito, Ecuador, said"
	}
	k := 1
	for k < len(parts)-1 && isDegree(strings.Trim(parts[k], ". ")) {
		k++ // "Ana Ruiz, MD, a third-year resident"
	}
	aside := strings.Join(parts[k:], ", ")
	if isDegree(strings.Trim(parts[k], ". ")) || strings.TrimSpace(parts[k]) == "" || !(role && attributionAside(aside) || home && hometownOnly(aside)) {
		return 0, "", false
	}
	n := strings.TrimSpace(parts[0])
	if len(n) < 3 || len(n) > 48 || strings.Count(n, " ") > 5 {
		return 0, "", false
	}
	if name, ok = personName(n); ok {
		name = fullerName(d, name)
	} else {
		surname := strings.TrimPrefix(n, "Dr. ")
		if strings.Contains(surname, " ") && !nameParticles[asciiLower(surname[:strings.IndexByte(surname, ' ')])] || !upperAt(surname, 0) && !nameParticles[asciiLower(strings.Fields(surname)[0])] {
			return 0, "", false
		}
		name, ok = fullNameFor(d, surname)
	}
	return start, name, ok
}

// splitNamePlace parts a name from the place a hometown gives with no
// comma between ("Luis Prado of Quito", then "Ecuador"): the name, then
// the aside from "of" or "from" on, then the rest. parts is returned as it
// is when its first part is a name or holds no name before such a word.
func splitNamePlace(parts []string) []string {
	head := strings.TrimSpace(parts[0])
	if _, ok := personName(head); ok {
		return parts
	}
	for _, w := range [...]string{" of ", " from "} {
		j := strings.Index(head, w)
		if j < 0 || !upperAt(head, j+len(w)) {
			continue
		}
		if _, ok := personName(head[:j]); ok {
			return append([]string{head[:j], head[j+1:]}, parts[1:]...)
		}
	}
	return parts
}

// fullerName is the full name the page gave before a particle's surname
// standing alone ("Van Dyke", "de la Fuente" after "Ana Van Dyke"), or
// name.
func fullerName(d *doc, name string) string {
	full, _ := fullerNameOf(d, name)
	return full
}

// fullerNameOf is fullerName, ok false when name is a surname with its
// particle that two people on the page have in full (no one person's).
func fullerNameOf(d *doc, name string) (string, bool) {
	sp := strings.IndexByte(name, ' ')
	if sp < 0 || strings.Count(name, " ") > 2 {
		return name, true
	}
	var buf [16]byte // the first word lowered on the stack (a particle is shorter)
	first := appendLower(buf[:0], name[:sp])
	if nonNameOpeners[string(first)] && strings.Count(name, " ") == 1 {
		// "Now Osei is a first-year resident": an adverb before the
		// surname, read as a name by a reader of names
		if full, n := fullNameUpTo(d, name[sp+1:], len(d.blocks)-1); n == 1 {
			return full, true
		}
		return name, true
	}
	if !nameParticles[string(first)] {
		return name, true
	}
	full, n := fullNameUpTo(d, name, len(d.blocks)-1)
	if n == 1 && len(full) > len(name) {
		return full, true
	}
	return name, n != 2
}

// rolesElsewhere reports whether some sentence of the page that calls the
// person by their surname gives them a staff role ("Dr. Roe, the chief
// medical officer, …").
func rolesElsewhere(d *doc, name string) bool {
	return rolesElsewhereBut(d, name, "", "")
}

// rolesElsewhereBut is rolesElsewhere but for the sentences of the page
// within skip or skip2 (lower case): the sentences whose role words are a
// reader's own evidence ("The five graduates — A, B, …": the noun the count
// is of; "A, B and C, selected from 900 applicants, …": where they came
// from).
func rolesElsewhereBut(d *doc, name, skip, skip2 string) bool {
	ws := personKeyFields(name)
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	for i := range d.blocks {
		low := asciiLower(d.blocks[i].text)
		if !strings.Contains(low, last) {
			continue
		}
		for _, s := range sentences(low) {
			if skip != "" && (strings.Contains(skip, s) || strings.Contains(s, skip)) || skip2 != "" && (strings.Contains(skip2, s) || strings.Contains(s, skip2)) {
				continue
			}
			s = strings.ReplaceAll(s, last+" graduates", last) // "Ruiz graduates from …": the person's verb, no alumni's noun
			s = dropNewPhysician(s)                            // "Ana Ruiz, medical student graduate": a new doctor, no student
			if k := strings.Index(s, last+", who "); k >= 0 && staffVerbAfterWho(s[k:]) {
				return true // "Dr. Roe, who directs the program": whatever residents the sentence names
			}
			if hasAnyWord(s, []string{last}) && (staffRoleWords.in(s) || otherRoles.in(s)) && !residentRoleRE.MatchString(s) {
				return true
			}
			if apposedStaff(s, last) {
				return true // "Dr. Roe, professor of medicine, welcomed the interns": the role is hers, the residents the sentence names are not
			}
		}
	}
	return false
}

// apposedStaff reports a staff role in the apposition right after the
// person's surname last in s (lower case), past the name's degrees:
// "roe, md, professor of medicine and vice chair for education, welcomed
// the incoming residents" gives Roe a role whatever residents the rest of
// the sentence names (the addressees). The apposition is the text to the
// next comma; one that opens a clause or a companion ("who …", "along with
// faculty …") or that holds a resident's role is none.
func apposedStaff(s, last string) bool {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], last)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(last)
		if i > 0 && isWordByte(s[i-1]) || from < len(s) && isWordByte(s[from]) {
			continue
		}
		rest := s[from:]
		for strings.HasPrefix(rest, ", ") { // the degrees: ", md, phd, facp"
			w := rest[2:]
			e := strings.IndexAny(w, ", ")
			if e < 0 || !isDegree(w[:e]) {
				break
			}
			rest = w[e:]
		}
		if !strings.HasPrefix(rest, ", ") {
			continue
		}
		aside, _, _ := strings.Cut(rest[2:], ",")
		if w, _, _ := strings.Cut(aside, " "); apposedOpeners[w] || residentRoleRE.MatchString(aside) {
			continue
		}
		if staffRoleWords.in(aside) || otherRoles.in(aside) || staffChief(aside) {
			return true
		}
	}
	return false
}

// apposedOpeners open a clause or a companion after a name, no apposition
// of what the person is.
var apposedOpeners = map[string]bool{"who": true, "whose": true, "which": true, "and": true, "with": true,
	"along": true, "alongside": true, "together": true, "joined": true, "accompanied": true, "as": true}

// staffChief reports a chief that is no chief resident (low, lower case):
// "chief of the division of hospital medicine", "division chief",
// "associate chief of medicine".
func staffChief(low string) bool {
	for from := 0; ; {
		i := strings.Index(low[from:], "chief")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("chief")
		if i > 0 && isWordByte(low[i-1]) || from < len(low) && isWordByte(low[from]) {
			continue
		}
		if w, _ := relNextWord(low[from:]); w == "of" || w == "medical" || w == "executive" {
			return true // "chief of …", "chief medical officer"
		}
		for _, unit := range [...]string{"division ", "section ", "service ", "department "} {
			if strings.HasSuffix(low[:i], unit) {
				return true // "division chief"
			}
		}
	}
}

// yearWord is a year in running text: "was one of the residents in 1998"
// tells of the past.
var yearWord = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// pastSpan reports a sentence that dates what it tells by the time since
// ("20 years ago", "two decades ago"): one of the residents then is an
// alumnus now.
func pastSpan(s string) bool {
	return strings.Contains(s, " years ago") || strings.Contains(s, " decades ago") || strings.Contains(s, " decade ago")
}

// fullNameFor returns the first full name on the page that ends with
// surname: "Ruth Abebe" for "Abebe"; none when the page names another
// person with the surname in a sentence's middle or after a title ("Dr.
// Ann Osei" beside "Matt Osei": sameGiven, namedMidSentence). A name after
// "by" (a byline's) is none of them.
func fullNameFor(d *doc, surname string) (string, bool) {
	name, n := fullNameUpTo(d, surname, len(d.blocks)-1)
	return name, n == 1
}

// fullNameBefore is fullNameFor for a mention in block i: the names a
// reader has met when the mention refers back ("Dr. Rao joins …" under
// "Venkat Rao, MD", a program director Priya Rao named after it), or,
// when the page names no one of the surname before, the page's.
func fullNameBefore(d *doc, surname string, i int) (string, bool) {
	name, n := fullNameUpTo(d, surname, i)
	if n == 0 && i < len(d.blocks)-1 {
		return fullNameFor(d, surname)
	}
	return name, n == 1
}

// fullNameUpTo reads the full names of surname in the blocks up to block
// last: the name and 1, or 0 when there is none, 2 when two people have it.
func fullNameUpTo(d *doc, surname string, last int) (string, int) {
	if utf8.RuneCountInString(surname) < 3 || notNameWords[strings.ToLower(surname)] {
		return "", 0
	}
	re, err := regexp.Compile(`((?:\p{Lu}[\p{L}'’-]+\s+)(?:\p{Lu}(?:\.|[\p{L}'’-]*)\s+)?(?:(?:de|del|della|da|dos|du|van|von|der|den|la|le|di)\s+){0,2})` + regexp.QuoteMeta(surname) + `\b`)
	if err != nil {
		return "", 0
	}
	found := ""
	for i := range d.blocks[:min(last+1, len(d.blocks))] {
		if !strings.Contains(d.blocks[i].text, surname) {
			continue
		}
		t := d.blocks[i].text
		for _, m := range re.FindAllStringIndex(t, -1) {
			name, ok := personName(stripTitle(t[m[0]:m[1]]))
			if first, _, _ := strings.Cut(name, " "); ok && nonNameOpeners[asciiLower(first)] {
				continue // "Now Osei is …": an adverb before the surname
			}
			switch {
			case !ok || strings.HasSuffix(t[:m[0]], "by ") || strings.HasSuffix(t[:m[0]], "By "):
				// ("Photos by Tom Hale": a byline's, no one the story
				// refers back to)
			case found == "":
				found = name
			case !sameGiven(found, name) && namedMidSentence(t, m[0]):
				return "", 2 // "Dr. Ann Osei" beside "Matt Osei": the surname is no one person's
			}
		}
	}
	if found == "" {
		return "", 0
	}
	return found, 1
}

// namedMidSentence reports a name at i of t that no sentence opens with
// (so that its first word is a given name, not an opener: "When Osei
// arrived"), or one after a doctor's title.
func namedMidSentence(t string, i int) bool {
	if strings.HasSuffix(t[:i], "Dr. ") || strings.HasSuffix(t[:i], "Dr ") || strings.HasSuffix(t[:i], "Doctor ") {
		return true
	}
	b := strings.TrimRight(t[:i], " \"“”'‘’")
	return b != "" && strings.IndexByte(".!?:\n", b[len(b)-1]) < 0
}

// sameGiven reports two full names of one surname whose given names may
// be one person's: the same first word, or one the other's short form
// ("Matt" of "Matthew").
func sameGiven(a, b string) bool {
	fa, _, _ := strings.Cut(a, " ")
	fb, _, _ := strings.Cut(b, " ")
	return strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa)
}

// residencyTurn is a person starting the residency now (or having started
// it in the years they are finishing: "could not wait to start her
// pediatrics residency", "since he started the residency program"), group
// 1; or finishing their residency now or soon (group 2: "will finish her
// family medicine residency", "is completing his residency", "the
// completion of his residency", "graduates from the residency" — the
// past, "completed her residency in 1998", is an alumnus's or a faculty
// member's). The verbs are entryEvents' rows for useTurn. The derived
// gate asks for a verb and "residency" before the expression runs.
var residencyTurn = mustGateDerived(`(?i)\b(?:(` + entryAlternation(useTurn, entryEntering) + `)|(` + entryAlternation(useTurn, entryEnding) + `))\s+(?:[\p{L}-]+\s+){0,3}?residency\b`)

// leavingWords are the words every match of residencyLeft that
// startedResidents reads holds one of, with "residency" (residencyTurn's
// first group, read from the block's words): its gate.
var leavingWords = []string{"leav", "depart", "Leav", "Depart"}

// residencyLeft is a person leaving the residency, finishing it (group 1
// the name, when inside): "is leaving our residency", "departs the
// residency", "the departure of Sam Oduya from the residency". Apart from
// residencyTurn, so that its alternatives cost only the blocks that hold
// its words. The verbs are entryEvents' rows for useLeft.
var residencyLeft = regexp.MustCompile(`(?i)\b(?:` + entryAlternation(useLeft, entryEnding) + `)\s+(?:[a-z-]+\s+){0,3}?residency\b`)

// endBehindWords put an end of the residency behind the clause they open:
// "after completing his residency", "since finishing her residency", "upon
// graduating from the residency".
var endBehindWords = []string{"after", "since", "upon", "following", "on"}

// aheadWords tell of what is to come.
var aheadWords = newWordList("will", "plans", "plan", "intends", "is going to", "hopes")

// endBehind reports before (sentence s up to a residency's end) ending in
// a word of endBehindWords, in a sentence that tells of nothing to come
// ("after completing her residency, she will begin a fellowship": still a
// resident).
func endBehind(before, s string) bool {
	if aheadWords.in(s) {
		return false
	}
	f := strings.Fields(before)
	if len(f) > 1 && asciiLower(f[len(f)-1]) == "the" {
		f = f[:len(f)-1] // "following the completion of his residency"
	}
	return len(f) > 0 && slices.Contains(endBehindWords, asciiLower(f[len(f)-1]))
}

// endedContexts are the nouns and gerunds of a residency's end and the
// words every match of residencyEnded has right before them or right
// after them: a block with a residency's or a resident's word is read (its sentences
// split, the expression run) only when one stands so (endedAnchor: a
// program's page speaks of graduation from medical school often).
var endedContexts = []struct {
	word          string
	before, after []string
}{
	{"departure", []string{"s ", "on his ", "on her ", "on their "}, []string{" of "}},
	{"graduation", []string{"s ", "on his ", "on her ", "on their "}, []string{" of "}},
	{"completion", []string{"s ", "on his ", "on her ", "on their "}, nil},
	{"completing", []string{"on "}, nil},
	{"finishing", []string{"on "}, nil},
	{"graduating", []string{"on "}, nil},
}

// endedAnchor reports a word of endedContexts in t with one of its words
// before or after it. Words that share an opening ("graduation",
// "graduating"; "completion", "completing") are found by one search of
// the opening, each occurrence then read as the word that follows it
// (endedStems): four searches of t where each word took one
// (endedAnchorByWords, TestEndedAnchorStems).
func endedAnchor(t string) bool {
	for _, stem := range endedStems {
		for from := 0; ; {
			k := strings.Index(t[from:], stem)
			if k < 0 {
				break
			}
			k += from
			from = k + len(stem)
			for i := range endedContexts {
				c := &endedContexts[i]
				if !strings.HasPrefix(c.word, stem) || !strings.HasPrefix(t[k:], c.word) {
					continue
				}
				end := k + len(c.word)
				for _, b := range c.before {
					if strings.HasSuffix(t[:k], b) {
						return true
					}
				}
				for _, a := range c.after {
					if strings.HasPrefix(t[end:], a) {
						return true
					}
				}
			}
		}
	}
	return false
}

// endedStems are the openings endedAnchor searches: each word of
// endedContexts opens with one of them (TestEndedAnchor).
var endedStems = []string{"departure", "graduat", "complet", "finishing"}

// residencyEnded is a resident's training ended, said as a noun or a
// gerund of the person rather than as the person's verb: "the graduation
// of Sam Oduya from our program" (group 1 the name), "Sam Oduya's
// departure from the residency", "Dr. Oduya's completion of his
// residency" (group 2), "congratulations to Sam Oduya on completing
// residency", "… on his graduation from the program" (group 3); the
// residency or, on a residency's page, the program (group 4). The names
// of groups 2 and 3 are runs of capitalised words (personName reads
// group 1).
var residencyEnded = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?:\b(?:departure|graduation|completion)\s+of\s+(\S+(?:\s+\S+){1,4}?)\s+from\s+|` +
		`((?:Dr\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){0,2})['’]s\s+(?:(?:departure|graduation)\s+from|completion\s+of)\s+|` +
		`\bto\s+((?:Dr\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+on\s+(?:(?:his|her|their)\s+)?(?:(?:departure|graduation)\s+from|completion\s+of|completing|finishing|graduating\s+from)\s+)` +
		`(?:(?:her|his|their|the|our|this)\s+)?(?:[\p{L}-]+\s+){0,3}?([Rr]esidency|[Pp]rogram)\b`)
})

// intentWords before a residency to finish make it a plan, not one under
// way: "hopes to complete her residency".
var intentWords = newWordList("hope", "hopes", "hoping", "plan", "plans", "planning", "want", "wants", "wish", "wishes",
	"dream", "dreams", "aspire", "aspires", "intend", "intends")

// nameBefore is a candidate name in the text before startsResidency.
var nameBefore = regexp.MustCompile(`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:(?:\s+(?:de|del|della|da|dos|du|van|von|der|den|la|le|di))*\s+\p{Lu}[\p{L}'’-]+){1,3}`)

// graduateOf is a school named before a name in apposition: "Ross
// University School of Medicine graduate, " (group 1).
var graduateOf = regexp.MustCompile(`(?:^|[,;:]\s+)(\p{Lu}[\p{L}'’. -]{3,90}?)\s+graduate,?\s*$`)

// startedResidents reads, on a page about residents, the person a sentence
// says starts (or started) the residency: the last name before the verb,
// with no staff role between them, no year in the sentence (the founder
// who "started the residency program in 1995") and no role elsewhere on
// the page. A school in apposition before the name ("X graduate, Name") is
// the person's.
func startedResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	news := int8(0)
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || len(b.text) < 40 || outOfScope(d, i) {
			continue
		}
		turn := b.may(residencyTurn)
		left := b.words().find(residencyTurn.hints)&1 != 0 && containsOneOf(b.text, leavingWords...)               // (residencyLeft's necessary words: "residency", then one of these)
		ended := (b.words().find(residencyTurn.hints)&1 != 0 || b.hint()&hintResident != 0) && endedAnchor(b.text) // (a residency's or a resident's word, read with the block's words; then a noun of the end with its words beside it)
		if !turn && !left && !ended {
			continue
		}
		prev := "" // the sentence before: a story names its subject, then says "his residency"
		for _, s := range sentences(b.text) {
			var m []int
			finishing := false
			inside, insideEnd := -1, -1 // where the name inside the match is (residencyLeft's group 1, residencyEnded's groups 1 to 3)
			if ended {                  // (first: "Sam Oduya's completion of his residency" is residencyTurn's too, with no name before it)
				if m = residencyEnded().FindStringSubmatchIndex(s); m != nil {
					for g := 1; g <= 3; g++ {
						if m[2*g] >= 0 {
							inside, insideEnd = m[2*g], m[2*g+1]
						}
					}
					finishing = true
					program := s[m[8]] == 'p' || s[m[8]] == 'P'
					if staffRoleWords.in(s[m[0]:]) || otherRoles.in(s[m[0]:]) || endedInYear(s, m[1]) || !residencyEnds(s[m[1]:]) ||
						program && (strings.Contains(s[insideEnd:m[8]], "school") || !residencyPage(d)) {
						m = nil // "the graduation of Dr. Marsh, our program director, …", "Ana Ruiz's graduation from the residency in 2015", "graduation from our medical school program"
						inside, insideEnd = -1, -1
					}
				}
			}
			if m == nil && turn {
				m = residencyTurn.re.FindStringSubmatchIndex(s)
				finishing = m != nil && m[4] >= 0
			}
			if m == nil && left {
				if m = residencyLeft.FindStringSubmatchIndex(s); m != nil {
					finishing, inside, insideEnd = true, m[2], m[3]
					scope := s // the roles of the sentence, or from the noun on when the name is inside ("As faculty editor, I note the departure of …")
					if inside >= 0 {
						scope = s[m[0]:]
					}
					if staffRoleWords.in(scope) || otherRoles.in(scope) || endedInYear(s, m[1]) || !residencyEnds(s[m[1]:]) {
						m = nil // "the departure of Dr. Marsh from the residency after 20 years as its director", "left the residency in 2015"
					}
				}
			}
			last := prev
			prev = s
			if m == nil || !finishing && yearWord.MatchString(cutDateline(s)) {
				continue
			}
			before := s[:m[0]]
			name, st, en := lastNameIn(before)
			if inside >= 0 {
				// "the departure of Sam Oduya from the residency": the name inside
				n, ok := personName(stripTitle(capitalisedFrom(s[inside:insideEnd])))
				if !ok || isSchoolLine(n) {
					continue
				}
				name, before, st, en = n, "", -1, 0
			}
			gap := ""
			if name != "" {
				gap = before[en:]
			} else if finishing {
				// "Dr. Omar Lind is a step closer. It starts with the
				// completion of his residency": the subject named just before
				name, _, en = lastNameIn(last)
				gap = last[en:] + " " + before
				st = -1
			}
			if name == "" {
				continue
			}
			if otherRoles.in(gap) || staffRoleWords.in(gap) || strings.Contains(gap, "\"") || strings.Contains(gap, "“") {
				continue
			}
			if finishing && (residentRoleRE.MatchString(gap) || intentWords.in(gap) || newGraduate(gap) || st > 0 && otherRoles.in(before[max(0, st-30):st]) || endBehind(before, s)) {
				// "Dr. Marsh helps each resident finish his residency": the
				// resident's, not hers; "Amy Tran hopes to complete her
				// residency", "medical student Amy Tran will complete …": not
				// one yet; "joined our practice after completing his
				// residency": one no longer
				continue
			}
			if news == 0 && !finishing {
				news = 2
				if residentsNews(d) {
					news = 1
				}
			}
			if !finishing && news != 1 && !entryNow(s, m[0], m[1]) || rolesElsewhere(d, name) {
				continue
			}
			if full, ok := fullNameFor(d, name); !finishing && news != 1 && (ok && full != name || relParticleSurname(name)) {
				continue // "Van Dyke will start her residency" after "Ana Van Dyke": the graduate's story (laterEntries) reads her
			}
			r := imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: s, Selector: b.selector()}}
			if st >= 0 {
				if g := graduateOf.FindStringSubmatch(strings.TrimSuffix(before[:st], "Dr. ")); g != nil && isSchoolLine(g[1]) {
					g[1] = cutDateline(g[1]) // "AKRON — Island School of Medicine graduate Ana Ruiz"
					r.School, r.Country = splitCountry(cleanSchool(strings.TrimPrefix(g[1], "the ")))
				}
			}
			out = append(out, r)
		}
	}
	return out
}

// entryNowWords date a start of the residency to now: "recently started
// her residency", "began her residency this July", "will start her
// residency next month", "is starting her residency".
var entryNowWords = newWordList("recently", "just", "this year", "this summer", "this july", "this june", "this month",
	"this week", "this fall", "this spring", "last month", "last week", "on july 1", "next month", "will", "is starting",
	"is beginning", "are starting", "are beginning")

// entryNow reports a start of the residency (s[m0:m1], a match of
// residencyTurn) that its sentence dates to now or to come: on any
// page, not only one whose opening speaks of residents, its subject is
// an incoming or a current resident. A role held after it ("as its
// director", "and now directs") makes it a start of then.
func entryNow(s string, m0, m1 int) bool {
	if !entryNowWords.in(asciiLower(s)) {
		return false
	}
	if schoolGraduation.MatchString(s[:m0]) {
		return false // "will graduate from the medical school in May and start her residency": a student now
	}
	rest := asciiLower(s[m1:])
	return !otherRoles.in(rest) && !staffRoleWords.in(rest) && !strings.Contains(rest, " now ")
}

// capitalisedFrom is t from its first capitalised word on: "Sam Oduya" of
// "our own Sam Oduya" (a role in the words dropped is read apart).
func capitalisedFrom(t string) string {
	for i := 0; i < len(t); {
		if t[i] >= 'A' && t[i] <= 'Z' || t[i] >= 0x80 && upperAt(t, i) {
			return t[i:]
		}
		sp := strings.IndexByte(t[i:], ' ')
		if sp < 0 {
			break
		}
		i += sp + 1
	}
	return t
}

// endedInYear reports a year in the residency's end, the sentence s up to
// end (where the residency left is named), or in the few words after it
// ("left the residency in 2015", "from the residency in June 2019"): an
// end long past. A year further on is another event's ("and the start of
// his fellowship in July 2027").
func endedInYear(s string, end int) bool {
	return yearWord.MatchString(s[:min(len(s), end+20)])
}

// residencyEnds reports the text after a residency left that does not go
// on to a staff's place or office in it: "from the residency office" is a
// staff member's (residencyPlaces).
func residencyEnds(after string) bool {
	w, _ := relNextWord(after)
	return !residencyPlaces[w]
}

// residencyPlaces are the nouns after "residency" that make it a place or
// an office someone works in, not the training one finishes.
var residencyPlaces = map[string]bool{"office": true, "offices": true, "staff": true, "administration": true,
	"coordinator": true, "director": true, "directors": true, "leadership": true, "committee": true, "building": true,
	"clinic": true, "team": true, "department": true}

// newGraduate reports a gap between a name and the residency to finish
// that tells of a graduation and goes on with "and": "Ana Ruiz graduated
// with her medical degree and will complete her residency at X" is a new
// graduate going to a residency, not a resident finishing one ("Ana Ruiz,
// who graduated in 2021, will complete her residency" still is).
func newGraduate(gap string) bool {
	i := strings.Index(asciiLower(gap), "graduat")
	return i >= 0 && strings.Contains(gap[i:], " and ")
}

// lastNameIn returns the last person's name in t (nameBefore read by
// personName, no school's name) and where it starts and ends; "" when none.
func lastNameIn(t string) (name string, start, end int) {
	for _, c := range nameBefore.FindAllStringIndex(t, -1) {
		if c[0] > 0 && t[c[0]-1] == '(' {
			continue // (words in brackets after the subject: "Ana Ruiz (MD ISM '23) will start …")
		}
		if w, rest, ok := strings.Cut(t[c[0]:c[1]], " "); ok && clauseOpeners[w] {
			c[0] += len(w) + len(rest) - len(strings.TrimLeft(rest, " ")) + 1 // "As Sam Oduya leaves …": the name after the opener
		}
		if n, ok := personName(stripTitle(t[c[0]:c[1]])); ok && !isSchoolLine(t[c[0]:c[1]]) {
			name, start, end = n, c[0], c[1]
		}
	}
	return name, start, end
}

// clauseOpeners are capitalised words that open a clause before its
// subject's name: "As Sam Oduya leaves …", "When Ana Ruiz starts …".
var clauseOpeners = map[string]bool{"As": true, "When": true, "While": true, "After": true, "Before": true, "Since": true,
	"Once": true, "Until": true, "With": true, "Now": true}

// dwellerOf reports an aside whose resident lives somewhere: "a resident
// of the west side", "a longtime resident of Akron" — not "resident of the
// year" (an award), not a resident of a program or an institution ("a
// resident of our program", "of the family medicine residency").
func dwellerOf(aside string) bool {
	low := asciiLower(aside)
	k := strings.Index(low, "resident of ")
	if k < 0 {
		return false
	}
	rest := strings.TrimPrefix(low[k+len("resident of "):], "the ")
	if e := strings.IndexAny(rest, ",;.:()"); e >= 0 {
		rest = rest[:e] // the place ends the aside: "a resident of the west side, said the clinic …"
	}
	f := strings.Fields(rest)
	if len(f) == 0 || slices.Contains([]string{"our", "its", "this", "their", "her", "his", "year", "month", "week", "quarter"}, f[0]) {
		return false
	}
	for _, w := range f[:min(len(f), 5)] {
		if slices.Contains(institutionWords, w) || slices.Contains([]string{"program", "programs", "residency", "department", "service", "team", "class"}, w) || specialties.in(w) {
			return false
		}
	}
	return true
}
