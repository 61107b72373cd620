package warehouse

import (
	"context"
	"errors"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// A long-running reader moves to a newly published night on its next
// Acquire, while a reader that still holds the old night finishes on it.
func TestPublishedFollowsNights(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	p := NewPublished(dir, cfg)
	defer p.Close()

	if _, err := p.Acquire(ctx); !errors.Is(err, ErrNotPublished) {
		t.Fatalf("Acquire before any night: %v, want ErrNotPublished", err)
	}
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	s1, err := p.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s1.RunID != "n1" || s1.Night.Format("2006-01-02") != "2026-02-01" {
		t.Fatalf("first night: %q %v", s1.RunID, s1.Night)
	}
	again, err := p.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again != s1 {
		t.Fatal("an unchanged warehouse was opened again")
	}
	again.Release()

	mustRunNight(t, cfg, dir, gateNight("n2", "2026-02-02", changeEveryStep2CK), imgfriendly.RunPublished)
	s2, err := p.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Release()
	if s2.RunID != "n2" {
		t.Fatalf("after the second night: run %q, want n2", s2.RunID)
	}
	var ck1, ck2 float64
	if err := s1.DB.QueryRowContext(ctx, `SELECT max(step2ck_min) FROM programs`).Scan(&ck1); err != nil {
		t.Fatalf("the old night, still held: %v", err)
	}
	if err := s2.DB.QueryRowContext(ctx, `SELECT max(step2ck_min) FROM programs`).Scan(&ck2); err != nil {
		t.Fatal(err)
	}
	if ck1 != 220 || ck2 != 225 {
		t.Errorf("step2ck_min: old night %v (want 220), new night %v (want 225)", ck1, ck2)
	}
	s1.Release()
	if err := s1.DB.PingContext(ctx); err == nil {
		t.Error("the old night is still open after its last reader released it")
	}
}

// SQL on a published snapshot cannot read or write files, nor attach others.
func TestPublishedRefusesExternalAccess(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cfg := testConfig()
	mustRunNight(t, cfg, dir, gateNight("n1", "2026-02-01", nil), imgfriendly.RunPublished)
	p := NewPublished(dir, cfg)
	defer p.Close()
	s, err := p.Acquire(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Release()
	var n int
	if err := s.DB.QueryRowContext(ctx, `SELECT count(*) FROM programs`).Scan(&n); err != nil || n != 30 {
		t.Fatalf("programs: %d, %v; want 30", n, err)
	}
	for _, q := range []string{
		`SELECT * FROM read_csv('/etc/passwd')`,
		`COPY programs TO '` + t.TempDir() + `/out.csv'`,
		`ATTACH '` + t.TempDir() + `/other.duckdb' AS other`,
		`SET enable_external_access = true`,
		`CREATE TABLE x AS SELECT 1`,
	} {
		if _, err := s.DB.ExecContext(ctx, q); err == nil {
			t.Errorf("%s: succeeded, want refused", q)
		}
	}
}
