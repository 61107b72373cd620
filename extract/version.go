package extract

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"strings"
)

// sources are the package's Go files; Version digests the ones that are not
// tests.
//
//go:embed *.go
var sources embed.FS

// Version names the extractor generation: a digest of the extraction's own
// source files (tests left out), so that any change to the rules, the
// lexicon or the code that applies them gives a new Version by itself.
// Callers that cache what Page returns (the extraction shell's facts cache,
// keyed by URL, content and year) key it by Version too: after such a
// change every cached page is parsed again on the next night. A change
// that preserves outputs (a faster gate) renews the cache as well, which
// costs one night's parse and never serves a stale fact. The history of
// the rules is git's: `git log -- extract`.
var Version = sourceDigest(sources)

// sourceDigest is the SHA-256, in hex and cut to 16 digits, of the names
// and contents of the .go files of fsys that are not tests, in name order.
func sourceDigest(fsys fs.FS) string {
	names, err := fs.Glob(fsys, "*.go")
	if err != nil {
		panic("extract: version: " + err.Error())
	}
	h := sha256.New()
	for _, name := range names { // fs.Glob returns names sorted
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic("extract: version: " + err.Error())
		}
		h.Write([]byte(name))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
