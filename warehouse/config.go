package warehouse

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Config tunes the warehouse: DuckDB resources, history and the quality gates.
type Config struct {
	// MemoryLimit is DuckDB's memory_limit for serve's reads of the published
	// nights, and for the writes when NightMemoryLimit is empty ("4GB");
	// empty keeps DuckDB's default (80 % of RAM).
	MemoryLimit string `mapstructure:"memory_limit"`
	// NightMemoryLimit is DuckDB's memory_limit during a night (the load
	// file, staging, history, gates, the Parquet export): the night runs
	// in the same process as the crawl and extraction, so it gets its own,
	// smaller share; DuckDB spills past it to TempDirectory. The other
	// writes use it too: ImportMatchResults, and the export a recovered
	// publish writes again. Empty uses MemoryLimit.
	NightMemoryLimit string `mapstructure:"night_memory_limit"`
	// Threads is DuckDB's thread count for a night; 0 keeps DuckDB's default (all cores).
	Threads int `mapstructure:"threads"`
	// TempDirectory is where DuckDB spills what does not fit in MemoryLimit
	// during a night; empty keeps DuckDB's default (<database>.tmp beside
	// the database file).
	TempDirectory string `mapstructure:"temp_directory"`
	// MissedNightsBeforeClose is how many consecutive nights a fact's page may be
	// unreachable before its open version is closed.
	MissedNightsBeforeClose int `mapstructure:"missed_nights_before_close"`
	// KeepHistoryNights is how many nights of parquet/history partitions to keep; 0 keeps all.
	KeepHistoryNights int `mapstructure:"keep_history_nights"`
	// ExportResidentNames puts residents' names (and their roster entries'
	// text) into residents.parquet; by default those columns are NULL there.
	// The warehouse keeps names either way, as evidence.
	ExportResidentNames bool `mapstructure:"export_resident_names"`
	// KeepFailedStaging is how many staging files of nights that failed a
	// quality gate are kept for inspection (the newest); staging left by
	// nights that failed otherwise is always removed.
	KeepFailedStaging int `mapstructure:"keep_failed_staging"`
	// MinFreeBytes is the free space a night needs beyond twice the
	// published warehouse's size before it stages anything.
	MinFreeBytes int64 `mapstructure:"min_free_bytes"`
	// Gates holds the thresholds of the night-over-night quality gates.
	Gates GatesConfig `mapstructure:"gates"`
}

// GatesConfig holds the thresholds of the night-over-night delta gates, as
// fractions of the previous published night.
type GatesConfig struct {
	// MaxProgramsDrop fails a night with this much fewer programs than the last published one.
	MaxProgramsDrop float64 `mapstructure:"max_programs_drop"`
	// MaxRosterProgramsDrop fails a night with this much fewer programs that have a roster.
	MaxRosterProgramsDrop float64 `mapstructure:"max_roster_programs_drop"`
	// MaxFactsPerFieldDrop fails a night in which any field has this much fewer facts.
	MaxFactsPerFieldDrop float64 `mapstructure:"max_facts_per_field_drop"`
	// MaxVisaFlipShare fails a night in which more than this share of programs
	// with a visa fact changed a visa value.
	MaxVisaFlipShare float64 `mapstructure:"max_visa_flip_share"`
	// MaxHomeFailedShare fails a night in which more than this share of the
	// programs had their home page (the seed URL) fail to fetch: the crawl
	// failed, not the sites. It judges the night alone, first nights too.
	MaxHomeFailedShare float64 `mapstructure:"max_home_failed_share"`
	// MinBase is the smallest previous count a delta gate judges; below it the gate passes.
	MinBase int `mapstructure:"min_base"`
	// WarnOnly names gates that are recorded in the manifest but never block a night.
	WarnOnly []string `mapstructure:"warn_only"`
}

// DefaultConfig returns the defaults documented in SCHEMA.md ("Configuration").
func DefaultConfig() Config {
	return Config{
		MemoryLimit:             "4GB",
		NightMemoryLimit:        "96MB",
		Threads:                 2,
		MissedNightsBeforeClose: 3,
		KeepHistoryNights:       0,
		KeepFailedStaging:       1,
		MinFreeBytes:            256 << 20,
		Gates: GatesConfig{
			MaxProgramsDrop:       0.10,
			MaxRosterProgramsDrop: 0.20,
			MaxFactsPerFieldDrop:  0.30,
			MaxVisaFlipShare:      0.10,
			MaxHomeFailedShare:    0.5,
			MinBase:               20,
		},
	}
}

var memoryLimitPattern = regexp.MustCompile(`^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$`)

// Validate reports every problem with c at once, each prefixed with its key.
func (c Config) Validate() error {
	var errs []error
	if c.MemoryLimit != "" && !memoryLimitPattern.MatchString(c.MemoryLimit) {
		errs = append(errs, fmt.Errorf("memory_limit: %q is not a size like 4GB or 512MB", c.MemoryLimit))
	}
	if c.NightMemoryLimit != "" && !memoryLimitPattern.MatchString(c.NightMemoryLimit) {
		errs = append(errs, fmt.Errorf("night_memory_limit: %q is not a size like 128MB or 1GB", c.NightMemoryLimit))
	}
	if c.Threads < 0 {
		errs = append(errs, fmt.Errorf("threads: must be ≥ 0 (0 = all cores), got %d", c.Threads))
	}
	if c.MissedNightsBeforeClose < 1 {
		errs = append(errs, fmt.Errorf("missed_nights_before_close: must be ≥ 1, got %d", c.MissedNightsBeforeClose))
	}
	if c.KeepFailedStaging < 0 || c.KeepFailedStaging > 10 {
		errs = append(errs, fmt.Errorf("keep_failed_staging: must be in 0..10 (each is a full copy of the warehouse), got %d", c.KeepFailedStaging))
	}
	if c.MinFreeBytes < 0 {
		errs = append(errs, fmt.Errorf("min_free_bytes: must be ≥ 0, got %d", c.MinFreeBytes))
	}
	if c.KeepHistoryNights < 0 {
		errs = append(errs, fmt.Errorf("keep_history_nights: must be ≥ 0 (0 = keep all), got %d", c.KeepHistoryNights))
	}
	fractions := []struct {
		key string
		v   float64
	}{
		{"gates.max_programs_drop", c.Gates.MaxProgramsDrop},
		{"gates.max_roster_programs_drop", c.Gates.MaxRosterProgramsDrop},
		{"gates.max_facts_per_field_drop", c.Gates.MaxFactsPerFieldDrop},
		{"gates.max_visa_flip_share", c.Gates.MaxVisaFlipShare},
		{"gates.max_home_failed_share", c.Gates.MaxHomeFailedShare},
	}
	for _, f := range fractions {
		if f.v < 0 || f.v > 1 {
			errs = append(errs, fmt.Errorf("%s: must be a fraction in [0,1], got %g", f.key, f.v))
		}
	}
	if c.Gates.MinBase < 0 {
		errs = append(errs, fmt.Errorf("gates.min_base: must be ≥ 0, got %d", c.Gates.MinBase))
	}
	known := map[string]bool{}
	for _, g := range gateNames() {
		known[g] = true
	}
	for _, name := range c.Gates.WarnOnly {
		if !known[name] {
			errs = append(errs, fmt.Errorf("gates.warn_only: unknown gate %q", name))
		}
	}
	return errors.Join(errs...)
}

// night is c as a night's DuckDB instances use it: NightMemoryLimit in
// place of the readers' MemoryLimit.
func (c Config) night() Config {
	if c.NightMemoryLimit != "" {
		c.MemoryLimit = c.NightMemoryLimit
	}
	return c
}

// load is c as the night's load file uses it while extraction runs beside
// it in the process: half the night's memory limit (it only appends; what
// does not fit is written out), at least 32MB.
func (c Config) load() Config {
	c = c.night()
	m := memoryLimitPattern.FindStringSubmatch(c.MemoryLimit)
	if m == nil {
		return c
	}
	n, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(c.MemoryLimit, m[2])), 64)
	if err != nil {
		return c
	}
	unit := map[string]float64{"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12,
		"KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30, "TiB": 1 << 40}[m[2]]
	c.MemoryLimit = fmt.Sprintf("%dMB", max(int64(n*unit/2/1e6), 32))
	return c
}
