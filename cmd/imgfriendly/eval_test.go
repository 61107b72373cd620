package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalPagesExitCodes: a figure out of bounds is exit code 5 (CI gates
// on it); a bad metric name or a bad file is a usage error, code 2.
func TestEvalPagesExitCodes(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "p.jsonl")
	rec := `{"id":"p1","source":"https://im.example.test/e","kind":"eligibility","text":"We sponsor J-1 visas only.","labels":{"visa":{"j1":true,"h1b":false}}}` + "\n"
	if err := os.WriteFile(page, []byte(rec), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval", "pages", page}, exitOK, "j1 "},
		{[]string{"eval", "pages", "--min", "j1=1.5", page}, exitEvalBelow, "below 1.5000"},
		{[]string{"eval", "pages", "--max", "false_assertions=-0.5", page}, exitEvalBelow, "above -0.5000"},
		{[]string{"eval", "pages", "--min", "nope=1", page}, exitUsage, `unknown metric "nope"`},
		{[]string{"eval", "pages", bad}, exitUsage, "bad.jsonl:1:"},
	} {
		var out, errb bytes.Buffer
		code := run(c.args, strings.NewReader(""), &out, &errb)
		if code != c.code || !strings.Contains(out.String()+errb.String(), c.want) {
			t.Errorf("%v: exit %d, want %d; output lacks %q?\n%s%s", c.args, code, c.code, c.want, out.String(), errb.String())
		}
	}
}
