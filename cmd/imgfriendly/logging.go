package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"
)

// newLogger returns the logger for stderr. Text is for people; JSON (for
// cron and log collectors) writes one object per line with the keys time,
// level and msg, then the record's own (a night's records all carry
// run_id); durations are written like "1.5s".
func newLogger(w io.Writer, format string) *slog.Logger {
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{ReplaceAttr: durationText}))
	}
	return slog.New(slog.NewTextHandler(w, nil))
}

// durationText writes durations as Go durations ("1.5s") rather than
// nanosecond counts.
func durationText(_ []string, a slog.Attr) slog.Attr {
	if a.Value.Kind() == slog.KindDuration {
		return slog.String(a.Key, a.Value.Duration().Round(time.Millisecond).String())
	}
	return a
}

// jsonLogs reports whether stderr must carry JSON only: log_format json in
// the loaded configuration, or — when loading it failed — asked for by
// --log-format or IMGF_LOG_FORMAT.
func (a *app) jsonLogs() bool {
	if a.cfg.LogFormat != "" {
		return a.cfg.LogFormat == "json"
	}
	if a.logFormat != "" {
		return a.logFormat == "json"
	}
	return os.Getenv("IMGF_LOG_FORMAT") == "json"
}

// say tells the person at the terminal something on stderr: text as it is
// in text mode; in JSON mode a log record (msg and attributes) instead, so
// that stderr stays one JSON object per line.
func (a *app) say(level slog.Level, text, msg string, args ...any) {
	if a.jsonLogs() {
		a.logger().Log(context.Background(), level, msg, args...)
		return
	}
	fmt.Fprintln(a.stderr, text)
}

// logger is the command's logger, a JSON one when the configuration could
// not be loaded but JSON was asked for.
func (a *app) logger() *slog.Logger {
	if a.cfg.LogFormat == "" && a.jsonLogs() {
		return newLogger(a.stderr, "json")
	}
	return a.log
}

// logFailure reports the error a command ended with, with its exit code.
func (a *app) logFailure(err error, code int) {
	a.say(slog.LevelError, "imgfriendly: "+err.Error(), "command failed", "err", err.Error(), "exit_code", code)
}

// progress is where a night draws its progress display: stderr when it is
// a terminal and the logs are text; never with JSON logs, whose stderr
// holds JSON objects only.
func (a *app) progress() io.Writer {
	if a.jsonLogs() {
		return nil
	}
	return progressWriter(a.stderr)
}
