package main

import (
	"flag"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/imgfriendly/imgfriendly"
	"github.com/imgfriendly/imgfriendly/testweb"
)

// scriptTestweb is the testscript command "testweb [-programs N] [-seed S]
// [-out DIR]": it serves the synthetic web on a loopback port for the rest
// of the script, sets $WEB to its address, and writes into DIR the seed list
// (seeds.csv), the institutions (institutions.csv: name,url,state,city) and
// check-seeds.csv, a seed list whose rows exercise each case `seeds check`
// tells apart: program ids 1000000001… named "check case: CASE" (moved,
// temporary, out_of_scope, dead, dead_5xx, blocked, not_program_page, gme,
// shared) on the first institution with two programs or more; the first
// row is that institution's first program itself, and the "shared" row is
// that program's URL again), and health-seeds.csv, the seed list plus
// 1000000101 (a URL answering 410) and 1000000102 (disallowed by robots.txt).
func scriptTestweb(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! testweb")
	}
	fs := flag.NewFlagSet("testweb", flag.ContinueOnError)
	programs := fs.Int("programs", 12, "programs")
	seed := fs.Int64("seed", 1, "seed")
	out := fs.String("out", "web", "directory for the files")
	if err := fs.Parse(args); err != nil {
		ts.Fatalf("testweb: %v", err)
	}
	w, err := testweb.New(testweb.Config{Programs: *programs, Seed: *seed})
	ts.Check(err)
	srv := httptest.NewServer(w.Handler())
	ts.Defer(srv.Close)
	ts.Setenv("WEB", strings.TrimPrefix(srv.URL, "http://"))
	dir := ts.MkAbs(*out)
	ts.Check(os.MkdirAll(dir, 0o755))
	write := func(name string, programs []imgfriendly.Program) {
		f, err := os.Create(filepath.Join(dir, name))
		ts.Check(err)
		ts.Check(imgfriendly.WriteSeeds(f, programs))
		ts.Check(f.Close())
	}
	write("seeds.csv", w.Programs())
	var b strings.Builder
	b.WriteString("institution,url,state,city\n")
	for _, inst := range w.Institutions() {
		b.WriteString(inst.Name + "," + inst.GMEURL + "," + inst.State + "," + inst.City + "\n")
	}
	ts.Check(os.WriteFile(filepath.Join(dir, "institutions.csv"), []byte(b.String()), 0o644))
	var inst testweb.Institution // the first with two programs or more: its GME page lists several
	for _, in := range w.Institutions() {
		if len(in.Programs) >= 2 {
			inst = in
			break
		}
	}
	var first imgfriendly.Program
	for _, p := range w.Programs() {
		if p.ID == inst.Programs[0].ProgramID {
			first = p
		}
	}
	cases := w.InstitutionCases(inst)
	checks := []imgfriendly.Program{first}
	for i, c := range []string{"moved", "temporary", "out_of_scope", "dead", "dead_5xx", "blocked", "not_program_page", "gme", "shared"} {
		p := first
		p.ID = "10000000" + string(rune('0'+(i+1)/10)) + string(rune('0'+(i+1)%10))
		p.Name = "check case: " + c
		p.RosterURL = ""
		if c == "shared" {
			p.URL = first.URL
		} else {
			p.URL = cases[c]
		}
		checks = append(checks, p)
	}
	write("check-seeds.csv", checks)
	// health-seeds.csv: the whole web plus a program whose URL is gone
	// (410) and one robots.txt disallows, for the nightly seed health.
	health := w.Programs()
	for _, c := range []string{"dead", "blocked"} {
		p := first
		p.ID, p.Name, p.URL, p.RosterURL, p.NRMPCodes = "10000001"+map[string]string{"dead": "01", "blocked": "02"}[c], "health case: "+c, cases[c], "", nil
		health = append(health, p)
	}
	write("health-seeds.csv", health)
}
