package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/imgfriendly/imgfriendly/crawl"
)

// TestGCCountsPagesNotFiles: the page store keeps many pages in one
// segment file, so gc's count of removed pages says pages — five pages
// nothing refers to are "5 pages", though they are two files on disk.
func TestGCCountsPagesNotFiles(t *testing.T) {
	dir := t.TempDir()
	store, err := crawl.OpenStore(filepath.Join(dir, "pages"))
	if err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := store.Put(fmt.Appendf(nil, "<html><body>page %d</body></html>", i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.Close(); err != nil {
		t.Fatal(err)
	}
	for _, dry := range []bool{true, false} {
		args := []string{"--dir", dir, "gc"}
		if dry {
			args = append(args, "--dry-run")
		}
		code, out, stderr := cli(t, args...)
		if code != exitOK {
			t.Fatalf("gc %v: exit %d\n%s", args, code, stderr)
		}
		for _, want := range []string{
			`(?m)^ +count +bytes *$`,
			`(?m)^ *journals, manifests, reports +0 files +0\.0 MiB *$`,
			`(?m)^ *stored pages +5 pages +0\.0 MiB *$`,
			`(?m)^ *cached extracts +0 entries +0\.0 MiB *$`,
		} {
			if !regexp.MustCompile(want).MatchString(out) {
				t.Errorf("gc %v output lacks %s:\n%s", args, want, out)
			}
		}
	}
}
