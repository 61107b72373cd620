package queries

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	// The hand-built warehouse fixture only: queries itself never imports the driver.
	_ "github.com/duckdb/duckdb-go/v2"
)

// testMatch is the Match the test applicant prepares for: they apply in
// September 2026, so a 2019 graduate is at 8 years by the 2027 Match.
const testMatch = 2027

// newFixture builds the hand-made warehouse (testdata/schema.sql, the programs
// contract, plus testdata/programs.sql, one program per rule) in a DuckDB file
// in t.TempDir() and returns its path.
func newFixture(t testing.TB, extra ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "warehouse.duckdb")
	db, err := sql.Open("duckdb", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, f := range append([]string{"testdata/schema.sql", "testdata/programs.sql"}, extra...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(context.Background(), string(b)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	return path
}

// openReadOnly opens a fixture the way cmd opens the published warehouse.
func openReadOnly(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", path+"?access_mode=read_only")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func intp(i int) *int { return &i }

// baseProfile is the test applicant: graduated 2019 (8 years by the 2027 Match),
// needs J-1 or H-1B, Step 2 CK 230, one failed attempt, 2 months hands-on
// USCE and 3 of observership, prefers New York.
func baseProfile() Profile {
	return Profile{
		GraduationYear: 2019, Citizenship: CitizenNonUS, VisaNeeded: VisaJ1OrH1B,
		Step1Passed: true, Step2CKScore: intp(230), FailedAttempts: 1,
		USCE:        USCE{HandsOnMonths: 2, ObservershipMonths: 3},
		Specialties: []string{"Internal Medicine"}, States: []string{"NY"},
	}
}
