// Package browsertest starts a real headless Chromium for tests: Debian's
// chromium with a fresh profile and no network of its own (every background
// service off), driven through chromedp. It is shared by every package whose
// tests open a page in a browser (the web page, the night report), so the
// flags and the "no Chromium" rule live in one place.
//
// It must not be imported by non-test code.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// installHint says how to get the browser the tests need.
const installHint = "Chromium is not installed, so the browser tests cannot run: apt-get install -y chromium (.ci/run installs it)"

// Chromium returns the path of Debian's Chromium. Without it the browser
// tests cannot run: under CI (CI set, as .ci/run sets it) that is a
// failure, since .ci/run installs it; elsewhere the test is skipped with a
// message saying how to install it — a skip, never a pass.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal(installHint)
	}
	t.Skip(installHint)
	return ""
}

// Options shape the browser New starts.
type Options struct {
	Width, Height int // window and viewport size; 0 means 1280 × 900
	// MapTestHosts, when set (host:port), resolves every *.test host name
	// to that loopback address, as the crawler's dialer does for the
	// synthetic web.
	MapTestHosts string
	// Mobile emulates a touch phone (use a Width below 600).
	Mobile bool
	// Timeout bounds everything done with the returned context; 0 means 3 minutes.
	Timeout time.Duration
	// Dir holds the browser's profile and its temporary files ("": a new
	// short-named directory of os.TempDir, removed when the test ends).
	// Chromium's own temporary directory (its singleton socket's) goes
	// there too: under /tmp it was left behind by every browser a test
	// stopped.
	Dir string
}

// Flags are the command-line switches every test browser gets: headless,
// no sandbox (tests run as root in CI), no GPU, and no network of its own
// (QUIC, background networking, component updates and sync off), so that
// the only traffic is what the test asks for, on loopback.
func Flags() []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("hide-scrollbars", true),
	}
}

// New starts a headless Chromium with a fresh profile (a new
// --user-data-dir under Options.Dir) and returns a chromedp context for one
// tab, already on about:blank with the viewport set. The browser is stopped
// when the test ends.
func New(t testing.TB, o Options) context.Context {
	t.Helper()
	path := Chromium(t)
	if o.Width == 0 {
		o.Width = 1280
	}
	if o.Height == 0 {
		o.Height = 900
	}
	if o.Timeout == 0 {
		o.Timeout = 3 * time.Minute
	}
	if o.Dir == "" {
		// Not t.TempDir(): its path carries the test's name, and the
		// singleton socket's path under it must fit a Unix socket address
		// (108 bytes), which a long subtest name exceeds.
		d, err := os.MkdirTemp("", "imgf-browser-")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(d) })
		o.Dir = d
	}
	profile, tmp := filepath.Join(o.Dir, "profile"), filepath.Join(o.Dir, "tmp")
	for _, d := range []string{profile, tmp} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	opts := append(Flags(), chromedp.ExecPath(path), chromedp.UserDataDir(profile), chromedp.Env("TMPDIR="+tmp),
		chromedp.WindowSize(o.Width, o.Height))
	if o.MapTestHosts != "" {
		opts = append(opts, chromedp.Flag("host-resolver-rules", "MAP *.test "+o.MapTestHosts))
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, o.Timeout)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	viewport := chromedp.EmulateViewport(int64(o.Width), int64(o.Height))
	if o.Mobile {
		viewport = chromedp.EmulateViewport(int64(o.Width), int64(o.Height), chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), viewport); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// Screenshot saves a PNG of the whole page (not only the viewport) to path,
// for a person to look at.
func Screenshot(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}
