package nightreport

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/imgfriendly/imgfriendly/warehouse"
)

// Files says where Write puts its outputs.
type Files struct {
	// Link points report.html at this night's report; false when
	// rewriting the report of an older night.
	Link bool
	// Metrics is the Prometheus textfile to write; "" writes none.
	Metrics string
}

// Write builds the report of run runID and writes it to
// runs/<run_id>.html (atomically), points report.html at it when f.Link,
// and writes the metrics textfile f.Metrics (atomically: node_exporter
// never reads half a file).
func Write(ctx context.Context, dir, runID string, o Options, f Files) (Report, error) {
	r, err := Build(ctx, dir, runID, o)
	if err != nil {
		return r, err
	}
	var page bytes.Buffer
	if err := r.WriteHTML(&page); err != nil {
		return r, err
	}
	if err := warehouse.WriteFileAtomic(warehouse.ReportPath(dir, runID), page.Bytes()); err != nil {
		return r, fmt.Errorf("write night report: %w", err)
	}
	if f.Link {
		if err := warehouse.LinkReport(dir, runID); err != nil {
			return r, err
		}
	}
	if f.Metrics != "" {
		var m bytes.Buffer
		if err := r.WriteMetrics(&m); err != nil {
			return r, err
		}
		if err := os.MkdirAll(filepath.Dir(f.Metrics), 0o755); err != nil {
			return r, fmt.Errorf("write metrics: %w", err)
		}
		if err := warehouse.WriteFileAtomic(f.Metrics, m.Bytes()); err != nil {
			return r, fmt.Errorf("write metrics: %w", err)
		}
	}
	return r, nil
}
