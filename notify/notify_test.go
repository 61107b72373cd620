package notify

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

var testEvent = Event{
	Summary: []byte(`{"run_id":"20261125T020000Z","status":"gate_failed","gates":{"failed":["delta_programs"]}}`),
	RunID:   "20261125T020000Z", Night: "2026-11-25", Status: "gate_failed", ExitCode: 3,
	Report: "/srv/imgf/runs/20261125T020000Z.html", Manifest: "/srv/imgf/runs/20261125T020000Z.json",
}

// TestWebhookPostsTheSummary: a loopback receiver gets one POST with the
// summary as its JSON body, after answering 503 once (retried).
func TestWebhookPostsTheSummary(t *testing.T) {
	var calls atomic.Int32
	var got []byte
	var ctype string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			t.Errorf("method %s, want POST", r.Method)
		}
		if calls.Add(1) == 1 {
			http.Error(w, "restarting", http.StatusServiceUnavailable)
			return
		}
		got, _ = io.ReadAll(r.Body)
		ctype = r.Header.Get("Content-Type")
		w.WriteHeader(http.StatusAccepted)
	}))
	defer srv.Close()
	c := DefaultConfig()
	c.Webhook = srv.URL + "/hooks/imgfriendly"
	if err := Send(context.Background(), c, testEvent); err != nil {
		t.Fatal(err)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("%d requests, want 2 (a 503, then the retry)", n)
	}
	if ctype != "application/json" {
		t.Errorf("Content-Type %q", ctype)
	}
	var body map[string]any
	if err := json.Unmarshal(got, &body); err != nil {
		t.Fatalf("body is not JSON: %v: %s", err, got)
	}
	if body["run_id"] != testEvent.RunID || body["status"] != "gate_failed" {
		t.Errorf("body %v", body)
	}
}

// TestWebhookDoesNotFollowRedirects: a receiver that redirects — even to
// another loopback server — is an error naming the new location, and the
// redirect target is never contacted.
func TestWebhookDoesNotFollowRedirects(t *testing.T) {
	var targetHits atomic.Int32
	target := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { targetHits.Add(1) }))
	defer target.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/elsewhere", http.StatusTemporaryRedirect)
	}))
	defer srv.Close()
	err := Webhook(context.Background(), srv.URL, 5*time.Second, testEvent.Summary)
	if err == nil || !strings.Contains(err.Error(), "redirects are not followed") || !strings.Contains(err.Error(), target.URL+"/elsewhere") {
		t.Fatalf("err = %v, want a redirect error naming the location", err)
	}
	if n := targetHits.Load(); n != 0 {
		t.Errorf("the redirect target got %d requests, want none", n)
	}
}

// TestWebhookFailureSaysWhy: a 4xx is not retried and its answer is in the error.
func TestWebhookFailureSaysWhy(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		http.Error(w, "bad token", http.StatusUnauthorized)
	}))
	defer srv.Close()
	err := Webhook(context.Background(), srv.URL, 5*time.Second, testEvent.Summary)
	if err == nil || !strings.Contains(err.Error(), "401") || !strings.Contains(err.Error(), "bad token") {
		t.Fatalf("err = %v", err)
	}
	if calls.Load() != 1 {
		t.Errorf("%d requests for a 401, want 1", calls.Load())
	}
}

// TestCommandGetsSummaryAndEnvironment runs a real shell command that
// saves its standard input and environment.
func TestCommandGetsSummaryAndEnvironment(t *testing.T) {
	dir := t.TempDir()
	c := DefaultConfig()
	c.Command = `cat > "$OUT/summary.json" && printf '%s %s %s %s %s' "$IMGF_RUN_ID" "$IMGF_NIGHT" "$IMGF_STATUS" "$IMGF_EXIT_CODE" "$IMGF_REPORT" > "$OUT/env"`
	t.Setenv("OUT", dir)
	if err := Send(context.Background(), c, testEvent); err != nil {
		t.Fatal(err)
	}
	summary, _ := os.ReadFile(filepath.Join(dir, "summary.json"))
	if string(summary) != string(testEvent.Summary) {
		t.Errorf("stdin: %s", summary)
	}
	env, _ := os.ReadFile(filepath.Join(dir, "env"))
	if want := "20261125T020000Z 2026-11-25 gate_failed 3 /srv/imgf/runs/20261125T020000Z.html"; string(env) != want {
		t.Errorf("environment %q, want %q", env, want)
	}
}

func TestCommandFailureAndTimeout(t *testing.T) {
	err := Command(context.Background(), "echo pager down >&2; exit 7", time.Minute, testEvent)
	if err == nil || !strings.Contains(err.Error(), "exit status 7") || !strings.Contains(err.Error(), "pager down") {
		t.Errorf("failing command: err = %v", err)
	}
	err = Command(context.Background(), "sleep 30", 200*time.Millisecond, testEvent)
	if err == nil || !strings.Contains(err.Error(), "deadline exceeded") {
		t.Errorf("hanging command: err = %v", err)
	}
}

// TestSendOnlyForWantedStatuses: nothing runs for a status not in On, or
// when neither a webhook nor a command is set.
func TestSendOnlyForWantedStatuses(t *testing.T) {
	dir := t.TempDir()
	c := DefaultConfig()
	c.On = []string{"error"}
	c.Command = "touch " + filepath.Join(dir, "ran")
	if err := Send(context.Background(), c, testEvent); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "ran")); err == nil {
		t.Error("command ran for gate_failed with on: [error]")
	}
	if DefaultConfig().Wants("error") {
		t.Error("the default configuration notifies without a webhook or command")
	}
}

func TestConfigValidate(t *testing.T) {
	c := DefaultConfig()
	c.Webhook = "ftp://example.org/x"
	c.On = []string{"published", "done"}
	c.CommandTimeout = 0
	err := c.Validate()
	for _, want := range []string{"webhook:", "on:", `"done"`, "command_timeout:"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Validate() = %v, want it to name %s", err, want)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("defaults: %v", err)
	}
}
