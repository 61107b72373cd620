package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestStderrOnlyThroughTheLogger keeps `--log-format json` true for every
// command: nothing in cmd writes to stderr but the logger and a.say (which
// turns a message for people into a log record with JSON logs). A command
// that prints to stderr directly would put a plain-text line among the
// JSON objects a log collector parses.
func TestStderrOnlyThroughTheLogger(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	direct := regexp.MustCompile(`Fprint(f|ln)?\((a\.stderr|os\.Stderr)`)
	allowed := map[string]bool{"logging.go": true} // a.say's text branch
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || allowed[f] {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(string(b), "\n") {
			if direct.MatchString(line) {
				t.Errorf("%s:%d writes to stderr directly; use a.say or a.log so JSON logs stay JSON:\n\t%s", f, i+1, strings.TrimSpace(line))
			}
		}
	}
}
