//go:build !unix

package seedlist

import "time"

// processCPU cannot measure CPU time here: it returns 0.
func processCPU() time.Duration { return 0 }
