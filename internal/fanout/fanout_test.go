package fanout

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestSweep(t *testing.T) {
	dir := t.TempDir()
	write := func(rel string, age time.Duration) {
		t.Helper()
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("12345"), 0o644); err != nil {
			t.Fatal(err)
		}
		at := time.Now().Add(-age)
		os.Chtimes(p, at, at)
	}
	write("ab/abkeep.gz", 0)
	write("ab/abdrop.gz", 0)
	write("cd/cddrop.gz", 0)
	write("cd/cdkeep.gz.123.tmp", 2*StaleTemp) // a killed write
	write("cd/cdnew.gz.456.tmp", 0)            // a write in progress
	write("cd/README", 0)                      // not ours
	write("ef/abmisplaced.gz", 0)              // not under its shard: left alone
	write("top.gz", 0)                         // not in a shard
	keep := func(k string) bool { return k == "abkeep" }

	files, freed, err := Sweep(context.Background(), dir, ".gz", keep, true)
	if err != nil || files != 3 || freed != 15 {
		t.Fatalf("dry run: %d files, %d bytes, %v; want 3 files, 15 bytes", files, freed, err)
	}
	if _, err := os.Stat(filepath.Join(dir, "ab/abdrop.gz")); err != nil {
		t.Fatal("dry run removed a file")
	}
	files, freed, err = Sweep(context.Background(), dir, ".gz", keep, false)
	if err != nil || files != 3 || freed != 15 {
		t.Fatalf("sweep: %d files, %d bytes, %v; want 3 files, 15 bytes", files, freed, err)
	}
	var left []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			left = append(left, rel)
		}
		return nil
	})
	slices.Sort(left)
	want := []string{"ab/abkeep.gz", "cd/README", "cd/cdnew.gz.456.tmp", "ef/abmisplaced.gz", "top.gz"}
	if !slices.Equal(left, want) {
		t.Errorf("left %v, want %v", left, want)
	}
	if files, _, err := Sweep(context.Background(), filepath.Join(dir, "missing"), ".gz", keep, false); err != nil || files != 0 {
		t.Errorf("missing dir: %d, %v", files, err)
	}
}
