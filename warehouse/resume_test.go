package warehouse

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// TestResumeAfterRecoveryReportsPublished is issue 13 item 4: night n2 is
// killed right after its warehouse rename; something recovers the publish
// first (the CLI used to call Recover before the crawl, consuming the
// journal); then the night is run again, as `run --resume` does. It must
// report published — not "already in the published warehouse" — keep its
// manifest published and leave nothing in staging/, however often it is
// resumed.
func TestResumeAfterRecoveryReportsPublished(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	killAt(t, dir, "published")

	if rec, err := Recover(ctx, testConfig(), dir, day("2026-02-02").Add(5*time.Hour)); err != nil || rec.Action != RecoveryFinished {
		t.Fatalf("Recover = %+v, %v; want n2 finished", rec, err)
	}
	for try := 1; try <= 2; try++ {
		out, err := RunNight(ctx, cfg, dir, gateNight("n2", "2026-02-02", changeEveryStep2CK))
		if err != nil || out.Status != imgfriendly.RunPublished {
			t.Fatalf("resume %d: status %q, err %v; want published", try, out.Status, err)
		}
		if len(out.Gates) != len(GateNames()) || len(failedGates(out)) != 0 || out.Counts["programs"] != 30 {
			t.Errorf("resume %d: %d gates (%d failed), counts %v; want the published night's gates and 30 programs",
				try, len(out.Gates), len(failedGates(out)), out.Counts)
		}
		if m := readManifest(t, dir, "n2"); m.Status != imgfriendly.RunPublished || m.Error != "" {
			t.Errorf("resume %d: manifest status %q, error %q; want published", try, m.Status, m.Error)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, StagingDir, "*")); len(left) > 0 {
			t.Errorf("resume %d: left in staging: %v", try, left)
		}
		if w, p := warehouseRunID(t, dir), parquetRunID(t, dir); w != "n2" || p != "n2" {
			t.Errorf("resume %d: warehouse at %s, parquet at %s; want n2", try, w, p)
		}
	}
}

// TestOlderNightIsNotPublishedOverNewer is issue 13 item 2 in the
// warehouse: whoever calls RunNight, a night older than the published one
// (an earlier date, or the same date started before the published run) is
// refused and the published files are untouched; a later run of the same
// date publishes.
func TestOlderNightIsNotPublishedOverNewer(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n4", "2026-12-04", nil), imgfriendly.RunPublished)
	mustRunNight(t, cfg, dir, gateNight("n5", "2026-12-05", nil), imgfriendly.RunPublished)
	before := snapshot(t, dir)

	earlier := gateNight("n3", "2026-12-03", nil)
	sameDayBefore := gateNight("n5a", "2026-12-05", nil)
	sameDayBefore.Run.StartedAt = day("2026-12-05") // n5 started at 01:00
	for _, n := range []Night{earlier, sameDayBefore} {
		out, err := RunNight(ctx, cfg, dir, n)
		if err == nil || out.Status == imgfriendly.RunPublished || !strings.Contains(err.Error(), "older than the published night 2026-12-05 (run n5)") {
			t.Errorf("%s (%s): status %q, err %v; want a refusal naming the published night", n.Run.ID, n.Run.Night.Format(time.DateOnly), out.Status, err)
		}
		if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
			t.Errorf("%s: published files changed (-before +after):\n%s", n.Run.ID, diff)
		}
	}
	if w := warehouseRunID(t, dir); w != "n5" {
		t.Errorf("warehouse at %s, want n5", w)
	}

	sameDayAfter := gateNight("n5b", "2026-12-05", nil)
	sameDayAfter.Run.StartedAt = day("2026-12-05").Add(2 * time.Hour)
	mustRunNight(t, cfg, dir, sameDayAfter, imgfriendly.RunPublished)
}
