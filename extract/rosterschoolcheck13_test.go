package extract

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

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

// TestCheckSchoolsDropsEmptied holds checkSchools to dropping a resident
// that was nothing but a school it refuses ("Med School: A resident" read
// as a school line, found by FuzzPage), while a resident with a name, or an
// unnamed one read with no school at all (a first-person piece), stays.
func TestCheckSchoolsDropsEmptied(t *testing.T) {
	rs := []imgfriendly.Resident{
		{School: "A resident"},
		{Name: "Ana Ruiz", School: "Family Medicine"},
		{Year: "PGY-2"},
		{School: "May 2022", Country: "Jordan"},
	}
	got := checkSchools(rs)
	if len(got) != 3 || got[0].Name != "Ana Ruiz" || got[0].School != "" || got[1].Year != "PGY-2" || got[2].Country != "Jordan" || got[2].School != "" {
		t.Errorf("checkSchools = %+v", got)
	}
}
