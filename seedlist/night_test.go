package seedlist

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/imgfriendly/imgfriendly"
)

func TestIDConflicts(t *testing.T) {
	im := imgfriendly.Program{ID: "1403621123", NRMPCodes: []string{"1234140C0", "1234140P0"}, Specialty: "Internal Medicine"}
	fm := imgfriendly.Program{ID: "1203621001", NRMPCodes: []string{"1234120C0"}, Specialty: "Family Medicine"}
	surg := imgfriendly.Program{ID: "4403621124", Specialty: "General Surgery"}
	ped := imgfriendly.Program{ID: "3203621002", NRMPCodes: []string{"1234320C0"}, Specialty: "Pediatrics"}
	id := func(prog string, kind imgfriendly.IDKind, v, page string, group int) imgfriendly.StatedID {
		return imgfriendly.StatedID{ProgramID: prog, Kind: kind, Value: v, Group: group, Evidence: imgfriendly.Evidence{URL: page, Text: v}}
	}
	ids := []imgfriendly.StatedID{
		// IM's page: its own ACGME id, one of its codes and a code the seed row lacks.
		id(im.ID, imgfriendly.IDACGME, "1403621123", "http://im/", 1),
		id(im.ID, imgfriendly.IDNRMP, "1234140C0", "http://im/", 1),
		id(im.ID, imgfriendly.IDNRMP, "1234140C1", "http://im/", 1),
		// and a sibling's ids in its footer: not a conflict.
		id(im.ID, imgfriendly.IDACGME, "1203621001", "http://im/", 2),
		// FM's page prints another FM id and no code of the seed row.
		id(fm.ID, imgfriendly.IDACGME, "1203629999", "http://fm/", 1),
		id(fm.ID, imgfriendly.IDACGME, "4403621124", "http://fm/", 2),
		// Surgery's page prints only a code: nothing to compare with.
		id(surg.ID, imgfriendly.IDNRMP, "1234440C0", "http://surg/", 1),
		// Pediatrics' own code, beside another ACGME id.
		id(ped.ID, imgfriendly.IDNRMP, "1234320C0", "http://peds/", 1),
		id(ped.ID, imgfriendly.IDACGME, "3203620000", "http://peds/", 1),
	}
	got := IDConflicts([]imgfriendly.Program{im, fm, surg, ped}, ids)
	var short [][4]string
	for _, c := range got {
		short = append(short, [4]string{c.ProgramID, c.Kind, c.SeedValue, c.PageValue})
	}
	want := [][4]string{
		{im.ID, imgfriendly.ConflictCodeNotInSeed, "", "1234140C1"},
		{im.ID, imgfriendly.ConflictCodeNotOnPage, "1234140P0", ""},
		{fm.ID, imgfriendly.ConflictACGMEID, fm.ID, "1203629999"},
		{ped.ID, imgfriendly.ConflictACGMEID, ped.ID, "3203620000"},
	}
	if diff := cmp.Diff(want, short); diff != "" {
		t.Errorf("conflicts (-want +got):\n%s", diff)
	}
	if got[0].Evidence.URL != "http://im/" {
		t.Errorf("evidence: %+v", got[0].Evidence)
	}
}

func TestNightHealth(t *testing.T) {
	a := imgfriendly.Program{ID: "1403621123", Specialty: "Internal Medicine", URL: "http://a.test/"}
	b := imgfriendly.Program{ID: "1203621001", Specialty: "Family Medicine", URL: "http://b.test/"}
	c := imgfriendly.Program{ID: "3203621002", Specialty: "Pediatrics", URL: "http://c.test/"}
	d := imgfriendly.Program{ID: "4003621003", Specialty: "Psychiatry", URL: "http://d.test/"}
	fetches := []imgfriendly.Fetch{
		{ProgramID: a.ID, URL: a.URL, FinalURL: a.URL, Kind: imgfriendly.KindProgram, Status: 200, ContentHash: "ha"},
		{ProgramID: a.ID, URL: a.URL + "eligibility/", Kind: imgfriendly.KindEligibility, Depth: 1, Status: 404, Error: "http_status: 404"},
		{ProgramID: b.ID, URL: b.URL, Kind: imgfriendly.KindProgram, Status: 503, Error: "http_status: 503", Attempts: 4},
		{ProgramID: c.ID, URL: c.URL, FinalURL: c.URL, Kind: imgfriendly.KindProgram, Status: 200, ContentHash: "hc"},
	}
	pages := map[string]*imgfriendly.PageFacts{
		"ha": {Kind: imgfriendly.KindProgram, Title: "Internal Medicine Residency"},
		"hc": {Kind: imgfriendly.KindOther, Title: "Parking and directions"},
	}
	got := NightHealth([]imgfriendly.Program{a, b, c, d}, fetches, func(f imgfriendly.Fetch) *imgfriendly.PageFacts { return pages[f.ContentHash] },
		map[string]int{a.ID: 2, b.ID: 2, d.ID: 5})
	var short []string
	for _, h := range got {
		short = append(short, h.ProgramID+" "+h.Outcome+" "+string(rune('0'+h.FailingNights)))
	}
	want := []string{a.ID + " ok 0", b.ID + " dead 3", c.ID + " not_program_page 0", d.ID + " dead 6"}
	if diff := cmp.Diff(want, short); diff != "" {
		t.Errorf("health (-want +got):\n%s", diff)
	}
	if f := FailingFor(got, 3); len(f) != 2 || f[0].ProgramID != d.ID || f[1].ProgramID != b.ID {
		t.Errorf("failing for 3 nights: %+v", f)
	}
}
