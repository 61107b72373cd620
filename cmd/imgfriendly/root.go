// Command imgfriendly crawls residency program websites, extracts the facts an
// international medical graduate needs (IMG share, visas, YOG limits, scores,
// US clinical experience) with their evidence, keeps them in a DuckDB
// warehouse with history, exports Parquet, and answers applicants' questions.
//
// This is the only package where the stages meet and the only one that reads
// configuration (viper) or parses the command line (cobra).
package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/imgfriendly/imgfriendly/warehouse"
)

// Exit codes, documented in README.md.
const (
	exitOK          = 0
	exitError       = 1 // a run or command failed
	exitUsage       = 2 // bad flags, bad config, bad input file
	exitGateFailed  = 3 // the night failed its quality gates; nothing was published
	exitInterrupted = 4 // SIGINT/SIGTERM: state flushed, resume with run --resume
	exitEvalBelow   = 5 // eval: a metric is below its threshold
)

// exitErr carries an exit code with an error.
type exitErr struct {
	code int
	err  error
}

func (e *exitErr) Error() string { return e.err.Error() }
func (e *exitErr) Unwrap() error { return e.err }

// withCode attaches an exit code to err (nil stays nil).
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &exitErr{code: code, err: err}
}

// usageError is an error in what the user gave us: exit code 2.
func usageError(format string, args ...any) error {
	return &exitErr{code: exitUsage, err: fmt.Errorf(format, args...)}
}

// app is the state shared by every command: the loaded configuration, the
// logger and the output streams.
type app struct {
	cfgFile   string
	dirFlag   string
	logFormat string
	sets      []string

	cfg     Config
	cfgPath string           // the config file read, "" when none
	flagged []configOverride // keys set on the command line, for `config`
	stdout  io.Writer
	stderr  io.Writer
	log     *slog.Logger
}

// dataDir is where the pipeline keeps its pages, warehouse and exports.
func (a *app) dataDir() string { return a.cfg.DataDir }

// warehousePath is the published warehouse file.
func (a *app) warehousePath() string { return filepath.Join(a.dataDir(), "warehouse.duckdb") }

// openPublished opens the published warehouse read-only for a query command.
func (a *app) openPublished(ctx context.Context) (*sql.DB, func(), error) {
	return openPublishedAt(ctx, a.cfg)
}

// openPublishedAt opens cfg's published warehouse read-only.
func openPublishedAt(ctx context.Context, cfg Config) (*sql.DB, func(), error) {
	path := filepath.Join(cfg.DataDir, "warehouse.duckdb")
	if !fileExists(path) {
		return nil, nil, usageError("no published warehouse at %s: run `imgfriendly run` (or `imgfriendly demo --dir %s`) first, or pass --dir", path, cfg.DataDir)
	}
	w, err := warehouse.Open(ctx, path, true)
	if err != nil {
		return nil, nil, fmt.Errorf("open warehouse: %w", err)
	}
	return w.DB(), func() { w.Close() }, nil
}

// load reads the configuration for every command. An explicit --config
// must exist; without it, ./config.yaml is used when present.
func (a *app) load() error {
	path := a.cfgFile
	if path == "" && fileExists("config.yaml") {
		path = "config.yaml"
	}
	if a.cfgFile != "" && !fileExists(a.cfgFile) {
		return usageError("config file %s does not exist", a.cfgFile)
	}
	sets := append([]string(nil), a.sets...)
	a.flagged = nil
	for _, s := range a.sets {
		key, _, _ := strings.Cut(s, "=")
		a.flagged = append(a.flagged, configOverride{Key: strings.TrimSpace(key), Flag: "--set"})
	}
	if a.dirFlag != "" {
		sets = append(sets, "data_dir="+a.dirFlag)
		a.flagged = append(a.flagged, configOverride{Key: "data_dir", Flag: "--dir"})
	}
	if a.logFormat != "" {
		sets = append(sets, "log_format="+a.logFormat)
		a.flagged = append(a.flagged, configOverride{Key: "log_format", Flag: "--log-format"})
	}
	cfg, err := loadConfig(path, sets)
	if err != nil {
		return withCode(exitUsage, err)
	}
	a.cfg, a.cfgPath = cfg, path
	a.log = newLogger(a.stderr, cfg.LogFormat)
	return nil
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "imgfriendly",
		Short: "Find residency programs that will consider an international medical graduate",
		Long: `imgfriendly crawls residency program websites every night, extracts each program's
IMG share, visa sponsorship, year-of-graduation limits, USMLE/COMLEX minimums and
attempt limits, and US clinical experience requirements — each with its evidence
(URL, sentence, fetch time) — keeps them in a DuckDB warehouse with history,
exports Parquet, and answers applicants: a tiered program list, a SOAP list
filter, and an outreach tracker.`,
		Example: `  imgfriendly demo                       # a whole night on the built-in synthetic web
  imgfriendly run --config config.yaml    # the nightly job over your seed list
  imgfriendly programs --profile me.yaml  # your tiered program list`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			return a.load()
		},
	}
	pf := root.PersistentFlags()
	pf.StringVar(&a.cfgFile, "config", "", "config file (default ./config.yaml when present, else built-in defaults)")
	pf.StringVar(&a.dirFlag, "dir", "", "data directory: pages, warehouse, Parquet (overrides data_dir)")
	pf.StringVar(&a.logFormat, "log-format", "", "log format: text or json (overrides log_format)")
	pf.StringArrayVar(&a.sets, "set", nil, "override any config key, e.g. --set crawl.parallelism_per_host=1 (repeatable)")
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.AddCommand(
		newDemoCmd(a),
		newRunCmd(a),
		newInspectCmd(a),
		newSQLCmd(a),
		newTestwebCmd(a),
		newEvalCmd(a),
		newSchoolsCmd(a),
		newChangesCmd(a),
		newConfigCmd(a),
		newProgramsCmd(a),
		newSoapCmd(a),
		newTrackerCmd(a),
		newSeedsCmd(a),
		newImportCmd(a),
		newServeCmd(a),
		newGCCmd(a),
	)
	return root
}

// run executes the command line and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdout: stdout, stderr: stderr, log: newLogger(stderr, "text")}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	code := exitCode(err)
	a.logFailure(err, code)
	return code
}

// exitCode is the process exit code for a command's error.
func exitCode(err error) int {
	var ee *exitErr
	if errors.As(err, &ee) {
		return ee.code
	}
	if errors.Is(err, context.Canceled) {
		return exitInterrupted
	}
	// cobra's own flag and argument errors are usage errors.
	if isCobraUsage(err) {
		return exitUsage
	}
	return exitError
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// isCobraUsage recognises cobra's own argument and command errors, which
// are usage errors (exit 2) like ours.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument", "flag needs an argument", "required flag"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
