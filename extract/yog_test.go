package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

const (
	yogMax  = imgfriendly.FieldYOGMaxYears
	yogPref = imgfriendly.FieldYOGPreferredMax
	yogNone = imgfriendly.FieldYOGNoLimit
	yogTo   = imgfriendly.FieldYOGCountedTo
	gradMin = imgfriendly.FieldGradYearMin
)

func TestYOG(t *testing.T) {
	cases := []ruleCase{
		{"application", "<p>No more than 5 years from graduation at the time of application.</p>", F{yogMax: 5.0, yogTo: "application"}},
		{"application words", "<p>Applicants must be within three years of medical school graduation at the time of application.</p>", F{yogMax: 3.0, yogTo: "application"}},
		{"row application", "<table><tr><td>Year of graduation</td><td>No more than 1 year from graduation at the time of application (required)</td></tr></table>", F{yogMax: 1.0, yogTo: "application"}},
		{"row yog limit", "<table><tr><td>YOG limit</td><td>Seven years from graduation at the time of application</td></tr></table>", F{yogMax: 7.0, yogTo: "application"}},
		{"faq cutoff yes", "<dl><dt>Is there a cutoff for year of graduation?</dt><dd>Yes. Applicants must be no more than two years from graduation at the time of application.</dd></dl>", F{yogMax: 2.0, yogTo: "application"}},
		{"faq hypothetical", "<dl><dt>I graduated 12 years ago, can I still apply?</dt><dd>No. Applicants must be within 5 years of graduation at the time of application.</dd></dl>", F{yogMax: 5.0, yogTo: "application"}},
		{"match", "<p>Candidates must be within 10 years of graduation at the time of the Match.</p>", F{yogMax: 10.0, yogTo: "match"}},
		{"training start", "<p>Graduation within five years of beginning training is required.</p>", F{yogMax: 5.0, yogTo: "training_start"}},
		{"training start row", "<table><tr><td>Year of graduation</td><td>Within 3 years of beginning training (required)</td></tr></table>", F{yogMax: 3.0, yogTo: "training_start"}},
		{"before start", "<p>You must have graduated no more than 2 years before the start of residency training.</p>", F{yogMax: 2.0, yogTo: "training_start"}},
		{"yog row start", "<table><tr><td>YOG</td><td>No more than 3 years before the start of training</td></tr></table>", F{yogMax: 3.0, yogTo: "training_start"}},
		{"past years", "<p>Applicants must have graduated from medical school within the past 5 years.</p>", F{yogMax: 5.0}},
		{"row last years", "<table><tr><td>Year of graduation</td><td>Within the last 7 years (required)</td></tr></table>", F{yogMax: 7.0}},
		{"only consider", "<p>We only consider applicants who graduated in the last three years.</p>", F{yogMax: 3.0}},
		{"row cutoff bare", "<table><tr><td>YOG cutoff</td><td>5 years</td></tr></table>", F{yogMax: 5.0}},
		{"faq cutoff comma", "<dl><dt>Is there a cutoff for year of graduation?</dt><dd>Yes, 3 years. We only consider applicants who graduated in the last 3 years.</dd></dl>", F{yogMax: 3.0}},
		{"soft encouraged", "<p>Graduation within 5 years is strongly encouraged.</p>", F{yogPref: 5.0}},
		{"soft recent", "<p>Recent graduates (within three years of graduation) are preferred, but older graduates will be considered.</p>", F{yogPref: 3.0}},
		{"soft row", "<table><tr><td>Year of graduation</td><td>Within 7 years preferred (not required)</td></tr></table>", F{yogPref: 7.0}},
		{"soft row yog", "<table><tr><td>YOG</td><td>Within 5 years preferred</td></tr></table>", F{yogPref: 5.0}},
		{"soft faq", "<dl><dt>Do you have a preference for year of graduation?</dt><dd>Yes. We prefer applicants who graduated within the last 3 years.</dd></dl>", F{yogPref: 3.0}},
		{"soft faq hypothetical", "<dl><dt>I graduated ten years ago, can I apply?</dt><dd>You may apply; however, graduates within the last five years are strongly preferred.</dd></dl>", F{yogPref: 5.0}},
		{"none", "<p>There is no cutoff for year of graduation.</p>", F{yogNone: true}},
		{"none yog", "<p>We have no YOG limit.</p>", F{yogNone: true}},
		{"none but recent", "<p>No cutoff for year of graduation, but recent graduates are preferred.</p>", F{yogNone: true}},
		{"none row", "<table><tr><td>Year of graduation</td><td>No limit</td></tr></table>", F{yogNone: true}},
		{"none row none", "<table><tr><td>YOG cutoff</td><td>None</td></tr></table>", F{yogNone: true}},
		{"none row preferred", "<table><tr><td>Year of graduation</td><td>No cutoff (recent graduates preferred)</td></tr></table>", F{yogNone: true}},
		{"none faq", "<dl><dt>Is there a cutoff for year of graduation?</dt><dd>No. We do not have a YOG cutoff.</dd></dl>", F{yogNone: true}},
		{"none faq hypothetical", "<dl><dt>I graduated 15 years ago, can I still apply?</dt><dd>Yes. There is no limit on years since graduation.</dd></dl>", F{yogNone: true}},
		{"distractor usce recency", "<p>Clinical experience should have been completed within the last 3 years.</p>", F{}},
		{"distractor usce row", "<table><tr><td>USCE recency</td><td>Within the last 2 years</td></tr></table>", F{}},
		{"distractor imgs", "<p>We have matched international medical graduates every year for the last 10 years.</p>", F{}},
		{"distractor faq", "<dl><dt>Does my clinical experience need to be recent?</dt><dd>Yes, US clinical experience should be from within the last 3 years.</dd></dl>", F{}},
		{"question only", "<dl><dt>I graduated 8 years ago, can I still apply?</dt><dd></dd></dl>", F{}},
		{"year since with cycle", "<p>For the 2027 Match, applicants must have graduated in 2022 or later.</p>", F{yogMax: 5.0, yogTo: "match"}},
		{"year since run date", "<p>Applicants must have graduated in or after 2020.</p>", F{yogMax: 6.0, yogTo: "application"}},
		{"hard and usce recency", "<p>Applicants must have graduated within the last 5 years and have US clinical experience within the last year.</p>", F{yogMax: 5.0}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone, yogTo)
}

func TestYOGMore(t *testing.T) {
	cases := []ruleCase{
		{"of application", "<p>Applicants must have graduated within 3 years of application.</p>", F{yogMax: 3.0, yogTo: "application"}},
		{"yog >= year", "<p>YOG &ge; 2021</p>", F{yogMax: 5.0, yogTo: "application"}},
		{"graduation year label", "<table><tr><td>Graduation year</td><td>2019 or later</td></tr></table>", F{yogMax: 7.0, yogTo: "application"}},
		{"after year", "<p>We consider applicants who graduated after 2020.</p>", F{yogMax: 5.0, yogTo: "application"}},
		{"preference", "<p>Graduates within the last 4 years will be given preference.</p>", F{yogPref: 4.0}},
		{"more than ago not eligible", "<p>Applicants who graduated more than 6 years ago are not eligible.</p>", F{yogMax: 6.0}},
		{"regardless", "<p>We consider all applicants regardless of year of graduation.</p>", F{yogNone: true}},
		{"no matter how long ago", "<p>We review every application no matter how long ago the applicant graduated.</p>", F{yogNone: true}},
		{"regardless of a list with years", "<p>Each file is read in full, regardless of applicant type, years since graduation or visa.</p>", F{yogNone: true}},
		{"no matter governs a choice", "<p>Our interns graduate ready for any fellowship, no matter what field they choose later.</p>", F{}},
		{"regardless governs a school", "<p>Graduates are welcome to apply regardless of where they attended medical school.</p>", F{}},
		{"attempts no limit is no yog", "<p>There is no limit on the number of attempts.</p>", F{}},
		{"score no minimum is no yog", "<p>There is no minimum Step 2 CK score for graduates.</p>", F{}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone, yogTo)
}

// TestYOGNoStrictCutoff covers DOMAIN trap 3's "no cutoff, but recent
// graduates preferred" in its "no strict cutoff" forms: no hard limit, the
// years a preference, and a real hard limit left alone.
func TestYOGNoStrictCutoff(t *testing.T) {
	cases := []ruleCase{
		{"faq prefer no strict cutoff", "<dl><dt>I graduated ten years ago. Can I apply?</dt><dd>We prefer graduates within 5 years of graduation, but there is no strict cutoff.</dd></dl>", F{yogPref: 5.0, yogNone: true}},
		{"prose no hard cutoff", "<p>We prefer applicants who graduated within the last 3 years; there is no hard cutoff.</p>", F{yogPref: 3.0, yogNone: true}},
		{"unsoftened years made soft", "<p>Graduation within 5 years of application, but there is no strict cutoff.</p>", F{yogPref: 5.0, yogNone: true, yogTo: "application"}},
		{"no strict cutoff first", "<p>There is no strict cutoff, but graduates within 4 years of graduation are preferred.</p>", F{yogPref: 4.0, yogNone: true}},
		{"not a strict requirement", "<p>Graduation within the last 5 years is preferred but not a strict requirement.</p>", F{yogPref: 5.0, yogNone: true}},
		{"not strictly required", "<p>Graduation within the past 6 years is preferred, but not strictly required.</p>", F{yogPref: 6.0, yogNone: true}},
		{"row no firm limit", "<table><tr><td>Year of graduation</td><td>No firm limit; within 5 years preferred</td></tr></table>", F{yogPref: 5.0, yogNone: true}},
		{"no strict yog cutoff words only", "<p>There is no strict cutoff for year of graduation.</p>", F{yogNone: true}},
		{"hard limit plus preference", "<p>Applicants must have graduated within 7 years; graduates within 3 years of graduation are preferred.</p>", F{yogMax: 7.0, yogPref: 3.0}},
		{"hard limit, no strict score cutoff", "<p>Applicants must have graduated within 5 years, but there is no strict cutoff for Step 2 CK scores.</p>", F{yogMax: 5.0}},
		{"hard limit, no strict usce rule", "<p>Applicants must have graduated within 5 years. US clinical experience is not a strict requirement.</p>", F{yogMax: 5.0}},
		{"no strict limit on something else", "<p>Applicants must have graduated within 5 years; there is no strict limit on the number of applications.</p>", F{yogMax: 5.0}},
	}
	runRuleCases(t, cases, yogMax, yogPref, yogNone, yogTo)
}

// TestYOGYearsDates checks dated year forms against the 2027 Match: a date
// reads as its year, and "after" moves to the next year only after a bare
// year or the year's end.
func TestYOGYearsDates(t *testing.T) {
	for _, tt := range []struct {
		give string
		want float64
	}{
		{"graduated on or after January 1, 2020", 7},
		{"graduated on or after Jan. 1st, 2021", 6},
		{"graduated after December 31, 2018", 8},
		{"graduated after Dec 31 2018", 8},
		{"graduated after 2018", 8},
		{"graduated after January 1, 2019", 8},
		{"graduated since June 2019", 8},
		{"graduated on or after May 2020", 7},
		{"graduated in or after 2019", 8},
	} {
		got, _ := factsOf(t, "<p>For the 2027 Match, applicants must have "+tt.give+".</p>")
		if got[yogMax] != tt.want || got[gradMin] != float64(2027)-tt.want {
			t.Errorf("%q: yog_max_years %v, grad_year_min %v; want %v and %v", tt.give, got[yogMax], got[gradMin], tt.want, 2027-tt.want)
		}
	}
}
