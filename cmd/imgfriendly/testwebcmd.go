package main

import (
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/testweb"
)

func newTestwebCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "testweb",
		Short: "The synthetic program web that tests, the demo and benchmarks crawl",
		Long: `testweb is the project's synthetic program web: thousands of residency program
sites in realistic styles, with faults, night-by-night evolution and a ground
truth, generated deterministically from a seed and served on loopback.`,
		Example: `  imgfriendly testweb serve --programs 200 --out /tmp/web`,
	}
	var (
		addr, out, latency string
		faultAll           float64
		faults             []string
	)
	wcfg := testweb.DefaultConfig()
	serve := &cobra.Command{
		Use:   "serve",
		Short: "Serve the synthetic program web on a loopback address for manual inspection",
		Long: `serve builds the synthetic program web (deterministic for a seed) and serves
every program's host on one loopback listener, choosing the site by the Host
header. It writes the seed list (seeds.csv) and the ground truth (truth.json)
into --out, so that a night can be run against it:

  imgfriendly run --set seeds=DIR/seeds.csv --set crawl.allow_private_addresses=true \
      --set 'crawl.resolve=*.test=127.0.0.1:8080'

Faults (5xx bursts, 429 with Retry-After, timeouts, resets, redirect loops,
oversized and mis-encoded pages, robots rules, hosts down…) are off unless
asked for. Server-side counters are at http://ANY-HOST.test/__testweb/stats.
Only loopback addresses are accepted for --addr.`,
		Example: `  imgfriendly testweb serve --addr 127.0.0.1:8080 --programs 200 --seed 7 --out /tmp/web
  imgfriendly testweb serve --programs 2000 --faults 0.05 --fault host_down=0.01 --latency 100ms-800ms --out /tmp/web
  curl -H 'Host: im.mercy-springfield.test' http://127.0.0.1:8080/`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return usageError("--addr %q: %v", addr, err)
			}
			if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
				return usageError("--addr %q: the synthetic web is served on loopback only (127.0.0.1, ::1, localhost)", addr)
			}
			if faultAll > 0 {
				wcfg.Faults = testweb.AllFaults(faultAll)
			}
			for _, f := range faults {
				if err := setFault(&wcfg.Faults, f); err != nil {
					return usageError("--fault %q: %v", f, err)
				}
			}
			if latency != "" {
				lat, err := parseLatency(latency)
				if err != nil {
					return usageError("--latency: %v", err)
				}
				wcfg.Latency = lat
			}
			web, err := testweb.New(wcfg)
			if err != nil {
				return usageError("%v", err)
			}
			if out != "" {
				if err := os.MkdirAll(out, 0o755); err != nil {
					return err
				}
				if err := writeSeedsFile(filepath.Join(out, "seeds.csv"), web.Programs()); err != nil {
					return err
				}
				if err := writeTruthFile(filepath.Join(out, "truth.json"), web.WriteTruth); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "wrote %s and %s\n", filepath.Join(out, "seeds.csv"), filepath.Join(out, "truth.json"))
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "serving %d synthetic programs (seed %d, night %d) on http://%s — map *.test to it; Ctrl-C stops\n",
				wcfg.Programs, wcfg.Seed, wcfg.Night, ln.Addr())
			err = testweb.ServeListener(cmd.Context(), ln, web)
			if cmd.Context().Err() != nil {
				return nil
			}
			return err
		},
	}
	f := serve.Flags()
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "loopback address to listen on")
	f.IntVar(&wcfg.Programs, "programs", 200, "number of programs")
	f.Int64Var(&wcfg.Seed, "seed", 1, "seed: the same seed builds the same web, byte for byte")
	f.IntVar(&wcfg.Night, "night", 0, "night K: the web as it has evolved after K nights")
	f.StringVar(&out, "out", "", "write seeds.csv and truth.json into this directory")
	f.BoolVar(&wcfg.StatedIDs, "stated-ids", false, "home pages print their ACGME id and NRMP codes, a tenth disagreeing with the seed list (truth stated_ids)")
	f.StringVar(&latency, "latency", "", "per-response latency range, long-tailed, e.g. 100ms-800ms")
	f.StringVar(&wcfg.Bank, "bank", "", "phrasing bank: empty for the default, or "+strings.Join(testweb.BankNames(), ", "))
	f.Float64Var(&faultAll, "faults", 0, "turn every fault on at this rate (0..1)")
	f.StringArrayVar(&faults, "fault", nil, "set one fault parameter, e.g. host_down=0.01 or slow_delay=2s (repeatable; see testweb/README.md)")
	cmd.AddCommand(serve)
	return cmd
}

// parseLatency reads "MIN-MAX" durations, e.g. "100ms-800ms".
func parseLatency(s string) (testweb.Latency, error) {
	lo, hi, ok := strings.Cut(s, "-")
	if !ok {
		return testweb.Latency{}, fmt.Errorf("%q: want MIN-MAX, e.g. 100ms-800ms", s)
	}
	min, err := time.ParseDuration(strings.TrimSpace(lo))
	if err != nil {
		return testweb.Latency{}, fmt.Errorf("%q: %v", s, err)
	}
	max, err := time.ParseDuration(strings.TrimSpace(hi))
	if err != nil {
		return testweb.Latency{}, fmt.Errorf("%q: %v", s, err)
	}
	if min < 0 || max < min {
		return testweb.Latency{}, fmt.Errorf("%q: want 0 ≤ MIN ≤ MAX", s)
	}
	return testweb.Latency{Min: min, Max: max}, nil
}

// setFault sets one field of Faults named by its mapstructure tag.
func setFault(f *testweb.Faults, kv string) error {
	name, val, ok := strings.Cut(kv, "=")
	if !ok {
		return fmt.Errorf("want name=value")
	}
	rv := reflect.ValueOf(f).Elem()
	var names []string
	for i := 0; i < rv.NumField(); i++ {
		tag := rv.Type().Field(i).Tag.Get("mapstructure")
		names = append(names, tag)
		if tag != strings.TrimSpace(name) {
			continue
		}
		fv := rv.Field(i)
		switch {
		case fv.Type() == reflect.TypeOf(time.Duration(0)):
			d, err := time.ParseDuration(val)
			if err != nil {
				return err
			}
			fv.SetInt(int64(d))
		case fv.Kind() == reflect.Float64:
			x, err := strconv.ParseFloat(val, 64)
			if err != nil {
				return err
			}
			fv.SetFloat(x)
		case fv.Kind() == reflect.Int:
			x, err := strconv.Atoi(val)
			if err != nil {
				return err
			}
			fv.SetInt(int64(x))
		}
		return nil
	}
	return fmt.Errorf("unknown fault %q (known: %s)", name, strings.Join(names, ", "))
}
