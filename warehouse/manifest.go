package warehouse

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"
)

// Manifest is runs/<run_id>.json: what cron and monitoring read about a
// night. It is written when the night starts (status running) and rewritten
// when it ends; a night killed outright leaves status running, unless it was
// killed after its warehouse rename, when Recover rewrites it as published.
type Manifest struct {
	RunID         string         `json:"run_id"`
	Night         string         `json:"night"` // YYYY-MM-DD
	StartedAt     time.Time      `json:"started_at"`
	EndedAt       time.Time      `json:"ended_at,omitzero"`
	Status        string         `json:"status"` // running, published, gate_failed, interrupted, error
	SchemaVersion int            `json:"schema_version"`
	ConfigHash    string         `json:"config_hash"`
	SeedsHash     string         `json:"seeds_hash"`
	Counts        map[string]int `json:"counts"` // per stage, as the pipeline reported them (Run.Counts)
	// StageSeconds is each stage's wall time: crawl, extract and transform as
	// the pipeline reported them (Run.Stages), and warehouse, RunNight's own.
	StageSeconds    map[string]float64 `json:"stage_seconds,omitempty"`
	WarehouseCounts map[string]int     `json:"warehouse_counts"` // rows loaded and history changes (night_stats)
	Gates           []GateResult       `json:"gates"`
	CrawlStats      json.RawMessage    `json:"crawl_stats,omitempty"`
	Error           string             `json:"error,omitempty"`
	WarehousePath   string             `json:"warehouse_path"`
	StagingPath     string             `json:"staging_path,omitempty"`
	ParquetDir      string             `json:"parquet_dir,omitempty"`
	// RecoveredAt is set when the night was killed between the warehouse
	// rename and the Parquet swap and a later Recover finished its publish.
	RecoveredAt time.Time `json:"recovered_at,omitzero"`
}

// StageSeconds converts stage wall times to the manifest's seconds.
func StageSeconds(stages map[string]time.Duration) map[string]float64 {
	if len(stages) == 0 {
		return nil
	}
	out := make(map[string]float64, len(stages))
	for k, d := range stages {
		out[k] = d.Seconds()
	}
	return out
}

// ManifestPath returns the path of a run's manifest in the data directory.
func ManifestPath(dir, runID string) string {
	return filepath.Join(dir, RunsDir, runID+".json")
}

func writeManifest(path string, m Manifest) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	if err := writeFileAtomic(path, append(b, '\n')); err != nil {
		return fmt.Errorf("manifest: %w", err)
	}
	return nil
}
