package crawl

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly/internal/atomicfile"
)

// Files a night keeps in its journal directory besides the journal itself.
const (
	stateFile = "state.json" // the night's identity, written when it starts
	doneFile  = "done"       // present once the night ended for good (its outcome inside)
)

// State is what `run --resume` needs to continue a night: which night it
// was, when it first started, and the seed list and config it ran with.
type State struct {
	RunID     string    `json:"run_id"`
	Night     time.Time `json:"night"`
	StartedAt time.Time `json:"started_at,omitzero"` // when the night first started (a resume keeps it)
	SeedsHash string    `json:"seeds_hash"`
	Config    string    `json:"config_hash"`
}

// WriteState records s in the journal directory dir, atomically.
func WriteState(dir string, s State) error {
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(filepath.Join(dir, stateFile), append(b, '\n'))
}

// MarkDone marks the night of journal directory dir as ended, with its
// outcome (a run status, or why it was abandoned): it is never resumed.
func MarkDone(dir, outcome string) error {
	return os.WriteFile(filepath.Join(dir, doneFile), []byte(outcome+"\n"), 0o644)
}

// LatestUnfinished finds, among the journal directories in runsDir (the
// data directory's runs/, named by run id so that they sort by start), the
// newest one that has a state and is not marked done.
func LatestUnfinished(runsDir string) (State, bool, error) {
	entries, err := os.ReadDir(runsDir)
	if errors.Is(err, os.ErrNotExist) {
		return State{}, false, nil
	}
	if err != nil {
		return State{}, false, err
	}
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if !e.IsDir() {
			continue
		}
		rd := filepath.Join(runsDir, e.Name())
		if _, err := os.Stat(filepath.Join(rd, doneFile)); err == nil {
			continue
		}
		b, err := os.ReadFile(filepath.Join(rd, stateFile))
		if err != nil {
			continue
		}
		var st State
		if err := json.Unmarshal(b, &st); err != nil {
			return State{}, false, fmt.Errorf("%s: %w", filepath.Join(rd, stateFile), err)
		}
		return st, true, nil
	}
	return State{}, false, nil
}
