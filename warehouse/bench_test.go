package warehouse

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/imgfriendly/imgfriendly"
)

// syntheticNight is a night the size of the full seed list: programs
// programs, 15 facts and 31 residents each (≈13k programs, 195k facts, 403k
// residents, 39k fetches for 13,000). variant changes a few facts per night
// so later nights exercise history.
func syntheticNight(runID, night string, programs, variant int) Night {
	ps := make([]prog, programs)
	for i := range ps {
		var fs []fact
		for j, fk := range imgfriendly.FieldKinds[:15] {
			var v imgfriendly.Value
			switch fk.Kind {
			case imgfriendly.ValueBool:
				v = imgfriendly.BoolValue((i+j)%3 != 0)
			case imgfriendly.ValueNumber:
				n := float64(3 + (i+j)%4)
				if fk.Field == imgfriendly.FieldStep2CKMin || fk.Field == imgfriendly.FieldStep2CKPreferredMin {
					n = float64(200 + (i+j)%50)
				}
				v = imgfriendly.NumValue(n)
			case imgfriendly.ValueText:
				v = imgfriendly.TextValue(map[imgfriendly.Field]string{
					imgfriendly.FieldYOGCountedTo: "application", imgfriendly.FieldUSCERequirement: "required"}[fk.Field])
			}
			if fk.Field == imgfriendly.FieldStep2CKMin && i%100 == 0 {
				v = imgfriendly.NumValue(float64(210 + variant%40)) // 1 % of programs move their minimum each night
			}
			fs = append(fs, fact{fk.Field, v, "", fmt.Sprintf("Statement %d about %s.", i, fk.Field)})
		}
		ps[i] = prog{id: fmt.Sprintf("14%08d", i), residents: 31, imgs: i % 32, facts: fs}
	}
	return buildNight(runID, night, ps)
}

func benchConfig() Config {
	c := DefaultConfig()
	c.MemoryLimit = "4GB"
	c.Threads = 2
	return c
}

// BenchmarkRunNight13k loads a full-size first night into an empty data
// directory: staging, Appender load, history, gates, publish, Parquet.
//
//	go test ./warehouse -run '^$' -bench RunNight13k -benchtime 3x
func BenchmarkRunNight13k(b *testing.B) {
	n := syntheticNight("bench", "2026-03-01", 13000, 0)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		dir := filepath.Join(b.TempDir(), fmt.Sprint(i))
		i++
		if out, err := RunNight(context.Background(), benchConfig(), dir, n); err != nil {
			b.Fatalf("%s: %v %+v", out.Status, err, failedGates(out))
		}
	}
}

// BenchmarkRunNight13kOverHistory loads full-size nights one after another
// into the same directory: each copies the published warehouse, updates
// history against the previous night, gates and publishes.
func BenchmarkRunNight13kOverHistory(b *testing.B) {
	dir := b.TempDir()
	if _, err := RunNight(context.Background(), benchConfig(), dir, syntheticNight("n0", "2026-03-01", 13000, 0)); err != nil {
		b.Fatal(err)
	}
	nights := make([]Night, 0, 8)
	for k := 1; k <= 8; k++ {
		nights = append(nights, syntheticNight(fmt.Sprintf("n%d", k), day("2026-03-01").AddDate(0, 0, k).Format(time.DateOnly), 13000, k))
	}
	k := 0
	for b.Loop() {
		if k >= len(nights) {
			b.Fatal("more iterations than prepared nights; use -benchtime Nx with N ≤ 8")
		}
		if out, err := RunNight(context.Background(), benchConfig(), dir, nights[k]); err != nil {
			b.Fatalf("%s: %v %+v", out.Status, err, failedGates(out))
		}
		k++
	}
}

// BenchmarkLoadResidents compares the Appender with row-by-row prepared
// INSERTs in one transaction on 20,000 residents: the ratio of the two is
// the reason RunNight never INSERTs row by row.
func BenchmarkLoadResidents(b *testing.B) {
	n := syntheticNight("r", "2026-03-01", 650, 0) // 650 × 31 ≈ 20k residents
	rows := len(n.Residents)
	setup := func(b *testing.B) (*sql.Conn, func()) {
		w, err := Open(context.Background(), filepath.Join(b.TempDir(), "w.duckdb"), false)
		if err != nil {
			b.Fatal(err)
		}
		conn, err := w.DB().Conn(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		return conn, func() { conn.Close(); w.Close() }
	}
	row := func(i int) []driver.Value {
		r := n.Residents[i]
		return []driver.Value{"r", r.ProgramID, r.Name, r.School, nil, r.Year, r.CanonicalSchool, r.SchoolCountry,
			*r.IMG, r.SchoolConfidence, r.Evidence.URL, r.Evidence.Text, r.Evidence.Selector, r.Evidence.FetchedAt}
	}
	b.Run("appender", func(b *testing.B) {
		conn, done := setup(b)
		defer done()
		for b.Loop() {
			if err := appendRows(context.Background(), conn, "", "residents", rows, row); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	b.Run("insert", func(b *testing.B) {
		conn, done := setup(b)
		defer done()
		for b.Loop() {
			tx, err := conn.BeginTx(context.Background(), nil)
			if err != nil {
				b.Fatal(err)
			}
			stmt, err := tx.Prepare(`INSERT INTO residents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
			if err != nil {
				b.Fatal(err)
			}
			for i := range rows {
				vals := row(i)
				args := make([]any, len(vals))
				for j, v := range vals {
					args[j] = v
				}
				if _, err := stmt.Exec(args...); err != nil {
					b.Fatal(err)
				}
			}
			stmt.Close()
			if err := tx.Commit(); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
	})
}

// TestNight13k runs three full-size nights (IMGF_LONG=1 only: about a
// minute on 2 cores) and checks what they published, and that the warehouse
// file does not grow with nights that replace the same amount of data.
func TestNight13k(t *testing.T) {
	if os.Getenv("IMGF_LONG") == "" {
		t.Skip("full-size nights: set IMGF_LONG=1")
	}
	ctx := context.Background()
	dir := t.TempDir()
	var sizes []int64
	for k, night := range []string{"2026-03-01", "2026-03-02", "2026-03-03"} {
		n := syntheticNight(fmt.Sprintf("n%d", k), night, 13000, k)
		start := time.Now()
		out, err := RunNight(ctx, benchConfig(), dir, n)
		if err != nil {
			t.Fatalf("night %s: %s %v %+v", night, out.Status, err, failedGates(out))
		}
		st, err := os.Stat(filepath.Join(dir, WarehouseFile))
		if err != nil {
			t.Fatal(err)
		}
		sizes = append(sizes, st.Size())
		t.Logf("night %s: %.1fs, warehouse %.1f MB, counts %v", night, time.Since(start).Seconds(), float64(st.Size())/1e6, out.Counts)
		wantCounts := map[string]int{"programs": 13000, "facts": 195000, "residents": 403000, "fetches": 39000}
		for k, v := range wantCounts {
			if out.Counts[k] != v {
				t.Errorf("night %s: %s = %d, want %d", night, k, out.Counts[k], v)
			}
		}
		if k > 0 && out.Counts["changes_changed"] != 130 {
			t.Errorf("night %s: %d changed facts, want 130 (1 %% of programs move their Step 2 CK minimum)", night, out.Counts["changes_changed"])
		}
	}
	if sizes[2] > sizes[1]*13/10 {
		t.Errorf("warehouse grew from %d to %d bytes between nights 2 and 3: deleted rows are not reused", sizes[1], sizes[2])
	}
}

// TestNight13kUnderNightMemoryLimit runs a full-size first night with
// DuckDB held to the default night_memory_limit (IMGF_LONG=1 only): every
// step must spill or fit. Before, the programs table's build (programsSQL
// as one statement) needed more than 128MB at 13k programs, and the
// Parquet export of that table, one row group, more than 96MB.
func TestNight13kUnderNightMemoryLimit(t *testing.T) {
	if os.Getenv("IMGF_LONG") == "" {
		t.Skip("full-size night: set IMGF_LONG=1")
	}
	cfg := benchConfig()
	cfg.NightMemoryLimit = DefaultConfig().NightMemoryLimit
	n := syntheticNight("small", "2026-03-01", 13000, 0)
	out, err := RunNight(context.Background(), cfg, t.TempDir(), n)
	if err != nil {
		t.Fatalf("night under night_memory_limit %s: %s %v", cfg.NightMemoryLimit, out.Status, err)
	}
	if out.Counts["programs"] != 13000 {
		t.Errorf("programs = %d, want 13000", out.Counts["programs"])
	}
}
