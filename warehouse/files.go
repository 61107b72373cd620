package warehouse

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Paths inside the data directory (see ARCHITECTURE.md).
const (
	// WarehouseFile is the published warehouse, only ever replaced by rename.
	WarehouseFile = "warehouse.duckdb"
	// StagingDir holds staging/<run_id>.duckdb: a night being built, or one that failed its gates.
	StagingDir = "staging"
	// RunsDir holds runs/<run_id>.json, the run manifests.
	RunsDir = "runs"
	// ParquetDir holds latest/ (a symlink swapped atomically) and history/.
	ParquetDir = "parquet"
	lockFile   = "warehouse.lock"
)

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// copyFile copies src to dst (created or truncated) and syncs dst.
func copyFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := out.Close(); err == nil {
			err = cerr
		}
	}()
	if _, err := io.Copy(out, in); err != nil {
		return fmt.Errorf("copy %s: %w", src, err)
	}
	return out.Sync()
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

// syncDir makes renames inside dir durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, fs.ErrInvalid) {
		return err
	}
	return nil
}

// writeFileAtomic writes data to a temporary file next to path and renames
// it over path, so a reader sees the old or the new content, never a part.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}
