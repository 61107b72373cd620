package crawl

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/imgfriendly/imgfriendly"
)

func TestInterleaveSpreadsProgramsOfAHost(t *testing.T) {
	ids := func(ps []imgfriendly.Program) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		give []imgfriendly.Program
		want []string
	}{
		{
			name: "sorted by institution",
			give: []imgfriendly.Program{
				program("a1", "http://a.test/im/"), program("a2", "http://A.test/fm/"), program("a3", "http://a.test/peds/"), program("a4", "http://a.test/surg"),
				program("b1", "http://b.test/1"), program("b2", "http://b.test/2"),
				program("c1", "http://c.test/"),
			},
			// a at 1/8, 3/8, 5/8, 7/8; b at 1/4, 3/4; c at 1/2.
			want: []string{"a1", "b1", "a2", "c1", "a3", "b2", "a4"},
		},
		{
			name: "a host per program keeps the seed order",
			give: []imgfriendly.Program{program("z", "http://z.test/"), program("y", "http://y.test/"), program("x", "http://x.test/")},
			want: []string{"z", "y", "x"},
		},
		{
			name: "another port is another host; a bad URL is its own",
			give: []imgfriendly.Program{
				program("p1", "http://p.test/"), program("p2", "http://p.test/x"), program("q1", "http://p.test:8080/"),
				program("bad", "::not a url"),
			},
			// p at 1/4, 3/4; q and bad at 1/2.
			want: []string{"p1", "q1", "bad", "p2"},
		},
		{name: "none", give: nil, want: nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ids(interleave(tc.give))); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
		})
	}
}
