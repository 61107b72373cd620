package queries

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The repository's documented examples must stay valid.
func TestRepositoryExamples(t *testing.T) {
	p, err := LoadProfile("../examples/profile.yaml")
	if err != nil {
		t.Fatalf("examples/profile.yaml: %v", err)
	}
	if diff := cmp.Diff(SampleProfile(), p); diff != "" {
		t.Errorf("examples/profile.yaml differs from SampleProfile (-want +got):\n%s", diff)
	}
	f, err := os.Open("../examples/unfilled.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, errs := ParseUnfilled(f, "unfilled.txt")
	if len(errs) > 0 {
		t.Errorf("errors: %v", errs)
	}
	want := []UnfilledRow{
		{Line: 2, Code: "7084140P0", Name: "Campbell Memorial Hospital-Newark", City: "Newark", State: "NJ", Specialty: "Internal Medicine-Preliminary", Positions: 3},
		{Line: 3, Code: "3464140C0", Name: "Morris Memorial Hospital", City: "Atlanta", State: "GA", Specialty: "Internal Medicine", Positions: 1},
		{Line: 4, Code: "8517140C0", Name: "Gainesville Medical Center", City: "Gainesville", State: "FL", Specialty: "Internal Medicine", Positions: 2},
		{Line: 5, Code: "8115140C0", Name: "Des Moines Regional Medical Center", City: "Des Moines", State: "IA", Specialty: "Internal Medicine", Positions: 1},
		{Line: 6, Code: "8492120C0", Name: "Miami Community Hospital", City: "Miami", State: "FL", Specialty: "Family Medicine", Positions: 1},
		{Line: 7, Name: "Toledo General Hospital", City: "Toledo", State: "OH", Specialty: "Pediatrics", Positions: 1},
		{Line: 8, Code: "4570400C0", Name: "Lakeside Health Syracuse", City: "Syracuse", State: "NY", Specialty: "Psychiatry", Positions: 1},
		{Line: 9, Code: "9999140C0", Name: "Mercy Springfield Hospital Program", City: "Springfield", State: "MO", Specialty: "Internal Medicine", Positions: 2},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("examples/unfilled.txt rows (-want +got):\n%s", diff)
	}
}
