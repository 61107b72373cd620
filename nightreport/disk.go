package nightreport

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// Disk is the data directory's disk use: each top-level entry (pages/,
// extracts/, runs/, staging/, parquet/, warehouse.duckdb…) with its size and
// file count, and the file system's free and total space.
type Disk struct {
	Entries    []DiskEntry
	Total      int64
	Free, Size uint64 // of the file system; 0 when unknown
}

// DiskEntry is one top-level entry of the data directory.
type DiskEntry struct {
	Name  string
	Bytes int64
	Files int
}

// diskUse measures the data directory, not following symlinks (so
// parquet/latest is not counted twice).
func diskUse(dir string) (Disk, error) {
	var d Disk
	entries, err := os.ReadDir(dir)
	if err != nil {
		return d, err
	}
	for _, e := range entries {
		de := DiskEntry{Name: e.Name()}
		if e.IsDir() {
			de.Name += "/"
		}
		err := filepath.WalkDir(filepath.Join(dir, e.Name()), func(p string, entry fs.DirEntry, err error) error {
			if err != nil {
				return nil // a file removed while we walk
			}
			if entry.Type().IsRegular() {
				if info, err := entry.Info(); err == nil {
					de.Bytes += info.Size()
					de.Files++
				}
			}
			return nil
		})
		if err != nil {
			return d, err
		}
		d.Entries = append(d.Entries, de)
		d.Total += de.Bytes
	}
	sort.SliceStable(d.Entries, func(i, j int) bool { return d.Entries[i].Bytes > d.Entries[j].Bytes })
	d.Free, d.Size = fsSpace(dir)
	return d, nil
}
