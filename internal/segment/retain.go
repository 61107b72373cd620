package segment

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Compaction rewrites a segment when at least 1/compactShare of its bytes
// are records nothing keeps; a segment nothing in is kept is removed whole.
const compactShare = 4

// Retain removes the records whose key keep rejects (and duplicates and
// dropped records): a segment with nothing kept is removed, one whose
// removable records are a quarter of its bytes or more is compacted (the
// kept records copied, verified, to a new segment that takes its place),
// others are left until they are. It returns the records and bytes removed
// — with dryRun, those it would remove (a compaction's figure leaves out
// corrupt records it would find). Orphans (a segment without an index, a
// temporary file) older than an hour are removed too. The current segment
// is sealed first; the caller makes sure no other process writes the
// store meanwhile.
func (s *Store) Retain(ctx context.Context, keep func(Key) bool, dryRun bool) (records int, freed int64, err error) {
	s.syncMu.Lock()
	s.mu.Lock()
	err = s.sealLocked()
	if errors.Is(s.werr, errClosed) {
		err = s.werr
	}
	s.mu.Unlock()
	s.syncMu.Unlock()
	if err != nil {
		return 0, 0, err
	}
	if err := s.refresh(); err != nil {
		return 0, 0, err
	}
	defer func() {
		if rerr := s.reload(); err == nil {
			err = rerr
		}
	}()
	_, b, err := s.removeOrphans(dryRun)
	freed += b
	if err != nil {
		return records, freed, err
	}
	s.mu.RLock()
	segs := len(s.segs)
	s.mu.RUnlock()
	for i := range segs {
		if err := ctx.Err(); err != nil {
			return records, freed, err
		}
		r, b, err := s.retainSegment(i, keep, dryRun)
		records += r
		freed += b
		if err != nil {
			return records, freed, err
		}
	}
	return records, freed, nil
}

// removeOrphans removes temporary files and segments without an index that
// are older than youngOrphan.
func (s *Store) removeOrphans(dryRun bool) (files int, freed int64, err error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return 0, 0, fmt.Errorf("read segments: %w", err)
	}
	names := map[string]bool{}
	for _, e := range entries {
		names[e.Name()] = true
	}
	now := time.Now()
	for _, e := range entries {
		name := e.Name()
		orphan := strings.HasSuffix(name, tmpExt)
		if stem, ok := strings.CutSuffix(name, segExt); ok && !names[stem+idxExt] {
			orphan = true
		}
		if !orphan || !e.Type().IsRegular() {
			continue
		}
		info, err := e.Info()
		if err != nil || now.Sub(info.ModTime()) < youngOrphan {
			continue
		}
		if !dryRun {
			if err := os.Remove(filepath.Join(s.dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
				return files, freed, fmt.Errorf("remove orphan segment file: %w", err)
			}
		}
		files++
		freed += info.Size()
	}
	return files, freed, nil
}

// entry is one index entry of a segment.
type entry struct {
	k     Key
	l     loc
	flags uint32
}

// retainSegment removes or compacts segment i as Retain describes.
func (s *Store) retainSegment(i int, keep func(Key) bool, dryRun bool) (records int, freed int64, err error) {
	s.mu.RLock()
	stem := s.segs[i].stem
	s.mu.RUnlock()
	segPath, idxPath := filepath.Join(s.dir, stem+segExt), filepath.Join(s.dir, stem+idxExt)
	entries, idxSize, err := readEntries(idxPath)
	if err != nil {
		return 0, 0, err
	}
	st, err := os.Stat(segPath)
	if errors.Is(err, os.ErrNotExist) {
		st = nil // an index without its segment: nothing in it can be read
	} else if err != nil {
		return 0, 0, fmt.Errorf("retain segment: %w", err)
	}
	var segSize int64
	if st != nil {
		segSize = st.Size()
	}
	var live, dropped []entry
	liveBytes := int64(len(segMagic))
	s.mu.RLock()
	for _, e := range entries {
		if e.flags&flagDropped != 0 {
			dropped = append(dropped, e)
			continue
		}
		e.l.seg = i
		if cur, ok := s.index[e.k]; ok && cur == e.l && st != nil && keep(e.k) {
			live = append(live, e)
			liveBytes += headerSize + int64(e.l.stored)
		} else {
			records++
		}
	}
	s.mu.RUnlock()
	if len(live) == 0 {
		if !dryRun {
			if err := removeAll(segPath, idxPath); err != nil {
				return 0, 0, err
			}
			if err := syncDir(s.dir); err != nil {
				return 0, 0, err
			}
		}
		return records, segSize + idxSize, nil
	}
	if (segSize-liveBytes)*compactShare < segSize {
		return 0, 0, nil // not worth rewriting yet
	}
	if dryRun {
		return records, segSize - liveBytes + int64(records)*entrySize, nil
	}
	corrupt, newSize, err := s.compact(stem, live, dropped)
	if err != nil {
		return 0, 0, err
	}
	return records + corrupt, segSize + idxSize - newSize, nil
}

// compact copies segment stem's live records (verified) and its tombstones to
// a new segment that sorts in its place, then removes it. A kill part way
// leaves at worst both, which only duplicates records.
func (s *Store) compact(stem string, live, dropped []entry) (corrupt int, size int64, err error) {
	src, err := os.Open(filepath.Join(s.dir, stem+segExt))
	if err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	defer src.Close()
	next := stem + "c" // sorts after stem and before any later segment
	segTmp, idxTmp := filepath.Join(s.dir, next+segExt+tmpExt), filepath.Join(s.dir, next+idxExt+tmpExt)
	defer os.Remove(segTmp)
	defer os.Remove(idxTmp)
	out := []byte(segMagic)
	idx := []byte(idxMagic)
	for _, e := range dropped {
		idx = appendEntry(idx, e.k, 0, 0, flagDropped)
	}
	slices.SortFunc(live, func(a, b entry) int { return cmp.Compare(a.l.off, b.l.off) })
	segF, err := os.OpenFile(segTmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o644)
	if err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	defer segF.Close()
	var written int64
	for _, e := range live {
		rec := make([]byte, headerSize+int64(e.l.stored))
		if _, err := src.ReadAt(rec, e.l.off); err != nil && !errors.Is(err, io.EOF) {
			return 0, 0, fmt.Errorf("compact segment: %w", err)
		} else if err != nil {
			corrupt++
			continue
		}
		if _, err := s.decode(e.k, rec); err != nil {
			corrupt++
			continue
		}
		idx = appendEntry(idx, e.k, written+int64(len(out)), e.l.stored, 0)
		out = append(out, rec...)
		if len(out) >= flushAt {
			if _, err := segF.Write(out); err != nil {
				return 0, 0, fmt.Errorf("compact segment: %w", err)
			}
			written += int64(len(out))
			out = out[:0]
		}
	}
	if _, err := segF.Write(out); err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	written += int64(len(out))
	if err := segF.Sync(); err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	if err := os.WriteFile(idxTmp, idx, 0o644); err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	if f, err := os.Open(idxTmp); err == nil {
		err = f.Sync()
		f.Close()
		if err != nil {
			return 0, 0, fmt.Errorf("compact segment: %w", err)
		}
	}
	// The segment first: an index is never there before its records.
	if err := os.Rename(segTmp, filepath.Join(s.dir, next+segExt)); err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	if err := os.Rename(idxTmp, filepath.Join(s.dir, next+idxExt)); err != nil {
		return 0, 0, fmt.Errorf("compact segment: %w", err)
	}
	if err := syncDir(s.dir); err != nil {
		return 0, 0, err
	}
	if err := removeAll(filepath.Join(s.dir, stem+idxExt), filepath.Join(s.dir, stem+segExt)); err != nil {
		return 0, 0, err
	}
	return corrupt, written + int64(len(idx)), syncDir(s.dir)
}

func removeAll(paths ...string) error {
	for _, p := range paths {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("remove segment: %w", err)
		}
	}
	return nil
}

// readEntries reads a whole index file.
func readEntries(path string) ([]entry, int64, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("read segment index: %w", err)
	}
	size := int64(len(b))
	if len(b) < len(idxMagic) || string(b[:len(idxMagic)]) != idxMagic {
		return nil, size, fmt.Errorf("read segment index %s: not a segment index", path)
	}
	b = b[len(idxMagic):]
	b = b[:len(b)/entrySize*entrySize]
	out := make([]entry, 0, len(b)/entrySize)
	for ; len(b) > 0; b = b[entrySize:] {
		k, l, flags := decodeEntry(b)
		out = append(out, entry{k: k, l: l, flags: flags})
	}
	return out, size, nil
}

// reload forgets everything and reads the indexes again (after Retain
// changed the segments).
func (s *Store) reload() error {
	s.mu.Lock()
	for _, sg := range s.segs {
		if sg.f != nil {
			sg.f.Close()
		}
	}
	s.index = map[Key]loc{}
	s.segs = nil
	s.stems = map[string]int{}
	s.mu.Unlock()
	return s.refresh()
}
