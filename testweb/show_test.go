package testweb

import (
	"os"
	"testing"
)

func TestShow(t *testing.T) {
	u := os.Getenv("SHOW")
	if u == "" {
		t.Skip()
	}
	w := newWeb(t, Config{Programs: 400, Seed: 11})
	t.Log(pageText(body(t, get(w, u))))
}
