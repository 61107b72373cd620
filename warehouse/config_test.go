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

// TestNightMemoryLimits: a night's DuckDB instances take night_memory_limit
// (memory_limit when it is empty), and the load file beside extraction half
// of it, at least 32MB.
func TestNightMemoryLimits(t *testing.T) {
	for _, tt := range []struct {
		give                Config
		wantNight, wantLoad string
	}{
		{Config{MemoryLimit: "4GB", NightMemoryLimit: "128MB"}, "128MB", "64MB"},
		{Config{MemoryLimit: "4GB", NightMemoryLimit: "1GiB"}, "1GiB", "536MB"},
		{Config{MemoryLimit: "512MB"}, "512MB", "256MB"},
		{Config{MemoryLimit: "4GB", NightMemoryLimit: "48MB"}, "48MB", "32MB"},
		{Config{}, "", ""},
	} {
		if got := tt.give.night().MemoryLimit; got != tt.wantNight {
			t.Errorf("%+v: night memory_limit %q, want %q", tt.give, got, tt.wantNight)
		}
		if got := tt.give.load().MemoryLimit; got != tt.wantLoad {
			t.Errorf("%+v: load memory_limit %q, want %q", tt.give, got, tt.wantLoad)
		}
	}
	if err := (Config{NightMemoryLimit: "lots"}).Validate(); err == nil || !strings.Contains(err.Error(), "night_memory_limit") {
		t.Errorf("a bad night_memory_limit: %v, want an error naming the key", err)
	}
}
