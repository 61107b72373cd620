//go:build !unix

package warehouse

import "errors"

// ErrLocked is returned by RunNight when another night holds the data directory.
var ErrLocked = errors.New("another night is running in this data directory")

// LockFile is a no-op where flock is unavailable: run one night at a time.
func LockFile(string) (func(), error) { return func() {}, nil }
