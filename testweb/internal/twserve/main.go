// Command twserve serves a testweb on a loopback address, for manual
// inspection and for measuring the server's memory (peak RSS) at a given
// program count. It writes seeds.csv and truth.json when -out is set; with
// -load N it crawls every page of N programs through its own listener and
// exits, printing the request rate.
//
//	go run ./testweb/internal/twserve -programs 13000 -addr 127.0.0.1:8080 -out /tmp/tw
//	/usr/bin/time -v go run ./testweb/internal/twserve -programs 50000 -addr 127.0.0.1:0 -load 2000
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
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
	load := flag.Int("load", 0, "crawl every page of this many programs (spread over the web), then exit")
	workers := flag.Int("workers", 16, "concurrent requests for -load")
	extended := flag.Bool("extended", false, "use the extended phrasing bank")
	bank := flag.String("bank", "", "phrasing bank: empty for the default, or one of testweb.BankNames() (unseen)")
	flag.Parse()
	start := time.Now()
	cfg := testweb.Config{Programs: *programs, Seed: *seed, Night: *night, Faults: testweb.AllFaults(*faults), ExtendedPhrasings: *extended, Bank: *bank}
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
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	if *load > 0 {
		go func() {
			crawl(w, ln.Addr().String(), *load, *workers)
			stop()
		}()
	}
	fmt.Fprintf(os.Stderr, "serving on %s (stats at /__testweb/stats)\n", ln.Addr())
	if err := testweb.ServeListener(ctx, ln, w); err != nil {
		log.Fatal(err)
	}
}

// crawl fetches every page of n programs spread over the web.
func crawl(w *testweb.Web, addr string, n, workers int) {
	c := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{DialContext: testweb.DialTo(addr), MaxIdleConns: workers, MaxIdleConnsPerHost: 2}}
	total := w.Config().Programs
	urls := make(chan string, 1024)
	var pages, bytes atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range urls {
				res, err := c.Get(u)
				if err != nil {
					continue
				}
				b, _ := io.Copy(io.Discard, res.Body)
				res.Body.Close()
				pages.Add(1)
				bytes.Add(b)
			}
		}()
	}
	for k := 0; k < n; k++ {
		pt := w.ProgramTruth(k * total / n)
		urls <- pt.URL + "robots.txt"
		for _, pg := range pt.Pages {
			urls <- pg.URL
		}
	}
	close(urls)
	wg.Wait()
	d := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintf(os.Stderr, "load: %d requests, %.1f MB in %v: %.0f requests/s; heap in use %.1f MiB, sys %.1f MiB\n",
		pages.Load(), float64(bytes.Load())/1e6, d.Round(time.Millisecond), float64(pages.Load())/d.Seconds(), float64(ms.HeapInuse)/(1<<20), float64(ms.Sys)/(1<<20))
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
