//go:build !unix

package nightreport

// fsSpace is unknown off Unix.
func fsSpace(string) (free, size uint64) { return 0, 0 }
