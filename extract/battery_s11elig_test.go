package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// The eligibility batteries of session 11 (issue 11's known misses on
// unseen passages), written in the team's own words: the scope of an
// answer's "No.", an answer that denies the question's number and states
// its own, an exclusive visa statement written as a heading, a pass
// required beside a soft recency preference.

// TestBatteryAnswerDeniesTheNumber: "Do you require three months?" "No. We
// require at least one." — the "No." denies the question's quantity, the
// sentence after it is the program's rule with its own number. Near misses:
// a bare "No.", a "No." then a denial or a preference (no number of its
// own), the rule naming its topic itself.
func TestBatteryAnswerDeniesTheNumber(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("usce 12 weeks asked; No. then four weeks required", "<h3>Are twelve weeks of USCE needed to apply?</h3><p>No. Eight weeks are required.</p>", F{usceReqF: "required", usceMo: 1.8})
	add("usce months asked, dt/dd; No. then at least two months", "<dl><dt>Must I have six months of US clinical experience?</dt><dd>No. You need at least two months.</dd></dl>", F{usceReqF: "required", usceMo: 2.0})
	add("usce asked in one paragraph; No. then one month required", "<p>Do you require 3 months of USCE? No. At least one month is required.</p>", F{usceReqF: "required", usceMo: 1.0})
	add("usce asked, bold question; No. then our minimum", "<p><strong>Is a year of USCE required?</strong></p><p>No. We require a minimum of three months.</p>", F{usceReqF: "required", usceMo: 3.0})
	// near misses
	add("usce months asked; bare No.", "<h3>Do you require 3 months of USCE?</h3><p>No.</p>", F{usceReqF: "not_required"})
	add("usce months asked; No. then a denial", "<h3>Do you require 3 months of USCE?</h3><p>No. We do not require any.</p>", F{usceReqF: "not_required"})
	add("usce months asked; No, then a number in the same sentence", "<h3>Do you require 3 months of USCE?</h3><p>No, but one month is required.</p>", F{usceReqF: "required", usceMo: 1.0})
	runKnownBattery(t, cases, nil, usceReqF, usceMo)
}

// TestBatteryAnswerScopeOtherPrograms: an answer's "Yes." or "No." of its
// own sentence answers the question put to the program, whatever the
// sentences after it say of other programs. Near misses: a question
// about programs in general (its answer is about them), a sentence about
// other programs with no lead of its own.
func TestBatteryAnswerScopeOtherPrograms(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("h1b asked; No. then apply to other programs", "<h3>Does your residency sponsor H-1B visas?</h3><p>No. Candidates who need one should apply to other programs.</p>", F{h1b: false})
	add("usce asked; No. then many programs do", "<h3>Does your program require US clinical experience?</h3><p>No. Many programs require it, so it may still help you elsewhere.</p>", F{usceReqF: "not_required"})
	add("j1 asked; Yes. then many programs do not", "<h3>Do you sponsor J-1 visas?</h3><p>Yes. Some other programs in the region do not.</p>", F{j1: true})
	add("usce asked; No, though many programs do", "<h3>Does the program require USCE?</h3><p>No, though many programs do.</p>", F{usceReqF: "not_required"})
	add("h1b asked; No, unlike other programs", "<h3>Do you sponsor H-1B visas?</h3><p>No, unlike several other programs in the city.</p>", F{h1b: false})
	// near misses
	add("reader asked; Yes. then most programs require it", "<h3>Do I need US clinical experience to match?</h3><p>Yes. Most programs require it.</p>", F{})
	add("general question; No. about most programs", "<h3>Do most residency programs sponsor H-1B visas?</h3><p>No. Most programs only sponsor the J-1.</p>", F{})
	add("statement about other programs, no lead", "<p>Many programs do not sponsor H-1B visas.</p>", F{})
	runKnownBattery(t, cases, nil, j1, h1b, usceReqF)
}

// TestBatteryExclusiveVisaHeading: a heading that is an exclusive visa
// statement and nothing else ("J-1 Visas ONLY") states it, as the same
// words in a sentence or a table cell do: that visa true, the other
// false. Near misses: a heading that only names a visa, or limits its
// section to a visa's holders.
func TestBatteryExclusiveVisaHeading(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("h2 J-1 visas ONLY over the requirements", "<h2>J-1 Visas ONLY</h2><p>International applicants must be ECFMG certified.</p>", F{j1: true, h1b: false})
	add("h3 J1 only", "<h3>J1 only</h3><p>All applicants need a valid ECFMG certificate.</p>", F{j1: true, h1b: false})
	add("h4 H-1B sponsored only", "<h4>H-1B sponsored only</h4><p>Applicants must pass Step 3 before ranking.</p>", F{j1: false, h1b: true})
	add("h2 label then J-1 only", "<h2>Visa Sponsorship: J-1 Only</h2><p>International applicants must be ECFMG certified.</p>", F{j1: true, h1b: false})
	add("h3 only before the visa", "<h3>Only J-1 Visas Sponsored</h3><p>Applicants need a valid ECFMG certificate.</p>", F{j1: true, h1b: false})
	add("h3 we accept J-1 visas only", "<h3>We accept J1 visas only</h3><p>Applicants need a valid ECFMG certificate.</p>", F{j1: true, h1b: false})
	// near misses
	add("h2 an exception only", "<h2>H-1B: by exception only</h2><p>Applicants need a valid ECFMG certificate.</p>", F{})
	add("h2 names J-1 visas", "<h2>J-1 Visas</h2><p>International applicants must be ECFMG certified.</p>", F{})
	add("h2 for J-1 holders only", "<h2>For J-1 visa holders only</h2><p>Please bring your DS-2019 to orientation.</p>", F{})
	runKnownBattery(t, cases, nil, j1, h1b)
}

// TestBatteryPassBesideSoftRecency: a Step 1 pass required in the same
// item as a preference for recent graduates: the pass is hard, the recency
// soft (no graduation limit).
func TestBatteryPassBesideSoftRecency(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	add("pass required with strong preference for recent graduates", "<ul><li>Step 1 passed is required, strong preference given to applicants within 3 years of graduation</li></ul>", F{s1Pass: true, imgfriendly.FieldYOGPreferredMax: 3.0})
	add("passing Step 1 needed, recent graduates favoured", "<ul><li>Passing USMLE Step 1 needed; graduates from the past five years are favoured</li></ul>", F{s1Pass: true, imgfriendly.FieldYOGPreferredMax: 5.0})
	runKnownBattery(t, cases, nil, s1Pass, yogMax, imgfriendly.FieldYOGPreferredMax)
}
