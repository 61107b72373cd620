package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/imgfriendly/imgfriendly/internal/fanout"
	"github.com/imgfriendly/imgfriendly/internal/segment"
)

// ErrCorruptPage reports a stored page that failed verification against
// its hash; the store has dropped it (Has reports false) so that it is
// fetched again.
var ErrCorruptPage = segment.ErrCorrupt

// segmentsDir is the page store's segment directory inside its directory.
const segmentsDir = "segments"

// Store is the content-addressed page store, keyed by the sha256 of the
// (decoded UTF-8) body. Bodies are appended, deflated, to segment files
// under <dir>/segments (dir is the data directory's pages/) with an index
// of hash → segment, offset and length: no file per page. Writes are
// buffered; Sync makes them durable (a night calls it at each journal sync
// point, before the journal's fsync), and Close syncs. Every read verifies
// the body against its hash, and a page that fails is dropped
// (ErrCorruptPage) so that the night refetches it.
//
// Stores written before segments (<dir>/<aa>/<sha256>.gz, one gzip file per
// page) are still read: their pages are found, verified and removed by
// retention as before, and new pages go to segments. A Store is safe for
// concurrent use.
type Store struct {
	dir    string
	seg    *segment.Store
	legacy bool // dir holds pages of the file-per-page layout
}

// OpenStore opens (creating if needed) the page store in dir, normally
// <data_dir>/pages.
func OpenStore(dir string) (*Store, error) {
	seg, err := segment.Open(filepath.Join(dir, segmentsDir))
	if err != nil {
		return nil, fmt.Errorf("open page store: %w", err)
	}
	s := &Store{dir: dir, seg: seg}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("open page store: %w", err)
	}
	for _, e := range entries {
		if _, err := hex.DecodeString(e.Name()); err == nil && len(e.Name()) == 2 && e.IsDir() {
			s.legacy = true
			break
		}
	}
	return s, nil
}

// Hash returns the store's key for body: its sha256 in lowercase hex.
func Hash(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

func key(hash string) (segment.Key, bool) {
	var k segment.Key
	if len(hash) != 64 {
		return k, false
	}
	_, err := hex.Decode(k[:], []byte(hash))
	return k, err == nil
}

func (s *Store) legacyPath(hash string) string {
	return filepath.Join(s.dir, hash[:2], hash+".gz")
}

// Put stores body (if not already stored) and returns its hash. The page
// is durable after the next Sync.
func (s *Store) Put(body []byte) (string, error) {
	sum := sha256.Sum256(body)
	hash := hex.EncodeToString(sum[:])
	if s.Has(hash) {
		return hash, nil
	}
	if err := s.seg.Put(segment.Key(sum), body); err != nil {
		return "", fmt.Errorf("store page: %w", err)
	}
	return hash, nil
}

// Has reports whether the body with this hash is stored (Get verifies it).
func (s *Store) Has(hash string) bool {
	k, ok := key(hash)
	if !ok {
		return false
	}
	if s.seg.Has(k) {
		return true
	}
	if !s.legacy {
		return false
	}
	_, err := os.Stat(s.legacyPath(hash))
	return err == nil
}

// Get returns the stored body with this hash, verified against the hash.
// A body that fails verification is dropped and the error wraps
// ErrCorruptPage.
func (s *Store) Get(hash string) ([]byte, error) {
	k, ok := key(hash)
	if !ok {
		return nil, fmt.Errorf("get page: %q is not a sha256 hex hash", hash)
	}
	if s.legacy && !s.seg.Has(k) {
		body, err := s.getLegacy(hash)
		if err == nil {
			return body, nil
		}
		if !errors.Is(err, segment.ErrNotFound) {
			return nil, fmt.Errorf("get page %s: %w", hash, err)
		}
	}
	body, err := s.seg.Get(k)
	if err != nil {
		return nil, fmt.Errorf("get page %s: %w", hash, err)
	}
	return body, nil
}

// getLegacy reads a page of the file-per-page layout; a file that does not
// hold the page is removed.
func (s *Store) getLegacy(hash string) ([]byte, error) {
	p := s.legacyPath(hash)
	f, err := os.Open(p)
	if errors.Is(err, os.ErrNotExist) {
		return nil, segment.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	zr, err := gzip.NewReader(f)
	if err == nil {
		_, err = io.Copy(&buf, zr)
	}
	if err == nil && Hash(buf.Bytes()) != hash {
		err = errors.New("content does not match its hash")
	}
	if err != nil {
		os.Remove(p)
		return nil, fmt.Errorf("%w: %s: %v (dropped)", ErrCorruptPage, p, err)
	}
	return buf.Bytes(), nil
}

// Migrated is what Migrate did: pages of the file-per-page layout moved
// into segments, and files dropped because they did not hold their page.
type Migrated struct {
	Pages, Dropped int
}

// Migrate moves the pages of the file-per-page layout (a store written
// before segments) into segments, each verified against its hash, and
// removes their files; a file that does not hold its page is removed and
// counted as dropped (the night refetches the page). The files go only
// after the segments holding their pages are synced, so a kill at any
// point loses nothing: the next Migrate finishes the move. The caller holds
// the data directory's night lock and calls it before the store is used
// by anything else. Without pages of the old layout it does nothing.
func (s *Store) Migrate(ctx context.Context) (Migrated, error) {
	var m Migrated
	if !s.legacy {
		return m, nil
	}
	var moved []string
	shards, err := os.ReadDir(s.dir)
	if err != nil {
		return m, fmt.Errorf("migrate page store: %w", err)
	}
	for _, shard := range shards {
		if _, err := hex.DecodeString(shard.Name()); err != nil || len(shard.Name()) != 2 || !shard.IsDir() {
			continue
		}
		entries, err := os.ReadDir(filepath.Join(s.dir, shard.Name()))
		if err != nil {
			return m, fmt.Errorf("migrate page store: %w", err)
		}
		for _, e := range entries {
			if err := ctx.Err(); err != nil {
				return m, err
			}
			hash, ok := strings.CutSuffix(e.Name(), ".gz")
			k, valid := key(hash)
			if !ok || !valid || !strings.HasPrefix(hash, shard.Name()) || !e.Type().IsRegular() {
				continue // temporary files of a killed write are retention's
			}
			if s.seg.Has(k) {
				moved = append(moved, s.legacyPath(hash))
				continue
			}
			body, err := s.getLegacy(hash)
			switch {
			case errors.Is(err, ErrCorruptPage):
				m.Dropped++ // getLegacy removed it
				continue
			case errors.Is(err, segment.ErrNotFound):
				continue
			case err != nil:
				return m, fmt.Errorf("migrate page store: %w", err)
			}
			if err := s.seg.Put(k, body); err != nil {
				return m, fmt.Errorf("migrate page store: %w", err)
			}
			moved = append(moved, s.legacyPath(hash))
		}
	}
	if err := s.seg.Sync(); err != nil {
		return m, fmt.Errorf("migrate page store: %w", err)
	}
	for _, p := range moved {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return m, fmt.Errorf("migrate page store: %w", err)
		}
		m.Pages++
	}
	for _, shard := range shards {
		if len(shard.Name()) == 2 && shard.IsDir() {
			os.Remove(filepath.Join(s.dir, shard.Name())) // only if empty
		}
	}
	s.legacy = false
	for _, shard := range shards {
		if _, err := os.Stat(filepath.Join(s.dir, shard.Name())); err == nil && len(shard.Name()) == 2 && shard.IsDir() {
			s.legacy = true // something is left (a temporary file): keep reading the old layout
		}
	}
	return m, nil
}

// Sync makes every page stored so far durable.
func (s *Store) Sync() error {
	if err := s.seg.Sync(); err != nil {
		return fmt.Errorf("sync page store: %w", err)
	}
	return nil
}

// Close syncs and closes the store.
func (s *Store) Close() error {
	if err := s.seg.Close(); err != nil {
		return fmt.Errorf("close page store: %w", err)
	}
	return nil
}

// Retain removes every stored page whose hash keep rejects: segments
// holding none that are kept are removed, segments a quarter or more of
// whose bytes are pages not kept are compacted, and files of the
// file-per-page layout (and temporary files a killed write left) are swept.
// It returns how many pages and bytes that frees; with dryRun it only
// counts. The caller makes sure no night writes the store meanwhile (it
// holds the night lock): a page stored after keep was computed would be
// lost.
func (s *Store) Retain(ctx context.Context, keep func(hash string) bool, dryRun bool) (pages int, freed int64, err error) {
	pages, freed, err = fanout.Sweep(ctx, s.dir, ".gz", func(h string) bool { _, ok := key(h); return !ok || keep(h) }, dryRun)
	if err != nil {
		return pages, freed, err
	}
	n, b, err := s.seg.Retain(ctx, func(k segment.Key) bool { return keep(hex.EncodeToString(k[:])) }, dryRun)
	return pages + n, freed + b, err
}
