package crawl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// Journal file names inside Night.Dir.
const (
	journalQueue   = "queue.jsonl"   // one queueEntry per URL scheduled for a program
	journalFetches = "fetches.jsonl" // one journaledFetch per completed URL
	journalRobots  = "robots.jsonl"  // one journaledRobots per robots.txt fetched
)

// queueEntry is one line of the queue journal.
type queueEntry struct {
	ProgramID string               `json:"program_id"`
	URL       string               `json:"url"`
	Kind      imgfriendly.PageKind `json:"kind"`
	Depth     int                  `json:"depth"`
}

// journaledFetch is one line of the fetch journal: the fetch and what it
// did to hosts (requests, retries, …), so that a resumed night's statistics
// count it as the uninterrupted night would.
type journaledFetch struct {
	imgfriendly.Fetch
	Events []event `json:"events,omitempty"`

	at span // where the line is in the fetch journal (not written)
}

// journaledRobots is one line of the robots journal: a robots.txt fetched
// tonight, so that a resumed night applies the same rules without asking
// the host again, and counts its requests once.
type journaledRobots struct {
	Origin string  `json:"origin"` // scheme://host:port
	Host   string  `json:"host"`   // the politeness key
	Status int     `json:"status"`
	Body   []byte  `json:"body,omitempty"`
	Err    string  `json:"err,omitempty"`
	Events []event `json:"events,omitempty"`
}

func (r journaledRobots) result() robotsResult {
	res := robotsResult{Status: r.Status, Body: r.Body, Events: r.Events}
	if r.Err != "" {
		res.Err = errors.New(r.Err)
	}
	return res
}

// journal appends the night's queue, fetch log and robots.txt verdicts as JSON lines. Each line
// is written with one write call (so a SIGKILL leaves at most a partial last
// line, which replay ignores) and the files are fsync'd every sync interval
// and on close. A page body is stored before its fetch line is written, so a
// journaled fetch always has its body.
type journal struct {
	mu      sync.Mutex
	queue   *os.File
	fetches *os.File
	robots  *os.File
	// fetchesSize is the fetch journal's length: the offset of the next
	// line (each line is one append, under mu).
	fetchesSize int64
	dirty       bool
	err         error // first write error; reported on close
	stop        chan struct{}
	wg          sync.WaitGroup

	// first runs before each fsync (the page store's sync: a journaled
	// fetch's body is durable before its line is).
	first func() error
}

// openJournal opens the journal in dir. Without resume it starts empty;
// with resume it keeps what is there and appends.
func openJournal(dir string, resume bool, syncEvery time.Duration) (*journal, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open journal: %w", err)
	}
	flags := os.O_CREATE | os.O_WRONLY | os.O_APPEND
	if !resume {
		flags |= os.O_TRUNC
	}
	j := &journal{stop: make(chan struct{})}
	var err error
	for _, f := range []struct {
		name string
		dst  **os.File
	}{{journalQueue, &j.queue}, {journalFetches, &j.fetches}, {journalRobots, &j.robots}} {
		p := filepath.Join(dir, f.name)
		if resume {
			if err := trimPartialLine(p); err != nil {
				j.closeFiles()
				return nil, fmt.Errorf("open journal: %w", err)
			}
		}
		if *f.dst, err = os.OpenFile(p, flags, 0o644); err != nil {
			j.closeFiles()
			return nil, fmt.Errorf("open journal: %w", err)
		}
	}
	st, err := j.fetches.Stat()
	if err != nil {
		j.closeFiles()
		return nil, fmt.Errorf("open journal: %w", err)
	}
	j.fetchesSize = st.Size()
	j.wg.Add(1)
	go func() {
		defer j.wg.Done()
		t := time.NewTicker(syncEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				j.sync()
			case <-j.stop:
				return
			}
		}
	}()
	return j, nil
}

// trimPartialLine cuts a file back to its last complete line (a SIGKILL may
// have left half a line).
func trimPartialLine(path string) error {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(b) == 0 || b[len(b)-1] == '\n' {
		return nil
	}
	return os.Truncate(path, int64(bytes.LastIndexByte(b, '\n')+1))
}

// write appends v as a line to f and says where the line is when f is the
// fetch journal.
func (j *journal) write(f *os.File, v any) span {
	line, err := json.Marshal(v)
	if err != nil {
		j.fail(err)
		return span{}
	}
	line = append(line, '\n')
	j.mu.Lock()
	defer j.mu.Unlock()
	if _, err := f.Write(line); err != nil && j.err == nil {
		j.err = err
	}
	j.dirty = true
	if f != j.fetches {
		return span{}
	}
	at := span{Off: j.fetchesSize, Len: int32(len(line))}
	j.fetchesSize += int64(len(line))
	return at
}

func (j *journal) fail(err error) {
	j.mu.Lock()
	if j.err == nil {
		j.err = err
	}
	j.mu.Unlock()
}

func (j *journal) enqueue(e queueEntry) { j.write(j.queue, e) }
func (j *journal) done(fe imgfriendly.Fetch, events []event) span {
	return j.write(j.fetches, journaledFetch{Fetch: fe, Events: events})
}

func (j *journal) robotsFetched(origin, host string, res robotsResult) {
	line := journaledRobots{Origin: origin, Host: host, Status: res.Status, Body: res.Body, Events: res.Events}
	if res.Err != nil {
		line.Err = res.Err.Error()
	}
	j.write(j.robots, line)
}

// sync fsyncs the files if anything was written since the last sync. The
// fsync runs outside the lock: lines written meanwhile wait for the next
// sync instead of every program waiting for the disk.
func (j *journal) sync() {
	j.mu.Lock()
	dirty := j.dirty
	j.dirty = false
	first := j.first
	j.mu.Unlock()
	if !dirty {
		return
	}
	if first != nil {
		if err := first(); err != nil {
			j.fail(err)
		}
	}
	for _, f := range []*os.File{j.queue, j.fetches, j.robots} {
		if err := f.Sync(); err != nil {
			j.fail(err)
		}
	}
}

func (j *journal) closeFiles() {
	for _, f := range []*os.File{j.queue, j.fetches, j.robots} {
		if f != nil {
			f.Close()
		}
	}
}

// syncFirst makes fn run before each fsync of the journal.
func (j *journal) syncFirst(fn func() error) {
	j.mu.Lock()
	j.first = fn
	j.mu.Unlock()
}

// close syncs and closes the journal, returning the first write error.
func (j *journal) close() error {
	close(j.stop)
	j.wg.Wait()
	j.dirty = true
	j.sync()
	j.closeFiles()
	if j.err != nil {
		return fmt.Errorf("write journal: %w", j.err)
	}
	return nil
}

// journalKey identifies one program's fetch of one normalised URL.
func journalKey(programID, url string) string { return programID + "\x00" + url }

// readJournal reads the fetch log of an interrupted night, keyed by
// journalKey. The last of duplicate lines wins.
func readJournal(dir string) (map[string]imgfriendly.Fetch, error) {
	lines, err := readFetchJournal(dir)
	if err != nil {
		return nil, err
	}
	out := make(map[string]imgfriendly.Fetch, len(lines))
	for k, l := range lines {
		out[k] = l.Fetch
	}
	return out, nil
}

// readFetchJournal reads the fetch log with each fetch's events and where
// its line is.
func readFetchJournal(dir string) (map[string]journaledFetch, error) {
	out := map[string]journaledFetch{}
	var off int64
	err := readLines(filepath.Join(dir, journalFetches), func(line []byte) error {
		var fe journaledFetch
		if err := json.Unmarshal(line, &fe); err != nil {
			return err
		}
		fe.at = span{Off: off, Len: int32(len(line))}
		off += int64(len(line))
		out[journalKey(fe.ProgramID, fe.URL)] = fe
		return nil
	})
	return out, err
}

// readRobotsJournal reads the robots.txt fetched tonight, by origin.
func readRobotsJournal(dir string) (map[string]journaledRobots, error) {
	out := map[string]journaledRobots{}
	err := readLines(filepath.Join(dir, journalRobots), func(line []byte) error {
		var r journaledRobots
		if err := json.Unmarshal(line, &r); err != nil {
			return err
		}
		out[r.Origin] = r
		return nil
	})
	return out, err
}

// readLines calls fn for each complete line of a journal file (a partial
// last line, left by a kill, is ignored; no file is no lines).
func readLines(path string, fn func([]byte) error) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("read journal: %w", err)
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for lineNo := 1; ; lineNo++ {
		line, err := r.ReadBytes('\n')
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read journal: %w", err)
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("read journal: %s line %d: %w", filepath.Base(path), lineNo, err)
		}
	}
}

// JournalLines streams every fetch line a night left in its journal
// directory (runs/<run_id>/), in the order written: a URL fetched again
// after a resume has a line for each fetch (JournalFetches keeps the last).
// It holds one line at a time; nothing when the night left no journal. A
// partial last line (a kill) is skipped; a line that does not decode ends
// the sequence with its error.
func JournalLines(dir string) iter.Seq2[imgfriendly.Fetch, error] {
	return func(yield func(imgfriendly.Fetch, error) bool) {
		stop := errors.New("stop")
		err := readLines(filepath.Join(dir, journalFetches), func(line []byte) error {
			var fe journaledFetch
			if err := json.Unmarshal(line, &fe); err != nil {
				return err
			}
			if !yield(fe.Fetch, nil) {
				return stop
			}
			return nil
		})
		if err != nil && !errors.Is(err, stop) {
			yield(imgfriendly.Fetch{}, err)
		}
	}
}

// JournalFetches reads the fetch log a night left in its journal directory
// (runs/<run_id>/): one fetch per URL, in no particular order; nothing when
// the night left none.
func JournalFetches(dir string) ([]imgfriendly.Fetch, error) {
	m, err := readJournal(dir)
	if err != nil {
		return nil, err
	}
	out := make([]imgfriendly.Fetch, 0, len(m))
	for _, f := range m {
		out = append(out, f)
	}
	return out, nil
}
