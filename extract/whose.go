package extract

import (
	"slices"
	"strings"
)

// Whose rule a sentence states. The facts are the program's rules for the
// IMGs who apply to it; a sentence may name a visa, a graduation limit or US
// clinical experience in someone else's rule: a state board's licence, the
// rule of another regime (Selective Service, the J-1 waiver and its service
// obligation), an association's advocacy, a medical school's advice to its
// own students and graduates. The last three state no rule of the program
// at all (othersRule); a licence's rule gives no visa, graduation limit or
// US clinical experience (licensed), while scores and attempts keep their
// own reading of it (a state's attempt limit quoted by a program counts).

// othersRule reports that the part of the sentence around byte at of w.s
// (up to the semicolons on either side) states the rule of another regime,
// an advocacy or a school's advice (otherRuleWords): read marks its clauses
// as stating no rule of the program's, for every table.
func othersRule(w unionWords, at int) bool {
	low := w.s
	if w.find(otherRuleGate) == 0 {
		return false // (most sentences: none in the sentence, none in the part)
	}
	lo, hi := stretchAround(low, at)
	if (lo > 0 || hi < len(low)) && otherRuleGate.find(low[lo:hi], 1) == 0 {
		return false
	}
	part := " " + low[lo:hi] + " "
	for _, w := range otherRuleWords {
		if !strings.Contains(part, w) {
			continue
		}
		switch {
		case w == " students" || w == " student " || w == " student," || degreeCandidate(w):
			if schoolsStudents(part) {
				return true
			}
		case schoolWord(w):
			if !applyingHere(part) {
				return true
			}
		default:
			return true
		}
	}
	if advocacyToGovernment(part) {
		return true
	}
	for _, w := range afterTrainingWords {
		if strings.Contains(part, w) {
			return !programSubject(part)
		}
	}
	for _, w := range documentWords {
		if strings.Contains(part, w) {
			return showingWordIn(part) && !sponsorWordIn(part)
		}
	}
	return false
}

// showingWordIn reports a word that asks for documents to be shown
// ("bring", "present", "copies of", "due"): "J-1 holders receive their
// DS-2019" asks for none, and its J-1 holders are the program's.
func showingWordIn(part string) bool {
	for _, w := range []string{" bring", " present ", " copies", " copy of", " submit", " due ", " upload", " show "} {
		if strings.Contains(part, w) {
			return true
		}
	}
	return false
}

// documentWords name immigration documents and their forms: a visa named
// with them where documents are asked for is a document a resident shows
// ("present … J-1 visa documents (DS-2019), or H-1B visa documents
// (I-797)"), not a visa the program sponsors, unless a word of sponsorship
// stands beside them ("ECFMG sponsors the J-1 and issues the DS-2019"). A
// list of them under a lead-in that asks for documents is otherLead's.
var documentWords = []string{" ds-2019", " ds2019", " ds 2019", " i-797", " i-94", " i-20", " approval notice", " visa documents",
	" immigration documents", " original documents"}

// sponsorWordIn reports a verb of sponsoring or accepting a visa.
func sponsorWordIn(part string) bool {
	for _, w := range []string{" sponsor", " accept", " support", " welcome", " consider"} {
		if strings.Contains(part, w) {
			return true
		}
	}
	return false
}

// advocacyToGovernment reports a verb of advocacy addressed to a
// government ("The AMA urged the State Department to resume processing J-1
// visas", "called on the Administration to …"); a program that urges its
// applicants to have US clinical experience prefers it, and stays.
func advocacyToGovernment(part string) bool {
	verb := false
	for _, w := range []string{" urge", " calls on", " called on", " calls for", " called for", " petitioned", " lobb"} {
		if strings.Contains(part, w) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for _, w := range []string{" administration", " department of", " state department", " uscis", " dhs", " government", " senate",
		" federal", " secretary of", " white house", " embassies", " consulates"} {
		if strings.Contains(part, w) {
			return true
		}
	}
	return false
}

// afterTrainingWords speak of what a physician does after training (a
// waiver of the J-1's home residence, the visa after it): someone else's
// rule unless the program is the subject ("we sponsor J-1 visas and help
// with waivers" still sponsors).
var afterTrainingWords = []string{" waiver", " after training", " after residency", " following residency", " upon completion of training",
	" after completing residency", " after completion of residency"}

// programSubject reports the program (or its institution) named as a
// subject in a part of a sentence.
func programSubject(part string) bool {
	for _, w := range []string{" we ", " our program", " the program ", " this program", " our institution", " our hospital", " our residency",
		" the residency program", " our department"} {
		if strings.Contains(part, w) {
			return true
		}
	}
	return false
}

// schoolsStudents reports a part of a sentence whose subject is a medical
// school's own students — "students", "the student", "each student",
// "candidates for the MD degree" (who are the school's students, not a
// residency's candidates) — and no one else, and that says nothing of
// applying to this residency: "To sit for Step 1, the student must complete
// the basic science courses", "To graduate, students must pass Step 2 CK",
// "Candidates for the MD degree must pass Step 1". What a school asks of its
// students (to sit for an exam, to pass it, to graduate) is no rule of the
// residency; "Students applying to our program must have passed Step 1"
// (applyingHere) and "Candidates must have passed Step 1" (applicants) are.
func schoolsStudents(part string) bool {
	p := degreeCandidates.Replace(part)
	if !studentSubject(p) {
		return false
	}
	return studentsOnly(p) && !applyingHere(p)
}

// studentSubject reports a student named in a part of a sentence: the word
// "student" or "students" on its own, not a student visa or status.
func studentSubject(part string) bool {
	for i := 0; ; {
		k := strings.Index(part[i:], " student")
		if k < 0 {
			return false
		}
		rest := part[i+k+len(" student"):]
		rest = strings.TrimPrefix(rest, "s")
		if rest == "" || rest[0] == ' ' || rest[0] == ',' || rest[0] == '\'' || rest[0] == '.' {
			next, _, _ := strings.Cut(strings.TrimLeft(rest, " ,"), " ")
			switch next {
			case "visa", "visas", "status", "(f-1)", "f-1", "f1":
			default:
				return true
			}
		}
		i += k + len(" student")
	}
}

// degreeCandidateWords name a school's students as candidates for its
// degree; degreeCandidates turns them into "students", so that the
// candidate in them is no applicant of the residency's.
var degreeCandidateWords = []string{" candidates for the md degree", " candidates for the m.d. degree",
	" candidates for the doctor of medicine degree", " candidates for the do degree", " candidates for the d.o. degree",
	" candidates for the doctor of osteopathic medicine degree", " candidates for the medical degree", " candidates for graduation",
	" candidate for the md degree", " candidate for the doctor of medicine degree", " md degree candidates", " degree candidates",
	" md candidates", " m.d. candidates"}

var degreeCandidates = func() *strings.Replacer {
	var pairs []string
	for _, w := range degreeCandidateWords {
		pairs = append(pairs, w, " students")
	}
	return strings.NewReplacer(pairs...)
}()

// degreeCandidate reports one of degreeCandidateWords.
func degreeCandidate(w string) bool {
	return slices.Contains(degreeCandidateWords, w)
}

// studentsOnly reports a part of a sentence whose only people are students
// ("Students must pass Step 1 and Step 2 CK to be certified by ECFMG", "We
// recommend that students complete 12 weeks of US rotations"): a medical
// school's advice, or a visiting student's rule, not a rule for the
// graduates who apply to a residency.
func studentsOnly(part string) bool {
	for _, w := range applicantWords {
		if w == "graduate" {
			if graduateNamed(part) {
				return false
			}
			continue
		}
		if strings.Contains(part, w) {
			return false
		}
	}
	return true
}

// graduateNamed reports a graduate named as a person in a part of a
// sentence ("graduates", "a graduate", "medical graduate"), not the verb
// ("To graduate, students must …", "before they graduate", "graduated").
func graduateNamed(part string) bool {
	for i := 0; ; {
		k := strings.Index(part[i:], "graduate")
		if k < 0 {
			return false
		}
		at := i + k
		after := part[at+len("graduate"):]
		if strings.HasPrefix(after, "s") {
			return true
		}
		if !strings.HasPrefix(after, "d") {
			f := strings.Fields(part[:at])
			if len(f) > 0 {
				switch f[len(f)-1] {
				case "a", "an", "the", "medical", "recent", "international", "foreign", "our", "your", "img", "fmg", "school":
					return true
				}
			}
		}
		i = at + len("graduate")
	}
}

// schoolWord reports a word of otherRuleWords naming a school's own
// students or graduates.
func schoolWord(w string) bool {
	return strings.HasPrefix(w, " our ")
}

// applyingHere reports a part of a sentence about applying to this
// residency ("Our students must have passed Step 1 to apply to the
// residency"): a school's students who apply are applicants.
func applyingHere(part string) bool {
	for _, w := range []string{" apply", " applying", " applicant", " application", " candidate", " the residency", " our residency",
		" our program", " this program", " the program ", " interview", " be ranked", " eras "} {
		if strings.Contains(part, w) {
			return true
		}
	}
	// selection by the program: "Fourth-year students must have passed
	// Step 1 to be considered" (not "… to be considered for promotion")
	if _, after, ok := strings.Cut(part, " be considered"); ok {
		for _, w := range []string{" for promotion", " for graduation", " for advancement", " for the degree", " for the clerkship", " for clerkship"} {
			if strings.HasPrefix(after, w) {
				return false
			}
		}
		return true
	}
	return false
}

// applicantWords name the people a residency's rule is for.
var applicantWords = []string{"applicant", "candidate", "graduate", "resident", " img", " fmg", "physician", " you", "intern", "trainee",
	"fellow", " doctor", "seniors"}

// licensed reports a state licence named as the author or purpose of the
// rule at byte at of r.low (see licenceRule), in the part of the sentence
// no semicolon cuts off.
func licensed(r *reading, at int) bool {
	if !r.topics.has(tLicensure) {
		return false
	}
	lo, hi := stretchAround(r.low, at)
	return licenceRule(r, at, lo, hi)
}

// stretchAround returns the bounds of the part of low around at that no
// semicolon cuts.
func stretchAround(low string, at int) (int, int) {
	at = min(max(at, 0), len(low))
	lo, hi := strings.LastIndexByte(low[:at], ';')+1, len(low)
	if k := strings.IndexByte(low[at:], ';'); k >= 0 {
		hi = at + k
	}
	return lo, hi
}

// otherRuleWords mark a part of a sentence as someone else's rule (in the
// normalised text: "j1", "h1b", "usa"):
//   - another regime: Selective Service registration; the J-1 waiver's
//     service in an underserved area, the home-residence requirement, the
//     Conrad 30 program; physicians who completed their residency;
//   - advocacy: Congress, legislation, an association that opposes
//     something or urges a government (advocacyToGovernment);
//   - a medical school's own students and graduates ("our graduates need a
//     J-1 or H-1B visa to train in a US residency program"), and students
//     when no applicant or graduate is named beside them; unless the part
//     speaks of applying to this residency (applyingHere).
var otherRuleWords = append([]string{
	" selective service", " conrad ", " underserved area", " home residence", " home-residence", " home country residence",
	" two-year home", " 2-year home", " completed their residency", " completed residency", " completed their training on ",
	" congress", " legislation", " legislative ", " lawmakers", " urge congress", " opposes ", " advocacy ",
	" policymakers", " executive order", " proclamation ",
	" our students", " our medical students", " our graduates", " our alumni", " our grads",
	" students", " student ", " student,", // (when no applicant is named: schoolsStudents)
}, degreeCandidateWords...) // (the same)

// otherRuleGate finds the words of otherRuleWords without their spaces.
var otherRuleGate = func() *keywordSet {
	ws := make([]string, len(otherRuleWords))
	for i, w := range otherRuleWords {
		ws[i] = strings.TrimSpace(w)
	}
	for _, w := range afterTrainingWords {
		ws = append(ws, strings.TrimSpace(w))
	}
	for _, w := range documentWords {
		ws = append(ws, strings.TrimSpace(w))
	}
	ws = append(ws, "urge", "calls on", "called on", "calls for", "called for", "petitioned", "lobb")
	return newKeywordSet(ws)
}()

// licenceRule reports a state licence named, in low[lo:hi], as the author
// of the rule at byte at or before it ("To obtain a medical license in
// Texas, applicants must …", "The state medical board requires …"), or as
// its purpose anywhere ("… for a training permit", "… in order to be
// licensed").
func licenceRule(r *reading, at, lo, hi int) bool {
	for _, t := range r.toks {
		if t.e.kind != kTopic || topic(t.e.arg) != tLicensure || int(t.start) < lo || int(t.end) > hi {
			continue
		}
		if int(t.start) < at || purposeWord(t.e.text) {
			return true
		}
	}
	return false
}

// examRule matches a clause whose subject is the exam or the body that
// runs it, stating what it allows every examinee ("the USMLE allows at
// most four attempts per Step", "USMLE policy now permits …", "the NBME
// limits examinees to …", "per USMLE rules, …"), after a reminder or a
// concession that frames it ("Keep in mind that", "Although"): the
// exam's rule, not the program's limit. A state board's limit the program
// quotes is licenceRule's, and stays the program's.
var examRule = mustGate(`^\W*(?:(?:please )?(?:note|keep in mind|remember|be aware|bear in mind)(?: that)?,? |(?:although|though|while|since|as|because) )?`+
	`(?:(?:per|under|according to|by) (?:the )?(?:usmle|nbme|nbome|fsmb|comlex|comlex-usa)(?: \w+)? (?:policy|policies|rule|rules|regulations)\b|`+
	`(?:the )?(?:usmle|nbme|nbome|fsmb|comlex|comlex-usa)(?: program| programs| policy| policies| rules?| exams?| examination| board| secretariat)? (?:now |currently |only |also )?(?:allows|permits|limits|caps|restricts|sets|imposes|has set|has imposed|will allow|will not allow|does not allow)\b)`,
	"usmle", "nbme", "nbome", "fsmb", "comlex")

// examsOwnRule reports a clause of low that states the exam's own rule
// (examRule).
func examsOwnRule(low string, cl *clause) bool {
	c := low[cl.start:cl.end]
	return examRule.possible(c) && examRule.re.MatchString(strings.TrimLeft(c, " ,;"))
}
