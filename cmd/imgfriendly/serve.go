package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/warehouse"
	"github.com/imgfriendly/imgfriendly/web"
)

func newServeCmd(a *app) *cobra.Command {
	var addr, profile string
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080] [--profile me.yaml]",
		Short: "Serve the published warehouse as a web page for applicants and advisors",
		Long: `serve starts a local web server over the published warehouse: the program list
with filters and, for your profile, each program's tier with its reasons and the
sentence on the program's page behind each; one page per program with every
fact, its evidence and its history; the SOAP list filter; the outreach tracker
as a download; statistics for advisors. Then open the address it prints.

It binds the loopback address (127.0.0.1) by default, so only this computer can
reach it. Another --addr (such as 0.0.0.0:8080) lets other computers in: the
server has no login and no TLS, so it prints a warning. It reads the warehouse
read-only, keeps serving while a night runs, and shows the new night as soon as
one is published. Your profile is kept in your browser (a cookie); a SOAP list
you paste is used for one answer and never stored or logged.`,
		Example: `  imgfriendly demo && imgfriendly serve --dir imgfriendly-demo
  imgfriendly serve --profile me.yaml`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var def *queries.Profile
			if profile != "" {
				p, err := queries.LoadProfile(profile)
				if err != nil {
					return usageError("bad profile:\n%v", indent(err))
				}
				def = &p
			}
			loopback := web.IsLoopback(addr)
			pub := warehouse.NewPublished(a.dataDir(), warehouse.Config{
				MemoryLimit: a.cfg.Warehouse.MemoryLimit, Threads: a.cfg.Warehouse.Threads})
			defer pub.Close()
			srv, err := web.New(web.Config{Queries: a.cfg.Queries, Profile: def, DataDir: a.dataDir(),
				Log: a.log, Loopback: loopback, Limits: a.cfg.Serve}, publishedSource{pub})
			if err != nil {
				return err
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return usageError("--addr: %v", err)
			}
			url := "http://" + ln.Addr().String()
			if loopback {
				a.say(slog.LevelInfo, fmt.Sprintf("serving %s on %s — open it in your browser (loopback only: other computers cannot connect; Ctrl-C stops)", a.dataDir(), url),
					"serving", "dir", a.dataDir(), "url", url, "loopback", true)
			} else {
				a.say(slog.LevelWarn, fmt.Sprintf("WARNING: %s is not a loopback address: anyone who can reach this computer can use the server.\n"+
					"It has no login and no TLS: profiles and pasted SOAP lists cross the network unencrypted.\n"+
					"Use the default --addr 127.0.0.1:8080 unless you mean to share it on a network you trust.", addr),
					"not a loopback address: anyone who can reach this computer can use the server; it has no login and no TLS", "addr", addr)
				a.say(slog.LevelInfo, fmt.Sprintf("serving %s on %s (Ctrl-C stops)", a.dataDir(), url), "serving", "dir", a.dataDir(), "url", url, "loopback", false)
			}
			if err := srv.Serve(cmd.Context(), ln); err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	cmd.Flags().StringVar(&profile, "profile", "", "a profile (YAML) the pages start from until the browser saves its own")
	return cmd
}

// publishedSource hands the web server the published night.
type publishedSource struct{ p *warehouse.Published }

func (s publishedSource) Acquire(ctx context.Context) (web.Night, error) {
	snap, err := s.p.Acquire(ctx)
	if errors.Is(err, warehouse.ErrNotPublished) {
		return web.Night{}, fmt.Errorf("%w: %w", web.ErrNoWarehouse, err)
	}
	if err != nil {
		return web.Night{}, err
	}
	return web.Night{DB: snap.DB, RunID: snap.RunID, Date: snap.Night, Release: snap.Release}, nil
}
