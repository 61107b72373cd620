package evaluate

import (
	"strings"
	"testing"
)

func TestReadRecordsErrors(t *testing.T) {
	const ok = `{"id":"x1","source":"https://a.test/","kind":"eligibility","text":"T","labels":{"visa":{"j1":null,"h1b":null},"step1_min":null}}`
	for _, c := range []struct {
		name, give, want string
	}{
		{"not json", "{oops", "f.jsonl:1: invalid character"},
		{"wrong type", `{"id":"x","source":"https://a.test/","kind":"roster","text":"T","labels":{"visa":{"j1":"yes"}}}`, "f.jsonl:1: key labels.visa.j1: want bool, got string"},
		{"step1 text", `{"id":"x","source":"https://a.test/","kind":"roster","text":"T","labels":{"step1_min":"high"}}`, `f.jsonl:1: key labels.step1_min: want a number, "pass" or null, got "high"`},
		{"missing id", `{"source":"https://a.test/","kind":"roster","text":"T"}`, "f.jsonl:1: key id: missing"},
		{"missing text", `{"id":"x","source":"https://a.test/","kind":"roster"}`, "f.jsonl:1: record x: key text: missing"},
		{"bad source", `{"id":"x","source":"not a url","kind":"roster","text":"T"}`, `f.jsonl:1: record x: key source: not a URL: "not a url"`},
		{"bad kind", `{"id":"x","source":"https://a.test/","kind":"faq","text":"T"}`, `key kind: want "eligibility" or "roster", got "faq"`},
		{"bad ambiguous", `{"id":"x","source":"https://a.test/","kind":"roster","text":"T","labels":{"ambiguous":["visa"]}}`, `key labels.ambiguous: unknown field "visa"`},
		{"repeated id", ok + "\n\n" + strings.Replace(ok, `"T"`, `"U"`, 1), "f.jsonl:3: record x1: id already used on line 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadRecords(strings.NewReader(c.give), "f.jsonl")
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want it to contain %q", err, c.want)
			}
		})
	}
	recs, err := ReadRecords(strings.NewReader("\n"+ok+"\n"), "f.jsonl")
	if err != nil || len(recs) != 1 || recs[0].Line != 2 || recs[0].File != "f.jsonl" || recs[0].Labels.Step1Min.Min != nil || recs[0].Labels.Step1Min.Pass {
		t.Errorf("ReadRecords = %+v, %v", recs, err)
	}
}

// FuzzReadRecords: any input gives records or an error naming the file,
// never a panic; every record read has an id, a URL source and a kind.
func FuzzReadRecords(f *testing.F) {
	f.Add(pagesFixture)
	f.Add(`{"id":"a","source":"https://a.test/","kind":"roster","text":"T","labels":{"step1_min":"pass","residents":[{"name":null,"img":true}]}}`)
	f.Add(`{"id":"a","labels":{"step1_min":1e999}}`)
	f.Fuzz(func(t *testing.T, s string) {
		recs, err := ReadRecords(strings.NewReader(s), "fuzz.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.jsonl:") {
				t.Fatalf("error %q does not name the file", err)
			}
			return
		}
		for _, r := range recs {
			if r.ID == "" || !validSource(r.Source) || (r.Kind != KindEligibility && r.Kind != KindRoster) {
				t.Fatalf("record read without id, source or kind: %+v", r)
			}
			Pages([]Record{r}, pretendExtract, pretendClassify)
		}
	})
}
