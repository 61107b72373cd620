// Package segment keeps blobs by a 32-byte key in append-only segment
// files: the page store's layout (crawl.Store), and any other store of many
// small immutable values that must not cost a file each.
//
// A Store writes one segment at a time (<dir>/<stem>.seg, stems sort by
// creation), through a memory buffer flushed every megabyte, and beside it
// an index file (<stem>.idx: key → offset and length, one fixed-size entry
// per record). Sync writes both buffers out and fsyncs the segment before
// its index; a kill loses at most what was not yet synced, and an index
// entry whose record did not reach the disk is caught on read. Every record
// carries its key and the sha256 of its value; Get verifies both and drops
// a record that fails (ErrCorrupt), recording the drop in the index so that
// it stays dropped after a restart. Retain removes or compacts segments
// under a keep function.
//
// It knows nothing of what keys mean, and never decides what to keep.
package segment

import (
	"bytes"
	"compress/flate"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"
)

// Key identifies a value (for a content-addressed store, its sha256).
type Key [32]byte

// ErrCorrupt reports a stored record that failed verification; the record
// has been dropped.
var ErrCorrupt = errors.New("corrupt record")

// ErrNotFound reports a key with no record.
var ErrNotFound = errors.New("not stored")

// File layout.
const (
	segExt = ".seg"
	idxExt = ".idx"
	tmpExt = ".tmp"

	segMagic = "IMGSEG1\n" // first 8 bytes of a segment file
	idxMagic = "IMGIDX1\n" // first 8 bytes of an index file

	// A record: "IMGR", codec, 3 reserved bytes, key, sha256 of the value,
	// value length, stored length (both uint32, little endian), then the
	// stored bytes.
	recMagic   = "IMGR"
	headerSize = 4 + 4 + 32 + 32 + 4 + 4

	// An index entry: key, record offset (uint64), stored length and
	// flags (uint32 each).
	entrySize = 32 + 8 + 4 + 4

	codecRaw     = 0
	codecDeflate = 1

	flagDropped = 1 // a tombstone: the key's record failed verification

	flushAt = 1 << 20 // buffered bytes that trigger a write
	// MaxSegment is the size at which a segment is sealed and the next
	// write starts a new one.
	MaxSegment = 1 << 30
	// youngOrphan is how old a segment without an index (or a temporary
	// file) must be before Retain removes it: a younger one may be a
	// write in progress in another process.
	youngOrphan = time.Hour
)

// loc is where a key's record lives.
type loc struct {
	seg    int   // index into Store.segs
	off    int64 // offset of the record header
	stored uint32
}

// seg is one segment file known to the store.
type seg struct {
	stem    string
	f       *os.File // read handle, opened on first read
	idxRead int64    // bytes of the index file consumed (for refresh)
}

// writer is the segment being appended to.
type writer struct {
	seg     int
	f, idx  *os.File
	buf     []byte // record bytes not yet written, starting at flushed
	ibuf    []byte // index entries not yet written
	flushed int64  // bytes of the segment file written
	size    int64  // flushed + len(buf)
	dirty   bool   // written since the last fsync
	fresh   bool   // its directory entries are not yet fsync'd
}

// Store is a segment store in one directory. It is safe for concurrent use;
// several processes may write one directory (each appends its own segment),
// and a reader sees another's records once they are synced and it calls
// Refresh.
type Store struct {
	dir        string
	maxSegment int64

	mu    sync.RWMutex
	index map[Key]loc
	segs  []*seg
	stems map[string]int // stem → index into segs
	w     *writer
	werr  error // a failed write: the store takes no more

	syncMu sync.Mutex // one Sync at a time
	zw, zr sync.Pool
}

// Open opens (creating if needed) the store in dir and loads the index of
// every segment there.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open segments: %w", err)
	}
	s := &Store{dir: dir, maxSegment: MaxSegment, index: map[Key]loc{}, stems: map[string]int{}}
	s.zw.New = func() any {
		zw, _ := flate.NewWriter(nil, flate.BestSpeed)
		return zw
	}
	if err := s.refresh(); err != nil {
		return nil, err
	}
	return s, nil
}

// Refresh reads the index entries other processes synced since Open (or
// the last Refresh), and the indexes of their new segments.
func (s *Store) Refresh() error { return s.refresh() }

// refresh reads index entries added since the last refresh (by this or
// another process), and the indexes of new segments.
func (s *Store) refresh() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("read segments: %w", err)
	}
	var stems []string
	for _, e := range entries {
		if stem, ok := strings.CutSuffix(e.Name(), idxExt); ok && e.Type().IsRegular() {
			stems = append(stems, stem)
		}
	}
	slices.Sort(stems) // creation order: later entries win
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, stem := range stems {
		i, ok := s.stems[stem]
		if !ok {
			i = len(s.segs)
			s.segs = append(s.segs, &seg{stem: stem})
			s.stems[stem] = i
		}
		if s.w != nil && s.w.seg == i {
			continue // ours: the index in memory is ahead of the file
		}
		if err := s.readIndex(i); err != nil {
			return err
		}
	}
	return nil
}

// readIndex applies segment i's index entries from where the last read
// stopped; a partial last entry (a write in progress, or a kill) waits.
func (s *Store) readIndex(i int) error {
	sg := s.segs[i]
	p := filepath.Join(s.dir, sg.stem+idxExt)
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil // removed meanwhile
	}
	if err != nil {
		return fmt.Errorf("read segment index: %w", err)
	}
	defer f.Close()
	if sg.idxRead == 0 {
		head := make([]byte, len(idxMagic))
		if _, err := io.ReadFull(f, head); err != nil {
			return nil // not written yet
		}
		if string(head) != idxMagic {
			return fmt.Errorf("read segment index %s: not a segment index", p)
		}
		sg.idxRead = int64(len(idxMagic))
	}
	b, err := io.ReadAll(io.NewSectionReader(f, sg.idxRead, 1<<62))
	if err != nil {
		return fmt.Errorf("read segment index: %w", err)
	}
	b = b[:len(b)/entrySize*entrySize]
	for len(b) > 0 {
		k, l, flags := decodeEntry(b)
		l.seg = i
		if flags&flagDropped != 0 {
			delete(s.index, k)
		} else {
			s.index[k] = l
		}
		b = b[entrySize:]
		sg.idxRead += entrySize
	}
	return nil
}

func decodeEntry(b []byte) (Key, loc, uint32) {
	var k Key
	copy(k[:], b[:32])
	l := loc{off: int64(binary.LittleEndian.Uint64(b[32:])), stored: binary.LittleEndian.Uint32(b[40:])}
	return k, l, binary.LittleEndian.Uint32(b[44:])
}

func appendEntry(b []byte, k Key, off int64, stored, flags uint32) []byte {
	b = append(b, k[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(off))
	b = binary.LittleEndian.AppendUint32(b, stored)
	return binary.LittleEndian.AppendUint32(b, flags)
}

// Has reports whether key has a record (not yet verified: Get verifies).
func (s *Store) Has(k Key) bool {
	s.mu.RLock()
	_, ok := s.index[k]
	s.mu.RUnlock()
	return ok
}

// All yields every stored key with its verified value, in no particular
// order (a record that fails verification is dropped, as by Get, and
// skipped). For audits over a whole store: what a store holds, not only
// what its callers ask for.
func (s *Store) All() iter.Seq2[Key, []byte] {
	return func(yield func(Key, []byte) bool) {
		s.mu.RLock()
		keys := make([]Key, 0, len(s.index))
		for k := range s.index {
			keys = append(keys, k)
		}
		s.mu.RUnlock()
		for _, k := range keys {
			v, err := s.Get(k)
			if err != nil {
				continue
			}
			if !yield(k, v) {
				return
			}
		}
	}
}

// Len is the number of keys stored.
func (s *Store) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.index)
}

// Put stores value under k unless k is already stored. The record is
// durable after the next Sync (or Close).
func (s *Store) Put(k Key, value []byte) error {
	if s.Has(k) {
		return nil
	}
	rec, err := s.record(k, value)
	if err != nil {
		return fmt.Errorf("store %x: %w", k[:8], err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.index[k]; ok {
		return nil // put meanwhile
	}
	w, err := s.writerLocked(int64(len(rec)))
	if err != nil {
		return err
	}
	off := w.size
	w.buf = append(w.buf, rec...)
	w.size += int64(len(rec))
	stored := uint32(len(rec) - headerSize)
	w.ibuf = appendEntry(w.ibuf, k, off, stored, 0)
	s.index[k] = loc{seg: w.seg, off: off, stored: stored}
	if len(w.buf) >= flushAt {
		return s.flushLocked()
	}
	return nil
}

// record builds value's record: header, then the value deflated (or raw
// when deflating does not make it smaller).
func (s *Store) record(k Key, value []byte) ([]byte, error) {
	if uint64(len(value)) > 1<<31 {
		return nil, fmt.Errorf("value of %d bytes is too large", len(value))
	}
	rec := bytes.NewBuffer(make([]byte, headerSize, headerSize+len(value)/3+64))
	zw := s.zw.Get().(*flate.Writer)
	zw.Reset(rec)
	_, err := zw.Write(value)
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	s.zw.Put(zw)
	if err != nil {
		return nil, err
	}
	b := rec.Bytes()
	codec := byte(codecDeflate)
	if len(b)-headerSize >= len(value) {
		codec = codecRaw
		b = append(b[:headerSize], value...)
	}
	sum := sha256.Sum256(value)
	copy(b, recMagic)
	b[4], b[5], b[6], b[7] = codec, 0, 0, 0
	copy(b[8:], k[:])
	copy(b[40:], sum[:])
	binary.LittleEndian.PutUint32(b[72:], uint32(len(value)))
	binary.LittleEndian.PutUint32(b[76:], uint32(len(b)-headerSize))
	return b, nil
}

// writerLocked returns the segment to append n bytes to, starting a new one
// when there is none or the current one is full.
func (s *Store) writerLocked(n int64) (*writer, error) {
	if s.werr != nil {
		return nil, s.werr
	}
	if s.w != nil && s.w.size+n <= s.maxSegment {
		return s.w, nil
	}
	if s.w != nil {
		if err := s.sealLocked(); err != nil {
			return nil, err
		}
	}
	w, err := s.create(newStem())
	if err != nil {
		s.werr = err
		return nil, err
	}
	s.w = w
	return w, nil
}

// newStem names a new segment: its creation time (so that stems sort by
// creation) and a random suffix (so that two processes never share one).
func newStem() string {
	var r [4]byte
	rand.Read(r[:])
	return time.Now().UTC().Format("20060102T150405.000000000Z") + "-" + hex.EncodeToString(r[:])
}

// create starts segment stem: both files with their magic, the directory
// entry made durable.
func (s *Store) create(stem string) (*writer, error) {
	if err := os.MkdirAll(s.dir, 0o755); err != nil { // removed underneath us
		return nil, fmt.Errorf("create segment: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(s.dir, stem+segExt), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("create segment: %w", err)
	}
	idx, err := os.OpenFile(filepath.Join(s.dir, stem+idxExt), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("create segment: %w", err)
	}
	i := len(s.segs)
	s.segs = append(s.segs, &seg{stem: stem, idxRead: int64(len(idxMagic))})
	s.stems[stem] = i
	return &writer{seg: i, f: f, idx: idx, buf: []byte(segMagic), ibuf: []byte(idxMagic), size: int64(len(segMagic)), dirty: true, fresh: true}, nil
}

// flushLocked writes the buffers out: records before their index entries,
// so that another process never reads an entry before its record.
func (s *Store) flushLocked() error {
	w := s.w
	if w == nil || len(w.buf) == 0 && len(w.ibuf) == 0 {
		return nil
	}
	if _, err := w.f.Write(w.buf); err != nil {
		s.werr = fmt.Errorf("write segment: %w", err)
		return s.werr
	}
	w.flushed += int64(len(w.buf))
	w.buf = w.buf[:0]
	if _, err := w.idx.Write(w.ibuf); err != nil {
		s.werr = fmt.Errorf("write segment index: %w", err)
		return s.werr
	}
	w.ibuf = w.ibuf[:0]
	w.dirty = true
	return nil
}

// Sync makes every record put so far durable: the buffers are written, the
// segment fsync'd, then its index (and the directory once, for new files).
func (s *Store) Sync() error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	s.mu.Lock()
	if err := s.flushLocked(); err != nil {
		s.mu.Unlock()
		return err
	}
	w := s.w
	if w == nil || !w.dirty {
		s.mu.Unlock()
		return s.werr
	}
	w.dirty = false
	fresh := w.fresh
	w.fresh = false
	s.mu.Unlock()
	// Outside the lock: puts go on while the disk catches up. A file being
	// synced is never closed meanwhile (seal and Close take syncMu).
	if err := w.f.Sync(); err != nil {
		return s.fail(fmt.Errorf("sync segment: %w", err))
	}
	if err := w.idx.Sync(); err != nil {
		return s.fail(fmt.Errorf("sync segment index: %w", err))
	}
	if fresh {
		if err := syncDir(s.dir); err != nil {
			return s.fail(err)
		}
	}
	return nil
}

func (s *Store) fail(err error) error {
	s.mu.Lock()
	if s.werr == nil {
		s.werr = err
	}
	s.mu.Unlock()
	return err
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync segments directory: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("sync segments directory: %w", err)
	}
	return nil
}

// sealLocked finishes the current segment: written, fsync'd, closed.
func (s *Store) sealLocked() error {
	w := s.w
	if w == nil {
		return nil
	}
	err := s.flushLocked()
	if err == nil {
		if err = w.f.Sync(); err == nil {
			err = w.idx.Sync()
		}
		if err == nil {
			err = syncDir(s.dir)
		}
	}
	if cerr := w.f.Close(); err == nil {
		err = cerr
	}
	if cerr := w.idx.Close(); err == nil {
		err = cerr
	}
	s.w = nil
	if err != nil {
		s.werr = fmt.Errorf("seal segment: %w", err)
		return s.werr
	}
	return nil
}

// Close syncs and closes the store.
func (s *Store) Close() error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.sealLocked()
	for _, sg := range s.segs {
		if sg.f != nil {
			sg.f.Close()
			sg.f = nil
		}
	}
	if err == nil && s.werr != nil && !errors.Is(s.werr, errClosed) {
		err = s.werr
	}
	s.werr = errClosed
	return err
}

var errClosed = errors.New("segment store closed")

// Get returns the value stored under k, verified against the key and the
// value's sha256. A record that fails is dropped (the error wraps
// ErrCorrupt): Has reports false for k until it is put again. Get knows
// the records that were synced when the store was opened and those put
// through it since; Refresh adds what other processes synced meanwhile.
func (s *Store) Get(k Key) ([]byte, error) {
	rec, l, err := s.read(k)
	if err != nil {
		return nil, err
	}
	v, err := s.decode(k, rec)
	if err != nil {
		s.drop(k, l)
		return nil, fmt.Errorf("%w: %s offset %d: %v (dropped)", ErrCorrupt, s.stem(l.seg)+segExt, l.off, err)
	}
	return v, nil
}

func (s *Store) stem(i int) string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.segs[i].stem
}

// read returns k's record bytes (header and stored value).
func (s *Store) read(k Key) ([]byte, loc, error) {
	s.mu.RLock()
	l, ok := s.index[k]
	if !ok {
		s.mu.RUnlock()
		return nil, loc{}, fmt.Errorf("%x: %w", k, ErrNotFound)
	}
	n := int64(headerSize) + int64(l.stored)
	rec := make([]byte, n)
	if w := s.w; w != nil && w.seg == l.seg && l.off >= w.flushed {
		copy(rec, w.buf[l.off-w.flushed:]) // still in the write buffer
		s.mu.RUnlock()
		return rec, l, nil
	}
	sg := s.segs[l.seg]
	f := sg.f
	s.mu.RUnlock()
	if f == nil {
		var err error
		if f, err = s.open(l.seg); err != nil {
			return nil, l, err
		}
	}
	if _, err := f.ReadAt(rec, l.off); err != nil {
		s.drop(k, l)
		return nil, l, fmt.Errorf("%w: %s offset %d: %v (dropped)", ErrCorrupt, sg.stem+segExt, l.off, err)
	}
	return rec, l, nil
}

// open opens segment i for reading (once).
func (s *Store) open(i int) (*os.File, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sg := s.segs[i]
	if sg.f != nil {
		return sg.f, nil
	}
	f, err := os.Open(filepath.Join(s.dir, sg.stem+segExt))
	if err != nil {
		return nil, fmt.Errorf("read segment: %w", err)
	}
	sg.f = f
	return f, nil
}

// decode checks a record against k and returns its value.
func (s *Store) decode(k Key, rec []byte) ([]byte, error) {
	if len(rec) < headerSize || string(rec[:4]) != recMagic {
		return nil, errors.New("no record header")
	}
	if !bytes.Equal(rec[8:40], k[:]) {
		return nil, errors.New("the record holds another key")
	}
	n := binary.LittleEndian.Uint32(rec[72:])
	if int(binary.LittleEndian.Uint32(rec[76:])) != len(rec)-headerSize {
		return nil, errors.New("the record's length disagrees with the index")
	}
	body := rec[headerSize:]
	var v []byte
	switch rec[4] {
	case codecRaw:
		v = body
	case codecDeflate:
		v = make([]byte, n)
		zr, _ := s.zr.Get().(io.ReadCloser)
		if zr == nil {
			zr = flate.NewReader(bytes.NewReader(body))
		} else {
			zr.(flate.Resetter).Reset(bytes.NewReader(body), nil)
		}
		_, err := io.ReadFull(zr, v)
		if err == nil {
			var one [1]byte
			if m, _ := zr.Read(one[:]); m != 0 {
				err = errors.New("value longer than its header says")
			}
		}
		s.zr.Put(zr)
		if err != nil {
			return nil, fmt.Errorf("inflate: %w", err)
		}
	default:
		return nil, fmt.Errorf("unknown codec %d", rec[4])
	}
	if uint32(len(v)) != n {
		return nil, errors.New("value length disagrees with its header")
	}
	if sha256.Sum256(v) != [32]byte(rec[40:72]) {
		return nil, errors.New("value does not match its sha256")
	}
	return v, nil
}

// drop forgets k's record at l (if the index still points there) and
// records a tombstone, so the drop outlives the process.
func (s *Store) drop(k Key, l loc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cur, ok := s.index[k]; !ok || cur != l {
		return
	}
	delete(s.index, k)
	w, err := s.writerLocked(0)
	if err != nil {
		return // the key is forgotten for this process; a later open meets the record again and drops it again
	}
	w.ibuf = appendEntry(w.ibuf, k, 0, 0, flagDropped)
}
