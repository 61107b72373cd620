package warehouse

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// latestWatcher is a Parquet reader polling parquet/latest while a test
// kills and recovers nights: every look must find latest a symlink to a
// version directory that holds programs.parquet.
type latestWatcher struct {
	stop chan struct{}
	done chan struct{}
	mu   sync.Mutex
	bad  []string
	seen int
}

func watchLatest(root string) *latestWatcher {
	w := &latestWatcher{stop: make(chan struct{}), done: make(chan struct{})}
	latest := filepath.Join(root, "latest")
	go func() {
		defer close(w.done)
		for {
			select {
			case <-w.stop:
				return
			default:
			}
			var problem string
			if target, err := os.Readlink(latest); err != nil {
				problem = fmt.Sprintf("latest is not a symlink: %v", err)
			} else if _, err := os.Stat(filepath.Join(root, target, "programs.parquet")); err != nil {
				problem = fmt.Sprintf("latest -> %s: %v", target, err)
			}
			w.mu.Lock()
			w.seen++
			if problem != "" && len(w.bad) < 5 {
				w.bad = append(w.bad, problem)
			}
			w.mu.Unlock()
			time.Sleep(200 * time.Microsecond)
		}
	}()
	return w
}

// check stops the watcher and fails the test if it ever saw latest broken.
func (w *latestWatcher) check(t *testing.T) {
	t.Helper()
	close(w.stop)
	<-w.done
	if w.seen == 0 {
		t.Error("the Parquet reader never looked at latest")
	}
	for _, b := range w.bad {
		t.Errorf("a Parquet reader saw a broken latest: %s", b)
	}
}

// warehouseRunID is the run id of the published warehouse's programs.
func warehouseRunID(t *testing.T, dir string) string {
	t.Helper()
	ctx := context.Background()
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var ids []string
	rows, err := w.DB().QueryContext(ctx, `SELECT DISTINCT run_id FROM programs ORDER BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if len(ids) != 1 {
		t.Fatalf("published programs carry run ids %v, want one", ids)
	}
	return ids[0]
}

// parquetRunID is the run id of parquet/latest: the version its symlink
// names, which must be the run id inside its programs.parquet.
func parquetRunID(t *testing.T, dir string) string {
	t.Helper()
	target, err := os.Readlink(filepath.Join(dir, ParquetDir, "latest"))
	if err != nil {
		t.Fatal(err)
	}
	id := filepath.Base(target)
	for _, r := range readProgramsParquet(t, filepath.Join(dir, ParquetDir, "latest", "programs.parquet")) {
		if r.RunID == nil || *r.RunID != id {
			t.Fatalf("latest -> %s holds a program of run %v", target, r.RunID)
		}
	}
	return id
}

// historyNights lists the night=… partitions of each exported table.
func historyNights(t *testing.T, dir string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range exportTables {
		files, err := filepath.Glob(filepath.Join(dir, ParquetDir, "history", table, "night=*", "data.parquet"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			out[table] = append(out[table], filepath.Base(filepath.Dir(f)))
		}
	}
	return out
}

func nightsOf(nights ...string) map[string][]string {
	out := map[string][]string{}
	for _, table := range exportTables {
		for _, n := range nights {
			out[table] = append(out[table], "night="+n)
		}
	}
	return out
}

// TestKilledWhilePublishing kills night n2 (in a child process, SIGKILL) at
// each step of its publish and recovers, explicitly with Recover or by the
// next RunNight. Afterwards the warehouse and parquet/latest hold the same
// night, and a Parquet reader polling all along never saw latest broken.
func TestKilledWhilePublishing(t *testing.T) {
	recoveredAt := day("2026-02-02").Add(5 * time.Hour)
	tests := []struct {
		name  string
		phase string // where n2 is killed
		// recoverBy: "Recover"; "resume" (RunNight of n2 again, as `run
		// --resume` does); "next night" (RunNight of n3).
		recoverBy string
		// removeExport deletes staging/n2.parquet before recovering, as a
		// hand-cleaned staging/ would: recovery exports from the warehouse.
		removeExport bool
		// state right after the kill: warehouse and Parquet run ids, history nights
		wantKilledWarehouse, wantKilledParquet string
		wantKilledHistory                      map[string][]string
		want                                   Recovery
	}{
		{
			name: "before the rename: nothing was published", phase: "journal", recoverBy: "Recover",
			wantKilledWarehouse: "n1", wantKilledParquet: "n1", wantKilledHistory: nightsOf("2026-02-01"),
			want: Recovery{RunID: "n2", Action: RecoveryAbandoned},
		},
		{
			name: "after the rename: warehouse ahead of Parquet", phase: "published", recoverBy: "Recover",
			wantKilledWarehouse: "n2", wantKilledParquet: "n1", wantKilledHistory: nightsOf("2026-02-01"),
			want: Recovery{RunID: "n2", Action: RecoveryFinished},
		},
		{
			name: "after the rename, export removed", phase: "published", recoverBy: "Recover", removeExport: true,
			wantKilledWarehouse: "n2", wantKilledParquet: "n1", wantKilledHistory: nightsOf("2026-02-01"),
			want: Recovery{RunID: "n2", Action: RecoveryFinished},
		},
		{
			name: "after the rename, resumed", phase: "published", recoverBy: "resume",
			wantKilledWarehouse: "n2", wantKilledParquet: "n1", wantKilledHistory: nightsOf("2026-02-01"),
			want: Recovery{RunID: "n2", Action: RecoveryFinished},
		},
		{
			name: "after the symlink swap, before history, export removed", phase: "linked", recoverBy: "next night", removeExport: true,
			wantKilledWarehouse: "n2", wantKilledParquet: "n2", wantKilledHistory: nightsOf("2026-02-01"),
			want: Recovery{RunID: "n2", Action: RecoveryFinished},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel() // each case has its own data directory and child process
			ctx := context.Background()
			dir := t.TempDir()
			cfg := testConfig()
			mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
			before := snapshot(t, dir)
			reader := watchLatest(filepath.Join(dir, ParquetDir))

			killAt(t, dir, tt.phase)

			if _, err := os.Stat(filepath.Join(dir, PublishJournal)); err != nil {
				t.Fatalf("killed at %s: no publish journal: %v", tt.phase, err)
			}
			if got := warehouseRunID(t, dir); got != tt.wantKilledWarehouse {
				t.Errorf("killed at %s: warehouse at %s, want %s", tt.phase, got, tt.wantKilledWarehouse)
			}
			if got := parquetRunID(t, dir); got != tt.wantKilledParquet {
				t.Errorf("killed at %s: parquet/latest at %s, want %s", tt.phase, got, tt.wantKilledParquet)
			}
			if diff := cmp.Diff(tt.wantKilledHistory, historyNights(t, dir)); diff != "" {
				t.Errorf("killed at %s: history partitions (-want +got):\n%s", tt.phase, diff)
			}

			if tt.removeExport {
				if err := os.RemoveAll(exportDir(dir, "n2")); err != nil {
					t.Fatal(err)
				}
			}
			wantRunID, wantHistory := "n2", nightsOf("2026-02-01", "2026-02-02")
			switch tt.recoverBy {
			case "Recover":
				got, err := Recover(ctx, cfg, dir, recoveredAt)
				if err != nil {
					t.Fatalf("Recover: %v", err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("Recover (-want +got):\n%s", diff)
				}
				if again, err := Recover(ctx, cfg, dir, recoveredAt); err != nil || again != (Recovery{}) {
					t.Errorf("second Recover: %+v, %v; want nothing to do", again, err)
				}
				if tt.want.Action == RecoveryAbandoned {
					wantRunID, wantHistory = "n1", nightsOf("2026-02-01")
					if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
						t.Errorf("abandoned publish changed published files (-before +after):\n%s", diff)
					}
				}
			case "resume":
				out := mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", changeEveryStep2CK), imgfriendly.RunPublished)
				if diff := cmp.Diff(tt.want, out.Recovered); diff != "" {
					t.Errorf("RunNight recovered (-want +got):\n%s", diff)
				}
				if len(out.Gates) != len(GateNames()) || len(failedGates(out)) != 0 || out.Counts["programs"] != 30 {
					t.Errorf("resumed outcome: %d gates (%d failed), counts %v; want every gate passed and 30 programs",
						len(out.Gates), len(failedGates(out)), out.Counts)
				}
			case "next night":
				out := mustRunNight(t, cfg, dir, gateNight("n3", "2026-02-03", changeEveryStep2CK), imgfriendly.RunPublished)
				if diff := cmp.Diff(tt.want, out.Recovered); diff != "" {
					t.Errorf("RunNight recovered (-want +got):\n%s", diff)
				}
				wantRunID, wantHistory = "n3", nightsOf("2026-02-01", "2026-02-02", "2026-02-03")
			}
			reader.check(t)

			if _, err := os.Stat(filepath.Join(dir, PublishJournal)); !os.IsNotExist(err) {
				t.Errorf("publish journal still there after recovery (%v)", err)
			}
			w, p := warehouseRunID(t, dir), parquetRunID(t, dir)
			if w != wantRunID || p != wantRunID {
				t.Errorf("after recovery: warehouse at %s, parquet/latest at %s; want both at %s", w, p, wantRunID)
			}
			if diff := cmp.Diff(wantHistory, historyNights(t, dir)); diff != "" {
				t.Errorf("after recovery: history partitions (-want +got):\n%s", diff)
			}
			if wantRunID != "n1" {
				// n2 changed every Step 2 CK minimum from 220 to 225 (and so did n3).
				rows := readProgramsParquet(t, filepath.Join(dir, ParquetDir, "latest", "programs.parquet"))
				for _, r := range rows {
					if r.Step2CKMin == nil || *r.Step2CKMin != 225 {
						t.Fatalf("latest programs.parquet: program %s has step2ck_min %v, want 225", r.ProgramID, r.Step2CKMin)
					}
				}
				changes := openParquet(t, filepath.Join(dir, ParquetDir, "history", "changes", "night=2026-02-02", "data.parquet"))
				if len(rows) != 30 || changes.NumRows() != 30 {
					t.Errorf("latest programs.parquet has %d rows, n2's history of changes %d; want 30 and 30", len(rows), changes.NumRows())
				}
			}
			if tt.want.Action != RecoveryFinished {
				// Abandoned: the night can be run again from scratch.
				mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", changeEveryStep2CK), imgfriendly.RunPublished)
				if w, p := warehouseRunID(t, dir), parquetRunID(t, dir); w != "n2" || p != "n2" {
					t.Errorf("rerun after abandon: warehouse at %s, parquet/latest at %s; want n2", w, p)
				}
				return
			}
			for _, leftover := range []string{exportDir(dir, "n2"), filepath.Join(dir, StagingDir, "n2.duckdb")} {
				if _, err := os.Stat(leftover); !os.IsNotExist(err) {
					t.Errorf("%s left after recovery (%v)", leftover, err)
				}
			}
			m := readManifest(t, dir, "n2")
			if m.Status != imgfriendly.RunPublished || m.RecoveredAt.IsZero() || len(m.Gates) != len(GateNames()) ||
				m.WarehouseCounts["programs"] != 30 || m.ParquetDir != filepath.Join(dir, ParquetDir, "latest") {
				t.Errorf("n2 manifest after recovery: status %q recovered_at %v, %d gates, counts %v, parquet_dir %q",
					m.Status, m.RecoveredAt, len(m.Gates), m.WarehouseCounts, m.ParquetDir)
			}
			if tt.recoverBy == "Recover" && !m.RecoveredAt.Equal(recoveredAt) {
				t.Errorf("n2 manifest recovered_at %v, want %v", m.RecoveredAt, recoveredAt)
			}
			versions, err := os.ReadDir(filepath.Join(dir, ParquetDir, "versions"))
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, v := range versions {
				names = append(names, v.Name())
			}
			// The version published and the one before it, for readers that resolved latest just before the swap.
			wantVersions := []string{"n1", "n2"}
			if wantRunID == "n3" {
				wantVersions = []string{"n2", "n3"}
			}
			if !slices.Equal(names, wantVersions) {
				t.Errorf("parquet/versions %v, want %v", names, wantVersions)
			}
		})
	}
}

// A journal naming a night the warehouse does not hold (its staging file is
// gone, e.g. removed by hand) is abandoned: there is nothing to finish.
func TestRecoverJournalOfUnknownNight(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	mustRunNight(t, testConfig(), dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	before := snapshot(t, dir)
	journal := `{"run_id": "n9", "night": "2026-02-09", "previous_version": "n1"}`
	if err := os.WriteFile(filepath.Join(dir, PublishJournal), []byte(journal), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := Recover(ctx, testConfig(), dir, day("2026-02-10"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Recovery{RunID: "n9", Action: RecoveryAbandoned}, got); diff != "" {
		t.Errorf("Recover (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
		t.Errorf("published files changed (-before +after):\n%s", diff)
	}
	if _, err := os.Stat(filepath.Join(dir, PublishJournal)); !os.IsNotExist(err) {
		t.Errorf("journal kept (%v)", err)
	}
}

// Recover on a data directory with no journal does nothing, and needs no
// lock; with a journal it waits for no running night: it reports ErrLocked.
func TestRecoverLock(t *testing.T) {
	dir := t.TempDir()
	unlock, err := LockFile(filepath.Join(dir, lockFile))
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	got, err := Recover(context.Background(), testConfig(), dir, day("2026-02-10"))
	if err != nil || got != (Recovery{}) {
		t.Errorf("Recover without a journal: %+v, %v; want nothing done", got, err)
	}
	if err := os.WriteFile(filepath.Join(dir, PublishJournal), []byte(`{"run_id": "n9", "night": "2026-02-09"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err = Recover(context.Background(), testConfig(), dir, day("2026-02-10"))
	if !errors.Is(err, ErrLocked) || got != (Recovery{}) {
		t.Errorf("Recover while a night holds the lock: %+v, %v; want ErrLocked", got, err)
	}
	if _, err := os.Stat(filepath.Join(dir, PublishJournal)); err != nil {
		t.Errorf("the running night's journal was touched: %v", err)
	}
}

// TestReexportNightMemoryLimit: the export a recovered publish writes again
// runs under the night's memory limit (it had none: DuckDB's default is 80 %
// of RAM): a limit too small for it makes it fail; the night's own limit
// writes it.
func TestReexportNightMemoryLimit(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	n := buildNight("n1", "2026-03-01", []prog{{id: "1400000001", residents: 30}, {id: "1500000002", residents: 30}})
	mustRunNight(t, cfg, dir, n, imgfriendly.RunPublished)
	j := publishJournal{RunID: "n1", Night: "2026-03-01"}
	small := cfg
	small.MemoryLimit, small.NightMemoryLimit = "4GB", "1MB"
	// DuckDB names the limit it ran out of: 1MB is 976.5 KiB.
	if err := reexport(ctx, small, dir, j); err == nil || !strings.Contains(err.Error(), "/976.5 KiB used") {
		t.Fatalf("reexport under night_memory_limit 1MB: %v; want DuckDB out of its 1MB (the limit not applied?)", err)
	}
	if err := reexport(ctx, cfg, dir, j); err != nil {
		t.Fatalf("reexport under the default night_memory_limit: %v", err)
	}
	if _, err := os.Stat(filepath.Join(exportDir(dir, "n1"), "latest", "programs.parquet")); err != nil {
		t.Errorf("the export written again: %v", err)
	}
}
