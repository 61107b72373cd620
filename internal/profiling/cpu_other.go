//go:build !unix

package profiling

import "time"

// ProcessCPU cannot measure CPU time here: it returns 0.
func ProcessCPU() time.Duration { return 0 }
