package crawl

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// storeFiles lists the files under dir, relative to it.
func storeFiles(t *testing.T, dir string) []string {
	t.Helper()
	var got []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			got = append(got, rel)
		}
		return err
	})
	sort.Strings(got)
	return got
}

// TestStoreHasNoFilePerPage: bodies put from many goroutines, also the same
// bodies at once, land in one segment and its index under segments/ (no
// file per page, nothing temporary), read back verified from the open store
// and from a reopened one, and each body is stored once.
func TestStoreHasNoFilePerPage(t *testing.T) {
	bodies := [][]byte{[]byte("<html>one</html>"), []byte("<html>two</html>"), {}}
	for i := range 40 {
		bodies = append(bodies, bytes.Repeat([]byte{byte('a' + i%26)}, 100+i))
	}
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		for _, b := range bodies {
			wg.Go(func() {
				if h, err := s.Put(b); err != nil || h != Hash(b) {
					t.Errorf("Put = %s, %v; want %s", h, err, Hash(b))
				}
			})
		}
	}
	wg.Wait()
	check := func(s *Store) {
		t.Helper()
		for _, b := range bodies {
			if got, err := s.Get(Hash(b)); err != nil || !bytes.Equal(got, b) {
				t.Errorf("Get = %q, %v; want %q", got, err, b)
			}
		}
	}
	check(s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	files := storeFiles(t, dir)
	if len(files) != 2 || filepath.Dir(files[0]) != segmentsDir || filepath.Ext(files[0]) != ".idx" || filepath.Ext(files[1]) != ".seg" {
		t.Errorf("files in the store: %v, want one segment and its index under %s/", files, segmentsDir)
	}
	r, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	check(r)
	if n := r.seg.Len(); n != len(bodies) {
		t.Errorf("%d pages stored, want %d (each once)", n, len(bodies))
	}
}

// writeLegacy writes body as the file-per-page layout did.
func writeLegacy(t *testing.T, dir string, body []byte) string {
	t.Helper()
	h := Hash(body)
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(body)
	zw.Close()
	p := filepath.Join(dir, h[:2], h+".gz")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestStoreReadsTheFilePerPageLayout: a page store written before segments
// still serves its pages (verified: a file that does not hold its page is
// dropped), new pages go to segments, and retention sweeps both layouts.
func TestStoreReadsTheFilePerPageLayout(t *testing.T) {
	dir := t.TempDir()
	old, gone, bad := []byte("<html>stored last month</html>"), []byte("<html>nothing refers to me</html>"), []byte("<html>bit rot</html>")
	writeLegacy(t, dir, old)
	writeLegacy(t, dir, gone)
	badPath := writeLegacy(t, dir, bad)
	if err := os.WriteFile(badPath, []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.Has(Hash(old)) {
		t.Fatal("Has: a page of the old layout is not found")
	}
	if got, err := s.Get(Hash(old)); err != nil || !bytes.Equal(got, old) {
		t.Fatalf("Get of an old-layout page = %q, %v", got, err)
	}
	if _, err := s.Get(Hash(bad)); !errors.Is(err, ErrCorruptPage) {
		t.Errorf("Get of a damaged old-layout file: %v, want ErrCorruptPage", err)
	}
	if s.Has(Hash(bad)) {
		t.Error("the damaged old-layout file was not dropped")
	}
	if h, err := s.Put(old); err != nil || h != Hash(old) {
		t.Fatalf("Put of a page the old layout holds: %s, %v", h, err)
	}
	fresh := []byte("<html>tonight</html>")
	if _, err := s.Put(fresh); err != nil {
		t.Fatal(err)
	}
	keep := map[string]bool{Hash(old): true, Hash(fresh): true}
	pages, _, err := s.Retain(context.Background(), func(h string) bool { return keep[h] }, false)
	if err != nil || pages != 1 {
		t.Errorf("Retain removed %d pages, %v; want 1 (the unreferenced old-layout page)", pages, err)
	}
	for h := range keep {
		if got, err := s.Get(h); err != nil || Hash(got) != h {
			t.Errorf("kept page %s: %v", h, err)
		}
	}
	if s.Has(Hash(gone)) {
		t.Error("an unreferenced old-layout page survived retention")
	}
}

// corruptStoredPage overwrites bytes of the stored body with this hash in
// its segment on disk (the record starts with "IMGR", a codec byte, three
// reserved bytes and the hash).
func corruptStoredPage(t *testing.T, dir, hash string) {
	t.Helper()
	k, _ := hex.DecodeString(hash)
	segs, _ := filepath.Glob(filepath.Join(dir, segmentsDir, "*.seg"))
	for _, p := range segs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(b, k)
		if i < 8 || string(b[i-8:i-4]) != "IMGR" {
			continue
		}
		copy(b[i+32+32+8+2:], "CORRUPT")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Fatalf("page %s is in no segment under %s", hash, dir)
}

// TestStorePutRecreatesRemovedPagesDirectory: a pages directory removed
// underneath an open store is made again rather than failing the night.
func TestStorePutRecreatesRemovedPagesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pages")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	body := []byte("<html>again</html>")
	h, err := s.Put(body)
	if err != nil {
		t.Fatalf("Put after the pages directory was removed: %v", err)
	}
	if got, err := s.Get(h); err != nil || string(got) != string(body) {
		t.Errorf("Get = %q, %v; want %q", got, err, body)
	}
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(2, len(storeFiles(t, dir))); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
}

// TestStoreMigratesTheFilePerPageLayout: the pages of a store written
// before segments move into segments (verified, a damaged file dropped),
// their files go, and a store opened afterwards serves them from segments
// alone; migrating again does nothing.
func TestStoreMigratesTheFilePerPageLayout(t *testing.T) {
	dir := t.TempDir()
	pages := [][]byte{[]byte("<html>stored last month</html>"), []byte("<html>and the month before</html>")}
	for _, b := range pages {
		writeLegacy(t, dir, b)
	}
	bad := []byte("<html>bit rot</html>")
	if err := os.WriteFile(writeLegacy(t, dir, bad), []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.Migrate(context.Background())
	if err != nil || m != (Migrated{Pages: 2, Dropped: 1}) {
		t.Fatalf("Migrate = %+v, %v; want 2 pages moved, 1 dropped", m, err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	left, _ := filepath.Glob(filepath.Join(dir, "??", "*"))
	if len(left) > 0 {
		t.Errorf("files of the old layout left after migrating: %v", left)
	}
	s, err = OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.legacy {
		t.Error("the migrated store still reads the old layout")
	}
	for _, b := range pages {
		if got, err := s.Get(Hash(b)); err != nil || !bytes.Equal(got, b) {
			t.Errorf("Get(%s) after migrating = %q, %v", Hash(b), got, err)
		}
	}
	if s.Has(Hash(bad)) {
		t.Error("the damaged page is still stored")
	}
	if m, err := s.Migrate(context.Background()); err != nil || m != (Migrated{}) {
		t.Errorf("second Migrate = %+v, %v; want nothing", m, err)
	}
}
