package extract

import "testing"

// residentRoleInSeeds: each role in cases, plurals, word ends and starts
// that stop it, the training years' forms, the odd folds.
var residentRoleInSeeds = []string{
	"", "Resident", "Residents", "residentS", "Residentship", "nonresident", "Resident_", "Resident-",
	"Chief Resident", "CO-CHIEF RESIDENTS", "co-chief  resident", "Co-Chief Resident2", "chief residents' lounge",
	"Intern", "Interns", "internal medicine", "INTERN.", "House Officer", "house officers", "House officer I",
	"PGY-2", "PGY 7", "pgy8", "PGY-12", "pgy-i", "PGY-II", "pgy iii", "pgy-iiii", "PGY-IV", "pgy-iv2", "PGY-V",
	"pgy-vi", "pgy--2", "pgy- 2", "PGY", "pgy-", "R1", "r5", "R6", "R12", "xR3", "(R3)", "Resident physician",
	"Internal Medicine Resident", "Family Medicine, PGY-3", "reſident", "Rſ", "PGY-\u212a", "Résident", "é Intern",
	"resident\u00e9", "Intern\xff", "Dr. Ana Ruiz, MD", "_resident", "2resident", "Hospitalist", "RESIDENT PHYSICIAN",
}

// TestResidentRoleIn holds residentRoleIn to the expression.
func TestResidentRoleIn(t *testing.T) {
	for _, s := range residentRoleInSeeds {
		if got, want := residentRoleIn(s), residentRoleRE.re.MatchString(s); got != want {
			t.Errorf("residentRoleIn(%q) = %v, want %v", s, got, want)
		}
	}
	for _, d := range gateDocs(t)() {
		for i := range d.blocks {
			s := d.blocks[i].text
			if got, want := residentRoleIn(s), residentRoleRE.re.MatchString(s); got != want {
				t.Errorf("residentRoleIn(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

func FuzzResidentRoleIn(f *testing.F) {
	for _, s := range residentRoleInSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := residentRoleIn(s), residentRoleRE.re.MatchString(s); got != want {
			t.Fatalf("residentRoleIn(%q) = %v, want %v", s, got, want)
		}
	})
}
