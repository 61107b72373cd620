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
		jf, err := readLine(f, l.path, at, &buf)
		if err != nil {
			return nil, err
		}
		if jf.ProgramID != programID {
			return nil, fmt.Errorf("read fetch log: %s at byte %d: a fetch of program %s, not %s", l.path, at.Off, jf.ProgramID, programID)
		}
		out = append(out, jf.Fetch)
	}
	slices.SortFunc(out, func(a, b imgfriendly.Fetch) int { return strings.Compare(a.URL, b.URL) })
	return out, nil
}

// read reads the fetch whose journal line is at (the journal may still be
// written: its lines are whole before their span is known).
func (l *FetchLog) read(at span) (imgfriendly.Fetch, error) {
	l.mu.Lock()
	f := l.f
	var err error
	if f == nil {
		f, err = os.Open(l.path)
		l.f = f
	}
	l.mu.Unlock()
	if err != nil {
		return imgfriendly.Fetch{}, fmt.Errorf("read fetch log: %w", err)
	}
	var buf []byte
	jf, err := readLine(f, l.path, at, &buf)
	return jf.Fetch, err
}

// readLine reads and decodes the fetch journal line at, in buf.
func readLine(f *os.File, path string, at span, buf *[]byte) (journaledFetch, error) {
	var jf journaledFetch
	*buf = slices.Grow((*buf)[:0], int(at.Len))[:at.Len]
	if _, err := f.ReadAt(*buf, at.Off); err != nil {
		return jf, fmt.Errorf("read fetch log: %w", err)
	}
	if err := json.Unmarshal(*buf, &jf); err != nil {
		return jf, fmt.Errorf("read fetch log: %s at byte %d: %w", path, at.Off, err)
	}
	return jf, nil
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
