package web

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/imgfriendly/imgfriendly/internal/browsertest"
	"github.com/imgfriendly/imgfriendly/queries"
	"github.com/imgfriendly/imgfriendly/warehouse"
)

// newBrowser starts a headless Chromium (internal/browsertest: fresh
// profile, no network of its own) with every *.test host mapped to testHosts
// (the fixture's program pages), at the given width; below 600 it is a phone.
func newBrowser(t *testing.T, testHosts net.Addr, width int) context.Context {
	t.Helper()
	o := browsertest.Options{Width: width, Height: 900}
	if width < 600 {
		o.Height, o.Mobile = 844, true
	}
	if testHosts != nil {
		o.MapTestHosts = testHosts.String()
	}
	return browsertest.New(t, o)
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// text is the visible text of the first element matching the CSS selector.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
	must(t, err, "text of "+sel)
	return s
}

// tierIn is the tier label shown for the named program in the list.
func tierIn(t *testing.T, ctx context.Context, name string) string {
	t.Helper()
	js := fmt.Sprintf(`(() => { for (const tr of document.querySelectorAll("tr.program")) {
		const a = tr.querySelector("td.name > a"); if (a && a.textContent === %q) { const s = tr.querySelector(".tier"); return s ? s.textContent : "(no tier)"; } }
		return "(not listed)"; })()`, name)
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
	must(t, err, "tier of "+name)
	return s
}

// fillProfile fills and submits the profile form as a person would, and
// waits for the tiered list.
func fillProfile(t *testing.T, ctx context.Context, graduated string) {
	t.Helper()
	must(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`header nav a[href="/profile"]`)),
		chromedp.WaitVisible(chromedp.ID("graduation_year")),
		chromedp.Clear(chromedp.ID("graduation_year")),
		chromedp.SendKeys(chromedp.ID("graduation_year"), graduated),
		chromedp.SetValue(chromedp.ID("citizenship"), "non_us"),
		chromedp.SetValue(chromedp.ID("visa_needed"), "j1"),
		chromedp.Click(chromedp.ID("step1_yes")),
		chromedp.Clear(chromedp.ID("step2ck_score")),
		chromedp.SendKeys(chromedp.ID("step2ck_score"), "235"),
		chromedp.Clear(chromedp.ID("hands_on_months")),
		chromedp.SendKeys(chromedp.ID("hands_on_months"), "3"),
	), "fill the profile form")
	checked, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector('input[name=specialties][value="Internal Medicine"]').checked`))
	must(t, err, "read the specialty box")
	if !checked {
		must(t, chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`input[name=specialties][value="Internal Medicine"]`))), "tick Internal Medicine")
	}
	must(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`form.profile button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS("table.programs .tier")),
	), "save the profile")
}

// The applicant's path through the pages in a real Chromium: the list, the
// profile form and tiers that follow it, a program, an evidence link to the
// program's own page, a SOAP paste, the tracker download, and the keyboard.
func TestBrowser(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	publishFixture(t, dir, 2)
	ev := evidenceWeb(t)
	ts := newTestServer(t, dir, Config{Limits: Limits{SOAPPageSize: 1}})
	ctx := newBrowser(t, ev.Listener.Addr(), 1280)

	// The list, without a profile.
	must(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("table.programs"))), "load the list")
	if got := text(t, ctx, "#count"); !strings.HasPrefix(got, "5 of 5 programs") {
		t.Errorf("list without a profile: %q", got)
	}

	// The keyboard reaches the skip link first.
	must(t, chromedp.Do(ctx, chromedp.KeyEvent("\t")), "press Tab")
	if cls, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className`)); cls != "skip" {
		t.Errorf("first Tab focuses %q, want the skip link", cls)
	}

	// Fill the profile: tiers appear; change the graduation year: they change.
	fillProfile(t, ctx, "2022")
	if got := tierIn(t, ctx, "Harbor Internal Medicine Residency"); got != "Not eligible" {
		t.Errorf("Harbor, graduated 2022: %q, want Not eligible", got)
	}
	if got := tierIn(t, ctx, "Lakeside Internal Medicine Residency"); got != "High" {
		t.Errorf("Lakeside: %q, want High", got)
	}
	fillProfile(t, ctx, "2024")
	if got := tierIn(t, ctx, "Harbor Internal Medicine Residency"); got != "High" {
		t.Errorf("Harbor, graduated 2024: %q, want High", got)
	}

	// Open a program; its facts quote the page.
	must(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`td.name > a[href="/program/1401100001"]`)),
		chromedp.WaitVisible(chromedp.CSS("table.facts")),
	), "open a program")
	if got := text(t, ctx, "h1"); got != "Lakeside Internal Medicine Residency" {
		t.Errorf("program page title %q", got)
	}
	if got := text(t, ctx, "table.facts"); !strings.Contains(got, "We accept J-1 visas sponsored by the ECFMG.") {
		t.Errorf("program facts without the evidence sentence: %q", got)
	}

	// Follow an evidence link to the program's own page.
	must(t, chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`table.facts a.source`)),
		chromedp.WaitVisible(chromedp.CSS("main p")),
	), "follow an evidence link")
	loc, err := chromedp.Run(ctx, chromedp.Location())
	must(t, err, "location")
	if !strings.HasPrefix(loc, "http://p1401100001.test/eligibility") {
		t.Errorf("evidence link led to %q", loc)
	}
	if got := text(t, ctx, "main"); !strings.Contains(got, "We accept J-1 visas sponsored by the ECFMG.") {
		t.Errorf("the evidence page does not hold the sentence: %q", got)
	}

	// Paste a SOAP list.
	list := "1001-140-C0\tLakeside Internal Medicine Residency\tSpringfield\tIL\t2\n9999-140-C0\tNowhere General Hospital\tNowhere\tWY\t1\n"
	must(t, chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/soap"),
		chromedp.WaitVisible(chromedp.ID("unfilled")),
		chromedp.SetValue(chromedp.ID("unfilled"), list),
		chromedp.Click(chromedp.CSS(`form.soap button[type=submit]`)),
		chromedp.WaitVisible(chromedp.ID("matched")),
	), "match a SOAP list")
	if got := text(t, ctx, "#matched"); !strings.HasPrefix(got, "1 matched program") {
		t.Errorf("SOAP: %q", got)
	}
	if got := text(t, ctx, "table.soapres"); !strings.Contains(got, "Lakeside Internal Medicine Residency") || !strings.Contains(got, "High") {
		t.Errorf("SOAP matches: %q", got)
	}
	if got := text(t, ctx, "#unmatched"); !strings.HasPrefix(got, "1 row(s) not matched") {
		t.Errorf("SOAP unmatched: %q", got)
	}

	// A result of two pages (one match a page here): the pager's button
	// sends the list again and shows the second match.
	list = "1001-140-C0\tLakeside\tSpringfield\tIL\t2\n1002-140-C0\tHarbor\tBaltimore\tMD\t1\n"
	must(t, chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/soap"),
		chromedp.WaitVisible(chromedp.ID("unfilled")),
		chromedp.SetValue(chromedp.ID("unfilled"), list),
		chromedp.Click(chromedp.CSS(`form.soap button[type=submit]`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.pager button[value="2"]`)),
		chromedp.Click(chromedp.CSS(`nav.pager button[value="2"]`)),
		chromedp.WaitVisible(chromedp.CSS(`nav.pager button[value="1"]`)),
	), "page a SOAP result")
	if got := text(t, ctx, "table.soapres"); !strings.Contains(got, "Harbor Internal Medicine Residency") || strings.Contains(got, "Lakeside") {
		t.Errorf("SOAP page 2: %q", got)
	}

	// Download the tracker.
	downloads := t.TempDir()
	progress := chromedp.Events(ctx, browser.DownloadProgress)
	must(t, chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS("p.downloads")),
		chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
			t := true
			_, err := chromedp.Call(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
				Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: downloads, EventsEnabled: &t})
			return err
		}),
		chromedp.Click(chromedp.CSS(`a[href^="/tracker.xlsx"]`)),
	), "download the tracker")
	var file string
	for ev, err := range progress {
		must(t, err, "download progress")
		if ev.State == browser.DownloadProgressStateCompleted {
			file = filepath.Join(downloads, ev.GUID)
			break
		}
		if ev.State == browser.DownloadProgressStateCanceled {
			t.Fatal("the tracker download was cancelled")
		}
	}
	f, err := os.Open(file)
	must(t, err, "open the downloaded tracker")
	defer f.Close()
	tr, err := queries.ReadTracker(f, "xlsx")
	must(t, err, "read the downloaded tracker")
	if len(tr.Rows) != 4 { // the four Internal Medicine programs; none Not eligible for a 2024 graduate
		t.Errorf("downloaded tracker: %d rows, want 4", len(tr.Rows))
	}
}

// TestScreenshots writes a PNG of every page at phone and laptop width into
// the directory IMGF_SCREENSHOTS names (skipped without it):
//
//	IMGF_SCREENSHOTS=/tmp/shots go test ./web -run TestScreenshots
//
// IMGF_SCREENSHOTS_DATA=DIR shoots a data directory (the demo's) instead of
// the small fixture.
func TestScreenshots(t *testing.T) {
	out := os.Getenv("IMGF_SCREENSHOTS")
	if out == "" {
		t.Skip("set IMGF_SCREENSHOTS=DIR to write screenshots of every page")
	}
	must(t, os.MkdirAll(out, 0o755), "screenshot directory")
	dir := os.Getenv("IMGF_SCREENSHOTS_DATA")
	if dir == "" {
		dir = t.TempDir()
		publishFixture(t, dir, 1)
		publishFixture(t, dir, 2)
	}
	ev := evidenceWeb(t)
	ts := newTestServer(t, dir, Config{Limits: Limits{SOAPPageSize: 4}}) // the SOAP result shows its pager
	empty := newTestServer(t, t.TempDir(), Config{})

	// A SOAP list of the data's own codes, and a row that matches nothing.
	pub := warehouse.NewPublished(dir, testWarehouseConfig())
	defer pub.Close()
	snap, err := pub.Acquire(context.Background())
	must(t, err, "open the data")
	rows, err := snap.DB.Query(`SELECT nrmp_codes[1], name, city, state FROM programs WHERE len(nrmp_codes) > 0 AND specialty = 'Internal Medicine' ORDER BY program_id LIMIT 6`)
	must(t, err, "read codes")
	var list strings.Builder
	var firstID string
	for rows.Next() {
		var code, name, city, state string
		must(t, rows.Scan(&code, &name, &city, &state), "scan")
		fmt.Fprintf(&list, "%s\t%s\t%s\t%s\t1\n", code, name, city, state)
	}
	rows.Close()
	must(t, snap.DB.QueryRow(`SELECT program_id FROM programs WHERE specialty = 'Internal Medicine' ORDER BY img_share DESC NULLS LAST, program_id LIMIT 1`).Scan(&firstID), "a program")
	snap.Release()
	list.WriteString("9999-140-C0\tNowhere General Hospital\tNowhere\tWY\t1\n")

	for _, width := range []int{390, 1280} {
		ctx := newBrowser(t, ev.Listener.Addr(), width)
		shoot := func(name string) { // the whole page, and what the first screen shows
			buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			must(t, err, "screenshot "+name)
			must(t, os.WriteFile(filepath.Join(out, fmt.Sprintf("%s-%d.png", name, width)), buf, 0o644), "write "+name)
			buf, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
			must(t, err, "screenshot "+name)
			must(t, os.WriteFile(filepath.Join(out, fmt.Sprintf("%s-%d-top.png", name, width)), buf, 0o644), "write "+name)
		}
		visit := func(name, url, waitFor string) {
			must(t, chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(waitFor))), name)
			shoot(name)
		}
		visit("nowarehouse", empty.URL+"/", "h1")
		visit("list", ts.URL+"/", "table.programs")
		fillProfile(t, ctx, "2019")
		shoot("list-tiered")
		must(t, chromedp.Do(ctx, chromedp.ScrollIntoView(chromedp.CSS("tr.program"))), "scroll")
		buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		must(t, err, "screenshot rows")
		must(t, os.WriteFile(filepath.Join(out, fmt.Sprintf("list-tiered-%d-rows.png", width)), buf, 0o644), "write rows")
		visit("profile", ts.URL+"/profile", "form.profile")
		visit("program", ts.URL+"/program/"+firstID, "h1")
		must(t, chromedp.Do(ctx,
			chromedp.Navigate(ts.URL+"/soap"), chromedp.WaitVisible(chromedp.ID("unfilled")),
			chromedp.SetValue(chromedp.ID("unfilled"), list.String()),
			chromedp.Click(chromedp.CSS(`form.soap button[type=submit]`)), chromedp.WaitVisible(chromedp.ID("matched")),
		), "soap")
		shoot("soap")
		visit("stats", ts.URL+"/stats", "svg.map")
	}
}

// TestChartsLegible: every text the statistics charts show is drawn at 12
// pixels or more, on a phone (390 px: the narrow drawings, the map's
// legend in HTML) and on a laptop; scaled down to a phone, the wide
// drawings' labels were about 9 pixels.
func TestChartsLegible(t *testing.T) {
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	// The smallest text drawn: an SVG text's font size times its drawing's
	// scale, for every text that shows; an HTML legend's font size.
	const smallest = `(() => {
		let min = 1e9, n = 0;
		for (const e of document.querySelectorAll("svg text, p.keys span")) {
			const r = e.getBoundingClientRect(); // nothing for what is not displayed
			if (r.width === 0 || r.height === 0 || !e.textContent.trim()) continue;
			let size = parseFloat(getComputedStyle(e).fontSize);
			const svg = e.closest("svg");
			if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			if (size < min) { min = size; window.__smallest = e.outerHTML + " " + getComputedStyle(e).fontSize; } n++;
		}
		return n > 20 ? min : -n;
	})()`
	for _, width := range []int{390, 1280} {
		ctx := newBrowser(t, nil, width)
		must(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/stats"), chromedp.WaitVisible(chromedp.CSS("svg.map"))), "load the statistics")
		px, err := chromedp.Run(ctx, chromedp.Evaluate[float64](smallest))
		must(t, err, "measure the charts' text")
		if px < 12 {
			s, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`window.__smallest`))
			t.Errorf("at %d px wide, the smallest chart text is %.1f px (negative: only %.0f texts shown): %s", width, px, -px, s)
		}
	}
}
