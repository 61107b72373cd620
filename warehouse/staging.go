package warehouse

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/imgfriendly/imgfriendly"
)

// stagingRuns lists the run ids that have anything in staging/: a staging
// file (with its .wal), a load file or a Parquet export directory.
func stagingRuns(dir string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(dir, StagingDir))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var runs []string
	for _, e := range entries {
		name := e.Name()
		for _, suffix := range []string{loadSuffix + ".wal", loadSuffix, ".duckdb.wal", ".duckdb", ".parquet"} {
			if id, ok := strings.CutSuffix(name, suffix); ok {
				if !seen[id] {
					seen[id] = true
					runs = append(runs, id)
				}
				break
			}
		}
	}
	return runs, nil
}

// removeStaging removes everything of runID in staging/.
func removeStaging(dir, runID string) error {
	base := filepath.Join(dir, StagingDir, runID)
	var errs []error
	for _, p := range []string{base + ".duckdb", base + ".duckdb.wal", base + ".parquet"} {
		if err := os.RemoveAll(p); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// cleanStaging removes what earlier nights left in staging/ except the
// staging files of the newest keep nights that failed a quality gate (kept
// for inspection). A night that failed otherwise (an error, a full disk, a
// kill) leaves nothing worth keeping: a partial copy. except names a run
// whose files stay (the night in progress). It returns what it removed.
func cleanStaging(dir string, keep int, except string) ([]string, error) {
	runs, err := stagingRuns(dir)
	if err != nil {
		return nil, fmt.Errorf("clean staging: %w", err)
	}
	type failed struct {
		id      string
		started string
	}
	var gateFailed []failed
	var drop []string
	for _, id := range runs {
		if id == except {
			continue
		}
		m, ok := readManifestFile(ManifestPath(dir, id))
		if ok && m.Status == imgfriendly.RunGateFailed && exists(filepath.Join(dir, StagingDir, id+".duckdb")) {
			gateFailed = append(gateFailed, failed{id, m.StartedAt.UTC().Format("2006-01-02T15:04:05.000000000") + id})
			continue
		}
		drop = append(drop, id)
	}
	sort.Slice(gateFailed, func(i, j int) bool { return gateFailed[i].started > gateFailed[j].started })
	for i, f := range gateFailed {
		if i >= keep {
			drop = append(drop, f.id)
		} else if err := os.RemoveAll(exportDir(dir, f.id)); err != nil {
			return nil, fmt.Errorf("clean staging: %w", err)
		}
	}
	sort.Strings(drop)
	for _, id := range drop {
		if err := errors.Join(removeStaging(dir, id), removeLoad(loadPath(dir, id))); err != nil {
			return drop, fmt.Errorf("clean staging: %w", err)
		}
	}
	return drop, nil
}

func readManifestFile(path string) (Manifest, bool) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Manifest{}, false
	}
	var m Manifest
	if json.Unmarshal(b, &m) != nil {
		return Manifest{}, false
	}
	return m, true
}

// stagingNeed is the free space a night needs before it stages: room for
// the copy of the published warehouse, as much again for the night's growth
// and its Parquet export, and minFree besides.
func stagingNeed(dir string, minFree int64) int64 {
	var size int64
	for _, p := range []string{filepath.Join(dir, WarehouseFile), filepath.Join(dir, WarehouseFile+".wal")} {
		if st, err := os.Stat(p); err == nil {
			size += st.Size()
		}
	}
	return 2*size + minFree
}

// checkFreeSpace fails with a clear error when the data directory's file
// system has less free space than a night needs (see stagingNeed).
func checkFreeSpace(dir string, minFree int64) error {
	free, err := freeBytes(filepath.Join(dir, StagingDir))
	if err != nil {
		return nil // unknown here (no statfs): the night finds out when it writes
	}
	need := stagingNeed(dir, minFree)
	if free < need {
		return fmt.Errorf("not enough free space for a night in %s: %s free, a night needs about %s (twice the published warehouse, plus warehouse.min_free_bytes %s); nothing was written: %w",
			dir, byteSize(free), byteSize(need), byteSize(minFree), ErrNoSpace)
	}
	return nil
}

// ErrNoSpace is returned by RunNight when the data directory's file system
// lacks the free space a night needs; the night wrote nothing.
var ErrNoSpace = errors.New("not enough free space")

func byteSize(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
