package testweb

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// item is one statement of the phrasing bank in every form a page may
// use: a sentence (prose and bullets), label/value rows (tables), and
// question/answer pairs (FAQs). Text is HTML. Every form states exactly the
// same facts, so truth does not depend on the format.
type item struct {
	Extra    bool // in the extended bank only (Config.ExtendedPhrasings)
	Sentence string
	Rows     [][2]string
	QAs      [][2]string
	// States are facts a statement outside the policy states (the
	// recency of clinical experience, when ECFMG certification is due),
	// for the truth of the page that shows it; FormStates are those only
	// one form states ("sentence", "rows" or "qas": "Passing all USMLE
	// Steps on the first attempt" requires Step 1 passed, "Attempts: first
	// attempt only" names no step).
	States     map[imgfriendly.Field]imgfriendly.Value
	FormStates map[string]map[imgfriendly.Field]imgfriendly.Value
}

// step1Passed says a statement requires Step 1 passed.
var step1Passed = map[imgfriendly.Field]imgfriendly.Value{imgfriendly.FieldStep1PassRequired: imgfriendly.BoolValue(true)}

// spelling picks the spelling variants one page uses; ext says whether
// the extended phrasing bank is on.
type spelling struct {
	J1, H1B, ECFMG, Step2, Comlex string
	ext                           bool
}

func newSpelling(r *rng, ext bool) spelling {
	h1b := []string{"H-1B", "H-1B", "H1B", "H1-B"}
	if ext {
		h1b = append(h1b, "H1") // "H1 visas", "H1 visa"
	}
	return spelling{
		ext:    ext,
		J1:     pick(r, []string{"J-1", "J-1", "J1"}),
		H1B:    pick(r, h1b),
		ECFMG:  pick(r, []string{"ECFMG", "ECFMG", "E.C.F.M.G."}),
		Step2:  pick(r, []string{"Step 2 CK", "Step 2 CK", "Step 2CK", "Step II CK", "Step 2 Clinical Knowledge"}),
		Comlex: pick(r, []string{"COMLEX", "COMLEX-USA", "COMLEX"}),
	}
}

// choose picks one item, leaving out the extended bank's unless it is on.
func choose(r *rng, sp spelling, items []item) item {
	if !sp.ext {
		base := items[:0:0]
		for _, it := range items {
			if !it.Extra {
				base = append(base, it)
			}
		}
		items = base
	}
	return pick(r, items)
}

// years writes a number of years, sometimes as a word.
func years(r *rng, n int) string {
	if n < len(numberWords) && r.chance(0.3) {
		return numberWords[n]
	}
	return strconv.Itoa(n)
}

func plural(n string) string {
	if n == "1" || n == "one" {
		return n + " year"
	}
	return n + " years"
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// visaItems states the visa policy.
func visaItems(r *rng, pol policy, sp spelling) []item {
	if !pol.visa {
		return nil
	}
	J, H, E := sp.J1, sp.H1B, sp.ECFMG
	c := pol.h1bCond
	switch {
	case pol.citizensOnly:
		return []item{choose(r, sp, []item{
			{Sentence: fmt.Sprintf("Only U.S. citizens and permanent residents are eligible; we are unable to sponsor or accept visas of any kind (%s or %s).", J, H),
				Rows: [][2]string{{"Citizenship", "U.S. citizens and permanent residents only"}, {"Visa sponsorship", fmt.Sprintf("None (%s and %s not accepted)", J, H)}},
				QAs:  [][2]string{{fmt.Sprintf("Must I be a US citizen? Do you offer %s?", J), fmt.Sprintf("Yes, citizens and permanent residents only. We do not offer %s or %s visas.", J, H)}}},
			{Sentence: fmt.Sprintf("Applicants must be U.S. citizens or lawful permanent residents. The program does not sponsor %s visas and does not accept %s visas.", H, J),
				Rows: [][2]string{{"Eligibility", "U.S. citizens or permanent residents"}, {J + " visa", "Not accepted"}, {H + " visa", "Not sponsored"}},
				QAs:  [][2]string{{"Do you accept applicants who need a visa?", fmt.Sprintf("No. Only U.S. citizens and permanent residents are considered; we do not accept %s or sponsor %s visas.", J, H)}}},
		})}
	case pol.j1 == no && pol.h1b == no:
		return []item{choose(r, sp, []item{
			{Sentence: fmt.Sprintf("We do not accept or sponsor any visas (%s or %s).", J, H),
				Rows: [][2]string{{J + " visa", "Not accepted"}, {H + " visa", "Not sponsored"}},
				QAs:  [][2]string{{"Do you sponsor visas?", fmt.Sprintf("No. We neither sponsor %s visas nor accept %s visas.", H, J)}}},
			{Extra: true, Sentence: fmt.Sprintf("Visa sponsorship is not available: we do not accept %s visas and do not sponsor %s visas.", J, H),
				Rows: [][2]string{{"Visa sponsorship", fmt.Sprintf("Not available (%s: no; %s: no)", J, H)}},
				QAs:  [][2]string{{"Is visa sponsorship available?", fmt.Sprintf("No. We do not accept %s visas and do not sponsor %s visas.", J, H)}}},
			{Sentence: fmt.Sprintf("The program does not sponsor %s visas and does not accept %s visas.", H, J),
				Rows: [][2]string{{"Visa sponsorship", fmt.Sprintf("None (no %s, no %s)", J, H)}},
				QAs:  [][2]string{{fmt.Sprintf("Do you accept %s visas?", J), "No."}, {fmt.Sprintf("Do you sponsor %s visas?", H), "No."}}},
		})}
	case pol.j1 == yes && pol.h1b == yes && c == "":
		return []item{choose(r, sp, []item{
			{Sentence: fmt.Sprintf("We sponsor both %s and %s visas.", J, H),
				Rows: [][2]string{{"Visa sponsorship", J + " and " + H}},
				QAs:  [][2]string{{"Which visas does the program sponsor?", J + " and " + H + "."}}},
			{Sentence: fmt.Sprintf("The program accepts %s visas sponsored by %s and sponsors %s visas.", J, E, H),
				Rows: [][2]string{{J + " visa", "Yes (" + E + ")"}, {H + " visa", "Yes"}},
				QAs:  [][2]string{{"Do you sponsor visas?", fmt.Sprintf("Yes. We accept %s visas through %s and sponsor %s visas.", J, E, H)}}},
			{Extra: true, Sentence: fmt.Sprintf("Our program sponsors %s visas and accepts %s visas (%s).", H, J, E),
				Rows: [][2]string{{H + " sponsorship", "Yes"}, {J + " (" + E + ")", "Yes"}},
				QAs:  [][2]string{{fmt.Sprintf("Do you accept %s and %s visas?", J, H), "Yes, both."}}},
			{Sentence: fmt.Sprintf("International graduates may train with us on a%s<strong>%s visa</strong>or an <strong>%s visa</strong>; both are supported.", "", J, H),
				Rows: [][2]string{{"Visas supported", J + ", " + H}},
				QAs:  [][2]string{{fmt.Sprintf("Do you sponsor %s visas?", H), fmt.Sprintf("Yes. We also accept %s visas.", J)}}},
		})}
	case pol.j1 == yes && pol.h1b == yes:
		return []item{choose(r, sp, []item{
			{Sentence: fmt.Sprintf("We accept %s visas sponsored by %s. %s sponsorship is available %s.", J, E, H, c),
				Rows: [][2]string{{J + " visa", "Accepted (" + E + ")"}, {H + " visa", "Sponsored " + c}},
				QAs:  [][2]string{{fmt.Sprintf("Do you accept %s visas?", J), fmt.Sprintf("Yes, %s-sponsored %s visas are accepted.", E, J)}, {fmt.Sprintf("Do you sponsor %s visas?", H), "Yes, " + c + "."}}},
			{Sentence: fmt.Sprintf("%s visas are accepted. %s visas are sponsored %s.", J, H, c),
				Rows: [][2]string{{"Visa sponsorship", fmt.Sprintf("%s; %s %s", J, H, c)}},
				QAs:  [][2]string{{"Do you sponsor visas?", fmt.Sprintf("Yes. We accept %s visas, and we sponsor %s visas %s.", J, H, c)}}},
		})}
	case pol.j1 == yes && pol.h1b == no:
		return []item{choose(r, sp, []item{
			{Extra: true, Sentence: fmt.Sprintf("Only %s visas are accepted; %s visas are not sponsored.", J, H),
				Rows: [][2]string{{"Visa types accepted", J + " only"}},
				QAs:  [][2]string{{"Do you offer H-1B visas?", fmt.Sprintf("No. Only %s visas are accepted.", J)}}},
			{Sentence: fmt.Sprintf("Visa sponsorship: %s only.", J),
				Rows: [][2]string{{"Visa sponsorship", J + " only"}},
				QAs:  [][2]string{{"Do you sponsor visas? Which ones?", fmt.Sprintf("Yes, %s visas only (through %s). We do not sponsor %s visas.", J, E, H)}}},
			{Sentence: fmt.Sprintf("We do not sponsor %s visas; %s visas sponsored by %s are accepted.", H, J, E),
				Rows: [][2]string{{J + " visa", "Yes"}, {H + " visa", "No"}},
				QAs:  [][2]string{{fmt.Sprintf("Do you sponsor %s visas?", H), fmt.Sprintf("No. We accept %s visas sponsored by %s only.", J, E)}}},
			{Sentence: fmt.Sprintf("We do not sponsor visas, although we accept %s-sponsored %s visas.", E, J),
				Rows: [][2]string{{"Visas", fmt.Sprintf("%s (%s-sponsored) only; no %s", J, E, H)}},
				QAs:  [][2]string{{fmt.Sprintf("Do you sponsor %s visas?", H), fmt.Sprintf("No, we do not sponsor visas. We do accept %s-sponsored %s visas.", E, J)}}},
			{Sentence: fmt.Sprintf("We sponsor international graduates for<strong>%s Visa</strong>status only; the program does not sponsor %s visas.", J, H),
				Rows: [][2]string{{"Visa", J + " only"}},
				QAs:  [][2]string{{"What visa types do you support?", fmt.Sprintf("%s only. %s visas are not sponsored.", J, H)}}},
		})}
	case pol.j1 == no && pol.h1b == yes:
		if c != "" {
			return []item{{Sentence: fmt.Sprintf("We do not accept %s visas. %s sponsorship is available %s.", J, H, c),
				Rows: [][2]string{{J + " visa", "Not accepted"}, {H + " visa", "Sponsored " + c}},
				QAs:  [][2]string{{fmt.Sprintf("Do you accept %s visas?", J), fmt.Sprintf("No. We sponsor %s visas %s.", H, c)}}}}
		}
		return []item{{Sentence: fmt.Sprintf("We sponsor %s visas only; we do not accept %s visas.", H, J),
			Rows: [][2]string{{"Visa sponsorship", H + " only"}},
			QAs:  [][2]string{{"Which visas do you sponsor?", fmt.Sprintf("%s only. We do not accept %s visas.", H, J)}}}}
	default: // J-1 stated, H-1B not mentioned
		return []item{choose(r, sp, []item{
			{Sentence: fmt.Sprintf("We accept %s visas sponsored by the %s.", J, E),
				Rows: [][2]string{{J + " visa", "Accepted"}},
				QAs:  [][2]string{{fmt.Sprintf("Do you accept %s visas?", J), "Yes, through " + E + "."}}},
			{Sentence: fmt.Sprintf("International medical graduates on %s visas (%s-sponsored) are welcome to apply.", J, E),
				Rows: [][2]string{{"Visa", J + " (" + E + ")"}},
				QAs:  [][2]string{{fmt.Sprintf("Can I apply on a %s visa?", J), fmt.Sprintf("Yes, %s-sponsored %s visas are accepted.", E, J)}}},
		})}
	}
}

// yogItems states the year-of-graduation rule.
func yogItems(r *rng, pol policy, sp spelling) []item {
	hyp := pick(r, []int{8, 10, 12, 15})
	hypText := pick(r, []string{strconv.Itoa(hyp), numberWords[min(hyp, 12)]})
	if hyp > 12 {
		hypText = strconv.Itoa(hyp)
	}
	if pol.yogYear > 0 {
		return []item{choose(r, sp, yogYearItems(pol, hyp, hypText))}
	}
	switch pol.yogKind {
	case 1:
		n := years(r, pol.yogYears)
		qHyp := fmt.Sprintf("I graduated %s years ago, can I still apply?", hypText)
		if hyp <= pol.yogYears {
			qHyp = ""
		}
		var its []item
		switch pol.yogTo {
		case "application":
			its = []item{
				{Sentence: fmt.Sprintf("No more than %s from graduation at the time of application.", plural(n)),
					Rows: [][2]string{{"Year of graduation", fmt.Sprintf("No more than %s from graduation at the time of application (required)", plural(n))}},
					QAs:  [][2]string{{"Is there a cutoff for year of graduation?", fmt.Sprintf("Yes. Applicants must be no more than %s from graduation at the time of application.", plural(n))}}},
				{Sentence: fmt.Sprintf("Applicants must be within %s of medical school graduation at the time of application.", plural(n)),
					Rows: [][2]string{{"YOG limit", fmt.Sprintf("%s from graduation at the time of application", capital(plural(n)))}},
					QAs:  [][2]string{{qHyp, fmt.Sprintf("No. Applicants must be within %s of graduation at the time of application.", plural(n))}}},
			}
		case "match":
			its = []item{{Sentence: fmt.Sprintf("Candidates must be within %s of graduation at the time of the Match.", plural(n)),
				Rows: [][2]string{{"Year of graduation", fmt.Sprintf("Within %s of graduation at the time of the Match (required)", plural(n))}},
				QAs:  [][2]string{{"Is there a limit on years since graduation?", fmt.Sprintf("Yes. You must be within %s of graduation at the time of the Match.", plural(n))}}}}
		case "training_start":
			its = []item{
				{Sentence: fmt.Sprintf("Graduation within %s of beginning training is required.", plural(n)),
					Rows: [][2]string{{"Year of graduation", fmt.Sprintf("Within %s of beginning training (required)", plural(n))}},
					QAs:  [][2]string{{"Is there a year of graduation requirement?", fmt.Sprintf("Yes. Graduation must be within %s of beginning training.", plural(n))}}},
				{Sentence: fmt.Sprintf("You must have graduated no more than %s before the start of residency training.", plural(n)),
					Rows: [][2]string{{"YOG", fmt.Sprintf("No more than %s before the start of training", plural(n))}},
					QAs:  [][2]string{{qHyp, fmt.Sprintf("No. You must have graduated no more than %s before the start of residency training.", plural(n))}}},
			}
		default:
			its = []item{
				{Sentence: fmt.Sprintf("Applicants must have graduated from medical school within the past %s.", plural(n)),
					Rows: [][2]string{{"Year of graduation", fmt.Sprintf("Within the last %s (required)", plural(n))}},
					QAs:  [][2]string{{qHyp, fmt.Sprintf("No. Applicants must have graduated within the past %s.", plural(n))}}},
				{Extra: true, Sentence: fmt.Sprintf("Applicants who graduated more than %s ago will not be considered.", plural(n)),
					Rows: [][2]string{{"Graduation year", fmt.Sprintf("No more than %s ago (required)", plural(n))}},
					QAs:  [][2]string{{qHyp, fmt.Sprintf("No. Applicants who graduated more than %s ago are not considered.", plural(n))}}},
				{Sentence: fmt.Sprintf("We only consider applicants who graduated in the last %s.", plural(n)),
					Rows: [][2]string{{"YOG cutoff", capital(plural(n))}},
					QAs:  [][2]string{{"Is there a cutoff for year of graduation?", fmt.Sprintf("Yes, %s. We only consider applicants who graduated in the last %s.", plural(n), plural(n))}}},
			}
		}
		it := choose(r, sp, its)
		if len(it.QAs) > 0 && it.QAs[0][0] == "" {
			it.QAs[0][0] = "Is there a cutoff for year of graduation?"
			it.QAs[0][1] = "Yes. " + strings.TrimPrefix(it.QAs[0][1], "No. ")
		}
		return []item{it}
	case 2:
		n := years(r, pol.yogYears)
		qa := [2]string{"Do you have a preference for year of graduation?", fmt.Sprintf("Yes. We prefer applicants who graduated within the last %s.", plural(n))}
		if hyp > pol.yogYears {
			qa = [2]string{fmt.Sprintf("I graduated %s years ago, can I apply?", hypText), fmt.Sprintf("You may apply; however, graduates within the last %s are strongly preferred.", plural(n))}
		}
		return []item{choose(r, sp, []item{
			{Extra: true, Sentence: fmt.Sprintf("Preference is given to applicants who graduated within the last %s.", plural(n)),
				Rows: [][2]string{{"Year of graduation", fmt.Sprintf("Preference for graduates of the last %s", plural(n))}}, QAs: [][2]string{qa}},
			{Sentence: fmt.Sprintf("Graduation within %s is strongly encouraged.", plural(n)),
				Rows: [][2]string{{"Year of graduation", fmt.Sprintf("Within %s preferred (not required)", plural(n))}}, QAs: [][2]string{qa}},
			{Sentence: fmt.Sprintf("Recent graduates (within %s of graduation) are preferred, but older graduates will be considered.", plural(n)),
				Rows: [][2]string{{"YOG", fmt.Sprintf("Within %s preferred", plural(n))}}, QAs: [][2]string{qa}},
		})}
	case 3:
		qa := pick(r, [][2]string{
			{"Is there a cutoff for year of graduation?", "No. We do not have a YOG cutoff."},
			{fmt.Sprintf("I graduated %s years ago, can I still apply?", hypText), "Yes. There is no limit on years since graduation."},
		})
		return []item{choose(r, sp, []item{
			{Sentence: "There is no cutoff for year of graduation.", Rows: [][2]string{{"Year of graduation", "No limit"}}, QAs: [][2]string{qa}},
			{Sentence: "We have no YOG limit.", Rows: [][2]string{{"YOG cutoff", "None"}}, QAs: [][2]string{qa}},
			{Extra: true, Sentence: "We do not have a graduation year cutoff.", Rows: [][2]string{{"Graduation year cutoff", "No cutoff"}}, QAs: [][2]string{qa}},
			{Sentence: "No cutoff for year of graduation, but recent graduates are preferred.", Rows: [][2]string{{"Year of graduation", "No cutoff (recent graduates preferred)"}}, QAs: [][2]string{qa}},
		})}
	}
	return nil
}

// yogYearItems state a hard (yogKind 1) or preferred (yogKind 2) YOG limit
// as a graduation year, the way many programs write it. Every form names
// the Match it applies to ("for the 2027 Match"): a year is converted to
// years since graduation against the page's Match year, so a page must say
// which Match it speaks of.
func yogYearItems(pol policy, hyp int, hypText string) []item {
	y, m := strconv.Itoa(pol.yogYear), fmt.Sprintf("the %d Match", matchYear)
	if pol.yogKind == 2 {
		qa := [2]string{"Do you have a preference for year of graduation?", fmt.Sprintf("Yes. For %s, we prefer applicants who graduated in %s or later.", m, y)}
		if hyp > pol.yogYears {
			qa = [2]string{fmt.Sprintf("I graduated %s years ago, can I apply?", hypText), fmt.Sprintf("You may apply; however, for %s, graduates of %s or later are strongly preferred.", m, y)}
		}
		return []item{
			{Sentence: fmt.Sprintf("For %s, applicants who graduated in %s or later are preferred.", m, y),
				Rows: [][2]string{{"Year of graduation", fmt.Sprintf("%s or later preferred (for %s)", y, m)}}, QAs: [][2]string{qa}},
			{Sentence: fmt.Sprintf("Graduation year %s or more recent is preferred for %s.", y, m),
				Rows: [][2]string{{"Graduation year", fmt.Sprintf("%s or more recent preferred, for %s (not required)", y, m)}},
				QAs:  [][2]string{{"Do you have a preference for year of graduation?", fmt.Sprintf("Yes. For %s, a graduation year of %s or more recent is preferred.", m, y)}}},
			{Sentence: fmt.Sprintf("For %s, we prefer applicants who graduated on or after January 1, %s.", m, y),
				Rows: [][2]string{{"Graduation date", fmt.Sprintf("On or after January 1, %s preferred (for %s)", y, m)}},
				QAs:  [][2]string{{"Do you have a preference for year of graduation?", fmt.Sprintf("Yes. For %s, we prefer applicants who graduated on or after January 1, %s.", m, y)}}},
			{Sentence: fmt.Sprintf("YOG %s or later preferred for %s.", y, m),
				Rows: [][2]string{{"YOG (preferred)", fmt.Sprintf("%s or later, for %s", y, m)}},
				QAs:  [][2]string{{"Do you have a YOG preference?", fmt.Sprintf("Yes, YOG %s or later is preferred for %s.", y, m)}}},
		}
	}
	cutoff := "Is there a cutoff for year of graduation?"
	qHyp, no := cutoff, "Yes. "
	if hyp > pol.yogYears {
		qHyp, no = fmt.Sprintf("I graduated %s years ago, can I still apply?", hypText), "No. "
	}
	return []item{
		{Sentence: fmt.Sprintf("For %s, we only consider applicants who graduated in %s or later.", m, y),
			Rows: [][2]string{{"Year of graduation", fmt.Sprintf("%s or later (for %s)", y, m)}},
			QAs:  [][2]string{{qHyp, fmt.Sprintf("%sFor %s, applicants must have graduated in %s or later.", no, m, y)}}},
		{Sentence: fmt.Sprintf("Graduation year %s or more recent is required for %s.", y, m),
			Rows: [][2]string{{"Graduation year", fmt.Sprintf("%s or more recent, for %s (required)", y, m)}},
			QAs:  [][2]string{{cutoff, fmt.Sprintf("Yes. For %s, your graduation year must be %s or more recent.", m, y)}}},
		{Sentence: fmt.Sprintf("For %s, applicants must have graduated on or after January 1, %s.", m, y),
			Rows: [][2]string{{"Graduation date", fmt.Sprintf("On or after January 1, %s (for %s)", y, m)}},
			QAs:  [][2]string{{qHyp, fmt.Sprintf("%sFor %s, applicants must have graduated on or after January 1, %s.", no, m, y)}}},
		{Sentence: fmt.Sprintf("YOG %s or later for %s.", y, m),
			Rows: [][2]string{{"YOG", fmt.Sprintf("%s or later (for %s)", y, m)}},
			QAs:  [][2]string{{cutoff, fmt.Sprintf("Yes, YOG %s or later for %s.", y, m)}}},
	}
}

// scoreItems states the exam requirements.
func scoreItems(r *rng, pol policy, sp spelling) []item {
	var out []item
	if pol.step1Pass {
		out = append(out, choose(r, sp, []item{
			{Sentence: "Applicants must have passed USMLE Step 1.", Rows: [][2]string{{"USMLE Step 1", "Pass"}}, QAs: [][2]string{{"Do I need to pass Step 1?", "Yes, a passing USMLE Step 1 result is required."}}},
			{Sentence: "USMLE Step 1: pass required.", Rows: [][2]string{{"Step 1", "Pass required"}}, QAs: [][2]string{{"Is Step 1 required?", "Yes, you must have passed USMLE Step 1."}}},
		}))
	}
	if pol.step1Min > 0 {
		s := strconv.Itoa(pol.step1Min)
		out = append(out, item{Sentence: "A minimum USMLE Step 1 score of " + s + " is required.", Rows: [][2]string{{"USMLE Step 1", s + " minimum"}}, QAs: [][2]string{{"What is the minimum Step 1 score?", "We require a Step 1 score of at least " + s + "."}}})
	}
	st := sp.Step2
	switch pol.step2Kind {
	case 1:
		s := strconv.Itoa(pol.step2)
		old := ""
		if pol.twoDigit {
			old = fmt.Sprintf(" (or %d on the old two-digit scale)", pick(r, []int{75, 79, 80, 82, 85}))
		}
		out = append(out, choose(r, sp, []item{
			{Sentence: fmt.Sprintf("A minimum USMLE %s score of %s%s is required.", st, s, old), Rows: [][2]string{{"USMLE " + st, "Minimum " + s + old}}, QAs: [][2]string{{"What is the minimum " + st + " score?", fmt.Sprintf("We require a score of at least %s%s on %s.", s, old, st)}}},
			{Extra: true, Sentence: fmt.Sprintf("Minimum %s score: %s%s.", st, s, old), Rows: [][2]string{{"Minimum " + st, s + old}}, QAs: [][2]string{{"Do you have a " + st + " cutoff?", fmt.Sprintf("Yes, a minimum score of %s%s.", s, old)}}},
			{Sentence: fmt.Sprintf("%s: %s or higher required%s.", st, s, old), Rows: [][2]string{{st, s + " or higher (required)" + old}}, QAs: [][2]string{{"Is there a minimum " + st + " score?", fmt.Sprintf("Yes, %s or higher%s.", s, old)}}},
		}))
	case 2:
		s := strconv.Itoa(pol.step2)
		out = append(out, choose(r, sp, []item{
			{Sentence: fmt.Sprintf("A %s score of %s or higher is preferred.", st, s), Rows: [][2]string{{st + " (preferred)", s + "+"}}, QAs: [][2]string{{"Is there a minimum " + st + " score?", fmt.Sprintf("No strict minimum; scores of %s or higher are preferred.", s)}}},
			{Sentence: fmt.Sprintf("We prefer %s scores of at least %s, but this is not a strict cutoff.", st, s), Rows: [][2]string{{"USMLE " + st, s + " or above preferred"}}, QAs: [][2]string{{"What " + st + " score do you look for?", fmt.Sprintf("We prefer %s or higher, but this is not a strict cutoff.", s)}}},
		}))
	}
	cx := sp.Comlex
	if pol.comlex1 {
		out = append(out, choose(r, sp, []item{
			{Sentence: "DO applicants must have passed " + cx + " Level 1.", Rows: [][2]string{{cx + " Level 1", "Pass"}}, QAs: [][2]string{{"Do you accept COMLEX?", "Yes. DO applicants must have passed " + cx + " Level 1."}}},
			{Sentence: cx + " Level 1: pass required.", Rows: [][2]string{{cx + " Level 1", "Pass required"}}, QAs: [][2]string{{"Is " + cx + " Level 1 required for DO applicants?", "Yes, a passing result is required."}}},
		}))
	}
	if pol.comlex2 > 0 {
		s := strconv.Itoa(pol.comlex2)
		name := pick(r, []string{cx + " Level 2-CE", cx + " Level 2 CE", "US COMPLEX Level 2"})
		out = append(out, item{Sentence: fmt.Sprintf("A minimum %s score of %s is required.", name, s), Rows: [][2]string{{name, s + " minimum"}}, QAs: [][2]string{{"What is the minimum " + name + " score?", s + "."}}})
	}
	return out
}

// attemptItems states the attempt limit.
func attemptItems(r *rng, pol policy, sp spelling) []item {
	q := "Will you consider applicants with a failed attempt?"
	switch pol.attempts {
	case 1:
		return []item{choose(r, sp, []item{
			{Sentence: "Passing all USMLE Steps on the first attempt is required.", Rows: [][2]string{{"Attempts", "First attempt only"}}, QAs: [][2]string{{q, "No. All USMLE Steps must be passed on the first attempt."}},
				FormStates: map[string]map[imgfriendly.Field]imgfriendly.Value{"sentence": step1Passed, "qas": step1Passed}},
			{Extra: true, Sentence: "Only applicants who passed every USMLE Step on the first attempt will be considered.", Rows: [][2]string{{"USMLE", "First-attempt passes only"}}, QAs: [][2]string{{q, "No. Every Step must be passed on the first attempt."}},
				States: step1Passed},
			{Sentence: "We do not consider applicants with any USMLE failures.", Rows: [][2]string{{"USMLE attempts", "First attempt passes only"}}, QAs: [][2]string{{q, "No. We only consider first-attempt passes."}},
				FormStates: map[string]map[imgfriendly.Field]imgfriendly.Value{"rows": step1Passed}},
		})}
	case 2:
		return []item{choose(r, sp, []item{
			{Sentence: "No more than one failure on any USMLE Step.", Rows: [][2]string{{"Attempts", "No more than one failure per Step"}}, QAs: [][2]string{{q, "Yes, but no more than one failure on any Step."}}},
			{Extra: true, Sentence: "Applicants with more than one failed attempt on any Step will not be considered.", Rows: [][2]string{{"Failed attempts", "At most one per Step"}}, QAs: [][2]string{{q, "Yes, but not with more than one failed attempt on any Step."}}},
			{Sentence: "A maximum of two attempts per Step is accepted.", Rows: [][2]string{{"Attempts", "Maximum 2 per Step"}}, QAs: [][2]string{{q, "Yes, with a maximum of two attempts per Step."}}},
		})}
	case 3:
		return []item{{Sentence: "We accept no more than two failed attempts on any USMLE Step.", Rows: [][2]string{{"Attempts", "Maximum 3 per Step (no more than two failures)"}}, QAs: [][2]string{{q, "Yes, with no more than two failed attempts on any Step."}}}}
	}
	return nil
}

// monthsText writes the USCE duration as stated.
func monthsText(r *rng, pol policy) string {
	if pol.usceWeeks > 0 {
		return strconv.Itoa(pol.usceWeeks) + " weeks"
	}
	m := int(pol.usceMonths)
	n := strconv.Itoa(m)
	if r.chance(0.3) {
		n = numberWords[m]
	}
	if m == 1 {
		return n + " month"
	}
	return n + " months"
}

// usceItems states the US clinical experience rules.
func usceItems(r *rng, pol policy, sp spelling) []item {
	var out []item
	q := "Is US clinical experience required?"
	switch pol.usceReq {
	case "required":
		if pol.usceMonths > 0 {
			d := monthsText(r, pol)
			out = append(out, choose(r, sp, []item{
				{Sentence: fmt.Sprintf("At least %s of US clinical experience (USCE) is required.", d), Rows: [][2]string{{"US clinical experience", "Required (minimum " + d + ")"}}, QAs: [][2]string{{q, fmt.Sprintf("Yes. We require at least %s of US clinical experience.", d)}}},
				{Extra: true, Sentence: fmt.Sprintf("%s of US clinical experience is required.", capital(d)), Rows: [][2]string{{"USCE required", d}}, QAs: [][2]string{{q, fmt.Sprintf("Yes, %s.", d)}}},
				{Sentence: fmt.Sprintf("A minimum of %s of USCE is required.", d), Rows: [][2]string{{"USCE", d + " required"}}, QAs: [][2]string{{"How much USCE do I need?", fmt.Sprintf("A minimum of %s of US clinical experience is required.", d)}}},
			}))
		} else {
			out = append(out, item{Sentence: "US clinical experience is required.", Rows: [][2]string{{"USCE", "Required"}}, QAs: [][2]string{{q, "Yes."}}})
		}
	case "preferred":
		if pol.usceMonths > 0 {
			d := monthsText(r, pol)
			out = append(out, item{Sentence: fmt.Sprintf("We strongly prefer at least %s of USCE, but it is not required.", d), Rows: [][2]string{{"US clinical experience", "Preferred (" + d + "), not required"}}, QAs: [][2]string{{q, fmt.Sprintf("Not required, but at least %s of US clinical experience is preferred.", d)}}})
		} else {
			out = append(out, choose(r, sp, []item{
				{Sentence: "US clinical experience is preferred but not required.", Rows: [][2]string{{"USCE", "Preferred"}}, QAs: [][2]string{{q, "No, but it is strongly preferred."}}},
				{Sentence: "USCE is strongly preferred, though not required.", Rows: [][2]string{{"US clinical experience", "Preferred, not required"}}, QAs: [][2]string{{q, "It is not required, but it is preferred."}}},
			}))
		}
	case "not_required":
		out = append(out, choose(r, sp, []item{
			{Sentence: "US clinical experience is not required.", Rows: [][2]string{{"USCE", "Not required"}}, QAs: [][2]string{{q, "No."}}},
			{Sentence: "We do not require USCE.", Rows: [][2]string{{"US clinical experience", "Not required"}}, QAs: [][2]string{{"Do I need US clinical experience to apply?", "No, USCE is not required."}}},
		}))
	}
	switch pol.obs {
	case yes:
		out = append(out, choose(r, sp, []item{
			{Sentence: "Observerships count toward US clinical experience.", Rows: [][2]string{{"Observerships", "Accepted as USCE"}}, QAs: [][2]string{{"Do observerships count as USCE?", "Yes."}}},
			{Sentence: "Observerships are accepted as US clinical experience.", Rows: [][2]string{{"Observerships", "Count as USCE"}}, QAs: [][2]string{{"Are observerships accepted?", "Yes, observerships count as US clinical experience."}}},
		}))
	case no:
		out = append(out, choose(r, sp, []item{
			{Extra: true, Sentence: "Observerships will not be considered as US clinical experience.", Rows: [][2]string{{"Observerships", "Not considered USCE"}}, QAs: [][2]string{{"Do observerships count?", "No, observerships are not considered US clinical experience."}}},
			{Sentence: "Observerships are not acceptable as USCE.", Rows: [][2]string{{"Observerships", "Not accepted"}}, QAs: [][2]string{{"Do observerships count as USCE?", "No, only hands-on clinical experience counts."}}},
			{Sentence: "Observerships do not count; only hands-on experience (externships, sub-internships) qualifies.", Rows: [][2]string{{"Observerships", "Do not count as USCE"}}, QAs: [][2]string{{"Are observerships accepted?", "No. Only hands-on experience such as externships counts."}}},
		}))
	}
	if pol.usceReq == "required" || pol.usceReq == "preferred" {
		if r.chance(0.4) {
			k := pick(r, []int{2, 3})
			out = append(out, item{Sentence: fmt.Sprintf("Clinical experience should have been completed within the last %d years.", k),
				Rows:   [][2]string{{"USCE recency", fmt.Sprintf("Within the last %d years", k)}},
				QAs:    [][2]string{{"Does my clinical experience need to be recent?", fmt.Sprintf("Yes, US clinical experience should be from within the last %d years.", k)}},
				States: map[imgfriendly.Field]imgfriendly.Value{imgfriendly.FieldClinicalRecencyMax: imgfriendly.NumValue(float64(k))}})
		}
	}
	return out
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// noiseItems are statements that state no field: deadlines, dates, program
// sizes and other distractor numbers.
func noiseItems(r *rng, p *program) []item {
	dl := fmt.Sprintf("%s %d, %d", pick(r, []string{"September", "October", "November"}), r.between(1, 30), cycleYear)
	out := []item{
		{Sentence: "Applications are accepted through ERAS only. The application deadline is " + dl + ".", Rows: [][2]string{{"Application deadline", dl}}, QAs: [][2]string{{"When is the application deadline?", dl + "."}}},
		{Sentence: fmt.Sprintf("Interviews are held from %s through %s.", pick(r, months[9:12]), pick(r, months[0:2])), Rows: [][2]string{{"Interview season", "October to January"}}, QAs: [][2]string{{"When are interviews held?", "Between October and January, virtually."}}},
		{Sentence: fmt.Sprintf("We offer %d categorical positions each year.", p.positions), Rows: [][2]string{{"Positions per year", strconv.Itoa(p.positions)}}, QAs: [][2]string{{"How many positions do you offer?", fmt.Sprintf("%d categorical positions each year.", p.positions)}}},
		{Sentence: fmt.Sprintf("Three letters of recommendation are required, at least %s from a physician in the United States.", pick(r, []string{"one", "two"})), Rows: [][2]string{{"Letters of recommendation", "3"}}, QAs: [][2]string{{"How many letters of recommendation do I need?", "Three."}}},
		{Sentence: "ECFMG certification must be obtained before the start of training.", Rows: [][2]string{{"ECFMG certification", "By the start of training"}}, QAs: [][2]string{{"When must I be ECFMG certified?", "Before the start of training on July 1."}},
			States: map[imgfriendly.Field]imgfriendly.Value{imgfriendly.FieldECFMGDeadline: imgfriendly.TextValue("training_start")}},
	}
	if !p.closed && r.chance(0.5) {
		k := pick(r, []int{3, 5, 10})
		out = append(out, item{Sentence: fmt.Sprintf("We have matched international medical graduates every year for the last %d years.", k),
			Rows: [][2]string{{"IMG residents", fmt.Sprintf("Matched every year for the last %d years", k)}},
			QAs:  [][2]string{{"Do you take IMGs?", fmt.Sprintf("Yes. We have matched IMGs every year for the last %d years.", k)}}})
	}
	r.shuffleItems(out)
	return out[:r.between(3, len(out))]
}

func (r *rng) shuffleItems(xs []item) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}

// emptyQAs are FAQ questions left unanswered: they assert nothing.
func emptyQAs(pol policy, sp spelling) [][2]string {
	out := [][2]string{{"Do you offer pre-match positions?", ""}, {"Can I do an observership at your program?", ""}}
	if pol.visa && pol.h1b == unknown {
		out = append(out, [2]string{fmt.Sprintf("Do you sponsor %s visas?", sp.H1B), ""})
	}
	return out
}
