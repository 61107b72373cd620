package extract

import "testing"

// TestRoleNotSchoolFaculty holds roleNotSchool to schools whose names hold
// a specialty's word but name a faculty, not a role: the 13k synthetic
// night lost "UST Faculty of Medicine and Surgery" as a school (IMG share
// unknown for its residents) when the card reader's role check came in.
func TestRoleNotSchoolFaculty(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"UST Faculty of Medicine and Surgery", false},
		{"Faculty of Medicine and Surgery, Manila", false},
		{"Facultad de Medicina y Cirugía", false},
		{"Academy of Medicine and Surgery", false},
		{"Lakeside SOM", false},
		{"Internal Medicine Resident", true},
		{"Family Medicine", true},
		{"General Surgery", true},
	} {
		if got := roleNotSchool(c.s); got != c.want {
			t.Errorf("roleNotSchool(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
