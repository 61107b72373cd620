// Command twserve serves a testweb on a loopback address, for manual
// inspection and for measuring the server's memory (peak RSS) at a given
// program count. It writes seeds.csv and truth.json when -out is set.
//
//	go run ./testweb/internal/twserve -programs 13000 -addr 127.0.0.1:8080 -out /tmp/tw
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

func main() {
	programs := flag.Int("programs", 1000, "number of programs")
	seed := flag.Int64("seed", 1, "seed")
	night := flag.Int("night", 0, "night")
	faults := flag.Float64("faults", 0, "rate of every fault")
	addr := flag.String("addr", "127.0.0.1:8080", "listen address (loopback)")
	out := flag.String("out", "", "directory for seeds.csv and truth.json")
	exitAfter := flag.Bool("exit", false, "exit after building (and writing), without serving")
	flag.Parse()
	start := time.Now()
	cfg := testweb.Config{Programs: *programs, Seed: *seed, Night: *night, Faults: testweb.AllFaults(*faults)}
	w, err := testweb.New(cfg)
	if err != nil {
		log.Fatal(err)
	}
	if *out != "" {
		if err := write(w, *out); err != nil {
			log.Fatal(err)
		}
	}
	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "built %d programs in %v; heap in use %.1f MiB\n", *programs, time.Since(start).Round(time.Millisecond), float64(ms.HeapInuse)/(1<<20))
	if *exitAfter {
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Fprintf(os.Stderr, "serving on %s (stats at /__testweb/stats)\n", *addr)
	if err := testweb.Serve(ctx, *addr, w); err != nil {
		log.Fatal(err)
	}
}

func write(w *testweb.Web, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "seeds.csv"))
	if err != nil {
		return err
	}
	if err := imgfriendly.WriteSeeds(f, w.Programs()); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	t, err := os.Create(filepath.Join(dir, "truth.json"))
	if err != nil {
		return err
	}
	if err := w.WriteTruth(t); err != nil {
		t.Close()
		return err
	}
	return t.Close()
}
