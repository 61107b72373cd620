package extract

// Version names the extractor generation. Callers that cache what Page
// returns (the extraction shell's facts cache, keyed by URL, content and
// year) key it by Version too, so bump it whenever a change to the rules
// changes what Page finds on some page: every cached page is then parsed
// again on the next night. 2: dated year ranges, month abbreviations,
// selectors escaped as CSS. 3: page title, heading and the program ids a
// page prints. 4: extraction in layers mapped by one table per fact, and the
// clinical recency, ECFMG deadline and earliest graduation year facts.
// 5: negation scope, windows, narrative and document readings (issue 11).
// 6: "if" after a connective, "the first N attempts", "N years after
// graduation", negated verbs' objects (issue 11). 7: negations after a
// visa, other programs, preferences lent by purpose clauses and labels.
// 8: "without sponsorship" denies sponsorship again (7 read it as people
// lacking a visa). 9: a "non-" status is no accepted status. 10: a pass
// governs the exam after it, not one named later for another reason.
// 18: a resident's own essay counts its writer ("I am a second-year
// resident", a title about one resident), unnamed if need be; a card's
// "Fun Fact:" line is no name.
// 19: counts of failures ("failed more than once", "twice"), sums of
// attempts over the exams, Parts I/II of the USMLE, exam windows, passes
// from list lead-ins (issue 11). 20: first names alone in a list of chief
// residents or interns ("chief residents: Ana, Ben and Carla"), and under
// an essay's title ("Ana and Lee"). 21: residents given as examples
// ("surgery residents like Jane Doe") and "Dr. X, PGY-2 … resident".
// 22: named visas "not accepted" or "not considered" are denied, hedged
// negations ("not generally") admit the rare case, EAD in a status list, a
// bare "We do not sponsor." after a visa sentence, minimums under a
// lead-in of preference, denied timelines and excluding graduation years
// as no cutoff (issue 11).
// 23: stated counts "of our 24 residents, 9 are IMGs" and "7 IMGs and 3
// US graduates" (the total is the sum).
// 24: the Match year named as "the 2027 Match", a "Minimum score" row
// under its exam's row, "Yes, 220 for each", answers that correct their
// question, applicants without USCE admitted, labelled failures, counts
// per exam before their bound, repeats denied, "H-1" and visa routes as
// values, gerund graduation subjects, bare windows, moments in labels,
// continuations with nothing of their own (issue 11).
// 25: a score row under its exam's label-value pair written one a line; a
// phrase of another topic after a predicate of preference is a rule of its
// own (issue 11).
// 26: a resident's essay names a school "graduated from" alone when the
// school's own name is a medical school's ("Dow Medical College").
// 27: a modal negation over a "more than N" bound is the bound ("must not
// be out of school for more than 5 years": at most 5); a denied exclusion
// ("are not excluded") turns nobody away (issue 11).
// 28: an FAQ flattened into one paragraph that ends with a question is
// read pair by pair; an item's bare number before the next question is no
// answer (issue 11).
// 29: an opening concession ends at its comma ("although there is no
// cutoff, …"), "Label: value" lines pair a score with the exam above,
// "before you apply", "H1" in a question (issue 11).
// 30: a window dates what stands before it; "our grads" are people
// (issue 11).
// 31: a denied limit over a coordination ("no cutoff for USMLE (COMLEX)
// results or graduation") denies graduation too (issue 11).
// 32: a share of a group ("93 percent of our graduates") is a
// description, not a rule (issue 11).
// 33: applicants turned away for lacking a named visa ("who don't have a
// J-1 will not be considered") make the visa accepted, not denied
// (issue 11).
// 34: "Doctors A and B" and a role word before a name after a tab or line
// break are read (their hand-written gates hid them).
// 35: a coordinator opening a new subject and requirement ends a denial
// ("no cutoff for scores, and applicants must have graduated within 5
// years"); an exam before a dash owns "no score requirement, but must
// pass"; of two hard limits the stricter binds; "first-time pass" and
// "1st attempt" are first attempts (issue 11).
// 36: a limit noun valued in years ("our cutoff … is 5 years"); "will
// not be granted an interview" turns away; a pass in a long verbless list
// item; "Yes, 225 for Step 1 and Step 2 CK" answers a minimum (issue 11).
// 37: research in the US is not clinical experience; a reason after a rule
// lends it no modality; "typical visas are J-1 and H-1B"; a negated
// sponsorship of non-citizens denies the visas (issue 11).
// 38: rotation and schedule words are no names; a couple's testimonial,
// residents named in passing by a role (trackers, PGY2s), breakdowns cued
// by "studied medicine", counts of IMGs said as schools abroad, "of whom",
// "among" or "N/M residents" (issue 12).
// 39: graduates before a calendar year turned away ("before 2018 … not
// eligible"); a "No" to "graduates of more than N years?" is N; screening
// by graduation year denied, "any year", "does not affect" waive it; "only
// one attempt", a count under an attempts label; "not invited" turns away
// (issue 11).
// 40: a negation stops at a coordinator with a verb of its own, and nouns
// joined across a verb are no coordination ("no attempt limits and will
// consider graduates within 8 years"); a limit as a verb's object lends
// the next clause's topic; "restrictions", "barrier"; a "No" to "do you
// accept applicants with a failure?"; months of whole years since
// graduation; "post graduate year" is training; "should not apply"; a
// parenthesis speaks of the words just before it (issue 11).
// 41: news posts name residents: a caption's "Resident Drs. A, from left,
// and B", hometowns in a list ("A, of Tampa; B, of Houston"), a quote
// signed "-Name PGY-2"; a dateline ("Macon, Ga.") is no name; a director
// introduced with a school is no resident (issue 12).
// 42: a length of schooling or training in the US is USCE; a list takes
// the modality of its own lead-in sentence; a score label continues only
// an exam's label; "H type visas"; "do not apply if you need an H visa"
// turns away; requirements for citizens rule no visa out (issue 11).
// 43: a status word naming a group (an audience, a count, "citizen
// applicants") asks for no status; visas as the subject of information,
// applicants' preferences and J-1 waivers state nothing; "permitted"
// accepts; a label over a run of visa lines; a visa given as an example
// ("other visas (e.g., H-1B)"); an item "J-1 visa (if applicable)";
// eligibility for a visa asked of the applicant; a lead-in "… the
// following" without its colon; elliptic answers ("We do not."); a visa
// excepted from a denial ("other than the J-1") (issue 11).
// 44: a person is a resident by the page's title (a plain page's first
// line opens its scope as a title does) and their own role words: a card's
// staff role line ("Hospitalist", "Core Faculty", "Chief Executive
// Officer") drops it, a resident's role line ("Chief Resident") or a
// sentence calling the person a resident keeps a card without a school; a
// program's new director ("will be led by Dr. X, a graduate of Y") and a
// finished residency are no residents (issue 12).
// 45: news of residents quotes them: a speaker attributed with no role, a
// resident's role or a medical school, on a page whose opening speaks of
// residents, is a resident; a staff role for the same surname, a place's
// "resident" and a school's match day are not (issue 12).
// 46: a range of months or weeks is its low end; "helpful", "we value"
// prefer; applicants lacking USCE turned away require it; "What visas do
// you accept?" names visas (issue 11).
// 47: clinical practice, being clinically active and practising medicine
// are clinical activity; a recency window in whole years of months; "out
// of clinical medicine"; "over N years" turned away is N, for graduation
// and for time away from practice (issue 11).
// 48: a number after "if" in a clause that admits is an exception's
// condition, not a minimum (in one that turns away, its trigger); an
// answer opening "Only if" supposes; "no older than" a year; a number word
// answering "how many attempts?" (issue 11).
// 49: the degree of Doctor of Medicine and MBBS are graduation; a denial
// labelled for US or Canadian graduates is no rule for an IMG and cancels
// no limit beside it (issue 11).
// 50: a denial whose visas are another kind named right before them ("TN
// visas are not permitted", "(F-1) visas") denies that kind, not J-1 or H-1B.
// 51: hard-wrapped plain text keeps its sentences whole (a line left open
// goes on into the next, a lone dash opens the item below it); a score
// followed by "for/on <exam>" belongs to that exam, and "respectively"
// pairs scores with the exams before them in order (issue 11).
// 52: roster readers for news and one-resident pages: people with degrees
// listed with semicolons, a resident role before any short title, "… are
// two of the residents" after names, a surname resolved to the full name
// named before, a writer's "I am <name>, a PGY-2", a day-in-the-life byline,
// graduation news quoting graduates; a prose school must be a name (issue 12).
// 53: a country where a school is takes no number when the clause speaks of
// graduation and of no time spent there; a length counted to a moment ("5
// years of application") measures nothing named after it; a numbered item
// of plain text starts a block (issue 11).
// 54: "satisfactory completion" is a pass; "Part I, II, and CSA of the
// USMLE" names the steps; "and (strongly) prefer …" after a pass criterion,
// or ", and we prefer …" with a subject of its own, is a clause of its own
// (issue 11).
// 55: a parenthesis that names observerships, letters, research or a
// residency year speaks of them, not of the clause around it; a pass word
// followed by another exam ("and a passing score on Step 3") is that
// exam's (issue 11).
// 56: the items under a lead-in or heading about observers or about what
// ECFMG asks for its certificate or sponsorship, and a sentence whose
// subject is an observer, state no rule of the residency; a numbered line
// of plain text is a list item (issue 11).
// 57: visa classes from the held-out misses: a list lead-in that refuses
// its items ("We are unable to sponsor:") denies the visas they name; an
// "only" fused to its noun ("only applicants with", "only for") before a
// visa is exclusive; a status in the subject's relative clause ("residents
// who are citizens must …") asks for nothing; a status among alternatives
// that admit any visa rules none out; J-1 research/scholar categories are
// another kind of visa; "exchange visitors" are J-1 holders (issue 11).
// 58: a page a residents' folder files under a name ("/residents/jane-doe")
// is that one resident's, when its writer speaks in the first person (issue
// 12); "regardless of"/"no matter" deny a graduation limit only when they
// govern when one graduated (issue 11).
// 59: "limited to" or "restricted to" after a visa limits what follows it
// (a length of training), not the visas accepted; a visa a J-1 physician
// may move to after training ("before being eligible for H status") is no
// sponsorship statement (issue 11).
// 60: a bare "No" to whether clinical experience of any kind is required
// requires no US clinical experience; an experience named in a relative
// clause about the writers of letters is no USCE rule (issue 11).
// 61: a pass that ECFMG's certificate is said to include or require is
// ECFMG's, not the program's (issue 11).
// 62: a score sentence naming no exam is the exam's the sentence before
// named; "USMLEs" is the USMLE; "limit(ed to) N attempts" bounds attempts
// (issue 11).
// 63: "open to" admits what it names, as "accepts" does (issue 11).
// 64: a person who starts (started) the residency on a page about
// residents, with the school in apposition before the name; "Drs" without
// its dot is a title (issue 12).
// 65: "clinical service" is clinical experience (issue 11).
// 66: a "house-staff" folder files residents (its "staff" alone no longer turns it away) (issue 12).
// 67: no resident from a benefit or eligibility label: a training year in
// parentheses is a name's only when the aside is short (no note), a card's
// role lines end at its first sentence, and "permanent resident" is a
// status, not a role (issue 12).
// 68: attempts inside the wording of a pass ("passage on the first two attempts", "the first or second
// try", "a two-strike rule"); a pass whose purpose is a licence or Step 3 is the board's; criteria said
// to include an exam are no pass required; advice against a failure is no rule; a list under a title
// naming a group of applicants takes the criteria above it (or requires); a bare length after a USCE
// sentence is its duration; "contact with"/"exposure to" US medicine is clinical experience; the US of
// a school graduated from is not where experience is (issue 11).
// 69: a pass bounded by its attempts ("those who passed Step 1 on the first attempt") is a pass asked
// too (issue 11).
// 70: a name with its degrees and, in apposition without an article, a
// training year or specialty before "resident"/"intern" ("Jane Doe, DO,
// internal medicine resident at …", "…, MD; Second year Surgery resident:")
// is a resident; a capitalised place before the role ("an Austin
// resident") is no one's training; an interview with one unnamed resident
// (a one-resident title over questions put to "you") is one resident
// (issue 12).
// 71: a "No" to a question whether applicants with more than N attempts are accepted allows N; a
// regret before a bare no ("Unfortunately not.", "Sadly, no.") answers No (issue 11).
// 72: "look for" in a list lead-in prefers; what is looked for "in your application" names its contents;
// an opening "In addition to …," lends the lead-in none of its words (issue 11).
// 73: factors or criteria said to include or to be weighed describe selection (no pass, no attempt limit
// from them); "first-attempt passes" ask the pass as "passed on the first attempt" does (issue 11).
// 74: specialties joined by a slash in apposition ("pediatrics/emergency
// medicine resident"); "Dr. Surname is a <year or specialty> resident"
// names the person the page gives in full elsewhere, else the surname
// (issue 12).
// 75: a list item that opens a list of its own and says nothing of strictness is held to the lead-in
// of the list it belongs to (issue 11).
// 76: an "only" closed off from a visa by a comma or parenthesis is not
// exclusive of it; a status or visa named by "regardless of" asks for
// none; a visa a negated "need" governs, in a clause that asks nothing,
// is no refusal (issue 11).
// 77: visas of faculty, staff, employees, scholars or researchers (a
// clause naming no trainee) and a visa that is the subject of "allow" or
// "permit" with an object of its own state no sponsorship; "Citizenship and
// Immigration Services" is no status; a university's immigration page for
// scholars, faculty or employees (by its address or title) is not a
// residency's (issue 11).
// 78: an item under a refusing lead-in that excepts one visa ("Visas
// other than J-1") accepts it and refuses the others; a refusal that
// continues a visa named before and names a track or group ("…; not
// available for transitional year residents") is an exception, no
// refusal; a negation stops at a comma that opens a subject with a modal
// ("…, the applicant would have to get a J-1"), and before a visa a
// comma and an "only" set against it ("no H-1B, J-1 only") (issue 11).
// 79: a lead-in saying whom the program considers, accepts, reviews or
// interviews, by what they have ("… considers applications from
// individuals with:"), makes its items requirements (issue 11).
// 80: a visa named by the people who do not hold it, in a relative
// clause that turns nobody away ("applicants who do not hold a valid visa
// should …"), refuses no visa, and a relative's negation ends at the main
// clause's modal ("residents who do not hold a J-1 must obtain an H-1B")
// (issue 11).
// 81: an awards post in lines (the award's name, the winners' names on the
// next line, what it is for) names residents when the award or its
// description is a resident's; a role inside a quoted award name ("the
// 'Resident of the Year' award") makes no one a resident (issue 12).
// 82: what many, most or few programs do ("many residency programs
// sponsor only J-1 visas") is advice about programs in general, no
// program's policy (issue 11).
// 83: the length of US clinical experience stated apart from its rule — in the next sentence about
// rotations, or on the next line or list item — is its duration (issue 11).
// 84: an interview or position offered, extended or granted only to those who have something asks
// for it (issue 11).
// 85: residents of a cohort named in one sentence with degrees after each name, parted by commas
// alone, and of a photo caption whose lead names residents, each name with a site, track or class in
// parentheses (issue 12).
// 86: a title before each name of such a list, dotted second degrees, degrees before a caption's
// parentheses and "(L to R)" (issue 12).
// 87: a cohort named in one sentence (a resident role with a class, cohort or graduation, no
// one else) and greeted by name in the next with degrees after each name ("Congratulations to
// Drs …, MD, …, DO!") (issue 12).
// 88: a pass stated as a criterion with the attempt in a parenthesis after it ("Step 1: Pass (first
// attempt)", a flattened table's "PASS (1st attempt)") allows one attempt (issue 11).
// 89: completing the course of study (of a medical school, of medicine) is graduating: "completion of
// the course of study at an accredited medical school in the past 5 years" is a graduation limit
// (issue 11).
// 90: a negated act on an applicant's visa status ("we do not verify visa status") refuses no visa
// (issue 11).
// 91: a byline glued to a story's first sentence ("… 2025By Ann Lowe CEO, Valley Health We
// celebrated …", "By Tara NguyenResidents of …") is read apart from it by the cohort and caption
// readers (issue 12).
// 92: a quote signed with the resident's class ("Amara Okafor, Class of 2027") on a page about
// residents names a resident (issue 12).
// 93: a training year or a year of residency as what a named person is now ("… is currently a PGY-2",
// "… is in her second year of residency") names a resident (issue 12).
// 94: a comma splice is two clauses ("USCE is preferred, ECFMG certification is required", "we do
// not sponsor H-1B visas, J-1 visas are accepted"): a clause with a subject and verb of its own that
// names an unrelated topic continues neither the clause before nor the question; a pass whose
// requirement is denied ("Passing Step 1 is not required") asks for no pass (issue 11).
// 95: whose rule it is: a person's past ("It required passing Step 1", "she had to complete six
// months of rotations", "it took him two attempts") states no rule; US clinical experience asked for
// "if applicable" ("if any", "if available") is not required (issue 11).
// 96: a residency year by its kind (preliminary, transitional, internship, intern year) is graduate
// training, not US clinical experience ("however, we do require a preliminary year at a US
// institution" under a USCE question) (issue 11).
// 97: an opening "if" clause whose consequence turns the applicant away ("If you graduated more
// than 5 years ago, you are not eligible", "If you need an H-1B visa, we are unable to consider your
// application") says who is turned away, as "Applicants who … are not eligible" does (issue 11).
// 98: clinical experience required with what it may not be ("… that does not include observership or
// research", "…, which cannot be an observership", "excluding observerships") keeps its requirement
// and months; the observership it names is not accepted (issue 11).
// 99: a list of exams with a comma before its last "and" ("Step 1, Step 2 CK, and Step 3 must be
// passed") is the subject of the one verb after it, not two clauses (issue 11).
// 100: "This is the only visa we accept" refers to the one visa the question or the sentence before
// in the block names: that visa is accepted, the other not (issue 11).
// 101: the program that provides a visa sponsors it ("we provide either a J1 or an H1B visa", "the
// program provides H-1B visas") (issue 11).
// 102: a first-person writer who speaks of "my program director" or of when "I started residency"
// is a resident (issue 12).
// 103: a byline glued to the sentence that names a cohort with degrees is read apart from it
// (issue 12).
// 104: a separator cut inside a parenthesis cuts at the parenthesis too: its denials and
// preferences stay out of the requirement it stands in (issue 11).
// 105: a count of failures the program accepts ("we will consider applicants with one failure",
// "one retake is acceptable") allows one attempt more; unsuccessful attempts and retakes count
// failures (issue 11).
// 106: an observership named as the kind of an experience ("observership experience is not
// accepted", "shadowing experience does not qualify") takes the compound's denial (issue 11).
// 107: years since graduation that are another rule's condition ("USCE is required unless you
// graduated less than two years ago", "except for applicants who graduated in the past 2 years")
// are no graduation limit (issue 11).
// 108: a pass asked by another body — a school of its students before a stage (clerkships,
// clinical years, promotion), ECFMG for its certificate — is no rule of the program (issue 11).
// 109: a cohort sentence lists a class with a title before each name ("the class of 2029 are
// Dr. A, Dr. B and Dr. C", "Graduating from the residency are Dr A; Dr B; …") as it lists one
// with degrees (issue 12).
// 110: a phrase of ordinary nouns ("Board Review Course", "Appointment Contract") or one ending
// in a US state ("Love Michigan") is no person's name (issue 12).
// 111: each recipient of a resident's or an intern's award in a sentence that hands out several
// is a resident; a role that names an award ("the resident award") is nobody's role (issue 12).
// 112: a quote signed with the resident's class under a short line naming residents ("Hear from our
// residents") names a resident when the page's opening does not speak of residents (issue 12).
// 113: residents listed one a line under a lead-in that names them ("First-year residents are:",
// "We welcome the newest members of our residents, Class of 2030!"): "Name, School.", the school
// up to a slash before an earlier year's hospital, or none (issue 12).
// 114: "Doctors" spelt out and a program's other words for its residents ("our trainees",
// "housestaff", "house staff") open the sentences that name residents; a role word qualified
// away right before it ("former", "past", "fellowship", "visiting" residents or trainees) names
// no resident, with a comma after it or not (issue 12).
// 115: a quote's signature whose surname is an initial ("Kevin P., Class of 2023") names a
// resident as a full surname does (issue 12).
// 116: a list of scores beside a list of as many exams pairs them in order, with or without
// "respectively" and from a label ("205 and 215 on Step 1 and Step 2 CK", "Step 1/Step 2 CK: 210/220");
// lists that disagree give no score; two scores of one scale with a slash between are scores, not an
// id (issue 11).
// 117: a pass that names no exam ("Passing scores are required") is the pass of the exams the
// sentence before named; a list of exams between a pass and an exam is still the pass's list
// ("COMLEX Level 1 and 2 or USMLE Step 1 and 2") (issue 11).
// 118: a resident's role after a relative clause set off by commas ("Dr. A, who came from Lima, is
// completing his residency"); IMG status stated after a resident's name in the resident's own
// sentence ("(a foreign medical school graduate)", "trained in another country") sets img true,
// school null (issue 12).
// 119: a rule that is not the program's for its applicants states no visa, graduation limit or US
// clinical experience: another regime's (Selective Service, the J-1 waiver and Conrad 30, by the
// page's address or title too), an advocacy statement, a school's advice to its students and
// graduates, a state licence's (issue 11).
// 120: a name line's training year may be written in Roman numerals ("Jane Doe, PGY II") or as a
// chief's title ("…, PGY-4, Chief Resident"); a plain-text card whose name line carries its year
// ("Jane Doe, MD, PGY-2") goes on to the school lines under it (issue 12).
// 121: a table of awards and recipients gives the recipients of residents' and interns' awards
// (the award's cell names them, or the recipients' column is headed by residents); a table with a
// year column is a history of past winners (issue 12).
// 122: residents a story names as examples after counting them ("Of the 13 residents, … Ann Moe
// received her undergraduate degree at X; Joe Poe grew up in Y"), school null (issue 12).
// 123: "yet" after a negation, "have" or "as" ("do not yet sponsor", "have not yet passed", "as yet")
// is an adverb, not a clause separator: the negation keeps its scope (issue 11).
// 124: "a single fail" ("a single failure", "one single failed attempt") is a count of one failure,
// so a single failure tolerated allows two attempts (issue 11).
// 125: a quote's speaker named with a suffix ("said Joe Roe Jr., M.D., FACS, associate professor
// …") is read with the aside after the suffix and credentials: a director is no resident
// (issue 12).
// 126: graduating residents listed under a heading or a lead line that names them, each with a
// degree or a title and where they go next, are residents; the destination is no school (issue 12).
// 127: a negated verb of admitting ("will not consider") whose object is the visa or its
// sponsorship denies the visa; a named visa that restricts a word for visas in general ("H-1B
// visa sponsorship", "sponsorship of J-1 visas") keeps a denial of it off the other visa
// (issue 11).
// 128: advice is a preference: US clinical experience "not required but highly advised",
// "advisable", "applicants are advised to have …" is preferred (issue 11).
// 129: a pass that describes the applicants a program accepts or considers ("we consider applicants
// with passing scores on the USMLE", "candidates who have passed COMLEX … are welcome") is asked of
// them (issue 11).
// 130: an "and" with no comma that opens a predicate of its own (a subject and a verb, or a verb with
// its own negation: "… and we require …", "… and do not sponsor H-1B visas") starts a clause; a
// leading negation of a verb that breaks its reach ("cannot be guaranteed") denies nothing (issue 11).
// 131: an exam's or ECFMG's name spelled out in parentheses after its acronym ("USMLE (United
// States Medical Licensing Examination) Step 1") is dropped, so the step after it is read (issue
// 11).
// 132: the parts of a sentence that names one exam family are its steps or levels ("220 on Part 1
// and 230 on Part 2 of the USMLE", "COMLEX Part I"); a score row labelled with a part ("Part I
// minimum score") takes no other exam from the row above (issue 11).
// 133: a school's word in its own language ("Universidad", "Universidade", "Université",
// "Università", "Facultad", "Instituto") is no name word: a school on a roster's line is no
// resident (issue 12).
// 134: a cohort sentence that ends with three or more bare names ("The five doctors who will
// begin resident training at X's residency program are A, B, C, D, and E", "Our chief residents
// for next year are A, B and C") names the program's residents (issue 12).
// 135: visas named as documents a resident brings or presents (a J-1 with its DS-2019, an H-1B
// approval notice, under a lead-in asking for original or immigration documents) are no
// sponsorship; advocacy in the past tense or addressed to a government ("urged the State
// Department") is advocacy (issue 11).
// 136: a negated guarantee ("cannot guarantee sponsorship") is a hedge: its negation does not reach
// the visa it names, nor the other visa (issue 11).
// 137: a leader named in a graduating residents' list (a director's, a coordinator's, a dean's role
// after the name or on the line under it) is no graduate (issue 12).
// 138: a sentence in headline case names no resident after a role word ("Largest Class of
// Residents Finds Its Home in Family Medicine" gave "Finds Its") (issue 12).
// 139: a label, table header or question naming one typed sponsorship ("H-1B visa sponsorship:
// not available", "Do you offer H-1B visa sponsorship?" "No.") denies that visa alone; a value
// turning the labelled visa away ("H-1B: will not be considered") denies it (issue 11).
// 140: a resident introduced with degrees between the name and the school's verb ("Lena Park, MD,
// joins us from …", "…, MD, PhD, is a graduate of …") is read as one without them (issue 12).
// 141: a negated "accept" before an observership ("We do not accept observership experience")
// says observerships do not count (issue 11).
// 142: steps named after both exams ("USMLE/COMLEX Step 1", "USMLE (or COMLEX) Step 1") are
// COMLEX's levels too (issue 11).
// 143: an unlabelled part of a one-line entry that names a fellowship or a residency ("Ann Lee,
// DO - University of X, Cardiology Fellowship") is a destination, not a medical school (issue 12).
// 144: the modal "need not" ("Step 1 need not be passed", "applicants need not have …") denies the
// requirement, as "does not need to" does (issue 11).
// 145: under a lead-in that prefers and asks nothing ("Preferences:"), an item's "should" is a
// preference: no pass, no attempt limit; "must" still asks (issue 11).
// 146: the exam family a label or question names ("Minimum USMLE scores:") reaches the parts of its
// value ("Part I 215, Part II 225"): 215 is Step 1's only (issue 11).
// 147: a line under a resident lead-in may carry a name of six or seven words ("Omar Ali Hassan
// Idris Salih Nur, University of X"); the list no longer ends there (issue 12).
// 148: a medical school's admissions rules are no residency's: a sentence naming those who apply to
// the school (its MD or MD/PhD program, admission to it), a heading over it ("MD/PhD Program
// Admissions"), or a page of the entrance test and the school's application service with nothing of a
// residency's application states no visa (issue 11).
// 149: residents named in prose past a society's membership grade ("…, MD, ACP Resident/Fellow
// Member, an internal medicine resident") or an office title ("Council President Ada Moss"); names
// listed with their degrees; "Dr. Surname, an internal medicine resident"; a place's inhabitants
// ("Stockton residents A and B", "a resident of Stockton") are none (issue 12).
// 150: a page quoting residents of two or more programs in apposition ("Name, MD, resident at A",
// "Name, DO, resident at B") is a round-up: none of them, and no writer's essay, is read (issue 12).
// 151: a preference joined by "with" to a requirement ("… is required with preference for graduates
// of accredited schools") is a clause of its own and does not soften the requirement (issue 11).
// 152: a story's named examples may open with "For example:" and be joined by "and" or commas
// ("…; and Kim Doe used to be a paramedic"); a job held before medicine is no staff role (issue 12).
// 153: poster or abstract winners under a residents' label line ("Resident winner"), the title
// between, then "Names, MD | program": residents, school null; a student's or fellow's label gives no one (issue 12).
// 154: residents listed with degrees and training year: the list's last after "and" or "&" ("…, MD,
// PGY-2 & Lucia Romero, MD, PGY-3"), its first after a byline's "By" (issue 12).
// 155: a medical school's news of its students' match (its head speaks of a match and of students,
// or of a match at a medical school whose opening speaks of students) names no residents (issue 12).
// 156: a resident finishing their residency now or soon ("will finish her … residency", "the
// completion of his residency" after the sentence naming him) is read, with the school of "received
// his doctor of medicine degree from X"; a writer who introduces themself as a resident ("I'm Dr.
// Rao, the resident taking care of you") is read by the surname as written, IMG when the text says
// the writer trained abroad or the title is an international graduate's story (issue 12).
// 157: residents listed in one sentence after their role, the items parted by semicolons, each with
// degrees and "from"/"of" a school ("The new residents are A, MD, from X in Y; B, DO, from Z"); a
// role qualified away ("pharmacy residents") names no one after "are" either (issue 12).
// 158: what a story or an adviser's page says of the country's process or of programs in general
// ("the residency application process in the US …", "to practise medicine in the US, IMGs must …",
// "most programs require …", "some institutions sponsor …") is no program's rule: the sentence, and a
// page with such a sentence that nowhere speaks in a program's voice, state nothing (issue 11).
// 159: residents named in parentheses right after their plural role, no "Dr." before them ("our
// Chief Residents (A B, C D, E F)"), each a person's full name and the parenthesis closed after
// them (issue 12).
// 160: a resident writer's own ECFMG certificate ("my ECFMG certificate arrived") says they are an
// IMG; a statement of IMG status inside a question ("Can I apply if I am an IMG?") says nothing of
// the page's resident (issue 12).
// 161: a line under a resident lead-in may part the name from its school with a dash, a colon or a
// parenthesis when a school follows ("Ana Ruiz – Rush Medical College", "Omar Haddad (University of
// Jordan)"); a leader's line ("Dr. X - Program Director") ends the list (issue 12).
// 162: a school read after a prose connector ends where "and" opens what the resident did next ("…
// College of Medicine and spent a year …"), after a medical school's name only (issue 12).
// 163: advice to applicants ("we strongly urge applicants to have …") prefers, it does not require; a
// J-1 the program accepts when ECFMG sponsors it ("we do not offer J-1 sponsorship but accept
// ECFMG-sponsored J-1 visas") is true above the named denial (issue 11).
// 164: a count of residents that opens its sentence ("Thirteen new residents began …", "12 interns
// arrived …") counts the examples named after it, as "Of the 13 residents" does (issue 12).
// 165: one resident named in apposition after a singular resident's role and a comma, no "Dr."
// before the name ("our Chief Resident for recruitment, A B"; "an intern, A B,"), the role's phrase
// opened by a determiner, not "As a resident, …" (issue 12).
// 166: a resident who graduates from the residency ("Dr. Ana Ruiz graduates from the family medicine
// residency this month") is read, the verb no alumni's noun; a sentence that graduates someone from
// medical school before a residency is no residency's graduating class (issue 12).
// 167: a list of exams naming each family's part ("Step 1 and Level 1", "Step 1/Level 1") asks for
// both: the part after "level" is COMLEX's, after "step" USMLE's (issue 11).
// 168: a new graduate who "graduated with his medical degree and will complete his residency at X"
// is going to a residency, not finishing one: startedResidents reads no one (issue 12).
// 169: a name after a resident's role and a comma is no day ("the chief resident, Monday …"), and
// "Being a resident, …" designates no one (issue 12).
// 170: a bare "No." (a sentence of its own) answers the question whatever the sentence after it
// requires, and a visa it denied named again after it ("No. H-1B holders must convert to a J-1.")
// is not taken (issue 11).
// 171: the exam's own rule ("the USMLE allows at most four attempts") is no program's limit, and a
// count of the country's physicians ("1 of 4 physicians in the US is an IMG") no roster count (issue 11).
// 172: an institution's GME page speaks for its programs ("the hospital sponsors J-1 visas", "some
// programs sponsor H-1B visas" there): its facts stand (issue 11).
// 173: a country stated in a resident's apposition ("a PGY-2 from Peru"), IMG status stated of a
// listed group, a PGY-4+ subspecialty trainee is a fellow; "International Medical Graduates" in a
// heading and a title telling one person's road no longer scope a page to alumni or leaders (issue 12).
// 174: a question about the country's process ("How do I get a medical residency in the US as an
// IMG?") makes its answers an account of that process, no program's rules (issue 11).
// 175: chief residents announced with degrees after a term and "will be" ("the Chief Residents for the
// next 2022-2023 academic year will be A, MD, …"), the names opening a residents' welcome or letter, and
// no resident from a plain-text name line under a leader's title line (issue 12).
// 176: a country named by its tie to the applicant ("a statement of need from the country of last
// legal permanent residence") asks no status of them (issue 11).
// 177: a resident named by the program's "our", a training year or a chief's title, and "Dr." ("Our CMR
// Dr. A", "By our PGY3 and aspiring intensivist Dr. B", "Written by our PGY 2: Dr. C") (issue 12).
// 178: qualifications a lead-in prefers ("Preferred qualifications:", "Recommended qualifications:")
// are no requirements: an item's "should" under them prefers (issue 11).
// 179: a resident list's lead may give a caption's order after its verb ("residents are, from the
// left:"), and an item may open with "Dr." (issue 12).
// 180: a resident's role said as a stretch of the residency under way ("is in her second year of
// pathology residency", "now in a surgery residency", "finishing her first year as a … resident"),
// "another"/"currently a"/"now a" before a role, and a fronted "Now in the third year of his
// residency, Surname" read as residents (issue 12).
// 181: an essay's writer named in a byline ("By Dr. Jane Doe", "Author: …") is a resident when the
// text says "I began/started my … residency" (nothing saying it is over) or the byline gives a
// resident's training year ("…, Highland Emergency Medicine R4"); a past "worked as an attending"
// is no leader's voice (issue 12).
const Version = "181"
