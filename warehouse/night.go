package warehouse

import (
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// Page is one page of a night: a fetch that left a body. When Night.Pages is
// nil, RunNight derives the pages from the OK fetches.
type Page struct {
	ProgramID   string
	URL         string
	FinalURL    string
	Kind        imgfriendly.PageKind // as classified by extraction, or as the crawler guessed
	ContentHash string
	FetchedAt   time.Time
	NotModified bool
}

// Night is everything one night produced, handed to RunNight: either
// streamed into a Load while the night ran (Load), or given whole in the
// slices below (tests, small nights).
type Night struct {
	Run       imgfriendly.Run // ID, Night, StartedAt, ConfigHash, SeedsHash, Counts (per stage) are read
	Fetches   []imgfriendly.Fetch
	Pages     []Page                      // nil: derived from the OK fetches
	Facts     []imgfriendly.Fact          // reconciled, one per program × field; nil: flattened from Programs
	Residents []imgfriendly.Resident      // classified
	Programs  []imgfriendly.ProgramRecord // one per program of the night's seed list
	// Load, when set, holds the night's fetches, pages, facts, residents,
	// programs and seed findings, streamed into it program by program and
	// closed; the slices above and StatedIDs, IDConflicts and SeedHealth
	// are then not read. RunNight removes its file when it is done.
	Load *Load
	// CrawlStats is stored as JSON in the manifest and the runs table.
	CrawlStats any
	// CrawlHosts are the night's per-host crawl statistics (table crawl_hosts).
	CrawlHosts []CrawlHost
	// StatedIDs are the program ids the programs' own pages print (table
	// stated_ids, view id_crosswalk); IDConflicts where they disagree with
	// the seed rows; SeedHealth each program's seed URL verdict.
	StatedIDs   []imgfriendly.StatedID
	IDConflicts []imgfriendly.IDConflict
	SeedHealth  []imgfriendly.SeedHealth
	// Now is the clock used for the end time in the manifest; nil means time.Now.
	Now func() time.Time
	// OnPhase, when set, is told each phase boundary the night passes
	// ("staging" once the staging copy is made, "load", "history", "gates",
	// "export", "exported", "journal", "published"), so that a profile can
	// say where a night spends its time and memory.
	OnPhase func(phase string)

	// pause, when set (tests only), is called at each phase boundary so a
	// test can kill the process in the middle of a night.
	pause func(phase string)
	// passPrograms, when set (tests only), is how many programs one pass
	// of the night's per-program steps takes instead of passPrograms.
	passPrograms int
}

// programsPerPass is how many programs one pass of the night's
// per-program steps takes (passPrograms).
func (n Night) programsPerPass() int {
	if n.passPrograms > 0 {
		return n.passPrograms
	}
	return passPrograms
}

func (n Night) now() time.Time {
	if n.Now != nil {
		return n.Now().UTC()
	}
	return time.Now().UTC()
}

func (n Night) at(phase string) {
	if n.OnPhase != nil {
		n.OnPhase(phase)
	}
	if n.pause != nil {
		n.pause(phase)
	}
}

// pages returns the night's pages, derived from the OK fetches when Pages is nil.
func (n Night) pages() []Page {
	if n.Pages != nil {
		return n.Pages
	}
	var out []Page
	for _, f := range n.Fetches {
		if !f.OK() {
			continue
		}
		out = append(out, Page{
			ProgramID: f.ProgramID, URL: f.URL, FinalURL: f.FinalURL, Kind: f.Kind,
			ContentHash: f.ContentHash, FetchedAt: f.FetchedAt, NotModified: f.NotModified,
		})
	}
	return out
}

// CrawlHost is one host's crawl statistics for a night.
type CrawlHost struct {
	Host          string
	Fetches       int
	OK            int
	NotModified   int
	Failed        int
	Requests      int
	Retries       int
	Bytes         int64
	RobotsBlocked int
	Rejected      int
	Status        map[int]int // HTTP status (0: no response) → requests
	LatencyP50    time.Duration
	LatencyP95    time.Duration
}

// Outcome is what RunNight did.
type Outcome struct {
	RunID         string         `json:"run_id"`
	Status        string         `json:"status"` // imgfriendly.RunPublished, RunGateFailed, RunInterrupted or RunError
	SchemaVersion int            `json:"schema_version"`
	Counts        map[string]int `json:"counts"`
	Gates         []GateResult   `json:"gates"`
	ManifestPath  string         `json:"manifest_path"`
	StagingPath   string         `json:"staging_path,omitempty"` // kept after a failed gate
	WarehousePath string         `json:"warehouse_path"`
	ParquetDir    string         `json:"parquet_dir,omitempty"` // parquet/latest after a publish
	// Recovered is the half-published night (killed between the warehouse
	// rename and the Parquet swap) that RunNight finished or abandoned before
	// this one; zero when there was none.
	Recovered Recovery `json:"recovered,omitzero"`
}
