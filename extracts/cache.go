package extracts

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/internal/fanout"
	"github.com/imgfriendly/imgfriendly/internal/segment"
)

// Key names the cached facts of one page: the extractor's version, the
// page's URL (after redirects), its content hash and the year extraction
// took as the cycle's (extract.WithRunDate).
func Key(pageURL, contentHash string, night time.Time) string {
	key := sha256.Sum256([]byte(extract.Version + "\n" + pageURL + "\n" + contentHash + "\n" + night.Format("2006")))
	return hex.EncodeToString(key[:])
}

// Cache is the cache of extracted page facts: JSON values in append-only
// segment files under <dir>/segments with an index (internal/segment), no
// file per page; each value is verified against its sha256 when read, and
// one that fails (or does not decode) is a miss: the page is extracted
// again. Writes are buffered and need Close. Files of the one-gzip-file-per
// -key layout (<dir>/<aa>/<key>.json.gz, before segments; their extractor
// version is superseded) are no longer read and retention removes them.
type Cache struct {
	dir string
	seg *segment.Store
}

// OpenCache opens (creating if needed) the facts cache in dir, normally
// <data_dir>/extracts.
func OpenCache(dir string) (*Cache, error) {
	seg, err := segment.Open(filepath.Join(dir, "segments"))
	if err != nil {
		return nil, err
	}
	return &Cache{dir: dir, seg: seg}, nil
}

// Close writes out and closes the cache.
func (c *Cache) Close() error { return c.seg.Close() }

// Retain removes the cached facts whose key keep rejects and returns how
// many entries (and files of the old layout) and bytes that frees; with
// dryRun it only counts (see retention.Store). The caller makes sure no
// night writes the cache meanwhile.
func (c *Cache) Retain(ctx context.Context, keep func(key string) bool, dryRun bool) (entries int, freed int64, err error) {
	n, b, err := fanout.Sweep(ctx, c.dir, ".json.gz", func(string) bool { return false }, dryRun)
	if err != nil {
		return n, b, err
	}
	m, mb, err := c.seg.Retain(ctx, func(k segment.Key) bool { return keep(hex.EncodeToString(k[:])) }, dryRun)
	return n + m, b + mb, err
}

func segmentKey(key string) (segment.Key, error) {
	var k segment.Key
	if len(key) != 2*len(k) {
		return k, fmt.Errorf("cache key %q is not a sha256", key)
	}
	_, err := hex.Decode(k[:], []byte(key))
	return k, err
}

// get reads the facts an earlier night cached under key.
func (c *Cache) get(key string) (imgfriendly.PageFacts, error) {
	var pf imgfriendly.PageFacts
	k, err := segmentKey(key)
	if err != nil {
		return pf, err
	}
	b, err := c.seg.Get(k)
	if err != nil {
		return pf, err
	}
	err = json.Unmarshal(b, &pf)
	return pf, err
}

// put caches page facts under key.
func (c *Cache) put(key string, pf imgfriendly.PageFacts) error {
	k, err := segmentKey(key)
	if err != nil {
		return err
	}
	b, err := json.Marshal(pf)
	if err != nil {
		return err
	}
	return c.seg.Put(k, b)
}
