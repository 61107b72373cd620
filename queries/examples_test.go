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
		{Line: 2, Code: "1234140C0", Name: "Mercy Springfield Hospital Program", City: "Springfield", State: "MO", Specialty: "Internal Medicine", Positions: 2},
		{Line: 3, Code: "1234140P0", Name: "Mercy Springfield Hospital Program", City: "Springfield", State: "MO", Specialty: "Internal Medicine-Preliminary", Positions: 3},
		{Line: 4, Code: "2871120C0", Name: "Lakeside Community Health System", City: "Erie", State: "PA", Specialty: "Family Medicine", Positions: 1},
		{Line: 5, Code: "4410320C0", Name: "St. Vincent's Childrens Hospital", City: "Buffalo", State: "NY", Specialty: "Pediatrics", Positions: 1},
		{Line: 6, Name: "Riverside Regional Medical Ctr", City: "Newport News", State: "VA", Specialty: "Internal Medicine", Positions: 1},
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("examples/unfilled.txt rows (-want +got):\n%s", diff)
	}
}
