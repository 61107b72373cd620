package crawl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestLatestUnfinishedNight(t *testing.T) {
	runs := filepath.Join(t.TempDir(), "runs")
	if _, ok, err := LatestUnfinished(runs); ok || err != nil {
		t.Fatalf("no runs directory: ok %v, err %v; want nothing", ok, err)
	}
	night := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	for _, id := range []string{"20261125T010000.000000Z-aaaaaa", "20261125T020000.000000Z-bbbbbb", "20261125T030000.000000Z-cccccc"} {
		dir := filepath.Join(runs, id)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := WriteState(dir, State{RunID: id, Night: night, SeedsHash: "s", Config: "c"}); err != nil {
			t.Fatal(err)
		}
	}
	// The newest is done; a manifest file beside the directories is no run.
	if err := MarkDone(filepath.Join(runs, "20261125T030000.000000Z-cccccc"), "published"); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(runs, "20261125T040000.000000Z-dddddd.json"), []byte("{}"), 0o644)
	st, ok, err := LatestUnfinished(runs)
	if err != nil || !ok {
		t.Fatalf("ok %v, err %v", ok, err)
	}
	if st.RunID != "20261125T020000.000000Z-bbbbbb" || !st.Night.Equal(night) || st.SeedsHash != "s" || st.Config != "c" {
		t.Errorf("got %+v, want the newest night not done", st)
	}
	b, _ := os.ReadFile(filepath.Join(runs, "20261125T030000.000000Z-cccccc", doneFile))
	if string(b) != "published\n" {
		t.Errorf("done marker says %q", b)
	}

	// A state file that is not JSON is named.
	bad := filepath.Join(runs, "20261125T050000.000000Z-eeeeee")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, stateFile), []byte("{"), 0o644)
	if _, _, err := LatestUnfinished(runs); err == nil || !strings.Contains(err.Error(), filepath.Join(bad, stateFile)) {
		t.Errorf("err = %v, want one naming %s", err, filepath.Join(bad, stateFile))
	}
}
