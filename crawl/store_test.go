package crawl

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStoreLayout checks that Put leaves exactly <aa>/<sha256>.gz holding
// the gzip of the body and nothing else (no temporary file), also when the
// same bodies are put from many goroutines at once and when the store is
// reopened over existing fan-out directories.
func TestStoreLayout(t *testing.T) {
	bodies := [][]byte{[]byte("<html>one</html>"), []byte("<html>two</html>"), {}}
	dir := t.TempDir()
	for _, round := range []string{"new store", "reopened store"} {
		t.Run(round, func(t *testing.T) {
			s, err := OpenStore(dir)
			if err != nil {
				t.Fatal(err)
			}
			if round == "reopened store" {
				bodies = append(bodies, []byte("<html>three</html>"))
			}
			var wg sync.WaitGroup
			for range 8 {
				for _, b := range bodies {
					wg.Go(func() {
						if _, err := s.Put(b); err != nil {
							t.Error(err)
						}
					})
				}
			}
			wg.Wait()
			var want, got []string
			for _, b := range bodies {
				h := Hash(b)
				want = append(want, filepath.Join(h[:2], h+".gz"))
				f, err := os.Open(filepath.Join(dir, h[:2], h+".gz"))
				if err != nil {
					t.Fatal(err)
				}
				zr, err := gzip.NewReader(f)
				if err != nil {
					t.Fatalf("%s is not gzip: %v", h, err)
				}
				raw, err := io.ReadAll(zr)
				f.Close()
				if err != nil || string(raw) != string(b) {
					t.Errorf("%s holds %q, %v; want %q", h, raw, err, b)
				}
			}
			filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					rel, _ := filepath.Rel(dir, p)
					got = append(got, rel)
				}
				return err
			})
			sort.Strings(want)
			sort.Strings(got)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("files in the store (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStorePutRecreatesRemovedPagesDirectory: a pages directory removed
// underneath an open store is made again rather than failing the night.
func TestStorePutRecreatesRemovedPagesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "pages")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
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
}
