package warehouse

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// TestPageRefs: each fact version records the stored page its evidence was
// read from, PageRefs lists those pages with the night's, and a version
// without a hash is unresolved.
func TestPageRefs(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	visa := []fact{{field: imgfriendly.FieldVisaJ1, value: yes, text: "We sponsor J-1 visas."}}
	n1 := buildNight("n1", "2026-03-01", []prog{{id: "1400000001", facts: visa}, {id: "1400000002", facts: visa}})
	mustRunNight(t, cfg, dir, n1, imgfriendly.RunPublished)
	n2 := buildNight("n2", "2026-03-02", []prog{{id: "1400000001", facts: visa}, {id: "1400000002", facts: visa, down: true}})
	mustRunNight(t, cfg, dir, n2, imgfriendly.RunPublished)

	ctx := context.Background()
	w, err := Open(ctx, filepath.Join(dir, WarehouseFile), false)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// The versions of night 1 cite night 1's eligibility pages.
	eligibility := map[string]string{}
	for _, f := range n1.Fetches {
		if f.Kind == imgfriendly.KindEligibility {
			eligibility[f.URL] = f.ContentHash
		}
	}
	rows, err := w.DB().QueryContext(ctx, `SELECT evidence_url, content_hash FROM fact_versions`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var u, h string
		if err := rows.Scan(&u, &h); err != nil {
			t.Fatal(err)
		}
		if eligibility[u] != h || h == "" {
			t.Errorf("version citing %s records page %q, want %q", u, h, eligibility[u])
		}
	}
	rows.Close()

	refs, unresolved, err := w.PageRefs(ctx)
	if err != nil || len(unresolved) != 0 {
		t.Fatalf("PageRefs: %d unresolved, %v", len(unresolved), err)
	}
	var hashes []string
	for _, r := range refs {
		hashes = append(hashes, r.ContentHash)
	}
	// Program 2's host was down on night 2: its fact is carried, and the
	// page it cites (night 1's) is still referred to.
	down := eligibility[host("1400000002")+"/eligibility"]
	if !slices.Contains(hashes, down) {
		t.Errorf("PageRefs lacks %s, the page a carried fact cites", down)
	}
	for _, f := range n2.Fetches {
		if f.ContentHash != "" && !slices.Contains(hashes, f.ContentHash) {
			t.Errorf("PageRefs lacks tonight's page %s", f.URL)
		}
	}
	if id, err := w.PublishedRunID(ctx); err != nil || id != "n2" {
		t.Errorf("PublishedRunID = %q, %v", id, err)
	}

	// A version from before schema version 7 has no hash: unresolved.
	if _, err := w.DB().ExecContext(ctx, `UPDATE fact_versions SET content_hash = NULL WHERE program_id = '1400000002'`); err != nil {
		t.Fatal(err)
	}
	_, unresolved, err = w.PageRefs(ctx)
	if err != nil || len(unresolved) != 1 || unresolved[0].URL != host("1400000002")+"/eligibility" {
		t.Errorf("unresolved = %+v, %v", unresolved, err)
	}
}

// TestRunsListsRunFiles: every run's manifest, report and journal, oldest first.
func TestRunsListsRunFiles(t *testing.T) {
	dir := t.TempDir()
	mustRunNight(t, testConfig(), dir, buildNight("n1", "2026-03-01", []prog{{id: "1400000001"}}), imgfriendly.RunPublished)
	if err := writeFileAtomic(ReportPath(dir, "n1"), []byte("<html>")); err != nil {
		t.Fatal(err)
	}
	runs, err := Runs(dir)
	if err != nil || len(runs) != 1 {
		t.Fatalf("Runs = %+v, %v", runs, err)
	}
	r := runs[0]
	if r.RunID != "n1" || r.Status != imgfriendly.RunPublished || r.Night.Format("2006-01-02") != "2026-03-01" ||
		r.Manifest == "" || r.Report == "" || r.Journal != "" || r.Staging {
		t.Errorf("run files %+v", r)
	}
	if err := LinkReport(dir, "n1"); err != nil {
		t.Fatal(err)
	}
}
