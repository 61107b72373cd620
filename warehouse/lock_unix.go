//go:build unix

package warehouse

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// ErrLocked is returned by RunNight when another night holds the data directory.
var ErrLocked = errors.New("another night is running in this data directory")

// LockFile takes an exclusive, non-blocking flock on path, failing with
// ErrLocked when another holder has it. The kernel drops it when the process
// dies, so a killed night never leaves a stale lock.
func LockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, fmt.Errorf("lock %s: %w", path, ErrLocked)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
