package extract

import (
	"io"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"

	"github.com/imgfriendly/imgfriendly/testweb"
)

func TestDbgHost(t *testing.T) {
	host := os.Getenv("DBG_HOST")
	if host == "" {
		t.Skip()
	}
	w, _ := testweb.New(testweb.Config{Programs: 13000, Seed: 7})
	for _, pt := range w.Truth().Programs {
		if pt.Host != host {
			continue
		}
		for _, rt := range pt.Residents {
			if rt.Name == os.Getenv("DBG_NAME") {
				t.Logf("%+v", rt)
				rec := httptest.NewRecorder()
				w.Handler().ServeHTTP(rec, httptest.NewRequest("GET", rt.URL, nil))
				b, _ := io.ReadAll(rec.Result().Body)
				os.WriteFile("/tmp/ex/dbg.html", b, 0o644)
				u, _ := url.Parse(rt.URL)
				pf, _ := Page(b, u)
				for _, r := range pf.Residents {
					t.Logf("got %q %q", r.Name, r.School)
				}
			}
		}
	}
}
