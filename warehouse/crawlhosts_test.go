package warehouse

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// TestCrawlHostsStored: each night's per-host crawl statistics land in
// crawl_hosts and nights accumulate.
func TestCrawlHostsStored(t *testing.T) {
	cfg := testConfig()
	dir := t.TempDir()
	hosts := func(requests int) []CrawlHost {
		return []CrawlHost{
			{Host: "p1403600001.test:80", Fetches: 3, OK: 2, NotModified: 1, Failed: 1, Requests: requests, Retries: 1,
				Bytes: 2048, RobotsBlocked: 1, Rejected: 0, Status: map[int]int{200: 2, 304: 1, 503: 1},
				LatencyP50: 120 * time.Millisecond, LatencyP95: 480 * time.Millisecond},
			{Host: "p1403600002.test:80", Fetches: 3, OK: 0, Failed: 3, Requests: 3, Status: map[int]int{0: 3}},
		}
	}
	progs := []prog{{id: "1403600001", residents: 10, imgs: 5}, {id: "1403600002", residents: 10, imgs: 2}}
	n1 := buildNight("r1", "2026-11-23", progs)
	n1.CrawlHosts = hosts(5)
	mustRunNight(t, cfg, dir, n1, imgfriendly.RunPublished)
	n2 := buildNight("r2", "2026-11-24", progs)
	n2.CrawlHosts = hosts(6)
	mustRunNight(t, cfg, dir, n2, imgfriendly.RunPublished)

	w, err := Open(context.Background(), filepath.Join(dir, WarehouseFile), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	rows, err := w.DB().Query(`SELECT run_id, host, requests, not_modified, robots_blocked, status_counts, latency_p50_ms, latency_p95_ms
		FROM crawl_hosts ORDER BY run_id, host`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	type row struct {
		Run, Host        string
		Requests, NotMod int
		Robots           int
		Status           string
		P50, P95         float64
	}
	var got []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.Run, &r.Host, &r.Requests, &r.NotMod, &r.Robots, &r.Status, &r.P50, &r.P95); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	want := []row{
		{"r1", "p1403600001.test:80", 5, 1, 1, `{"200":2,"304":1,"503":1}`, 120, 480},
		{"r1", "p1403600002.test:80", 3, 0, 0, `{"0":3}`, 0, 0},
		{"r2", "p1403600001.test:80", 6, 1, 1, `{"200":2,"304":1,"503":1}`, 120, 480},
		{"r2", "p1403600002.test:80", 3, 0, 0, `{"0":3}`, 0, 0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("crawl_hosts (-want +got):\n%s", diff)
	}
}
