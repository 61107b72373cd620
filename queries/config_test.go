package queries

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	bad := Config{IMGShareHigh: 1.5, IMGShareModerate: 2, MaxUnknownHigh: -1, MaxUnknownModerate: -2,
		MaxConcernsModerate: -1, Step3ResultDays: -1, UnfilledMatches: 21, NameMatchMin: 0, NameMatchMargin: 1}
	err := bad.Validate()
	if err == nil {
		t.Fatal("no error")
	}
	want := []string{
		"img_share_high: must be between 0 and 1 (got 1.5)",
		"img_share_moderate: must be between 0 and 1 (got 2)",
		"img_share_moderate: must not exceed img_share_high (got 2)",
		"max_unknown_high: must be ≥ 0 (got -1)",
		"max_unknown_moderate: must be ≥ max_unknown_high (got -2)",
		"max_concerns_moderate: must be ≥ 0 (got -1)",
		"step3_result_days: must be between 0 and 180 (got -1)",
		"unfilled_matches: must be between 0 and 20 (got 21)",
		"name_match_min: must be in (0, 1] (got 0)",
		"name_match_margin: must be in [0, 1) (got 1)",
	}
	if diff := cmp.Diff(want, strings.Split(err.Error(), "\n")); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
}
