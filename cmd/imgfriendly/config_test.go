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

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadConfigDefaultsAreValid(t *testing.T) {
	cfg, err := loadConfig("", nil)
	if err != nil {
		t.Fatalf("defaults: %v", err)
	}
	if diff := cmp.Diff(DefaultConfig(), cfg); diff != "" {
		t.Errorf("loaded defaults differ from DefaultConfig (-want +got):\n%s", diff)
	}
}

func TestLoadConfigUnknownKeyIsNamed(t *testing.T) {
	p := writeConfig(t, "crawl:\n  parallelism_per_hots: 3\n")
	_, err := loadConfig(p, nil)
	if err == nil || !strings.Contains(err.Error(), "parallelism_per_hots") || !strings.Contains(err.Error(), p) {
		t.Fatalf("err = %v, want it to name the file and the unknown key", err)
	}
}

func TestLoadConfigReportsEveryBadValueByKey(t *testing.T) {
	p := writeConfig(t, "log_format: xml\ngo_memory_limit: 200\ncrawl:\n  parallelism_per_host: 0\n  max_concurrency: -1\nwarehouse:\n  night_memory_limit: lots\n")
	_, err := loadConfig(p, nil)
	if err == nil {
		t.Fatal("want an error")
	}
	for _, key := range []string{"log_format", "go_memory_limit", "crawl.parallelism_per_host", "crawl.max_concurrency", "warehouse.night_memory_limit"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("error does not name %s:\n%v", key, err)
		}
	}
}

func TestLoadConfigBadTypeIsNamed(t *testing.T) {
	p := writeConfig(t, "crawl:\n  delay: soon\n")
	_, err := loadConfig(p, nil)
	if err == nil || !strings.Contains(err.Error(), "delay") {
		t.Fatalf("err = %v, want it to name crawl.delay", err)
	}
}

func TestLoadConfigLayers(t *testing.T) {
	p := writeConfig(t, "crawl:\n  parallelism_per_host: 3\n  delay: 2s\n")
	t.Setenv("IMGF_CRAWL_PARALLELISM_PER_HOST", "4")
	t.Setenv("IMGF_DATA_DIR", "/from/env")
	cfg, err := loadConfig(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Crawl.ParallelismPerHost != 4 {
		t.Errorf("env should beat the file: parallelism_per_host = %d, want 4", cfg.Crawl.ParallelismPerHost)
	}
	if cfg.Crawl.Delay != 2*time.Second {
		t.Errorf("file should beat defaults: delay = %v, want 2s", cfg.Crawl.Delay)
	}
	if cfg.DataDir != "/from/env" {
		t.Errorf("data_dir = %q, want /from/env", cfg.DataDir)
	}
	cfg, err = loadConfig(p, []string{"crawl.parallelism_per_host=5"})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Crawl.ParallelismPerHost != 5 {
		t.Errorf("flag should beat env: parallelism_per_host = %d, want 5", cfg.Crawl.ParallelismPerHost)
	}
	if _, err := loadConfig(p, []string{"crawl.nope=1"}); err == nil || !strings.Contains(err.Error(), "crawl.nope") {
		t.Errorf("unknown --set key: err = %v", err)
	}
}

// TestConfigYAMLDocumentsEveryKey keeps config.yaml honest: it holds exactly
// the program's keys, each with a comment, and loads to the defaults.
func TestConfigYAMLDocumentsEveryKey(t *testing.T) {
	path := "../../config.yaml"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	var keys, undocumented []string
	var walk func(prefix string, n *yaml.Node)
	walk = func(prefix string, n *yaml.Node) {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			key := k.Value
			if prefix != "" {
				key = prefix + "." + k.Value
			}
			if v.Kind == yaml.MappingNode {
				walk(key, v)
				continue
			}
			keys = append(keys, key)
			if strings.TrimSpace(k.HeadComment+k.LineComment+v.LineComment) == "" {
				undocumented = append(undocumented, key)
			}
		}
	}
	walk("", doc.Content[0])
	sort.Strings(keys)
	if diff := cmp.Diff(configKeys(), keys); diff != "" {
		t.Errorf("config.yaml keys differ from the program's (-program +config.yaml):\n%s", diff)
	}
	if len(undocumented) > 0 {
		t.Errorf("config.yaml keys without a comment: %v", undocumented)
	}
	cfg, err := loadConfig(path, nil)
	if err != nil {
		t.Fatalf("config.yaml does not load: %v", err)
	}
	if diff := cmp.Diff(DefaultConfig(), cfg, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("config.yaml should state the defaults (-default +config.yaml):\n%s", diff)
	}
}

// TestLoadConfigServeLimits: the serve section reaches the server's limits,
// and a bad value is named by its key.
func TestLoadConfigServeLimits(t *testing.T) {
	p := writeConfig(t, "serve:\n  tierings: 4\n  tiering_wait: 5s\n  page_size: 20\n")
	cfg, err := loadConfig(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Serve.Tierings != 4 || cfg.Serve.TieringWait != 5*time.Second || cfg.Serve.PageSize != 20 || cfg.Serve.TieringQueue != 64 {
		t.Errorf("serve = %+v, want tierings 4, wait 5s, page size 20 and the default queue", cfg.Serve)
	}
	p = writeConfig(t, "serve:\n  tierings: 0\n  tiering_wait: 30\n")
	if _, err := loadConfig(p, nil); err == nil || !strings.Contains(err.Error(), "tiering_wait") {
		t.Errorf("a unitless tiering_wait: err = %v, want it named", err)
	}
	p = writeConfig(t, "serve:\n  tierings: 0\n  page_size: 5000\n")
	_, err = loadConfig(p, nil)
	for _, key := range []string{"serve.tierings", "serve.page_size"} {
		if err == nil || !strings.Contains(err.Error(), key) {
			t.Errorf("error does not name %s: %v", key, err)
		}
	}
}
