package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly/queries"
)

// demoProfile is the sample applicant the demo tiers programs for: a non-US
// IMG who graduated four years before the night, needs a J-1 or H-1B, and
// wants internal or family medicine.
const demoProfile = `name: Sample applicant (demo)
graduation_year: %d
citizenship: non_us
visa_needed: j1_or_h1b
us_img: false
step1_passed: true
step2ck_score: 232
failed_attempts: 0
usce:
  hands_on_months: 3
  observership_months: 2
specialties: [Internal Medicine, Family Medicine]
`

// printDemoTiers shows the sample profile's top programs in each tier.
func printDemoTiers(ctx context.Context, a *app, cfg Config, night time.Time) error {
	db, closeDB, err := openPublishedAt(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeDB()
	year := night.Year()
	p, err := queries.ParseProfile(strings.NewReader(fmt.Sprintf(demoProfile, year-4)), "demo profile")
	if err != nil {
		return err
	}
	list, err := queries.Programs(ctx, db, cfg.Queries, p, queries.Filter{ApplicationYear: year})
	if err != nil {
		return fmt.Errorf("program list: %w", err)
	}
	fmt.Fprintf(a.stdout, "\nprogram list for a sample applicant (graduated %d, needs J-1 or H-1B, Step 2 CK 232, 3 months hands-on USCE; internal or family medicine):\n", year-4)
	byTier := map[queries.Tier][]queries.Tiered{}
	for _, t := range list {
		byTier[t.Tier] = append(byTier[t.Tier], t)
	}
	for _, tier := range []queries.Tier{queries.TierHigh, queries.TierModerate, queries.TierReach, queries.TierNotEligible} {
		ts := byTier[tier]
		fmt.Fprintf(a.stdout, "\n  %s (%d programs)\n", tier.Label(), len(ts))
		for i, t := range ts {
			if i == 3 {
				fmt.Fprintf(a.stdout, "    … %d more: imgfriendly programs --dir %s --profile examples/profile.yaml\n", len(ts)-3, cfg.DataDir)
				break
			}
			share := "IMG share unknown"
			if t.IMGShare != nil {
				share = fmt.Sprintf("IMG share %.0f%%", *t.IMGShare*100)
			}
			fmt.Fprintf(a.stdout, "    %s — %s, %s (%s)\n", t.Name, t.City, t.State, share)
			for j, r := range t.ReasonTexts() {
				if j == 2 {
					break
				}
				fmt.Fprintf(a.stdout, "      · %s\n", r)
			}
		}
	}
	return nil
}
