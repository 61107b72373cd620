package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/imgfriendly/imgfriendly/queries"
)

// printDemoTiers shows the sample profile's top programs in each tier.
func printDemoTiers(ctx context.Context, a *app, cfg Config, night time.Time) error {
	db, closeDB, err := openPublishedAt(ctx, cfg)
	if err != nil {
		return err
	}
	defer closeDB()
	match := queries.ComingMatch(night)
	p := queries.SampleProfile() // the applicant of examples/profile.yaml
	list, err := queries.Programs(ctx, db, cfg.Queries, p, queries.Filter{MatchYear: match})
	if err != nil {
		return fmt.Errorf("program list: %w", err)
	}
	step2 := "not taken"
	if p.Step2CKScore != nil {
		step2 = fmt.Sprint(*p.Step2CKScore)
	}
	fmt.Fprintf(a.stdout, "\nprogram list for the sample applicant of examples/profile.yaml (graduated %d, needs %s, Step 2 CK %s, %.0f months hands-on USCE; %s):\n",
		p.GraduationYear, p.VisaNeeded, step2, p.USCE.HandsOnMonths, strings.Join(p.Specialties, ", "))
	byTier := map[queries.Tier][]queries.Tiered{}
	for _, t := range list {
		byTier[t.Tier] = append(byTier[t.Tier], t)
	}
	for _, tier := range []queries.Tier{queries.TierHigh, queries.TierModerate, queries.TierReach, queries.TierNotEligible} {
		ts := byTier[tier]
		fmt.Fprintf(a.stdout, "\n  %s (%d programs)\n", tier.Label(), len(ts))
		if tier == queries.TierHigh && len(ts) == 0 {
			// an empty top tier is an answer, not a fault: say what it takes
			fmt.Fprintf(a.stdout, "    none: High needs an IMG share of at least %.0f%%, a visa the program confirms for you,\n"+
				"    no concern (a preference you miss) and at most %d unknown fact(s); the Moderate programs below miss one of these\n",
				cfg.Queries.IMGShareHigh*100, cfg.Queries.MaxUnknownHigh)
		}
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
			for j, r := range t.SortedReasons() {
				if j == 2 {
					break
				}
				fmt.Fprintf(a.stdout, "      · %s\n", r.Line(queries.EvidenceURL))
			}
		}
	}
	// the same programs for a recent graduate, to show how much the years
	// since graduation weigh
	recent := p
	recent.GraduationYear = match - 2
	rl, err := queries.Programs(ctx, db, cfg.Queries, recent, queries.Filter{MatchYear: match})
	if err != nil {
		return fmt.Errorf("program list: %w", err)
	}
	counts := map[queries.Tier]int{}
	for _, t := range rl {
		counts[t.Tier]++
	}
	fmt.Fprintf(a.stdout, "\nthe same applicant graduated in %d instead: %s %d, %s %d, %s %d, %s %d\n", recent.GraduationYear,
		queries.TierHigh.Label(), counts[queries.TierHigh], queries.TierModerate.Label(), counts[queries.TierModerate],
		queries.TierReach.Label(), counts[queries.TierReach], queries.TierNotEligible.Label(), counts[queries.TierNotEligible])
	return nil
}
