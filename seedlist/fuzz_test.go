package seedlist

import (
	"bytes"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// FuzzImport feeds arbitrary bytes to Import as a CSV file, then as a
// second file merged with a valid one. Whatever the input: no panic, every
// program written is a valid seed row that ReadSeeds reads back unchanged,
// programs without a URL have none, every problem names the file and a
// line, and each row is counted once.
func FuzzImport(f *testing.F) {
	for _, s := range []string{
		acgmeExport, urlList,
		"program_id,name,state,url\n1403621123,\"Unclosed,IL,http://a.test/\n1403621124,Fine,IL,http://b.test/\n",
		"ACGME ID\tWebsite\n804821087.0\twww.x.org\n8.04821087E+08\thttp://y.org/\n",
		"Program Code;Name;State\n1234140C0;A;IL\n",
		"\xef\xbb\xbfprogram_id,name,state,url,nrmp_codes\n1403621123,A,il,http://a.test/,1234-140-c0/1234140P0\n",
		"id,code,name\n1,2,3\n",
		"\xff\xfeA\x00",
		"program_id\n\"\"\"\n",
	} {
		f.Add([]byte(s))
	}
	valid := []byte("program_id,name,state,url\n1403621123,Mercy IM,IL,http://im.test/\n")
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, inputs := range [][]Input{
			{{Name: "f.csv", Data: data}},
			{{Name: "v.csv", Data: valid}, {Name: "f.csv", Data: data}},
		} {
			res, err := Import(inputs, Options{})
			if err != nil {
				if !strings.HasPrefix(err.Error(), "f.csv") {
					t.Fatalf("error does not name the file: %v", err)
				}
				continue
			}
			for _, p := range res.Programs {
				if err := p.Validate(); err != nil {
					t.Fatalf("invalid program written: %+v: %v", p, err)
				}
			}
			for _, p := range res.NoURL {
				if p.Program.URL != "" || len(p.Sources) == 0 {
					t.Fatalf("no-url program: %+v", p)
				}
			}
			for _, p := range res.Problems {
				if p.Line < 1 || (p.File != "f.csv" && p.File != "v.csv") {
					t.Fatalf("problem without a place: %+v", p)
				}
			}
			used := 0
			for _, fs := range res.Files {
				used += fs.Used
			}
			if used+res.Skipped != res.Rows {
				t.Fatalf("rows %d = used %d + skipped %d?", res.Rows, used, res.Skipped)
			}
			var buf bytes.Buffer
			if err := imgfriendly.WriteSeeds(&buf, res.Programs); err != nil {
				t.Fatal(err)
			}
			back, rowErrs, err := imgfriendly.ReadSeeds(&buf, "out.csv")
			if err != nil || len(rowErrs) > 0 || len(back) != len(res.Programs) {
				t.Fatalf("written seed list does not read back: %v %v (%d of %d)", err, rowErrs, len(back), len(res.Programs))
			}
			if err := res.WriteSummary(&bytes.Buffer{}, 5); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// FuzzReadInstitutions feeds arbitrary bytes to ReadInstitutions: no panic,
// every institution has a name and an absolute http(s) URL, every problem a
// line.
func FuzzReadInstitutions(f *testing.F) {
	for _, s := range []string{
		"institution,url,state,city\nMercy Hospital,http://www.mercy.test/gme/,IL,Springfield\n",
		"Sponsoring Institution;GME page\nLakeside;www.lakeside.test/gme\n;http://x.test/\n",
		"name\turl\nA\tmailto:a@b\n\"B\tC\"\t\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		insts, probs, err := ReadInstitutions(Input{Name: "i.csv", Data: data}, Options{})
		if err != nil {
			if !strings.HasPrefix(err.Error(), "i.csv") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, in := range insts {
			if in.Name == "" || !strings.HasPrefix(in.URL, "http://") && !strings.HasPrefix(in.URL, "https://") {
				t.Fatalf("institution %+v", in)
			}
		}
		for _, p := range probs {
			if p.Line < 1 {
				t.Fatalf("problem without a line: %+v", p)
			}
		}
	})
}
