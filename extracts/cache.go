package extracts

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/internal/atomicfile"
	"github.com/imgfriendly/imgfriendly/internal/fanout"
)

// Key names the cached facts of one page: the extractor's version, the
// page's URL (after redirects), its content hash and the year extraction
// took as the cycle's (extract.WithRunDate).
func Key(pageURL, contentHash string, night time.Time) string {
	key := sha256.Sum256([]byte(extract.Version + "\n" + pageURL + "\n" + contentHash + "\n" + night.Format("2006")))
	return hex.EncodeToString(key[:])
}

// Cache is the cache of extracted page facts: one gzipped JSON file per key
// under dir, sharded 256 ways. Its gzip writers and readers are reused: a
// new gzip writer allocates and clears most of a megabyte, far more than
// extracting the page costs.
type Cache struct {
	dir    string
	zw, zr sync.Pool
}

// OpenCache opens (creating if needed) the facts cache in dir, normally
// <data_dir>/extracts.
func OpenCache(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &Cache{dir: dir, zw: sync.Pool{New: func() any {
		zw, _ := gzip.NewWriterLevel(io.Discard, gzip.BestSpeed)
		return zw
	}}}, nil
}

// path is where the facts of key are cached.
func (c *Cache) path(key string) string {
	return filepath.Join(c.dir, key[:2], key+".json.gz")
}

// Retain removes the cached facts whose key keep rejects (and temporary
// files a killed write left) and returns how many files and bytes that
// frees; with dryRun it only counts (see retention.Store). The caller makes
// sure no night writes the cache meanwhile.
func (c *Cache) Retain(ctx context.Context, keep func(key string) bool, dryRun bool) (files int, freed int64, err error) {
	return fanout.Sweep(ctx, c.dir, ".json.gz", keep, dryRun)
}

// get reads the facts an earlier night cached under key.
func (c *Cache) get(key string) (imgfriendly.PageFacts, error) {
	var pf imgfriendly.PageFacts
	f, err := os.Open(c.path(key))
	if err != nil {
		return pf, err
	}
	defer f.Close()
	zr, _ := c.zr.Get().(*gzip.Reader)
	if zr == nil {
		if zr, err = gzip.NewReader(f); err != nil {
			return pf, err
		}
	} else if err := zr.Reset(f); err != nil {
		return pf, err
	}
	defer c.zr.Put(zr)
	err = json.NewDecoder(zr).Decode(&pf)
	return pf, err
}

// put caches page facts under key, gzipped, written atomically.
func (c *Cache) put(key string, pf imgfriendly.PageFacts) error {
	path := c.path(key)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	var buf bytes.Buffer
	zw := c.zw.Get().(*gzip.Writer)
	defer c.zw.Put(zw)
	zw.Reset(&buf)
	if err := json.NewEncoder(zw).Encode(pf); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return atomicfile.Write(path, buf.Bytes())
}
