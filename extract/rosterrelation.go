package extract

import (
	"regexp"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// Whatever reader found a resident, the clause that names them says more
// of them than the reader read: what they do ("Dr. Ana Ruiz, who directs
// the residency program" is a leader, however the sentence around her
// speaks of residents) and where they studied medicine ("Ben Ota, a
// neurosurgery resident from Denver who went to medical school at X": X is
// his school, and Denver is no school's country). relateClauses reads the
// name's own clause — the text after the name up to the next sentence end —
// for the two relations the readers share: a staff relation drops the
// person, a school relation gives the school. Both are rows of tables
// (staffVerbs; schoolSaid's verbs), read only in a resident's evidence: no
// page pays for them but the few sentences that named someone.

// staffVerbs are what a leader or a teacher does to a program, said of a
// person in a relative clause right after the name ("who directs", "who
// oversees").
// (Residents lead, run, teach and found things too, and one "heads to" a
// fellowship: those verbs are no one's office.)
var staffVerbs = newWordList("directs", "chairs", "oversees", "supervises", "coordinates")

// staffVerbAfterWho reports a staffVerbs verb right after the first "who"
// of low (lower case): "roe, who directs the program, …".
func staffVerbAfterWho(low string) bool {
	k := strings.Index(low, "who ")
	if k < 0 {
		return false
	}
	v, _, _ := strings.Cut(low[k+len("who "):], " ")
	return staffVerbs.in(strings.Trim(v, ",."))
}

// relateClauses drops the residents whose name's clause binds them to a
// staff role and gives the others the school their clause names.
func relateClauses(rs []imgfriendly.Resident) []imgfriendly.Resident {
	out := rs[:0]
	for _, r := range rs {
		clause := nameClause(r)
		if clause == "" {
			if r.School == "" {
				if lead := leadClause(r); lead != "" {
					r.School, r.Country = splitCountry(cleanSchool(nounSchool(lead, asciiLower(lead))))
				}
			}
			out = append(out, r)
			continue
		}
		if staffClause(clause) || pastSpanClause(clause) {
			continue
		}
		if r.School == "" {
			if school := clauseSchool(clause); school != "" {
				r.School, r.Country = splitCountry(cleanSchool(school))
			}
		}
		out = append(out, r)
	}
	return out
}

// nameClause is the text of r's evidence after its name (degrees and
// credentials skipped), up to the end of its sentence, or "" when the
// evidence does not name r, or names them with no apposition (a comma must
// follow the name and its degrees) or in a list ("A, and B …": the clause
// is no one's own). Most residents' evidence is a card's line or a list
// item: the name's next byte answers, and no expression runs.
func nameClause(r imgfriendly.Resident) string {
	t := r.Evidence.Text
	if r.Name == "" || len(t) <= len(r.Name)+2 {
		return ""
	}
	at := strings.Index(t, r.Name)
	if at < 0 {
		return ""
	}
	rest := skipCredentials(t[at+len(r.Name):])
	if rest == "" || rest[0] != ',' {
		return "" // "Ana Ruiz and Ben Ota …", "Ana Ruiz said …": no apposition of hers
	}
	rest = rest[1:]
	if e := strings.IndexAny(rest, ".;!?\n"); e >= 0 {
		rest = rest[:e]
	}
	rest = strings.TrimSpace(rest)
	if strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "or ") {
		return "" // "…, and faculty like Dr. X": the list goes on to others
	}
	return rest
}

// roleSpan is a span of years said of a role, with its "from" or
// "between": "from 2012 to 2015", "between 2012 and 2015".
var roleSpan = regexp.MustCompile(`\b(?:from (?:19|20)\d\d (?:to|until|through)|between (?:19|20)\d\d and) (?:19|20)\d\d\b`)

// pastSpanClause reports an apposition whose head gives a resident's role
// over a span of years ("a resident here from 2012 to 2015"): a residency
// of the past, its end told.
func pastSpanClause(clause string) bool {
	head, _, _ := strings.Cut(clause, ",")
	return (strings.Contains(head, " 19") || strings.Contains(head, " 20")) && residentRoleRE.MatchString(head) && roleSpan.MatchString(head)
}

// leadClause is the apposition that opens r's evidence before its name,
// set off by a comma ("A 2019 graduate of X, Dr. Ana Ruiz is …"): the
// text from the sentence's "A" or "An" to the comma, or "".
func leadClause(r imgfriendly.Resident) string {
	t := cutDateline(r.Evidence.Text) // "AKRON — A 2019 graduate of …"
	if r.Name == "" || !strings.HasPrefix(t, "A ") && !strings.HasPrefix(t, "An ") {
		return ""
	}
	at := strings.Index(t, r.Name)
	lead, titles, ok := strings.Cut(t[:max(at, 0)], ", ")
	if at < 0 || !ok || strings.ContainsAny(lead, ";!?") {
		return ""
	}
	for w := range strings.FieldsSeq(titles) {
		if !upperAt(w, 0) && !strings.HasPrefix(w, "(") {
			return "" // between the lead and the name, titles only ("Dr.", "Lt. Col. (Dr.)")
		}
	}
	return lead
}

// skipCredentials returns rest with the degrees and credentials that open
// it skipped (", MD, PhD", " M.D.", ", FACS"), up to the comma or other
// text after them: ", MD, who …" → ", who …".
func skipCredentials(rest string) string {
	for {
		k := 0
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		if k < len(rest) && rest[k] == ',' {
			k++
			for k < len(rest) && rest[k] == ' ' {
				k++
			}
		}
		e := k
		for e < len(rest) && rest[e] != ',' && rest[e] != ' ' && rest[e] != ';' {
			e++
		}
		tok := rest[k:e]
		if tok == "" || !credential(tok) {
			return strings.TrimLeft(rest, " ")
		}
		rest = rest[e:]
	}
}

// credential reports a degree or a credential in capitals ("MD", "M.D.",
// "PhD", "FACS"): two to six capital letters, dots between, or a degree
// isDegree knows in its own case.
func credential(tok string) bool {
	if isDegree(tok) && (isUpper(tok) || mixedDegrees[tok]) {
		return true
	}
	if t, ok := strings.CutSuffix(tok, "."); ok && mixedDegrees[t] && isDegree(t) {
		return true // "PhD." ending a sentence
	}
	n := 0
	for i := 0; i < len(tok); i++ {
		switch c := tok[i]; {
		case c >= 'A' && c <= 'Z':
			n++
		case c == '.':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// staffClause reports an apposition that binds the person to a staff
// role: "who directs the residency", "who leads the clinic" (a relative
// clause opening with a staff verb), or a staff role at the apposition's
// head before any resident's role ("the program director", "an associate
// professor who mentors residents"), the head written in lower case.
func staffClause(clause string) bool {
	low := asciiLower(clause)
	if strings.HasPrefix(low, "who ") {
		return staffVerbAfterWho(low)
	}
	if clause == "" || clause[0] < 'a' || clause[0] > 'z' {
		return false // "University of X Faculty of Medicine": a school's name, no role
	}
	head := roleHead(clause)
	if !staffRoleWords.in(head) {
		return false // (the usual apposition: no expression run)
	}
	head = ownHead(head)
	if k := residentRoleRE.FindStringIndex(head); k != nil {
		head = head[:k[0]]
	}
	return staffRoleWords.in(head)
}

// ownHead cuts the head where a preposition brings another person: "was
// joined on the board by the program director" names the director as
// someone else, the person's own words end before "by".
func ownHead(head string) string {
	ws := strings.Fields(head)
	for k, w := range ws {
		if k > 0 && otherPersonPreps[w] {
			return strings.Join(ws[:k], " ")
		}
	}
	return head
}

// otherPersonPreps bring another person into a clause after a name: "by",
// "with", "alongside" (the program director).
var otherPersonPreps = map[string]bool{"by": true, "with": true, "alongside": true, "beside": true}

// roleHead is the apposition's head: its words up to the first comma, "who"
// or capitalised word (the name of a school or a place, whose "Faculty of
// Medicine" or "Center" is no role of the person's), lower case.
func roleHead(clause string) string {
	head, _, _ := strings.Cut(clause, ",")
	ws := strings.Fields(head)
	for k, w := range ws {
		if w == "who" || k > 0 && w[0] >= 'A' && w[0] <= 'Z' {
			ws = ws[:k]
			break
		}
	}
	return asciiLower(strings.Join(ws, " "))
}

// schoolSaidWords are words every match of schoolSaid holds (lower case).
var schoolSaidWords = []string{"medical school", "med school", "program", "earned", "received", "obtained", "completed",
	"attended", "went to", "graduated from", "study", "studied", "medical training", "medical education",
	"medical studies", "medical degree"}

// clauseSchool returns the medical school the clause says the person
// studied at (schoolSaid: "who received her MD at X", "who went to medical
// school at X"), or "". A bare "attended X" or "graduated from X" names the
// medical school only when the clause says so ("medical school", "medical
// degree") or X has a medical school's words.
func clauseSchool(clause string) string {
	low := asciiLower(clause)
	if !containsOneOf(low, schoolSaidWords...) {
		return nounSchool(clause, low) // (schoolSaid holds one of them: no expression run)
	}
	m := schoolSaid.FindStringSubmatchIndex(clause)
	if m == nil {
		return nounSchool(clause, low)
	}
	verb := low[m[0]:m[2]]
	school := schoolEnd(clause[m[2]:m[3]])
	if genericSchoolVerb(verb) && !medicalNamed.in(school) {
		return ""
	}
	return school
}

// A story about a program's new residents marks each with a parenthesis
// that holds a doctor's degree and the specialty they train in: "Jane Doe
// (MD, Surgery) lost …", "For John Roe (MD, Internal Medicine), a trip …".
// The parenthesis binds the name to a physician of the specialty; the page,
// speaking of its residents in its opening (residentsNews), makes them
// residents. A faculty list marked the same way on a page that opens with
// no residents gives no one.

// degreeAsideDegrees open the parenthesis.
var degreeAsideDegrees = []string{"(MD, ", "(M.D., ", "(DO, ", "(D.O., ", "(MBBS, "}

// degreeAsideResidents reads "Name (MD, Specialty)" on a page about
// residents.
func degreeAsideResidents(d *doc, pageURL string) []imgfriendly.Resident {
	var out []imgfriendly.Resident
	news := int8(0) // residentsNews, asked once: 1 yes, 2 no
	for i := range d.blocks {
		b := &d.blocks[i]
		if b.role == roleRow || strings.IndexByte(b.text, '(') < 0 || !containsOneOf(b.text, degreeAsideDegrees...) {
			continue
		}
		if news == 0 {
			news = 2
			if residentsNews(d) {
				news = 1
			}
		}
		if news != 1 || outOfScope(d, i) {
			return out
		}
		for from := 0; ; {
			k := strings.IndexByte(b.text[from:], '(')
			if k < 0 {
				break
			}
			k += from
			from = k + 1
			end := strings.IndexByte(b.text[k:], ')')
			if end < 0 {
				break
			}
			name, ok := degreeAside(b.text[:k], b.text[k:k+end+1])
			if !ok {
				continue
			}
			out = append(out, imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{URL: pageURL, Text: sentenceAround(b.text, k, k+end+1), Selector: b.selector()}})
		}
	}
	return out
}

// degreeAside returns the name right before a parenthesis aside that holds
// a doctor's degree and a specialty ("(MD, Internal Medicine)"): the
// longest run of the last four words that personName takes, cut after a
// sentence's glued full stop ("summer.Jane Doe") or an opening word ("For
// John Roe").
func degreeAside(before, aside string) (string, bool) {
	deg, spec, ok := strings.Cut(strings.Trim(aside, "()"), ", ")
	if !ok || !isDegree(deg) || !trainingModifiers(spec) {
		return "", false
	}
	ws := strings.Fields(before)
	for n := min(4, len(ws)); n >= 2; n-- {
		cand := strings.Join(ws[len(ws)-n:], " ")
		cand = cand[gluedStop(cand):]
		if name, ok := personName(cand); ok && !isSchoolLine(cand) {
			return name, true
		}
	}
	return "", false
}

// gluedStop returns where the text after the last full stop glued to a
// capital starts ("summer.Jane" → the index of "J"), or 0.
func gluedStop(t string) int {
	for i := len(t) - 2; i > 0; i-- {
		if t[i] == '.' && t[i+1] >= 'A' && t[i+1] <= 'Z' && t[i-1] >= 'a' && t[i-1] <= 'z' {
			return i + 1
		}
	}
	return 0
}
