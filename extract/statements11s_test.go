package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Session 11's outputs-preserving changes to the statement path, each held
// to what it replaced: the readers as they were (statementsRef,
// setLeadInsRef, copied from before the change) on the golden pages, a
// testweb mix and fuzzed pages, and each written-out gate to its expression.

// statementsRef is statements before its exam labels were read only when a
// score label asks for them (and setLeadInsRef before its section title
// was read only when an audience lead-in asks for it).
func statementsRef(d *doc) []stmt {
	var out []stmt
	var qm qMemo
	q, qWeak, qLeft := "", false, 0
	var qScope *html.Node            // the FAQ container a question governs (nil: no bound)
	prevLabel := ""                  // the label of the row before, when it names what a rule is about
	lineLabel, lineLabelAt := "", -1 // … of the "Label: value" line before (its block)
	visaLabel, visaLabelAt := "", -1 // a label over a run of visa lines ("Visa Status / J-1 … / H-1B visa"), its last line
	for i := range d.blocks {
		b := &d.blocks[i]
		text := b.text
		switch {
		case b.role == roleRow:
			if cells := b.row.cells; len(cells) >= 2 && isLabel(cells[0]) {
				val := joinNonEmpty(cells[1:], ". ")
				lbl := cells[0]
				if prevLabel != "" && scoreLabel.find(lbl, 1) != 0 && !relevant(lbl) && !examParts.MatchString(strings.ToLower(lbl)) {
					// "Step 2 required | Yes" then "Minimum score | 215": the score is Step 2's
					lbl = prevLabel + " - " + lbl
				}
				out = emit(out, b, val, lbl, false, &qm)
				prevLabel = ""
				if examLabel(cells[0]) {
					prevLabel = cells[0]
				}
			} else {
				out = emit(out, b, text, "", false, &qm)
			}
			continue
		case b.role == roleHeading && !strings.HasSuffix(text, "?"):
			q, qWeak, qLeft, qScope = text, true, 6, nil
			continue
		case b.role == roleQuestion || b.role == roleHeading || strings.HasSuffix(text, "?"):
			// an answer glued to the next question ("… we will sponsor J-1
			// visas. - Is USCE required?") answers the question before
			if b.role != roleQuestion && b.role != roleHeading && q != "" && !qWeak && qLeft > 0 {
				if ans, next, ok := answerThenQuestion(text); ok {
					out = emit(out, b, ans, q, false, &qm)
					text = next
				}
			}
			if b.role != roleQuestion && b.role != roleHeading {
				// a flattened FAQ ("5. Is USCE required? No, we do not
				// require it. 6. Do you sponsor visas?"): its answers are
				// read under their own questions, the last question governs
				// what follows
				if pairs, last, ok := inlineFAQ(text); ok {
					out = emit(out, b, pairs, "", false, &qm)
					text = last
				}
			}
			qt, ans := splitQA(text)
			q, qWeak, qLeft, qScope = qt, false, 3, faqScope(b.node)
			if ans != "" {
				out = emit(out, b, ans, q, false, &qm)
				qLeft--
			}
			continue
		}
		if qt, ans := splitQA(text); ans != "" && qt != text {
			q, qWeak, qLeft, qScope = qt, false, 3, faqScope(b.node)
			out = emit(out, b, ans, q, false, &qm)
			qLeft--
			continue
		}
		text = stripAnswerPrefix(text)
		curQ, weak := "", false
		if qLeft > 0 && !within(b.node, qScope) {
			qLeft = 0 // past the end of the question's FAQ container
		}
		if qLeft > 0 {
			curQ, weak = q, qWeak
			qLeft--
		}
		if lbl, val, ok := labelValue(text); ok {
			// "Visa sponsorship: J-1 only. Applicants must have passed Step 1.":
			// the label governs its own sentence only
			ss := sentences(val)
			if len(ss) == 0 {
				continue
			}
			own := lbl
			if lineLabel != "" && lineLabelAt == i-1 && scoreLabel.find(lbl, 1) != 0 && !relevant(lbl) && !examParts.MatchString(strings.ToLower(lbl)) {
				// "Step 2 required: Yes" then "Minimum score: 245": the score is Step 2's
				lbl = lineLabel + " - " + lbl
			}
			out = emit(out, b, ss[0], lbl, false, &qm)
			if rest := strings.TrimSpace(strings.TrimPrefix(val, ss[0])); rest != "" {
				out = emit(out, b, rest, curQ, weak, &qm)
			}
			if examLabel(own) {
				lineLabel, lineLabelAt = own, i
			}
			continue
		} else if i > 0 && d.blocks[i-1].role != roleRow && curQ == "" && isLabel(text) && namesTopic(text, topics(tJ1, tH1B)) &&
			(visaLabelAt == i-1 || isLabel(d.blocks[i-1].text) && !namesTopic(d.blocks[i-1].text, topics(tJ1, tH1B)) && namesTopic(d.blocks[i-1].text, topics(tVisa))) {
			// a label naming visas over one visa a line: each line is a value
			// of the label, and the run is its list
			if visaLabelAt != i-1 {
				visaLabel = d.blocks[i-1].text
			}
			curQ, weak, visaLabelAt = visaLabel, false, i
		} else if i > 0 && d.blocks[i-1].role != roleRow && isShortValue(text) && isLabel(d.blocks[i-1].text) {
			curQ, weak = d.blocks[i-1].text, false
			// "Step 2 required / Yes / Minimum score / 250", one a line: the
			// score is the exam's of the label-value pair above
			if i >= 3 && scoreLabel.find(curQ, 1) != 0 && !relevant(curQ) && isLabel(d.blocks[i-3].text) &&
				relevant(d.blocks[i-3].text) && isShortValue(d.blocks[i-2].text) {
				curQ = d.blocks[i-3].text + " - " + curQ
			}
		}
		if i > 0 && curQ == "" && fieldCount(text) <= 12 && durationWord.find(text, 1) != 0 {
			// "US clinical experience required" / "Minimum 3 months", one a
			// line or an item: the length is the experience's above (past
			// short values such as "Required" under it)
			for j := i - 1; j >= 0 && j >= i-2; j-- {
				if c := usceBefore(d.blocks[j].text, text); c != "" {
					curQ, weak = c, false
					break
				}
				if !isLabel(d.blocks[j].text) {
					break
				}
			}
		}
		out = emit(out, b, text, curQ, weak, &qm)
	}
	setLeadInsRef(d, out)
	return out
}

// setLeadInsRef is setLeadIns as it was (see statementsRef).
func setLeadInsRef(d *doc, stmts []stmt) {
	k := 0
	var lead modFlags
	leading, visa, first, pass, other, deny := false, false, false, false, false, false
	items, anyVisa := -1, false // the first statement under the current lead-in; whether an item admits any visa
	closeList := func() {
		if items >= 0 && anyVisa {
			for j := items; j < k; j++ {
				stmts[j].listAnyVisa = true
			}
		}
		items, anyVisa = -1, false
	}
	// the last title over the lists ("Eligibility Criteria"), whose
	// modality an audience lead-in takes: read only when one asks for it
	section := ""
	for i := range d.blocks {
		b := &d.blocks[i]
		t := b.text
		self := false // the lead-in itself: its own words say what it denies
		switch {
		case strings.HasSuffix(t, ":") || i+1 < len(d.blocks) && d.blocks[i+1].role == roleItem && b.role != roleItem && (isLabel(t) || followingLead(t)) && !marked(t):
			outer := lead
			nested := leading && b.role == roleItem // "• Graduates of schools abroad with:" inside a list
			closeList()
			lead, pass = modalityOf(t)
			if lead == 0 && nested {
				lead = outer // the item opens a list of its own, held to the list it belongs to
			}
			if lead == 0 && admittingLead(t) {
				lead = mHard // "Our program considers applications from individuals with:"
			}
			if lead == 0 && audienceTitle(t) {
				// "Eligibility Criteria" / "International Medical Graduates" /
				// items: the group's list is held to the criteria above it;
				// with none above, what a group of applicants is listed for
				// is what it must bring
				if section != "" {
					lead, _ = modalityOf(section)
				}
				if lead == 0 {
					lead = mHard
				}
			}
			leading, visa, first, other, deny, self = true, visaLead(t), true, otherLead.MatchString(strings.ToLower(t)), denyingLead(t), true
		case leading && (first || b.role == roleItem || !strings.HasSuffix(t, ".") && fieldCount(t) <= 25) && b.role != roleHeading && b.role != roleQuestion:
			first = false
		default:
			closeList()
			lead, leading, visa, pass, other, deny = 0, false, false, false, false, false
		}
		if b.role != roleItem && isLabel(t) && !audienceLabel(t) {
			section = t
		}
		if leading && !self {
			if items < 0 {
				items = k
			}
			anyVisa = anyVisa || admitsAnyVisa(t)
		}
		for k < len(stmts) && stmts[k].blk == b {
			stmts[k].leadMod, stmts[k].leadVisa, stmts[k].leadPass, stmts[k].leadOther, stmts[k].leadDeny = lead, visa, pass, other, deny && !self
			k++
		}
	}
	closeList()
}

func goldenPageBodies(t *testing.T) [][]byte {
	t.Helper()
	paths, _ := filepath.Glob("testdata/*/page.html")
	var bodies [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	return bodies
}

func docOfHTML(t testing.TB, body []byte) *doc {
	root, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	return blocksFromHTML(root)
}

// checkStatementsSame compares statements with statementsRef over the
// blocks of body (read twice, so that neither sees the other's memos).
func checkStatementsSame(t testing.TB, d1, d2 *doc) {
	got, want := statements(d1), statementsRef(d2)
	if len(got) != len(want) {
		t.Fatalf("statements: %d, before: %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.blk.text != w.blk.text {
			t.Fatalf("statement %d: block %q, before %q", i, g.blk.text, w.blk.text)
		}
		g.blk, w.blk = nil, nil
		// described is newer than the reference (labelScope, session 13):
		// the probe grid's sixth round holds it
		g.described = false
		if !reflect.DeepEqual(g, w) {
			t.Fatalf("statement %d:\n got %+v\nwant %+v", i, g, w)
		}
	}
}

func TestStatementsAsBefore(t *testing.T) {
	n := 0
	for _, body := range append(goldenPageBodies(t), testwebBodies(t)...) {
		checkStatementsSame(t, docOfHTML(t, body), docOfHTML(t, body))
		n++
	}
	if n < 100 {
		t.Fatalf("only %d pages", n)
	}
	// an audience lead-in under titles, past other lead-ins: the section it
	// takes its modality from is the last title before it
	page := `<h2>Eligibility Requirements</h2><p>Applicants must hold:</p><ul><li>ECFMG certificate</li></ul>
<p>Program News</p><p>Recent updates</p><h3>International Medical Graduates</h3><ul><li>J-1 visa</li><li>USCE</li></ul>
<p>Preferred Qualifications</p><p>International Medical Graduates</p><ul><li>Step 2 CK 230</li></ul>
<table><tr><td>Step 1 required</td><td>Yes</td></tr><tr><td>Minimum score</td><td>220</td></tr></table>
<p>Step 2 CK required: Yes</p><p>Minimum score: 230</p><p>Visa: none</p><p>Minimum score: 240</p>`
	checkStatementsSame(t, docOfHTML(t, []byte(page)), docOfHTML(t, []byte(page)))
}

func testwebBodies(t *testing.T) [][]byte { return testwebPages(t, 40, 5) }

func FuzzStatementsAsBefore(f *testing.F) {
	seedCorpus(f)
	f.Add([]byte("<h3>IMGs</h3><ul><li>J-1</li></ul><p>Requirements</p><p>Foreign graduates</p><ul><li>USCE</li></ul>"))
	f.Fuzz(func(t *testing.T, body []byte) {
		root, err := html.Parse(bytes.NewReader(body))
		if err != nil {
			return
		}
		root2, _ := html.Parse(bytes.NewReader(body))
		checkStatementsSame(t, blocksFromHTML(root), blocksFromHTML(root2))
	})
}

var imgWordCases = []string{
	"we have 3 imgs", "img", "imgs", "imgss", "_img", "img_", "pimg 2", "fmg", "fmgs.", "the fmgs,", "img-friendly",
	"international graduates", "international medical graduates", "international  graduates", "foreign medical graduates",
	"foreign graduates", "overseas medical school", "international medical schools", "foreign medical schoo",
	"medical schools abroad", "medical school outside the usa", "medical school outsid", "medical  school abroad",
	"imgİ", "IMG", "3 imgimg img", "éimg", "imgé",
}

func checkImgWordIn(t *testing.T, s string) {
	if got, want := imgWordIn(s), imgWord.re.MatchString(s); got != want {
		t.Errorf("imgWordIn(%q) = %v, imgWord matches: %v", s, got, want)
	}
	if imgAndHome.re.MatchString(s) && !andNumber(s) {
		t.Errorf("andNumber(%q) = false, but imgAndHome matches", s)
	}
	if qaPattern.MatchString(s) && !qaHead.MatchString(s) {
		t.Errorf("qaHead fails on %q, which qaPattern matches", s)
	}
	if admittingWords(s) && admitVerbs.find(s, 1) == 0 && !hasNonASCII(s) {
		t.Errorf("admittingWords(%q) holds with no verb of admitVerbs", s)
	}
	if got, want := stripAnswerPrefix(s), stripAnswerPrefixRef(s); got != want {
		t.Errorf("stripAnswerPrefix(%q) = %q, before %q", s, got, want)
	}
}

// stripAnswerPrefixRef is stripAnswerPrefix before its first-letter test.
func stripAnswerPrefixRef(t string) string {
	for _, p := range []string{"A:", "A.", "Answer:", "A -", "A)"} {
		if strings.HasPrefix(t, p) {
			return strings.TrimSpace(t[len(p):])
		}
	}
	return t
}

var gate11sCases = []string{
	"6 imgs and 4 amgs", "4 usa graduates and 6 international medical graduates", "3 imgs (2 from india), and 5 amgs",
	"x and and 3 amgs", "q: do you sponsor? a: no", "question - visas? answer: yes", "qualifications:", "Q. x", "ſ",
	"we consider applicants with:", "our program welcomes candidates who have:", "we do not accept graduates with:",
	"We İnvite physicians with the following", "A: yes", "Answer: no", "A -", "A", "", "A)x",
}

func TestGates11s(t *testing.T) {
	for _, s := range append(append(imgWordCases, gate11sCases...), goldenBlockTexts(t)...) {
		checkImgWordIn(t, s)
		checkImgWordIn(t, norm(s))
	}
}

func FuzzGates11s(f *testing.F) {
	for _, s := range append(imgWordCases, gate11sCases...) {
		f.Add(s)
	}
	f.Fuzz(checkImgWordIn)
}

// isCleanBytes is isClean as it was, byte by byte.
func isCleanBytes(s string) bool {
	if s == "" || len(s) > maxBlockRunes || s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
			return false
		case c == ' ' && s[i-1] == ' ':
			return false
		}
	}
	return true
}

var isCleanCases = []string{"", "a", " a", "a ", "a  b", "abcdefgh  ijk", "abcdefg\tijklmnop", "abcdefghijklmno\x01p",
	"abcdefghijklmnop\x1fqrstu", "abcdefghijklmnopé", "abcdefgh ijklmnop qrs", "abcdefg\vhijk", "\x7fabcdefghij\x00",
	"abcdefg h  ijklmnopq", "ACGME 1234567890", "NRMP 1234140C0", strings.Repeat("word ", 20) + "end"}

func TestIsCleanAsBefore(t *testing.T) {
	for _, s := range append(isCleanCases, goldenBlockTexts(t)...) {
		if got, want := singleSpaced(s), singleSpacedBytes(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, before %v", s, got, want)
		}
		if got, want := collapseSpaces(" "+s+" "), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", " "+s+" ", got, want)
		}
		if got, want := blockHints.scan(s, 0)&hintDigits != 0, strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("blockHints of %q: digit %v, holds one %v (findIDs' gate)", s, got, want)
		}
		if got, want := isClean(s), isCleanBytes(s); got != want {
			t.Errorf("isClean(%q) = %v, before %v", s, got, want)
		}
	}
}

// singleSpacedBytes is singleSpaced as it was, byte by byte.
func singleSpacedBytes(t string) bool {
	if t == "" || t[0] == ' ' || t[len(t)-1] == ' ' {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c == ' ' && t[i+1] == ' ', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r', c >= utf8.RuneSelf:
			return false
		}
	}
	return true
}

func FuzzIsClean(f *testing.F) {
	for _, s := range isCleanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := singleSpaced(s), singleSpacedBytes(s); got != want {
			t.Errorf("singleSpaced(%q) = %v, before %v", s, got, want)
		}
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
		if got, want := isClean(s), isCleanBytes(s); got != want {
			t.Errorf("isClean(%q) = %v, before %v", s, got, want)
		}
		if got, want := chromeWords.scan(s, 1|oddFold) != 0, chromeWords.find(s, 1) != 0 || hasOddFold(s); got != want {
			t.Errorf("chromeWords.scan(%q) = %v, find or hasOddFold %v", s, got, want)
		}
		if got, want := blockHints.scan(s, 0)&hintDigits != 0, strings.ContainsAny(s, "0123456789"); got != want {
			t.Errorf("blockHints of %q: digit %v, holds one %v (findIDs' gate)", s, got, want)
		}
	})
}

func checkTokensIn(t *testing.T, low string) {
	toks := lex.scan(low, nil)
	for s := 0; s <= len(low); s += 1 + len(low)/7 {
		for e := s; e <= len(low); e += 1 + len(low)/5 {
			parens := parensIn(low, s, e)
			got, want := tokensIn(toks, s, e, parens), tokensCopy(toks, s, e, parens)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("tokensIn(%q, %d, %d) = %v, want %v", low, s, e, got, want)
			}
			before := slices.Clone(toks)
			_ = append(got, lexMatch{start: -1})
			if !reflect.DeepEqual(toks, before) {
				t.Fatalf("tokensIn(%q, %d, %d): an append to its answer writes the sentence's words", low, s, e)
			}
		}
	}
}

func TestTokensIn(t *testing.T) {
	for _, s := range append(normSamples, goldenBlockTexts(t)...) {
		checkTokensIn(t, norm(s))
	}
	checkTokensIn(t, norm("j-1 visas (not h-1b visas, no exceptions) are sponsored; usce (at least 3 months) is required"))
}

func FuzzTokensIn(f *testing.F) {
	for _, s := range normSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTokensIn(t, norm(s)) })
}

func checkReading11s(t *testing.T, low string) {
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return r >= utf8.RuneSelf || !isASCIIAlnum(byte(r)) }) {
		if got, want := personalPronoun(w), subjectPronouns[w] || objectPronouns[w]; got != want {
			t.Fatalf("personalPronoun(%q) = %v, the maps say %v", w, got, want)
		}
	}
}

var reading11sCases = []string{
	"because of visa rules we do not sponsor h1b", "we prefer usce since it helps", "since 2020 we sponsor j1",
	"since graduation, 5 years", "given that most applicants are imgs, j1 only", "required as the practice needs it",
	"as medical licensure requires, step 3 is needed", "he passed it and i failed them; she took her exam with me",
	"because, x", "since", " because ",
}

func TestReading11s(t *testing.T) {
	for w := range subjectPronouns {
		checkReading11s(t, w)
	}
	for w := range objectPronouns {
		checkReading11s(t, w)
	}
	for _, s := range append(reading11sCases, goldenBlockTexts(t)...) {
		checkReading11s(t, norm(s))
		checkReading11s(t, s)
	}
}

func FuzzReading11s(f *testing.F) {
	for _, s := range reading11sCases {
		f.Add(s)
	}
	f.Fuzz(checkReading11s)
}

// sentenceSpansIntoRef is sentenceSpansInto as it was, a byte a step.
func sentenceSpansIntoRef(out [][2]int, text string) [][2]int {
	add := func(a, b int) {
		for a < b && isASCIISpace(text[a]) {
			a++
		}
		for b > a && isASCIISpace(text[b-1]) {
			b--
		}
		if seg := text[a:b]; seg != "" {
			if t := strings.TrimSpace(seg); t != seg { // Unicode space at an end
				a += strings.Index(seg, t)
				b = a + len(t)
			}
			if a < b {
				out = append(out, [2]int{a, b})
			}
		}
	}
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		glued := c == '.' && i+2 < len(text) && text[i+1] == '-' && text[i+2] == ' ' // "application.- Applicants must …"
		if i+1 < len(text) && text[i+1] != ' ' && !glued {
			continue
		}
		if c == '.' && !glued {
			j := i
			for j > start && text[j-1] != ' ' && text[j-1] != '(' {
				j--
			}
			var wb [16]byte
			w := lowerInto(wb[:], text[j:i])
			if abbreviations[string(w)] || (len(w) == 1 && w[0] >= 'a' && w[0] <= 'z') || len(w) <= 5 && bytes.IndexByte(w, '.') >= 0 {
				continue
			}
			if i+2 < len(text) {
				if n := text[i+2]; n >= 'a' && n <= 'z' {
					continue
				}
			}
		}
		add(start, i+1)
		start = i + 1
		if len(out) > maxSentences {
			return out
		}
	}
	add(start, len(text))
	return out
}

var sentenceEndCases = []string{"", ".", "a.b. c! d? e", "Dr. Smith is here. He left!", "abcdefgh.", "abcdefghijklmnop? q",
	"U.S. citizens only. No visas.", "application.- Applicants must", strings.Repeat("word ", 30) + "end. next",
	"x\u00a0. y", "nothing to cut here at all in sixteen", "12345678!12345678?12345678.", "........!!!!????"}

func checkSentenceSpans(t *testing.T, s string) {
	if got, want := sentenceSpansInto(nil, s), sentenceSpansIntoRef(nil, s); !reflect.DeepEqual(got, want) {
		t.Errorf("sentenceSpansInto(%q) = %v, before %v", s, got, want)
	}
	for k := 0; k+8 <= len(s); k++ {
		if got, want := hasSentenceEnd(load64(s, k)), strings.ContainsAny(s[k:k+8], ".!?"); got != want {
			t.Errorf("hasSentenceEnd(%q) = %v, want %v", s[k:k+8], got, want)
		}
	}
}

func TestSentenceSpansAsBefore(t *testing.T) {
	for _, s := range append(sentenceEndCases, goldenBlockTexts(t)...) {
		checkSentenceSpans(t, s)
	}
}

func FuzzSentenceSpans(f *testing.F) {
	for _, s := range sentenceEndCases {
		f.Add(s)
	}
	f.Fuzz(checkSentenceSpans)
}

// isShortValueRef is isShortValue before its length gate and its test order.
func isShortValueRef(t string) bool {
	if len(t) > 50 || t == "" {
		return false
	}
	var buf [50]byte
	low := string(bytes.TrimSuffix(lowerInto(buf[:], t), []byte(".")))
	if low == "" {
		return false
	}
	switch {
	case shortValues[low], low[0] >= '0' && low[0] <= '9' && !strings.ContainsAny(low, ".,;:"):
		return true
	case strings.HasPrefix(low, "within "), strings.HasSuffix(low, " only"), strings.HasSuffix(low, " preferred"), strings.HasSuffix(low, " required"):
		return true
	case (low[0] == '<' || low[0] == '>') && strings.IndexAny(low, "0123456789") >= 0 && fieldCount(low) <= 3:
		return true
	case fieldCount(low) <= 4 && (strings.HasPrefix(low, "usmle") || strings.HasPrefix(low, "step ") || strings.HasPrefix(low, "comlex")):
		return true
	}
	return false
}

var shortValueCases = []string{"Yes", "Not Applicable.", "Not applicable", "NOT SPONSORED", "230", "Within 5 years", "J-1 only",
	"USMLE Step 1", "USMLE Step 1 and Step 2 CK scores", "step 2", "Comlex level 1 and 2 ok", "<= 5", "> 220 points here now",
	"not applicablee", "", "."}

func TestShortValueAsBefore(t *testing.T) {
	for v := range shortValues {
		if !isShortValue(v) {
			t.Errorf("isShortValue(%q) = false", v)
		}
	}
	for _, s := range append(shortValueCases, goldenBlockTexts(t)...) {
		if got, want := isShortValue(s), isShortValueRef(s); got != want {
			t.Errorf("isShortValue(%q) = %v, before %v", s, got, want)
		}
	}
}

func FuzzShortValue(f *testing.F) {
	for _, s := range shortValueCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isShortValue(s), isShortValueRef(s); got != want {
			t.Errorf("isShortValue(%q) = %v, before %v", s, got, want)
		}
	})
}
