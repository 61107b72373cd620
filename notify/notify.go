// Package notify tells someone how a night ended: it POSTs a JSON summary
// to a webhook and runs a command with the same summary on its standard
// input. Both are operator configuration (config.yaml's notify section),
// like the cron line they replace; nothing a user types reaches them.
//
// It knows nothing of the pipeline: callers hand it the summary as JSON
// and the few values the command's environment carries.
package notify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// Config is the notify section of config.yaml.
type Config struct {
	// Webhook is a URL (http or https) the night's summary is POSTed to as
	// JSON; "" sends none. Redirects are not followed.
	Webhook string `mapstructure:"webhook"`
	// WebhookTimeout bounds the POST, retries included.
	WebhookTimeout time.Duration `mapstructure:"webhook_timeout"`
	// Command is run with sh -c, the summary on its standard input and
	// IMGF_RUN_ID, IMGF_NIGHT, IMGF_STATUS, IMGF_EXIT_CODE, IMGF_REPORT and
	// IMGF_MANIFEST in its environment; "" runs none.
	Command string `mapstructure:"command"`
	// CommandTimeout bounds the command; it is killed after it.
	CommandTimeout time.Duration `mapstructure:"command_timeout"`
	// On lists the night statuses that notify.
	On []string `mapstructure:"on"`
}

// Statuses a night ends with, the values On may list.
var Statuses = []string{"published", "gate_failed", "interrupted", "error"}

// DefaultConfig sends nothing until a webhook or a command is set, and then
// on every night's end.
func DefaultConfig() Config {
	return Config{WebhookTimeout: 10 * time.Second, CommandTimeout: time.Minute, On: slices.Clone(Statuses)}
}

// Validate reports every problem, each prefixed with its key.
func (c Config) Validate() error {
	var errs []error
	if c.Webhook != "" {
		u, err := url.Parse(c.Webhook)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("webhook: %v", err))
		case u.Scheme != "http" && u.Scheme != "https":
			errs = append(errs, fmt.Errorf("webhook: %q is not an http or https URL", c.Webhook))
		case u.Host == "":
			errs = append(errs, fmt.Errorf("webhook: %q has no host", c.Webhook))
		}
	}
	if c.WebhookTimeout <= 0 {
		errs = append(errs, errors.New("webhook_timeout: must be > 0"))
	}
	if c.CommandTimeout <= 0 {
		errs = append(errs, errors.New("command_timeout: must be > 0"))
	}
	for _, s := range c.On {
		if !slices.Contains(Statuses, s) {
			errs = append(errs, fmt.Errorf("on: %q is not one of %s", s, strings.Join(Statuses, ", ")))
		}
	}
	return errors.Join(errs...)
}

// Wants reports whether a night with this status notifies.
func (c Config) Wants(status string) bool {
	return (c.Webhook != "" || c.Command != "") && slices.Contains(c.On, status)
}

// Event is one night's notification: the summary as JSON and the values
// the command's environment carries.
type Event struct {
	Summary  []byte // JSON
	RunID    string
	Night    string
	Status   string
	ExitCode int
	Report   string // path of the night report; "" when none
	Manifest string // path of the run manifest
}

// Send posts the event to the webhook and runs the command, whichever are
// configured, when the configuration wants the event's status; the errors
// of both are joined.
func Send(ctx context.Context, c Config, e Event) error {
	if !c.Wants(e.Status) {
		return nil
	}
	var errs []error
	if c.Webhook != "" {
		if err := Webhook(ctx, c.Webhook, c.WebhookTimeout, e.Summary); err != nil {
			errs = append(errs, err)
		}
	}
	if c.Command != "" {
		if err := Command(ctx, c.Command, c.CommandTimeout, e); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// webhookAttempts is how often a POST is tried: a receiver that is briefly
// down (a restart, a 502 from its proxy) still gets the night.
const webhookAttempts = 3

// Webhook POSTs body (JSON) to url within timeout, retrying network
// errors, 429 and 5xx answers with a short backoff. Redirects are not
// followed: a 3xx is an error naming where it pointed, so a moved receiver
// is fixed in the configuration rather than followed blindly.
func Webhook(ctx context.Context, url string, timeout time.Duration, body []byte) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	backoff := 500 * time.Millisecond
	var last error
	for attempt := 1; attempt <= webhookAttempts; attempt++ {
		retry, err := post(ctx, client, url, body)
		if err == nil {
			return nil
		}
		last = err
		if !retry || attempt == webhookAttempts {
			break
		}
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return fmt.Errorf("webhook: %w (after %v)", ctx.Err(), last)
		}
		backoff *= 2
	}
	return fmt.Errorf("webhook: %w", last)
}

// post sends one POST and says whether a failure is worth retrying.
func post(ctx context.Context, client *http.Client, url string, body []byte) (retry bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return false, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "imgfriendly-notify")
	resp, err := client.Do(req)
	if err != nil {
		return ctx.Err() == nil, err
	}
	defer resp.Body.Close()
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return false, nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400:
		return false, fmt.Errorf("answered %s, redirecting to %q (redirects are not followed: set notify.webhook to the final URL)", resp.Status, resp.Header.Get("Location"))
	}
	return resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500,
		fmt.Errorf("answered %s: %s", resp.Status, strings.TrimSpace(string(snippet)))
}

// Command runs command with sh -c within timeout: the summary on its
// standard input, the event's values in its environment (IMGF_RUN_ID,
// IMGF_NIGHT, IMGF_STATUS, IMGF_EXIT_CODE, IMGF_REPORT, IMGF_MANIFEST). A
// non-zero exit is an error carrying the end of its output.
func Command(ctx context.Context, command string, timeout time.Duration, e Event) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "/bin/sh", "-c", command)
	cmd.Stdin = bytes.NewReader(e.Summary)
	cmd.Env = append(os.Environ(),
		"IMGF_RUN_ID="+e.RunID, "IMGF_NIGHT="+e.Night, "IMGF_STATUS="+e.Status,
		fmt.Sprintf("IMGF_EXIT_CODE=%d", e.ExitCode), "IMGF_REPORT="+e.Report, "IMGF_MANIFEST="+e.Manifest)
	cmd.WaitDelay = time.Second
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ctx.Err() != nil {
			err = fmt.Errorf("%w after %s", ctx.Err(), timeout)
		}
		tail := strings.TrimSpace(string(out))
		if len(tail) > 512 {
			tail = "…" + tail[len(tail)-512:]
		}
		if tail != "" {
			return fmt.Errorf("notify command: %w: %s", err, tail)
		}
		return fmt.Errorf("notify command: %w", err)
	}
	return nil
}
