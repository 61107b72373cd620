package testweb

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/imgfriendly/imgfriendly"
)

// unseenBankSHA256 pins phrases_unseen.go. The unseen bank reports
// generalisation only while nobody tunes against it: a change to the file
// fails this test on purpose. Do not update the hash to make it pass; put
// new phrasings in another bank (the lead decides if the unseen bank is
// ever retired and replaced by a new frozen one).
const unseenBankSHA256 = "f9975b84bd36dc84d936969fbbb5e845b794359371ccd88c0ae4fc9c1204b6e9"

func TestUnseenBankFrozen(t *testing.T) {
	b, err := os.ReadFile("phrases_unseen.go")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != unseenBankSHA256 {
		t.Errorf("phrases_unseen.go changed (sha256 %s, frozen %s): the unseen bank is frozen; revert the change and put new phrasings in another bank", got, unseenBankSHA256)
	}
}

var placeholderRE = regexp.MustCompile(`\{[A-Z0-9]+\}`)

// caseNeeds are the placeholders every form of an entry of a case must
// use, so that each form states the value the truth holds (one of the
// alternatives in a group separated by |).
func caseNeeds(c string) []string {
	var out []string
	switch {
	case strings.HasPrefix(c, "yog/hardyear"), strings.HasPrefix(c, "yog/softyear"):
		out = append(out, "{Y}", "{MATCH}")
	case strings.HasPrefix(c, "yog/hard"), c == "yog/soft", c == "yog/none+soft":
		out = append(out, "{N}|{ND}|{NW}|{NY}|{NYD}|{NWDY}")
	}
	switch {
	case strings.HasPrefix(c, "step12"):
		out = append(out, "{S2}")
	case c == "step1/min":
		out = append(out, "{S1}")
	case strings.HasPrefix(c, "step2/"):
		out = append(out, "{S2}")
	}
	if strings.Contains(c, "comlex2") {
		out = append(out, "{C2}")
	}
	if strings.HasSuffix(c, "+old") {
		out = append(out, "{OLD}")
	}
	if strings.HasSuffix(c, "+cond") {
		out = append(out, "{COND}")
	}
	if strings.Contains(c, "+months") {
		out = append(out, "{D}")
	}
	if strings.HasSuffix(c, "+recent") {
		out = append(out, "{K}")
	}
	return out
}

// TestBankEntries checks every entry of every data bank: a known case,
// all three forms present, only known placeholders, the case's value
// stated in every form, and hypothetical numbers only in questions.
func TestBankEntries(t *testing.T) {
	known := map[string]bool{}
	for _, k := range []string{"J1", "H1B", "ECFMG", "STEP2", "COMLEX", "N", "ND", "NW", "NY", "NYD", "NWDY", "HYP", "Y", "MATCH", "COND", "S1", "S2", "C2", "OLD", "D", "K", "AVG", "ACGME", "NRMP", "POS", "H1", "STEP1", "SPEC", "DALT"} {
		known["{"+k+"}"] = true
	}
	for name, bank := range banks {
		for i, ph := range bank {
			where := name + "[" + strconv.Itoa(i) + "] " + ph.Case
			if !knownCase(ph.Case) {
				t.Errorf("%s: unknown case", where)
			}
			if _, later := bankCaseKeysLater[ph.Case]; later && name == BankUnseen {
				t.Errorf("%s: a case added after the unseen bank was frozen", where)
			}
			if ph.Sentence == "" || len(ph.Rows) == 0 || len(ph.QAs) == 0 {
				t.Errorf("%s: want a sentence, rows and Q/As", where)
			}
			forms := map[string]string{"sentence": ph.Sentence}
			var rows, answers []string
			for _, r := range ph.Rows {
				rows = append(rows, r[0]+" | "+r[1])
			}
			for _, qa := range ph.QAs {
				if qa[1] == "" {
					t.Errorf("%s: a Q/A without an answer (an empty answer asserts nothing: use emptyQAs)", where)
				}
				answers = append(answers, qa[0]+" | "+qa[1])
				if strings.Contains(qa[1], "{HYP}") {
					t.Errorf("%s: {HYP} in an answer %q: hypothetical numbers belong in questions", where, qa[1])
				}
			}
			forms["rows"], forms["qas"] = strings.Join(rows, " / "), strings.Join(answers, " / ")
			for form, text := range forms {
				if strings.Contains(ph.Sentence, "{HYP}") || slices.ContainsFunc(ph.Rows, func(r [2]string) bool { return strings.Contains(r[0]+r[1], "{HYP}") }) {
					t.Errorf("%s: {HYP} outside a question", where)
				}
				for _, p := range placeholderRE.FindAllString(text, -1) {
					if !known[p] {
						t.Errorf("%s %s: unknown placeholder %s", where, form, p)
					}
				}
				for _, need := range caseNeeds(ph.Case) {
					if !slices.ContainsFunc(strings.Split(need, "|"), func(p string) bool { return strings.Contains(text, p) }) {
						t.Errorf("%s %s: %q does not state %s", where, form, text, need)
					}
				}
			}
		}
	}
}

// TestUnseenBankCovers checks that the unseen bank states every case the
// policies of a web draw, so that an unseen web never falls back to the
// default bank, and that each case has an entry.
func TestUnseenBankCovers(t *testing.T) {
	cases := bankCasesOf(unseenBank)
	for k := range bankCaseKeys {
		if !slices.Contains(cases, k) {
			t.Errorf("unseen bank has no entry for %s", k)
		}
	}
	w := newWeb(t, Config{Programs: 3000, Seed: 11, Bank: BankUnseen})
	drawn := map[string]int{}
	for i := range 3000 {
		p := w.program(i)
		keys := append(examCases(p.pol, unseenBank, true), examCases(p.pol, unseenBank, false)...)
		keys = append(keys, usceCases(p.pol)...)
		for _, k := range []string{visaCase(p.pol), yogCase(p.pol)} {
			if k != "" {
				keys = append(keys, k)
			}
		}
		for _, k := range keys {
			drawn[k]++
			if !bankHas(unseenBank, k) {
				t.Errorf("program %d: case %s not in the unseen bank", i, k)
			}
		}
	}
	for k := range bankCaseKeys {
		if k != "noise" && drawn[k] == 0 {
			t.Errorf("no policy of 3000 programs draws %s", k)
		}
	}
	t.Logf("cases drawn: %v", drawn)
}

// TestUnseenWebStatesTruth reads an unseen web's pages: every numeric fact
// of the truth appears on the page the truth names, answers whose question
// was lost are rendered on their own, and no statement falls back to the
// default bank's words.
func TestUnseenWebStatesTruth(t *testing.T) {
	pages, lone := webStatesTruth(t, Config{Programs: 400, Seed: 5, Bank: BankUnseen})
	defaultWords := []string{"We sponsor both", "Visa sponsorship: ", "No more than one failure on any USMLE Step.", "US clinical experience is preferred but not required."}
	for u, text := range pages {
		for _, d := range defaultWords {
			if strings.Contains(text, d) {
				t.Errorf("%s: default bank wording %q on an unseen web", u, d)
			}
		}
	}
	if lone == 0 {
		t.Error("no page renders an answer without its question")
	}
}

// TestRealWebStatesTruth is the same check on a web with the real bank,
// which also draws the cases only data banks have; and the real bank's
// words appear on about half of the pages that state facts.
func TestRealWebStatesTruth(t *testing.T) {
	pages, lone := webStatesTruth(t, Config{Programs: 600, Seed: 5, Bank: BankReal})
	if lone == 0 {
		t.Error("no page renders an answer without its question")
	}
	w := newWeb(t, Config{Programs: 3000, Seed: 5, Bank: BankReal})
	drawn := map[string]int{}
	for i := range 3000 {
		p := w.program(i)
		drawn[visaCase(p.pol)]++
		drawn[yogCase(p.pol)]++
		for _, k := range examCases(p.pol, realBank, true) {
			drawn[k]++
		}
		for _, k := range usceCases(p.pol) {
			drawn[k]++
		}
	}
	for _, k := range bankCasesOf(realBank) {
		if !strings.HasPrefix(k, "noise") && drawn[k] == 0 {
			t.Errorf("no policy of 3000 programs on a real web draws %s", k)
		}
	}
	t.Logf("cases drawn: %v", drawn)
	real := 0
	for _, text := range pages {
		if strings.Contains(text, "no exceptions") || strings.Contains(text, "graduation") || strings.Contains(text, "USMLE") {
			real++
		}
	}
	if real == 0 {
		t.Error("no page of a real web states anything")
	}
}

// webStatesTruth renders every page the truth of a web points at, checks
// that each numeric fact is written on its page, and returns the pages'
// text and how many render an answer without its question.
func webStatesTruth(t *testing.T, cfg Config) (map[string]string, int) {
	w := newWeb(t, cfg)
	loneRE := regexp.MustCompile(`<div class="faq-answers">\n<p>`)
	lone := 0
	pages := map[string]string{}
	for _, pt := range w.Truth().Programs {
		text := func(u string) string {
			if s, ok := pages[u]; ok {
				return s
			}
			raw := body(t, get(w, u))
			pages[u] = strings.Join(strings.Fields(pageText(raw)), " ")
			if loneRE.MatchString(raw) {
				lone++
			}
			return pages[u]
		}
		for f, ft := range pt.Facts {
			if ft.Value.Num == nil || f == imgfriendly.FieldIMGCount || f == imgfriendly.FieldResidentsCount || f == imgfriendly.FieldUSCEMonths {
				continue
			}
			s := text(ft.URL)
			n := int(*ft.Value.Num)
			want := []string{strconv.Itoa(n)}
			if n < len(numberWords) {
				want = append(want, numberWords[n])
			}
			if f == imgfriendly.FieldYOGMaxYears || f == imgfriendly.FieldYOGPreferredMax {
				want = append(want, strconv.Itoa(matchYear-n))
			}
			if !slices.ContainsFunc(want, func(x string) bool { return strings.Contains(strings.ToLower(s), x) }) {
				t.Errorf("%s: %s = %d, but the page says none of %q", ft.URL, f, n, want)
			}
		}
	}
	return pages, lone
}

// literals splits a template into its literal runs (placeholders removed),
// lower-cased, spaces collapsed and entities read.
func literals(s string) []string {
	var out []string
	for _, part := range placeholderRE.Split(s, -1) {
		part = strings.Join(strings.Fields(strings.ToLower(html.UnescapeString(part))), " ")
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

func templates(ph phrasing) []string {
	out := []string{ph.Sentence}
	for _, r := range ph.Rows {
		out = append(out, r[0], r[1])
	}
	for _, qa := range ph.QAs {
		out = append(out, qa[0], qa[1])
	}
	return out
}

// TestRealBankDistinctFromUnseen: the real bank is written against; the
// unseen bank must not be. No template of four words or more of one may be
// another's (short labels such as "US clinical experience" are shared).
func TestRealBankDistinctFromUnseen(t *testing.T) {
	unseen := map[string]string{}
	for _, ph := range unseenBank {
		for _, s := range templates(ph) {
			if k := strings.Join(literals(s), " | "); len(strings.Fields(k)) >= 4 {
				unseen[k] = ph.Case
			}
		}
	}
	for _, ph := range realBank {
		for _, s := range templates(ph) {
			if c, ok := unseen[strings.Join(literals(s), " | ")]; ok {
				t.Errorf("real bank %s repeats the unseen bank's %s: %q", ph.Case, c, s)
			}
		}
	}
}

// TestBanksCopyNoRealText: no run of eight or more words of a data bank's
// templates appears in a labelled real passage (../shared/realpages):
// banks are written in our own words, never copied.
func TestBanksCopyNoRealText(t *testing.T) {
	dir := os.Getenv("IMGF_REALPAGES")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "realpages")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no labelled real passages at %s (set IMGF_REALPAGES): the copy check is NOT run", dir)
	}
	var corpus strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			var rec struct {
				Text string `json:"text"`
			}
			if json.Unmarshal([]byte(line), &rec) == nil {
				corpus.WriteString(strings.Join(strings.Fields(strings.ToLower(rec.Text)), " "))
				corpus.WriteString(" \x00 ")
			}
		}
	}
	text := corpus.String()
	// eight words: a clause. Shorter runs are the domain's common phrases
	// ("more than three attempts on any Step", "clinical experience in the
	// United States is"), which every page and bank shares.
	const run = 8
	for name, bank := range banks {
		for _, ph := range bank {
			for _, s := range templates(ph) {
				for _, lit := range literals(s) {
					words := strings.Fields(lit)
					for i := 0; i+run <= len(words); i++ {
						if chunk := strings.Join(words[i:i+run], " "); strings.Contains(text, chunk) {
							t.Errorf("%s bank %s: %q is in a real passage", name, ph.Case, chunk)
						}
					}
				}
			}
		}
	}
}
