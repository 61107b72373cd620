package extract

import "testing"

// TestDropExpansions: an exam's or ECFMG's name spelled out in
// parentheses after its acronym is dropped, so what follows the acronym
// ("Step 1", "Level 1") is read with it; other parentheses stay.
func TestDropExpansions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"must have passed usmle (united states medical licensing examination) step 1 and", "must have passed usmle step 1 and"},
		{"or the comlex (comprehensive osteopathic medical licensing examination) level 1 and", "or the comlex level 1 and"},
		{"certified by the ecfmg (educational commission for foreign medical graduates) before", "certified by the ecfmg before"},
		{"the nbome (national board of osteopathic medical examiners) reports", "the nbome reports"},
		// not an expansion of the word before it: kept
		{"usmle (step 1 and step 2 ck) scores", "usmle (step 1 and step 2 ck) scores"},
		{"usmle (minimum 220) required", "usmle (minimum 220) required"},
		{"usmle (first attempt preferred)", "usmle (first attempt preferred)"},
		{"usce (us clinical experience) is required", "usce (us clinical experience) is required"}, // not an exam's acronym
		{"comlex (cognitive osteopathic)", "comlex (cognitive osteopathic)"},
		{"no parenthesis (", "no parenthesis ("},
	} {
		if got := dropExpansions(tc.in); got != tc.want {
			t.Errorf("dropExpansions(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBatteryExpansionAfterAcronym: an exam named by its acronym and its
// spelled-out name in parentheses is read as if the parenthesis were not
// there — the step or level after it, and the rule around it (a pass, a
// minimum, an attempt limit). Near misses: a parenthesis that is no
// expansion keeps today's reading; a spelled-out name alone is no rule.
func TestBatteryExpansionAfterAcronym(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"Applicants to our medicine program must have passed USMLE (United States Medical Licensing Examination) Step 1 and have taken Step 2 CK.", F{s1Pass: true}},
		{"Candidates need a score of at least 215 on USMLE (United States Medical Licensing Examination) Step 2 CK.", F{s2Min: 215.0}},
		{"We require a passing score on COMLEX (Comprehensive Osteopathic Medical Licensing Examination) Level 1 or USMLE (United States Medical Licensing Exam) Step 1.", F{s1Pass: true, cx1: true}},
		{"You must pass USMLE (United States Medical Licensing Examination) Step 1 within two attempts.", F{s1Pass: true, attMax: 2.0}},
		// near misses
		{"The USMLE (United States Medical Licensing Examination) is a three-step exam for medical licensure.", F{}},
		{"Our residents take USMLE (United States Medical Licensing Examination) Step 3 during their intern year.", F{}},
	}), nil, s7Fields...)
}

// TestPartsUnderLabel: the exam family a label or question names reaches
// the parts in its value; a value naming its own family, or parts of
// something else, is read as it is.
func TestPartsUnderLabel(t *testing.T) {
	runKnownBattery(t, visaCases([]struct {
		s    string
		want F
	}{
		{"<p>USMLE minimums: Part 1 — 212; Part 2 — 224</p>", F{s1Min: 212.0, s2Min: 224.0}},
		{"<dl><dt>What USMLE scores do you require?</dt><dd>At least 205 on Part I and 218 on Part II.</dd></dl>", F{s1Min: 205.0, s2Min: 218.0}},
		{"<p>Required COMLEX scores: Part II 460.</p>", F{cx2: 460.0}},
		// near misses
		{"<p>USMLE transcripts: Part 2 of the application holds them.</p>", F{}},
		{"<p>Scores: Part I 215, Part II 225.</p>", F{}},
	}), nil, s7Fields...)
}
