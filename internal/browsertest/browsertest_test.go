package browsertest

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestNewRendersAPage starts the browser, renders a page from a data: URL
// and reads it back, as text and as a screenshot that decodes as a PNG of
// the viewport's width.
func TestNewRendersAPage(t *testing.T) {
	ctx := New(t, Options{Width: 800, Height: 600})
	if err := chromedp.Do(ctx, chromedp.Navigate(`data:text/html,<!doctype html><title>hello</title><p id=p>rendered by Chromium</p>`)); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("#p")))
	if err != nil {
		t.Fatal(err)
	}
	if title != "hello" || body != "rendered by Chromium" {
		t.Errorf("title %q, body %q", title, body)
	}
	shot := filepath.Join(t.TempDir(), "page.png")
	Screenshot(t, ctx, shot)
	b, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("screenshot is not a PNG: %v", err)
	}
	if w := img.Bounds().Dx(); w != 800 {
		t.Errorf("screenshot is %d px wide, want the viewport's 800", w)
	}
}

// TestTemporaryFilesStayInDir: Chromium's own temporary directory (where
// its singleton socket lives) is under Options.Dir, which the test removes,
// not a directory of /tmp that outlives every stopped browser.
func TestTemporaryFilesStayInDir(t *testing.T) {
	dir := t.TempDir()
	New(t, Options{Dir: dir})
	link, err := os.Readlink(filepath.Join(dir, "profile", "SingletonSocket"))
	if err != nil {
		t.Fatalf("the browser made no singleton socket: %v", err)
	}
	if !strings.HasPrefix(link, filepath.Join(dir, "tmp")+string(filepath.Separator)) {
		t.Errorf("the singleton socket is %s, outside %s", link, dir)
	}
}

// TestLongTestNameStarts: the default directory does not carry the test's
// name, so a long (sub)test name still leaves the singleton socket's path
// within a Unix socket address ("Socket path too long" before).
func TestLongTestNameStarts(t *testing.T) {
	t.Run(strings.Repeat("a long subtest name, ", 4), func(t *testing.T) {
		New(t, Options{})
	})
}
