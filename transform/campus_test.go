package transform

import "testing"

const (
	montreal   = "Universite de Montreal Faculte de medecine"
	sherbrooke = "Universite de Sherbrooke Faculte de medecine et des sciences de la sante"
	laval      = "Universite Laval Faculte de medecine"
)

// quebecAndCampusCases: Quebec's and Canada's abbreviations, campus
// names and French word orders, and a known school with a campus or place
// qualifier. Written for this test from knowledge of the schools' sites.
var quebecAndCampusCases = []classCase{
	// Abbreviations Quebec writes.
	{"quebec abbrev", "ULaval", want{laval, can, "no"}},
	{"quebec abbrev", "U Laval", want{laval, can, "no"}},
	{"quebec abbrev", "FMSS Sherbrooke", want{sherbrooke, can, "no"}},
	{"quebec abbrev", "EMNO", want{"NOSM University", can, "no"}},
	{"quebec abbrev", "École de médecine du Nord de l'Ontario", want{"NOSM University", can, "no"}},
	// Shared with a university abroad (Monterrey's UDEM, Santander's UDES):
	// unknown, never IMG.
	{"quebec abbrev", "UdeS", want{"", "", ""}},
	{"quebec abbrev", "UdeM", want{"", "", ""}},
	// Initials joined by a Romance article are no English "U of M".
	{"romance initials", "U de M", want{"", "", ""}},
	{"romance initials", "U. de S.", want{"", "", ""}},
	{"romance initials", "U de G", want{"", "", ""}},
	{"romance initials", "U de M, Mexico", want{"", "Mexico", "yes"}},
	{"romance initials", "U of M", want{"University of Michigan Medical School", usa, "no"}}, // the English form stays Michigan
	// The long French official form: faculty first, then the university,
	// with straight or typographic apostrophes in the elision.
	{"french order", "Faculté de médecine et des sciences de la santé de l'Université de Sherbrooke", want{sherbrooke, can, "no"}},
	{"french order", "Faculté de médecine et des sciences de la santé de l’Université de Sherbrooke", want{sherbrooke, can, "no"}},
	{"french order", "Faculte de medecine et des sciences de la sante, Universite de Sherbrooke", want{sherbrooke, can, "no"}},
	{"french order", "Faculté de médecine de lʼUniversité Laval", want{laval, can, "no"}},
	{"french order", "Faculté de médecine de l′Université de Montréal", want{montreal, can, "no"}},
	{"french order", "Faculté de médecine de l‘Université de Montréal", want{montreal, can, "no"}},
	{"french order", "Faculté de médecine et des sciences de la santé de l'Université de Lomé", want{"University of Lome Faculty of Health Sciences", "Togo", "yes"}}, // the same order abroad
	// "<Université> en/au/à <région>", "<University> at <city>", "<School>
	// <city> campus": the school, when the qualifier may be its own
	// country's place.
	{"campus", "Université de Montréal en Mauricie", want{montreal, can, "no"}},
	{"campus", "Université de Sherbrooke en Saguenay", want{sherbrooke, can, "no"}},
	{"campus", "Université McGill en Outaouais", want{"McGill University Faculty of Medicine and Health Sciences", can, "no"}},
	{"campus", "Université Laval en Abitibi", want{laval, can, "no"}},
	{"campus", "University of Calgary at Lethbridge", want{"University of Calgary Cumming School of Medicine", can, "no"}},
	{"campus", "University of Michigan Medical School at Ann Arbor", want{"University of Michigan Medical School", usa, "no"}},
	{"campus", "Memorial University of Newfoundland at Corner Brook", want{"Memorial University of Newfoundland Faculty of Medicine", can, "no"}},
	// Never when the qualifier names a place abroad: a country makes it
	// that country's, a city or a misspelt city leaves it unknown (the
	// school recognised is still reported, with IMG unknown).
	{"campus abroad", "Université de Montréal en Belgique", want{"", "Belgium", "yes"}},
	{"campus abroad", "McGill en France", want{"", "France", "yes"}},
	// Unknown, and no school named (session 8: the school weighed
	// against the place would reach the export as the resident's).
	{"campus abroad", "University of Toronto at Lahore", want{"", "", ""}},
	{"campus abroad", "Université de Sherbrooke à Dakar", want{"", "", ""}},
	{"campus abroad", "University of Chicago Pritzker at Nairobi", want{"", "", ""}},
	{"campus abroad", "Queen's University at Bellfast", want{"Queen's University Belfast School of Medicine", "United Kingdom", "yes"}},
	{"campus abroad", "Harvard Medical School at Karachi", want{"", "", ""}},
	{"campus abroad", "Johns Hopkins University at Tbilisi", want{"", "", ""}},
}

func TestClassifyQuebecAndCampus(t *testing.T) {
	checkClasses(t, mustClassifier(t), quebecAndCampusCases)
}
