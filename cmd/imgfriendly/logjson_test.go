package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// jsonLine parses one stderr line as a JSON object, failing on anything
// else — including an object that repeats a key, which encoding/json would
// silently accept.
func jsonLine(t *testing.T, line string) map[string]any {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("stderr line is not a JSON object: %q", line)
	}
	obj := map[string]any{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatalf("stderr line %q: %v", line, err)
		}
		key := tok.(string)
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("stderr line %q: key %s: %v", line, key, err)
		}
		if _, dup := obj[key]; dup {
			t.Errorf("stderr line repeats the key %q: %s", key, line)
		}
		obj[key] = v
	}
	if _, err := dec.Token(); err != nil {
		t.Fatalf("stderr line %q: %v", line, err)
	}
	if dec.More() {
		t.Fatalf("stderr line holds more than one value: %q", line)
	}
	return obj
}

// jsonLines parses every line of stderr; each must be one JSON object with
// time, level, msg and the night's run_id.
func jsonLines(t *testing.T, stderr string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimRight(stderr, "\n"), "\n") {
		obj := jsonLine(t, line)
		for _, k := range []string{"time", "level", "msg", "run_id"} {
			if s, _ := obj[k].(string); s == "" {
				t.Errorf("stderr line without %s: %s", k, line)
			}
		}
		out = append(out, obj)
	}
	return out
}

// TestRunJSONLogs runs two nights with --log-format json: the first with a
// malformed seed row (a warning) that publishes, the second with most
// programs gone so that a delta gate fails (exit 3). Every stderr line of
// both is one JSON object carrying the night's run_id; warnings, gate
// failures, the final error and the end-of-night summary are records like
// the rest, and stdout stays empty.
func TestRunJSONLogs(t *testing.T) {
	fx := newNightFixture(t, testweb.Config{Programs: 24, Seed: 8})
	dir := t.TempDir()
	seeds, err := os.ReadFile(fx.seeds)
	if err != nil {
		t.Fatal(err)
	}
	withBad := filepath.Join(t.TempDir(), "seeds.csv")
	if err := os.WriteFile(withBad, append(seeds, "123,1234140C0,Bad Id,Internal Medicine,Springfield,IL,http://bad.test/\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	runJSON := func(seedsPath string, wantCode int) []map[string]any {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := append(fx.args(dir), "--set", "seeds="+seedsPath, "--log-format", "json", "--set", "warehouse.gates.min_base=1", "run")
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != wantCode {
			t.Fatalf("exit %d, want %d; stderr:\n%s", code, wantCode, stderr.String())
		}
		if stdout.Len() > 0 {
			t.Errorf("stdout should stay empty with JSON logs, got:\n%s", stdout.String())
		}
		return jsonLines(t, stderr.String())
	}

	first := runJSON(withBad, exitOK)
	runID := first[0]["run_id"]
	byMsg := map[string]map[string]any{}
	for _, l := range first {
		if l["run_id"] != runID {
			t.Errorf("one night, two run ids: %v and %v", runID, l["run_id"])
		}
		byMsg[l["msg"].(string)] = l
	}
	if w := byMsg["skipped seed row"]; w == nil || w["level"] != "WARN" || w["line"] != float64(len(fx.web.Programs())+2) || !strings.Contains(fmt.Sprint(w["file"]), "seeds.csv") {
		t.Errorf("seed-row warning: %v", w)
	}
	sum := byMsg["night summary"]
	if sum == nil || sum["status"] != imgfriendly.RunPublished || sum["level"] != "INFO" {
		t.Fatalf("no published night summary record: %v", sum)
	}
	cov, _ := sum["programs_with_fact"].(map[string]any)
	if len(cov) != len(imgfriendly.FieldKinds) || cov["visa_j1"] == nil {
		t.Errorf("summary's programs_with_fact: %v", cov)
	}
	if pages, _ := sum["pages"].(map[string]any); pages["fetched"].(float64) == 0 {
		t.Errorf("summary's pages: %v", pages)
	}

	// Night two: two programs of 24 left, so delta_programs fails.
	few := filepath.Join(t.TempDir(), "few.csv")
	if err := writeSeedsFile(few, fx.web.Programs()[:2]); err != nil {
		t.Fatal(err)
	}
	second := runJSON(few, exitGateFailed)
	var gate, summary, failure map[string]any
	for _, l := range second {
		if l["run_id"] == runID {
			t.Errorf("the second night reuses the first's run id %v", runID)
		}
		switch l["msg"] {
		case "quality gate failed":
			if l["gate"] == "delta_programs" {
				gate = l
			}
		case "night summary":
			summary = l
		case "command failed":
			failure = l
		}
	}
	if gate == nil || gate["level"] != "ERROR" || gate["blocking"] != true || gate["failing_rows"].(float64) < 1 {
		t.Errorf("delta_programs failure record: %v", gate)
	}
	if summary == nil || summary["status"] != imgfriendly.RunGateFailed || summary["staging_kept"] == nil {
		t.Errorf("gate-failed summary: %v", summary)
	}
	if failure == nil || failure["exit_code"] != float64(exitGateFailed) || !strings.Contains(fmt.Sprint(failure["err"]), "delta_programs") {
		t.Errorf("final error record: %v", failure)
	}
	if last := second[len(second)-1]; last["msg"] != "command failed" {
		t.Errorf("the last line should be the final error, got %v", last)
	}
}

// TestJSONLogsWithoutConfig: a command that fails before any configuration
// is loaded still writes its error as JSON when --log-format json asks.
func TestJSONLogsWithoutConfig(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run([]string{"config", "--log-format", "json", "--config", filepath.Join(t.TempDir(), "nope.yaml")}, strings.NewReader(""), &stdout, &stderr)
	if code != exitUsage {
		t.Fatalf("exit %d, want %d", code, exitUsage)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one line, got %q", stderr.String())
	}
	obj := jsonLine(t, lines[0])
	if obj["level"] != "ERROR" || !strings.Contains(fmt.Sprint(obj["err"]), "nope.yaml") || obj["exit_code"] != float64(exitUsage) {
		t.Errorf("error record: %v", obj)
	}
}
