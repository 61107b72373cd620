package extract

import (
	"slices"
	"strings"
)

// The lexicon is every word the fact tables reason with, each filed under
// what it says: a topic (what a sentence is about), a cue of polarity,
// modality, exclusivity or condition, a relation or unit of a quantity, an
// anchor in time. It is data: a new phrasing is usually a new entry here,
// and no rule names a word of its own. Entries are written in normalised
// form (see norm: lower case, "h1b", "j1", "step1", "usa", digits for
// number words). A leading or trailing "*" lets the word run on into a
// longer one on that side ("prefer*" is also "preferred", "*j1" is also
// "forj1"); otherwise the word must stand alone. Where entries overlap in a
// text the longest wins, so "no more than" is a relation, not a negation.

// kind is what a lexicon entry says.
type kind uint8

const (
	kNone        kind = iota // a phrase that absorbs its words and says nothing ("seeking to apply")
	kTopic                   // arg: the topic
	kNeg                     // negation
	kHard                    // requirement: must, required, minimum
	kSoft                    // preference: prefer, recommend, competitive
	kStats                   // description of residents or applicants: average, most of our
	kExclusion               // the applicant is turned away: will not be considered
	kExcl                    // exclusivity: only, exclusively
	kCond                    // a condition follows: if, case by case
	kRel                     // arg: relation of the number after (or before) it
	kUnit                    // arg: unit of the number before it
	kAnchor                  // arg: a moment (application, interview, rank list, match, training start)
	kOrdinal                 // arg: first = 1, second = 2 …
	kPass                    // pass, passed, passing
	kLimit                   // cutoff, limit, maximum: what "no …" denies
	kVerb                    // a visa predicate: sponsor, accept, offer
	kOther                   // another kind of visa than J-1/H-1B: tn, dependent, f-1
	kBreak                   // ends a negation's reach: to apply, who, need
	kAsk                     // which, what type (a question asking for a list)
	kFirstPerson             // i, my (a hypothetical question)
	kBoth                    // both (refers back to the visas just named)
	kException               // exception: the rest is an exception to a rule
	kObsVerb                 // what an observership may do: count, qualify, be accepted
	kEligible                // eligible (a possibility, not a requirement)
	kRecent                  // recent, recency (a question about how recent, not whether)
	kComplement              // other, all other: the visas a sentence does not name
	kAbout                   // information on, questions about: what follows is a subject, not a statement
	kMeans                   // can be shown by: what follows is one way to meet what is asked (a preference)
)

// topic is what a word is about.
type topic uint8

const (
	tNone         topic = iota
	tJ1                 // the J-1 visa
	tH1B                // the H-1B visa
	tVisa               // visas in general, visa sponsorship
	tStatus             // citizenship, permanent residency, work authorisation
	tGrad               // graduation from medical school
	tStep1              // USMLE Step 1
	tStep2CK            // USMLE Step 2 CK
	tStep2CS            // USMLE Step 2 CS, COMLEX Level 2 PE
	tStep3              // USMLE Step 3
	tLevel1             // COMLEX Level 1
	tLevel2             // COMLEX Level 2 CE
	tUSMLE              // USMLE without a step: stands for Steps 1 and 2 CK
	tCOMLEX             // COMLEX without a level: stands for Level 2
	tAllSteps           // all steps, each step, both steps
	tScore              // score(s)
	tAttempt            // attempt, try, sitting, times taken
	tFailure            // failure, fail
	tExperience         // clinical experience, rotations, patient care
	tUSA                // the United States (as a place)
	tUSCE               // "USCE" itself
	tObservership       // observership, shadowing
	tECFMG              // ECFMG
	tCertified          // certified, certification, certificate
	tClinicalGap        // time away from clinical practice
	tLetters            // letters of recommendation: their numbers and ages are theirs
	tTestAge            // how old an exam result may be
	tTraining           // a residency year (PGY-1, graduate medical education): not USCE
	tResidents          // our residents, positions: counts that are not rules
	tResearch           // research: research in the US is not clinical experience
	tStudy              // "of (formal) training / medical education": after a length, schooling (see studiedInUSA)
	tLicensure          // a medical licence as the purpose of a rule: the state board's rule, not the program's
	tRepeat             // repeated, repeating: a retake where an exam is named (see examRepeated), else nothing
	numTopics
)

// Relations of a quantity to what it bounds.
const (
	relNone   uint8 = iota
	relMin          // at least, or higher: a lower bound
	relGT           // more than, greater than: a strict lower bound
	relMax          // no more than, within, or less: an upper bound
	relWindow       // in the last, within the past: an upper bound on how long ago
	relSince        // on or after, or later (of a calendar year)
	relAfter        // after (of a calendar year): the next year on, unless a date says otherwise
	relIn           // in N attempts: at most N
	relBy           // by the second try: at most that
	relApprox       // mid-, approximately: no bound
	relBefore       // before, prior to (of a calendar year): the years before it are turned away
)

// Units of a quantity.
const (
	unitNone uint8 = iota
	unitYear
	unitMonth
	unitWeek
	unitAttempt
	unitFailure
	unitTimes
	unitPercent
	unitPercentile
	unitOld // "years old": the age of a letter or result
	unitAgo // "years ago"
)

// Anchors: the moment a deadline or a count of years is measured to.
const (
	ancNone uint8 = iota
	ancApplication
	ancInterview
	ancRankList
	ancMatch
	ancTrainingStart
)

var anchorNames = [...]string{"", "application", "interview", "rank_list", "match", "training_start"}

// entry is one lexicon word.
type entry struct {
	text  string
	kind  kind
	arg   uint8
	left  bool // must start a word
	right bool // must end a word
}

// words files texts under one kind and argument.
func words(k kind, arg uint8, texts ...string) []entry {
	out := make([]entry, 0, len(texts))
	for _, t := range texts {
		e := entry{kind: k, arg: arg, left: true, right: true}
		if strings.HasPrefix(t, "*") {
			t, e.left = t[1:], false
		}
		if strings.HasSuffix(t, "*") {
			t, e.right = t[:len(t)-1], false
		}
		e.text = t
		out = append(out, e)
	}
	return out
}

func topicWords(t topic, texts ...string) []entry { return words(kTopic, uint8(t), texts...) }

// phrases returns every phrase made of one word of each part, in order.
func phrases(parts ...[]string) []string {
	out := []string{""}
	for _, p := range parts {
		var next []string
		for _, a := range out {
			for _, w := range p {
				next = append(next, strings.TrimSpace(a+" "+w))
			}
		}
		out = next
	}
	return out
}

// lexicon is every entry, grouped by what it says.
var lexicon = slices.Concat(
	// Visas. Markup glues visa names to their neighbours ("forJ-1 Visastatus"),
	// so they need no word boundary; the ECFMG sponsors J visas only.
	topicWords(tJ1, "*j1*", "ecfmg sponsored visa*", "ecfmg-sponsored visa*", "exchange visitor visa*",
		// the J-1 named by its holders: "accepts exchange visitors sponsored through ECFMG"
		"exchange visitor", "exchange visitors", "exchange visitor physician*",
		"j1 visa", "j1 visas", "j1 status", "j1 sponsorship", "j visa", "j visas", "j-visa", "j-visas", "j type visa*"),
	topicWords(tH1B, "*h1b*", "h1b visa", "h1b visas", "h1b status", "h1b sponsorship",
		// the H visa category: "does not sponsor residents for "H" type visas"
		"h type visa*", "\"h\" type visa*", "'h' type visa*", "h-type visa*", "h visa", "h visas", "h category visa*"),
	// a waiver of the J-1's home-residence rule is no visa: "file for a J-1
	// waiver"; nor is the name of the ECFMG's program, whose other
	// categories (researchers) a rule may be about
	words(kNone, 0, "j1 waiver", "j1 waivers", "j1 visa waiver", "j1 visa waivers", "exchange visitor program*",
		"exchange visitor sponsorship program*"),
	// the subject of information offered, not a statement: "information on J-1 eligibility"
	words(kAbout, 0, phrases([]string{"information", "info", "details", "questions", "learn more", "read more", "find out more"},
		[]string{"on", "about", "regarding", "concerning"})...),
	topicWords(tVisa, "visa", "visas", "visa's", "visa*", "visa sponsorship", "sponsorship", "immigration visas"),
	// a J-1 of another category than the clinical one is another kind of
	// visa: "J-1 research visas are not accepted", "J-1 scholars"
	words(kOther, 0, "j1 research*", "research j1*", "j1 scholar*", "j1 researcher*", "j1 student*", "j1 professor*",
		"j1 non-clinical", "j1 nonclinical", "non-clinical j1*", "nonclinical j1*"),
	words(kOther, 0, "tn", "tn visa", "f1", "f-1", "f1 visa", "f-1 visa", "j2", "j-2", "h4", "h-4", "o-1", "e-3", "dependent",
		"dependent visas", "spousal", "non-immigrant", "nonimmigrant", "tourist", "visitor visa", "student visa", "opt",
		"permanent resident visa", "permanent resident visas", "permanent residency visa*", "immigrant visa", "immigrant visas"),
	words(kComplement, 0, "other", "all other", "any other", "other types of", "all other types of"),
	// the federal agency (USCIS) is no status: "approved by U.S. Citizenship
	// and Immigration Services"
	words(kNone, 0, "citizenship and immigration*", "citizenship & immigration*", "citizenship and immigrations*"),
	// a country named by its tie to the applicant is no status asked of
	// them: "a statement of need from the country of last legal permanent
	// residence", "the ministry of health of your country of citizenship"
	words(kNone, 0, "country of citizenship", "countries of citizenship", "country of residence", "country of permanent residence",
		"country of legal permanent residence", "country of last permanent residence", "country of last legal permanent residence",
		"country of lawful permanent residence", "country of last lawful permanent residence"),
	topicWords(tStatus, "citizen", "citizens", "citizenship", "permanent resident", "permanent residents", "permanent residency",
		"permanent residence", "permanent resident status", "lawful permanent resident*", "green card*", "resident alien*",
		"ead", "employment authorization*", "work authorization", "work permit*", "authorized to work", "authorization to work", "pr card",
		"permanent visa", "permanent immigrant visa", "legally authorized", "without sponsorship", "without visa sponsorship",
		"lawfully employable"),
	words(kVerb, 0, "sponsor*", "accept*", "support*", "offer*", "consider*", "welcome*", "available", "process*",
		"visa sponsorship", "file", "filed", "allow*", "obtain*", "utilize*", "placed on", "apply for", "apply through", "hold*", "holder*",
		"recogniz*", "take", "takes", "review", "reviews", "reviewed", "routine", "train on", "eligible for", "have a", "on a", "are on", "options", "option",
		"permitted", "open to",
		// the program as the one that provides it: "we provide either a J1 or an H1B visa"
		"we provide", "we will provide", "we can provide", "we do provide", "we also provide", "program provides",
		"program will provide", "program can provide", "hospital provides", "institution provides", "we currently provide"),
	words(kBoth, 0, "both"),

	// Graduation. "Graduates of" and "medical graduates" name people, not a
	// time since graduation; "graduate medical education" is residency.
	topicWords(tGrad, "graduat*", "grad", "grads", "yog", "year of graduation", "out of medical school", "out of school",
		"since medical school", "from medical school", "medical school completion", "completed medical school",
		"completion of medical school", "finished medical school", "md degree", "m.d. degree", "medical degree",
		"graduating from medical school", "graduating medical school", "graduating from school",
		// the degree a graduate holds, dated: "an MD or DO degree within five years of applying"
		"md or do", "m.d. or d.o.", "md/do", "md or do degree", "do degree", "md/do degree",
		// the degree named in full, or abroad: "received the degree of Doctor of
		// Medicine or its equivalent within the past 5 years"
		"degree of doctor of medicine", "doctor of medicine degree", "medical diploma", "mbbs", "mbbs degree", "m.b.b.s.",
		// the medical course completed: "completion of the (prescribed) course
		// of study at an accredited medical school in the past 5 years"
		"completion of a course of study", "completion of the course of study", "completion of prescribed course of study",
		"completion of the prescribed course of study", "completed a course of study", "completed the course of study"),
	words(kNone, 0, "graduates of our", "graduate of our", "medical graduate*", "international graduate*",
		"foreign graduate*", "usa graduate*", "school graduates", "graduate medical education", "graduating resident*", "graduating intern*", "graduating physician*",
		"graduating class", "graduating classes", "graduating seniors", "graduating students", "graduating medical students",
		"graduating chief*", "graduating fellows", "graduate students", "graduate school", "our graduates", "our grads", "our recent grads", "our recent graduates", "img graduates", "imgi graduates",
		"graduates have", "seeking to apply", "post graduate", "post-graduate"),

	// Exams, scores, attempts.
	topicWords(tStep1, "step1"),
	topicWords(tStep2CK, "step2ck"),
	topicWords(tStep2CS, "step2cs", "clinical skills", "clinic skills", "level2pe", "cs exam", "csa exam", "csa", "cs", "step2cs pass", "2cs"),
	topicWords(tStep3, "step3"),
	topicWords(tLevel1, "level1"),
	topicWords(tLevel2, "level2"),
	topicWords(tUSMLE, "usmle", "usmles", "usmle's", "usmel", "usmile", "boards", "board scores", "board score", "board examination", "usmle exams",
		"licensing exams", "licensing examinations", "medical licensing exam", "medical licensing exams",
		"medical licensing examination", "medical licensing examinations", "test scores", "exam scores", "examination scores"),
	topicWords(tCOMLEX, "comlex", "comlexes", "comlex's", "comlex-usa"),
	topicWords(tAllSteps, "all usmle steps", "all steps", "every step", "every usmle step", "each usmle step", "all the steps", "all the above usmle steps", "each step", "both steps",
		"each of the usmle", "all usmle", "all usmles", "all exams", "all licensing exam*", "any step", "any single",
		"all the usmle", "usmle/comlex exams", "usmle/comlex exam", "usmle/complex exams", "usmle or comlex exams"),
	topicWords(tScore, "score", "scores", "scored", "scoring"),
	topicWords(tAttempt, "attempt", "attempts", "try", "tries", "sitting", "sittings",
		// "a three-strike rule": out at the third failed attempt
		"strike", "strikes"),
	topicWords(tFailure, "failure", "failures", "fail", "fails", "failed", "failing", "non-passing", "failed attempt", "failed attempts",
		// a repeat is a failure before it: "no repeat attempts are accepted"
		"repeat attempt", "repeat attempts", "repeated attempts", "multiple attempts", "retake", "retakes", "re-take", "re-takes",
		// an attempt that did not pass is a failure: "two unsuccessful attempts"
		"unsuccessful attempt", "unsuccessful attempts", "unsuccessful try", "unsuccessful tries",
		// an exam taken again follows a failure, and a count of retakes is
		// one of failures: "not retaken any step more than once" is one
		// retake at most, two attempts
		"retaken", "retook", "retaking", "re-taken", "re-took", "re-taking", "resat", "re-sat", "resit", "resits", "re-sit"),
	// a verb of repeating is a retake only of an exam ("repeated Step 1
	// more than once"); a repeated year or course is none (examRepeated)
	topicWords(tRepeat, "repeat", "repeats", "repeated", "repeating"),
	words(kPass, 0, "pass", "passed", "passing", "passes", "passage", "successful completion", "successfully completed",
		"successfully passed", "successfully complete",
		// a pass in other words: "satisfactory completion of Step 1"
		"satisfactory completion", "satisfactorily completed", "satisfactorily complete", "satisfactory performance"),
	words(kNone, 0, "interview season", "interview day", "interview dates", "interview date", "interview process",
		"interview schedule"),
	// idioms whose pass word passes no exam: "a rite of passage"
	words(kNone, 0, "rite of passage", "rites of passage", "passage of time", "passed away", "passing away", "in passing"),
	words(kNone, 0, "pass rate", "pass rates", "pass/fail", "pass-fail", "pass or fail", "pass/no pass", "passing rate",
		"board certification", "board certified", "board eligible", "board review"),
	words(kOrdinal, 1, "first", "1st", "single", "one-time", "initial"),
	words(kOrdinal, 2, "second", "2nd"),
	words(kOrdinal, 3, "third", "3rd"),
	words(kOrdinal, 4, "fourth", "4th"),

	// advice against a failure is no rule on failures: "do not risk failure
	// just to meet the deadline"
	words(kNone, 0, phrases([]string{"risk", "risking", "avoid", "avoiding", "to prevent"}, []string{"", "a", "an"},
		[]string{"failure", "failing", "failed attempt", "failed attempts", "fail"})...),

	// US clinical experience: experience in the United States.
	topicWords(tUSCE, "usce", "usce's"),
	topicWords(tExperience, "experience", "experiences", "clinical activities", "clinical activity", "rotation", "rotations",
		"patient care", "patient experience", "hands-on", "hands on", "externship", "externships", "clerkship", "clerkships",
		"clinical work", "clinical service", "clinical training", "clinical exposure", "sub-internship*",
		// contact with medicine there: "six months of contact with U.S. medicine", "exposure to the US health system"
		"contact with", "patient contact", "clinical contact", "exposure to",
		// practice as a physician: "engaged in clinical practice within the past 2 years"
		"clinical practice", "clinically active", "clinical medicine", "medical practice", "practice of medicine",
		"practicing medicine", "practiced medicine"),
	topicWords(tUSA, "usa", "american", "in this country"),
	// research is not clinical work: "research experience in the US" names
	// no clinical experience, unless clinical work is coordinated with it
	topicWords(tResearch, "research", "research experience", "research experiences"),
	// a length of schooling or training: "one year of formal medical
	// education", "six months of training" (in the US, clinical experience)
	topicWords(tStudy, phrases([]string{"of"}, []string{"", "formal", "prior", "previous", "supervised", "practical", "full-time", "structured"},
		[]string{"medical education", "clinical education", "education", "training"})...),
	topicWords(tExperience, "clinical or research experience*", "clinical and research experience*",
		"clinical and/or research experience*", "clinical/research experience*"),
	topicWords(tObservership, "observership", "observerships", "observorship*", "shadowing"),
	// another program (see aboutOtherProgram): whom it admits is no rule of the residency's
	topicWords(tObservership, phrases([]string{"observership", "observer", "externship", "visiting student", "shadowing"},
		[]string{"program", "programs", "programme"})...),
	words(kObsVerb, 0, "count", "counts", "counted", "qualify", "qualifies", "satisfy", "satisfies", "meet", "meets",
		"accepted", "acceptable", "accept", "accepts", "considered", "consider", "include", "includes", "fall into", "substitute", "valid", "sufficient"),
	topicWords(tTraining, "pgy-1", "pgy1", "pgy 1", "pgy-i", "residency training", "postgraduate year",
		"graduate medical education", "acgme-accredited program", "acgme-approved residency", "acgme accredited program",
		"acgme program", "acgme programs", "acgme-approved program", "acgme approved program", "accredited usa program",
		"accredited usa residency", "accredited residency program",
		"clinical base year",
		// a residency year by its kind: "we require a preliminary year at a US institution"
		"preliminary year", "prelim year", "transitional year", "internship year", "intern year", "residency year"),

	// ECFMG certification.
	topicWords(tECFMG, "ecfmg", "educational commission for foreign medical graduates"),
	topicWords(tCertified, "certified", "certification", "certificate", "certify"),

	// A state licence as the purpose or the author of a rule ("to be eligible
	// for licensure in Texas, you must pass …", "state licensure requires"):
	// the board's requirement, which a program may quote.
	topicWords(tLicensure, phrases([]string{"to be eligible for", "to become", "to be", "to obtain", "in order to obtain",
		"in order to become", "in order to be", "to qualify for", "to receive", "to get", "eligibility for", "in order to receive"},
		[]string{"licensure", "licensed", "a license", "a licence", "a medical license", "a medical licence", "medical licensure",
			"full licensure", "a full license", "state licensure", "a licensed physician", "fully licensed", "a permanent license",
			"a training license", "a training licence", "a training permit", "a resident license", "a resident permit"})...),
	// … or another exam as the purpose: "you must have passed Steps 1 and 2
	// in order to apply for Step 3" (what the licensing exam asks first)
	topicWords(tLicensure, phrases([]string{"to apply for", "in order to apply for", "to take", "in order to take", "to sit for",
		"to register for", "before taking", "before you can take", "before you can register for", "before registering for",
		"prior to taking", "before sitting for", "eligible to take", "eligible to sit for"}, []string{"step3", "usmle step3"})...),
	// … or the exam sat for, whatever the step: "to sit for Step 1, the
	// basic science courses must be passed" (what the school or the exam
	// asks before it, not a pass of it)
	topicWords(tLicensure, phrases([]string{"to sit for", "in order to sit for", "before sitting for", "prior to sitting for",
		"eligible to sit for", "before a student may sit for", "before students may sit for"},
		[]string{"step1", "usmle step1", "step2ck", "usmle step2ck", "level1", "comlex level1", "level2", "comlex level2",
			"the usmle", "usmle", "the comlex", "comlex"})...),
	topicWords(tLicensure, "licensure requires", "state licensure requires", "licensing board requires", "medical board requires",
		"the state requires", "state board requires", "board of medicine requires", "for a training permit", "for a training license",
		"state law requires", "for licensure", "for medical licensure", "for state licensure", "licensure in"),

	// Time away from clinical work.
	topicWords(tClinicalGap, "away from clinical*", "away from medical practice", "away from medicine", "away from direct clinical*",
		"away from patient care", "out of clinical*", "out of clinical practice", "out of clinical medicine", "out of practice",
		"away from clinical practice", "away from clinical medicine", "since your last clinical", "last clinical",
		"clinical inactivity", "gap in clinical*", "not clinically active"),

	// Distractor topics: numbers that belong to them are not rules.
	topicWords(tLetters, "letter", "letters", "lor", "lors", "recommendation", "recommendations", "mspe", "letter of recommendation",
		"letters of recommendation", "recommendation letter", "recommendation letters", "letters of reference", "reference letters"),
	topicWords(tTestAge, "time test was taken", "test was taken", "exams must be completed", "all exams must be completed",
		"licensing examination steps", "exam window"),
	topicWords(tResidents, "residents", "positions", "interns", "applicants per", "applications", "imgs", "spots", "slots"),

	// Polarity.
	words(kNeg, 0, "not", "no", "never", "neither", "nor", "none", "cannot", "can not", "unable", "no longer", "without",
		"lacking", "who lack", "that lack", // "applicants lacking US clinical experience will not be considered"
		"*n't", "nope", "unfortunately not", "not at this time"),
	words(kNone, 0, "not only", "not limited to", "not just", "no later than",
		"not later than", "no sooner than", "not sure", "note", "no need to call", "notwithstanding"),

	// Modality.
	words(kHard, 1, "only those", "only applicants", "only candidates", "must", "required", "require", "requires", "requiring", "mandatory", "need", "needs", "needed", "have to",
		"has to", "essential", "necessary", "should", "expect", "expected", "expects", "mandates", "expect that"),
	words(kHard, 0, "requirement", "requirements", "minimum", "minimums", "min", "at least", ">=", "≥",
		// the bound's phrase, which covers its "minimum": "Minimum of three months of USCE."
		"minimum of", "a minimum of",
		"criteria", "criterion", "prerequisite*", "only accept*",
		"only consider*", "only interview", "no exceptions", "cutoff", "cut-off", "cut off", "cutoffs", "cut-offs", "threshold", "strict",
		"qualifications"),
	// criteria said to include items ask for them, as "criteria" alone does
	// ("Selection criteria include:" is "Selection criteria:"); criteria or
	// factors said to be considered or weighed name what selection weighs, a
	// preference that asks for no degree ("criteria considered include
	// letters and performance on the USMLE", "the factors we weigh are …";
	// as a list's lead-in, mWeighs: see modalityOf)
	words(kSoft, 0, phrases([]string{"criteria", "criterion", "factors", "selection factors"}, []string{
		"considered include", "considered in selection include", "considered in the selection include",
		"are considered including", "are considered, including", "considered, including", "are weighed", "weighed", "we weigh",
		"we weigh are", "we consider are", "we consider include", "we weigh include", "we consider"})...),
	words(kSoft, 0, phrases([]string{"factors", "selection factors"}, []string{"include", "includes", "including", "such as"})...),
	// what is looked for in the application itself names its contents, not a
	// preference: "we look for the following information in your application:"
	words(kNone, 0, phrases([]string{"look for", "looks for", "looking for", "also look for"},
		[]string{"the following information in", "the following items in", "the following documents in",
			"the following materials in", "the following in"})...),
	// an interview or position given only to those who have something asks
	// for it: "interviews are offered only to applicants with passing scores"
	words(kHard, 0, phrases([]string{"offered", "extended", "granted", "given"}, []string{"only to"},
		[]string{"applicants", "candidates", "those", "individuals"})...),
	// "the program considers only …", "we interview only …"
	words(kHard, 0, phrases([]string{"consider", "considers", "accept", "accepts", "interview", "interviews", "review", "reviews",
		"rank", "ranks", "invite", "invites", "admit", "admits"}, []string{"only"})...),
	// qualifications a lead-in prefers are no requirements: "Preferred
	// qualifications:", "Recommended qualifications:"
	words(kSoft, 0, "preferred qualifications", "recommended qualifications", "desired qualifications", "desirable qualifications",
		"preferred qualification", "recommended qualification", "desired qualification", "preferred criteria", "recommended criteria"),
	words(kSoft, 0, "prefer*", "recommend*", "encourag*", "urge", "urges", "urged", "urging", "ideal", "ideally", "desirable", "desired", "advantage*", "asset",
		"favor*", "favour*", "priority", "prioritiz*", "prioritis*", "to be competitive", "more competitive", "less competitive", "competitive applicant*",
		"competitive candidate*", "competitive usmle", "competitive scores", "be competitive", "strongly consider*",
		"less likely", "more likely", "unlikely", "rarely", "highly regarded", "attribute", "seek", "we seek", "look for",
		"looks for", "looking for", "suggest*", "weighted", "plus", "bonus", "beneficial", "strengthen*",
		"higher scores", "desirability", "is a plus", "preference", "preferences", "will be given preference",
		"like to see", "after considering", "looked upon favorably", "looked upon highly", "viewed favorably", "look favorably", "valued",
		// what helps an application: "helpful but not required", "we highly value US clinical experience"
		"helpful", "is helpful", "very helpful", "we value", "highly value", "highly values", "greatly value*",
		// advice is a preference, as a recommendation is: "not required but highly
		// advised", "advisable", "applicants are advised to have …"; advice to do
		// something else ("advised to apply early") or that something holds
		// ("advised that … is required") is none
		"advisable", "highly advised", "strongly advised", "is advised", "but advised", "advised to have", "advised to obtain",
		"advised to complete", "advised to gain", "advised to get"),
	// a word of quality ("an optimal score is 220", "a competitive score
	// is 230 or above"): a preference where no modal verb requires (arg 1)
	words(kSoft, 1, "optimal", "competitive"),
	// the applicants a program calls strong or ideal: what they have is
	// preferred, not required ("Strong applicants will have: …")
	words(kSoft, 0, "strong applicants", "strong candidates", "ideal applicants", "ideal candidates", "ideal applicant",
		"ideal candidate", "competitive applicants", "competitive candidates", "strongest applicants", "strongest candidates"),
	words(kStats, 0, "average", "averages", "averaged", "mean", "median", "typical", "typically", "usually", "generally",
		"most of our", "majority",
		"matched applicants",
		"matched residents", "successful applicants", "most successful", "historically", "last year", "in the last few years",
		"range", "interviewed applicants", "applicants we interview", "most of our applicants", "most applicants",
		"have been most successful", "the majority of", "most residents", "virtually all", "nearly all", "almost all",
		"applicants offered an interview", "applicants invited to interview", "candidates invited to interview",
		"percent of", "% of", "percentage of", // "93 percent of our graduates …": a share of a group, described
		"statistics", "class profile"), // "Class of 2026 statistics", "Class profile": figures of a class
	// a quantifier standing for a group as the subject ("Most of them
	// graduated within the last five years", "Many are recent graduates",
	// "several of whom …"): a share of the people named before or asked
	// about, described, as "most of our residents" is; a rule is asked of
	// every applicant, never of most of them
	words(kStats, 0, phrases([]string{"most", "many", "several", "the majority", "a majority"}, []string{"of them", "of whom", "of these"})...),
	words(kStats, 0, phrases([]string{"most", "many"}, []string{"are", "were", "have", "had", "graduated", "came", "come", "finished", "completed"})...),
	// a group named as a subject (arg 1): a description unless a verb of
	// requirement governs the clause ("our residents averaged 240" tells;
	// "our applicants must have graduated within 3 years" asks)
	words(kStats, 1, "our residents", "our current residents", "current residents", "our applicants", "our interns",
		// the same group in a question to the program: "What are your
		// residents like?" (see readQuestion)
		"your residents", "your current residents", "your interns", "your current interns"),
	words(kExclusion, 0, "will not be considered", "not be considered", "not considered", "are not eligible", "not eligible",
		"ineligible", "will not interview", "cannot interview", "cannot be interviewed", "cannot be considered",
		"can not be considered", "not be invited", "will not be invited", "cannot be invited", "not be interviewed", "will not be interviewed",
		"will not issue", "cannot be licensed", "will not license", "not license", "cannot license", "not be reviewed", "will not be reviewed", "disqualif*", "are not accepted",
		"will not be accepted", "not be accepted", "excluded", "will not consider", "do not consider",
		"does not consider", "not consider", "not sufficient", "are not sufficient",
		// applicants told not to apply: "please do not apply if you need an H visa"
		"do not apply if", "don't apply if", "not to apply", "do not submit an application", "do not submit your application",
		"please do not submit",
		"not be granted an interview", "not be offered an interview", "not receive an interview", "not be granted interviews",
		"not be offered interviews", "not be selected for interview*", "are not invited", "not invited to interview",
		"should not apply", "need not apply", "please do not apply",
		// left off the rank list: "applicants who need an H-1B will not be ranked"
		"will not be ranked", "not be ranked", "cannot be ranked", "are not ranked",
		// refused as unacceptable: "failed attempts are not acceptable"
		"not acceptable", "are not acceptable", "is not acceptable", "unacceptable"),
	// a negated admission verb with people as its object turns them away
	// ("we do not review applications of …", "we cannot accept applicants
	// who …"); with a visa as its object it denies the visa instead
	words(kExclusion, 0, phrases([]string{"not", "cannot", "unable to", "don't", "doesn't", "won't", "can't"},
		[]string{"accept", "review", "interview", "rank", "invite", "admit", "consider"},
		[]string{"applicants", "applications", "candidates", "anyone", "those", "graduates", "individuals", "students", "people",
			"international", "foreign", "non-citizens", "noncitizens", "imgs", "fmgs", "physicians",
			"your application", "your applications", "you", "your candidacy"})...),
	// told not to apply: "please do not apply if you require an H-1B"
	words(kExclusion, 0, "do not apply", "don't apply", "do not submit", "don't submit", "should not submit"),
	words(kEligible, 0, "eligible", "eligibility", "eligible for"),
	words(kLimit, 0, "cutoff", "cut-off", "cut off", "cutoffs", "cut-offs", "limit", "limits", "limitation", "limitations", "restriction",
		"restrictions", "barrier", "barriers",
		"requirement", "requirements", "maximum", "cut off date", "cutoff date", "cut-off date", "minimum/maximum",
		"set maximum", "maximum number", "timeline", "time limit", "time frame", "timeframe", "cut off point", "cutoff point", "cut-off point", "strictly required", "strictly enforced",
		"strict requirement", "hard requirement", "firm requirement", "absolute requirement",
		// what a program may screen by: "we do not screen by year of graduation",
		// "graduation year does not affect eligibility", "is not a factor"
		"screen", "screen by", "screening", "filter", "filter by", "factor", "affect", "affects", "bearing"),
	words(kRecent, 0, "recent", "recency", "recently", "how recent"),
	words(kExcl, 0, "only", "exclusively", "solely", "limited to", "restricted to", "only accept*", "only consider*", "only interview",
		"only sponsor*"),
	words(kExcl, 0, phrases([]string{"consider", "considers", "accept", "accepts", "interview", "interviews", "review", "reviews",
		"rank", "ranks", "invite", "invites", "admit", "admits", "sponsor", "sponsors", "support", "supports"}, []string{"only"})...),
	words(kCond, 0, "only if", "only for", "only when", "only after", "only with", "only in", "only to", "only on", "only under",
		"if", "unless", "provided", "provided that", "as long as", "case by case", "case-by-case",
		"individual basis", "limited basis", "in rare", "in exceptional", "in unusual", "unusual circumstances",
		"subject to", "depending on", "highly qualified", "exceptional", "for applicants who", "for candidates who",
		"for those who", "who meet", "when", "except", "exceptions", "on occasion", "per individual program policy"),
	// the applicants a sentence speaks to, not a condition of what it says:
	// "for those who need a training visa, we sponsor only the J-1"
	words(kNone, 0, phrases([]string{"for those who", "for applicants who", "for candidates who", "for anyone who"},
		[]string{"need", "needs", "require", "requires"})...),
	words(kNone, 0, "for those requiring", "for applicants requiring", "for those needing", "for applicants needing"),
	words(kException, 0, "exception", "exceptions", "exception to", "waive", "waived", "will be considered for applicants who"),
	words(kBreak, 0, "to apply", "who", "which", "that", "if", "because", "due to", "for information", "need", "needs",
		"require", "requires", "guarantee*", "complete", "completed", "pass", "passed", "matter", "matters", "discriminate",
		"interview", "respond", "host", "send", "provide", "submit", "review", "mail", "email"),

	// one way to meet what is asked, named after it: "(this) can be shown
	// by doing two rotations in the US" prefers what follows; what comes
	// before it is asked as its own words say (see meansAfter)
	words(kMeans, 0, phrases([]string{"can", "may", "could"}, []string{"be"},
		[]string{"shown", "demonstrated", "met", "satisfied", "fulfilled", "evidenced", "documented"}, []string{"by", "through", "via"})...),
	words(kMeans, 0, "is best demonstrated by", "is best shown by", "one way to demonstrate this is", "one way to show this is"),

	// Answers and questions.
	words(kAsk, 0, "which", "what type*", "what kind*", "what visa*", "what are the visa*", "types of visa*"),
	// … whose words also name visas ("What visas do you accept?" asks about visas)
	topicWords(tVisa, "what visa*", "what are the visa*", "types of visa*"),
	words(kFirstPerson, 0, "i", "i've", "i'm", "my", "me"),

	// Quantities: relations and units.
	words(kRel, relMin, "at least", "minimum of", "a minimum of", "minimum", "min", "min.", "no less than", "not less than",
		">=", "or higher", "or above", "or more", "or greater", "or better", "and above", "and higher", "and up", "+",
		"or over", "and over", "above", "over", "in excess of", "no lower than"),
	words(kRel, relGT, ">", "greater than", "higher than", "more than", "exceed", "exceeding", "in excess", "beyond"),
	words(kRel, relMax, "within", "no more than", "not more than", "less than", "fewer than", "at most", "up to",
		"maximum of", "a maximum of", "maximum", "max", "max.", "<", "<=", "no longer than", "not exceed", "does not exceed",
		"not to exceed", "or less", "or fewer", "or sooner", "or more recent", "under", "not be more than", "limit of",
		"limit", "limited to", "limit to",
		"no greater than", "not greater than", "is the most", "at the most", "the most we accept", "is the maximum"),
	// a window back from now: a preposition, "the" and a word for "most
	// recent" ("within the preceding", "over the last", "in the most
	// recent"), every combination
	words(kRel, relWindow, phrases([]string{"in", "within", "during", "over", "for", "of"}, []string{"the"},
		[]string{"last", "past", "previous", "prior", "preceding", "most recent", "recent"})...),
	words(kRel, relWindow, "within the", "past", "last", "previous", "preceding"),
	words(kRel, relSince, "in or after", "on or after", "since", "from", "no earlier than", "not earlier than", "not before",
		"no older than", "not older than",
		"or later", "or after", "and later", "and after", "onward", "onwards", "or newer", "and beyond", "or since"),
	words(kRel, relAfter, "after"),
	words(kRel, relBefore, "before", "prior to", "earlier than", "preceding"),
	words(kRel, relIn, "in", "with"),
	words(kRel, relBy, "by", "by the"),
	words(kRel, relApprox, "mid", "mid-", "approximately", "about", "around", "roughly", "~", "low", "high", "upper", "lower"),
	words(kUnit, unitYear, "year", "years", "yr", "yrs", "year's", "years'", "-year"),
	words(kUnit, unitMonth, "month", "months", "mo", "mos", "mos.", "month's"),
	words(kUnit, unitWeek, "week", "weeks", "wk", "wks", "week's", "weeks'"),
	words(kUnit, unitAttempt, "attempt", "attempts", "try", "tries", "sitting", "sittings", "time", "strike", "strikes"),
	words(kUnit, unitFailure, "failure", "failures", "fail", "fails", "failed attempt*", "unsuccessful attempt*",
		"unsuccessful try", "unsuccessful tries", "retake", "retakes", "re-take", "re-takes"),
	words(kUnit, unitTimes, "times"),
	words(kUnit, unitPercent, "%", "percent", "per cent"),
	words(kUnit, unitPercentile, "percentile", "th percentile"),
	words(kUnit, unitOld, "years old", "year old", "months old"),
	words(kUnit, unitAgo, "years ago", "year ago"),

	// Anchors.
	words(kAnchor, ancApplication, "time of application", "of application", "of applying", "when applying", "at application",
		"application date", "application deadline", "time you apply", "prior to applying", "before applying", "to apply",
		"when you apply", "when they apply", "they apply", "at the time of your application", "of your application",
		"application is received", "receive your application", "receipt of your application", "receipt of application",
		"date of application", "date of your application", "before you apply", "before they apply", "prior to application", "before application", "submission of application",
		"when you submit your application", "time of submission", "for application", "application process",
		"in order to apply", "apply through eras"),
	words(kAnchor, ancInterview, "interview", "interviews", "to be interviewed", "interviewed", "be invited"),
	words(kAnchor, ancRankList, "rank list", "rank order list", "rol", "ranking", "rank day", "match list",
		"rank order", "ranking deadline", "ranking in the nrmp"),
	words(kAnchor, ancMatch, "the match", "match day", "time of match", "by match", "nrmp match", "of the match",
		"at the time of the match", "before the match", "participate in the nrmp", "participate in the match", "match date"),
	words(kAnchor, ancTrainingStart, "start of residency", "beginning of residency", "beginning of the residency",
		"start of the residency", "beginning training", "beginning of training", "start of training", "starting residency",
		"start residency", "begin residency", "begin training", "beginning residency", "starting training",
		"entrance into the program", "entering the program", "enter the program", "entry into", "start date",
		"prior to appointment", "before starting", "to start", "prior to the start", "before the start", "commencement",
		"commence", "july 1", "program start", "training start", "residency start", "prior to starting", "the start of",
		"the beginning of", "entering residency", "before beginning", "start of the program", "beginning of the program"),
)

// lexMatch is one entry found in a text: bytes [start, end) of it.
type lexMatch struct {
	start, end int32
	e          *entry
}

// lexMatcher finds lexicon entries in normalised text in one pass: an
// Aho–Corasick automaton over the entries' texts.
type lexMatcher struct {
	steps           // (as keywordSet's)
	out   [][]int32 // at at-ends: the entries (indices into the lexicon) that end there (atIndexed)
}

// lex is the lexicon's matcher, built once.
var lex = newLexMatcher(lexicon)

func newLexMatcher(es []entry) *lexMatcher {
	texts := make([]string, len(es))
	for i, e := range es {
		texts[i] = e.text
	}
	a := newAutomaton(texts, false)
	m := &lexMatcher{steps: a.steps()}
	m.out = atIndexed(&m.steps, a.out)
	return m
}

// isWordByte reports a letter or digit of a normalised text.
func isLexWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// scan returns the entries found in s (normalised text). A match of an
// entry open on a side ("prefer*") covers the rest of the word on that side
// ("preferred"). Where matches overlap the longer is kept (the earlier of
// two as long), so that every byte of s belongs to one word at most; entries
// matching the very same bytes are all kept: one word may say several
// things ("accepted" is a visa predicate and what an observership may be).
func (m *lexMatcher) scan(s string, buf []lexMatch) []lexMatch {
	all := buf[:0]
	next, col, ends := m.next, &m.col, m.ends
	at := 0
	for i := 0; i < len(s); i++ {
		at = int(next[at+int(col[s[i]])])
		if at >= ends {
			for _, id := range m.out[at-ends] {
				all = lexHit(all, s, i, id)
			}
		}
	}
	return settleMatches(all)
}

// lexHit appends the match of entry id ending at byte i of s, unless the
// word it stands in is a larger one (an entry closed on that side).
func lexHit(all []lexMatch, s string, i int, id int32) []lexMatch {
	e := &lexicon[id]
	end := i + 1
	start := end - len(e.text)
	if e.left {
		if start > 0 && isLexWord(s[start-1]) && isLexWord(s[start]) {
			return all
		}
	} else {
		for start > 0 && isLexWord(s[start-1]) {
			start--
		}
	}
	if e.right {
		if end < len(s) && isLexWord(s[end]) && isLexWord(s[end-1]) {
			return all
		}
	} else {
		for end < len(s) && isLexWord(s[end]) {
			end++
		}
	}
	return append(all, lexMatch{start: int32(start), end: int32(end), e: e})
}

// settleMatches keeps, of the matches found in a text in the order they
// end, those scan returns (see scan), in the order they start.
func settleMatches(all []lexMatch) []lexMatch {
	if len(all) < 2 {
		return all
	}
	// matches of which each starts where the one before ends or after
	// overlap none: every one is kept, in the order they came (a third of
	// the texts with two matches or more, whose sorts' comparisons were
	// mispredicted)
	for i := 1; i < len(all); i++ {
		if all[i].start < all[i-1].end {
			return settleOverlaps(all)
		}
	}
	return all
}

// settleMatches of matches some of which overlap.
func settleOverlaps(all []lexMatch) []lexMatch {
	// longest first, then leftmost; keep a match when it overlaps none kept
	// or covers exactly the bytes of one kept
	slices.SortStableFunc(all, func(a, b lexMatch) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return int(lb - la)
		}
		return int(a.start - b.start)
	})
	n := 0
	for _, x := range all {
		ok := true
		for _, k := range all[:n] {
			if x.start < k.end && k.start < x.end && (x.start != k.start || x.end != k.end || x.e == k.e) {
				ok = false
				break
			}
		}
		if ok {
			all[n] = x
			n++
		}
	}
	kept := all[:n]
	// a phrase that says nothing silences the words it covers exactly
	// ("graduating" is not graduation)
	for _, x := range kept {
		if x.e.kind != kNone {
			continue
		}
		n = 0
		for _, y := range kept {
			if y.e.kind == kNone || y.start != x.start || y.end != x.end {
				kept[n] = y
				n++
			}
		}
		kept = kept[:n]
	}
	slices.SortStableFunc(kept, func(a, b lexMatch) int { return int(a.start - b.start) })
	return kept
}
