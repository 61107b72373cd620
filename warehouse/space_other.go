//go:build !unix

package warehouse

import "errors"

// freeBytes is unknown where statfs is unavailable.
func freeBytes(string) (int64, error) { return 0, errors.New("free space unknown") }
