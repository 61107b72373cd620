// Package fanout sweeps a directory of files fanned out by key, the layout
// of the page store (pages/<aa>/<sha256>.gz) and of the extraction cache
// (extracts/<aa>/<key>.json.gz): files named <key><suffix> in
// subdirectories named for the key's first two characters.
//
// It removes files only where a caller's keep function says so; it knows
// nothing of what the keys mean.
package fanout

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// StaleTemp is how old a temporary file (".tmp" in its name) must be before
// Sweep removes it: a younger one may be a write in progress.
const StaleTemp = time.Hour

// Sweep walks dir's subdirectories and removes each file named
// <key><suffix> for which keep(key) is false, and temporary files older
// than StaleTemp; other files are left alone. It returns the files and bytes
// removed — with dryRun, those it would remove, removing nothing. A missing
// dir is empty.
func Sweep(ctx context.Context, dir, suffix string, keep func(key string) bool, dryRun bool) (files int, freed int64, err error) {
	shards, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("sweep %s: %w", dir, err)
	}
	now := time.Now()
	for _, shard := range shards {
		if !shard.IsDir() {
			continue
		}
		if err := ctx.Err(); err != nil {
			return files, freed, err
		}
		sub := filepath.Join(dir, shard.Name())
		entries, err := os.ReadDir(sub)
		if err != nil {
			return files, freed, fmt.Errorf("sweep %s: %w", dir, err)
		}
		for _, e := range entries {
			if !e.Type().IsRegular() {
				continue
			}
			info, err := e.Info()
			if err != nil {
				continue // removed meanwhile
			}
			name := e.Name()
			var remove bool
			switch key, ok := strings.CutSuffix(name, suffix); {
			case strings.Contains(name, ".tmp"):
				remove = now.Sub(info.ModTime()) > StaleTemp
			case ok && strings.HasPrefix(key, shard.Name()):
				remove = !keep(key)
			}
			if !remove {
				continue
			}
			if !dryRun {
				if err := os.Remove(filepath.Join(sub, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
					return files, freed, fmt.Errorf("sweep %s: %w", dir, err)
				}
			}
			files++
			freed += info.Size()
		}
	}
	return files, freed, nil
}
