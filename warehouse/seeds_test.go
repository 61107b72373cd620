package warehouse

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

// TestSeedTables stores two nights of stated ids, id conflicts and seed
// health: the crosswalk view pairs each page group's ACGME id with its NRMP
// codes, ids and conflicts hold the latest night only, seed health keeps
// every night, and LastSeedHealth reads the last published night's counts.
func TestSeedTables(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ev := func(u string) imgfriendly.Evidence {
		return imgfriendly.Evidence{URL: u, Text: "ids", Selector: "main p", FetchedAt: day("2026-03-01")}
	}
	n1 := gateNight("n1", "2026-03-01", func(n *Night) {
		a, b := n.Programs[0].ID, n.Programs[1].ID
		n.StatedIDs = []imgfriendly.StatedID{
			{ProgramID: a, Kind: imgfriendly.IDACGME, Value: a, Group: 1, Label: "ACGME ID", Context: "Internal Medicine", Evidence: ev(host(a) + "/")},
			{ProgramID: a, Kind: imgfriendly.IDNRMP, Value: "1234140C0", Group: 1, Evidence: ev(host(a) + "/")},
			{ProgramID: a, Kind: imgfriendly.IDNRMP, Value: "1234140P0", Group: 1, Evidence: ev(host(a) + "/")},
			{ProgramID: a, Kind: imgfriendly.IDACGME, Value: "1203621001", Group: 2, Evidence: ev(host(a) + "/")},
			{ProgramID: b, Kind: imgfriendly.IDNRMP, Value: "5555140C0", Group: 1, Evidence: ev(host(b) + "/")},
		}
		n.IDConflicts = []imgfriendly.IDConflict{{ProgramID: b, Kind: imgfriendly.ConflictCodeNotInSeed, PageValue: "5555140C0", Evidence: ev(host(b) + "/")}}
		n.SeedHealth = []imgfriendly.SeedHealth{
			{ProgramID: a, URL: host(a) + "/", Status: 200, Outcome: "ok"},
			{ProgramID: b, URL: host(b) + "/", Status: 503, Outcome: "dead", Detail: "http_status: 503", FailingNights: 2},
		}
	})
	mustRunNight(t, testConfig(), dir, n1, imgfriendly.RunPublished)
	n2 := gateNight("n2", "2026-03-02", func(n *Night) {
		b := n.Programs[1].ID
		n.SeedHealth = []imgfriendly.SeedHealth{{ProgramID: b, URL: host(b) + "/", Outcome: "dead", FailingNights: 3}}
	})
	// The crosswalk after night 1, read from the published warehouse.
	w, err := Open(ctx, dir+"/"+WarehouseFile, true)
	if err != nil {
		t.Fatal(err)
	}
	var pairs [][2]string
	rows, err := w.DB().QueryContext(ctx, `SELECT acgme_id, nrmp_code FROM id_crosswalk ORDER BY 1, 2`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var p [2]string
		rows.Scan(&p[0], &p[1])
		pairs = append(pairs, p)
	}
	rows.Close()
	a := n1.Programs[0].ID
	if diff := cmp.Diff([][2]string{{a, "1234140C0"}, {a, "1234140P0"}}, pairs); diff != "" {
		t.Errorf("crosswalk (-want +got):\n%s", diff)
	}
	last, err := w.LastSeedHealth(ctx)
	w.Close()
	if err != nil || last[n1.Programs[1].ID] != 2 || last[a] != 0 {
		t.Fatalf("last seed health %v %v", last, err)
	}
	mustRunNight(t, testConfig(), dir, n2, imgfriendly.RunPublished)
	w, err = Open(ctx, dir+"/"+WarehouseFile, true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var ids, conflicts, health, nights int
	if err := w.DB().QueryRowContext(ctx, `SELECT (SELECT count(*) FROM stated_ids), (SELECT count(*) FROM id_conflicts),
 (SELECT count(*) FROM seed_health), (SELECT count(DISTINCT night) FROM seed_health)`).Scan(&ids, &conflicts, &health, &nights); err != nil {
		t.Fatal(err)
	}
	if ids != 0 || conflicts != 0 || health != 3 || nights != 2 {
		t.Errorf("after night 2: %d ids, %d conflicts (want 0, 0: the latest night only), %d health rows over %d nights (want 3 over 2)", ids, conflicts, health, nights)
	}
	if last, err := w.LastSeedHealth(ctx); err != nil || last[n1.Programs[1].ID] != 3 || len(last) != 1 {
		t.Errorf("last seed health after night 2: %v %v", last, err)
	}
}
