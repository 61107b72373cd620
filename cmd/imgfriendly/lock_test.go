package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// TestSeedCommandsTakeTheNightLock: seeds check and seeds discover write
// the data directory's page store, so they refuse to start while a night
// (or gc) holds the night lock, and run once it is released.
func TestSeedCommandsTakeTheNightLock(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><title>Internal Medicine Residency Program</title></head><body>
<h1>Internal Medicine Residency Program</h1><p>Our residency program welcomes applicants.</p>
<a href="/im/">Internal Medicine Residency</a></body></html>`)
	}))
	defer srv.Close()
	work := t.TempDir()
	seeds := filepath.Join(work, "seeds.csv")
	var list bytes.Buffer
	if err := imgfriendly.WriteSeeds(&list, []imgfriendly.Program{{ID: "1400100001", Name: "Internal Medicine", Specialty: "Internal Medicine", City: "Springfield", State: "IL", URL: srv.URL + "/im/"}}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(seeds, list.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	insts := filepath.Join(work, "institutions.csv")
	if err := os.WriteFile(insts, []byte("institution,url\nGeneral Hospital,"+srv.URL+"/gme/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(work, "data")
	common := []string{"--dir", dir, "--set", "crawl.allow_private_addresses=true", "--set", "crawl.delay=0s", "--set", "crawl.jitter=0s"}
	commands := map[string][]string{
		"check":    append([]string{"seeds", "check", "--seeds", seeds}, common...),
		"discover": append([]string{"seeds", "discover", "--institutions", insts}, common...),
	}
	unlock, err := warehouse.LockNight(dir)
	if err != nil {
		t.Fatal(err)
	}
	for name, args := range commands {
		code, out, stderr := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, "a night or gc is running on "+dir) {
			t.Errorf("seeds %s while the night lock is held: exit %d, want a refusal naming the lock\nstdout:\n%s\nstderr:\n%s", name, code, out, stderr)
		}
	}
	unlock()
	for name, args := range commands {
		if code, out, stderr := cli(t, args...); code != 0 {
			t.Errorf("seeds %s without a night: exit %d\nstdout:\n%s\nstderr:\n%s", name, code, out, stderr)
		}
	}
}
