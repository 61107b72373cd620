package testweb

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Phrasing banks other than the default one. The default bank
// (phrases.go) is written as code beside the rules it was tuned with; the
// banks here are data: each statement a template keyed by the policy case it
// states, so that a bank can be swapped in without touching the truth.
//
//   - BankUnseen (phrases_unseen.go) is frozen: written before the
//     extractor's redesign and never tuned against, it reports how the
//     extractor generalises to phrasings nobody wrote rules for. A test pins
//     its hash.

// Config.Bank values.
const (
	BankDefault = ""       // the default bank (phrases.go) and the real bank's promoted cases; the web the extractor is gated on
	BankReal    = "real"   // the default bank mixed with the phrasing classes of real pages (phrases_real.go)
	BankUnseen  = "unseen" // every statement from the frozen unseen bank (phrases_unseen.go)
)

// banks lists the named banks and their statements.
var banks = map[string][]phrasing{
	BankReal:   realBank,
	BankUnseen: unseenBank,
}

// bankRates is the chance that a group of facts a bank can state is
// stated from it rather than from the default bank (1: always).
var bankRates = map[string]float64{BankDefault: 0.5, BankReal: 0.5, BankUnseen: 1}

// promotedBank is the real bank's entries whose case is in promotedCases:
// the default web states them too (see phrases_real.go). Empty, the
// default web is byte-identical to the one without data banks.
func promotedBank() []phrasing {
	var out []phrasing
	for _, ph := range realBank {
		if slices.Contains(promotedCases, ph.Case) {
			out = append(out, ph)
		}
	}
	return out
}

// bank is the data bank of a web and how often it is used.
func (w *Web) bank() ([]phrasing, float64) {
	if w.cfg.Bank == BankDefault {
		return w.promoted, bankRates[BankDefault]
	}
	return banks[w.cfg.Bank], bankRates[w.cfg.Bank]
}

// BankNames lists the data banks Config.Bank accepts besides the default.
func BankNames() []string {
	out := make([]string, 0, len(banks))
	for k := range banks {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// phrasing is one statement of a data bank in every form a page may use,
// like item, but as templates with placeholders in braces that are filled
// from the program's policy and the page's spelling (see bankVars).
// A Q/A pair with an empty question is an answer whose question the page
// lost: it is rendered on its own.
type phrasing struct {
	Case     string // the policy case the statement states (bankCaseKeys)
	Sentence string
	Rows     [][2]string
	QAs      [][2]string
}

// bankCaseKeys are the cases a bank entry may state, with what the
// statement must say for the truth to hold. Placeholders: {J1} {H1B}
// {ECFMG} {STEP2} {COMLEX} are the page's spellings; {N} years as digits or
// a word, {ND} digits, {NW} word, {NY} "N years" ("one year"), {NYD} digits
// and unit, {NWDY} "three (3) years"; {HYP} a hypothetical number of years
// larger than the limit (questions only); {Y} a graduation year and {MATCH}
// "the 2027 Match" it applies to; {COND} the H-1B condition; {S1} {S2}
// {C2} scores and {OLD} an old two-digit score; {D} the USCE duration as
// the page states it (months, weeks or a year) and {K} a recency window in
// years; noise only: {AVG} a mean score, {ACGME} the program's ACGME id,
// {NRMP} its NRMP code, {POS} its positions.
var bankCaseKeys = map[string]string{
	"visa/citizens":     "citizens and permanent residents only: J-1 and H-1B false",
	"visa/none":         "no visa accepted or sponsored: J-1 and H-1B false",
	"visa/both":         "J-1 and H-1B true",
	"visa/both+cond":    "J-1 true, H-1B true under {COND}",
	"visa/j1only":       "J-1 true, H-1B false (said, or left out of an exclusive list)",
	"visa/h1bonly":      "H-1B true, J-1 false",
	"visa/h1bonly+cond": "H-1B true under {COND}, J-1 false",
	"visa/j1":           "J-1 true, H-1B not mentioned",

	"yog/hard":             "hard limit of {N} years, no anchor",
	"yog/hard@application": "hard limit of {N} years counted to the application",
	"yog/hard@match":       "hard limit of {N} years counted to the Match",
	"yog/hard@training":    "hard limit of {N} years counted to the start of training",
	"yog/hardyear":         "hard limit: graduated in {Y} or later, for {MATCH}",
	"yog/soft":             "preference for graduates of the last {N} years (not a limit)",
	"yog/softyear":         "preference for graduates of {Y} or later, for {MATCH}",
	"yog/none":             "explicitly no limit on years since graduation",

	"step1/pass":           "Step 1 must be passed (no number)",
	"step1/min":            "Step 1 minimum {S1}",
	"step12/min":           "one minimum {S2} for Step 1 and Step 2 CK",
	"step12+comlex2/min":   "one minimum {S2} for Step 1 and Step 2 CK, and COMLEX Level 2 minimum {C2}",
	"step2/min":            "Step 2 CK minimum {S2}",
	"step2/min+old":        "Step 2 CK minimum {S2}, with an old two-digit equivalent {OLD}",
	"step2/pref":           "Step 2 CK of {S2} preferred, not required",
	"comlex1/pass":         "COMLEX Level 1 must be passed",
	"comlex2/min":          "COMLEX Level 2 minimum {C2}",
	"attempts/1":           "first attempt only",
	"attempts/2":           "at most two attempts (one failure)",
	"attempts/3":           "at most three attempts",
	"step1pass+attempts/1": "Step 1 passed, on the first attempt",

	"usce/required":                "US clinical experience required, no duration",
	"usce/required+months":         "US clinical experience required, at least {D}",
	"usce/required+months+recent":  "US clinical experience required, at least {D}, within the last {K} years (recency, not YOG)",
	"usce/preferred":               "US clinical experience preferred, no duration",
	"usce/preferred+months":        "US clinical experience preferred, {D}",
	"usce/preferred+months+recent": "US clinical experience preferred, {D}, within the last {K} years (recency, not YOG)",
	"usce/notrequired":             "US clinical experience not required",
	"obs/yes":                      "observerships count as US clinical experience",
	"obs/no":                       "observerships do not count as US clinical experience",

	"noise": "states no field: distractor numbers, descriptions of current residents, identifiers",
}

// bankCaseKeysLater are cases added after the unseen bank was frozen
// (phrases_real.go uses them; the unseen bank has none, so an unseen web
// never draws them). Cases marked "bank only" are ones the default bank
// cannot state: a group holding one is always stated from the data bank.
var bankCaseKeysLater = map[string]string{
	"visa/noh1b":            "bank only: H-1B false, J-1 not mentioned",
	"visa/noj1":             "bank only: J-1 false, H-1B not mentioned",
	"yog/none+soft":         "bank only: explicitly no limit, and a preference for graduates of the last {N} years",
	"step12/min+attempts/1": "one minimum {S2} for Step 1 and Step 2 CK, on the first attempt",
	"step12/min+attempts/2": "one minimum {S2} for Step 1 and Step 2 CK, within two attempts",
	"step1pass+attempts/2":  "Step 1 passed, within two attempts",
	"step1pass+attempts/3":  "Step 1 passed, within three attempts",
	"noise/visa":            "states no field, used only when the page states no visa (a heading, a pointer to the international office)",
	"noise/yog":             "states no field, used only when the page states no YOG rule (exam windows, letter age, test dates)",
	"noise/scores":          "states no field, used only when the page states no score rule (percentiles, two-digit scores, means, 'to be competitive' without a number)",
	"noise/attempts":        "states no field, used only when the page states no attempt limit (soft attempt wording, 'no limit')",
	"noise/usce":            "states no field, used only when the page states no USCE rule (letters from US physicians, offering observerships)",
}

// bankOnly lists the cases the default bank cannot state.
var bankOnly = []string{"visa/noh1b", "visa/noj1", "yog/none+soft"}

// knownCase reports whether a case key is defined.
func knownCase(k string) bool {
	_, a := bankCaseKeys[k]
	_, b := bankCaseKeysLater[k]
	return a || b
}

// bankHas reports whether the bank has an entry for every key.
func bankHas(bank []phrasing, keys ...string) bool {
	for _, k := range keys {
		found := false
		for _, ph := range bank {
			if ph.Case == k {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// bankPick picks one entry of the bank for a case.
func bankPick(r *rng, bank []phrasing, key string) phrasing {
	var of []phrasing
	for _, ph := range bank {
		if ph.Case == key {
			of = append(of, ph)
		}
	}
	return pick(r, of)
}

// visaCase is the bank case of the policy's visa statement ("" when none).
func visaCase(pol policy) string {
	if !pol.visa {
		return ""
	}
	switch {
	case pol.citizensOnly:
		return "visa/citizens"
	case pol.j1 == no && pol.h1b == no:
		return "visa/none"
	case pol.j1 == yes && pol.h1b == yes && pol.h1bCond == "":
		return "visa/both"
	case pol.j1 == yes && pol.h1b == yes:
		return "visa/both+cond"
	case pol.j1 == yes && pol.h1b == no:
		return "visa/j1only"
	case pol.j1 == no && pol.h1b == yes && pol.h1bCond != "":
		return "visa/h1bonly+cond"
	case pol.j1 == no && pol.h1b == yes:
		return "visa/h1bonly"
	case pol.j1 == unknown && pol.h1b == no:
		return "visa/noh1b"
	case pol.j1 == no && pol.h1b == unknown:
		return "visa/noj1"
	default:
		return "visa/j1"
	}
}

// yogCase is the bank case of the policy's YOG statement ("" when none).
func yogCase(pol policy) string {
	switch {
	case pol.yogYear > 0 && pol.yogKind == 1:
		return "yog/hardyear"
	case pol.yogYear > 0 && pol.yogKind == 2:
		return "yog/softyear"
	case pol.yogKind == 1 && pol.yogTo == "application":
		return "yog/hard@application"
	case pol.yogKind == 1 && pol.yogTo == "match":
		return "yog/hard@match"
	case pol.yogKind == 1 && pol.yogTo == "training_start":
		return "yog/hard@training"
	case pol.yogKind == 1:
		return "yog/hard"
	case pol.yogKind == 2:
		return "yog/soft"
	case pol.yogKind == 3 && pol.yogSoftYears > 0:
		return "yog/none+soft"
	case pol.yogKind == 3:
		return "yog/none"
	}
	return ""
}

// examCases are the bank cases of the policy's score and attempt
// statements. A combined case is used only when the bank has it; combine
// says whether to join a Step 1 pass and a first-attempt rule.
func examCases(pol policy, bank []phrasing, combine bool) []string {
	var out []string
	step2, comlex2, attempts := pol.step2Kind, pol.comlex2 > 0, pol.attempts
	one := pol.step1Min > 0 && pol.step2Kind == 1 && pol.step1Min == pol.step2 && !pol.twoDigit // one minimum for both Steps
	withAttempts := "step12/min+attempts/" + strconv.Itoa(attempts)
	passAttempts := "step1pass+attempts/" + strconv.Itoa(attempts)
	switch {
	case one && comlex2 && bankHas(bank, "step12+comlex2/min"):
		out = append(out, "step12+comlex2/min")
		step2, comlex2 = 0, false
	case one && attempts > 0 && combine && bankHas(bank, withAttempts):
		out = append(out, withAttempts)
		step2, attempts = 0, 0
	case one && bankHas(bank, "step12/min"):
		out = append(out, "step12/min")
		step2 = 0
	case pol.step1Min > 0:
		out = append(out, "step1/min")
	case pol.step1Pass && attempts > 0 && combine && bankHas(bank, passAttempts):
		out = append(out, passAttempts)
		attempts = 0
	case pol.step1Pass:
		out = append(out, "step1/pass")
	}
	switch {
	case step2 == 1 && pol.twoDigit:
		out = append(out, "step2/min+old")
	case step2 == 1:
		out = append(out, "step2/min")
	case step2 == 2:
		out = append(out, "step2/pref")
	}
	if pol.comlex1 {
		out = append(out, "comlex1/pass")
	}
	if comlex2 {
		out = append(out, "comlex2/min")
	}
	if attempts > 0 {
		out = append(out, "attempts/"+strconv.Itoa(attempts))
	}
	return out
}

// usceCases are the bank cases of the policy's USCE statements.
func usceCases(pol policy) []string {
	var out []string
	switch pol.usceReq {
	case "required", "preferred":
		k := "usce/" + pol.usceReq
		if pol.usceMonths > 0 {
			k += "+months"
			if pol.usceRecent > 0 {
				k += "+recent"
			}
		}
		out = append(out, k)
	case "not_required":
		out = append(out, "usce/notrequired")
	}
	switch pol.obs {
	case yes:
		out = append(out, "obs/yes")
	case no:
		out = append(out, "obs/no")
	}
	return out
}

// bankPolicy adjusts a policy for a web with a data bank, from its own
// random stream (the default web without promoted cases never calls it),
// for classes real pages use that the default policy does not draw, each
// only when the bank has the case: one minimum for Step 1 and Step 2 CK
// ("USMLE minimum 220"), a recency window beside a USCE duration, a visa
// statement about one visa only, and "no cutoff" beside a preference.
func bankPolicy(seed int64, idx int, pol *policy, bank []phrasing) {
	r := newRNG(seed, "bank-policy", idx)
	if pol.step2Kind == 1 && !pol.twoDigit && bankHas(bank, "step12/min") && r.chance(0.4) {
		pol.step1Min, pol.step1Pass = pol.step2, false
	}
	if (pol.usceReq == "required" || pol.usceReq == "preferred") && pol.usceMonths > 0 &&
		bankHas(bank, "usce/"+pol.usceReq+"+months+recent") && r.chance(0.4) {
		pol.usceRecent = pick(r, []int{2, 3, 4, 5})
	}
	// cases added after the unseen bank: a stream of their own, so that an
	// unseen web stays as it was
	r = newRNG(seed, "bank-policy-later", idx)
	switch {
	case pol.visa && pol.j1 == yes && pol.h1b == no && bankHas(bank, "visa/noh1b") && r.chance(0.15):
		pol.j1 = unknown
	case pol.visa && pol.j1 == yes && pol.h1b == no && !pol.citizensOnly && bankHas(bank, "visa/noj1") && r.chance(0.05):
		pol.j1, pol.h1b = no, unknown
	}
	if pol.yogKind == 3 && bankHas(bank, "yog/none+soft") && r.chance(0.35) {
		pol.yogSoftYears = pick(r, []int{3, 5, 5, 7, 10})
	}
}

// bankItems renders the statements of one group ("visa", "yog", "exams",
// "usce") from the bank, with the chance rate (always for a bank-only
// case); ok is false when the bank lacks one of the cases or the draw says
// no, and the caller then uses the default bank for the group.
func bankItems(r *rng, p *program, bank []phrasing, rate float64, group string, sp spelling) (its []item, ok bool) {
	var keys []string
	switch group {
	case "visa":
		if k := visaCase(p.pol); k != "" {
			keys = append(keys, k)
		}
	case "yog":
		if k := yogCase(p.pol); k != "" {
			keys = append(keys, k)
		}
	case "exams":
		keys = examCases(p.pol, bank, r.chance(0.5))
	case "usce":
		keys = usceCases(p.pol)
	}
	if !bankHas(bank, keys...) {
		return nil, false
	}
	if rate < 1 && !slices.ContainsFunc(keys, func(k string) bool { return slices.Contains(bankOnly, k) }) && !r.chance(rate) {
		return nil, false
	}
	for _, k := range keys {
		its = append(its, bankRender(r, bankPick(r, bank, k), bankVars(r, p, sp)))
	}
	return its, true
}

// bankNoise renders n of the bank's noise statements (fewer if it has
// fewer): "noise", and "noise/<topic>" when the page states nothing of
// that topic.
func bankNoise(r *rng, p *program, bank []phrasing, sp spelling, n int) []item {
	pol := p.pol
	unstated := map[string]bool{
		"noise":          true,
		"noise/visa":     !pol.visa,
		"noise/yog":      pol.yogKind == 0,
		"noise/scores":   !pol.step1Pass && pol.step1Min == 0 && pol.step2Kind == 0 && !pol.comlex1 && pol.comlex2 == 0,
		"noise/attempts": pol.attempts == 0,
		"noise/usce":     pol.usceReq == "" && pol.obs == unknown,
	}
	var of []phrasing
	for _, ph := range bank {
		if unstated[ph.Case] {
			of = append(of, ph)
		}
	}
	for i := len(of) - 1; i > 0; i-- {
		j := r.intn(i + 1)
		of[i], of[j] = of[j], of[i]
	}
	var out []item
	for _, ph := range of[:min(n, len(of))] {
		out = append(out, bankRender(r, ph, bankVars(r, p, sp)))
	}
	return out
}

// bankRender fills one entry's templates.
func bankRender(r *rng, ph phrasing, vars map[string]string) item {
	pairs := make([]string, 0, 2*len(vars))
	for k, v := range vars {
		pairs = append(pairs, "{"+k+"}", v)
	}
	rep := strings.NewReplacer(pairs...)
	it := item{Sentence: rep.Replace(ph.Sentence)}
	for _, row := range ph.Rows {
		it.Rows = append(it.Rows, [2]string{rep.Replace(row[0]), rep.Replace(row[1])})
	}
	for _, qa := range ph.QAs {
		it.QAs = append(it.QAs, [2]string{rep.Replace(qa[0]), rep.Replace(qa[1])})
	}
	return it
}

// bankVars are the placeholder values for one statement of program p.
func bankVars(r *rng, p *program, sp spelling) map[string]string {
	pol := p.pol
	v := map[string]string{
		"J1": sp.J1, "H1B": sp.H1B, "ECFMG": sp.ECFMG, "STEP2": sp.Step2, "COMLEX": sp.Comlex,
		"MATCH": fmt.Sprintf("the %d Match", matchYear), "COND": pol.h1bCond,
		"ACGME": p.seed.ID, "POS": strconv.Itoa(p.positions),
		"AVG": strconv.Itoa(pick(r, []int{226, 231, 234, 238, 241, 247})),
		"S1":  strconv.Itoa(pol.step1Min), "S2": strconv.Itoa(pol.step2), "C2": strconv.Itoa(pol.comlex2),
		"OLD":  strconv.Itoa(pick(r, []int{75, 79, 80, 82, 85})),
		"K":    years(r, max(pol.usceRecent, 2)),
		"NRMP": "",
	}
	if len(p.seed.NRMPCodes) > 0 {
		v["NRMP"] = p.seed.NRMPCodes[0]
	}
	n := max(pol.yogYears, 1)
	word := numberWords[min(n, len(numberWords)-1)]
	v["ND"], v["NW"] = strconv.Itoa(n), word
	v["N"] = years(r, n)
	v["NY"], v["NYD"] = plural(v["N"]), plural(v["ND"])
	v["NWDY"] = fmt.Sprintf("%s (%d) years", word, n)
	if n == 1 {
		v["NWDY"] = "one (1) year"
	}
	hyp := pick(r, []int{8, 10, 12, 15})
	if pol.yogKind == 1 || pol.yogKind == 2 {
		hyp = n + pick(r, []int{3, 4, 5, 8})
	}
	v["HYP"] = strconv.Itoa(hyp)
	if hyp < len(numberWords) && r.chance(0.4) {
		v["HYP"] = numberWords[hyp]
	}
	v["Y"] = strconv.Itoa(pol.yogYear)
	v["D"] = bankDuration(r, pol)
	// placeholders added after the unseen bank: drawn from a stream
	// derived from r without advancing it, so that an unseen web stays as
	// it was
	x := newRNG(int64(r.s), "bank-vars-later")
	v["H1"] = pick(x, []string{"H1", "H-1", "H1b", "H1B"})
	v["STEP1"] = pick(x, []string{"Step 1", "Step 1", "Step I", "Step One"})
	v["SPEC"] = p.spec.Name
	v["DALT"] = "six months"
	if int(pol.usceMonths+0.5) == 6 {
		v["DALT"] = "twelve months"
	}
	if pol.yogSoftYears > 0 {
		n := pol.yogSoftYears
		v["N"], v["ND"], v["NW"] = years(x, n), strconv.Itoa(n), numberWords[min(n, len(numberWords)-1)]
		v["NY"], v["NYD"] = plural(v["N"]), plural(v["ND"])
		v["NWDY"] = fmt.Sprintf("%s (%d) years", v["NW"], n)
	}
	return v
}

// bankDuration writes the USCE duration as a page might: weeks when the
// policy says weeks, else months in digits or words, a year for 12.
func bankDuration(r *rng, pol policy) string {
	if pol.usceWeeks > 0 {
		return strconv.Itoa(pol.usceWeeks) + " weeks"
	}
	m := int(pol.usceMonths)
	switch {
	case m == 12 && r.chance(0.5):
		return pick(r, []string{"one year", "a full year (12 months)", "twelve months"})
	case m == 1:
		return pick(r, []string{"one month", "1 month"})
	case m <= 0:
		return "some"
	}
	if r.chance(0.4) {
		return numberWords[m] + " months"
	}
	return strconv.Itoa(m) + " months"
}

// bankCasesOf lists the distinct cases of a bank, sorted (for tests and docs).
func bankCasesOf(bank []phrasing) []string {
	seen := map[string]bool{}
	for _, ph := range bank {
		seen[ph.Case] = true
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
