package warehouse

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// TestNotEnoughFreeSpaceFailsAtOnce (issue 13 item 10): with less free space
// than a night needs, the night fails before it writes anything, saying why
// and which setting decides.
func TestNotEnoughFreeSpaceFailsAtOnce(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	before := snapshot(t, dir)
	cfg.MinFreeBytes = 1 << 60 // an exabyte
	out, err := RunNight(context.Background(), cfg, dir, gateNight("n2", "2026-02-02", nil))
	if !errors.Is(err, ErrNoSpace) || out.Status != imgfriendly.RunError {
		t.Fatalf("status %q, err %v; want an error wrapping ErrNoSpace", out.Status, err)
	}
	for _, want := range []string{"not enough free space", "warehouse.min_free_bytes", "free"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not say %q", err, want)
		}
	}
	if left := stagingFiles(t, dir); len(left) > 0 {
		t.Errorf("left in staging: %v", left)
	}
	if diff := cmp.Diff(before, snapshot(t, dir)); diff != "" {
		t.Errorf("published files changed (-before +after):\n%s", diff)
	}
	if m := readManifest(t, dir, "n2"); m.Status != imgfriendly.RunError || !strings.Contains(m.Error, "not enough free space") {
		t.Errorf("manifest: status %q error %q", m.Status, m.Error)
	}
}
