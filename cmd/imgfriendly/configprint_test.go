package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"gopkg.in/yaml.v3"
)

// TestConfigYAMLRoundTrip prints a configuration far from the defaults
// (every value kind: durations of several units, floats, lists, strings that
// look like other types) and loads the printout as a config file: the same
// configuration comes back, with the comments ignored.
func TestConfigYAMLRoundTrip(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Seeds = "true" // a string that reads as a bool unless quoted
	cfg.DataDir = "/srv/imgf data"
	cfg.LogFormat = "json"
	cfg.Crawl.Delay = 1500 * time.Millisecond
	cfg.Crawl.RetryAfterCap = time.Hour                               // (at its upper bound)
	cfg.Crawl.AdaptiveDelayMax = 9*time.Minute + 500*time.Millisecond // an inner zero unit stays
	cfg.Crawl.Jitter = 0
	cfg.Crawl.Resolve = []string{"*.test=127.0.0.1:8080", "a.org=127.0.0.2:80"}
	cfg.Crawl.MaxBodyBytes = 8 << 20
	cfg.Transform.MinConfidence = 0.75
	cfg.Transform.PageKindOrder = []string{"roster", "program"}
	cfg.Warehouse.Gates.MaxProgramsDrop = 1
	cfg.Warehouse.Gates.WarnOnly = []string{"facts_page_exists"}
	cfg.Queries.NameMatchMargin = 0.125
	if err := cfg.Validate(); err != nil {
		t.Fatalf("test configuration is invalid: %v", err)
	}
	srcs := map[string]configSource{}
	for _, k := range configKeys() {
		srcs[k] = configSource{sourceFile, "x.yaml"}
	}
	out, err := configYAML(cfg, srcs)
	if err != nil {
		t.Fatal(err)
	}
	p := writeConfig(t, string(out))
	got, err := loadConfig(p, nil)
	if err != nil {
		t.Fatalf("printed config does not load: %v\n%s", err, out)
	}
	if diff := cmp.Diff(cfg, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip changed the configuration (-printed +loaded):\n%s\n%s", diff, out)
	}
	for _, want := range []string{"delay: 1.5s # file x.yaml", "retry_after_cap: 1h #", "adaptive_delay_max: 9m0.5s #", "jitter: 0s #",
		`seeds: "true" #`, "max_programs_drop: 1.0 #", "page_kind_order: [roster, program] #"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("printout lacks %q:\n%s", want, out)
		}
	}
	if got := printedKeys(t, out); !cmp.Equal(got, configKeys()) {
		t.Errorf("printed keys differ from the program's:\n%s", cmp.Diff(configKeys(), got))
	}
}

// printedKeys lists the leaf keys of a YAML document, dotted and sorted.
func printedKeys(t *testing.T, b []byte) []string {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var keys []string
	var walk func(prefix string, n *yaml.Node)
	walk = func(prefix string, n *yaml.Node) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			key := n.Content[i].Value
			if prefix != "" {
				key = prefix + "." + key
			}
			if n.Content[i+1].Kind == yaml.MappingNode {
				walk(key, n.Content[i+1])
				continue
			}
			keys = append(keys, key)
		}
	}
	walk("", doc.Content[0])
	sort.Strings(keys)
	return keys
}

// TestConfigSources marks each value with the layer that set it: a flag
// beats the environment, which beats the file, which beats the default.
func TestConfigSources(t *testing.T) {
	p := writeConfig(t, "crawl:\n  parallelism_per_host: 3\n  delay: 2s\nLog_Format: json\n")
	t.Setenv("IMGF_CRAWL_PARALLELISM_PER_HOST", "4")
	t.Setenv("IMGF_CRAWL_JITTER", "") // empty: ignored, as viper ignores it
	t.Setenv("IMGF_DATA_DIR", "/from/env")
	got, err := configSources(p, []configOverride{{Key: "data_dir", Flag: "--dir"}, {Key: "Crawl.Max_Attempts", Flag: "--set"}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"crawl.parallelism_per_host": "env IMGF_CRAWL_PARALLELISM_PER_HOST",
		"crawl.delay":                "file " + p,
		"log_format":                 "file " + p, // keys are case-insensitive
		"crawl.jitter":               "default",
		"data_dir":                   "flag --dir",
		"crawl.max_attempts":         "flag --set",
		"queries.img_share_high":     "default",
	}
	for k, w := range want {
		if g := got[k].String(); g != w {
			t.Errorf("%s: source %q, want %q", k, g, w)
		}
	}
	if len(got) != len(configKeys()) {
		t.Errorf("%d sources for %d keys", len(got), len(configKeys()))
	}
}

// TestConfigCommandPrintsRepoConfig runs `imgfriendly config` on the
// repository's config.yaml: the printout is config.yaml's keys with its
// defaults, every value marked as from the file, and it loads again.
func TestConfigCommandPrintsRepoConfig(t *testing.T) {
	var out, errb strings.Builder
	repo, _ := filepath.Abs("../../config.yaml")
	if code := run([]string{"config", "--config", repo}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if strings.HasPrefix(line, "#") || strings.HasSuffix(line, ":") {
			continue
		}
		if !strings.HasSuffix(line, "# file "+repo) {
			t.Errorf("value not marked as from the file: %q", line)
		}
	}
	p := filepath.Join(t.TempDir(), "printed.yaml")
	if err := os.WriteFile(p, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := loadConfig(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(DefaultConfig(), cfg, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("printed repository config differs from the defaults (-want +got):\n%s", diff)
	}
}
