package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/imgfriendly/imgfriendly/internal/fanout"
)

// Store is the content-addressed page store: each body lives gzip-compressed
// at <dir>/<aa>/<sha256>.gz (dir is the data directory's pages/), where the
// hash is of the uncompressed
// (decoded UTF-8) body. Writes are atomic (temporary file, then rename), so a
// body is either wholly present or absent. A Store is safe for concurrent use.
type Store struct {
	dir  string   // the pages directory
	made sync.Map // fan-out subdirectories known to exist
	// zw recycles compressors: a new one allocates ~1 MB of tables, which
	// costs more than compressing a typical page; zr recycles decompressors.
	zw, zr sync.Pool
}

// OpenStore opens (creating if needed) the page store in dir, normally
// <data_dir>/pages.
func OpenStore(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open page store: %w", err)
	}
	s := &Store{dir: dir}
	s.zw.New = func() any {
		zw, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
		return zw
	}
	return s, nil
}

// Hash returns the store's key for body: its sha256 in lowercase hex.
func Hash(body []byte) string {
	sum := sha256.Sum256(body)
	return hex.EncodeToString(sum[:])
}

func (s *Store) path(hash string) string {
	return filepath.Join(s.dir, hash[:2], hash+".gz")
}

func validHash(hash string) bool {
	if len(hash) != 64 {
		return false
	}
	_, err := hex.DecodeString(hash)
	return err == nil
}

// Put stores body (if not already stored) and returns its hash.
func (s *Store) Put(body []byte) (string, error) {
	hash := Hash(body)
	if s.Has(hash) {
		return hash, nil
	}
	p := s.path(hash)
	if _, ok := s.made.Load(hash[:2]); !ok {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", fmt.Errorf("store page: %w", err)
		}
		s.made.Store(hash[:2], true)
	}
	f, err := os.CreateTemp(filepath.Dir(p), hash+".*.tmp")
	if err != nil {
		return "", fmt.Errorf("store page: %w", err)
	}
	zw := s.zw.Get().(*gzip.Writer)
	zw.Reset(f)
	_, werr := zw.Write(body)
	if cerr := zw.Close(); werr == nil {
		werr = cerr
	}
	s.zw.Put(zw)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Rename(f.Name(), p)
	}
	if werr != nil {
		os.Remove(f.Name())
		return "", fmt.Errorf("store page %s: %w", hash, werr)
	}
	return hash, nil
}

// Has reports whether the body with this hash is stored.
func (s *Store) Has(hash string) bool {
	if !validHash(hash) {
		return false
	}
	_, err := os.Stat(s.path(hash))
	return err == nil
}

// Get returns the stored body with this hash, verified against the hash.
func (s *Store) Get(hash string) ([]byte, error) {
	if !validHash(hash) {
		return nil, fmt.Errorf("get page: %q is not a sha256 hex hash", hash)
	}
	f, err := os.Open(s.path(hash))
	if err != nil {
		return nil, fmt.Errorf("get page: %w", err)
	}
	defer f.Close()
	zr, _ := s.zr.Get().(*gzip.Reader)
	if zr == nil {
		zr, err = gzip.NewReader(f)
	} else {
		err = zr.Reset(f)
	}
	if err != nil {
		return nil, fmt.Errorf("get page %s: %w", hash, err)
	}
	defer s.zr.Put(zr)
	var buf bytes.Buffer
	if st, err := f.Stat(); err == nil {
		buf.Grow(int(min(st.Size()*6, 8<<20))) // pages compress about 4-6 times
	}
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, fmt.Errorf("get page %s: %w", hash, err)
	}
	if Hash(buf.Bytes()) != hash {
		return nil, fmt.Errorf("get page %s: content does not match its hash", hash)
	}
	return buf.Bytes(), nil
}

// Retain removes every stored page whose hash keep rejects (and temporary
// files a killed write left) and returns how many files and bytes that
// frees; with dryRun it only counts. The caller makes sure no night writes
// the store meanwhile (it holds the night lock): a page stored after keep
// was computed would be lost.
func (s *Store) Retain(ctx context.Context, keep func(hash string) bool, dryRun bool) (files int, freed int64, err error) {
	return fanout.Sweep(ctx, s.dir, ".gz", func(key string) bool { return !validHash(key) || keep(key) }, dryRun)
}
