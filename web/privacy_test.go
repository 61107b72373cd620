package web

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly/internal/segment"
)

// filesHolding lists the files under root whose bytes hold marker, reading
// gzip files (the page store's older layout) decompressed too, and the
// records of segment files (the page store, the extract cache) through
// their store.
func filesHolding(t *testing.T, root, marker string) []string {
	t.Helper()
	var hits []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if bytes.Contains(b, []byte(marker)) {
			hits = append(hits, p)
			return nil
		}
		if strings.HasSuffix(p, ".seg") {
			st, err := segment.Open(filepath.Dir(p))
			if err != nil {
				t.Fatalf("open the segments of %s: %v", p, err)
			}
			defer st.Close()
			for _, v := range st.All() {
				if bytes.Contains(v, []byte(marker)) {
					hits = append(hits, p)
					break
				}
			}
			return nil
		}
		if strings.HasSuffix(p, ".gz") {
			if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
				if u, err := io.ReadAll(zr); err == nil && bytes.Contains(u, []byte(marker)) {
					hits = append(hits, p)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return hits
}

// The pasted SOAP list is in the answer and nowhere else: not in any file
// under the data directory (warehouse, WAL, Parquet, runs, pages), not in
// the temporary directory (where multipart uploads could spill), not in the
// server's log. The scanner itself is checked on planted copies.
func TestSOAPListIsNeverStored(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	publishFixture(t, dir, 1)
	ts := newTestServer(t, dir, Config{})
	c := ts.saveProfile(t, testProfile())

	const marker = "Zanzibar Confidential Hospital"
	list := "1001-140-C0\tLakeside Internal Medicine Residency\tSpringfield\tIL\t2\n" +
		"9876-140-C0\t" + marker + "\tStone Town\tNY\t1\n"
	resp, body := ts.postForm(t, "/soap", url.Values{"unfilled": {list}}, c)
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, marker) || !strings.Contains(body, "Lakeside") {
		t.Fatalf("the answer does not show the list: %d", resp.StatusCode)
	}
	fb, ct := multipartBody(t, map[string]string{"unfilled_file": list + strings.Repeat("# padding\n", 50000), "unfilled": ""})
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/soap", fb)
	req.Header.Set("Content-Type", ct)
	req.AddCookie(c)
	if resp, body := do(t, req); resp.StatusCode != http.StatusOK || !strings.Contains(body, marker) {
		t.Fatalf("the uploaded list: %d", resp.StatusCode)
	}
	ts.Close() // every handler has returned and the night is released

	for _, root := range []string{dir, tmp} {
		if hits := filesHolding(t, root, marker); len(hits) > 0 {
			t.Errorf("the SOAP list was written to %v", hits)
		}
	}
	if logs := ts.log.String(); strings.Contains(logs, marker) || strings.Contains(logs, "9876-140-C0") || strings.Contains(logs, "9876140C0") || !strings.Contains(logs, "path=/soap") {
		t.Errorf("the log holds the list, or logged no SOAP request:\n%s", logs)
	}

	// Positive controls: the same scan finds a planted copy, plain, gzipped
	// and as a (compressed) segment record.
	if err := os.WriteFile(filepath.Join(dir, "runs", "planted.txt"), []byte("x "+marker+" y"), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(list))
	zw.Close()
	if err := os.MkdirAll(filepath.Join(tmp, "aa"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tmp, "aa", "planted.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	seg, err := segment.Open(filepath.Join(tmp, "segments"))
	if err != nil {
		t.Fatal(err)
	}
	if err := seg.Put(segment.Key{1}, []byte(strings.Repeat(list, 20))); err != nil {
		t.Fatal(err)
	}
	if err := seg.Close(); err != nil {
		t.Fatal(err)
	}
	if hits := filesHolding(t, dir, marker); len(hits) != 1 {
		t.Errorf("positive control: planted plain copy found in %v", hits)
	}
	if hits := filesHolding(t, tmp, marker); len(hits) != 2 {
		t.Errorf("positive control: planted gzip copy and segment record found in %v", hits)
	}
}
