package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBatteryCountSubject (issue 12, rost17c): a count of IMGs is a
// program's roster only when the program's own residents are its subject.
// National and specialty shares, a year's match across the country, a
// survey's or a study's figures, a state's residents, a law firm's or a
// recruiter's clients, and another's program a blog or a newspaper quotes
// ("the hospital's program has 4 IMGs", "Dr. Lee's program": the page's
// program is not theirs, and the README counts a roster of this program
// only) give no count. Near misses: the program's own counts beside such
// words ("of our 24 residents", "we have", "the program has"), and a
// count whose total has no determiner ("6 IMGs among 24 residents").
func TestBatteryCountSubject(t *testing.T) {
	var cases []ruleCase
	add := func(name, give string, want F) { cases = append(cases, ruleCase{name, give, want}) }
	// the country's, a specialty's, a year's match
	add("thousands of a year's matched graduates", "<p>Some 4,500 of the 21,000 graduates placed in residencies each year are IMGs.</p>", F{})
	add("last year's matched applicants", "<p>Close to 3,200 of the 18,000 applicants who matched last year were international medical graduates.</p>", F{})
	add("a specialty's residencies across the country", "<p>In 2023, 500 IMGs matched into internal medicine residencies across the country.</p>", F{})
	add("nationally, of a specialty's residents", "<p>Of the 240 residents who matched nationally into our specialty from abroad, 60 were IMGs.</p>", F{})
	add("a state's residents", "<p>Across the state, 200 of the 900 residents in training are international medical graduates.</p>", F{})
	add("statewide, with a heading", "<h2>Physician workforce</h2><p>Statewide, 120 of the 450 residents are IMGs.</p>", F{})
	// surveys, studies, firms
	add("a survey's programs", "<p>A survey of 300 programs found 120 IMGs among 400 residents.</p>", F{})
	add("a study's hospitals", "<p>The study followed 12 IMGs among 40 residents at the hospitals surveyed.</p>", F{})
	add("according to a report", "<p>According to the report, 9 of the 30 residents were IMGs.</p>", F{})
	add("a law firm's clients", "<p>Our firm has helped 150 IMG residents obtain H-1B visas since 2010.</p>", F{})
	add("a law firm represents graduates", "<p>Our law firm represents 40 international medical graduates in residency programs nationwide.</p>", F{})
	add("a recruiter placed IMGs", "<p>Last year we placed 35 IMGs into residency programs in the Midwest.</p>", F{})
	// another's program, quoted
	add("the hospital's program, told a newspaper", "<p>The hospital's program has 4 IMGs among its 12 residents, the director told the newspaper.</p>", F{})
	add("Dr. Lee's program", "<p>Dr. Lee’s program in Ohio has 4 IMGs out of 12 residents, she says.</p>", F{})
	// near misses: the program's own
	add("our program: IMGs among residents", "<p>Our program has 6 IMGs among 24 residents.</p>", F{imgN: 6.0, resN: 24.0})
	add("of our residents", "<p>6 of our 24 residents are international medical graduates.</p>", F{imgN: 6.0, resN: 24.0})
	add("we currently have", "<p>We currently have 6 IMGs among our 24 residents.</p>", F{imgN: 6.0, resN: 24.0})
	add("our residents who matched this year", "<p>Of our 10 residents who matched this year, 4 are IMGs.</p>", F{imgN: 4.0, resN: 10.0})
	add("ours beside the nation", "<p>Nationally about 1 in 4 physicians are IMGs, and 5 of our 18 residents are IMGs.</p>", F{imgN: 5.0, resN: 18.0})
	add("ours beside a survey", "<p>A national survey counts one in four residents as IMGs; of our 20 residents, 7 are IMGs.</p>", F{imgN: 7.0, resN: 20.0})
	add("the program has, with whom", "<p>The program has 30 residents, 9 of whom are international medical graduates.</p>", F{imgN: 9.0, resN: 30.0})
	runKnownBattery(t, cases, knownS10Misses, imgN, resN)
}

// TestBreakdownSubject (issue 12, rost17c): a class described by where its
// members studied medicine gives one unnamed resident per person only when
// the counts are this program's: a breakdown of the country's matched
// graduates, a state's, a survey's or a firm's clients gives no one; the
// program's own class beside such words still does.
func TestBreakdownSubject(t *testing.T) {
	three := []string{" |  | India | yes", " |  | India | yes", " |  | Egypt | yes"}
	for _, tc := range []struct {
		class, give string
		want        []string
	}{
		{"national matched graduates", "Match Statistics\n\nNationally, matched IMGs attended medical school in 10 countries: 30 from India, 12 from Pakistan, 8 from Nigeria.", nil},
		{"last year's matches, thousands", "Match Statistics\n\nLast year's IMG matches came from 10 countries for medical school: 300 from India, 120 from Pakistan, 80 from Nigeria.", nil},
		{"across the country, a list", "Across the country, this year's IMG interns went to medical school in:\n\n- 2 from India\n\n- 1 from Egypt", nil},
		{"a survey's programs, a list", "A survey of 40 programs\n\nTheir residents earned medical degrees in these countries:\n\n- 2 from India\n\n- 1 from Egypt", nil},
		{"a firm's clients", "Immigration Law Blog\n\nOur clients studied medicine in three countries: 2 from India, 1 from Egypt.", nil},
		{"a statewide report", "Workforce Report\n\nStatewide, residents trained in medical schools abroad: 2 from India, 1 from Egypt.", nil},
		// the program's own
		{"this year's interns, a list", "Here are the numbers for this year's interns:\n\n4 countries for medical school:\n\n- 2 from India\n\n- 1 from Egypt", three},
		{"our residents, one line", "Our Residents\n\nOur residents studied medicine in three countries: 2 from India, 1 from Egypt.", three},
		{"our class beside national statistics", "Unlike the national statistics, our intern class went to medical school in three countries: 2 from India, 1 from Egypt.", three},
	} {
		t.Run(tc.class, func(t *testing.T) {
			if d := cmp.Diff(tc.want, residentRows(t, tc.give)); d != "" {
				t.Errorf("residents (-want +got):\n%s", d)
			}
		})
	}
}
