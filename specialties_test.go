package imgfriendly_test

import (
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

func TestLookupSpecialty(t *testing.T) {
	tests := []struct{ give, want string }{
		{"Internal Medicine", "Internal Medicine"},
		{"internal medicine", "Internal Medicine"},
		{"Ob/Gyn", "Obstetrics and Gynecology"},
		{"OB-GYN", "Obstetrics and Gynecology"},
		{"Obstetrics & Gynecology", "Obstetrics and Gynecology"},
		{"Orthopedics", "Orthopaedic Surgery"},
		{"PM&R", "Physical Medicine and Rehabilitation"},
		{"Pathology-Anatomic and Clinical", "Pathology"},
		{"Internal Medicine (Preliminary)", "Internal Medicine"},
		{"Internal Medicine/Pediatrics", "Internal Medicine-Pediatrics"},
		{"Surgery", "General Surgery"},
		{"Transitional Year", "Transitional Year"},
		{"Basket weaving", ""},
		{"Internal Medicine and Dermatology", ""}, // two: not one specialty
	}
	for _, tt := range tests {
		got, ok := imgfriendly.LookupSpecialty(tt.give)
		if got.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("LookupSpecialty(%q) = %q, %v; want %q", tt.give, got.Name, ok, tt.want)
		}
	}
}

func TestFindSpecialtiesLongestWins(t *testing.T) {
	tests := []struct {
		give string
		want []string
	}{
		{"Orthopaedic Surgery Residency", []string{"Orthopaedic Surgery"}},
		{"Internal Medicine-Pediatrics (Med-Peds)", []string{"Internal Medicine-Pediatrics", "Internal Medicine-Pediatrics"}},
		{"Pediatric Neurology and Pediatrics", []string{"Child Neurology", "Pediatrics"}},
		{"Family Medicine, Emergency Medicine & Surgery", []string{"Family Medicine", "Emergency Medicine", "General Surgery"}},
		{"Medical education news", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range imgfriendly.FindSpecialties(tt.give) {
			got = append(got, m.Specialty.Name)
		}
		if len(got) != len(tt.want) {
			t.Errorf("FindSpecialties(%q) = %v, want %v", tt.give, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("FindSpecialties(%q) = %v, want %v", tt.give, got, tt.want)
				break
			}
		}
	}
	if ms := imgfriendly.FindSpecialties("General Surgery"); len(ms) != 1 || ms[0].Weak {
		t.Errorf("General Surgery: %+v", ms)
	}
	if ms := imgfriendly.FindSpecialties("Department of Surgery"); len(ms) != 1 || !ms[0].Weak {
		t.Errorf("Surgery alone should be a weak match: %+v", ms)
	}
}

func TestSpecialtyTableCodesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range imgfriendly.Specialties() {
		if s.Code == "" || seen[s.Code] {
			t.Errorf("specialty %q: code %q empty or repeated", s.Name, s.Code)
		}
		seen[s.Code] = true
		if sp, ok := imgfriendly.SpecialtyByCode(s.Code); !ok || sp.Name != s.Name {
			t.Errorf("SpecialtyByCode(%s) = %q", s.Code, sp.Name)
		}
	}
}

func TestFoldName(t *testing.T) {
	for give, want := range map[string]string{
		"OB/GYN": "ob gyn", "PM&R": "pm and r", " Orthopaedic  Surgery, ": "orthopaedic surgery", "Zoë-Ann": "zoë ann", "": "",
	} {
		if got := imgfriendly.FoldName(give); got != want {
			t.Errorf("FoldName(%q) = %q, want %q", give, got, want)
		}
	}
}
