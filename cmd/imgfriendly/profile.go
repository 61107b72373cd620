package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/internal/profiling"
)

// pprofFlags are the profiling flags of run and demo.
type pprofFlags struct {
	cpu, mem, trace string
}

func (p *pprofFlags) register(cmd *cobra.Command) {
	fs := cmd.Flags()
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile of the command to `FILE` (go tool pprof FILE)")
	fs.StringVar(&p.mem, "memprofile", "", "write the heap profile taken at the command's highest live heap to `FILE`")
	fs.StringVar(&p.trace, "memtrace", "", "write resident memory every 250ms with the stage running to `FILE` (TSV)")
}

// start begins profiling as the flags and IMGF_PPROF (a loopback address
// to serve net/http/pprof on while the command runs) ask.
func (p *pprofFlags) start() (*profiling.Session, error) {
	s, err := profiling.Start(profiling.Options{
		CPUProfile: p.cpu, MemProfile: p.mem, MemTrace: p.trace, PprofAddr: os.Getenv("IMGF_PPROF"),
	})
	if err != nil {
		return nil, usageError("%v", err)
	}
	return s, nil
}
