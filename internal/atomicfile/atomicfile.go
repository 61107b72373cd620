// Package atomicfile writes a file so that a reader (or a process started
// after a crash) finds the old content or the new, never a part: the data
// goes to a temporary file beside the target, which is then renamed over it.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write writes data to path atomically. It does not fsync: after a power
// loss the file may be missing or old, never partial. Callers that need
// durability (a journal sync point) sync the directory themselves.
func Write(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
