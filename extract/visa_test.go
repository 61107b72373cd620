package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

const (
	j1  = imgfriendly.FieldVisaJ1
	h1b = imgfriendly.FieldVisaH1B
)

func TestVisa(t *testing.T) {
	cases := []ruleCase{
		{"j1 only", "<p>Visa sponsorship: J-1 only.</p>", F{j1: true, h1b: false}},
		{"no h1b, j1 accepted", "<p>We do not sponsor H-1B visas; J-1 visas sponsored by ECFMG are accepted.</p>", F{j1: true, h1b: false}},
		{"no visas but j1", "<p>We do not sponsor visas, although we accept ECFMG-sponsored J-1 visas.</p>", F{j1: true, h1b: false}},
		{"no visas but j1, dotted ecfmg", "<p>We do not sponsor visas, although we accept E.C.F.M.G.-sponsored J1 visas.</p>", F{j1: true, h1b: false}},
		{"glued markup", "<p>We sponsor international graduates for<strong>J-1 Visa</strong>status only; the program does not sponsor H1-B visas.</p>", F{j1: true, h1b: false}},
		{"both", "<p>We sponsor both J-1 and H-1B visas.</p>", F{j1: true, h1b: true}},
		{"both, glued", "<p>International graduates may train with us on a<strong>J1 visa</strong>or an <strong>H1B visa</strong>; both are supported.</p>", F{j1: true, h1b: true}},
		{"accepts and sponsors", "<p>The program accepts J-1 visas sponsored by ECFMG and sponsors H-1B visas.</p>", F{j1: true, h1b: true}},
		{"none", "<p>We do not accept or sponsor any visas (J-1 or H-1B).</p>", F{j1: false, h1b: false}},
		{"none, two predicates", "<p>The program does not sponsor H-1B visas and does not accept J-1 visas.</p>", F{j1: false, h1b: false}},
		{"citizens only", "<p>Only U.S. citizens and permanent residents are eligible; we are unable to sponsor or accept visas of any kind (J-1 or H-1B).</p>", F{j1: false, h1b: false}},
		{"citizens only, plain", "<p>Applicants must be U.S. citizens or lawful permanent residents.</p>", F{j1: false, h1b: false}},
		{"h1b only", "<p>We sponsor H-1B visas only; we do not accept J-1 visas.</p>", F{j1: false, h1b: true}},
		{"j1 stated only", "<p>We accept J-1 visas sponsored by the ECFMG.</p>", F{j1: true}},
		{"j1 welcome", "<p>International medical graduates on J-1 visas (ECFMG-sponsored) are welcome to apply.</p>", F{j1: true}},
		{"h1b conditional sentence", "<p>We accept J-1 visas sponsored by ECFMG. H-1B sponsorship is available only for applicants who have passed USMLE Step 3 before the rank order list deadline.</p>", F{j1: true, h1b: true}},
		{"no j1, h1b conditional", "<p>We do not accept J-1 visas. H-1B sponsorship is available for applicants with a Step 2 CK score of 250 or higher.</p>", F{j1: false, h1b: true}},
		{"faq no", "<dl><dt>Do you sponsor H-1B visas?</dt><dd>No.</dd></dl>", F{h1b: false}},
		{"faq yes conditional", "<dl><dt>Do you sponsor H1B visas?</dt><dd>Yes, only for applicants who already hold an H-1B visa.</dd></dl>", F{h1b: true}},
		{"faq empty answer", "<dl><dt>Do you sponsor H-1B visas?</dt><dd></dd><dt>Do you offer pre-match positions?</dt><dd></dd></dl>", F{}},
		{"question alone", "<h3>Do you sponsor H-1B visas?</h3><h3>When is the deadline?</h3><p>October 1.</p>", F{}},
		{"faq compound", "<dl><dt>Must I be a US citizen? Do you offer J-1?</dt><dd>Yes, citizens and permanent residents only. We do not offer J-1 or H-1B visas.</dd></dl>", F{j1: false, h1b: false}},
		{"faq generic no", "<dl><dt>Do you sponsor visas?</dt><dd>No. We neither sponsor H-1B visas nor accept J-1 visas.</dd></dl>", F{j1: false, h1b: false}},
		{"faq need visa no", "<dl><dt>Do you accept applicants who need a visa?</dt><dd>No. Only U.S. citizens and permanent residents are considered; we do not accept J-1 or sponsor H-1B visas.</dd></dl>", F{j1: false, h1b: false}},
		{"faq which visas", "<dl><dt>Which visas does the program sponsor?</dt><dd>J-1 and H-1B.</dd></dl>", F{j1: true, h1b: true}},
		{"faq which visas h1b only", "<dl><dt>Which visas do you sponsor?</dt><dd>H-1B only. We do not accept J-1 visas.</dd></dl>", F{j1: false, h1b: true}},
		{"faq what types j1 only", "<dl><dt>What visa types do you support?</dt><dd>J-1 only. H-1B visas are not sponsored.</dd></dl>", F{j1: true, h1b: false}},
		{"faq yes also", "<dl><dt>Do you sponsor H1-B visas?</dt><dd>Yes. We also accept J1 visas.</dd></dl>", F{j1: true, h1b: true}},
		{"faq h1b no but j1", "<dl><dt>Do you sponsor H-1B visas?</dt><dd>No, we do not sponsor visas. We do accept ECFMG-sponsored J-1 visas.</dd></dl>", F{j1: true, h1b: false}},
		{"faq j1 via", "<dl><dt>Do you accept J-1 visas?</dt><dd>Yes, through ECFMG.</dd></dl>", F{j1: true}},
		{"faq can i apply on j1", "<dl><dt>Can I apply on a J-1 visa?</dt><dd>Yes, ECFMG-sponsored J-1 visas are accepted.</dd></dl>", F{j1: true}},
		{"faq yes both", "<dl><dt>Do you sponsor visas?</dt><dd>Yes. We accept J-1 visas, and we sponsor H-1B visas for exceptional candidates who have passed Step 3 by the time of ranking.</dd></dl>", F{j1: true, h1b: true}},
		{"table rows", "<table><tr><td>J-1 visa</td><td>Yes</td></tr><tr><td>H-1B visa</td><td>No</td></tr></table>", F{j1: true, h1b: false}},
		{"table not accepted", "<table><tr><td>J1 visa</td><td>Not accepted</td></tr><tr><td>H1B visa</td><td>Not sponsored</td></tr></table>", F{j1: false, h1b: false}},
		{"table sponsored cond", "<table><tr><td>J-1 visa</td><td>Accepted (ECFMG)</td></tr><tr><td>H-1B visa</td><td>Sponsored only for applicants who already hold an H-1B visa</td></tr></table>", F{j1: true, h1b: true}},
		{"table none list", "<table><tr><td>Visa sponsorship</td><td>None (no J-1, no H-1B)</td></tr></table>", F{j1: false, h1b: false}},
		{"table none citizens", "<table><tr><td>Citizenship</td><td>U.S. citizens and permanent residents only</td></tr><tr><td>Visa sponsorship</td><td>None (J-1 and H-1B not accepted)</td></tr></table>", F{j1: false, h1b: false}},
		{"table visas list", "<table><tr><td>Visas supported</td><td>J-1, H-1B</td></tr></table>", F{j1: true, h1b: true}},
		{"table visas semicolon cond", "<table><tr><td>Visa sponsorship</td><td>J-1; H-1B for applicants with a Step 2 CK score of 250 or higher</td></tr></table>", F{j1: true, h1b: true}},
		{"table visas exclusive", "<table><tr><td>Visas</td><td>J-1 (ECFMG-sponsored) only; no H-1B</td></tr></table>", F{j1: true, h1b: false}},
		{"label line", "<p>Visa: J1 only</p>", F{j1: true, h1b: false}},
		{"flattened lines", "J-1 Visa\nAccepted\nH-1B Visa\nNot sponsored\n", F{j1: true, h1b: false}},
		{"plain text", "Visa sponsorship: J-1 only.\n", F{j1: true, h1b: false}},
		{"distractor ecfmg", "<p>ECFMG certification must be obtained before the start of training.</p>", F{}},
		{"distractor imgs", "<p>We have matched international medical graduates every year for the last 5 years.</p>", F{}},
		{"applicant needs no visa", "<p>If you do not need visa sponsorship, please apply through ERAS.</p>", F{}},
		{"unless", "<p>We do not sponsor H-1B visas unless the applicant has passed Step 3.</p>", F{h1b: true}},
	}
	runRuleCases(t, cases, j1, h1b)
}

func TestVisaConditions(t *testing.T) {
	tests := []struct {
		give string
		want map[imgfriendly.Field]string
	}{
		{"<p>H-1B sponsorship is available only for applicants who have passed USMLE Step 3 before the rank order list deadline.</p>",
			map[imgfriendly.Field]string{h1b: "only for applicants who have passed USMLE Step 3 before the rank order list deadline"}},
		{"<p>H1B visas are sponsored for applicants with a Step 2 CK score of 250 or higher.</p>",
			map[imgfriendly.Field]string{h1b: "for applicants with a Step 2 CK score of 250 or higher"}},
		{"<dl><dt>Do you sponsor H-1B visas?</dt><dd>Yes, for exceptional candidates who have passed Step 3 by the time of ranking.</dd></dl>",
			map[imgfriendly.Field]string{h1b: "for exceptional candidates who have passed Step 3 by the time of ranking"}},
		{"<table><tr><td>H-1B visa</td><td>Sponsored only for applicants who already hold an H-1B visa</td></tr></table>",
			map[imgfriendly.Field]string{h1b: "only for applicants who already hold an H-1B visa"}},
		{"<p>We offer H-1B for applicants with Step 1 &amp; 2 above 250.</p>",
			map[imgfriendly.Field]string{h1b: "for applicants with Step 1 & 2 above 250"}},
		{"<p>We sponsor both J-1 and H-1B visas.</p>", map[imgfriendly.Field]string{}},
		{"<p>Visa sponsorship: J-1 only.</p>", map[imgfriendly.Field]string{}},
	}
	for _, tt := range tests {
		_, got := factsOf(t, tt.give)
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s\n(-want +got):\n%s", tt.give, d)
		}
	}
}

func TestVisaMore(t *testing.T) {
	cases := []ruleCase{
		{"unable at this time", "<p>We are unable to sponsor H-1B visas at this time.</p>", F{h1b: false}},
		{"j1 available", "<p>J-1 visa sponsorship through ECFMG is available.</p>", F{j1: true}},
		{"no longer", "<p>The program no longer sponsors H1B visas.</p>", F{h1b: false}},
		{"label yes", "<p>H-1B: Yes</p>", F{h1b: true}},
		{"label no", "<p>J-1: No</p>", F{j1: false}},
		{"case by case", "<p>H-1B sponsorship is considered on a case-by-case basis.</p>", F{h1b: true}},
		{"need visa not considered", "<p>Applicants who require visa sponsorship will not be considered.</p>", F{j1: false, h1b: false}},
		{"green card only", "<p>Applicants must be US citizens or green card holders.</p>", F{j1: false, h1b: false}},
		{"not required citizenship", "<p>You do not need to be a U.S. citizen to apply; we sponsor J-1 visas.</p>", F{j1: true}},
		{"heading value", "<h3>H-1B Visas</h3><p>Not sponsored.</p>", F{h1b: false}},
		{"heading long no", "<h3>Visas</h3><p>No application fee is charged for international applicants.</p>", F{}},
		{"we do not sponsor any visa types", "<p>Our program does not sponsor any visas.</p>", F{j1: false, h1b: false}},
		{"question in prose", "<p>Do you sponsor visas? We sponsor J-1 visas only.</p>", F{j1: true, h1b: false}},
	}
	runRuleCases(t, cases, j1, h1b)
}
