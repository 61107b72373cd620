package transform

import "testing"

// Session-8 batteries: classes of school strings that real rosters write
// and the classifier misread (lead's brief, paraphrased), each with
// paraphrases in the team's own words and near misses that must keep
// their answer. Cases not answered right yet are named in
// knownSchoolMisses: the battery fails both when a listed case starts to
// pass (take it off the list) and when an unlisted case fails.

// knownSchoolMisses are the battery cases (by input) not answered right yet.
var knownSchoolMisses = map[string]bool{
	// Lima, Ohio: Lima, Peru is 200 times its size, like Cairo, Illinois
	// and Cairo, Egypt; the name alone cannot tell.
	"Lima Memorial Hospital": true,
}

// checkKnownClasses is checkClasses, except that the cases named in known
// must fail and every other must pass.
func checkKnownClasses(t *testing.T, c *Classifier, cases []classCase, known map[string]bool) {
	t.Helper()
	missed := 0
	for _, tc := range cases {
		got := c.Classify(tc.give, "")
		g := want{got.School, got.Country, imgWord(got.IMG)}
		switch {
		case g != tc.want && known[tc.give]:
			missed++
		case g != tc.want:
			t.Errorf("%s: Classify(%q) = %+v, want %+v", tc.class, tc.give, g, tc.want)
		case known[tc.give]:
			t.Errorf("%s: Classify(%q) passes now; take it off the known misses", tc.class, tc.give)
		}
	}
	if missed > 0 {
		t.Logf("%d of %d cases are known misses", missed, len(cases))
	}
}

const (
	cincinnati  = "University of Cincinnati College of Medicine"
	testemitanu = "Nicolae Testemitanu State University of Medicine and Pharmacy"
	sechenov    = "I.M. Sechenov First Moscow State Medical University"
	uottawa     = "University of Ottawa Faculty of Medicine"
)

// TestBatteryConflictingAbbreviation: a US school's short name with an
// abbreviation beside it (in brackets, after a comma or a dash) that is no
// form of that school is conflicting evidence: a school abroad written
// with a US short name ("UC" is also the University of Cebu's, "UP" the
// Philippines'). Unknown, never US. Near misses: the school's own
// abbreviation, its initials, a degree or the country beside it.
func TestBatteryConflictingAbbreviation(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		// The University of Cebu's own name and abbreviation (a row since
		// the rule): the school abroad.
		{"conflict", "UC School of Medicine (UCSM)", want{"University of Cebu School of Medicine", "Philippines", "yes"}},
		{"conflict", "UC School of Medicine", want{"", "", ""}}, // Cebu's name; Cincinnati's is a college
		{"conflict", "UC School of Medicine, UCSM", want{"", "", ""}},
		{"conflict", "UC School of Medicine - UCSM", want{"", "", ""}},
		{"conflict", "University of Cincinnati [UCSMC]", want{"", "", ""}},
		{"conflict", "Emory School of Medicine (ESMG)", want{"", "", ""}},
		{"conflict", "Drexel College of Medicine - DCMK", want{"", "", ""}},
		{"conflict", "Wayne State School of Medicine [WSSMP]", want{"", "", ""}},
		// Near misses: the school's own forms.
		{"own", "University of Cincinnati College of Medicine (UCCOM)", want{cincinnati, usa, "no"}},
		{"own", "UC College of Medicine (UCCOM)", want{cincinnati, usa, "no"}},
		{"own", "Lake Erie College of Osteopathic Medicine (LECOM)", want{"Lake Erie College of Osteopathic Medicine", usa, "no"}},
		{"own", "Rocky Vista University College of Osteopathic Medicine (RVUCOM)", want{"Rocky Vista University College of Osteopathic Medicine", usa, "no"}},
		{"own", "Sidney Kimmel Medical College (SKMC)", want{"Sidney Kimmel Medical College at Thomas Jefferson University", usa, "no"}},
		{"own", "Icahn School of Medicine at Mount Sinai (ISMMS)", want{"Icahn School of Medicine at Mount Sinai", usa, "no"}},
		{"own", "University of Texas Medical Branch (UTMB)", want{"University of Texas Medical Branch John Sealy School of Medicine", usa, "no"}},
		{"own", "Medical College of Wisconsin (MCW)", want{"Medical College of Wisconsin", usa, "no"}},
		{"degree", "UC College of Medicine (MD)", want{cincinnati, usa, "no"}},
		{"degree", "Emory University School of Medicine (MD/PhD)", want{"Emory University School of Medicine", usa, "no"}},
		{"country", "Temple University School of Medicine (USA)", want{"Lewis Katz School of Medicine at Temple University", usa, "no"}},
	}, knownSchoolMisses)
}

// TestBatteryHospitalNamedLikeAPlaceAbroad: a roster's school field that
// names a hospital ("… Hospital", "… Medical Center") whose place is also
// a US town's name is no school abroad ("Jamaica", Queens; "Nassau", Long
// Island; "Lima", Ohio): unknown. Near misses: a hospital in a place with
// no US namesake, a school (not a hospital) of such a place.
func TestBatteryHospitalNamedLikeAPlaceAbroad(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		{"hospital", "Jamaica Hospital Medical Center", want{"", "", ""}},
		{"hospital", "Jamaica Hospital", want{"", "", ""}},
		{"hospital", "Nassau University Medical Center", want{"", "", ""}},
		{"hospital", "Lima Memorial Hospital", want{"", "", ""}},
		{"hospital", "Lebanon Medical Center", want{"", "", ""}},
		// Near misses.
		{"abroad", "Tel Aviv Sourasky Medical Center", want{"", "Israel", "yes"}},
		{"abroad", "Mulago Hospital, Kampala", want{"", "Uganda", "yes"}},
		{"abroad", "Makati Medical Center", want{"", "Philippines", "yes"}},
		{"abroad", "Lagos University Teaching Hospital", want{"Lagos University Teaching Hospital", "Nigeria", "yes"}},
		{"school", "Nassau Medical College", want{"", "Bahamas", "yes"}},
	}, knownSchoolMisses)
}

// TestBatteryNameOfTwoCountries: one name, two schools in two countries;
// the hospital's name or a city beside it decides, else the list's first.
// "University de Columbia" is a half-translated name (Colombia or
// Columbia): unknown.
func TestBatteryNameOfTwoCountries(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		{"city", "China Medical University Hospital", want{"China Medical University Taiwan", "Taiwan", "yes"}},
		{"city", "China Medical University (Taichung City)", want{"China Medical University Taiwan", "Taiwan", "yes"}},
		{"city", "China Medical University, Taichung", want{"China Medical University Taiwan", "Taiwan", "yes"}},
		{"city", "China Medical University Hospital, Taichung", want{"China Medical University Taiwan", "Taiwan", "yes"}},
		{"half translated", "University de Columbia", want{"", "", ""}},
		{"half translated", "Univ. de Columbia", want{"", "", ""}},
		// Near misses.
		{"own", "China Medical University", want{"China Medical University", "China", "yes"}},
		{"own", "China Medical University, Shenyang", want{"China Medical University", "China", "yes"}},
		{"own", "Columbia University", want{"Columbia University Vagelos College of Physicians and Surgeons", usa, "no"}},
		{"own", "University de Montreal", want{"Universite de Montreal Faculte de medecine", can, "no"}},
	}, knownSchoolMisses)
}

// TestBatteryRomanianMoldovanForms: the universities of medicine and
// pharmacy of Romania (UMF) and Moldova (USMF, SMPhU, SUMPh) by their
// local abbreviations and eponyms, with diacritics, foreign quotes and a
// city. Near misses: a person with the eponym's surname, the bare form.
func TestBatteryRomanianMoldovanForms(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		{"moldova", "SMPhU Nicolae Testemitanu", want{testemitanu, "Moldova", "yes"}},
		{"moldova", "USMF „Nicolae Testemițanu”", want{testemitanu, "Moldova", "yes"}},
		{"moldova", "Nicolae Testemițanu SUMPh", want{testemitanu, "Moldova", "yes"}},
		{"moldova", "Medical and Pharmaceutical University \"N. Testemitanu\"", want{testemitanu, "Moldova", "yes"}},
		{"moldova", "USMF Nicolae Testemitanu, Chisinau", want{testemitanu, "Moldova", "yes"}},
		{"moldova", "State University of Medicine and Pharmacy \"Nicolae Testemitanu\"", want{testemitanu, "Moldova", "yes"}},
		{"romania", "UMF Iuliu Hațieganu Cluj-Napoca", want{"Iuliu Hatieganu University of Medicine and Pharmacy", "Romania", "yes"}},
		{"romania", "UMF „Carol Davila” București", want{"Carol Davila University of Medicine and Pharmacy", "Romania", "yes"}},
		{"romania", "UMF Victor Babeș Timișoara", want{"Victor Babes University of Medicine and Pharmacy", "Romania", "yes"}},
		{"romania", "UMFST Târgu Mureș", want{"George Emil Palade University of Medicine Pharmacy Science and Technology", "Romania", "yes"}},
		{"romania", "Universitatea de Medicină și Farmacie din Craiova", want{"University of Medicine and Pharmacy of Craiova", "Romania", "yes"}},
		// Near misses.
		{"person", "Andrei Testemițanu", want{"", "", ""}},
		{"bare", "UMF", want{"", "", ""}},
	}, knownSchoolMisses)
}

// TestBatteryRussianTransliterated: Russian schools by their
// transliterated abbreviations (MGMU, RNIMU, MGMSU) and machine-translated
// "named after" ("them."). Near misses: the bare abbreviation, a hospital.
func TestBatteryRussianTransliterated(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		{"russia", "First MGMU them. Sechenov", want{sechenov, "Russia", "yes"}},
		{"russia", "1st MGMU named after I.M. Sechenov", want{sechenov, "Russia", "yes"}},
		{"russia", "Sechenov First MGMU", want{sechenov, "Russia", "yes"}},
		{"russia", "RNIMU named after N.I. Pirogov", want{"Pirogov Russian National Research Medical University", "Russia", "yes"}},
		{"russia", "MGMSU named after A.I. Evdokimov", want{"Moscow State University of Medicine and Dentistry", "Russia", "yes"}},
		{"russia", "SibGMU, Tomsk", want{"Siberian State Medical University", "Russia", "yes"}},
		{"russia", "VolgGMU", want{"Volgograd State Medical University", "Russia", "yes"}},
		// Near misses.
		{"bare", "MGMU", want{"", "", ""}},
		{"hospital", "Sechenov Hospital", want{"", "", ""}},
	}, knownSchoolMisses)
}

// TestBatteryCaribbeanAcronyms: Caribbean schools by an acronym that a
// US university shares, with the school's name or island beside it. Near
// misses: the acronym alone, with a US school's other words ("ASU":
// Arizona State's school of medicine, NYITCOM at Arkansas State).
func TestBatteryCaribbeanAcronyms(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		{"caribbean", "All Saints School of Medicine", want{"All Saints University School of Medicine", "Dominica", "yes"}},
		{"acronym abroad", "AIETI Medical School", want{"David Tvildiani Medical University", "Georgia", "yes"}},
		{"acronym abroad", "AIETI", want{"David Tvildiani Medical University", "Georgia", "yes"}},
		{"acronym abroad", "AIM-U", want{"American International Medical University", "Saint Lucia", "yes"}},
		{"acronym abroad", "Austral", want{"", "", "yes"}}, // Pilar, Argentina or Valdivia, Chile
		{"acronym abroad", "Universidad Austral de Chile", want{"Universidad Austral de Chile", "Chile", "yes"}},
		{"caribbean", "All Saints University (ASU)", want{"All Saints University School of Medicine", "Dominica", "yes"}},
		{"caribbean", "ASU School of Medicine, Dominica", want{"All Saints University School of Medicine", "Dominica", "yes"}},
		// Near misses.
		{"bare", "ASU", want{"", "", ""}},
		{"bare", "All Saints", want{"", "", ""}}, // a church's or a hospital's name
		{"bare", "AIM", want{"", "", ""}},
		{"bare", "Australia", want{"", "Australia", "yes"}},
		// Arizona State's school of medicine (announced 2024) has no
		// graduates; no US school of medicine or osteopathy is "ASU
		// School of Medicine": All Saints calls itself so.
		{"caribbean", "ASU School of Medicine", want{"All Saints University School of Medicine", "Dominica", "yes"}},
		{"home", "ASU School of Medicine and Advanced Medical Engineering", want{"", "", ""}},
		{"home", "ASU College of Osteopathic Medicine", want{"", usa, "no"}}, // NYITCOM at Arkansas State
	}, knownSchoolMisses)
}

// TestBatteryFrenchCanadianForms: Canada's French-language schools and
// streams ("French stream", "volet francophone"); the language of a
// stream is no place abroad. Near misses: UdeM and UdeS alone (Monterrey,
// Santander), a French university abroad.
func TestBatteryFrenchCanadianForms(t *testing.T) {
	checkKnownClasses(t, mustClassifier(t), []classCase{
		{"stream", "uOttawa (French stream)", want{uottawa, can, "no"}},
		{"stream", "U Ottawa French stream", want{uottawa, can, "no"}},
		{"stream", "University of Ottawa - English stream", want{uottawa, can, "no"}},
		{"stream", "University of Ottawa (Francophone stream)", want{uottawa, can, "no"}},
		{"stream", "University of Ottawa, French-language stream", want{uottawa, can, "no"}},
		{"stream", "Université d'Ottawa, volet francophone", want{uottawa, can, "no"}},
		{"french", "Université de Montréal (UdeM)", want{"Universite de Montreal Faculte de medecine", can, "no"}},
		{"french", "U Sherbrooke", want{"Universite de Sherbrooke Faculte de medecine et des sciences de la sante", can, "no"}},
		// Near misses.
		{"shared", "UdeM", want{"", "", ""}},
		{"shared", "UdeS", want{"", "", ""}},
		{"abroad", "French University of Armenia", want{"", "Armenia", "yes"}},
	}, knownSchoolMisses)
}

// TestUnknownNamesNoSchool: an answer that leaves IMG unknown names no
// school either — the canonical name of a school the evidence was
// weighed against ("Keck" for a USC of Cebu) would reach the export as
// the resident's school.
func TestUnknownNamesNoSchool(t *testing.T) {
	c := mustClassifier(t)
	for _, give := range []string{
		"USC School of Medicine (USC-Cebu)",
		"Georgetown University, Guyana, USA",
		"Temple University School of Medicine at Lahore",
		"UC School of Medicine (UCSM)",
	} {
		if got := c.Classify(give, ""); got.IMG == nil && got.School != "" {
			t.Errorf("Classify(%q) = school %q with IMG unknown", give, got.School)
		}
	}
}
