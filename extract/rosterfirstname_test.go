package extract

import "testing"

// TestSlugFirstName holds the first name a resident's page's address gives
// alone: under a residents' folder, one word that may be a first name; a
// full name's slug (residentPageName's), another folder, a folder's own
// page and a word that is no name give none.
func TestSlugFirstName(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{"https://www.lakesidehealth.org/residents/gillian", "Gillian"},
		{"https://www.lakesidehealth.org/our-residents/gillian/", "Gillian"},
		{"https://www.lakesidehealth.org/residents/tomas.html", "Tomas"},
		{"https://www.lakesidehealth.org/residents/jane-doe", ""},
		{"https://www.lakesidehealth.org/faculty/gillian", ""},
		{"https://www.lakesidehealth.org/alumni/gillian", ""},
		{"https://www.lakesidehealth.org/residents/", ""},
		{"https://www.lakesidehealth.org/residents/current-residents", ""},
		{"https://www.lakesidehealth.org/residents/2024", ""},
		{"https://www.lakesidehealth.org/residents/interns", ""},
		{"https://www.lakesidehealth.org/residents/gillian?tab=bio", ""},
	} {
		if got := slugFirstName(c.give); got != c.want {
			t.Errorf("slugFirstName(%q) = %q, want %q", c.give, got, c.want)
		}
	}
}

// TestMedicalTrip holds the country a bio says one went to for medical
// school, and none where the trip was for something else.
func TestMedicalTrip(t *testing.T) {
	for _, c := range []struct{ give, want string }{
		{"She then returned to Jamaica for her medical studies at the University of the West Indies.", "Jamaica"},
		{"He moved back to Peru for his medical studies.", "Peru"},
		{"She returned home to India to pursue her medical degree at Kasturba Medical College.", "India"},
		{"He went to Nigeria to study medicine.", "Nigeria"},
		{"She returned to Jamaica for a vacation after her medical studies in Ohio.", ""},
		{"He moved to Texas for residency.", ""},
	} {
		got := ""
		if tripWords(asciiLower(c.give)) {
			if m := medicalTrip().FindStringSubmatch(c.give); m != nil {
				got = trainedCountry(m[1])
			}
		}
		if got != c.want {
			t.Errorf("medicalTrip of %q gives %q, want %q", c.give, got, c.want)
		}
	}
}
