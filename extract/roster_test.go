package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

func TestPersonName(t *testing.T) {
	tests := []struct {
		give   string
		want   string
		wantOK bool
	}{
		{"Jane Smith", "Jane Smith", true},
		{"Dr. Jane Smith", "Jane Smith", true},
		{"Jane Smith, MD", "Jane Smith", true},
		{"Ahmed Khan, MBBS", "Ahmed Khan", true},
		{"Smith, Jane", "Jane Smith", true},
		{"Dela Cruz, John Paul", "John Paul Dela Cruz", true},
		{"Kiran C. Patel", "Kiran C. Patel", true},
		{"Mohamed El-Sayed", "Mohamed El-Sayed", true},
		{"Ryan O'Brien", "Ryan O'Brien", true},
		{"José García", "José García", true},
		{"Current Residents", "", false},
		{"Chief Residents", "", false},
		{"Harvard Medical School", "", false},
		{"Chicago, IL", "", false},
		{"Macon, Ga.", "", false},     // a newspaper dateline, not "Last, First"
		{"Fresno, Calif.", "", false}, // (AP state abbreviations)
		{"Class of 2027", "", false},
		{"PGY-2", "", false},
		{"Recent Posts", "", false},
		{"AIIMS New Delhi", "", false},
		{"Welcome", "", false},
		{"in my free time", "", false},
		{"Ali A. Farooqui, M.D", "Ali A. Farooqui", true}, // a middle initial A. is no article
		{"A. Introduction", "", false},
		{"Selected Podcast", "", false}, // a widget's label: a participle and a noun
		{"Featured Speaker", "", false},
		{"Related Stories", "", false},
		{"Ahmed Saeed", "Ahmed Saeed", true}, // names in -ed are no participles
		{"Khaled Rasheed", "Khaled Rasheed", true},
	}
	for _, tt := range tests {
		got, ok := personName(tt.give)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("personName(%q) = %q, %v; want %q, %v", tt.give, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestSplitCountry(t *testing.T) {
	tests := []struct{ give, wantSchool, wantCountry string }{
		{"Aga Khan University, Karachi, Pakistan", "Aga Khan University, Karachi", "Pakistan"},
		{"Kasturba Medical College, Manipal", "Kasturba Medical College, Manipal", ""},
		{"University of California, San Francisco School of Medicine", "University of California, San Francisco School of Medicine", ""},
		{"St. George's University (Grenada)", "St. George's University", "Grenada"},
		{"Harvard Medical School", "Harvard Medical School", ""},
		{"Ross University School of Medicine, Bridgetown, Barbados", "Ross University School of Medicine, Bridgetown", "Barbados"},
	}
	for _, tt := range tests {
		s, c := splitCountry(tt.give)
		if s != tt.wantSchool || c != tt.wantCountry {
			t.Errorf("splitCountry(%q) = %q, %q; want %q, %q", tt.give, s, c, tt.wantSchool, tt.wantCountry)
		}
	}
}

func TestCleanSchool(t *testing.T) {
	tests := []struct{ give, want string }{
		{"MD, University of Michigan Medical School", "University of Michigan Medical School"},
		{"University of Michigan Medical School (MD)", "University of Michigan Medical School"},
		{"King Edward Medical University, MBBS", "King Edward Medical University"},
		{"Dr. Kiran C. Patel College of Osteopathic Medicine", "Dr. Kiran C. Patel College of Osteopathic Medicine"},
	}
	for _, tt := range tests {
		if got := cleanSchool(tt.give); got != tt.want {
			t.Errorf("cleanSchool(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		{"We accept J-1 visas. We do not sponsor H-1B.", []string{"We accept J-1 visas.", "We do not sponsor H-1B."}},
		{"Only U.S. citizens are eligible. Dr. Smith agrees.", []string{"Only U.S. citizens are eligible.", "Dr. Smith agrees."}},
		{"Dr. Jane Doe joins us from Washington University School of Medicine in St. Louis. Welcome!", []string{"Dr. Jane Doe joins us from Washington University School of Medicine in St. Louis.", "Welcome!"}},
		{"Is there a cutoff? No.", []string{"Is there a cutoff?", "No."}},
		{"Seth G.S. Medical College graduates are welcome.", []string{"Seth G.S. Medical College graduates are welcome."}},
		// a degree's dot ends a sentence before a word that opens one, and
		// only then
		{"Our chiefs are Ana Ruiz, M.D. and Tom Hale, M.D. The chiefs plan the retreat.", []string{"Our chiefs are Ana Ruiz, M.D. and Tom Hale, M.D.", "The chiefs plan the retreat."}},
		{"We thank Lia Cruz, D.O. She led the tours, and Ben Ota, Ph.D. Their help was great.", []string{"We thank Lia Cruz, D.O.", "She led the tours, and Ben Ota, Ph.D.", "Their help was great."}},
		{"Ana Ruiz, M.D. Internal Medicine", []string{"Ana Ruiz, M.D. Internal Medicine"}},
		{"Ana Ruiz, M.D. Tom Hale, M.D. and Lia Cruz, M.D. lead the team.", []string{"Ana Ruiz, M.D. Tom Hale, M.D. and Lia Cruz, M.D. lead the team."}},
		{"Applicants from the U.S. The program accepts J-1 visas.", []string{"Applicants from the U.S. The program accepts J-1 visas."}},
		{"Ana Ruiz, M.D. Theodore Hale, M.D. and Lia Cruz, M.D. host.", []string{"Ana Ruiz, M.D. Theodore Hale, M.D. and Lia Cruz, M.D. host."}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, sentences(tt.give)); d != "" {
			t.Errorf("sentences(%q) (-want +got):\n%s", tt.give, d)
		}
	}
}

func residentsOf(t *testing.T, body string) [][3]string {
	t.Helper()
	pf, err := Page([]byte(body), nil)
	if err != nil {
		t.Fatal(err)
	}
	out := [][3]string{}
	for _, r := range pf.Residents {
		out = append(out, [3]string{r.Name, r.School, r.Country})
	}
	return out
}

func TestRosterShapes(t *testing.T) {
	tests := []struct {
		name string
		give string
		want [][3]string
	}{
		{"degree before school", `<h1>Our Residents</h1><div class="person"><h3>Jane Roe</h3><p>MD, University of Toronto Temerty Faculty of Medicine</p></div><div class="person"><h3>John Doe</h3><p>University of Ibadan College of Medicine (MBBS)</p></div>`,
			[][3]string{{"Jane Roe", "University of Toronto Temerty Faculty of Medicine", ""}, {"John Doe", "University of Ibadan College of Medicine", ""}}},
		{"resident column", `<table><tr><th>Resident</th><th>PGY</th><th>Medical School</th></tr><tr><td>Sana Malik</td><td>2</td><td>Dow Medical College</td></tr><tr><td>Tom Hill</td><td>1</td><td>Rush Medical College</td></tr></table>`,
			[][3]string{{"Sana Malik", "Dow Medical College", ""}, {"Tom Hill", "Rush Medical College", ""}}},
		{"pipe line", `<h1>Residents</h1><ul><li>Dr. Omar Aziz | PGY-3 | Damascus University Faculty of Medicine, Syria</li><li>Dr. Amy Cook | PGY-1 | Tulane University School of Medicine</li></ul>`,
			[][3]string{{"Omar Aziz", "Damascus University Faculty of Medicine", "Syria"}, {"Amy Cook", "Tulane University School of Medicine", ""}}},
		{"faculty page is no roster", `<h1>Contact</h1><p>Program Director: Dr. Jane Smith</p><p>Coordinator: Mark Lee</p>`, [][3]string{}},
		{"news graduate of", `<h1>Welcome our interns</h1><p>Dr. Ana Lopez, a graduate of Universidad Iberoamericana (UNIBE) School of Medicine, joins our categorical program.</p>`,
			[][3]string{{"Ana Lopez", "Universidad Iberoamericana (UNIBE) School of Medicine", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, residentsOf(t, tt.give)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestDedupe checks that a resident is dropped only when name, selector and
// evidence text all repeat an earlier one, and that order is kept.
func TestDedupe(t *testing.T) {
	res := func(name, sel, text string) imgfriendly.Resident {
		return imgfriendly.Resident{Name: name, Evidence: imgfriendly.Evidence{Selector: sel, Text: text}}
	}
	give := []imgfriendly.Resident{
		res("Jane Smith", "li:nth-of-type(1)", "Jane Smith | X"),
		res("Omar Ali", "li:nth-of-type(2)", "Omar Ali | Y"),
		res("Jane Smith", "li:nth-of-type(1)", "Jane Smith | X"), // same as the first
		res("Jane Smith", "p", "Jane Smith joins us from X"),     // same name elsewhere
		res("Omar Ali", "li:nth-of-type(2)", "Omar Ali | Z"),     // other text
		res("Jane Smith", "p", "Jane Smith joins us from X"),     // same as the fourth
	}
	want := []imgfriendly.Resident{give[0], give[1], give[3], give[4]}
	if d := cmp.Diff(want, dedupe(give)); d != "" {
		t.Errorf("dedupe (-want +got):\n%s", d)
	}
}
