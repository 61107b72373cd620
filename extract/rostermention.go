package extract

import (
	"slices"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// A story names a person in full once and then refers back to them by
// "Dr. Surname", the bare surname or "he" and "she", and it states the
// facts that make the person a resident, and where they studied, in those
// later mentions, sometimes paragraphs away: "Dr. Matt Doe was at Lakeside
// last year doing a transitional year. … This year, Doe is a first-year
// resident"; "Sam Roe, MD '22, is one of the many X graduates who … Dr.
// Roe is a first-year resident". The relation reader binds a mention that
// is a sentence's subject to the name the page gives in full
// (relSubject); this file reads the subjects a sentence hides behind a
// phrase fronted before them or a word an edit left after them, and the
// school a mention's sentence gives the person (mentionSchools).

// relFrontedOpeners open a phrase fronted before a sentence's subject and
// set off by a comma: a time, a place, a manner ("This year, Doe is …",
// "Now, Dr. Doe is …", "Like many of her classmates, Roe is …"), lower
// case.
var relFrontedOpeners = []string{"this", "now", "today", "currently", "presently", "these", "since", "after",
	"following", "in", "at", "as", "like", "unlike", "besides", "for", "meanwhile", "so", "then", "and", "but",
	"here", "back", "according", "despite", "ultimately", "eventually", "finally", "still", "yet",
	"nowadays", "by", "within", "once", "having"}

// relStrayVerbs are verbs of hoping, thinking or saying that an edit may
// leave between a subject and its relation ("Dr. Roe hopes is a
// first-year resident", from "Dr. Roe, who hopes to stay, is …"): with
// nothing after them but the relation, they bind nothing of their own
// ("hopes to become", "says she is" hold words after them, and read
// nothing here). (Plain lists: each is asked of one word, and an
// automaton built at every start would cost more than the pages ask.)
var relStrayVerbs = []string{"hopes", "hoped", "says", "said", "thinks", "thought", "believes", "believed",
	"feels", "felt", "knows", "adds", "added", "notes", "noted", "explains", "explained"}

// relRepairedSubject returns the subject sub (the sentence's text before
// a relation) holds behind a fronted phrase ("This year, Doe" → "Doe",
// "Now, he" → "He"; the phrase opens with relFrontedOpeners, holds no
// year, and what follows its comma is one word, a pronoun or a title
// and a surname) or before a stray verb ("Dr. Roe hopes" → "Dr. Roe": the
// verb the last word, a capitalised word before it); ok false when it
// holds neither.
func relRepairedSubject(sub string) (string, bool) {
	sub = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(sub, " \n"), ","), " \n")
	if k := quoteClosedStop(sub); k > 0 {
		// '"… by name." This year, Osei': the sentence opens after the
		// quotation that closed the one before (sentences() goes on past
		// a stop inside the marks)
		sub = sub[k:]
		if w := relUntitled(sub); w != "" && (!strings.ContainsAny(w, " ,") && upperAt(w, 0) || relParticleSurname(w) || relLowerParticle(w)) {
			return sub, true
		}
	}
	if k := strings.LastIndexByte(sub, ' '); k > 0 && slices.Contains(relStrayVerbs, sub[k+1:]) && sub[k+1:] == asciiLower(sub[k+1:]) {
		head := strings.TrimRight(sub[:k], " ")
		if j := strings.LastIndexByte(head, ' ') + 1; upperAt(head, j) && !strings.ContainsAny(head[j:], ",;:") {
			return head, true
		}
		return "", false
	}
	k := strings.LastIndex(sub, ", ")
	if k <= 0 {
		// "Now Osei", "Today Dr. Osei": an adverb of nonNameOpeners
		// before the subject, its comma left out
		first, rest, ok := strings.Cut(sub, " ")
		if !ok || !nonNameOpeners[asciiLower(first)] || !upperAt(first, 0) {
			return "", false
		}
		k, sub = len(first), first+", "+rest
	}
	head, tail := sub[:k], sub[k+2:]
	first, _, _ := strings.Cut(head, " ")
	if !upperAt(first, 0) || !slices.Contains(relFrontedOpeners, asciiLower(first)) || yearWord.MatchString(head) {
		return "", false
	}
	switch tail {
	case "he", "He":
		return "He", true
	case "she", "She":
		return "She", true
	}
	if w := relUntitled(tail); w != "" && (!strings.ContainsAny(w, " ,") && upperAt(w, 0) || relParticleSurname(w) || relLowerParticle(w)) {
		return tail, true // ("This year, de la Fuente", "Now, Dr. Van Dyke")
	}
	return "", false
}

// mentionSchoolCues are the words a sentence that gives a person's
// medical school holds one of (the blocks without one are read only for
// who their sentences speak of).
var mentionSchoolCues = []string{"graduate", "alumn", "medical", "MD ", "M.D. ", "earned", "received", "attended",
	"studied", "school"}

// mentionModals are the words before a school's verb that make it a plan,
// a hope or a future, no fact ("hopes to graduate from", "will attend",
// "plans to study medicine at"), lower case.
var mentionModals = []string{"hope", "plan", "want", "will ", "would ", "intend", "aspire", "dream", "apply",
	"applie", " to "}

// personMention is one way a page refers to a resident: the full name, "Dr." and
// the surname, the surname alone (those two only when no other person on
// the page has the surname).
type personMention struct {
	form string
	k    int // the resident's index
}

// mentionSchools gives each resident with no school the medical school a
// sentence that mentions them names: the sentence's subject is the
// resident (a mention, after a dateline or a fronted phrase; "he" or "she"
// when the sentence before was about the resident and no other person
// came between), and what the sentence says of them is a graduate's noun
// ("is a graduate of X", "is one of the many X graduates", "A graduate of
// X, Dr. Rao has …") or a school's verb ("earned his MD from X",
// "returned to Jamaica for her medical studies at X") with no hope, plan
// or future before it. The sentences are read in page order, up to the
// last block that holds a school's word (mentionSchoolCues); nothing is
// read when every resident has a school.
func mentionSchools(d *doc, rs []imgfriendly.Resident) {
	need := false
	for _, r := range rs {
		need = need || r.School == "" && strings.Contains(r.Name, " ")
	}
	if !need {
		return
	}
	last := -1
	for i := range d.blocks {
		if containsOneOf(d.blocks[i].text, mentionSchoolCues...) {
			last = i
		}
	}
	if last < 0 {
		return
	}
	ms := mentionsOf(d, rs)
	if len(ms) == 0 {
		return
	}
	subj := -1 // the resident the last sentence spoke of
	var spans [][2]int
	for i := 0; i <= last; i++ {
		t := d.blocks[i].text
		cue := containsOneOf(t, mentionSchoolCues...)
		spans = sentenceSpansInto(spans[:0], t)
		for _, sp := range spans {
			k, lead, rest := mentionSubject(t[sp[0]:sp[1]], ms, subj)
			if k >= 0 && cue && rs[k].School == "" {
				school := ""
				if lead != "" {
					school = nounSchool(lead, asciiLower(lead))
				}
				if school == "" {
					school = predicateSchool(rest)
				}
				if school != "" {
					rs[k].School, rs[k].Country = splitCountry(cleanSchool(school))
				}
			}
			switch {
			case k >= 0:
				subj = k
			case k == -2:
				subj = -1
			}
		}
	}
}

// mentionsOf lists the ways the page may refer to each resident with a
// full name and no school.
func mentionsOf(d *doc, rs []imgfriendly.Resident) []personMention {
	var ms []personMention
	for k, r := range rs {
		if r.School != "" || !strings.Contains(r.Name, " ") {
			continue
		}
		ms = append(ms, personMention{r.Name, k}, personMention{"Dr. " + r.Name, k})
		surname := r.Name[strings.LastIndexByte(r.Name, ' ')+1:]
		if len(surname) < 3 || !upperAt(surname, 0) || notNameWords[asciiLower(surname)] || surnameShared(d, rs, r.Name, surname) {
			continue
		}
		ms = append(ms, personMention{"Dr. " + surname, k}, personMention{"Doctor " + surname, k}, personMention{surname, k})
	}
	return ms
}

// surnameShared reports another person on the page with the surname of
// name: another resident, or a capitalised word before the surname that is
// no word of name, no title and no sentence's opener ("Dr. Ana Roe, an
// attending" beside the resident Sam Roe).
func surnameShared(d *doc, rs []imgfriendly.Resident, name, surname string) bool {
	for _, r := range rs {
		if r.Name != name && strings.HasSuffix(r.Name, " "+surname) {
			return true
		}
	}
	for i := range d.blocks {
		t := d.blocks[i].text
		for from := 0; ; {
			k := strings.Index(t[from:], " "+surname)
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			if e := k + 1 + len(surname); e < len(t) && isWordByte(t[e]) {
				continue
			}
			j := strings.LastIndexByte(t[:k], ' ') + 1
			w := strings.Trim(t[j:k], "(\"“")
			if !upperAt(w, 0) || strings.HasSuffix(w, ".") || strings.HasSuffix(w, ",") || w == "Doctor" || w == "Dr" {
				continue
			}
			lw := asciiLower(w)
			if nonNameOpeners[lw] || slices.Contains(relFrontedOpeners, lw) || relPronouns[w] || strings.Contains(" "+name+" ", " "+w+" ") {
				continue
			}
			return true
		}
	}
	return false
}

// mentionSubject reads whom sentence s speaks of: the resident (k, an
// index of rs) a mention of whom is its subject, with the lead
// apposition before the mention ("A graduate of X" of "A graduate of X,
// Dr. Rao has …") and the text after the mention; k -2 when another
// person is the subject (a name or a doctor's title no mention knows); -1
// when no one is. "He" or "She" is subj, the resident the sentence before
// spoke of.
func mentionSubject(s string, ms []personMention, subj int) (k int, lead, rest string) {
	s = cutDateline(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "name: ")
	if strings.HasPrefix(s, "A ") || strings.HasPrefix(s, "An ") || strings.HasPrefix(s, "As a ") || strings.HasPrefix(s, "As an ") {
		c := strings.Index(s, ", ")
		if c < 0 {
			return -1, "", ""
		}
		lead = s[:c]
		// between the lead and the subject, the rest of the school's
		// name and titles only ("…, Grand Cayman, Dr. Rao has")
		for after := s[c+2:]; ; {
			k, rest := mentionAt(after, ms, subj)
			if k != -1 {
				return k, lead, rest
			}
			w, more, ok := strings.Cut(after, " ")
			if !ok || !upperAt(w, 0) || strings.HasPrefix(w, "Dr") {
				return -1, "", ""
			}
			after = more
		}
	}
	if first, _, _ := strings.Cut(s, " "); upperAt(first, 0) && slices.Contains(relFrontedOpeners, asciiLower(first)) {
		if c := strings.Index(s, ", "); c > 0 && !yearWord.MatchString(s[:c]) {
			if k, rest := mentionAt(s[c+2:], ms, subj); k != -1 {
				return k, "", rest
			}
		}
	}
	k, rest = mentionAt(s, ms, subj)
	return k, "", rest
}

// mentionAt reads the mention that opens s: the resident and the text
// after it; -2 when a name or a doctor's title of someone else opens s,
// -1 when nothing does.
func mentionAt(s string, ms []personMention, subj int) (int, string) {
	best, at := -1, 0
	for _, m := range ms {
		if len(m.form) > at && strings.HasPrefix(s, m.form) && (len(s) == len(m.form) || !isWordByte(s[len(m.form)])) {
			best, at = m.k, len(m.form)
		}
	}
	if best >= 0 {
		return best, s[at:]
	}
	for _, p := range [...]string{"He ", "She ", "he ", "she "} {
		if strings.HasPrefix(s, p) {
			return subj, s[len(p)-1:]
		}
	}
	if strings.HasPrefix(s, "Dr. ") || strings.HasPrefix(s, "Dr ") || strings.HasPrefix(s, "Drs. ") || strings.HasPrefix(s, "Doctor ") {
		return -2, ""
	}
	ws := strings.Fields(s[:min(len(s), 60)])
	n := 0
	for n < len(ws) && n < 3 && upperAt(ws[n], 0) && !strings.HasSuffix(ws[n], ",") {
		n++
	}
	if n < len(ws) && n < 3 && upperAt(ws[n], 0) {
		n++ // "Helen Price, MD": the comma after the name
	}
	if n >= 2 {
		if name, ok := personName(strings.Join(ws[:n], " ")); ok && !isSchoolLine(name) {
			return -2, ""
		}
	}
	return -1, ""
}

// predicateSchool reads the medical school the text after a mention of a
// resident gives them: past degrees, a class year ("MD '22") and a
// comma's aside (itself read: "Roe, a graduate of X, is …"), then a copula
// and a graduate's noun ("is only one of the many X graduates", "is a
// graduate of X") or a school's verb with no plan or hope before it
// ("earned his MD from X", "returned to Jamaica for her medical studies
// at X"); "" when it gives none.
func predicateSchool(rest string) string {
	for {
		rest = skipCredentials(rest)
		if n := classYearLen(rest); n > 0 {
			rest = rest[n:]
			continue
		}
		break
	}
	rest = strings.TrimLeft(rest, " ")
	if strings.HasPrefix(rest, ",") {
		rest = strings.TrimLeft(rest[1:], " ")
		if e := strings.IndexByte(rest, ','); e > 0 && mentionAside(rest) {
			if school := nounSchool(rest[:e], asciiLower(rest[:e])); school != "" {
				return school
			}
			rest = strings.TrimLeft(rest[e+1:], " ")
		}
	}
	low := asciiLower(rest)
	for _, cop := range [...]string{"is ", "was ", "has been "} {
		if strings.HasPrefix(low, cop) {
			return nounSchool(rest[len(cop):], low[len(cop):])
		}
	}
	if !containsOneOf(low, schoolSaidWords...) && !strings.Contains(low, "medical") {
		return ""
	}
	m := schoolSaid.FindStringSubmatchIndex(abbrevDotsMasked(rest)) // ("earned his MD from St. Luke's University …")
	if m == nil || containsOneOf(low[:m[0]], mentionModals...) {
		return ""
	}
	verb := low[m[0]:m[2]]
	school := schoolEnd(rest[m[2]:m[3]])
	if genericSchoolVerb(verb) && !medicalNamed.in(school) {
		return ""
	}
	return school
}

// mentionAside reports a comma's aside after a mention that says what
// else the person is, or where they come from, before the sentence's
// verb: "a graduate of X,", "who grew up in Ohio,", "the first in her
// family,".
func mentionAside(t string) bool {
	for _, o := range [...]string{"a ", "an ", "the ", "who ", "one of ", "originally ", "from "} {
		if strings.HasPrefix(t, o) {
			return true
		}
	}
	return false
}

// classYearLen is the length of a class year that opens t (after spaces
// and a comma): "'22", "’22", "MD '22" read by skipCredentials before it;
// 0 when none does.
func classYearLen(t string) int {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == ',') {
		i++
	}
	switch {
	case strings.HasPrefix(t[i:], "'"):
		i++
	case strings.HasPrefix(t[i:], "’"):
		i += len("’")
	default:
		return 0
	}
	if i+2 > len(t) || t[i] < '0' || t[i] > '9' || t[i+1] < '0' || t[i+1] > '9' || i+2 < len(t) && isWordByte(t[i+2]) {
		return 0
	}
	return i + 2
}

// quoteClosedStop is where the text after the last sentence's stop
// inside a closing quotation mark starts ('by name." This' → the index of
// "This"), or 0.
func quoteClosedStop(t string) int {
	best := 0
	for _, q := range [...]string{".\" ", "!\" ", "?\" ", ".” ", "!” ", "?” ", ".' ", ".’ "} {
		if k := strings.LastIndex(t, q); k >= 0 && k+len(q) > best {
			best = k + len(q)
		}
	}
	return best
}

// abbrevDotsMasked returns t with the dot of each abbreviation before a
// capitalised word ("St. Luke's", "Univ. of") made a space, so that an
// expression that ends a school's name at a full stop reads on; the
// offsets are t's.
func abbrevDotsMasked(t string) string {
	if !strings.Contains(t, ". ") {
		return t
	}
	var b []byte
	for from := 0; ; {
		k := strings.Index(t[from:], ". ")
		if k < 0 {
			break
		}
		k += from
		from = k + 2
		if !upperAt(t, k+2) {
			continue
		}
		j := strings.LastIndexByte(t[:k], ' ') + 1
		var wb [16]byte
		if k-j > len(wb) || !abbreviations[string(lowerInto(wb[:], t[j:k]))] {
			continue
		}
		if b == nil {
			b = []byte(t)
		}
		b[k] = ' '
	}
	if b == nil {
		return t
	}
	return string(b)
}
