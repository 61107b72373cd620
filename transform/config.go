package transform

import (
	"errors"
	"fmt"

	"github.com/imgfriendly/imgfriendly"
)

// Config tunes reconciliation and the IMG share. It is the `transform`
// section of config.yaml.
type Config struct {
	// MinRosterResidents is how many residents with a classified school
	// (IMG true or false) a roster needs before its IMG share counts.
	MinRosterResidents int `mapstructure:"min_roster_residents"`
	// MinConfidence is the classifier confidence below which a resident's
	// IMG status is withheld (nil) and counted as unknown.
	MinConfidence float64 `mapstructure:"min_confidence"`
	// PageKindOrder ranks page kinds for reconciliation: a fact from an
	// earlier kind beats the same field from a later kind. Kinds not listed
	// rank after every listed kind.
	PageKindOrder []string `mapstructure:"page_kind_order"`
	// RosterPagesOnly counts only residents named on a roster page when at
	// least one roster page lists residents; people named only on other
	// pages (news posts, alumni, faculty bios) are then left out.
	RosterPagesOnly bool `mapstructure:"roster_pages_only"`
}

// DefaultConfig returns the defaults documented in config.yaml.
func DefaultConfig() Config {
	return Config{
		MinRosterResidents: 3,
		MinConfidence:      0.6,
		PageKindOrder: []string{
			string(imgfriendly.KindEligibility), string(imgfriendly.KindProgram),
			string(imgfriendly.KindRoster), string(imgfriendly.KindOther),
		},
		RosterPagesOnly: true,
	}
}

// Validate reports every problem, each prefixed with its key.
func (c Config) Validate() error {
	var errs []error
	if c.MinRosterResidents < 1 {
		errs = append(errs, fmt.Errorf("min_roster_residents: must be ≥ 1, got %d", c.MinRosterResidents))
	}
	if c.MinConfidence < 0 || c.MinConfidence > 1 {
		errs = append(errs, fmt.Errorf("min_confidence: must be between 0 and 1, got %g", c.MinConfidence))
	}
	if len(c.PageKindOrder) == 0 {
		errs = append(errs, errors.New("page_kind_order: must list at least one page kind"))
	}
	seen := map[string]bool{}
	for _, k := range c.PageKindOrder {
		switch imgfriendly.PageKind(k) {
		case imgfriendly.KindEligibility, imgfriendly.KindProgram, imgfriendly.KindRoster, imgfriendly.KindOther:
		default:
			errs = append(errs, fmt.Errorf("page_kind_order: unknown page kind %q (want eligibility, program, roster or other)", k))
		}
		if seen[k] {
			errs = append(errs, fmt.Errorf("page_kind_order: %q listed twice", k))
		}
		seen[k] = true
	}
	return errors.Join(errs...)
}
