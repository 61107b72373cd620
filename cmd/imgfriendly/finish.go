package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"time"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/nightreport"
	"github.com/imgfriendly/imgfriendly/notify"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// finishTimeout bounds the report, the metrics and the notifications after
// a night, which run even when the night was interrupted.
const finishTimeout = 5 * time.Minute

// finishNight tells the world how a night ended, whatever its outcome: the
// night report (runs/<run_id>.html, report.html), the metrics textfile and
// the notifications (notify.webhook, notify.command). A failure of one is
// logged and does not change the night's exit code. It returns the
// report's path ("" when none was written).
func (a *app) finishNight(ctx context.Context, cfg Config, runID string, nightErr error) string {
	if runID == "" {
		return ""
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), finishTimeout)
	defer cancel()
	dir := cfg.DataDir
	exit := exitOK
	if nightErr != nil {
		exit = exitCode(nightErr)
	}
	m, err := warehouse.ReadManifest(dir, runID)
	if err != nil {
		// The night ended before it wrote a manifest (another night held the
		// lock, the data directory is not writable): still say so.
		a.log.Error("no run manifest: no night report", "err", err)
		m = warehouse.Manifest{RunID: runID, Status: imgfriendly.RunError, StartedAt: time.Now().UTC()}
		if nightErr != nil {
			m.Error = nightErr.Error()
		}
		a.notify(ctx, cfg, m, exit, "")
		return ""
	}
	report := warehouse.ReportPath(dir, runID)
	if _, err := nightreport.Write(ctx, dir, runID, nightreport.Options{TrendNights: cfg.Report.TrendNights, HomeFailNights: cfg.SeedFailingNights},
		nightreport.Files{Link: true, Metrics: cfg.Report.MetricsPath(dir)}); err != nil {
		a.log.Error("night report", "err", err)
		report = ""
	} else {
		a.log.Info("night report written", "report", report, "metrics", cfg.Report.MetricsPath(dir))
	}
	a.notify(ctx, cfg, m, exit, report)
	return report
}

// notify sends the night's summary to the configured webhook and command.
func (a *app) notify(ctx context.Context, cfg Config, m warehouse.Manifest, exit int, report string) {
	if !cfg.Notify.Wants(m.Status) {
		return
	}
	body, err := json.Marshal(nightreport.Summarize(cfg.DataDir, m, exit, report))
	if err != nil {
		a.log.Error("notify", "err", err)
		return
	}
	err = notify.Send(ctx, cfg.Notify, notify.Event{
		Summary: body, RunID: m.RunID, Night: m.Night, Status: m.Status, ExitCode: exit,
		Report: report, Manifest: warehouse.ManifestPath(cfg.DataDir, m.RunID),
	})
	if err != nil {
		a.log.Error("notify failed", "err", err)
		return
	}
	a.log.Log(ctx, slog.LevelInfo, "notified", "status", m.Status, "webhook", cfg.Notify.Webhook != "", "command", cfg.Notify.Command != "")
}
