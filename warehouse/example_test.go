package warehouse_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

func ExampleRunNight() {
	dir, err := os.MkdirTemp("", "imgfriendly-example-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	night := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	page := "http://im.mercy-springfield.test/eligibility"
	fetched := night.Add(2 * time.Hour)
	program := imgfriendly.ProgramRecord{
		Program: imgfriendly.Program{ID: "1401421001", Name: "Mercy Springfield IM", Specialty: "Internal Medicine",
			State: "IL", URL: "http://im.mercy-springfield.test/"},
		Facts: map[imgfriendly.Field]imgfriendly.Fact{
			imgfriendly.FieldVisaH1B: {ProgramID: "1401421001", Field: imgfriendly.FieldVisaH1B, Value: imgfriendly.BoolValue(true),
				Evidence: imgfriendly.Evidence{URL: page, Text: "We sponsor H-1B visas.", FetchedAt: fetched}},
		},
		PagesFetched: 1,
	}
	out, err := warehouse.RunNight(context.Background(), warehouse.DefaultConfig(), dir, warehouse.Night{
		Run: imgfriendly.Run{ID: "2026-03-01", Night: night, StartedAt: night},
		Fetches: []imgfriendly.Fetch{{ProgramID: "1401421001", URL: page, Status: 200, ContentHash: "c0ffee",
			FetchedAt: fetched}},
		Programs: []imgfriendly.ProgramRecord{program},
		Now:      func() time.Time { return fetched.Add(time.Minute) },
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(out.Status, out.Counts["programs"], out.Counts["facts"], out.Counts["changes_added"])

	w, err := warehouse.Open(context.Background(), filepath.Join(dir, warehouse.WarehouseFile), true)
	if err != nil {
		panic(err)
	}
	defer w.Close()
	var h1b bool
	var evidence string
	if err := w.DB().QueryRow(`SELECT visa_h1b, visa_h1b_evidence_text FROM programs`).Scan(&h1b, &evidence); err != nil {
		panic(err)
	}
	fmt.Println(h1b, evidence)
	// Output:
	// published 1 1 1
	// true We sponsor H-1B visas.
}

// A command that serves the data directory repairs it first when a night was
// killed while publishing (RunNight does the same before every night).
func ExampleRecover() {
	dir, err := os.MkdirTemp("", "imgfriendly-example-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	rec, err := warehouse.Recover(context.Background(), warehouse.DefaultConfig(), dir, time.Now())
	if err != nil {
		panic(err)
	}
	if rec.Action == "" {
		fmt.Println("nothing to recover")
	} else {
		fmt.Printf("%s the publish of %s\n", rec.Action, rec.RunID)
	}
	// Output:
	// nothing to recover
}
