package warehouse

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// TestPrepareNight: what the CLI asks before it crawls.
func TestPrepareNight(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if p, err := PrepareNight(ctx, testConfig(), filepath.Join(dir, "none"), imgfriendly.Run{ID: "x", Night: day("2026-01-01")}, time.Now()); err != nil || p.Done != nil {
		t.Fatalf("no data directory: %+v, %v", p, err)
	}
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	killAt(t, dir, "published")

	p, err := PrepareNight(ctx, testConfig(), dir, gateNight("n2", "2026-02-02", nil).Run, time.Now())
	if err != nil || p.Done == nil || p.Done.Status != imgfriendly.RunPublished || p.Recovered.Action != RecoveryFinished {
		t.Fatalf("n2 killed after its rename: %+v (done %+v), %v; want recovered and done", p, p.Done, err)
	}
	p, err = PrepareNight(ctx, testConfig(), dir, gateNight("n3", "2026-02-03", nil).Run, time.Now())
	if err != nil || p.Done != nil || p.Last.RunID != "n2" {
		t.Errorf("a new night: %+v, %v; want to go on, last published n2", p, err)
	}
	if _, err := PrepareNight(ctx, testConfig(), dir, gateNight("n0", "2026-01-31", nil).Run, time.Now()); !errors.Is(err, ErrOlderNight) {
		t.Errorf("an older night: %v, want ErrOlderNight", err)
	}
	if _, err := os.Stat(filepath.Join(dir, PublishJournal)); !os.IsNotExist(err) {
		t.Errorf("journal still there: %v", err)
	}
}
