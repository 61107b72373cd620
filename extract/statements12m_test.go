package extract

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// Session 12's outputs-preserving changes to the statement path (perf12m),
// each held to what it replaced.

// skim (analyse's reading of a statement no fact table reads) is held to
// read, which analyse ran on every statement before: in lockstep over a
// page's statements, one readBuf reading each, the other skimming first.
// A skimmed statement's full reading must leave every table's gate shut
// and give the same page-wide system flag; any other statement's reading
// must be the same from both (the buffers' state carried between statements
// included: the question memo, the visa last named, the "No" answered).

// checkSkimAsRead runs the lockstep over the statements of d and returns
// how many of how many statements skim took.
func checkSkimAsRead(t testing.TB, d *doc) (skimmed, total int) {
	t.Helper()
	stmts := statements(d)
	ref, got := readBuf{d: d}, readBuf{d: d}
	for i := range stmts {
		st := &stmts[i]
		want := read(st, &ref)
		toks, ok, system := skim(st, &got, true)
		total++
		if ok {
			skimmed++
			qt := topicSet(0)
			if want.q != nil {
				qt = want.q.all
			}
			for _, tb := range tables {
				if (want.topics | qt).any(tb.gate) {
					t.Fatalf("statement %d %q (question %q): skimmed, but a table reads it (topics %b, question %b)",
						i, st.low, st.qLow, want.topics, qt)
				}
			}
			if w := want.system && !want.askedOfProgram; system != w {
				t.Fatalf("statement %d %q (question %q): skim's system %v, read's %v", i, st.low, st.qLow, system, w)
			}
			continue
		}
		if r := readMatched(st, &got, toks); !reflect.DeepEqual(readingValue(r), readingValue(want)) {
			t.Fatalf("statement %d %q (question %q): reading after skims\n got %+v\nwant %+v", i, st.low, st.qLow, readingValue(r), readingValue(want))
		}
	}
	return skimmed, total
}

// readingValue is r with its question's reading in place of the pointer
// (each buffer holds its own) and empty slices as nil (a buffer's slice
// may be empty where a fresh one is nil).
func readingValue(r *reading) any {
	v := *r
	v.q = nil
	var q qreading
	if r.q != nil {
		q = *r.q
		q.toks = nilIfEmpty(q.toks)
	}
	v.toks, v.qtys = nilIfEmpty(v.toks), nilIfEmpty(v.qtys)
	v.clauses = nil
	for _, cl := range r.clauses {
		cl.toks = nilIfEmpty(cl.toks)
		v.clauses = append(v.clauses, cl)
	}
	return struct {
		R reading
		Q qreading
	}{v, q}
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

func TestSkimAsRead(t *testing.T) {
	skimmed, total := 0, 0
	for _, body := range append(goldenPageBodies(t), testwebPages(t, 60, 3)...) {
		s, n := checkSkimAsRead(t, docOfHTML(t, body))
		skimmed, total = skimmed+s, total+n
	}
	// a statement of no table's topic between a "No" to a visa question
	// and the same question asked again; a visa statement after one naming
	// the visa; counts of times under a question naming no table's topic;
	// programs in general; a question naming a table's topic: skimmed or
	// not, as read would have them
	pages := []string{
		`<dl><dt>Do you sponsor H-1B visas?</dt><dd>No.</dd></dl><h3>Office hours</h3>
<p>We welcome applications from international medical graduates.</p>
<dl><dt>Do you sponsor H-1B visas?</dt><dd>H-1B holders must convert.</dd></dl>`,
		`<p>Holders of a J-1 visa are welcome. We do not sponsor others.</p>`,
		`<dl><dt>Do you accept international medical graduates?</dt><dd>Yes, we have done so 3 times.</dd>
<dt>Are IMGs considered?</dt><dd>Yes, at the first sitting.</dd></dl>`,
		`<h3>International medical graduates</h3><p>Many hospitals in the USA take IMGs.</p><p>Most programs often take IMGs.</p>`,
		`<h3>Is USCE required?</h3><p>Not at all.</p>`,
	}
	for _, page := range pages {
		s, n := checkSkimAsRead(t, docOfHTML(t, []byte(page)))
		skimmed, total = skimmed+s, total+n
	}
	if skimmed == 0 || skimmed == total {
		t.Fatalf("%d of %d statements skimmed: the comparison says little", skimmed, total)
	}
	t.Logf("%d of %d statements skimmed", skimmed, total)
}

func FuzzSkimAsRead(f *testing.F) {
	seedCorpus(f)
	f.Add([]byte("<h3>Do you sponsor visas?</h3><p>No. H-1B holders should look elsewhere.</p><p>Thank you.</p>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			return
		}
		checkSkimAsRead(t, blocksFromHTML(root))
		checkSkimAsRead(t, blocksFromText(body))
	})
}

// ellipticAnswerRef is ellipticAnswer before mayElliptic gated it.
func ellipticAnswerRef(low string) int8 {
	m := ellipticRe.FindStringSubmatch(strings.TrimSpace(low))
	if m == nil {
		return 0
	}
	if m[2] != "" || strings.HasSuffix(m[1], "not") || strings.HasSuffix(m[1], "n't") {
		return -1
	}
	return 1
}

var ellipticCases = []string{"we do.", "we do", "  we do !  ", "unfortunately, we do not.", "sadly, , currently we cannot at this time.",
	"the program cannot at this time.", "our institution won't.", "they are not presently!", "it is\tnot .", "we do.!",
	"we do not sponsor visas.", "yes, we do.", "we", "it", "we don't", "our department does not currently", "the programs do.",
	"unfortunately the institution will not at present", "we do. we do.", "at presentwe do", "this program can ."}

// checkElliptic compares ellipticAnswer with ellipticAnswerRef on s, and
// mayElliptic with the expression it stands for.
func checkElliptic(t *testing.T, s string) {
	t.Helper()
	if got, want := ellipticAnswer(s), ellipticAnswerRef(s); got != want {
		t.Errorf("ellipticAnswer(%q) = %d, before %d", s, got, want)
	}
	if tr := strings.TrimSpace(s); ellipticRe.MatchString(tr) && !mayElliptic(tr) {
		t.Errorf("mayElliptic(%q) = false, but ellipticRe matches", tr)
	}
}

func TestEllipticGate(t *testing.T) {
	matched := 0
	for _, s := range ellipticCases {
		checkElliptic(t, s)
		if ellipticAnswerRef(s) != 0 {
			matched++
		}
	}
	// every statement and question of the golden pages and a testweb mix
	for _, body := range append(goldenPageBodies(t), testwebPages(t, 40, 5)...) {
		for _, st := range statements(docOfHTML(t, body)) {
			checkElliptic(t, st.low)
			checkElliptic(t, st.qLow)
		}
	}
	if matched < 5 {
		t.Fatalf("only %d cases match: the comparison says little", matched)
	}
}

func FuzzEllipticGate(f *testing.F) {
	for _, s := range ellipticCases {
		f.Add(s)
	}
	f.Fuzz(checkElliptic)
}
