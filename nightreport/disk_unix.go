//go:build unix

package nightreport

import "syscall"

// fsSpace returns the free (for unprivileged users) and total bytes of the
// file system holding dir; zeros when unknown.
func fsSpace(dir string) (free, size uint64) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, 0
	}
	return st.Bavail * uint64(st.Bsize), st.Blocks * uint64(st.Bsize)
}
