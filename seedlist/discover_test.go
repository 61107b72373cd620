package seedlist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

func TestReadInstitutions(t *testing.T) {
	give := "Sponsoring Institution,GME page,State\nMercy Hospital,www.mercy.test/gme,Illinois\n,http://x.test/,IL\nLakeside,mailto:gme@lakeside.test,IL\nNo URL Hospital,,IL\n"
	insts, probs, err := ReadInstitutions(Input{Name: "i.csv", Data: []byte(give)}, Options{StateCode: func(s string) (string, bool) {
		return map[string]string{"illinois": "IL", "il": "IL"}[strings.ToLower(s)], true
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(insts) != 1 || insts[0] != (imgfriendly.Institution{Name: "Mercy Hospital", URL: "http://www.mercy.test/gme", State: "IL"}) {
		t.Errorf("institutions: %+v", insts)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.Error())
	}
	want := `i.csv:3: no institution name|i.csv:4: url "mailto:gme@lakeside.test": is not a web address|i.csv:5: no GME page URL`
	if strings.Join(got, "|") != want {
		t.Errorf("problems:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	if _, _, err := ReadInstitutions(Input{Name: "n.csv", Data: []byte("hospital\nMercy\n")}, Options{}); err == nil || !strings.Contains(err.Error(), "n.csv: no header row") {
		t.Errorf("no url column: %v", err)
	}
	// "Name" names the institution in this file.
	insts, _, _ = ReadInstitutions(Input{Name: "m.csv", Data: []byte("name,url\nMercy,http://m.test/gme/\n")}, Options{})
	if len(insts) != 1 || insts[0].Name != "Mercy" {
		t.Errorf("name column: %+v", insts)
	}
}

func TestPropose(t *testing.T) {
	ok := func(u string) imgfriendly.Fetch {
		return imgfriendly.Fetch{URL: u, FinalURL: u, Status: 200, ContentHash: "h" + u}
	}
	link := func(spec, anchor, u string, strong, residency bool, target imgfriendly.Fetch) imgfriendly.ProgramLink {
		return imgfriendly.ProgramLink{Specialty: spec, Anchor: anchor, URL: u, Strong: strong, Residency: residency, Target: target}
	}
	gme := "http://www.mercy.test/gme/"
	scans := []imgfriendly.InstitutionScan{{
		Institution: imgfriendly.Institution{Name: "Mercy Hospital", URL: gme, State: "IL"},
		Pages:       []imgfriendly.Fetch{ok(gme)},
		Links: []imgfriendly.ProgramLink{
			link("Internal Medicine", "Internal Medicine Residency", "http://im.mercy.test/", true, true, ok("http://im.mercy.test/")),
			link("Family Medicine", "Family Medicine", "http://fm.mercy.test/", true, false, ok("http://fm.mercy.test/")),
			link("Pediatrics", "Pediatrics Residency", "http://peds.mercy.test/", true, true, imgfriendly.Fetch{URL: "http://peds.mercy.test/", Status: 404, Error: "http_status: 404"}),
			link("Psychiatry", "Psychiatry Residency", "http://psych.mercy.test/a", true, true, ok("http://psych.mercy.test/a")),
			link("Psychiatry", "Psychiatry Residency Program", "http://psych.mercy.test/b", true, true, ok("http://psych.mercy.test/b")),
			link("Dermatology", "Dermatology Clinic", "http://www.mercy.test/derm/", true, false, imgfriendly.Fetch{}),
			link("Neurology", "Neurology Residency", "http://neuro.mercy.test/", true, true, ok("http://neuro.mercy.test/")),
		},
	}}
	scans[0].Links[5].Ignored = "clinic"
	pages := map[string]*imgfriendly.PageFacts{
		gme:                         {Kind: imgfriendly.KindProgram, IDs: []imgfriendly.StatedID{{Kind: imgfriendly.IDACGME, Value: "1401711111", Group: 1, Context: "Internal Medicine"}}},
		"http://im.mercy.test/":     {Kind: imgfriendly.KindProgram, Title: "Internal Medicine Residency | Mercy"},
		"http://fm.mercy.test/":     {Kind: imgfriendly.KindProgram, Title: "Home", IDs: []imgfriendly.StatedID{{Kind: imgfriendly.IDNRMP, Value: "1111120C0", Group: 1}}},
		"http://psych.mercy.test/a": {Kind: imgfriendly.KindProgram, Title: "Psychiatry Residency"},
		"http://psych.mercy.test/b": {Kind: imgfriendly.KindProgram, Title: "Psychiatry Residency"},
		"http://neuro.mercy.test/":  {Kind: imgfriendly.KindProgram, Title: "Neurology"},
	}
	programs := []imgfriendly.Program{
		{ID: "1401711111", Name: "Mercy Hospital Internal Medicine", Specialty: "Internal Medicine", State: "IL"},
		{ID: "1201711112", Name: "Family Medicine Residency - Mercy Hospital", Specialty: "Family Medicine", NRMPCodes: []string{"1111120C0"}},
		{ID: "3201711113", Institution: "mercy hospital", Name: "Peds", Specialty: "Pediatrics"},
		{ID: "4001711114", Name: "Mercy Hospital Psychiatry", Specialty: "Psychiatry"},
		{ID: "0801711115", Name: "Mercy Hospital Dermatology", Specialty: "Dermatology"},
		{ID: "1401799999", Name: "Mercy Hospital IM", Specialty: "Internal Medicine", State: "TX"},
		{ID: "9991711116", Name: "Mercy Hospital TY", Specialty: "Underwater Medicine"},
	}
	d := Propose(scans, func(u string) *imgfriendly.PageFacts { return pages[u] }, programs)
	got := map[string]Proposal{}
	for _, p := range d.Proposals {
		got[p.Program.ID] = p
	}
	for id, want := range map[string]struct {
		url  string
		conf float64
	}{
		"1401711111": {"http://im.mercy.test/", 0.99},  // 0.6 + GME id 0.1 + answers 0.1 + program 0.1 + title 0.2, capped
		"1201711112": {"http://fm.mercy.test/", 1},     // prints its NRMP code
		"3201711113": {"http://peds.mercy.test/", 0.3}, // dead link: halved
		"4001711114": {"http://psych.mercy.test/a", 0.84},
	} {
		p, ok := got[id]
		if !ok || p.URL != want.url || p.Confidence != want.conf {
			t.Errorf("%s: %+v, want %s at %.2f", id, p, want.url, want.conf)
		}
	}
	if r := got["4001711114"].Reasons; !strings.Contains(strings.Join(r, ";"), "another link for Psychiatry scores about the same: http://psych.mercy.test/b") {
		t.Errorf("ambiguity not said: %v", r)
	}
	unfound := map[string]string{}
	for _, u := range d.Unfound {
		unfound[u.Program.ID] = u.Reason
	}
	for id, want := range map[string]string{
		"0801711115": "no residency link for Dermatology on " + gme,
		"1401799999": "no institution in the file is its sponsor",
		"9991711116": `specialty "Underwater Medicine" is not in the specialty table`,
	} {
		if !strings.HasPrefix(unfound[id], want) {
			t.Errorf("%s unfound: %q, want %q", id, unfound[id], want)
		}
	}
	if len(d.Others) != 1 || d.Others[0].Link.Specialty != "Neurology" {
		t.Errorf("others: %+v", d.Others)
	}
	if acc := d.Accepted(0.7); len(acc) != 3 || acc[0].URL != "http://im.mercy.test/" {
		t.Errorf("accepted: %+v", acc)
	}
	var buf bytes.Buffer
	if err := d.WriteSummary(&buf, len(programs), 0.7); err != nil || !strings.Contains(buf.String(), "proposed a URL for 4 of 7 programs (57%), 3 at confidence ≥ 0.70; 3 without one; 1 links to programs not in the list") {
		t.Errorf("summary %v:\n%s", err, buf.String())
	}
}
