package crawl

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/imgfriendly/imgfriendly"
)

// span is where one line of the fetch journal is.
type span struct {
	Off int64
	Len int32
}

// FetchLog is a night's final fetches as the crawl leaves them: on disk,
// in the night's fetch journal, with an index by program in memory (a few
// bytes per fetch), so that later stages read one program's fetches at a
// time instead of holding the night's (a 50,000-program night has about
// 200,000). It is safe for concurrent use; Close releases the file.
type FetchLog struct {
	path string
	n    int

	mu        sync.Mutex
	byProgram map[string][]span
	f         *os.File
}

func newFetchLog(dir string) *FetchLog {
	return &FetchLog{path: filepath.Join(dir, journalFetches), byProgram: map[string][]span{}}
}

// add records that the line at is one of program's final fetches.
func (l *FetchLog) add(program string, at span) {
	l.mu.Lock()
	l.byProgram[program] = append(l.byProgram[program], at)
	l.n++
	l.mu.Unlock()
}

// Len is the number of final fetches.
func (l *FetchLog) Len() int {
	if l == nil {
		return 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.n
}

// Program returns a program's final fetches, sorted by URL; none for a
// program the night did not crawl.
func (l *FetchLog) Program(programID string) ([]imgfriendly.Fetch, error) {
	if l == nil {
		return nil, nil
	}
	l.mu.Lock()
	spans := l.byProgram[programID]
	f := l.f
	var err error
	if f == nil && len(spans) > 0 {
		f, err = os.Open(l.path)
		l.f = f
	}
	l.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("read fetch log: %w", err)
	}
	out := make([]imgfriendly.Fetch, 0, len(spans))
	var buf []byte
	for _, at := range spans {
		buf = slices.Grow(buf[:0], int(at.Len))[:at.Len]
		if _, err := f.ReadAt(buf, at.Off); err != nil {
			return nil, fmt.Errorf("read fetch log: %w", err)
		}
		var jf journaledFetch
		if err := json.Unmarshal(buf, &jf); err != nil {
			return nil, fmt.Errorf("read fetch log: %s at byte %d: %w", l.path, at.Off, err)
		}
		if jf.ProgramID != programID {
			return nil, fmt.Errorf("read fetch log: %s at byte %d: a fetch of program %s, not %s", l.path, at.Off, jf.ProgramID, programID)
		}
		out = append(out, jf.Fetch)
	}
	slices.SortFunc(out, func(a, b imgfriendly.Fetch) int { return strings.Compare(a.URL, b.URL) })
	return out, nil
}

// All returns every final fetch, sorted by program and URL: the whole
// night's at once, for the callers that want them all (tests, the demo's
// accuracy report).
func (l *FetchLog) All() ([]imgfriendly.Fetch, error) {
	if l == nil {
		return nil, nil
	}
	l.mu.Lock()
	ids := make([]string, 0, len(l.byProgram))
	for id := range l.byProgram {
		ids = append(ids, id)
	}
	l.mu.Unlock()
	slices.Sort(ids)
	var out []imgfriendly.Fetch
	for _, id := range ids {
		fs, err := l.Program(id)
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	return out, nil
}

// Close closes the fetch journal if it was read.
func (l *FetchLog) Close() error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}
