package nightreport

import (
	"errors"
	"path/filepath"

	"github.com/imgfriendly/imgfriendly/warehouse"
)

// Config is the report section of config.yaml.
type Config struct {
	// MetricsFile is the Prometheus textfile written after each night; ""
	// means metrics.prom in the data directory. Point it into
	// node_exporter's --collector.textfile.directory (the name must end in
	// .prom).
	MetricsFile string `mapstructure:"metrics_file"`
	// TrendNights is how many nights the report's trend charts show.
	TrendNights int `mapstructure:"trend_nights"`
}

// DefaultConfig writes metrics.prom beside the warehouse and charts 30 nights.
func DefaultConfig() Config { return Config{TrendNights: 30} }

// Validate reports every problem, each prefixed with its key.
func (c Config) Validate() error {
	var errs []error
	if c.MetricsFile != "" && filepath.Ext(c.MetricsFile) != ".prom" {
		errs = append(errs, errors.New("metrics_file: must end in .prom (node_exporter's textfile collector reads only those)"))
	}
	if c.TrendNights < 1 {
		errs = append(errs, errors.New("trend_nights: must be ≥ 1"))
	}
	return errors.Join(errs...)
}

// MetricsPath is where the metrics textfile of data directory dir goes.
func (c Config) MetricsPath(dir string) string {
	if c.MetricsFile != "" {
		return c.MetricsFile
	}
	return filepath.Join(dir, warehouse.MetricsFile)
}
