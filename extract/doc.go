// Package extract reads one fetched page and returns the facts it states about
// a residency program (visa sponsorship, year-of-graduation limits, exam
// minimums, attempts, clinical experience, IMG counts) and the residents on
// its roster, each with the evidence that states it.
//
// Extraction is pure: bytes and a URL in, imgfriendly.PageFacts out. It does
// no I/O, reads no clock (the run date is an option) and does not log. It never
// guesses: a field the page does not state yields no fact, because a wrong
// fact costs an applicant more than a missing one. It does not classify
// medical schools either; residents carry the school as written and the
// country only when the page states it.
//
// # How a page is read
//
// The page is parsed once with golang.org/x/net/html (plain text, input with
// no markup, is read line by line) and split into blocks that keep their
// structure: FAQ question/answer pairs (dt/dd, details/summary, accordion
// buttons, bold question and paragraph, "Q:"/"A:"), table rows and
// "Label: value" lines (also a value on the line after its label), list
// items and paragraphs. Navigation, footers, scripts and menus are skipped.
// Every rule reasons about one sentence against its own question or label:
// an answer's leading "Yes"/"No" is read against its question (the first
// part of a compound question), an empty answer asserts nothing, a question
// alone asserts nothing, and numbers inside questions are never limits.
//
// # Layers and tables
//
// Statements are read in layers (reading.go), each kept as data:
//
//   - the lexicon (lexicon.go) files every word the rules reason with under
//     what it says: a topic (visa, graduation, an exam, attempts,
//     experience, the United States, ECFMG …), a negation, a requirement
//     ("must", "minimum"), a preference ("prefer", "competitive"), a
//     description ("average", "most of our residents"), an exclusion ("will
//     not be considered"), exclusivity ("only"), a condition ("if", "case by
//     case"), a relation or unit of a number, a moment ("rank list"). One
//     automaton finds them all in one pass; where words overlap the longer
//     wins, so "no more than" is a relation, not a negation;
//   - quantities (quantity.go): every number with its unit, its relation
//     ("at least", "no more than", "within the last", "or later") and its
//     kind; ids, phone numbers, codes, dates and money are never rules; each
//     number is bound to the nearest topic of its clause;
//   - clauses: a sentence is cut where polarity may turn (";", "but",
//     "although" …), at an opening "if …," (which supposes, and asserts
//     nothing) and at a comma between two clauses that each state a modality;
//     a parenthesis is a clause of its own inside the one around it;
//   - polarity and scope: a negation governs a topic word after it unless a
//     new verb ("need"), a relative ("who"), an "if" or another kind of visa
//     stands between; or one after it denies what is said of it ("H-1B
//     visas are not sponsored");
//   - modality: a clause requires, prefers, describes or denies a
//     requirement ("not required", "no minimum"); without cues it takes the
//     modality of its label, question or list lead-in; a label's terse
//     value (a table cell, a "Label:" line: a few words, no verb) where
//     neither side says how strict it is states the program's rule for
//     the label's topic ("Step 2 CK | 225" a minimum, "Attempts | First
//     attempt" one, "USCE | Yes" required: rows marked cell), unless the
//     table's header describes ("Mean", "Our interns"), or the lead-in,
//     caption or heading over the lines or table does ("Profile of our
//     current residents", "Class of 2026 statistics"; the nearest that says
//     anything decides, so "Requirements" under "Class profile" asks):
//     figures, described as under a label that says so, no rules; a
//     lead-in inside a sentence lends its modality to the items after
//     its colon that semicolons set apart and that have no cue of their
//     own ("The following are preferred when reviewing IMGs: graduation
//     within five years; hands-on US clinical experience": inlineLeadIn);
//   - context: an answer's clause that names no topic of a table takes the
//     topics of the clause before it, else of its question or label ("Is
//     USCE required?" "No, we require at least three months"); a leading
//     "Yes"/"No" answers the question unless the rest of the sentence speaks
//     for itself or the question is a hypothetical ("I graduated ten years
//     ago …").
//
// Facts come from one declarative table per fact (table.go; visa.go,
// yog.go, scores.go, usce.go, ecfmg.go): each row is a pattern over one
// mention of a topic (its polarity, its clause's modality and cues, the
// number bound to it) and the field, value and rank it gives; a table's
// keyword gate is the lexicon's words for the topics its rows read. A new
// phrasing is a lexicon entry or a table row.
//
// # Conventions
//
//   - Visa: J-1 and H-1B each true, false or absent. "J-1 only" and lists of
//     accepted statuses ("citizens, permanent residents or J-1 visa
//     holders") make the other visa false below anything said of it by name;
//     "we do not sponsor visas, although we accept ECFMG-sponsored J-1" is
//     J-1 true, H-1B false; "citizens and permanent residents only" (or
//     "… or an EAD") makes both false, a bare work authorisation (which a
//     visa may give) does not, nor does a list that ends open ("… or hold
//     the appropriate documents to train", "… or another status that
//     permits training": openStatusBranch, decided in session 18). A named visa "not accepted" or "not
//     considered" is false; a hedged negation ("not generally available",
//     "do not usually sponsor") admits the rare case, which is true, as is
//     a visa whose applications are reviewed case by case. "We do not
//     sponsor." after a sentence about visas denies visas in general. A condition is kept in Fact.Condition; "not … unless X" is
//     a conditional true. A denial of visas in general bound to a
//     credential the physician lacks ("without a license, a visa is not
//     an option", "no visa … unless licensed": conditionalDenial, decided
//     in session 18) tells what a visa takes, no refusal. Scores in a visa statement are the visa's
//     condition, never a score minimum. A visa sponsored by an indefinite
//     program or department ("if offered by a residency program", "must be
//     sponsored by a host department") with no program of the page's own
//     in the clause is no program's policy; a visa no one needs ("no visa
//     needed", "need no visa") is what a status spares its holder, no
//     denial (decided in session 16). A visa that serves research
//     training (a research fellowship, position or year) with no clinical
//     training beside it is another population's, as scholars' are: a
//     board's or an office's process for research fellows states no
//     program visa (researchTraining, decided in session 18). A field of one value for the
//     program's visa status (a listing's "Visa Status | J-1 visa
//     sponsorship through ECFMG", decided in session 16) that names one
//     visa gives it and leaves the other false, below anything the page
//     says of it by name (oneListedValue); a list's label ("Visa
//     sponsorship | J-1", "Visas sponsored | J-1") leaves the other
//     unsaid, as session 12's grid has it.
//   - YOG: an upper bound on years bound to graduation is yog_max_years, or
//     yog_preferred_max_years when softened; a denied limit ("no cutoff",
//     "no specific timeline", "no year of graduation before which
//     applicants become ineligible") is yog_no_limit, and a denied strict
//     limit makes the sentence's years a preference. A calendar year ("2019 or later", "on or after January 1,
//     2015"; "after 2018" is 2019) is grad_year_min and gives the years as
//     cycle year minus that year (the cycle is the Match year the page
//     names, else the run date's year). yog_counted_to names application,
//     match or training_start when the page says. Years are a limit only
//     when they measure the time since a graduation: in a clause that
//     counts graduates ("more graduates than the 60 who finished", "forty
//     graduates", "the number of graduates") or states a statistic (a
//     rate, a ratio, a percentage, placements) and asks nothing, "over the
//     past four years" is the span the figure was counted over, no limit
//     (decided in session 17; yearsOfAFigure).
//   - Scores: a three-digit score belongs to the exams named just before it,
//     else just after; "USMLE" alone stands for Steps 1 and 2 CK. It is a
//     minimum when required or bounded below ("or higher"), a Step 2 CK
//     preference when softened, nothing when it describes residents, is a
//     percentile or an old two-digit score. A required pass of Step 1 (or of
//     all steps) is step1_pass_required.
//   - Attempts: "first attempt only", "no failures", a "Yes" to "must I pass
//     on my first attempt?" 1; "no more than one failure", "by the second
//     try", "failed a step more than once (twice) will not be considered"
//     2; "within three attempts", "more than three attempts will not be
//     considered" 3 ("once", "twice" are counts, of failures after a verb
//     of failing); a count summed over the exams ("six attempts in total")
//     speaks only where no count per exam is given; rules about the
//     clinical skills exam or Step 3 alone are not kept. A pass bounded by
//     years ("pass Step 3 within 7 years of taking Step 1") is a licensure
//     window, not a pass to apply. Retakes count failures (decided in
//     session 16): "not retaken (repeated) Step 1 or Step 2 more than
//     once" is one retake at most, 2; "more than twice" 3; a retake with
//     no count turned away or denied 1; "retakes are considered" nothing.
//     A verb of repeating is a retake only of an exam named in its clause
//     (a repeated year or clerkship is none), and a number of times counts
//     tries only beside an exam, attempts or failures (in the clause or
//     the question). "more than one time" is "more than once". A list
//     item that opens with its negation ("not retaken …" under "you must
//     be a graduate who has:") bounds its count as "must not" does, with
//     the lead-in's modality; exams coordinated between the verb and the
//     count ("either Step 1 or Step 2 of the USMLE") do not end its reach.
//   - USCE: experience and the United States in one clause; preferred
//     outweighs "not required" beside it; months as stated, weeks / 4.345
//     to one decimal, years × 12; a window ("within the last 3 years") is
//     clinical_recency_max_years, not months. Observerships: counted or not.
//     A residency year asked for itself (a PGY-1, a preliminary year, a
//     year of training in an accredited program) is no USCE rule; a
//     residency or school that only says where the experience named
//     before it was had ("hands-on clinical experience in the US … in an
//     accredited residency program or medical school"; a preposition of
//     place before it: trainingOnlyPlace) leaves the experience the rule;
//     "clinical training in an accredited program" is the residency's own
//     training. A clause set apart by a semicolon or a "but" that names
//     a residency year, letters, research or observerships and not the
//     experience speaks of them, as a parenthesis does ("US clinical
//     experience is preferred; a preliminary year … is required"
//     requires no experience). One way among others (decided in session
//     16): an experience named after words that make it a way to meet
//     what is asked ("this can be shown by doing two or more rotations in
//     the US or another English-speaking country", "may be demonstrated
//     through", "can be met by": kMeans) is preferred; one named before
//     them is what is shown and keeps its own reading ("… must have US
//     clinical experience, which can be documented by letters" requires
//     it). Those without the experience considered on a condition ("…
//     will be considered if they have an exceptional academic record",
//     "… on a case-by-case basis") make it preferred, waived for some and
//     expected of the rest; considered with no condition, not required.
//     Experience a residency, a program or the Match provides ("residency
//     gives graduates the hands-on clinical training they need") is what
//     training is, no rule (decided in session 16).
//   - ECFMG: ecfmg_deadline is the moment certification must be held by
//     (application, interview, rank_list, match, training_start); of two
//     the earlier.
//   - Soft list lead-ins (decided in session 13): a lead-in that weighs
//     what selection looks at — "While reviewing applications we look
//     for:", "Strong applicants will have:", "We consider the following:",
//     "In our applicants we seek:" (mWeighs) — lends its items a preference, so a graded item under it
//     stays one, as the labelling conventions say of preferences: a score
//     is step2ck_preferred_min (never a minimum), months of USCE
//     preferred, years since graduation yog_preferred_max_years, "on the
//     first attempt" no attempt limit. A pass/fail item under it — a pass,
//     a successful completion, a certification ("Successful completion of
//     USMLE Steps 1 and 2", "ECFMG certification by the rank list
//     deadline") — is asked: step1_pass_required, ecfmg_deadline. A pass
//     has no degree to prefer: the program that looks for it looks for
//     every applicant to have it, and the labels' "pass" covers a pass
//     asked for application or interview. It ranks below what a sentence
//     of the page says of the pass outright. A lead-in that calls its items
//     preferred ("Preferred qualifications:", "The following are
//     preferred:", "We recommend:"; preferenceCues) makes every item a
//     preference, a pass included, for a preferred pass can only be one
//     preferred sooner than training needs it; so does an item's own word
//     of preference ("Passing Step 1 is preferred"). Numbers under "we
//     consider the following:" are preferences too; "We consider
//     applicants with:" asks (admittingLead). Criteria said to include
//     items ask for them as "Criteria:" does ("Selection criteria
//     include:", "Our eligibility criteria include the following:"; so
//     does a prose "Our selection criteria include … passing the USMLE",
//     a pass); criteria or factors said to be considered or weighed
//     ("Factors considered in selection include:", "The criteria we
//     weigh include:") weigh (mWeighs as a lead-in, a preference in
//     prose); a group of residents or applicants that includes figures
//     ("Our current residents include:") describes (decided in session
//     14).
//   - Scope: a page of an observership, externship or visiting-student
//     program (by its address or title) states no program rule; nor does a
//     medical school's admissions page (the entrance test and the school's
//     application service named, nothing of a residency's application), a
//     sentence about those who apply to the school ("applicants to our MD
//     program", "admission to the School of Medicine") or a heading over it.
//     Nor does what a story or an adviser says of the country's process or
//     of programs in general ("the residency application process in the
//     US", "to practise medicine in the US, IMGs must …", "most programs
//     require …"; of a kind too: "most IMG-friendly programs", "some
//     H-1B-sponsoring programs"; a kind by what it does: "programs that sponsor the H-1B
//     usually want Step 3"), unless the program says it of itself ("we", "our": "unlike
//     most programs, we sponsor the H-1B" is the program's H-1B, "we are
//     one of the few programs that sponsor H-1B visas" too); a page with
//     such a sentence and nowhere a program's voice states no rule at
//     all. The program's voice is "we", "our", "us", or "the program" /
//     "this program" in a sentence neither addressed to the reader nor in
//     the reader's voice: "Will this program sponsor me?" and "you need
//     H-1B sponsorship directly from the program" are the applicant's side
//     (decided in session 16). A question embedded after a verb of asking,
//     learning or showing ("ask the program whether it sponsors the
//     H-1B", "the list shows which programs sponsor J-1 visas") asserts
//     nothing, to the clause's end or a colon.
//     Visas as a kind are no program's (decided in session 17): a clause
//     whose subject is visas as a kind ("certain kinds of visas allow
//     clinical training: …", "the two most common visas are the J-1 and
//     the H-1B"; visaKindSubject), a question as a sentence's subject
//     ("whether a program sponsors the H-1B shapes …"), what follows entry
//     into any program ("once matched into a residency program, IMGs must
//     obtain a visa"), programs named by a participle of their acts
//     ("programs sponsoring the H-1B") state nothing; "the following visa
//     types are accepted: …" and "visa types we sponsor: …" are the
//     program's. A third party's page (a byline, a post, an article or a
//     guide for international graduates speaking of itself, an
//     immigration lawyer's note, a structured abstract: thirdPartyPage)
//     states no rule unless a sentence names the page's own program as
//     the one that acts ("our program", "we sponsor", "the program
//     requires": ownProgramSubject) or an institution speaks of itself:
//     its "we" is its author's. So does a page with a key to a list's
//     abbreviations ("Abbreviations used", "Legend": "US - US clinical
//     experience needed" defines a code of a list compiled across
//     programs). A table row whose first cell names a requirement and
//     whose other cells are empty ("| IMG applicants must have passed
//     Step 1 to be considered | |": a listing's check mark lost) asserts
//     nothing, as a question without its answer does (unansweredRow); a
//     row of one cell is a sentence. A rule whose subject is a group of
//     applicants who are not international graduates ("US MD applicants
//     must …", "for US graduates, …", "American medical graduates …"),
//     with none beside them, is that group's, not an IMG's
//     (domesticSubject; "US citizens" may be IMGs, and a rule naming
//     COMLEX speaks to its takers).
//     A row of a table that compares programs — its header names each
//     row's program ("Program", "Institution", "Hospital") and where it is
//     ("State", "City", "Location") — is that program's, one of many, not
//     the page's (comparisonRow); the page's own sentence beside it keeps
//     its rule.
//     A medical school's rule for its own students (decided in session
//     14): a clause whose subject is the school's students — "students",
//     "the student", "each student", "our students", "medical students",
//     "candidates for the MD degree" (candidates for the school's degree
//     are its students) — with no applicant, graduate (the noun: "to
//     graduate" is the students' verb) or resident named beside them, and
//     nothing of applying to this residency, states no rule, whatever it
//     asks (to sit for or take an exam, to pass it, to graduate, to stay
//     enrolled): "To sit for Step 1, the student must complete …", "To
//     graduate, students must pass Step 2 CK with 220" (schoolsStudents).
//     An exam named as what is sat for ("to sit for Step 1, the basic
//     science courses must be passed") is the purpose of what is asked,
//     no exam passed (the lexicon files it with a licence's purposes).
//     The line: "Students applying to our program must …", "Applicants
//     who are still students must …", "graduates and final-year students
//     must …", students who must have something "to be considered" or for
//     an interview (not "to be considered for promotion"), and
//     "Candidates must …" (candidates with no degree named are the
//     program's applicants) are the program's rules.
//   - Descriptions: what current residents or applicants are like is a
//     figure, never a limit: a group as subject ("our residents",
//     "current residents"), a word of description ("most of our",
//     "typically", "on average", "the majority") or a quantifier standing
//     for the group ("Most of them graduated within five years", "Many
//     are recent graduates", "several of whom …": a rule is asked of every
//     applicant, never of most of them), or a question about the group
//     that asks nothing required of it ("What are your residents like?"
//     "They all graduated in 2020 or later."); a group as subject asks when a
//     verb of requirement governs it ("our applicants must have graduated
//     within 3 years").
//     The residency's own residents (decided in session 16): what the
//     program gives its residents, or what they get or do in it, states no
//     rule, whatever word of preference the description holds — residents,
//     interns or trainees as the subject of a verb of getting or doing
//     ("Residents gain experience in US community clinics", "Trainees have
//     the opportunity to rotate at the VA", "Residents are encouraged to
//     complete away rotations in the US"), or as those a verb of giving
//     gives to ("Global health electives give residents exposure to
//     diseases rarely seen in the US"; residentsOwn). A rule about US
//     clinical experience has the applicants as its subject, or no one:
//     applicants, candidates, IMGs, "you", graduates, and residents still
//     to come (prospective, future, incoming) named in the clause keep it a
//     rule ("Prospective residents are encouraged to complete rotations in
//     the US" prefers), as do a visa the program gives its residents and a
//     verb of requirement before their verb ("Residents must …").
//   - Counts: "11 of our 20 residents are IMGs" gives img_count and
//     residents_count; percentages give nothing.
//   - Rosters: residents from tables with a name column, from repeated
//     cards or list items, and from "Dr. X joins us from Y" prose. Names are
//     returned as "First Last" ("Last, First" turned round, titles and
//     degrees dropped). The school is the labelled school or the card line
//     that is neither year, hometown, caption nor biography, with degrees
//     stripped; a trailing ", Country" naming a country moves to Country
//     (a city stays in the school). Hometowns, bios and family members'
//     schools are never schools.
//     A medical school's news of its named graduates entering residency
//     (decided in session 16): a person named as a GRADUATE — a doctor's
//     degree with the school and class year after the name ("Ana Ruiz, MD
//     XYZ '18", or in brackets: "Ana Ruiz (MD XYZ '18)"), a graduate's noun
//     in apposition ("a 2021 graduate of X", "an XYZ alumna") or before
//     the name ("XYZ grad Ana Ruiz", "X School of Medicine graduate Ana
//     Ruiz"), a medical school set off after the name ("Ana Ruiz, X
//     University School of Medicine, matched to …", as a national Q&A
//     names its speakers), or "one of them" after a group of the school's
//     graduates — whose own predicate enters a residency (session 17: one
//     lexicon of residency-entry events, entryEvents — matched into, with,
//     at or to; secured, landed, got or earned a residency; was accepted
//     into a residency program; begins, is starting or will start the
//     residency; is in her second year of residency), in the sentence or
//     the next one through a pronoun or the surname, or in a paragraph up
//     to four blocks later whose sentence opens (after a fronted time: "At
//     the end of June, she …") with a pronoun of the graduate's gender or
//     the surname, no other person named between with a title or as a
//     speaker (a graduate named by the verb too: "For Ana Ruiz, graduating
//     from X School of Medicine …", "Ana Ruiz graduated from X School of
//     Medicine in May" — a medical school's name), a photograph's cue
//     ("(above, left)") allowed before the verb, is an incoming resident,
//     the school the one the mark (or the group's possessive, "XYZ's
//     graduates") names; this holds on a page headed by its graduates or
//     by the match ("We Matched!"), and on a students' match page for the
//     graduates it marks so. Never: a student ("a fourth-year student
//     matched", "fourth-year student Ana Ruiz, X School of Medicine,
//     matched"), a school's list of where its students matched, the
//     school's president, chancellor or dean quoted, aggregates ("800
//     graduates"), a match in a past year (a year before the date the page
//     opens with; any year on a page with no date) or a fellowship, a plan
//     or an application ("hopes to match", "is applying to"), a residency
//     done ("completed her residency at X in 1998", "did his residency
//     at"), or a denial.
//     A residency's class named by its year (decided in session 18): a
//     residency names a class by the year it ends, so a lead-in "announce
//     the Class of 2029:" over one line a person ("Name, MD, School") is a
//     class of residents when the year is the page's own (the date it
//     opens with, else the cycle's or the run date's) or up to seven years
//     after it, the lead-in or the three blocks before it speak of a
//     residency, and nothing there (nor the title) speaks of a medical
//     school or its students. Never: a school's "Class of 2030" of
//     students, a class finished before the page's year (alumni).
//     A count of residents and its list (decided in session 18): a count
//     (two to twelve, in words or digits) of a resident's noun (residents,
//     interns, resident physicians, trainees) or, near a residency's
//     words, of a neutral one (graduates, physicians, doctors, members;
//     not "graduates of" a school), or a count standing alone in a
//     sentence of residents ("grew by eight on Monday, as its new
//     residents …"), makes each name of a list of exactly as many names a
//     resident: the list in apposition after the noun (dashes, a colon, a
//     parenthesis) or opening one of the three sentences after it, a
//     plural title ("Drs.") distributing over it; an aside that tells
//     where they were chosen from ("selected from more than 1,000
//     applicants") gives them no role. Never: a count the list does not
//     meet, a count of faculty, students or finalists (another noun, or
//     another role's modifier), a count in the past ("twenty years ago"),
//     names the page gives a staff role elsewhere. A speaker whose relative
//     clause's verb has the residents as its object ("who introduced the
//     residents to …") is none of them.
//     A heading that is a person's name alone (an HTML heading, or a
//     plain text's "## Ana Ruiz, MD" line) is the subject its bio's
//     pronoun or surname carries (session 18). Authors ("About the
//     Authors") are named for what they wrote, not for their posts: in an
//     authors' section only a present relation binds the role, as in an
//     alumni section ("She is currently a third-year resident at X").
//     A resident's role in another language (session 18: foreignRoles —
//     French médecin résident(e), résident(e) en <specialty>, interne;
//     Spanish and Portuguese médico/médica residente, residente de primer
//     año; Italian medico specializzando; German Assistenzarzt/-ärztin,
//     Arzt/Ärztin in Weiterbildung) binds a name as a title before it, in
//     apposition after it and after a present verb of being, and a
//     representative of the residents ("la représentante des médecins
//     résidents NAME") is one of them. A bare résident(e)/residente is a
//     trainee's only with a specialty or a training year after it (a
//     city's or a care home's residents are its inhabitants); a former
//     one, a dean, a director of the residents, a medical student never.
//   - Page kind: roster (residents listed, or IMG counts on a roster page),
//     eligibility (a rule stated, or eligibility headings/questions),
//     program (a residency page), else other.
//
// Every fact's Evidence has the page URL, the text that states it (the
// block, with its question or label in front when it has one) and a CSS
// selector such as "main > div.faq > dl > dd:nth-of-type(3)" ("line:12" for
// plain text), with class and id names escaped where CSS needs it.
// FetchedAt is left for the caller. Locate reads a page where such a
// selector points, with goquery: `imgfriendly inspect --at SELECTOR` prints
// it, and the tests re-read every golden and synthetic page's evidence that
// way (each selector is valid CSS, matches one element, and that element
// holds the evidence).
//
// The extraction itself walks the parsed tree's html.Node values directly
// rather than through goquery Selections: a Selection per node visited
// costs allocations the speed budget below cannot afford, and nothing in
// the walk needs a selector engine.
//
// Work per page is bounded: at most 4 MiB of input, 4000 blocks, 3000
// characters per block and 40 sentences per block are read; pages nested
// deeper than the HTML parser allows are read as text.
//
// # Speed
//
// Extraction is benchmarked against bare html.Parse of the same bytes
// (BenchmarkPageVsParse; budget 3x on the testweb page mix). A sentence is
// normalised and read only when it (or its question) holds a word of some
// table's gate, found with a keywordSet (one pass for many words); the
// lexicon is one automaton; regular expressions remain only in the
// normaliser's spelling folds (each behind a cheap test) and in reading a
// visa's condition. Each block's text is read once for the words of the
// statement, prose-roster and cycle tests together (blockHints); selectors
// count a roster's siblings on from the previous card (siblingMemo); the
// roster's card-line expressions are written out as code (rosterlines.go),
// each tested against the expression it replaces.
package extract
