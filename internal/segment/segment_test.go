package segment

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

func value(i int) []byte {
	return []byte(strings.Repeat(fmt.Sprintf("<p>value %d</p>", i), 20+i%7))
}

func put(t *testing.T, s *Store, vs ...[]byte) []Key {
	t.Helper()
	var ks []Key
	for _, v := range vs {
		k := Key(sha256.Sum256(v))
		if err := s.Put(k, v); err != nil {
			t.Fatal(err)
		}
		ks = append(ks, k)
	}
	return ks
}

func mustOpen(t *testing.T, dir string) *Store {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func files(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

// TestRoundTrip: values put from many goroutines come back from the same
// store (still buffered) and from a reopened one, in one segment and its
// index (no file per value); an incompressible value is kept raw.
func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	var vs [][]byte
	for i := range 50 {
		vs = append(vs, value(i))
	}
	random := make([]byte, 4096)
	for i := range random {
		random[i] = byte(i*7919 + i*i*31)
	}
	vs = append(vs, random, []byte{})
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { put(t, s, vs...) })
	}
	wg.Wait()
	check := func(s *Store) {
		t.Helper()
		for _, v := range vs {
			got, err := s.Get(Key(sha256.Sum256(v)))
			if err != nil || string(got) != string(v) {
				t.Fatalf("Get = %.40q, %v; want %.40q", got, err, v)
			}
		}
	}
	check(s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if got := files(t, dir); len(got) != 2 || !strings.HasSuffix(got[0], idxExt) || !strings.HasSuffix(got[1], segExt) {
		t.Errorf("files = %v, want one segment and its index", got)
	}
	r := mustOpen(t, dir)
	if r.Len() != len(vs) {
		t.Errorf("reopened store has %d keys, want %d", r.Len(), len(vs))
	}
	check(r)
	if _, err := r.Get(Key{1}); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a key never put: %v, want ErrNotFound", err)
	}
}

// TestSyncIsTheDurabilityPoint: what was put before Sync is there for a
// process that opens the store after a kill (simulated: the writer is
// never closed); what was put after the last Sync may be lost, and is
// never half there.
func TestSyncIsTheDurabilityPoint(t *testing.T) {
	dir := t.TempDir()
	s := mustOpen(t, dir)
	synced := put(t, s, value(1), value(2))
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	unsynced := put(t, s, value(3))
	r := mustOpen(t, dir)
	for _, k := range synced {
		if _, err := r.Get(k); err != nil {
			t.Errorf("synced value after a kill: %v", err)
		}
	}
	if r.Has(unsynced[0]) {
		t.Errorf("a value still in the writer's buffer is visible to another process")
	}
	// Another process sees later values once they are synced and it
	// refreshes.
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Get(unsynced[0]); !errors.Is(err, ErrNotFound) {
		t.Errorf("value synced after the reader opened, before Refresh: %v", err)
	}
	if err := r.Refresh(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Get(unsynced[0]); err != nil {
		t.Errorf("value synced after the reader opened, after Refresh: %v", err)
	}
}

// corrupt overwrites n bytes of the only segment in dir at offset off from
// the start of the record of k.
func corruptAt(t *testing.T, s *Store, k Key, off int64, with []byte) {
	t.Helper()
	s.mu.RLock()
	l := s.index[k]
	path := filepath.Join(s.dir, s.segs[l.seg].stem+segExt)
	s.mu.RUnlock()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt(with, l.off+off); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// TestCorruptRecordIsDropped: a record whose bytes changed on disk (in the
// value, in the header, or cut off by a truncated file) is reported as
// ErrCorrupt, dropped (Has is false, also after a reopen), and can be put
// again; the other records are unharmed.
func TestCorruptRecordIsDropped(t *testing.T) {
	for _, tc := range []struct {
		name string
		give func(t *testing.T, s *Store, k Key)
	}{
		{"value bytes", func(t *testing.T, s *Store, k Key) { corruptAt(t, s, k, headerSize+5, []byte("XXXX")) }},
		{"stored sum", func(t *testing.T, s *Store, k Key) { corruptAt(t, s, k, 41, []byte{0, 0, 0}) }},
		{"header", func(t *testing.T, s *Store, k Key) { corruptAt(t, s, k, 0, []byte("JUNK")) }},
		{"truncated", func(t *testing.T, s *Store, k Key) {
			s.mu.RLock()
			l := s.index[k]
			path := filepath.Join(s.dir, s.segs[l.seg].stem+segExt)
			s.mu.RUnlock()
			if err := os.Truncate(path, l.off+headerSize+3); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			w := mustOpen(t, dir)
			ks := put(t, w, value(1), value(2), value(3))
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			s := mustOpen(t, dir)
			bad := ks[2] // the last record, so that truncation spares the others
			tc.give(t, s, bad)
			if _, err := s.Get(bad); !errors.Is(err, ErrCorrupt) {
				t.Fatalf("Get of a corrupt record: %v, want ErrCorrupt", err)
			}
			if s.Has(bad) {
				t.Error("Has reports a dropped record")
			}
			for _, k := range ks[:2] {
				if _, err := s.Get(k); err != nil {
					t.Errorf("an intact record: %v", err)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			r := mustOpen(t, dir)
			if r.Has(bad) {
				t.Error("the drop did not outlive a reopen")
			}
			put(t, r, value(3))
			if got, err := r.Get(bad); err != nil || string(got) != string(value(3)) {
				t.Errorf("Get after putting it again: %.30q, %v", got, err)
			}
			r.Close()
			r2 := mustOpen(t, dir)
			if _, err := r2.Get(bad); err != nil {
				t.Errorf("after a reopen, the value put again: %v", err)
			}
		})
	}
}

// TestRetain: a segment with nothing kept is removed; one mostly not kept
// is compacted and what is kept still reads (also after a reopen); one
// mostly kept is left; a dry run counts what the real run removes.
func TestRetain(t *testing.T) {
	dir := t.TempDir()
	var segKeys [][]Key
	for n := range 3 {
		s := mustOpen(t, dir)
		var vs [][]byte
		for i := range 8 {
			vs = append(vs, value(100*n+i))
		}
		segKeys = append(segKeys, put(t, s, vs...))
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	keep := map[Key]bool{}
	for _, k := range segKeys[1][:2] { // segment 1: 2 of 8 kept → compacted
		keep[k] = true
	}
	for _, k := range segKeys[2][:7] { // segment 2: 7 of 8 kept → left
		keep[k] = true
	}
	// segment 0: nothing kept → removed
	s := mustOpen(t, dir)
	dryRecords, dryFreed, err := s.Retain(context.Background(), func(k Key) bool { return keep[k] }, true)
	if err != nil {
		t.Fatal(err)
	}
	before := files(t, dir)
	if dryRecords != 14 || dryFreed <= 0 {
		t.Errorf("dry run: %d records, %d bytes; want 14 records (8 + 6)", dryRecords, dryFreed)
	}
	records, freed, err := s.Retain(context.Background(), func(k Key) bool { return keep[k] }, false)
	if err != nil {
		t.Fatal(err)
	}
	if records != dryRecords || freed != dryFreed {
		t.Errorf("removed %d records, %d bytes; the dry run said %d, %d", records, freed, dryRecords, dryFreed)
	}
	after := files(t, dir)
	if len(before) != 6 || len(after) != 4 || slices.Contains(after, before[0]) || slices.Contains(after, before[1]) {
		t.Errorf("files before %v, after %v: want segment 0 gone, 1 replaced, 2 left", before, after)
	}
	for _, st := range []*Store{s, mustOpen(t, dir)} {
		for k := range keep {
			if _, err := st.Get(k); err != nil {
				t.Errorf("kept value: %v", err)
			}
		}
		if st.Has(segKeys[0][0]) || st.Has(segKeys[1][5]) {
			t.Error("a removed value is still there")
		}
	}
	if got := files(t, dir); !slices.Equal(got, after) {
		t.Errorf("reading changed the files: %v", got)
	}
}

// TestAllYieldsEveryValue: All sees every record put, synced or not, each
// verified, and a corrupt one not at all.
func TestAllYieldsEveryValue(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := map[Key]string{}
	for i := range 5 {
		v := fmt.Sprintf("value %d %s", i, strings.Repeat("x", i*100))
		k := Key(sha256.Sum256([]byte(v)))
		want[k] = v
		if err := s.Put(k, []byte(v)); err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			if err := s.Sync(); err != nil {
				t.Fatal(err)
			}
		}
	}
	got := map[Key]string{}
	for k, v := range s.All() {
		got[k] = string(v)
	}
	if len(got) != len(want) {
		t.Fatalf("All yielded %d values, want %d", len(got), len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("All: %x = %q, want %q", k[:4], got[k], v)
		}
	}
}
