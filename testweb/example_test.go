package testweb_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/imgfriendly/imgfriendly/testweb"
)

// Serve a small web on a loopback test server and fetch a program's home
// page through a dialer that maps every *.test host to it.
func Example() {
	w, err := testweb.New(testweb.Config{Programs: 3, Seed: 1})
	if err != nil {
		panic(err)
	}
	srv := httptest.NewServer(w.Handler())
	defer srv.Close()
	client := &http.Client{Transport: &http.Transport{DialContext: testweb.DialTo(srv.Listener.Addr().String())}}

	seed := w.Programs()[0]
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, seed.URL, nil)
	res, err := client.Do(req)
	if err != nil {
		panic(err)
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	truth := w.Truth().Programs[0]
	fmt.Println(seed.URL, res.StatusCode)
	fmt.Println(truth.ProgramID == seed.ID, w.Stats().Requests)
	// Output:
	// http://em.holycross-rochester.test/ 200
	// true 1
}
