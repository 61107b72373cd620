package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// TestVersionDigestsTheRules: Version changes with any source file that is
// not a test, and with nothing else.
func TestVersionDigestsTheRules(t *testing.T) {
	base := fstest.MapFS{
		"lexicon.go":      {Data: []byte("package extract // rules\n")},
		"page.go":         {Data: []byte("package extract // page\n")},
		"lexicon_test.go": {Data: []byte("package extract // a test\n")},
	}
	with := func(name, data string) fstest.MapFS {
		m := fstest.MapFS{}
		for k, v := range base {
			m[k] = v
		}
		m[name] = &fstest.MapFile{Data: []byte(data)}
		return m
	}
	v := sourceDigest(base)
	if len(v) != 16 {
		t.Fatalf("digest %q: want 16 hex digits", v)
	}
	for _, c := range []struct {
		name       string
		fsys       fstest.MapFS
		wantChange bool
	}{
		{"a rule edited", with("lexicon.go", "package extract // rules, one more\n"), true},
		{"a source added", with("roster.go", "package extract\n"), true},
		{"a file's content moved to another name", fstest.MapFS{"lexicon2.go": base["lexicon.go"], "page.go": base["page.go"]}, true},
		{"a test edited", with("lexicon_test.go", "package extract // another test\n"), false},
		{"a test added", with("roster_test.go", "package extract\n"), false},
		{"a file that is not Go", with("notes.txt", "x"), false},
	} {
		if got := sourceDigest(c.fsys); (got != v) != c.wantChange {
			t.Errorf("%s: digest %s, base %s; want changed=%v", c.name, got, v, c.wantChange)
		}
	}
}

// TestVersionCoversEverySource: the embedded files are the package's
// sources on disk, so a Version built here digests what the build compiles.
func TestVersionCoversEverySource(t *testing.T) {
	disk, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range disk {
		want, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := sources.ReadFile(name)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: embedded copy differs from the file (err %v)", name, err)
		}
	}
	if Version != sourceDigest(sources) || strings.Trim(Version, "0123456789abcdef") != "" {
		t.Errorf("Version %q is not the sources' digest", Version)
	}
}
