package warehouse

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestConfigValidate(t *testing.T) {
	tests := []struct {
		name string
		give func(c *Config)
		want []string // one line per problem
	}{
		{name: "default", give: func(*Config) {}},
		{name: "no memory limit, all cores", give: func(c *Config) { c.MemoryLimit, c.Threads = "", 0 }},
		{
			name: "every problem at once",
			give: func(c *Config) {
				c.MemoryLimit = "lots"
				c.Threads = -1
				c.MissedNightsBeforeClose = 0
				c.KeepHistoryNights = -2
				c.Gates.MaxVisaFlipShare = 1.5
				c.Gates.MinBase = -1
				c.Gates.WarnOnly = []string{"range_yog", "no_such_gate"}
			},
			want: []string{
				`memory_limit: "lots" is not a size like 4GB or 512MB`,
				`threads: must be ≥ 0 (0 = all cores), got -1`,
				`missed_nights_before_close: must be ≥ 1, got 0`,
				`keep_history_nights: must be ≥ 0 (0 = keep all), got -2`,
				`gates.max_visa_flip_share: must be a fraction in [0,1], got 1.5`,
				`gates.min_base: must be ≥ 0, got -1`,
				`gates.warn_only: unknown gate "no_such_gate"`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := DefaultConfig()
			tt.give(&c)
			var got []string
			if err := c.Validate(); err != nil {
				got = strings.Split(err.Error(), "\n")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}
