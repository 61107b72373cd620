package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/viper"

	"github.com/imgfriendly/imgfriendly/crawl"
	"github.com/imgfriendly/imgfriendly/extract"
	"github.com/imgfriendly/imgfriendly/nightreport"
	"github.com/imgfriendly/imgfriendly/notify"
	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/retention"
	"github.com/imgfriendly/imgfriendly/transform"
	"github.com/imgfriendly/imgfriendly/warehouse"
	"github.com/imgfriendly/imgfriendly/web"
)

// Config is the whole of config.yaml: top-level keys and one section per stage.
type Config struct {
	Seeds     string `mapstructure:"seeds"`
	DataDir   string `mapstructure:"data_dir"`
	LogFormat string `mapstructure:"log_format"`
	// SeedFailingNights names, in the night summary, programs whose seed URL
	// has failed this many nights in a row.
	SeedFailingNights int `mapstructure:"seed_failing_nights"`
	// GoMemoryLimit is the Go runtime's soft memory limit during a night
	// of `run` ("200MiB"; "" or "0" for none), DuckDB's share being
	// warehouse.night_memory_limit; GOMEMLIMIT in the environment wins.
	GoMemoryLimit string             `mapstructure:"go_memory_limit"`
	Crawl         crawl.Config       `mapstructure:"crawl"`
	Transform     transform.Config   `mapstructure:"transform"`
	Warehouse     warehouse.Config   `mapstructure:"warehouse"`
	Queries       queries.Config     `mapstructure:"queries"`
	Retention     retention.Config   `mapstructure:"retention"`
	Report        nightreport.Config `mapstructure:"report"`
	Notify        notify.Config      `mapstructure:"notify"`
	Serve         web.Limits         `mapstructure:"serve"`
}

// crawlConfig is the crawl section, named for brevity in the wiring.
type crawlConfig = crawl.Config

// DefaultConfig is the configuration used when config.yaml says nothing.
func DefaultConfig() Config {
	return Config{
		Seeds:             "seeds.csv",
		DataDir:           "imgfriendly-data",
		LogFormat:         "text",
		SeedFailingNights: 3,
		GoMemoryLimit:     "200MiB",
		Crawl:             crawl.DefaultConfig(),
		Transform:         transform.DefaultConfig(),
		Warehouse:         warehouse.DefaultConfig(),
		Queries:           queries.DefaultConfig(),
		Retention:         retention.DefaultConfig(),
		Report:            nightreport.DefaultConfig(),
		Notify:            notify.DefaultConfig(),
		Serve:             web.DefaultLimits(),
	}
}

// Validate reports every problem in the configuration at once, each prefixed
// with its YAML key.
func (c Config) Validate() error {
	var errs []error
	if c.DataDir == "" {
		errs = append(errs, errors.New("data_dir: must not be empty"))
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		errs = append(errs, fmt.Errorf("log_format: %q is not text or json", c.LogFormat))
	}
	if c.SeedFailingNights < 1 {
		errs = append(errs, fmt.Errorf("seed_failing_nights: must be ≥ 1, got %d", c.SeedFailingNights))
	}
	if _, err := parseBytes(c.GoMemoryLimit); err != nil {
		errs = append(errs, fmt.Errorf("go_memory_limit: %w", err))
	}
	section := func(name string, err error) {
		if err == nil {
			return
		}
		for _, e := range splitJoined(err) {
			errs = append(errs, fmt.Errorf("%s.%w", name, e))
		}
	}
	section("crawl", c.Crawl.Validate())
	if c.Crawl.MaxBodyBytes > extract.MaxBodyBytes {
		// One limit: a page the crawler stores is a page extraction reads whole.
		errs = append(errs, fmt.Errorf("crawl.max_body_bytes: must be ≤ %d (extraction reads a page only up to that size, so the end of a larger page would be lost without a cause), got %d", extract.MaxBodyBytes, c.Crawl.MaxBodyBytes))
	}
	section("transform", c.Transform.Validate())
	section("warehouse", c.Warehouse.Validate())
	section("queries", c.Queries.Validate())
	section("retention", c.Retention.Validate())
	section("report", c.Report.Validate())
	section("notify", c.Notify.Validate())
	section("serve", c.Serve.Validate())
	return errors.Join(errs...)
}

// splitJoined undoes errors.Join so each problem can carry its section prefix.
func splitJoined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, splitJoined(e)...)
		}
		return out
	}
	return []error{err}
}

// Hash is a stable fingerprint of the configuration, recorded with each run.
func (c Config) Hash() string {
	b, _ := json.Marshal(c)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// loadConfig reads the configuration: defaults, then the file (if path is not
// empty), then IMGF_<SECTION>_<KEY> environment variables, then overrides
// given as "key=value" (flags), each layer over the one before.
func loadConfig(path string, overrides []string) (Config, error) {
	v := viper.New()
	v.SetEnvPrefix("IMGF")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	def := DefaultConfig()
	// AutomaticEnv only reaches keys viper knows, so register every key.
	registerDefaults(v, "", reflect.ValueOf(def))
	known := map[string]bool{}
	for _, k := range v.AllKeys() {
		known[k] = true
	}
	where := "defaults"
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("read config: %w", err)
		}
		where = path
	}
	for _, o := range overrides {
		key, val, ok := strings.Cut(o, "=")
		key = strings.ToLower(strings.TrimSpace(key))
		if !ok || !known[key] {
			return Config{}, fmt.Errorf("--set %q: unknown config key %q (want key=value with a key from config.yaml)", o, key)
		}
		v.Set(key, val)
	}
	cfg := def
	if err := v.UnmarshalExact(&cfg, rejectUnitlessDurations); err != nil {
		return Config{}, fmt.Errorf("%s: %w", where, err)
	}
	if err := cfg.Validate(); err != nil {
		return Config{}, fmt.Errorf("%s: invalid configuration:\n%w", where, err)
	}
	return cfg, nil
}

var durationType = reflect.TypeOf(time.Duration(0))

// rejectUnitlessDurations puts unitlessDuration before viper's own decode
// hooks, so a duration written as a bare number is refused in every layer:
// a YAML number in the file, a string in an IMGF_ variable or a --set flag.
func rejectUnitlessDurations(c *mapstructure.DecoderConfig) {
	c.DecodeHook = mapstructure.ComposeDecodeHookFunc(unitlessDuration, c.DecodeHook)
}

// unitlessDuration refuses a number for a time.Duration: decoded as is it
// would be nanoseconds (`request_timeout: 30` is 30ns, `delay: 5` no delay
// at all). Zero needs no unit. The decoder names the key in the error.
func unitlessDuration(from, to reflect.Type, data any) (any, error) {
	if to != durationType || from == durationType {
		return data, nil
	}
	var n float64
	switch v := reflect.ValueOf(data); from.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n = float64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n = float64(v.Uint())
	case reflect.Float32, reflect.Float64:
		n = v.Float()
	case reflect.String:
		f, err := strconv.ParseFloat(strings.TrimSpace(v.String()), 64)
		if err != nil {
			return data, nil // "30s", or a typo time.ParseDuration reports
		}
		n = f
	default:
		return data, nil
	}
	if n == 0 {
		return data, nil
	}
	return nil, fmt.Errorf("%v has no unit: write e.g. %vs, %vms or %vm (a bare number would be read as nanoseconds)", data, data, data, data)
}

// registerDefaults walks a config struct and gives viper a default for every
// leaf key, named by the mapstructure tags.
func registerDefaults(v *viper.Viper, prefix string, rv reflect.Value) {
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := strings.Split(f.Tag.Get("mapstructure"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		key := tag
		if prefix != "" {
			key = prefix + "." + tag
		}
		fv := rv.Field(i)
		if f.Type.Kind() == reflect.Struct && f.Type != durationType && f.Type != reflect.TypeOf(time.Time{}) {
			registerDefaults(v, key, fv)
			continue
		}
		v.SetDefault(key, fv.Interface())
	}
}

// configKeys lists every leaf key of the configuration, sorted.
func configKeys() []string {
	v := viper.New()
	registerDefaults(v, "", reflect.ValueOf(DefaultConfig()))
	keys := v.AllKeys()
	sort.Strings(keys)
	return keys
}

// fileExists reports whether path names an existing file.
func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}

var sizePattern = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|KiB|MiB|GiB)$`)

// parseBytes reads a size like "200MiB" or "1GB"; "" and "0" are 0.
func parseBytes(s string) (int64, error) {
	if s == "" || s == "0" {
		return 0, nil
	}
	m := sizePattern.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("%q is not a size like 200MiB or 1GB", s)
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return 0, fmt.Errorf("%q: %w", s, err)
	}
	unit := map[string]float64{"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30}[m[2]]
	return int64(n * unit), nil
}
