package queries

import (
	"errors"
	"fmt"
)

// Config holds the tiering thresholds and the SOAP name-matching limits.
type Config struct {
	// IMGShareHigh is the IMG share of residents (0..1) at or above which a
	// program can be High. The seed guidance names 10–15 % as a strong signal.
	IMGShareHigh float64 `mapstructure:"img_share_high"`
	// IMGShareModerate is the IMG share below which a program is Reach.
	IMGShareModerate float64 `mapstructure:"img_share_moderate"`
	// MaxUnknownHigh is how many of the applicant-relevant facts may be unknown
	// for a program to still be High.
	MaxUnknownHigh int `mapstructure:"max_unknown_high"`
	// MaxUnknownModerate is how many may be unknown before a program is Reach.
	MaxUnknownModerate int `mapstructure:"max_unknown_moderate"`
	// MaxConcernsModerate is how many soft preferences the applicant may miss
	// (preferred YOG, preferred score, preferred USCE, low IMG share…) before
	// a program is Reach. Any missed preference rules out High.
	MaxConcernsModerate int `mapstructure:"max_concerns_moderate"`
	// Step3ResultDays is how many days a USMLE Step 3 result takes after the
	// exam (USMLE: usually within four weeks); a scheduled Step 3 meets a
	// program's "Step 3 passed by …" condition when exam day plus this is on
	// or before the deadline.
	Step3ResultDays int `mapstructure:"step3_result_days"`
	// UnfilledMatches is how many of the last Matches of the imported NRMP
	// results a program's unfilled history covers ("went unfilled in 3 of
	// the last 5 Matches"); 0 leaves the history out.
	UnfilledMatches int `mapstructure:"unfilled_matches"`
	// NameMatchMin is the lowest confidence (0..1) at which a SOAP row with no
	// known NRMP code is matched to a program by normalised name and state.
	NameMatchMin float64 `mapstructure:"name_match_min"`
	// NameMatchMargin is how far the best name match must lead the second
	// best; closer than this the row is reported as ambiguous, not matched.
	NameMatchMargin float64 `mapstructure:"name_match_margin"`
}

// DefaultConfig returns the documented defaults.
func DefaultConfig() Config {
	return Config{
		IMGShareHigh:        0.15,
		IMGShareModerate:    0.05,
		MaxUnknownHigh:      1,
		MaxUnknownModerate:  3,
		MaxConcernsModerate: 1,
		Step3ResultDays:     28,
		UnfilledMatches:     5,
		NameMatchMin:        0.6,
		NameMatchMargin:     0.1,
	}
}

// Validate reports every problem at once, each prefixed with its key.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, msg string, v any) {
		errs = append(errs, fmt.Errorf("%s: %s (got %v)", key, msg, v))
	}
	if c.IMGShareHigh < 0 || c.IMGShareHigh > 1 {
		bad("img_share_high", "must be between 0 and 1", c.IMGShareHigh)
	}
	if c.IMGShareModerate < 0 || c.IMGShareModerate > 1 {
		bad("img_share_moderate", "must be between 0 and 1", c.IMGShareModerate)
	}
	if c.IMGShareModerate > c.IMGShareHigh {
		bad("img_share_moderate", "must not exceed img_share_high", c.IMGShareModerate)
	}
	if c.MaxUnknownHigh < 0 {
		bad("max_unknown_high", "must be ≥ 0", c.MaxUnknownHigh)
	}
	if c.MaxUnknownModerate < c.MaxUnknownHigh {
		bad("max_unknown_moderate", "must be ≥ max_unknown_high", c.MaxUnknownModerate)
	}
	if c.MaxConcernsModerate < 0 {
		bad("max_concerns_moderate", "must be ≥ 0", c.MaxConcernsModerate)
	}
	if c.Step3ResultDays < 0 || c.Step3ResultDays > 180 {
		bad("step3_result_days", "must be between 0 and 180", c.Step3ResultDays)
	}
	if c.UnfilledMatches < 0 || c.UnfilledMatches > 20 {
		bad("unfilled_matches", "must be between 0 and 20", c.UnfilledMatches)
	}
	if c.NameMatchMin <= 0 || c.NameMatchMin > 1 {
		bad("name_match_min", "must be in (0, 1]", c.NameMatchMin)
	}
	if c.NameMatchMargin < 0 || c.NameMatchMargin >= 1 {
		bad("name_match_margin", "must be in [0, 1)", c.NameMatchMargin)
	}
	return errors.Join(errs...)
}
