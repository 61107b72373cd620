package extract

import "testing"

// Session 8 visa classes (issue 11), written in the team's own words
// before the rules that read them: how far a negation reaches when it is
// fused to a verb of admitting ("will not consider", "does not consider")
// whose object is the sponsorship itself rather than applicants, and how
// far a denial of one typed sponsorship ("H-1B visa sponsorship",
// "sponsorship of J-1 visas") reaches: the visa type restricts the
// sponsorship, so the denial says nothing of the other visa. Cases not
// read right yet are named in knownVisa8Misses (see runKnownBattery).

// knownVisa8Misses are the session-8 battery cases not read right yet.
var knownVisa8Misses = map[string]bool{}

// TestBatteryVisa8NegatedConsider: a negation fused to a verb of admitting
// ("will not consider", "does not consider") denies the visa when the
// sponsorship (or its visa) is that verb's object; with applicants as its
// object it turns away those who need the visa, as before; without a
// negation the verb affirms.
func TestBatteryVisa8NegatedConsider(t *testing.T) {
	faq := func(q, a string) string { return "<h3>" + q + "</h3><p>" + a + "</p>" }
	cases := visaCases([]struct {
		s    string
		want F
	}{
		{"We will not consider H-1B visa sponsorship.", F{h1b: false}},
		{"Our program does not consider J-1 visa sponsorship requests.", F{j1: false}},
		{"NOTE: We do not consider H-1B visa sponsorship.", F{h1b: false}},
		{"We will not consider sponsoring H-1B visas.", F{h1b: false}},
		{"The hospital won't consider H1B sponsorship for residency training.", F{h1b: false}},
		{"We will not consider J-1 or H-1B visa sponsorship.", F{j1: false, h1b: false}},
		{"We do not consider applicants for H-1B visa sponsorship.", F{h1b: false}},
		{"We will not accept applications for H-1B sponsorship.", F{h1b: false}},
		{"We will not consider visa sponsorship.", F{j1: false, h1b: false}},
		// near misses: no negation, or applicants as the object
		{"We will consider H-1B visa sponsorship for exceptional candidates.", F{h1b: true}},
		{"H-1B visa sponsorship will be considered on a case-by-case basis.", F{h1b: true}},
		{"We will not consider applicants who require H-1B visa sponsorship.", F{h1b: false}},
		{"We do not consider applicants with J-1 visas.", F{j1: false}},
		{"We do not consider the visa status of applicants when granting interviews.", F{}},
	})
	cases = append(cases,
		ruleCase{"faq no, will not consider", faq("Do you sponsor H-1B visas?", "No, we will not consider H-1B visa sponsorship."), F{h1b: false}},
		ruleCase{"faq yes, will consider", faq("Do you sponsor H-1B visas?", "Yes, we will consider H-1B visa sponsorship for strong candidates."), F{h1b: true}},
	)
	runKnownBattery(t, cases, knownVisa8Misses, j1, h1b)
}

// TestBatteryVisa8TypedDenialStaysTyped: a visa type that modifies the
// sponsorship ("H-1B visa sponsorship", "sponsorship for H-1B visas")
// restricts it: a denial of it, whatever the verb (provide, offer,
// support, entertain, pursue, process, a passive), is the named visa's
// only. A denial of sponsorship in general, or of a type and every other
// visa, still rules out both; an "only" still rules out the visa it
// leaves out.
func TestBatteryVisa8TypedDenialStaysTyped(t *testing.T) {
	faq := func(q, a string) string { return "<h3>" + q + "</h3><p>" + a + "</p>" }
	cases := visaCases([]struct {
		s    string
		want F
	}{
		{"We no longer consider H-1B visa sponsorship.", F{h1b: false}},
		{"Our hospital will not provide H-1B visa sponsorship.", F{h1b: false}},
		{"Our department will not entertain H-1B visa sponsorship requests.", F{h1b: false}},
		{"We are unable to offer sponsorship for H-1B visas.", F{h1b: false}},
		{"H-1B visa sponsorship is not available at this institution.", F{h1b: false}},
		{"We do not support J-1 visa sponsorship.", F{j1: false}},
		{"H-1B visa sponsorship is not offered.", F{h1b: false}},
		{"H-1B visa sponsorship requests are not processed by our office.", F{h1b: false}},
		{"We cannot consider sponsorship of H-1B visas.", F{h1b: false}},
		{"We will not consider H-1B visa sponsorship, but we accept J-1 visas.", F{j1: true, h1b: false}},
		// near misses: sponsorship in general, every other visa, an "only"
		{"We do not provide visa sponsorship of any kind.", F{j1: false, h1b: false}},
		{"We do not sponsor H-1B or any other visas.", F{j1: false, h1b: false}},
		{"We do not sponsor visas, including H-1B visas.", F{j1: false, h1b: false}},
		{"Visa sponsorship (H-1B or J-1) is not offered.", F{j1: false, h1b: false}},
		{"We do not offer H-1B visa sponsorship; only J-1 visas are accepted.", F{j1: true, h1b: false}},
		{"We do not sponsor H-1B visas.", F{h1b: false}},
	})
	cases = append(cases,
		ruleCase{"faq no, do not pursue typed", faq("Do you sponsor H-1B visas?", "No, we do not pursue H-1B visa sponsorship for residents."), F{h1b: false}},
		ruleCase{"note: typed not offered", "<p>NOTE: The program does not offer J-1 visa sponsorship.</p>", F{j1: false}},
		ruleCase{"faq no to visas in general", faq("Do you sponsor visas?", "No, we do not sponsor visas."), F{j1: false, h1b: false}},
	)
	runKnownBattery(t, cases, knownVisa8Misses, j1, h1b)
}

// knownVisa8LabelMisses are the label and question cases of the session-8
// visa battery not read right yet.
var knownVisa8LabelMisses = map[string]bool{}

// TestBatteryVisa8TypedLabel: the same two faults where the visa is named
// by a label, a table header or a question and the value or answer
// refuses it: a value that turns the labelled visa away ("H-1B: will not
// be considered") denies it, and a label or question naming one typed
// sponsorship ("H-1B visa sponsorship: not available", "Do you offer H-1B
// visa sponsorship?" "No.") denies that visa alone. Near misses: a label
// naming sponsorship in general still denies both, a question naming both
// visas gets both denied, "J-1 only" and "case by case" keep their
// readings.
func TestBatteryVisa8TypedLabel(t *testing.T) {
	faq := func(q, a string) string { return "<dl><dt>" + q + "</dt><dd>" + a + "</dd></dl>" }
	cases := visaCases([]struct {
		s    string
		want F
	}{
		{"H-1B: will not be considered.", F{h1b: false}},
		{"J-1: will not be accepted.", F{j1: false}},
		{"H-1B visa sponsorship: not available", F{h1b: false}},
		{"H1B Visa Sponsorship: Not offered", F{h1b: false}},
		{"J-1 Visa Sponsorship: cannot be considered", F{j1: false}},
		// near misses
		{"Visa sponsorship: not available", F{j1: false, h1b: false}},
		{"Visa sponsorship: J-1 only", F{j1: true, h1b: false}},
		{"H-1B: considered case by case", F{h1b: true}},
		{"H-1B visa sponsorship: yes, case by case", F{h1b: true}},
	})
	cases = append(cases,
		ruleCase{"faq: typed sponsorship, no", faq("Do you offer H-1B visa sponsorship?", "No."), F{h1b: false}},
		ruleCase{"table: typed sponsorship, not available", "<table><tr><th>H-1B visa sponsorship</th><td>Not available</td></tr></table>", F{h1b: false}},
		ruleCase{"faq: both typed, no", faq("Do you offer J-1 or H-1B visa sponsorship?", "No."), F{j1: false, h1b: false}},
		ruleCase{"faq: sponsorship in general, no", faq("Do you offer visa sponsorship?", "No."), F{j1: false, h1b: false}},
	)
	runKnownBattery(t, cases, knownVisa8LabelMisses, j1, h1b)
}
